// The sending path as the outbox drives it: results go out as the very bytes written to the
// outbox, a request is never sent twice behind the client's back, and the automatic number of
// requests under way adapts to what the server can take.
#include "conbenchclient.h"
#include "concurrency.h"
#include "outbox.h"
#include "submission.h"
#include "testsupport.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject makeResult(int i)
{
    return QJsonObject {
        {"run_id"_L1, "run-sendpath"_L1},
        {"batch_id"_L1, "batch-1"_L1},
        {"timestamp"_L1, "2026-11-28T02:00:00+00:00"_L1},
        {"tags"_L1, QJsonObject {{"name"_L1, u"bench-%1"_s.arg(i)}}},
        {"context"_L1, QJsonObject {}},
        {"stats"_L1, QJsonObject {{"data"_L1, QJsonArray {1.5, 2.5}}, {"unit"_L1, "s"_L1}}},
        {"cluster_info"_L1,
            QJsonObject {{"name"_L1, "cluster"_L1}, {"info"_L1, QJsonObject {{"nodes"_L1, "4"_L1}}},
                {"optional_info"_L1, QJsonObject {}}}},
        {"github"_L1,
            QJsonObject {{"repository"_L1, "https://github.com/example/project"_L1},
                {"commit"_L1, "0123456789abcdef0123456789abcdef01234567"_L1}}},
    };
}

// Answers the first POST on a kept-alive connection, closes the connection on the second without
// answering, answers a look-up with an empty list and every later POST with 201.
class ClosingServer : public QTcpServer
{
public:
    QList<QByteArray> requests; // "METHOD BODY"
    int posts = 0;

    ClosingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    for (;;) {
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        const QByteArray head = buffer->left(end).toLower();
                        const qsizetype at = head.indexOf("content-length:");
                        const qsizetype length = at < 0
                            ? 0
                            : head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
                        if (buffer->size() < end + 4 + length)
                            return;
                        const QByteArray method = buffer->left(buffer->indexOf(' '));
                        requests.append(method + ' ' + buffer->mid(end + 4, length));
                        buffer->remove(0, end + 4 + length);
                        QByteArray body;
                        if (method == "POST") {
                            ++posts;
                            if (posts == 2) {
                                socket->disconnectFromHost(); // no answer
                                return;
                            }
                            body = "{\"id\":\"stored-" + QByteArray::number(posts) + "\"}";
                        } else {
                            body = "{\"data\":[],\"metadata\":{\"next_page_cursor\":null}}";
                        }
                        socket->write(
                            QByteArray(method == "POST" ? "HTTP/1.1 201 Created" : "HTTP/1.1 200 OK")
                            + "\r\nContent-Type: application/json\r\nConnection: "
                              "keep-alive\r\nContent-Length: "
                            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

bool waitFor(ApiCall *call)
{
    QSignalSpy done(call, &ApiCall::finished);
    return done.wait(20000);
}

// The test server started with these arguments, an outbox holding count results for it, and a
// submission to send them.
struct OutboxSending
{
    explicit OutboxSending(const QStringList &serverArguments)
    {
        if (!server.start(u"current"_s, serverArguments))
            error = u"the test server did not start"_s;
    }
    ClientSettings settings() const
    {
        ClientSettings settings;
        settings.baseUrl = QUrl(server.url());
        return settings;
    }

    TestServer server;
    QTemporaryDir dir;
    Outbox outbox {dir.filePath(u"outbox"_s)};
    std::unique_ptr<ConbenchClient> client;
    std::unique_ptr<Submission> submission;
    QString error;

    bool prepare(int count, const ClientSettings &settings)
    {
        const QString server = settings.baseUrl.toString();
        if (!error.isEmpty() || !outbox.open(&error))
            return false;
        auto writer = outbox.writer(server);
        for (int i = 0; i < count; ++i) {
            if (!writer->append(makeResult(i), u"r%1.json"_s.arg(i), &error))
                return false;
        }
        if (!writer->commit(&error))
            return false;
        client = std::make_unique<ConbenchClient>(settings);
        submission = std::make_unique<Submission>(client.get());
        QStringList skipped;
        submission->setQueue(outbox.queue(server, writer->batchIds(), &skipped, &error));
        return error.isEmpty();
    }
};

} // namespace

class TestSendPath : public QObject
{
    Q_OBJECT

private slots:
    // A body handed over as bytes is sent as those bytes; when the connection closes before the
    // answer, the client (not Qt, silently) decides: it looks the result up, then sends it again.
    void sendsBytesAndNeverResendsBehindTheClientsBack()
    {
        ClosingServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ClientSettings settings;
        settings.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort()));
        settings.retryDeadline = std::chrono::seconds(20);
        settings.firstRetryDelay = std::chrono::milliseconds(50);
        ConbenchClient client(settings);

        const QByteArray first = QJsonDocument(makeResult(1)).toJson(QJsonDocument::Compact);
        const QByteArray second = QJsonDocument(makeResult(2)).toJson(QJsonDocument::Compact);
        ApiCall *call = client.postResult(first);
        QVERIFY(waitFor(call));
        call = client.postResult(second);
        bool ok = false;
        bool byLookup = true;
        connect(call, &ApiCall::finished, this, [&, call] {
            ok = call->succeeded();
            byLookup = call->confirmedByLookup();
        });
        QVERIFY(waitFor(call));
        QVERIFY(ok);
        QVERIFY(!byLookup); // the look-up found nothing: sent again, stored once
        QCOMPARE(server.requests.size(), 4);
        QCOMPARE(server.requests.at(0), "POST " + first);
        QCOMPARE(server.requests.at(1), "POST " + second);
        // Between the lost answer and the new attempt, the look-up: not Qt's own resend.
        QVERIFY(server.requests.at(2).startsWith("GET "));
        QCOMPARE(server.requests.at(3), "POST " + second);
    }

    // The number of requests under way: doubles while the answers stay as fast, goes down when the
    // server is overloaded (once for all the requests sent before), stays below what overloaded the
    // server for a while, moves one at a time by how many requests wait, never above the cap.
    void adaptiveConcurrencyRules()
    {
        // A round: twice the number of answers to requests sent at the number.
        const auto round = [](AdaptiveConcurrency &control, double latencyMs) {
            const int sentIn = control.round();
            const int answers = qMax(8, 2 * control.window());
            for (int i = 0; i < answers; ++i)
                control.finished(latencyMs, sentIn);
        };
        AdaptiveConcurrency control(6);
        QCOMPARE(control.window(), AdaptiveConcurrency::start);
        round(control, 10);
        QCOMPARE(control.window(), 6); // twice 4, but not above the cap
        // Answers to requests sent at the number before do not count for this one.
        const int before = control.round() - 1;
        for (int i = 0; i < 50; ++i)
            control.finished(500, before);
        QCOMPARE(control.window(), 6);
        round(control, 10);
        QCOMPARE(control.window(), 6);

        const int sentAt6 = control.epoch();
        QVERIFY(control.refused(sentAt6)); // sent again as soon as there is room
        QCOMPARE(control.window(), 3); // half, the last number that went without a refusal
        QVERIFY(control.refused(sentAt6)); // sent before the decrease: no second one
        QCOMPARE(control.window(), 3);
        round(control, 10);
        QCOMPARE(control.window(), 4); // one at a time from now on
        round(control, 10);
        QCOMPARE(control.window(), 5);
        for (int i = 0; i < 3; ++i)
            round(control, 10);
        QCOMPARE(control.window(), 5); // 6 overloaded the server: not again soon
        QVERIFY(control.refused(control.epoch()));
        QCOMPARE(control.window(), 3); // a quarter less
        control.overloaded(); // a time-out
        QCOMPARE(control.window(), 2);
        control.overloaded(); // the same round: time-outs come together
        QCOMPARE(control.window(), 2);
        QCOMPARE(control.largestWindow(), 6);

        // One at a time is refused: the request waits out its back-off.
        AdaptiveConcurrency one(1);
        QCOMPARE(one.window(), 1);
        QVERIFY(!one.refused(one.epoch()));
        QCOMPARE(one.window(), 1);

        // A server that queues: twice the number, answers twice as slow, no more of them per second.
        // Back from 8 to 4, then one at a time while fewer than 2 of those under way wait (against
        // the fastest answers, seen at 4).
        AdaptiveConcurrency slowing(16);
        for (int i = 0; i < 8; ++i)
            round(slowing, 10.0 * slowing.window());
        QCOMPARE(slowing.largestWindow(), 8);
        QCOMPARE(slowing.window(), 6);
        // The server gets slower for everyone: one fewer a round while more than 4 wait.
        round(slowing, 400);
        QCOMPARE(slowing.window(), 5);
        round(slowing, 400);
        QCOMPARE(slowing.window(), 4);

        // Answers as fast at any number: up to the cap, and there it stays.
        AdaptiveConcurrency open(16);
        for (int i = 0; i < 5; ++i)
            round(open, 5);
        QCOMPARE(open.window(), 16);
    }

    // Against a server that takes 2 requests at once (503 beyond): every result stored exactly
    // once, the outbox emptied, and the server not overloaded over and over. A request refused as
    // one too many goes again as soon as there is room: not after a back-off, and without a look-up
    // (429 and 503 say the server did not handle it).
    void automaticConcurrencyFitsTheServer()
    {
        OutboxSending sending({u"--latency-ms"_s, u"20"_s, u"--max-concurrent"_s, u"2"_s});
        constexpr int count = 120;
        ClientSettings settings = sending.settings();
        QCOMPARE(settings.maxInFlight, ClientSettings::automaticInFlight); // the default
        settings.firstRetryDelay = std::chrono::seconds(30); // a back-off would show
        QVERIFY2(sending.prepare(count, settings), qPrintable(sending.error));
        Submission &submission = *sending.submission;
        QSignalSpy finished(&submission, &Submission::finished);
        QElapsedTimer clock;
        clock.start();
        submission.start();
        QVERIFY(finished.wait(60000));
        QVERIFY2(clock.elapsed() < 25000, qPrintable(u"%1 ms"_s.arg(clock.elapsed())));
        QCOMPARE(submission.sent(), count);
        QVERIFY(submission.inFlightLimit() <= 2);

        const QJsonObject state = sending.server.state();
        const QJsonArray results = state.value("results"_L1).toArray();
        QSet<QString> names;
        for (const QJsonValue &value : results)
            names.insert(value.toObject().value("tags"_L1).toObject().value("name"_L1).toString());
        QCOMPARE(results.size(), count);
        QCOMPARE(names.size(), count);
        int busy = 0;
        int lookUps = 0;
        for (const QJsonValue &value : state.value("requests"_L1).toArray()) {
            busy += value.toObject().value("status"_L1).toInt() == 503 ? 1 : 0;
            lookUps += value.toObject().value("method"_L1).toString() == "GET"_L1 ? 1 : 0;
        }
        // It starts with 4 at once: the server's limit is met, and kept to from then on.
        QVERIFY2(busy >= 1 && busy <= 3, qPrintable(u"%1 requests answered 503"_s.arg(busy)));
        QCOMPARE(lookUps, 0);
        QCOMPARE(sending.outbox.list(&sending.error).size(), 0);
    }

    // Requests refused as too many at once wait for room; Cancel then gives them up at once: each
    // is a failure the caller is told of, and stays in the outbox, nothing lost.
    void cancelGivesUpRequestsWaitingForRoom()
    {
        OutboxSending sending({u"--latency-ms"_s, u"1500"_s, u"--max-concurrent"_s, u"1"_s});
        constexpr int count = 6;
        ClientSettings settings = sending.settings();
        QVERIFY2(sending.prepare(count, settings), qPrintable(sending.error));
        Submission &submission = *sending.submission;
        QSignalSpy finished(&submission, &Submission::finished);
        submission.start();
        // 4 sent at once, 3 refused; the number goes down to 1, one more refused on the way.
        QTRY_VERIFY_WITH_TIMEOUT(submission.inFlightLimit() == 1, 5000);
        QVERIFY(!finished.wait(200)); // the one the server took is on the wire
        submission.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(submission.sent(), 1); // the one on the wire finished
        QCOMPARE(submission.failed(), 3); // the ones waiting for room
        QCOMPARE(submission.notSent(), count - 4);
        QCOMPARE(sending.server.results().size(), 1);
        const auto batches = sending.outbox.list(&sending.error);
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.first().waiting(), count - 1);
    }

    // The server gone while requests wait for room: they are given up with the rest, and wait in
    // the outbox.
    void aHaltGivesUpRequestsWaitingForRoom()
    {
        OutboxSending sending({u"--latency-ms"_s, u"1500"_s, u"--max-concurrent"_s, u"1"_s});
        constexpr int count = 6;
        ClientSettings settings = sending.settings();
        settings.retryDeadline = std::chrono::seconds(2);
        settings.firstRetryDelay = std::chrono::milliseconds(100);
        QVERIFY2(sending.prepare(count, settings), qPrintable(sending.error));
        Submission &submission = *sending.submission;
        QSignalSpy finished(&submission, &Submission::finished);
        submission.start();
        QTRY_VERIFY_WITH_TIMEOUT(submission.inFlightLimit() == 1, 5000);
        sending.server.stop(); // the one on the wire loses its connection; retries find no server
        QVERIFY(finished.wait(20000));
        QVERIFY(submission.isHalted());
        QCOMPARE(submission.sent(), 0);
        QCOMPARE(submission.failed(), 4);
        const auto batches = sending.outbox.list(&sending.error);
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.first().waiting(), count);
    }
};

QTEST_MAIN(TestSendPath)
#include "tst_sendpath.moc"

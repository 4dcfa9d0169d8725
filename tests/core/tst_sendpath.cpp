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

    // The number of requests under way: grows while the answers stay as fast, halves when the
    // server is overloaded, stays at what the server took for a while, never above the cap.
    void adaptiveConcurrencyRules()
    {
        AdaptiveConcurrency control(6);
        QCOMPARE(control.window(), AdaptiveConcurrency::start);
        const auto round = [&control](qint64 latencyMs) {
            const int n = qMax(8, 2 * control.window());
            for (int i = 0; i < n - 1; ++i)
                control.finished(latencyMs);
            QTest::qSleep(55);
            control.finished(latencyMs);
        };
        round(10);
        QCOMPARE(control.window(), 3);
        round(10);
        QCOMPARE(control.window(), 4);
        control.overloaded();
        QCOMPARE(control.window(), 2);
        control.overloaded(); // the same round: one decrease
        QCOMPARE(control.window(), 2);
        round(10); // the round of the decrease
        round(10);
        QCOMPARE(control.window(), 3);
        for (int i = 0; i < 4; ++i)
            round(10);
        QCOMPARE(control.window(), 3); // 4 overloaded the server: not again soon
        QCOMPARE(control.largestWindow(), 4);

        // A server that queues: answers slower in proportion, and no more of them per second (each
        // round lasts in proportion to the number too, so that the timer's noise on a busy machine
        // cannot pass for a gain).
        AdaptiveConcurrency slowing(16);
        for (int i = 0; i < 3; ++i) {
            const int n = qMax(8, 2 * slowing.window());
            for (int k = 0; k < n - 1; ++k)
                slowing.finished(10 * slowing.window());
            QTest::qSleep(30 * slowing.window());
            slowing.finished(10 * slowing.window());
        }
        QVERIFY2(slowing.window() <= 3, qPrintable(QString::number(slowing.window())));

        AdaptiveConcurrency capped(3);
        for (int i = 0; i < 5; ++i) {
            for (int k = 0; k < 8; ++k)
                capped.finished(1);
            QTest::qSleep(55);
            capped.finished(1);
        }
        QCOMPARE(capped.window(), 3);
    }

    // Against a server that takes 2 requests at once (503 beyond): every result stored exactly
    // once, the outbox emptied, and the server not overloaded over and over.
    void automaticConcurrencyFitsTheServer()
    {
        TestServer server;
        QVERIFY(server.start(u"current"_s, {u"--latency-ms"_s, u"20"_s, u"--max-concurrent"_s, u"2"_s}));
        QTemporaryDir dir;
        Outbox outbox(dir.filePath(u"outbox"_s));
        QString error;
        QVERIFY(outbox.open(&error));
        auto writer = outbox.writer(server.url());
        constexpr int count = 120;
        for (int i = 0; i < count; ++i)
            QVERIFY(writer->append(makeResult(i), u"r%1.json"_s.arg(i), &error));
        QVERIFY2(writer->commit(&error), qPrintable(error));

        ClientSettings settings;
        settings.baseUrl = QUrl(server.url());
        QCOMPARE(settings.maxInFlight, ClientSettings::automaticInFlight); // the default
        ConbenchClient client(settings);
        Submission submission(&client);
        QStringList skipped;
        submission.setQueue(outbox.queue(server.url(), writer->batchIds(), &skipped, &error));
        QSignalSpy finished(&submission, &Submission::finished);
        submission.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(submission.sent(), count);
        QVERIFY(submission.inFlightLimit() <= 2);

        const QJsonObject state = server.state();
        const QJsonArray results = state.value("results"_L1).toArray();
        QSet<QString> names;
        for (const QJsonValue &value : results)
            names.insert(value.toObject().value("tags"_L1).toObject().value("name"_L1).toString());
        QCOMPARE(results.size(), count);
        QCOMPARE(names.size(), count);
        int busy = 0;
        for (const QJsonValue &value : state.value("requests"_L1).toArray())
            busy += value.toObject().value("status"_L1).toInt() == 503 ? 1 : 0;
        QVERIFY2(busy <= 3, qPrintable(u"%1 requests answered 503"_s.arg(busy)));
        QCOMPARE(outbox.list(&error).size(), 0);
    }
};

QTEST_MAIN(TestSendPath)
#include "tst_sendpath.moc"

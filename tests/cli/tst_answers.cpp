// What benchconnect makes of the server's answers: only Conbench's own confirmation counts as
// stored, look-ups always end, two results that look alike are both stored once, every problem is
// one short line, and no credential reaches a child process. Runs the real benchconnect against the
// test server, or against a small server inside the test that is not Conbench.
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

const QString password = u"s3cret-Pa55"_s;

// Answers every request with the same canned HTTP answer, as a proxy, a captive portal or another
// web server would.
class CannedServer : public QTcpServer
{
public:
    explicit CannedServer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (!m_received.contains("\r\n\r\n"))
                        return;
                    ++m_requests;
                    m_received.clear();
                    socket->write(m_answer);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(serverPort()); }
    int requests() const { return m_requests; }

private:
    QByteArray m_answer;
    QByteArray m_received;
    int m_requests = 0;
};

QByteArray httpAnswer(const QByteArray &statusLine, const QByteArray &contentType, const QByteArray &body)
{
    return "HTTP/1.1 " + statusLine + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

const QByteArray portalPage
    = "<!DOCTYPE html>\n<html>\n<head><title>Welcome to the Hotel Network</title></head>\n"
      "<body><p>Please accept the terms of use to continue.</p>\n"
    + QByteArray(500, 'x') + "</body>\n</html>\n";

QJsonObject benchResult(const QString &name, const QString &runId)
{
    QJsonObject object {
        {"tags"_L1, QJsonObject {{"name"_L1, name}}},
        {"context"_L1, QJsonObject {}},
        {"cluster_info"_L1,
            QJsonObject {{"name"_L1, "test-cluster"_L1}, {"info"_L1, QJsonObject {{"nodes"_L1, "2"_L1}}},
                {"optional_info"_L1, QJsonObject {}}}},
        {"github"_L1,
            QJsonObject {{"repository"_L1, "https://github.com/example/project"_L1},
                {"commit"_L1, "0123456789abcdef0123456789abcdef01234567"_L1}}},
        {"stats"_L1, QJsonObject {{"data"_L1, QJsonArray {1.0, 1.5}}, {"unit"_L1, "s"_L1}}},
        {"batch_id"_L1, "batch-twins"_L1},
        {"timestamp"_L1, "2026-11-28T02:00:00+00:00"_L1},
    };
    if (!runId.isEmpty())
        object.insert("run_id"_L1, runId);
    return object;
}

QByteArray ndjson(const QList<QJsonObject> &objects)
{
    QByteArray out;
    for (const QJsonObject &object : objects)
        out += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

} // namespace

class TestAnswers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;

    QString outboxDir() const { return m_dir.filePath(u"outbox"_s); }

    QProcessEnvironment envFor(const QString &url) const
    {
        QProcessEnvironment e = cleanEnvironment();
        e.insert(u"CONBENCH_URL"_s, url);
        e.insert(u"BENCHCONNECT_OUTBOX"_s, outboxDir());
        e.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"20"_s);
        e.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"example/project"_s);
        e.insert(u"CONBENCH_PROJECT_COMMIT"_s, u"0123456789abcdef0123456789abcdef01234567"_s);
        e.insert(u"CONBENCH_MACHINE_INFO_NAME"_s, u"test-host"_s);
        return e;
    }
    QProcessEnvironment env() const { return envFor(m_server.url()); }

    ProgramRun bc(const QStringList &arguments, const QProcessEnvironment &environment,
        const QByteArray &input = {}, int timeoutMs = 120000)
    {
        return run(cliPath(), arguments, environment, input, m_dir.path(), timeoutMs);
    }

    // Runs benchconnect while this process's event loop keeps serving (for CannedServer).
    ProgramRun bcServing(
        const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_dir.path());
        process.start(cliPath(), arguments);
        if (!process.waitForStarted())
            return {};
        process.write(input);
        process.closeWriteChannel();
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (process.state() != QProcess::NotRunning)
            loop.exec();
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            qWarning("benchconnect did not finish");
            return {};
        }
        ProgramRun result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    qsizetype waitingInOutbox(const QProcessEnvironment &environment)
    {
        const ProgramRun list = bc({u"outbox"_s, u"list"_s}, environment);
        qsizetype waiting = 0;
        for (const QString &line : list.outLines()) {
            // The counts are written as the language writes numbers ("1,000" in English).
            static const QRegularExpression pattern(uR"(  ([\d,]+) of ([\d,]+) waiting)"_s);
            const auto match = pattern.match(line);
            if (match.hasMatch())
                waiting += match.captured(1).remove(u',').toLongLong();
        }
        return waiting;
    }

    QHash<QString, int> storedContexts() const
    {
        QHash<QString, int> counts;
        for (const QJsonValue &value : m_server.results()) {
            const QJsonObject stored = value.toObject();
            ++counts[QString::fromUtf8(QJsonDocument(
                QJsonObject {{"context"_L1, stored.value("context"_L1)}, {"info"_L1, stored.value("info"_L1)},
                    {"stats"_L1, stored.value("stats"_L1)}})
                                           .toJson(QJsonDocument::Compact))];
        }
        return counts;
    }

    // Two results alike but for one field the server keeps.
    static QList<QJsonObject> twins(const QString &field, const QString &runId)
    {
        QJsonObject first = benchResult(u"twin"_s, runId);
        QJsonObject second = first;
        if (field == u"context"_s) {
            first.insert("context"_L1, QJsonObject {{"compiler"_L1, "gcc"_L1}});
            second.insert("context"_L1, QJsonObject {{"compiler"_L1, "clang"_L1}});
        } else if (field == u"info"_s) {
            first.insert("info"_L1, QJsonObject {{"build"_L1, "1"_L1}});
            second.insert("info"_L1, QJsonObject {{"build"_L1, "2"_L1}});
        } else if (field == u"stats"_s) {
            second.insert("stats"_L1, QJsonObject {{"data"_L1, QJsonArray {2.0, 2.5}}, {"unit"_L1, "s"_L1}});
        }
        return {first, second};
    }

private slots:
    void init()
    {
        QDir(outboxDir()).removeRecursively();
        QFile::remove(m_dir.filePath(u"benchconnect-state.json"_s));
    }
    void cleanup() { m_server.stop(); }

    // `outbox retry` of results without a run_id (from `post result` of augmented results) ends,
    // and sends them: Conbench requires a run_id, so nothing can have stored them before.
    void retryOfResultsWithoutRunIdEnds()
    {
        QVERIFY(m_server.start(u"current"_s));
        const ProgramRun augmented
            = bc({u"augment"_s, u"result"_s}, env(), ndjson({benchResult(u"lonely"_s, {})}));
        QCOMPARE(augmented.exitCode, 0);
        QVERIFY(!augmented.out.contains("run_id"));
        QVERIFY(
            m_server.setFaults(R"([{"kind": "status", "status": 503, "path": "/api/benchmark-results/"}])"));
        QProcessEnvironment e = env();
        e.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"1"_s);
        // Results without a run_id no longer reach the outbox (the server would refuse them): such
        // a batch comes from an earlier version. Posted with one, it is taken out of the batch.
        QJsonObject withRunId = QJsonDocument::fromJson(augmented.out.trimmed()).object();
        withRunId.insert("run_id"_L1, "run-to-remove"_L1);
        const ProgramRun posted
            = bc({u"post"_s, u"result"_s}, e, QJsonDocument(withRunId).toJson(QJsonDocument::Compact));
        QCOMPARE(posted.exitCode, 6);
        QCOMPARE(waitingInOutbox(e), 1);
        const QStringList batches = QDir(outboxDir()).entryList({u"*.ndjson"_s}, QDir::Files);
        QCOMPARE(batches.size(), 1);
        QFile batch(QDir(outboxDir()).filePath(batches.constFirst()));
        QVERIFY(batch.open(QIODevice::ReadOnly));
        QByteArray bytes = batch.readAll();
        batch.close();
        QVERIFY(bytes.contains("\"run_id\":\"run-to-remove\","));
        bytes.replace("\"run_id\":\"run-to-remove\",", "");
        QVERIFY(batch.open(QIODevice::WriteOnly | QIODevice::Truncate));
        batch.write(bytes);
        batch.close();
        QVERIFY(!bytes.contains("run_id"));

        QVERIFY(m_server.setFaults("[]"));
        const int postsBefore = int(m_server.state().value("requests"_L1).toArray().size());
        const ProgramRun retry = bc({u"outbox"_s, u"retry"_s}, e, {}, 30000);
        QVERIFY2(retry.exitCode >= 0, retry.err.constData()); // ended on its own
        QVERIFY2(retry.err.contains("Results sent"), retry.err.constData());
        // It was sent: the server answers for itself (a current server requires a run_id).
        const QJsonArray requests = m_server.state().value("requests"_L1).toArray();
        bool posted2 = false;
        for (qsizetype i = postsBefore; i < requests.size(); ++i)
            posted2 = posted2 || requests.at(i).toObject().value("method"_L1).toString() == u"POST"_s;
        QVERIFY(posted2);
    }

    // A batch whose last line was cut in the middle (a crash while writing) does not hang retry.
    void retryOfTruncatedBatchEnds()
    {
        QVERIFY(m_server.start(u"current"_s));
        QVERIFY(
            m_server.setFaults(R"([{"kind": "status", "status": 503, "path": "/api/benchmark-results/"}])"));
        QProcessEnvironment e = env();
        e.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"1"_s);
        const ProgramRun submitted
            = bc({u"post"_s, u"result"_s}, e, ndjson({benchResult(u"cut"_s, u"run-cut"_s)}));
        QCOMPARE(submitted.exitCode, 6);
        QDirIterator it(outboxDir(), {u"*.ndjson"_s}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(it.hasNext());
        QFile batch(it.next());
        QVERIFY(batch.open(QIODevice::ReadWrite));
        const QByteArray content = batch.readAll();
        const qsizetype lastLine = content.lastIndexOf('\n', content.size() - 2);
        QVERIFY(lastLine > 0);
        QVERIFY(batch.resize(lastLine + 20)); // the result line cut in the middle
        batch.close();

        QVERIFY(m_server.setFaults("[]"));
        const ProgramRun retry = bc({u"outbox"_s, u"retry"_s}, e, {}, 30000);
        QVERIFY2(retry.exitCode >= 0, retry.err.constData()); // ended on its own
    }

    // Two results that differ only in context, info or stats, where the answer to the second was
    // lost (the connection dropped before the server read it): both are stored, once each.
    void lookalikesWithLostAnswer_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("context") << u"context"_s;
        QTest::newRow("info") << u"info"_s;
        QTest::newRow("stats") << u"stats"_s;
    }
    void lookalikesWithLostAnswer()
    {
        QFETCH(QString, field);
        QVERIFY(m_server.start(u"current"_s));
        // The first post goes through; the second is dropped unread, so the client looks it up.
        QVERIFY(m_server.setFaults(
            R"([{"kind": "slow", "delay_ms": 0, "method": "POST", "path": "/api/benchmark-results/", "count": 1},
                {"kind": "drop", "method": "POST", "path": "/api/benchmark-results/", "count": 1}])"));
        const ProgramRun posted = bc({u"post"_s, u"result"_s, u"--max-in-flight"_s, u"1"_s}, env(),
            ndjson(twins(field, u"run-twins"_s)));
        QVERIFY2(posted.exitCode == 0, posted.err.constData());
        QCOMPARE(m_server.results().size(), 2);
        const auto counts = storedContexts();
        QCOMPARE(counts.size(), 2);
        for (int count : counts)
            QCOMPARE(count, 1);
        QCOMPARE(waitingInOutbox(env()), 0);
    }

    // The same after SIGKILL: the first stored (its answer never read), the second never sent;
    // `outbox retry` sends the second and only the second.
    // Also for two identical results (sent twice on purpose), and with the first post of the
    // retry dropped unread: the stored one confirms one of them, the other is stored.
    void lookalikesAfterKill_data()
    {
        lookalikesWithLostAnswer_data();
        QTest::newRow("identical") << u"identical"_s;
    }
    void lookalikesAfterKill()
    {
        QFETCH(QString, field);
        QVERIFY(m_server.start(u"current"_s));
        QVERIFY(m_server.setFaults(
            R"([{"kind": "slow", "delay_ms": 30000, "method": "POST", "path": "/api/benchmark-results/"}])"));
        QProcess process;
        process.setProcessEnvironment(env());
        process.setWorkingDirectory(m_dir.path());
        process.start(cliPath(), {u"post"_s, u"result"_s, u"--max-in-flight"_s, u"1"_s});
        QVERIFY(process.waitForStarted());
        process.write(ndjson(twins(field, u"run-kill"_s)));
        process.closeWriteChannel();
        QTRY_COMPARE_WITH_TIMEOUT(m_server.results().size(), 1, 20000);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(waitingInOutbox(env()), 2);

        QVERIFY(m_server.setFaults(
            R"([{"kind": "drop", "method": "POST", "path": "/api/benchmark-results/", "count": 1}])"));
        const ProgramRun retry = bc({u"outbox"_s, u"retry"_s}, env());
        QVERIFY2(retry.exitCode == 0, retry.err.constData());
        QCOMPARE(m_server.results().size(), 2);
        const auto counts = storedContexts();
        if (field == u"identical"_s) {
            QCOMPARE(counts.size(), 1);
        } else {
            QCOMPARE(counts.size(), 2);
            for (int count : counts)
                QCOMPARE(count, 1);
        }
        QCOMPARE(waitingInOutbox(env()), 0);
    }

    // A proxy or captive portal answers 200 text/html to everything: nothing is "sent", the CLI
    // fails with one line naming the URL and what came back, and the outbox keeps every result.
    void htmlAnswerIsNotConbench_data()
    {
        QTest::addColumn<bool>("login");
        QTest::newRow("without log-in") << false;
        QTest::newRow("with log-in") << true;
    }
    void htmlAnswerIsNotConbench()
    {
        QFETCH(bool, login);
        CannedServer portal(httpAnswer("200 OK", "text/html; charset=utf-8", portalPage));
        QVERIFY(portal.listen(QHostAddress::LocalHost));
        QProcessEnvironment e = envFor(portal.url());
        if (login) {
            e.insert(u"CONBENCH_EMAIL"_s, u"user@example.com"_s);
            e.insert(u"CONBENCH_PASSWORD"_s, password);
        }
        QList<QJsonObject> results;
        for (int i = 0; i < 5; ++i)
            results.append(benchResult(u"portal-%1"_s.arg(i), u"run-portal"_s));
        const ProgramRun posted = bcServing({u"post"_s, u"result"_s}, e, ndjson(results));
        QVERIFY2(posted.exitCode == 6, posted.err.constData());
        QVERIFY(portal.requests() >= 1);
        QVERIFY(portal.requests() <= 5); // stopped, not retried for minutes
        const QString err = QString::fromUtf8(posted.err);
        QVERIFY2(err.contains(portal.url() + u"/api/"_s), qPrintable(err));
        QVERIFY2(err.contains(u"text/html"_s), qPrintable(err));
        QVERIFY2(err.contains(u"not give a Conbench answer"_s), qPrintable(err));
        QVERIFY2(!err.contains(u"<"_s), qPrintable(err));
        for (const QString &line : posted.errLines())
            QVERIFY2(line.size() < 400, qPrintable(line));
        QVERIFY(!err.contains(u"Results sent: 5"_s));
        QCOMPARE(waitingInOutbox(e), 5);
    }

    // A 2xx without Conbench's answer to a created result (no JSON object with an id) is no
    // confirmation either.
    void createdWithoutIdIsNotStored()
    {
        CannedServer proxy(httpAnswer("201 Created", "application/json", "{}"));
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        const QProcessEnvironment e = envFor(proxy.url());
        const ProgramRun posted
            = bcServing({u"post"_s, u"result"_s}, e, ndjson({benchResult(u"noid"_s, u"run-noid"_s)}));
        QVERIFY2(posted.exitCode == 6, posted.err.constData());
        QVERIFY2(posted.err.contains("no id of a stored result"), posted.err.constData());
        QCOMPARE(waitingInOutbox(e), 1);
    }

    // A 502 page of a proxy appears as one short line in each retry message.
    void htmlErrorPageInOneShortLine()
    {
        CannedServer gateway(httpAnswer("502 Bad Gateway", "text/html",
            "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad "
            "Gateway</h1></center>\n"
                + QByteArray(400, ' ') + "<hr><center>nginx</center>\n</body>\n</html>\n"));
        QVERIFY(gateway.listen(QHostAddress::LocalHost));
        QProcessEnvironment e = envFor(gateway.url());
        e.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"2"_s);
        const ProgramRun posted
            = bcServing({u"post"_s, u"result"_s}, e, ndjson({benchResult(u"gw"_s, u"run-gw"_s)}));
        QCOMPARE(posted.exitCode, 6);
        QVERIFY2(posted.err.contains("HTTP 502: 502 Bad Gateway"), posted.err.constData());
        QVERIFY2(!posted.err.contains("<"), posted.err.constData());
        for (const QString &line : posted.errLines())
            QVERIFY2(line.size() < 300, qPrintable(line));
    }

    // A time-out is said in our words, without Qt's warnings; a connection closed without an
    // answer is named as such, not "Unknown error".
    void networkProblemsInOwnWords()
    {
        QVERIFY(m_server.start(u"current"_s));
        QVERIFY(m_server.setFaults(
            R"([{"kind": "drop", "method": "POST", "path": "/api/benchmark-results/", "count": 1},
                {"kind": "slow", "delay_ms": 3000, "method": "POST", "path": "/api/benchmark-results/", "count": 1}])"));
        const ProgramRun posted = bc({u"post"_s, u"result"_s, u"--timeout"_s, u"1"_s}, env(),
            ndjson({benchResult(u"words"_s, u"run-words"_s)}));
        QVERIFY2(posted.exitCode == 0, posted.err.constData());
        QVERIFY2(!posted.err.contains("Unknown error"), posted.err.constData());
        QVERIFY2(!posted.err.contains("QIODevice"), posted.err.constData());
        QVERIFY2(posted.err.contains("closed the connection without answering"), posted.err.constData());
        QVERIFY2(posted.err.contains("no answer within 1 s"), posted.err.constData());
        QCOMPARE(m_server.results().size(), 1);
    }

    // Retry-After beyond the deadline: said as such, not "retried until the deadline".
    void retryAfterBeyondDeadline()
    {
        QVERIFY(m_server.start(u"current"_s));
        QVERIFY(m_server.setFaults(
            R"([{"kind": "status", "status": 503, "retry_after": 120, "path": "/api/benchmark-results/"}])"));
        QProcessEnvironment e = env();
        e.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"5"_s);
        const ProgramRun posted
            = bc({u"post"_s, u"result"_s}, e, ndjson({benchResult(u"later"_s, u"run-later"_s)}));
        QCOMPARE(posted.exitCode, 6);
        QVERIFY2(posted.err.contains("asked to wait 120 s"), posted.err.constData());
        QVERIFY2(!posted.err.contains("retried until the deadline"), posted.err.constData());
        QCOMPARE(waitingInOutbox(e), 1);
    }

    // A session that expires on every request: after a new log-in met by another 401 at once,
    // benchconnect stops with a clear message instead of logging in for every result.
    void sessionThatNeverHolds()
    {
        QVERIFY(m_server.start(u"current"_s, {u"--private"_s}));
        QVERIFY(m_server.setFaults(R"([{"kind": "expire-session", "path": "/api/benchmark-results/"}])"));
        QProcessEnvironment e = env();
        e.insert(u"CONBENCH_EMAIL"_s, u"user@example.com"_s);
        e.insert(u"CONBENCH_PASSWORD"_s, password);
        QList<QJsonObject> results;
        for (int i = 0; i < 40; ++i)
            results.append(benchResult(u"session-%1"_s.arg(i), u"run-session"_s));
        const ProgramRun posted = bc({u"post"_s, u"result"_s}, e, ndjson(results));
        QVERIFY2(posted.exitCode == 5, posted.err.constData());
        QVERIFY2(
            posted.err.contains("ended the session right after logging in again"), posted.err.constData());
        QVERIFY2(!posted.err.contains(password.toUtf8()), posted.err.constData());
        QVERIFY(m_server.state().value("logins"_L1).toInt() <= 3);
        QCOMPARE(waitingInOutbox(e), 40);
    }

    // Programs that describe the machine (lscpu, uname, ...) never see CONBENCH_PASSWORD.
    void childProcessesGetNoCredentials()
    {
        const QString bin = m_dir.filePath(u"fakebin"_s);
        QVERIFY(QDir().mkpath(bin));
        const QString dump = m_dir.filePath(u"child-environment.txt"_s);
        QFile::remove(dump);
        for (const QString &tool : {u"lscpu"_s, u"uname"_s, u"nvidia-smi"_s}) {
            QFile script(bin + u'/' + tool);
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write("#!/bin/sh\n/usr/bin/env >> '" + dump.toUtf8() + "'\necho\n");
            script.close();
            QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }
        QProcessEnvironment e = envFor(u"http://127.0.0.1:9"_s);
        e.remove(u"CONBENCH_MACHINE_INFO_NAME"_s);
        e.insert(u"PATH"_s, bin + u':' + e.value(u"PATH"_s, u"/usr/bin:/bin"_s));
        e.insert(u"CONBENCH_EMAIL"_s, u"user@example.com"_s);
        e.insert(u"CONBENCH_PASSWORD"_s, password);
        e.insert(u"BENCHCONNECT_SECRET_PROBE"_s, u"probe"_s);
        QJsonObject object = benchResult(u"env"_s, u"run-env"_s);
        object.remove("cluster_info"_L1); // so that the machine is described
        const ProgramRun augmented = bc({u"augment"_s, u"result"_s}, e, ndjson({object}));
        QVERIFY2(augmented.exitCode == 0, augmented.err.constData());
        QFile environment(dump);
        QVERIFY2(environment.open(QIODevice::ReadOnly), "no machine-info tool was run");
        const QByteArray seen = environment.readAll();
        QVERIFY(seen.contains("PATH="));
        QVERIFY(!seen.contains(password.toUtf8()));
        QVERIFY(!seen.contains("CONBENCH_"));
        QVERIFY(!seen.contains("BENCHCONNECT_SECRET_PROBE"));
    }
};

QTEST_GUILESS_MAIN(TestAnswers)
#include "tst_answers.moc"

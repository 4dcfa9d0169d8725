// A run's finish that waits in the outbox (the window quit while sending) is sent by
// "benchconnect outbox retry" once the run's results are delivered, shown by "outbox list", and
// removed by "outbox drop".
#include "outbox.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {
const QString runId = u"0123456789abcdef0123456789abcdef"_s;
}

class TestPendingFinish : public QObject
{
    Q_OBJECT

private slots:
    void retryFinishesTheRunOnceItsResultsAreDelivered()
    {
        TestServer server;
        QVERIFY(server.start(u"2023"_s));
        QTemporaryDir dir;
        QProcessEnvironment env = server.environment();
        env.insert(u"BENCHCONNECT_OUTBOX"_s, dir.filePath(u"outbox"_s));
        // The run exists, unfinished.
        const ProgramRun created = run(cliPath(),
            {u"post"_s, u"run"_s, u"--json"_s,
                u"{\"id\": \"%1\", \"reason\": \"test\", \"cluster_info\": {\"name\": \"c\", \"info\": {}, "
                u"\"optional_info\": {}}}"_s.arg(runId)},
            env);
        QVERIFY2(created.exitCode == 0, created.err.constData());

        // Two of its results wait in the outbox, and so does its finish.
        Outbox outbox(dir.filePath(u"outbox"_s));
        QString error;
        QVERIFY(outbox.open(&error));
        auto writer = outbox.writer(server.url());
        for (int i = 0; i < 2; ++i) {
            QVERIFY(writer->append(
                QJsonObject {{"run_id"_L1, runId}, {"batch_id"_L1, "b"_L1},
                    {"timestamp"_L1, "2026-11-01T10:00:00+00:00"_L1},
                    {"tags"_L1, QJsonObject {{"name"_L1, u"r%1"_s.arg(i)}}}, {"context"_L1, QJsonObject()},
                    {"cluster_info"_L1,
                        QJsonObject {{"name"_L1, "c"_L1}, {"info"_L1, QJsonObject()},
                            {"optional_info"_L1, QJsonObject()}}},
                    {"stats"_L1, QJsonObject {{"data"_L1, QJsonArray {1.0}}, {"unit"_L1, "s"_L1}}}},
                &error));
        }
        QVERIFY(writer->commit(&error));
        QVERIFY(outbox.recordPendingFinish(
            {runId, server.url(), QJsonObject {{"finished_timestamp"_L1, "2026-11-01T11:00:00+00:00"_L1}}},
            &error));
        QCOMPARE(QFile::permissions(outbox.pendingFinishPath(runId)),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);

        const ProgramRun listed = run(cliPath(), {u"outbox"_s, u"list"_s}, env);
        QVERIFY2(
            listed.out.contains(runId.toUtf8() + ".finish") && listed.out.contains("still in the outbox"),
            listed.out.constData());

        const ProgramRun retry = run(cliPath(), {u"outbox"_s, u"retry"_s}, env);
        QVERIFY2(retry.exitCode == 0, retry.err.constData());
        QVERIFY2(retry.err.contains("Run " + runId.toUtf8() + " finished"), retry.err.constData());
        QCOMPARE(server.results().size(), 2);
        QCOMPARE(server.runs().value(runId).toObject().value("finished_timestamp"_L1).toString().left(19),
            u"2026-11-01T11:00:00"_s);
        QVERIFY(!QFile::exists(outbox.pendingFinishPath(runId)));
        const ProgramRun empty = run(cliPath(), {u"outbox"_s, u"list"_s}, env);
        QVERIFY2(empty.err.contains("The outbox is empty"), empty.err.constData());
    }

    void aFinishWhoseResultsWaitIsNotSentAndDropRemovesIt()
    {
        TestServer server;
        QVERIFY(server.start(u"2023"_s));
        QTemporaryDir dir;
        QProcessEnvironment env = server.environment();
        env.insert(u"BENCHCONNECT_OUTBOX"_s, dir.filePath(u"outbox"_s));
        Outbox outbox(dir.filePath(u"outbox"_s));
        QString error;
        QVERIFY(outbox.open(&error));
        QVERIFY(outbox.recordPendingFinish({runId, u"http://127.0.0.1:9"_s, QJsonObject()}, &error));
        // For another server: retry against this one leaves it.
        const ProgramRun retry = run(cliPath(), {u"outbox"_s, u"retry"_s}, env);
        QCOMPARE(retry.exitCode, 0);
        QVERIFY(QFile::exists(outbox.pendingFinishPath(runId)));
        const ProgramRun drop = run(cliPath(), {u"outbox"_s, u"drop"_s, runId + u".finish"_s}, env);
        QCOMPARE(drop.exitCode, 0);
        QVERIFY(!QFile::exists(outbox.pendingFinishPath(runId)));
    }
};

QTEST_GUILESS_MAIN(TestPendingFinish)
#include "tst_pendingfinish.moc"

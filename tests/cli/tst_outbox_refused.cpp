// A result the server refuses as it is (400) is kept apart in the outbox as refused, with the
// server's reason and the file or NDJSON line it came from; retry does not send it again; drop
// removes it. Runs the real benchconnect against the test server.
#include "outboxtestbase.h"

using namespace Qt::StringLiterals;
using namespace TestSupport;
using namespace OutboxTest;

class TestOutboxRefused : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;

    QString outboxDir() const { return m_dir.filePath(u"outbox"_s); }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = m_server.environment();
        e.insert(u"BENCHCONNECT_OUTBOX"_s, outboxDir());
        e.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"20"_s);
        e.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"example/project"_s);
        e.insert(u"CONBENCH_PROJECT_COMMIT"_s, u"0123456789abcdef0123456789abcdef01234567"_s);
        return e;
    }

    ProgramRun bc(
        const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input = {})
    {
        return run(cliPath(), arguments, environment, input, m_dir.path());
    }

    void writeState(const QString &runId)
    {
        QFile state(m_dir.filePath(u"benchconnect-state.json"_s));
        QVERIFY(state.open(QIODevice::WriteOnly));
        state.write(QJsonDocument(QJsonObject {{"run_id"_L1, runId}, {"run_reason"_L1, "test"_L1}}).toJson());
    }

private slots:
    void init()
    {
        QDir(outboxDir()).removeRecursively();
        QVERIFY(m_server.start(u"current"_s));
    }
    void cleanup() { m_server.stop(); }

    void aRefusedResultIsKeptApartAndNotResent()
    {
        writeState(u"run-refused"_s);
        const ProgramRun submit
            = bc({u"submit"_s, u"result"_s, u"-"_s}, env(), makeResults(20, u"unit"_s, /*refusedAt=*/9));
        QCOMPARE(submit.exitCode, 1); // done in part: 19 stored
        QCOMPARE(m_server.results().size(), 19);
        QVERIFY2(
            submit.err.contains("standard input, line 10: refused by the server:"), submit.err.constData());
        QVERIFY2(submit.err.contains("kept apart") && !submit.err.contains("send it with"),
            submit.err.constData());

        const ProgramRun list = bc({u"outbox"_s, u"list"_s}, env());
        QVERIFY2(list.out.contains("0 of 20 waiting"), list.out.constData());
        QVERIFY2(list.out.contains("refused: standard input, line 10: "), list.out.constData());
        QVERIFY2(list.err.contains("1 refused"), list.err.constData());

        const int posts = postsOfResults(m_server);
        const ProgramRun retry = bc({u"outbox"_s, u"retry"_s}, env());
        QCOMPARE(retry.exitCode, 0);
        QVERIFY2(
            retry.err.contains("1 result refused by the server is not sent again"), retry.err.constData());
        QCOMPARE(postsOfResults(m_server), posts); // not sent again
        const QStringList files = batchFiles(outboxDir());
        QCOMPARE(files.size(), 1);

        QCOMPARE(bc({u"outbox"_s, u"drop"_s, files.constFirst().chopped(7)}, env()).exitCode, 0);
        QCOMPARE(QDir(outboxDir()).entryList(QDir::Files).size(), 0);
    }

    void refusalsNameTheInputFile()
    {
        writeState(u"run-files"_s);
        const QString inputs = m_dir.filePath(u"results"_s);
        QDir(inputs).removeRecursively();
        QVERIFY(QDir().mkpath(inputs));
        const QList<QByteArray> results = makeResults(3, u"file"_s, 1).split('\n');
        for (int i = 0; i < 3; ++i)
            QVERIFY(writeFile(inputs + u"/r%1.json"_s.arg(i), results.at(i)));
        const ProgramRun submit = bc({u"submit"_s, u"result"_s, u"--path"_s, inputs}, env());
        QCOMPARE(submit.exitCode, 1);
        QVERIFY2(submit.err.contains("r1.json: refused by the server:"), submit.err.constData());
        const ProgramRun list = bc({u"outbox"_s, u"list"_s}, env());
        QVERIFY2(list.out.contains("r1.json: "), list.out.constData());
        QCOMPARE(m_server.results().size(), 2);
    }

    void everyResultRefusedIsTheServersRefusal()
    {
        writeState(u"run-all"_s);
        const QByteArray bad = makeResults(1, u"all"_s, 0) + makeResults(1, u"every"_s, 0);
        const ProgramRun submit = bc({u"submit"_s, u"result"_s, u"-"_s}, env(), bad);
        QCOMPARE(submit.exitCode, 5);
        QVERIFY2(submit.err.contains(
                     "2 results refused by the server (standard input, line 1, standard input, line 2)"),
            submit.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestOutboxRefused)
#include "tst_outbox_refused.moc"

// What the run subcommands (start run, finish run, post run, put run, augment run) make of the run
// the user gives them: JSON piped to standard input is read as by the other subcommands, and a
// field that the server will not keep is named rather than dropped in silence. Runs the real
// benchconnect against the test server.
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestRunInput : public QObject
{
    Q_OBJECT

    TestServer m_server2023;
    TestServer m_serverCurrent;
    QTemporaryDir m_dir; // working directory of the programs (holds the state file)

    QString statePath() const { return m_dir.filePath(u"benchconnect-state.json"_s); }

    QProcessEnvironment env(const TestServer &server) const
    {
        QProcessEnvironment e = server.environment();
        e.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"example/project"_s);
        e.insert(u"CONBENCH_PROJECT_COMMIT"_s, u"0123456789abcdef0123456789abcdef01234567"_s);
        e.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"10"_s);
        e.insert(u"BENCHCONNECT_OUTBOX"_s, m_dir.filePath(u"outbox"_s));
        return e;
    }

    ProgramRun bc(const QStringList &arguments, const QProcessEnvironment &environment,
        const QByteArray &standardInput = {})
    {
        return run(cliPath(), arguments, environment, standardInput, m_dir.path());
    }

    QJsonObject readState() const
    {
        QFile file(statePath());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server2023.start(u"2023"_s));
        QVERIFY(m_serverCurrent.start(u"current"_s));
    }
    void init()
    {
        QFile::remove(statePath());
        QVERIFY(m_server2023.reset());
        QVERIFY(m_serverCurrent.reset());
    }

    // echo '{"reason": "commit"}' | benchconnect start run: the run gets the piped fields, and
    // finish run takes its update from a pipe the same way.
    void startAndFinishRunReadAPipe()
    {
        const ProgramRun start = bc(
            {u"start"_s, u"run"_s}, env(m_server2023), "{\"reason\": \"commit\", \"name\": \"piped\"}\n");
        QVERIFY2(start.exitCode == 0, start.err.constData());
        QVERIFY2(!start.err.contains("no \"reason\""), start.err.constData());
        const QString runId = start.outLines().value(0);
        const QJsonObject run = m_server2023.runs().value(runId).toObject();
        QCOMPARE(run.value("reason"_L1).toString(), u"commit"_s);
        QCOMPARE(run.value("name"_L1).toString(), u"piped"_s);
        QCOMPARE(readState().value("run_reason"_L1).toString(), u"commit"_s);

        const ProgramRun finish
            = bc({u"finish"_s, u"run"_s}, env(m_server2023), "{\"error_type\": \"timeout\"}\n");
        QVERIFY2(finish.exitCode == 0, finish.err.constData());
        QCOMPARE(m_server2023.runs().value(runId).toObject().value("error_type"_L1).toString(), u"timeout"_s);
        QVERIFY(!QFile::exists(statePath()));
    }

    // Two objects piped to start run are refused, as with "-".
    void startRunRefusesTwoPipedRuns()
    {
        const ProgramRun start = bc({u"start"_s, u"run"_s}, env(m_server2023),
            "{\"reason\": \"commit\"}\n{\"reason\": \"nightly\"}\n");
        QCOMPARE(start.exitCode, 3);
        QVERIFY2(start.err.contains("more than one JSON object"), start.err.constData());
        QVERIFY(m_server2023.runs().isEmpty());
        QVERIFY(!QFile::exists(statePath()));
    }

    // An empty pipe (or </dev/null) is no run JSON: the run gets its defaults, without a word
    // about standard input.
    void anEmptyPipeIsNoInput()
    {
        const ProgramRun start = bc({u"start"_s, u"run"_s}, env(m_server2023));
        QVERIFY2(start.exitCode == 0, start.err.constData());
        QVERIFY2(!start.err.contains("Standard input"), start.err.constData());
        QCOMPARE(m_server2023.runs().size(), 1);
    }

    // A pipe that nobody writes to nor closes (as some CI runners leave it) is not waited on for
    // ever: after a short while start run goes on without it, and says so.
    void aSilentOpenPipeIsNotWaitedFor()
    {
        QProcess start;
        start.setProcessEnvironment(env(m_server2023));
        start.setWorkingDirectory(m_dir.path());
        QElapsedTimer clock;
        clock.start();
        start.start(cliPath(), {u"start"_s, u"run"_s});
        QVERIFY(start.waitForStarted());
        QVERIFY(start.waitForFinished(30000)); // the write channel stays open
        const QByteArray err = start.readAllStandardError();
        QVERIFY2(start.exitCode() == 0, err.constData());
        QVERIFY(clock.elapsed() < 15000);
        QVERIFY2(
            err.contains("Standard input is not a terminal, but nothing came on it within 2 s: it is not "
                         "read, as if no run were given."),
            err.constData());
        QCOMPARE(m_server2023.runs().size(), 1);
    }

    // A server that keeps runs implicitly keeps only what the results carry: a field that is no
    // run's, and the run's own fields beyond those, are named as not sent and not kept. A 2023
    // server refuses the unknown field itself.
    void fieldsACurrentServerDoesNotKeepAreNamed()
    {
        const QString run = u"{\"reason\": \"commit\", \"colour\": \"blue\", \"info\": {\"a\": 1}}"_s;
        const ProgramRun start = bc({u"start"_s, u"run"_s, u"--json"_s, run}, env(m_serverCurrent));
        QVERIFY2(start.exitCode == 0, start.err.constData());
        QVERIFY2(start.err.contains("warning: Not a field of a run, so not sent and not kept: \"colour\""),
            start.err.constData());
        QVERIFY2(
            start.err.contains("warning: Not sent and not kept, since this server keeps nothing of a run but "
                               "what its results carry (its id, name, reason, github and machine_info or "
                               "cluster_info): \"info\"."),
            start.err.constData());
        QVERIFY2(!start.err.contains("\"reason\""), start.err.constData());
        QCOMPARE(readState().value("run_reason"_L1).toString(), u"commit"_s);
        QVERIFY(!readState().contains("colour"_L1));

        // Only the fields the run holds beyond the results' are named.
        QFile::remove(statePath());
        const ProgramRun plain
            = bc({u"start"_s, u"run"_s, u"--json"_s, u"{\"reason\": \"commit\"}"_s}, env(m_serverCurrent));
        QVERIFY2(plain.exitCode == 0, plain.err.constData());
        QVERIFY2(!plain.err.contains("not kept"), plain.err.constData());

        QFile::remove(statePath());
        const ProgramRun refused = bc({u"start"_s, u"run"_s, u"--json"_s, run}, env(m_server2023));
        QCOMPARE(refused.exitCode, 5);
        QVERIFY2(refused.err.contains("colour"), refused.err.constData());
        QVERIFY(m_server2023.runs().isEmpty());
    }

    // The stateless run subcommands read a pipe as well.
    void postPutAndAugmentRunReadAPipe()
    {
        const ProgramRun augmented
            = bc({u"augment"_s, u"run"_s}, env(m_server2023), "{\"reason\": \"nightly\"}\n");
        QVERIFY2(augmented.exitCode == 0, augmented.err.constData());
        const QJsonObject run = QJsonDocument::fromJson(augmented.out).object();
        QCOMPARE(run.value("reason"_L1).toString(), u"nightly"_s);
        const QString id = run.value("id"_L1).toString();
        QVERIFY(!id.isEmpty());

        const ProgramRun posted = bc({u"post"_s, u"run"_s}, env(m_server2023), augmented.out);
        QVERIFY2(posted.exitCode == 0, posted.err.constData());
        QCOMPARE(m_server2023.runs().value(id).toObject().value("reason"_L1).toString(), u"nightly"_s);

        const QByteArray update
            = "{\"id\": \"" + id.toUtf8() + "\", \"finished_timestamp\": \"2026-01-01T12:00:00+00:00\"}\n";
        const ProgramRun put = bc({u"put"_s, u"run"_s}, env(m_server2023), update);
        QVERIFY2(put.exitCode == 0, put.err.constData());
        QVERIFY(
            !m_server2023.runs().value(id).toObject().value("finished_timestamp"_L1).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRunInput)
#include "tst_runinput.moc"

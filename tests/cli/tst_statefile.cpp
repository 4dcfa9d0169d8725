// The run's state file: it records the server the run was started on, and "submit result" and
// "finish run" refuse another one (a run finished on the wrong server is left unfinished for ever
// on the right one); state files of earlier versions stay readable; a damaged one says where.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestStateFile : public QObject
{
    Q_OBJECT

    TestServer m_first;
    TestServer m_second;
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
    QProcessEnvironment envWithUrl(const QString &url) const
    {
        QProcessEnvironment e = env(m_first);
        e.insert(u"CONBENCH_URL"_s, url);
        return e;
    }

    ProgramRun bc(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        return run(cliPath(), arguments, environment, {}, m_dir.path());
    }

    QJsonObject readState() const
    {
        QFile file(statePath());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    void writeState(const QByteArray &data)
    {
        QFile file(statePath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(data);
    }

    QString startRun(const QProcessEnvironment &environment)
    {
        const ProgramRun start
            = bc({u"start"_s, u"run"_s, u"--json"_s, u"{\"reason\": \"commit\"}"_s}, environment);
        if (start.exitCode != 0) {
            qWarning("start run: %s", start.err.constData());
            return {};
        }
        return start.outLines().value(0);
    }

    const QStringList submit {u"submit"_s, u"result"_s, u"--path"_s, examplesDir()};
    const QStringList finish {u"finish"_s, u"run"_s};

private slots:
    void initTestCase()
    {
        QVERIFY(m_first.start(u"2023"_s));
        QVERIFY(m_second.start(u"2023"_s));
    }
    void init()
    {
        QDir().rmdir(statePath()); // left by a test that failed
        QFile::remove(statePath());
        QVERIFY(m_first.reset());
        QVERIFY(m_second.reset());
    }

    void theServerIsRecordedAndNotCopiedIntoResults()
    {
        const QString runId = startRun(env(m_first));
        QVERIFY(!runId.isEmpty());
        QCOMPARE(readState().value("conbench_url"_L1).toString(), m_first.url());

        const ProgramRun submitted = bc(submit, env(m_first));
        QCOMPARE(submitted.exitCode, 0);
        QVERIFY2(!submitted.err.contains("does not say which server"), submitted.err.constData());
        const QJsonArray results = m_first.results();
        QCOMPARE(results.size(), 4);
        for (const QJsonValue &result : results) {
            QCOMPARE(result.toObject().value("run_id"_L1).toString(), runId);
            QVERIFY(!result.toObject().contains("conbench_url"_L1));
        }
        QCOMPARE(bc(finish, env(m_first)).exitCode, 0);
        QVERIFY(m_first.runs().value(runId).toObject().contains("finished_timestamp"_L1));
    }

    void anotherServerIsRefused()
    {
        const QString runId = startRun(env(m_first));
        QVERIFY(!runId.isEmpty());

        const ProgramRun submitted = bc(submit, env(m_second));
        QCOMPARE(submitted.exitCode, 7);
        QCOMPARE(submitted.errLines().size(), 1);
        QVERIFY2(submitted.err.contains(m_first.url().toUtf8()), submitted.err.constData());
        QVERIFY2(submitted.err.contains(m_second.url().toUtf8()), submitted.err.constData());
        QVERIFY2(submitted.err.contains(runId.toUtf8()), submitted.err.constData());
        QCOMPARE(m_second.results().size(), 0);
        QCOMPARE(m_first.results().size(), 0);

        const ProgramRun finished = bc(finish, env(m_second));
        QCOMPARE(finished.exitCode, 7);
        QVERIFY2(finished.err.contains(m_first.url().toUtf8()), finished.err.constData());
        QVERIFY2(finished.err.contains(m_second.url().toUtf8()), finished.err.constData());
        QVERIFY(QFile::exists(statePath())); // the run can still be finished where it was started
        QVERIFY(m_second.runs().isEmpty());

        QCOMPARE(bc(submit, env(m_first)).exitCode, 0);
        QCOMPARE(m_first.results().size(), 4);
        QCOMPARE(bc(finish, env(m_first)).exitCode, 0);
        QVERIFY(!QFile::exists(statePath()));
        QVERIFY(m_first.runs().value(runId).toObject().contains("finished_timestamp"_L1));
    }

    void theSameServerWrittenDifferentlyIsAccepted()
    {
        QVERIFY(!startRun(env(m_first)).isEmpty());
        // Scheme in capitals, a trailing slash: the same server.
        QString url = m_first.url();
        url.replace(u"http://"_s, u"HTTP://"_s);
        url += u'/';
        const ProgramRun submitted = bc(submit, envWithUrl(url));
        QCOMPARE(submitted.exitCode, 0);
        QCOMPARE(m_first.results().size(), 4);
        QCOMPARE(bc(finish, envWithUrl(url)).exitCode, 0);
    }

    void aStateFileOfAnEarlierVersionIsAccepted()
    {
        const QString runId = startRun(env(m_first));
        QVERIFY(!runId.isEmpty());
        QJsonObject state = readState();
        state.remove("conbench_url"_L1);
        writeState(QJsonDocument(state).toJson());

        const ProgramRun submitted = bc(submit, env(m_first));
        QCOMPARE(submitted.exitCode, 0);
        QVERIFY2(submitted.err.contains("does not say which server"), submitted.err.constData());
        QCOMPARE(m_first.results().size(), 4);
        QCOMPARE(bc(finish, env(m_first)).exitCode, 0);
    }

    // A state file that cannot be written whole (here the file size limit, as at a full disk) is
    // not left behind empty or cut short: start run fails, with the reason.
    void aStateFileThatCannotBeWrittenWholeIsNotLeft()
    {
        const ProgramRun start = run(u"/bin/sh"_s,
            {u"-c"_s, u"ulimit -f 0 && exec \"$0\" \"$@\""_s, cliPath(), u"start"_s, u"run"_s, u"--json"_s,
                u"{\"reason\": \"commit\"}"_s},
            env(m_first), {}, m_dir.path());
        QVERIFY2(start.exitCode == 7, start.err.constData());
        QVERIFY2(
            start.err.contains("cannot write the run's state file: File too large"), start.err.constData());
        QVERIFY(start.out.isEmpty()); // no run id: no run to continue
        QVERIFY2(start.err.contains("(no run was created)"), start.err.constData());
        QCOMPARE(m_first.runs().size(), 0); // the file is tried before the run is created
        QCOMPARE(QDir(m_dir.path()).entryList({u"benchconnect-state*"_s}, QDir::Files | QDir::Hidden),
            QStringList());
        const ProgramRun submitted = bc(submit, env(m_first));
        QCOMPARE(submitted.exitCode, 7);
        QVERIFY2(submitted.err.contains("No run has been started here"), submitted.err.constData());
    }

    // In a directory where the state file cannot be written, start run creates no run on the
    // server (nothing could continue it there) and says so.
    void noRunIsCreatedWhereTheStateFileCannotBeWritten()
    {
        if (!QFileInfo(u"/sys"_s).isDir())
            QSKIP("no /sys here");
        const ProgramRun start = run(cliPath(),
            {u"start"_s, u"run"_s, u"--json"_s, u"{\"reason\": \"ro\"}"_s}, env(m_first), {}, u"/sys"_s);
        QVERIFY2(start.exitCode == 7, start.err.constData());
        QVERIFY2(start.err.contains("/sys/benchconnect-state.json: cannot write the run's state file: "),
            start.err.constData());
        QVERIFY2(start.err.contains("(no run was created)"), start.err.constData());
        QCOMPARE(m_first.runs().size(), 0);
    }

    // When the state file cannot be written once the run exists on the server after all (here a
    // directory took its name while the server answered), the message names the run and how to
    // finish it.
    void aStateFileThatFailsOnceTheRunExistsNamesTheRun()
    {
        QVERIFY(m_first.setFaults(R"([{"kind": "slow", "delay_ms": 1500, "path": "/api/runs/"}])"));
        QProcess start;
        start.setProcessEnvironment(env(m_first));
        start.setWorkingDirectory(m_dir.path());
        start.start(cliPath(), {u"start"_s, u"run"_s, u"--json"_s, u"{\"reason\": \"late\"}"_s});
        QVERIFY(start.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        while (m_first.runs().isEmpty() && clock.elapsed() < 10000)
            QTest::qWait(20);
        QCOMPARE(m_first.runs().size(), 1); // created; the answer is still on its way
        QVERIFY(QDir().mkdir(statePath()));
        QVERIFY(start.waitForFinished(30000));
        QVERIFY(QDir().rmdir(statePath()));
        const QByteArray err = start.readAllStandardError();
        QCOMPARE(start.exitCode(), 7);
        const QByteArray runId = m_first.runs().keys().constFirst().toUtf8();
        QVERIFY2(err.contains("Run " + runId + " was created on the server all the same"), err.constData());
        QVERIFY2(
            err.contains("benchconnect put run --json '{\"id\": \"" + runId + "\", \"finished_timestamp\""),
            err.constData());
        QVERIFY(m_first.setFaults("[]"));
    }

    // The same for the last-run file finish run writes for "compare run": none is left empty, and
    // the failure is an error naming the run, which is finished all the same.
    void aLastRunFileThatCannotBeWrittenWholeIsNotLeft()
    {
        const QString lastRun = m_dir.filePath(u"benchconnect-last-run.json"_s);
        QFile::remove(lastRun); // from an earlier test
        const QString runId = startRun(env(m_first));
        QVERIFY(!runId.isEmpty());
        const ProgramRun finished = run(u"/bin/sh"_s,
            {u"-c"_s, u"ulimit -f 0 && exec \"$0\" \"$@\""_s, cliPath(), u"finish"_s, u"run"_s}, env(m_first),
            {}, m_dir.path());
        QVERIFY2(finished.exitCode == 7, finished.err.constData());
        QVERIFY2(
            finished.err.contains("cannot write: File too large (run " + runId.toUtf8() + " is finished"),
            finished.err.constData());
        QVERIFY(!m_first.runs().value(runId).toObject().value("finished_timestamp"_L1).toString().isEmpty());
        QVERIFY(!QFile::exists(statePath()));
        QVERIFY(!QFile::exists(lastRun));
        QCOMPARE(
            QDir(m_dir.path()).entryList({u"benchconnect-*"_s}, QDir::Files | QDir::Hidden), QStringList());
    }

    // A directory (or a FIFO) where the state file belongs is said to be one, with what to do:
    // not taken for a run started already, never waited on, and no run is created.
    void aStateFilePathThatIsNoFileIsSaidToBeOne()
    {
        QVERIFY(QDir().mkdir(statePath()));
        const QStringList start {u"start"_s, u"run"_s, u"--json"_s, u"{\"reason\": \"commit\"}"_s};
        for (const QStringList &arguments : {start, submit, finish}) {
            const ProgramRun r = bc(arguments, env(m_first));
            QVERIFY2(r.exitCode == 7, r.err.constData());
            QVERIFY2(r.err.contains((statePath() + u" is a directory, not the run's state file"_s).toUtf8()),
                r.err.constData());
            QVERIFY2(r.err.contains("Remove or rename the directory"), r.err.constData());
            QVERIFY2(!r.err.contains("started already"), r.err.constData());
        }
        QVERIFY(QDir().rmdir(statePath()));
        QVERIFY(m_first.runs().isEmpty());

        QCOMPARE(::mkfifo(QFile::encodeName(statePath()).constData(), 0600), 0);
        for (const QStringList &arguments : {start, submit, finish}) {
            const ProgramRun r = run(cliPath(), arguments, env(m_first), {}, m_dir.path(), 30000);
            QVERIFY2(r.exitCode == 7, r.err.constData());
            QVERIFY2(r.err.contains((statePath() + u" is not a regular file"_s).toUtf8()), r.err.constData());
        }
        QVERIFY(QFile::remove(statePath()));
        QVERIFY(m_first.runs().isEmpty());
        QCOMPARE(m_first.results().size(), 0);
    }

    void invalidJsonSaysWhere()
    {
        writeState("{\n  \"run_id\": \"abc\",\n  \"run_reason\": commit\n}\n");
        for (const QStringList &arguments : {submit, finish}) {
            const ProgramRun r = bc(arguments, env(m_first));
            QCOMPARE(r.exitCode, 7);
            QCOMPARE(r.errLines().size(), 1);
            QVERIFY2(r.err.contains("is not valid JSON at offset 37 (line 3, column 17)"), r.err.constData());
            QVERIFY2(!r.err.contains("no run_id"), r.err.constData());
        }
        writeState("{\"run_reason\": \"commit\"}");
        const ProgramRun r = bc(submit, env(m_first));
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains("holds no run_id"), r.err.constData());
        QCOMPARE(m_first.results().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStateFile)
#include "tst_statefile.moc"

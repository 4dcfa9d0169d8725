// The outbox: nothing accepted is lost and nothing is stored twice, whatever happens to the
// server or to the process. Runs the real benchconnect against the test server.
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

const QString password = u"s3cret-Pa55"_s;

QByteArray makeResults(int count, const QString &prefix)
{
    QByteArray ndjson;
    for (int i = 0; i < count; ++i) {
        const QJsonObject result {
            {"tags"_L1, QJsonObject {{"name"_L1, u"%1-%2"_s.arg(prefix).arg(i)}}},
            {"stats"_L1, QJsonObject {{"data"_L1, QJsonArray {1.0 + i, 1.1 + i}}, {"unit"_L1, "s"_L1}}},
        };
        ndjson += QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n';
    }
    return ndjson;
}

// How many times each benchmark name is stored.
QHash<QString, int> storedCounts(const TestServer &server)
{
    QHash<QString, int> counts;
    for (const QJsonValue &value : server.results())
        ++counts[value.toObject().value("tags"_L1).toObject().value("name"_L1).toString()];
    return counts;
}

bool eachStoredOnce(const TestServer &server, int count, const QString &prefix)
{
    const auto counts = storedCounts(server);
    bool ok = counts.size() == count;
    for (int i = 0; i < count; ++i) {
        if (counts.value(u"%1-%2"_s.arg(prefix).arg(i)) != 1) {
            qWarning(
                "%s-%d stored %d times", qPrintable(prefix), i, counts.value(u"%1-%2"_s.arg(prefix).arg(i)));
            ok = false;
        }
    }
    return ok;
}

// Waits until the process handles signal itself (its SigCgt in /proc), up to timeoutMs.
bool waitForHandler(qint64 pid, int signal, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        QFile status(u"/proc/%1/status"_s.arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            return false;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (!line.startsWith("SigCgt:"))
                continue;
            bool ok = false;
            const qulonglong caught = line.mid(7).trimmed().toULongLong(&ok, 16);
            if (ok && (caught & (1ULL << (signal - 1))) != 0)
                return true;
        }
        QThread::msleep(2);
    }
    return false;
}

int modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

QByteArray readAllFiles(const QString &directory)
{
    QByteArray all;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class TestOutbox : public QObject
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

    void writeState(const QString &runId)
    {
        QFile state(m_dir.filePath(u"benchconnect-state.json"_s));
        QVERIFY(state.open(QIODevice::WriteOnly));
        state.write(QJsonDocument(QJsonObject {{"run_id"_L1, runId}, {"run_reason"_L1, "test"_L1}}).toJson());
    }

    ProgramRun bc(
        const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input = {})
    {
        return run(cliPath(), arguments, environment, input, m_dir.path());
    }

    // Starts `benchconnect submit result` reading the NDJSON; the caller waits for it.
    QProcess *startSubmission(
        const QByteArray &ndjson, const QProcessEnvironment &environment, const QStringList &extra = {})
    {
        auto *process = new QProcess(this);
        process->setProcessEnvironment(environment);
        process->setWorkingDirectory(m_dir.path());
        process->start(cliPath(), QStringList {u"submit"_s, u"result"_s, u"-"_s} + extra);
        process->waitForStarted();
        process->write(ndjson);
        process->closeWriteChannel();
        return process;
    }

    // 200 results sent two at a time to a server that answers each after 100 ms: slow enough to
    // be interrupted in the middle.
    QProcess *startSlowSubmission(const QString &prefix)
    {
        if (!m_server.setFaults(R"([{"kind": "slow", "delay_ms": 100, "path": "/api/benchmark-results/"}])"))
            return nullptr;
        writeState(u"run-"_s + prefix);
        return startSubmission(makeResults(200, prefix), env(), {u"--max-in-flight"_s, u"2"_s});
    }

    // Starts the server and a slow submission, and SIGKILLs it once the server has stored at least
    // stored results: the rest waits in the outbox, in a batch whose lock holder is gone.
    void killSlowSubmissionAfter(const QString &prefix, qsizetype stored)
    {
        QVERIFY(m_server.start(u"current"_s));
        QProcess *submission = startSlowSubmission(prefix);
        QVERIFY(submission);
        QVERIFY(waitForStored(stored, 30000));
        ::kill(pid_t(submission->processId()), SIGKILL);
        QVERIFY(submission->waitForFinished(10000));
        QCOMPARE(submission->exitStatus(), QProcess::CrashExit);
    }

    // Waits until the server has stored at least count results (polling), up to timeoutMs.
    bool waitForStored(qsizetype count, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            if (m_server.results().size() >= count)
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    qsizetype waitingInOutbox()
    {
        const ProgramRun list = bc({u"outbox"_s, u"list"_s}, env());
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

private slots:
    void init()
    {
        QDir(outboxDir()).removeRecursively();
        QFile::remove(m_dir.filePath(u"benchconnect-state.json"_s));
    }

    void cleanup() { m_server.stop(); }

    void serverKilledMidSubmissionAndRestarted()
    {
        const QString store = m_dir.filePath(u"server-store.json"_s);
        QFile::remove(store);
        QVERIFY(m_server.start(u"current"_s, {u"--store"_s, store}));
        writeState(u"run-restart"_s);
        QProcessEnvironment e = env();
        e.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"2"_s);
        QProcess *submission = startSubmission(makeResults(1000, u"restart"_s), e);
        QVERIFY(waitForStored(150, 60000));
        m_server.stop(); // killed in the middle
        QVERIFY(submission->waitForFinished(60000));
        const QByteArray err = submission->readAllStandardError();
        // Gone part-way, some results stored: 6, as for a server gone from the start (1 is for
        // results the server refused).
        QVERIFY2(submission->exitCode() == 6, err.constData());
        QVERIFY2(err.contains("kept in the outbox"), err.constData());
        QVERIFY(waitingInOutbox() > 0);

        QVERIFY(m_server.restart());
        const qsizetype before = m_server.results().size();
        QVERIFY(before >= 150 && before < 1000);
        const ProgramRun retry = bc({u"outbox"_s, u"retry"_s}, env());
        QCOMPARE(retry.exitCode, 0);
        QVERIFY(eachStoredOnce(m_server, 1000, u"restart"_s));
        QCOMPARE(m_server.results().size(), 1000);
        QCOMPARE(waitingInOutbox(), 0);
    }

    // Results the server refused, and then the server gone: the refusal wins (1, some were stored),
    // since sending again cannot help those; both are named.
    void refusedResultsWinOverAServerGoneAway()
    {
        QVERIFY(m_server.start(u"current"_s));
        QVERIFY(m_server.setFaults(R"([
            {"kind": "status", "status": 400, "count": 2, "path": "/api/benchmark-results/", "method": "POST"},
            {"kind": "slow", "delay_ms": 50, "path": "/api/benchmark-results/"}])"));
        writeState(u"run-both"_s);
        QProcessEnvironment e = env();
        e.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"2"_s);
        QProcess *submission
            = startSubmission(makeResults(400, u"both"_s), e, {u"--max-in-flight"_s, u"2"_s});
        QVERIFY(waitForStored(10, 30000));
        m_server.stop();
        QVERIFY(submission->waitForFinished(60000));
        const QByteArray err = submission->readAllStandardError();
        QVERIFY2(submission->exitCode() == 1, err.constData());
        QVERIFY2(err.contains("2 results refused by the server"), err.constData());
        QVERIFY2(err.contains("not stored") && err.contains("kept in the outbox"), err.constData());
    }

    void processKilledMidSubmissionLosesNothing()
    {
        killSlowSubmissionAfter(u"kill"_s, 20);
        if (QTest::currentTestFailed())
            return;
        const qsizetype stored = m_server.results().size();
        QVERIFY(stored < 200);
        QVERIFY(waitingInOutbox() >= 200 - stored); // every unconfirmed result is waiting

        QVERIFY(m_server.setFaults("[]"));
        const ProgramRun retry = bc({u"outbox"_s, u"retry"_s}, env());
        QCOMPARE(retry.exitCode, 0);
        QVERIFY2(retry.err.contains("failed: 0, kept in the outbox: 0"), retry.err.constData());
        QVERIFY(eachStoredOnce(m_server, 200, u"kill"_s));
        QCOMPARE(waitingInOutbox(), 0);
    }

    void twoRetriesAtOnceSendEachResultOnce()
    {
        killSlowSubmissionAfter(u"twice"_s, 10);
        if (QTest::currentTestFailed())
            return;
        const qsizetype before = m_server.results().size();
        QVERIFY(waitingInOutbox() >= 200 - before);

        // The first retry sends slowly (the server still answers each result after 100 ms)...
        auto *first = new QProcess(this);
        first->setProcessEnvironment(env());
        first->setWorkingDirectory(m_dir.path());
        first->start(cliPath(), {u"outbox"_s, u"retry"_s, u"--max-in-flight"_s, u"2"_s});
        QVERIFY(first->waitForStarted());
        QVERIFY(waitForStored(before + 5, 30000));

        // ...while a second one finds its batch being sent, and says that nothing went from it.
        const ProgramRun second = bc({u"outbox"_s, u"retry"_s}, env());
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.contains("is being sent by another process; skipped"), second.err.constData());
        QVERIFY2(
            second.err.contains("Nothing was sent from here: the other process is sending those results"),
            second.err.constData());
        QVERIFY2(!second.err.contains("Results sent:"), second.err.constData());

        QVERIFY(m_server.setFaults("[]"));
        QVERIFY(first->waitForFinished(60000));
        const QByteArray firstErr = first->readAllStandardError();
        QVERIFY2(first->exitStatus() == QProcess::NormalExit && first->exitCode() == 0, firstErr.constData());
        QVERIFY2(firstErr.contains("failed: 0, kept in the outbox: 0"), firstErr.constData());
        QVERIFY(eachStoredOnce(m_server, 200, u"twice"_s));
        QCOMPARE(waitingInOutbox(), 0);
    }

    void ctrlCStopsGentlyAndKeepsTheRest()
    {
        QVERIFY(m_server.start(u"current"_s));
        QProcess *submission = startSlowSubmission(u"int"_s);
        QVERIFY(submission);
        QVERIFY(waitForStored(10, 30000));
        ::kill(pid_t(submission->processId()), SIGINT);
        QVERIFY(submission->waitForFinished(10000));
        QCOMPARE(submission->exitStatus(), QProcess::NormalExit);
        QCOMPARE(submission->exitCode(), 130);
        const QByteArray err = submission->readAllStandardError();
        QVERIFY2(err.contains("Stopping") && err.contains("kept in the outbox"), err.constData());
        const qsizetype stored = m_server.results().size();
        QCOMPARE(waitingInOutbox(), 200 - stored); // exact: the requests under way were finished

        QVERIFY(m_server.setFaults("[]"));
        QCOMPARE(bc({u"outbox"_s, u"retry"_s}, env()).exitCode, 0);
        QVERIFY(eachStoredOnce(m_server, 200, u"int"_s));
    }

    // Ctrl-C or SIGTERM while the input is still being read, checked and written to the outbox:
    // the command stops there (130) and says that nothing was sent; nothing of the input is left in
    // the outbox, since nothing was accepted.
    void anInterruptWhileReadingSendsNothingAndKeepsNothing_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
    }

    void anInterruptWhileReadingSendsNothingAndKeepsNothing()
    {
        QFETCH(int, signal);
        QVERIFY(m_server.start(u"current"_s));
        writeState(u"run-early"_s);
        const QString input = m_dir.filePath(u"early.ndjson"_s);
        {
            QFile file(input);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(makeResults(20000, u"early"_s)); // read for about a second
        }
        QProcess submission;
        submission.setProcessEnvironment(env());
        submission.setWorkingDirectory(m_dir.path());
        submission.start(cliPath(), {u"submit"_s, u"result"_s, u"--path"_s, input});
        QVERIFY(submission.waitForStarted());
        // As soon as it can take the signal, long before it has read its input.
        QVERIFY(waitForHandler(submission.processId(), signal, 10000));
        ::kill(pid_t(submission.processId()), signal);
        QVERIFY(submission.waitForFinished(30000));
        const QByteArray err = submission.readAllStandardError();
        QCOMPARE(submission.exitStatus(), QProcess::NormalExit);
        QVERIFY2(submission.exitCode() == 130, err.constData());
        QVERIFY2(err.contains("Interrupted while reading the input: nothing was sent"), err.constData());
        QCOMPARE(m_server.results().size(), 0);
        for (const QJsonValue &request : m_server.state().value("requests"_L1).toArray())
            QVERIFY(!request.toObject().value("path"_L1).toString().startsWith(u"/api/benchmark-results"_s));
        QCOMPARE(QDir(outboxDir()).entryList(QDir::Files | QDir::Hidden), QStringList());
        QCOMPARE(waitingInOutbox(), 0);
    }

    // Ctrl-C twice at various moments of reading 20,000 results (and of sending them): the second
    // one ends the process at once (130), its last line says what became of the results, and
    // nothing is left staged in the outbox: either nothing was kept (and nothing sent), or each
    // result is stored or waits in the outbox, and "outbox retry" stores each exactly once.
    void ctrlCTwiceLeavesNothingStagedAndSaysWhatBecameOfTheResults_data()
    {
        QTest::addColumn<int>("firstAfterMs");
        QTest::addColumn<int>("secondAfterMs");
        // Two signals sent at once may arrive as one: the second follows the first by 1 ms at least.
        QTest::newRow("at once, 1 ms apart") << 0 << 1;
        QTest::newRow("early in the reading, 1 ms apart") << 300 << 1;
        QTest::newRow("in the middle of the reading, 1 ms apart") << 700 << 1;
        QTest::newRow("late in the reading, 1 ms apart") << 1000 << 1;
        QTest::newRow("later, 1 ms apart") << 1500 << 1;
        QTest::newRow("10 ms apart") << 1000 << 10;
        QTest::newRow("200 ms apart") << 700 << 200;
    }

    void ctrlCTwiceLeavesNothingStagedAndSaysWhatBecameOfTheResults()
    {
        QFETCH(int, firstAfterMs);
        QFETCH(int, secondAfterMs);
        QVERIFY(m_server.start(u"current"_s));
        writeState(u"run-twice"_s);
        const QString input = m_dir.filePath(u"twice.ndjson"_s);
        {
            QFile file(input);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(makeResults(20000, u"twice"_s));
        }
        QProcess submission;
        submission.setProcessEnvironment(env());
        submission.setWorkingDirectory(m_dir.path());
        submission.start(cliPath(), {u"submit"_s, u"result"_s, u"--path"_s, input});
        QVERIFY(submission.waitForStarted());
        QVERIFY(waitForHandler(submission.processId(), SIGINT, 10000));
        const auto pid = pid_t(submission.processId());
        QThread::msleep(firstAfterMs);
        ::kill(pid, SIGINT);
        QThread::msleep(secondAfterMs);
        if (submission.state() == QProcess::Running)
            ::kill(pid, SIGINT);
        QVERIFY(submission.waitForFinished(60000));
        const QByteArray err = submission.readAllStandardError();
        QCOMPARE(submission.exitStatus(), QProcess::NormalExit);
        QVERIFY2(submission.exitCode() == 130, err.constData());

        const QString last = QString::fromUtf8(err).trimmed().split(u'\n').constLast();
        // The first Ctrl-C may have stopped the sending gently, and the process ended, before the
        // second came: then its last line is where the results wait.
        const bool stoppedGently = err.contains("Stopping: no new results are sent")
            && last.startsWith(u"benchconnect: The outbox ("_s)
            && last.contains(u"benchconnect outbox retry"_s);
        QVERIFY2(last.startsWith(u"benchconnect: error: Interrupted"_s) || stoppedGently, err.constData());
        const QStringList staged = QDir(outboxDir()).entryList({u"*staged*"_s}, QDir::Files | QDir::Hidden);
        QVERIFY2(staged.isEmpty(), qPrintable(staged.join(u' ')));
        const ProgramRun list = bc({u"outbox"_s, u"list"_s}, env());
        QVERIFY2(!list.out.contains("(unfinished)"), list.out.constData());

        const qsizetype stored = m_server.results().size();
        const qsizetype waiting = waitingInOutbox();
        if (last.contains(u"nothing of it was kept"_s) || last.contains(u"Nothing was sent."_s)) {
            QCOMPARE(stored, 0);
            QCOMPARE(waiting, 0);
            QCOMPARE(QDir(outboxDir()).entryList(QDir::Files | QDir::Hidden), QStringList());
            return;
        }
        QVERIFY2(stoppedGently || last.contains(u"stays in the outbox ("_s + outboxDir())
                || last.contains(u"wait there"_s),
            err.constData());
        QVERIFY(stored + waiting >= 20000);
        const ProgramRun retry = bc({u"outbox"_s, u"retry"_s}, env());
        QVERIFY2(retry.exitCode == 0, retry.err.constData());
        // No batch is left locked as if another process sent it (a lock file the killed process
        // had just created, still empty, did that).
        QVERIFY2(!retry.err.contains("being sent by another process"), retry.err.constData());
        QVERIFY(eachStoredOnce(m_server, 20000, u"twice"_s));
    }

    // The same while the results are being sent: the requests under way are not waited for, and
    // what the server had not confirmed waits in the outbox; nothing is stored twice.
    void ctrlCTwiceWhileSendingSaysTheRestWaitsInTheOutbox()
    {
        QVERIFY(m_server.start(u"current"_s));
        QProcess *submission = startSlowSubmission(u"sending"_s);
        QVERIFY(submission);
        QVERIFY(waitForStored(10, 30000));
        ::kill(pid_t(submission->processId()), SIGINT);
        QThread::msleep(50);
        ::kill(pid_t(submission->processId()), SIGINT);
        QVERIFY(submission->waitForFinished(10000));
        const QByteArray err = submission->readAllStandardError();
        QCOMPARE(submission->exitStatus(), QProcess::NormalExit);
        QVERIFY2(submission->exitCode() == 130, err.constData());
        const QString last = QString::fromUtf8(err).trimmed().split(u'\n').constLast();
        QCOMPARE(last,
            u"benchconnect: error: Interrupted again: quit at once. What the server has not confirmed stays "
            u"in "
            u"the outbox (%1); \"benchconnect outbox retry\" sends it, and looks up first what the server "
            u"stored already, so that nothing is stored twice."_s.arg(outboxDir()));
        QVERIFY(m_server.results().size() + waitingInOutbox() >= 200);
        QVERIFY(m_server.setFaults("[]"));
        const ProgramRun retry = bc({u"outbox"_s, u"retry"_s}, env());
        QVERIFY2(retry.exitCode == 0, retry.err.constData());
        QVERIFY(eachStoredOnce(m_server, 200, u"sending"_s));
    }

    // Ctrl-C while "outbox retry" looks up what the server holds, before it sends anything: it
    // stops there (130), says that nothing was sent and that the results still wait; a later retry
    // stores each exactly once.
    void ctrlCDuringTheRetrysLookUpSendsNothingAndLosesNothing()
    {
        QVERIFY(m_server.start(u"current"_s));
        m_server.stop(); // the results wait in the outbox
        writeState(u"run-lookup"_s);
        QProcessEnvironment down = env();
        down.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"0.5"_s);
        const ProgramRun submitted
            = bc({u"submit"_s, u"result"_s, u"-"_s}, down, makeResults(20, u"lookup"_s));
        QVERIFY2(submitted.exitCode == 6, submitted.err.constData());
        QCOMPARE(waitingInOutbox(), 20);

        QVERIFY(m_server.restart());
        // The look-up of the run's stored results takes long to answer.
        QVERIFY(m_server.setFaults(
            R"([{"kind": "slow", "delay_ms": 20000, "path": "/api/benchmark-results/", "method": "GET"}])"));
        QProcess retry;
        retry.setProcessEnvironment(env());
        retry.setWorkingDirectory(m_dir.path());
        retry.start(cliPath(), {u"outbox"_s, u"retry"_s});
        QVERIFY(retry.waitForStarted());
        QVERIFY(waitForHandler(retry.processId(), SIGINT, 10000));
        QElapsedTimer clock;
        clock.start();
        bool lookingUp = false;
        while (!lookingUp && clock.elapsed() < 10000) {
            for (const QJsonValue &request : m_server.state().value("requests"_L1).toArray())
                lookingUp = lookingUp || request.toObject().value("method"_L1).toString() == "GET"_L1;
            QTest::qWait(20);
        }
        QThread::msleep(300); // into the look-up's wait, whether the log shows it yet or not
        QElapsedTimer stopping;
        stopping.start();
        ::kill(pid_t(retry.processId()), SIGINT);
        QVERIFY(retry.waitForFinished(10000));
        const QByteArray err = retry.readAllStandardError();
        QCOMPARE(retry.exitStatus(), QProcess::NormalExit);
        QVERIFY2(retry.exitCode() == 130, err.constData());
        QVERIFY(stopping.elapsed() < 5000); // not after the look-up's answer
        QVERIFY2(
            err.contains(u"Interrupted while looking up what the server holds already: nothing was sent, "
                         u"and the 20 results wait in the outbox (%1) as before."_s.arg(outboxDir())
                             .toUtf8()),
            err.constData());
        QCOMPARE(m_server.results().size(), 0);
        QCOMPARE(waitingInOutbox(), 20);

        QVERIFY(m_server.setFaults("[]"));
        const ProgramRun again = bc({u"outbox"_s, u"retry"_s}, env());
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(eachStoredOnce(m_server, 20, u"lookup"_s));
        QCOMPARE(waitingInOutbox(), 0);
    }

    // A batch that cannot be written whole (here the file size limit, as at a full disk) stops the
    // command with the reason and nothing sent; it is never sent cut short, as if whole.
    void aBatchThatCannotBeWrittenWholeIsNeitherSentNorKept()
    {
        QVERIFY(m_server.start(u"current"_s));
        writeState(u"run-fsize"_s);
        // 1 KiB: the lock files fit, a batch of 5 results does not.
        const ProgramRun r = run(u"/bin/sh"_s,
            {u"-c"_s, u"ulimit -f 1 && exec \"$0\" \"$@\""_s, cliPath(), u"submit"_s, u"result"_s, u"-"_s},
            env(), makeResults(5, u"fsize"_s), m_dir.path());
        QVERIFY2(r.exitCode == 9, r.err.constData());
        QVERIFY2(r.err.contains("cannot write to the outbox: File too large (nothing was sent)"),
            r.err.constData());
        QCOMPARE(m_server.results().size(), 0);
        QCOMPARE(QDir(outboxDir()).entryList(QDir::Files | QDir::Hidden), QStringList());
        QCOMPARE(waitingInOutbox(), 0);

        // Not even a lock file fits: the message gives the system's reason, not "cannot lock".
        const ProgramRun none = run(u"/bin/sh"_s,
            {u"-c"_s, u"trap '' XFSZ; ulimit -f 0 && exec \"$0\" \"$@\""_s, cliPath(), u"submit"_s,
                u"result"_s, u"-"_s},
            env(), makeResults(5, u"fsize"_s), m_dir.path());
        QVERIFY2(none.exitCode == 9, none.err.constData());
        QVERIFY2(
            none.err.contains(".lock: cannot write to the outbox: File too large"), none.err.constData());
        QCOMPARE(m_server.results().size(), 0);
    }

    void ctrlCDoesNotWaitForRetriesOfAServerThatIsGone()
    {
        QVERIFY(m_server.start(u"current"_s));
        const QProcessEnvironment e = [this] {
            QProcessEnvironment environment = env();
            environment.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"600"_s);
            return environment;
        }();
        m_server.stop(); // nothing answers: every request waits to be retried
        writeState(u"run-gone"_s);
        QProcess *submission = startSubmission(makeResults(20, u"gone"_s), e);
        QTest::qWait(1500);
        QElapsedTimer clock;
        clock.start();
        ::kill(pid_t(submission->processId()), SIGINT);
        QVERIFY(submission->waitForFinished(10000));
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(submission->exitCode(), 130);
        QCOMPARE(waitingInOutbox(), 20);
    }

    void flakyNetworkStoresEachResultExactlyOnce()
    {
        // The Python tool, behind a proxy dropping 10 % of requests, losing 10 % of answers and
        // answering 10 % with 503, stored 119 results for 100 sent.
        QVERIFY(m_server.start(u"current"_s));
        QVERIFY(m_server.setFaults(R"({"seed": 7, "rules": [
            {"kind": "drop", "probability": 0.1, "path": "/api/benchmark-results/", "method": "POST"},
            {"kind": "lose-response", "probability": 0.11, "path": "/api/benchmark-results/", "method": "POST"},
            {"kind": "status", "status": 503, "probability": 0.125, "path": "/api/benchmark-results/", "method": "POST"}]})"));
        writeState(u"run-flaky"_s);
        QProcess *submission = startSubmission(makeResults(100, u"flaky"_s), env());
        QVERIFY(submission->waitForFinished(120000));
        QCOMPARE(submission->exitCode(), 0);
        QVERIFY(eachStoredOnce(m_server, 100, u"flaky"_s));
        QCOMPARE(m_server.results().size(), 100);
        const QJsonArray requests = m_server.state().value("requests"_L1).toArray();
        int faulted = 0;
        for (const QJsonValue &request : requests)
            faulted += request.toObject().contains("fault"_L1) ? 1 : 0;
        QVERIFY2(faulted >= 15, "the faults did not happen");
        QCOMPARE(waitingInOutbox(), 0);
    }

    void brokenLookUpSendsNothingTwice()
    {
        // Answers lost on the way, and the list of stored results (the look-up before sending
        // again) answering 404, as a misconfigured proxy does: nothing is sent twice, and what
        // could not be checked waits in the outbox.
        QVERIFY(m_server.start(u"2023"_s));
        QVERIFY(m_server.setFaults(R"({"rules": [
            {"kind": "lose-response", "count": 2, "path": "/api/benchmark-results/", "method": "POST"},
            {"kind": "status", "status": 404, "path": "/api/benchmark-results", "method": "GET"}]})"));
        writeState(u"run-lookup"_s);
        const ProgramRun submitted = bc({u"submit"_s, u"result"_s, u"-"_s, u"--max-in-flight"_s, u"1"_s},
            env(), makeResults(20, u"lookup"_s));
        QCOMPARE(submitted.exitCode, 6);
        QVERIFY2(submitted.err.contains("cannot check whether the server stored it already"),
            submitted.err.constData());
        QHash<QString, int> stored;
        for (const QJsonValue &value : m_server.results())
            ++stored[value.toObject().value("tags"_L1).toObject().value("name"_L1).toString()];
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        QVERIFY(waitingInOutbox() > 0);

        // Once the look-up works, the retry sends the rest, and what the server holds stays as it is.
        QVERIFY(m_server.setFaults("[]"));
        const ProgramRun retried = bc({u"outbox"_s, u"retry"_s}, env());
        QVERIFY2(retried.exitCode == 0, retried.err.constData());
        QVERIFY(eachStoredOnce(m_server, 20, u"lookup"_s));
        QCOMPARE(m_server.results().size(), 20);
        QCOMPARE(waitingInOutbox(), 0);
    }

    void journalThatCannotGrowSaysWhy()
    {
        // The results wait in the outbox (the server refuses them for now); then a retry whose
        // files may not grow beyond 1 KiB (ulimit -f): the journal of confirmations cannot be
        // written whole, and the message gives the system's reason.
        QVERIFY(m_server.start(u"current"_s));
        QVERIFY(
            m_server.setFaults(R"([{"kind": "status", "status": 503, "path": "/api/benchmark-results/"}])"));
        writeState(u"run-journal"_s);
        QProcessEnvironment environment = env();
        environment.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"1"_s);
        const ProgramRun kept
            = bc({u"submit"_s, u"result"_s, u"-"_s}, environment, makeResults(100, u"journal"_s));
        QCOMPARE(kept.exitCode, 6);
        QCOMPARE(waitingInOutbox(), 100);
        QVERIFY(m_server.setFaults("[]"));

        const ProgramRun limited = run(u"sh"_s,
            {u"-c"_s, u"trap '' XFSZ; ulimit -f 1; exec \"$0\" outbox retry --max-in-flight 1"_s, cliPath()},
            env(), {}, m_dir.path());
        QCOMPARE(limited.exitCode, 9);
        QVERIFY2(limited.err.contains("cannot record what the server did with a result: File too large"),
            limited.err.constData());

        const ProgramRun retried = bc({u"outbox"_s, u"retry"_s}, env());
        QVERIFY2(retried.exitCode == 0, retried.err.constData());
        QVERIFY(eachStoredOnce(m_server, 100, u"journal"_s));
        QCOMPARE(m_server.results().size(), 100);
    }

    void tlsIsVerified()
    {
        const QString cert = m_dir.filePath(u"server.crt"_s);
        const QString key = m_dir.filePath(u"server.key"_s);
        const ProgramRun openssl = run(u"openssl"_s,
            {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                u"/CN=benchconnect test"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, key,
                u"-out"_s, cert},
            cleanEnvironment());
        QCOMPARE(openssl.exitCode, 0);
        QVERIFY(m_server.start(u"current"_s, {u"--tls-cert"_s, cert, u"--tls-key"_s, key}));
        QVERIFY(m_server.url().startsWith(u"https://127.0.0.1:"_s));
        writeState(u"run-tls"_s);
        const QByteArray results = makeResults(3, u"tls"_s);

        const ProgramRun refused = bc({u"submit"_s, u"result"_s, u"-"_s}, env(), results);
        QCOMPARE(refused.exitCode, 6);
        QVERIFY2(refused.err.contains("is not trusted") && refused.err.contains("--ca-bundle"),
            refused.err.constData());
        QCOMPARE(m_server.results().size(), 0);
        QDir(outboxDir()).removeRecursively();

        const ProgramRun trusted
            = bc({u"submit"_s, u"result"_s, u"-"_s, u"--ca-bundle"_s, cert}, env(), results);
        QCOMPARE(trusted.exitCode, 0);
        QVERIFY(eachStoredOnce(m_server, 3, u"tls"_s));

        m_server.reset();
        QProcessEnvironment e = env();
        e.insert(u"BENCHCONNECT_CA_BUNDLE"_s, cert);
        QCOMPARE(bc({u"submit"_s, u"result"_s, u"-"_s}, e, results).exitCode, 0);
        QCOMPARE(m_server.results().size(), 3);

        m_server.reset();
        const ProgramRun insecure = bc({u"submit"_s, u"result"_s, u"-"_s, u"--insecure"_s}, env(), results);
        QCOMPARE(insecure.exitCode, 0);
        QVERIFY(insecure.err.contains("warning: --insecure"));
    }

    void passwordIsNowhere()
    {
        QVERIFY(m_server.start(u"2023"_s, {u"--private"_s}));
        QProcessEnvironment e = env();
        e.insert(u"CONBENCH_EMAIL"_s, u"user@example.com"_s);
        e.insert(u"CONBENCH_PASSWORD"_s, password);
        const QString runJson = u"{\"id\": \"run-pw\", \"reason\": \"manual\"}"_s;
        const QList<QStringList> commands = {
            {u"augment"_s, u"run"_s, u"--json"_s, runJson},
            {u"augment"_s, u"result"_s, u"--path"_s, examplesDir()},
            {u"post"_s, u"run"_s, u"--json"_s,
                u"{\"id\": \"run-posted\", \"reason\": \"manual\", \"cluster_info\": {\"name\": \"c\", \"info\": {}, \"optional_info\": {}}}"_s},
            {u"put"_s, u"run"_s, u"--json"_s, u"{\"id\": \"run-posted\", \"error_type\": \"none\"}"_s},
            {u"start"_s, u"run"_s, u"--json"_s, runJson},
            {u"submit"_s, u"result"_s, u"--path"_s, examplesDir()},
            {u"post"_s, u"result"_s, u"--json"_s,
                u"{\"run_id\": \"run-pw\", \"tags\": {\"name\": \"x\"}, \"batch_id\": \"b\", \"timestamp\": \"2026-01-01T00:00:00Z\", \"context\": {}, \"stats\": {\"data\": [1], \"unit\": \"s\"}, \"cluster_info\": {\"name\": \"c\", \"info\": {}, \"optional_info\": {}}}"_s},
            {u"outbox"_s, u"list"_s},
            {u"outbox"_s, u"retry"_s},
            {u"finish"_s, u"run"_s},
            {u"outbox"_s, u"drop"_s, u"--all"_s},
        };
        QByteArray everything;
        for (const QStringList &command : commands) {
            const ProgramRun r = bc(command + QStringList {u"--verbose"_s}, e);
            QVERIFY2(r.exitCode == 0, qPrintable(command.join(u' ') + u": "_s + QString::fromUtf8(r.err)));
            everything += r.out + r.err;
            everything += readAllFiles(m_dir.path()); // the state file and the outbox
        }
        QVERIFY(everything.contains("logging in as user@example.com"));
        QVERIFY(!everything.contains(password.toUtf8()));
        QCOMPARE(m_server.results().size(), 5);
    }

    void credentialsNeverFollowARedirectToAnotherHost()
    {
        TestServer elsewhere; // another host: 127.0.0.2
        QVERIFY(elsewhere.start(u"current"_s, {u"--host"_s, u"127.0.0.2"_s}));
        QVERIFY(m_server.start(u"current"_s, {u"--private"_s}));
        const QString target = u"http://127.0.0.2:%1"_s.arg(elsewhere.port());
        QVERIFY(m_server.setFaults(
            uR"([{"kind": "redirect", "status": 307, "location": "%1"}])"_s.arg(target).toUtf8()));
        QProcessEnvironment e = env();
        e.insert(u"CONBENCH_EMAIL"_s, u"user@example.com"_s);
        e.insert(u"CONBENCH_PASSWORD"_s, password);
        writeState(u"run-redirect"_s);
        const ProgramRun r = bc({u"submit"_s, u"result"_s, u"-"_s}, e, makeResults(2, u"redirect"_s));
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.errLines().filter(u"error:"_s).size(), 1);
        QVERIFY2(r.err.contains("redirected POST /api/login/ to " + target.toUtf8()), r.err.constData());
        QCOMPARE(elsewhere.state().value("requests"_L1).toArray().size(), 0);
    }

    // Every directory benchconnect creates is its owner's alone whatever the umask: the outbox and
    // the parents made for it, the default one's (~/.local/share/benchconnect) as those of --outbox.
    // A directory that exists already keeps its mode.
    void directoriesItCreatesAreTheOwnersAloneWhateverTheUmask()
    {
        QVERIFY(m_server.start(u"current"_s));
        writeState(u"run-umask"_s);
        QTemporaryDir base;
        const QString home = base.filePath(u"home"_s);
        QVERIFY(QDir().mkdir(home));
        QCOMPARE(::chmod(QFile::encodeName(home).constData(), 0755), 0);
        QProcessEnvironment e = env();
        e.remove(u"BENCHCONNECT_OUTBOX"_s);
        e.remove(u"XDG_DATA_HOME"_s);
        e.insert(u"HOME"_s, home);
        const QStringList submit {
            u"-c"_s, u"umask 000 && exec \"$0\" \"$@\""_s, cliPath(), u"submit"_s, u"result"_s, u"-"_s};

        const ProgramRun byDefault = run(u"/bin/sh"_s, submit, e, makeResults(3, u"umask"_s), m_dir.path());
        QVERIFY2(byDefault.exitCode == 0, byDefault.err.constData());
        for (const QString &made : {u"/.local"_s, u"/.local/share"_s, u"/.local/share/benchconnect"_s,
                 u"/.local/share/benchconnect/outbox"_s})
            QVERIFY2(modeOf(home + made) == 0700,
                qPrintable(u"%1: %2"_s.arg(made).arg(modeOf(home + made), 0, 8)));
        QCOMPARE(modeOf(home), 0755);

        const QString deeper = base.filePath(u"new/sub/deeper"_s);
        const ProgramRun given = run(u"/bin/sh"_s, submit + QStringList {u"--outbox"_s, deeper}, e,
            makeResults(3, u"umask-given"_s), m_dir.path());
        QVERIFY2(given.exitCode == 0, given.err.constData());
        for (const QString &made : {u"new"_s, u"new/sub"_s, u"new/sub/deeper"_s})
            QVERIFY2(modeOf(base.filePath(made)) == 0700,
                qPrintable(u"%1: %2"_s.arg(made).arg(modeOf(base.filePath(made)), 0, 8)));
        QCOMPARE(modeOf(base.path()), 0700); // QTemporaryDir's own
    }

    void outboxFilesAreTheOwnersAlone()
    {
        QVERIFY(m_server.start(u"current"_s));
        m_server.stop(); // nothing is confirmed: everything stays
        writeState(u"run-perm"_s);
        QProcessEnvironment e = env();
        e.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"0.5"_s);
        const ProgramRun r = bc({u"submit"_s, u"result"_s, u"-"_s}, e, makeResults(5, u"perm"_s));
        QCOMPARE(r.exitCode, 6);
        QCOMPARE(QFile::permissions(outboxDir())
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
            QFileDevice::Permissions());
        const QStringList files = QDir(outboxDir()).entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            QCOMPARE(QFile::permissions(QDir(outboxDir()).filePath(name))
                    & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                QFileDevice::Permissions());
        }
        QCOMPARE(waitingInOutbox(), 5);
        // A slip drops nothing: a name the outbox does not hold, or names with --all.
        const QString batch
            = QDir(outboxDir()).entryList({u"*.ndjson"_s}, QDir::Files).constFirst().chopped(7);
        const ProgramRun typo = bc({u"outbox"_s, u"drop"_s, batch, u"no-such-batch"_s}, env());
        QCOMPARE(typo.exitCode, 2);
        QVERIFY2(
            typo.err.contains("holds no batch \"no-such-batch\"") && typo.err.contains("Nothing was dropped"),
            typo.err.constData());
        const ProgramRun both = bc({u"outbox"_s, u"drop"_s, u"--all"_s, u"no-such-batch"_s}, env());
        QCOMPARE(both.exitCode, 2);
        QCOMPARE(waitingInOutbox(), 5);
        const ProgramRun drop = bc({u"outbox"_s, u"drop"_s, u"--all"_s}, env());
        QCOMPARE(drop.exitCode, 0);
        QCOMPARE(waitingInOutbox(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"

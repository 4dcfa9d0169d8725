// benchconnect watch: the real binary watching a results folder while the test writes run folders
// into it, against the project's test server; killed and restarted, the server stopped and
// started again. Afterwards the server must hold each folder as exactly one run with exactly its
// results.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

const QString commit = u"0123456789abcdef0123456789abcdef01234567"_s;

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(content);
}

QByteArray resultJson(const QString &folder, int index, bool bad = false)
{
    QJsonObject result {
        {"tags"_L1, QJsonObject {{"name"_L1, u"%1/bench-%2"_s.arg(folder).arg(index)}}},
        {"stats"_L1,
            QJsonObject {
                {"data"_L1, QJsonArray {1.5 + index, 2.5, 3.5}}, {"unit"_L1, u"s"_s}, {"iterations"_L1, 3}}},
        {"context"_L1, QJsonObject {{"benchmark_language"_L1, u"C++"_s}}},
    };
    if (bad)
        result.insert("no_such_field"_L1, 1); // refused by the server (unknown field)
    return QJsonDocument(result).toJson(QJsonDocument::Compact);
}

// Writes a run folder of n result files; with marker, the .done file last.
void writeFolder(const QString &root, const QString &name, int n, bool marker = true, int bad = -1)
{
    QDir(root).mkpath(name);
    for (int i = 0; i < n; ++i)
        writeFile(u"%1/%2/result-%3.json"_s.arg(root, name).arg(i, 3, 10, QChar(u'0')),
            resultJson(name, i, i == bad));
    if (marker)
        writeFile(u"%1/%2/.done"_s.arg(root, name), {});
}

struct Held
{
    QHash<QString, QSet<QString>> runsByFolder; // the run ids the folder's results carry
    QHash<QString, int> resultsByFolder;
    QHash<QString, QSet<QString>> namesByFolder;
};

Held held(const TestServer &server)
{
    Held h;
    for (const QJsonValue &value : server.results()) {
        const QJsonObject result = value.toObject();
        const QString name = result.value("tags"_L1).toObject().value("name"_L1).toString();
        const QString folder = name.section(u'/', 0, 0);
        h.runsByFolder[folder].insert(result.value("run_id"_L1).toString());
        h.resultsByFolder[folder] += 1;
        h.namesByFolder[folder].insert(name);
    }
    return h;
}

} // namespace

class TestWatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;

    QString root() const { return m_dir.filePath(u"results"_s); }
    QString outbox() const { return m_dir.filePath(u"state/outbox"_s); }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = m_server.environment();
        e.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"example/project"_s);
        e.insert(u"CONBENCH_PROJECT_COMMIT"_s, commit);
        e.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"60"_s);
        e.insert(u"BENCHCONNECT_OUTBOX"_s, outbox());
        return e;
    }

    ProgramRun bc(const QStringList &arguments) { return run(cliPath(), arguments, env(), {}, m_dir.path()); }

    std::unique_ptr<QProcess> startWatch(const QStringList &extra = {})
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env());
        process->setWorkingDirectory(m_dir.path());
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start(
            cliPath(), QStringList {u"watch"_s, u"--rescan"_s, u"1"_s} + extra + QStringList {root()});
        if (!process->waitForStarted())
            qWarning("watch did not start");
        return process;
    }

    // Waits until the server holds `folders` folders of `perFolder` results each (or the time is up).
    bool waitForServer(int folders, int perFolder, int timeoutMs = 60000)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            const Held h = held(m_server);
            int complete = 0;
            for (auto it = h.resultsByFolder.cbegin(); it != h.resultsByFolder.cend(); ++it)
                complete += it.value() >= perFolder ? 1 : 0;
            if (complete >= folders)
                return true;
            QThread::msleep(100);
        }
        return false;
    }

    // Each folder is exactly one run holding exactly its results, and no two folders share a run.
    void verifyExactlyOnce(const QHash<QString, int> &expected)
    {
        const Held h = held(m_server);
        QSet<QString> runIds;
        const bool runsKept = m_server.state().value("mode"_L1).toString() == u"2023"_s;
        const QJsonObject runs = m_server.runs();
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QString &folder = it.key();
            QVERIFY2(h.resultsByFolder.value(folder) == it.value(),
                qPrintable(u"%1: %2 results"_s.arg(folder).arg(h.resultsByFolder.value(folder))));
            QCOMPARE(h.namesByFolder.value(folder).size(), it.value());
            QVERIFY2(h.runsByFolder.value(folder).size() == 1, qPrintable(folder));
            const QString runId = *h.runsByFolder.value(folder).cbegin();
            QVERIFY2(!runIds.contains(runId), qPrintable(folder));
            runIds.insert(runId);
            if (runsKept)
                QVERIFY2(runs.contains(runId), qPrintable(runId));
        }
        QCOMPARE(h.resultsByFolder.size(), expected.size());
        if (runsKept)
            QCOMPARE(runs.size(), expected.size()); // no second run for a folder
    }

    static QHash<QString, int> uniform(const QStringList &folders, int perFolder)
    {
        QHash<QString, int> expected;
        for (const QString &folder : folders)
            expected.insert(folder, perFolder);
        return expected;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(root()));
        QVERIFY(m_server.start(u"2023"_s));
    }

    void cleanup() { m_server.stop(); }

    void onceStatusAndChanged()
    {
        writeFolder(root(), u"night-01"_s, 3);
        writeFolder(root(), u"night-02"_s, 2);
        writeFolder(root(), u"night-03"_s, 2, false); // no marker yet: incomplete
        writeFile(root() + u"/night-01/run.json"_s,
            R"({"reason": "nightly", "name": "night one", "info": {"rig": "r7"}})");

        ProgramRun once = bc({u"watch"_s, u"--once"_s, root()});
        QVERIFY2(once.exitCode == 0, once.err.constData());
        // One log line per run: time, folder, run id, results sent.
        const QStringList lines = once.errLines().filter(u"results sent"_s);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(u"night-01: run "_s) && lines.at(0).contains(u"3 results sent"_s),
            qPrintable(lines.at(0)));
        verifyExactlyOnce({{u"night-01"_s, 3}, {u"night-02"_s, 2}});
        const QJsonObject runs = m_server.runs();
        const QString runId = *held(m_server).runsByFolder.value(u"night-01"_s).cbegin();
        QCOMPARE(runs.value(runId).toObject().value("reason"_L1).toString(), u"nightly"_s);
        QCOMPARE(runs.value(runId).toObject().value("name"_L1).toString(), u"night one"_s);
        QVERIFY(runs.value(runId).toObject().contains("finished_timestamp"_L1));
        const QString other = *held(m_server).runsByFolder.value(u"night-02"_s).cbegin();
        QCOMPARE(runs.value(other).toObject().value("reason"_L1).toString(), u"lab"_s);

        // --status: each folder's state from the journal.
        ProgramRun status = bc({u"watch"_s, u"--status"_s, root()});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        const QString out = QString::fromUtf8(status.out);
        QVERIFY2(out.contains(u"night-01  done  run "_s + runId + u"  3 of 3 results sent"_s),
            status.out.constData());
        QVERIFY2(out.contains(u"night-02  done"_s), status.out.constData());
        QVERIFY2(out.contains(u"night-03  incomplete"_s), status.out.constData());

        // The marker arrives; a second --once sends only that folder.
        writeFile(root() + u"/night-03/.done"_s, {});
        once = bc({u"watch"_s, u"--once"_s, root()});
        QVERIFY2(once.exitCode == 0, once.err.constData());
        QCOMPARE(once.errLines().filter(u"results sent"_s).size(), 1);
        verifyExactlyOnce({{u"night-01"_s, 3}, {u"night-02"_s, 2}, {u"night-03"_s, 2}});

        // A folder that changes after it was sent is reported, not sent again...
        writeFile(root() + u"/night-02/late.json"_s, resultJson(u"night-02"_s, 9));
        once = bc({u"watch"_s, u"--once"_s, root()});
        QVERIFY2(once.exitCode == 0, once.err.constData());
        QVERIFY2(once.err.contains("night-02: its files changed after it was sent"), once.err.constData());
        verifyExactlyOnce({{u"night-01"_s, 3}, {u"night-02"_s, 2}, {u"night-03"_s, 2}});
        status = bc({u"watch"_s, u"--status"_s, root()});
        QVERIFY2(status.out.contains("changed after it was sent"), status.out.constData());
        // ...unless --resend-changed: then it is a new run with all of its results.
        once = bc({u"watch"_s, u"--once"_s, u"--resend-changed"_s, root()});
        QVERIFY2(once.exitCode == 0, once.err.constData());
        const Held h = held(m_server);
        QCOMPARE(h.resultsByFolder.value(u"night-02"_s), 2 + 3);
        QCOMPARE(h.runsByFolder.value(u"night-02"_s).size(), 2);
    }

    void watchOptionsAreChecked()
    {
        ProgramRun r = bc({u"watch"_s});
        QCOMPARE(r.exitCode, 2);
        r = bc({u"watch"_s, u"--once"_s, m_dir.filePath(u"missing"_s)});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("not a directory"), r.err.constData());
        r = bc({u"watch"_s, u"--once"_s, u"--max-runs-in-parallel"_s, u"0"_s, root()});
        QCOMPARE(r.exitCode, 2);
        r = bc({u"watch"_s, u"--status"_s, root()});
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains("has not been watched yet"), r.err.constData());
    }

    void oneWatcherPerDirectory()
    {
        auto watch = startWatch();
        QTRY_VERIFY_WITH_TIMEOUT(
            QDir(m_dir.filePath(u"state/watch"_s)).entryList({u"*.lock"_s}, QDir::Files | QDir::Hidden).size()
                == 1,
            10000);
        const ProgramRun second = bc({u"watch"_s, u"--once"_s, root()});
        QCOMPARE(second.exitCode, 7);
        QVERIFY2(second.err.contains("is being watched already by process"), second.err.constData());
        // With another outbox (and so another journal) too: the lock in the directory keeps it out.
        QProcessEnvironment other = env();
        other.insert(u"BENCHCONNECT_OUTBOX"_s, m_dir.filePath(u"other/outbox"_s));
        const ProgramRun third = run(cliPath(), {u"watch"_s, u"--once"_s, root()}, other, {}, m_dir.path());
        QCOMPARE(third.exitCode, 7);
        QVERIFY2(third.err.contains("is being watched already by process")
                && third.err.contains(".benchconnect-watch.lock"),
            third.err.constData());
        const QFileInfo lock(root() + u"/.benchconnect-watch.lock"_s);
        QCOMPARE(lock.permissions()
                & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
        watch->terminate();
        QVERIFY(watch->waitForFinished(20000));
        QCOMPARE(watch->exitCode(), 130);
    }

    // 20 folders written over time while watch runs: ten with markers, ten found by --settle.
    void foldersWrittenOverTime()
    {
        auto watch = startWatch({u"--settle"_s, u"1"_s, u"--max-runs-in-parallel"_s, u"2"_s});
        QStringList folders;
        for (int i = 0; i < 20; ++i) {
            const QString name = u"build-%1"_s.arg(i, 2, 10, QChar(u'0'));
            folders.append(name);
            const bool marker = i % 2 == 0;
            // Written in two steps, as a rig does: the folder is not complete after the first.
            writeFolder(root(), name, 2, false);
            QThread::msleep(60);
            writeFile(u"%1/%2/result-late.json"_s.arg(root(), name), resultJson(name, 7));
            if (marker)
                writeFile(u"%1/%2/.done"_s.arg(root(), name), {});
            QThread::msleep(60);
        }
        const bool arrived = waitForServer(20, 3);
        QByteArray err = watch->readAllStandardError();
        QVERIFY2(arrived, err.constData());
        QThread::msleep(300);
        verifyExactlyOnce(uniform(folders, 3));
        watch->terminate();
        QVERIFY(watch->waitForFinished(20000));
        err += watch->readAllStandardError();
        QCOMPARE(watch->exitCode(), 130);
        QCOMPARE(QString::fromUtf8(err).split(u'\n').filter(u"results sent in"_s).size(), 20);
    }

    // watch killed (SIGKILL) at random moments and started again, ten times, with answers lost on
    // the way: each folder ends up as exactly one run with exactly its results.
    void killedAndRestarted()
    {
        QVERIFY(m_server.setFaults(R"({"seed": 7, "rules": [
            {"kind": "lose-response", "path": "/api/benchmark-results", "probability": 0.05},
            {"kind": "slow", "path": "/api/", "delay_ms": 30, "probability": 0.5}]})"));
        QStringList folders;
        for (int i = 0; i < 16; ++i) {
            folders.append(u"rig-%1"_s.arg(i, 2, 10, QChar(u'0')));
            writeFolder(root(), folders.constLast(), 6);
        }
        QRandomGenerator random(1234);
        for (int round = 0; round < 10; ++round) {
            // Folders keep arriving between the kills.
            if (round % 3 == 0) {
                folders.append(u"rig-late-%1"_s.arg(round));
                writeFolder(root(), folders.constLast(), 6);
            }
            auto watch = startWatch({u"--max-runs-in-parallel"_s, u"2"_s});
            QThread::msleep(150 + random.bounded(400));
            watch->kill();
            QVERIFY(watch->waitForFinished(10000));
        }
        QVERIFY(m_server.setFaults("[]"));
        const ProgramRun last = bc({u"watch"_s, u"--once"_s, root()});
        QVERIFY2(last.exitCode == 0, last.err.constData());
        verifyExactlyOnce(uniform(folders, 6));
        const ProgramRun status = bc({u"watch"_s, u"--status"_s, root()});
        QCOMPARE(QString::fromUtf8(status.out).count(u"  done  "_s), folders.size());
    }

    // The server goes away in the middle and comes back with what it stored: folders are recorded
    // meanwhile and sent in order once it is back.
    void serverOutage()
    {
        m_server.stop();
        const QString store = m_dir.filePath(u"server-store.json"_s);
        QVERIFY(m_server.start(u"2023"_s, {u"--store"_s, store}));
        auto watch = startWatch();
        QStringList folders;
        for (int i = 0; i < 4; ++i) {
            folders.append(u"day-%1"_s.arg(i));
            writeFolder(root(), folders.constLast(), 3);
        }
        QVERIFY(waitForServer(4, 3));
        m_server.stop();
        for (int i = 4; i < 8; ++i) {
            folders.append(u"day-%1"_s.arg(i));
            writeFolder(root(), folders.constLast(), 3);
        }
        QThread::msleep(1500);
        QVERIFY(m_server.restart());
        const bool arrived = waitForServer(8, 3);
        QVERIFY2(arrived, watch->readAllStandardError().constData());
        QThread::msleep(300);
        verifyExactlyOnce(uniform(folders, 3));
        // In order: day-4 before day-7.
        const QJsonArray results = m_server.results();
        qsizetype first4 = -1, first7 = -1;
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QString name
                = results.at(i).toObject().value("tags"_L1).toObject().value("name"_L1).toString();
            if (name.startsWith(u"day-4/"_s) && first4 < 0)
                first4 = i;
            if (name.startsWith(u"day-7/"_s) && first7 < 0)
                first7 = i;
        }
        QVERIFY(first4 >= 0 && first7 > first4);
        watch->terminate();
        QVERIFY(watch->waitForFinished(20000));
    }

    // A folder with one result the server refuses (by a rule of its own that no check before
    // sending knows): failed with the server's reason, its other results and the other folders sent.
    void refusedResult()
    {
        writeFolder(root(), u"a-good"_s, 2);
        writeFolder(root(), u"b-bad"_s, 4);
        writeFolder(root(), u"c-good"_s, 2);
        // The body of b-bad's second result holds its name.
        const QByteArray refuseOne = QJsonDocument(
            QJsonArray {QJsonObject {{"kind"_L1, "status"_L1}, {"status"_L1, 400},
                {"path"_L1, "/api/benchmark-results/"_L1}, {"body"_L1, "\"b-bad/bench-1\""_L1}}})
                                         .toJson();
        QVERIFY(m_server.setFaults(refuseOne));
        const ProgramRun once = bc({u"watch"_s, u"--once"_s, root()});
        QCOMPARE(once.exitCode, 1);
        QVERIFY2(once.err.contains("b-bad: run ") && once.err.contains("failed, 3 of 4 results sent"),
            once.err.constData());
        QVERIFY2(once.err.contains("HTTP 400"), once.err.constData());
        verifyExactlyOnce({{u"a-good"_s, 2}, {u"b-bad"_s, 3}, {u"c-good"_s, 2}});
        const ProgramRun status = bc({u"watch"_s, u"--status"_s, root()});
        QVERIFY2(
            status.out.contains("b-bad  failed") && status.out.contains("HTTP 400"), status.out.constData());
        const ProgramRun list = bc({u"outbox"_s, u"list"_s});
        QVERIFY2(list.out.contains("refused") || list.err.contains("refused"), list.out.constData());
        // Not sent again on the next start.
        const ProgramRun again = bc({u"watch"_s, u"--once"_s, root()});
        QCOMPARE(again.exitCode, 0);
        verifyExactlyOnce({{u"a-good"_s, 2}, {u"b-bad"_s, 3}, {u"c-good"_s, 2}});
    }

    // A folder with a file that cannot be read, or a bad run.json, is sent whole once it is put
    // right, never in part under a run that lacks the rest or has the wrong fields.
    void folderWithAProblemIsSentWholeOnceRight()
    {
        writeFolder(root(), u"p1"_s, 3);
        writeFile(root() + u"/p1/build.log"_s, "compiling... done\n"); // first in name order
        writeFolder(root(), u"p2"_s, 2);
        writeFile(root() + u"/p2/run.json"_s, R"({"reason": "nightly", "name": )");
        ProgramRun once = bc({u"watch"_s, u"--once"_s, root()});
        QCOMPARE(once.exitCode, 1);
        QVERIFY2(once.err.contains("p1: not sent, and tried again once its files change: ")
                && once.err.contains("build.log: not in a format"),
            once.err.constData());
        // Each file is judged on its own: the good ones are not blamed for build.log.
        QVERIFY2(!once.err.contains("result-000.json"), once.err.constData());
        QVERIFY2(
            once.err.contains("p2: not sent, and tried again once its files change: run.json: invalid JSON"),
            once.err.constData());
        QCOMPARE(m_server.results().size(), 0);
        QCOMPARE(m_server.runs().size(), 0);
        // Unchanged: not tried again.
        once = bc({u"watch"_s, u"--once"_s, root()});
        QCOMPARE(once.exitCode, 0);
        QCOMPARE(m_server.results().size(), 0);

        QVERIFY(QFile::remove(root() + u"/p1/build.log"_s));
        writeFile(root() + u"/p2/run.json"_s, R"({"reason": "nightly", "name": "night two"})");
        once = bc({u"watch"_s, u"--once"_s, root()});
        QVERIFY2(once.exitCode == 0, once.err.constData());
        QVERIFY2(once.err.contains(
                     "p1: its files changed since it failed (nothing of it was sent); it is tried again"),
            once.err.constData());
        verifyExactlyOnce({{u"p1"_s, 3}, {u"p2"_s, 2}});
        const QString runId = *held(m_server).runsByFolder.value(u"p2"_s).cbegin();
        QCOMPARE(m_server.runs().value(runId).toObject().value("reason"_L1).toString(), u"nightly"_s);
        const ProgramRun status = bc({u"watch"_s, u"--status"_s, root()});
        QVERIFY2(status.out.contains("p1  done") && status.out.contains("p2  done"), status.out.constData());
    }

    // A run.json with a key the server does not know (a current server would drop it: a misspelt
    // "reason" lost in silence), or with a commit that is not a full SHA (a commit Conbench does not
    // know), is a bad run.json: the folder is not sent, says why, and is tried again once it is
    // put right.
    void runFileWithUnknownKeyOrShortCommitIsNotSent()
    {
        m_server.stop();
        QVERIFY(m_server.start(u"current"_s));
        writeFolder(root(), u"k1"_s, 2);
        writeFile(root() + u"/k1/run.json"_s, R"({"reson": "nightly", "name": "night one"})");
        writeFolder(root(), u"k2"_s, 2);
        const auto runFile = [](const QString &sha) {
            return QJsonDocument(
                QJsonObject {{"reason"_L1, "nightly"_L1},
                    {"github"_L1,
                        QJsonObject {
                            {"repository"_L1, "https://github.com/example/project"_L1}, {"commit"_L1, sha}}}})
                .toJson();
        };
        writeFile(root() + u"/k2/run.json"_s, runFile(u"0123456"_s));
        writeFolder(root(), u"k3"_s, 1);
        ProgramRun once = bc({u"watch"_s, u"--once"_s, root()});
        QCOMPARE(once.exitCode, 1);
        QVERIFY2(
            once.err.contains("k1: not sent, and tried again once its files change: run.json: unknown key "
                              "\"reson\": a Conbench server would refuse the run or drop the key"),
            once.err.constData());
        QVERIFY2(
            once.err.contains("k2: not sent, and tried again once its files change: run.json: the commit "
                              "\"0123456\" is not a 40-character hexadecimal SHA"),
            once.err.constData());
        verifyExactlyOnce({{u"k3"_s, 1}}); // the good folder goes on

        writeFile(root() + u"/k1/run.json"_s, R"({"reason": "nightly", "name": "night one"})");
        writeFile(root() + u"/k2/run.json"_s, runFile(commit));
        once = bc({u"watch"_s, u"--once"_s, root()});
        QVERIFY2(once.exitCode == 0, once.err.constData());
        verifyExactlyOnce({{u"k1"_s, 2}, {u"k2"_s, 2}, {u"k3"_s, 1}});
        for (const QJsonValue &value : m_server.results()) {
            const QJsonObject result = value.toObject();
            if (result.value("tags"_L1).toObject().value("name"_L1).toString().startsWith(u"k1/"_s))
                QCOMPARE(result.value("run_reason"_L1).toString(), u"nightly"_s);
        }
    }

    // Results a server would refuse (a field no server knows; no github for a current server: no
    // CONBENCH_PROJECT_* and none in run.json) are found before anything is sent, as submit result
    // finds them: the folder fails with the
    // reason and what to do, nothing reaches the server, nothing is left in the outbox as refused;
    // once run.json gives the github, the folder is sent. The next folder is checked with the
    // server's rules from the start.
    void resultsTheServerWouldRefuseAreNotSent()
    {
        m_server.stop();
        QVERIFY(m_server.start(u"current"_s));
        QProcessEnvironment e = env();
        e.remove(u"CONBENCH_PROJECT_REPOSITORY"_s);
        e.remove(u"CONBENCH_PROJECT_COMMIT"_s);
        writeFolder(root(), u"g0"_s, 2, true, 1); // a field no server knows: found before the first run
        writeFolder(root(), u"g1"_s, 2);
        ProgramRun once = run(cliPath(), {u"watch"_s, u"--once"_s, root()}, e, {}, m_dir.path());
        QCOMPARE(once.exitCode, 1);
        QVERIFY2(once.err.contains("g0: not sent, and tried again once its files change: ")
                && once.err.contains("result-001.json: no_such_field: not a field the server knows"),
            once.err.constData());
        QVERIFY2(
            once.err.contains("g1: not sent, and tried again once its files change: 2 of its results would "
                              "be refused by the server, as the first: ")
                && once.err.contains("github: missing (required)")
                && once.err.contains("give it in the folder's run.json"),
            once.err.constData());
        QCOMPARE(m_server.results().size(), 0);
        const ProgramRun list = run(cliPath(), {u"outbox"_s, u"list"_s}, e, {}, m_dir.path());
        QVERIFY2(!list.out.contains("refused"), list.out.constData());

        writeFolder(root(), u"g2"_s, 1);
        writeFile(root() + u"/g1/run.json"_s,
            QJsonDocument(QJsonObject {{"github"_L1,
                              QJsonObject {{"repository"_L1, "https://github.com/example/project"_L1},
                                  {"commit"_L1, commit}}}})
                .toJson());
        once = run(cliPath(), {u"watch"_s, u"--once"_s, root()}, e, {}, m_dir.path());
        QCOMPARE(once.exitCode, 1); // g2 still has no github
        QVERIFY2(once.err.contains("g2: not sent, and tried again once its files change: ")
                && once.err.contains("github: missing (required)"),
            once.err.constData());
        verifyExactlyOnce({{u"g1"_s, 2}});
    }

    // A run.json that gives the run's id: watch's own id is used (the journal's, which a restart
    // continues), and that is said, with both ids, rather than done in silence.
    void runFileIdIsSaidNotToBeUsed()
    {
        writeFolder(root(), u"i1"_s, 2);
        writeFile(root() + u"/i1/run.json"_s, R"({"reason": "nightly", "id": "my-own-run-id"})");
        const ProgramRun once = bc({u"watch"_s, u"--once"_s, root()});
        QVERIFY2(once.exitCode == 0, once.err.constData());
        verifyExactlyOnce({{u"i1"_s, 2}});
        const QString runId = *held(m_server).runsByFolder.value(u"i1"_s).cbegin();
        QVERIFY(runId != u"my-own-run-id"_s);
        QVERIFY2(
            once.err.contains(u"i1: run.json: the run id \"my-own-run-id\" it gives is not used: watch gives "
                              "each folder's run an id of its own, kept in its journal so that a restart "
                              "continues the same run (this one is %1)"_s.arg(runId)
                                  .toUtf8()),
            once.err.constData());
    }

    // A folder renamed after it was sent holds the same files: it is not sent again as a new run.
    void renamedFolderIsNotSentAgain()
    {
        writeFolder(root(), u"night-2"_s, 3);
        ProgramRun once = bc({u"watch"_s, u"--once"_s, root()});
        QVERIFY2(once.exitCode == 0, once.err.constData());
        QVERIFY(QDir(root()).rename(u"night-2"_s, u"night-2-renamed"_s));
        once = bc({u"watch"_s, u"--once"_s, root()});
        QVERIFY2(once.exitCode == 0, once.err.constData());
        QVERIFY2(
            once.err.contains("night-2-renamed: it holds the same files as night-2"), once.err.constData());
        verifyExactlyOnce({{u"night-2"_s, 3}});
        const ProgramRun status = bc({u"watch"_s, u"--status"_s, root()});
        QVERIFY2(status.out.contains("night-2-renamed  done") && status.out.contains("not sent again"),
            status.out.constData());
    }

    void archive()
    {
        writeFolder(root(), u"n1"_s, 2);
        const QString archive = m_dir.filePath(u"sent"_s);
        const ProgramRun once = bc({u"watch"_s, u"--once"_s, u"--archive"_s, archive, root()});
        QVERIFY2(once.exitCode == 0, once.err.constData());
        QVERIFY(QFileInfo::exists(archive + u"/n1/result-000.json"_s));
        QVERIFY(!QFileInfo::exists(root() + u"/n1"_s));
        verifyExactlyOnce({{u"n1"_s, 2}});

        // A folder of that name in the archive already: it stays, and the notice says why.
        writeFolder(root(), u"n2"_s, 1);
        QVERIFY(QDir().mkpath(archive + u"/n2"_s));
        ProgramRun again = bc({u"watch"_s, u"--once"_s, u"--archive"_s, archive, root()});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(again.err.contains("n2: sent, but it could not be moved to")
                && again.err.contains("a folder of that name is there already"),
            again.err.constData());
        QVERIFY(QFileInfo::exists(root() + u"/n2/result-000.json"_s));

        // An archive on another file system (/dev/shm is a tmpfs): copied there, then removed here.
        struct stat here
        {
        }, shm {};
        if (::stat(QFile::encodeName(m_dir.path()).constData(), &here) != 0 || ::stat("/dev/shm", &shm) != 0
            || here.st_dev == shm.st_dev)
            QSKIP("no second file system to archive to");
        QTemporaryDir elsewhere(u"/dev/shm/benchconnect-archive-XXXXXX"_s);
        QVERIFY(elsewhere.isValid());
        writeFolder(root(), u"n3"_s, 2);
        QDir(root()).mkpath(u"n3/sub"_s);
        writeFile(root() + u"/n3/sub/notes.txt"_s, "rig 7\n");
        again = bc({u"watch"_s, u"--once"_s, u"--archive"_s, elsewhere.path(), root()});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(!again.err.contains("n3: sent, but it could not be moved"), again.err.constData());
        QVERIFY(QFileInfo::exists(elsewhere.path() + u"/n3/result-001.json"_s));
        QVERIFY(QFileInfo::exists(elsewhere.path() + u"/n3/.done"_s));
        QVERIFY(QFileInfo::exists(elsewhere.path() + u"/n3/sub/notes.txt"_s));
        QVERIFY(!QFileInfo::exists(root() + u"/n3"_s));
    }
};

QTEST_GUILESS_MAIN(TestWatch)
#include "tst_watch.moc"

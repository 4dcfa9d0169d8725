// The run workflow and the stateless subcommands, run as the real benchconnect binary against the
// project's Conbench-compatible test server, in both server generations.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

const QString commit = u"0123456789abcdef0123456789abcdef01234567"_s;
const QString password = u"s3cret-Pa55"_s;

QJsonObject readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject exampleByName(const QString &name, const QString &dataset = {})
{
    const QDir dir(examplesDir());
    for (const QString &file : dir.entryList({u"*.json"_s}, QDir::Files)) {
        const QJsonObject object = readJsonFile(dir.filePath(file));
        const QJsonObject tags = object.value("tags"_L1).toObject();
        if (tags.value("name"_L1).toString() == name
            && (dataset.isEmpty() || tags.value("dataset"_L1).toString() == dataset))
            return object;
    }
    return {};
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir; // working directory of the programs (holds the state file)
    TestServer m_server;

    QString statePath() const { return m_dir.filePath(u"benchconnect-state.json"_s); }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = m_server.environment();
        e.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"example/project"_s);
        e.insert(u"CONBENCH_PROJECT_COMMIT"_s, commit);
        e.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"20"_s);
        e.insert(u"BENCHCONNECT_OUTBOX"_s, m_dir.filePath(u"outbox"_s));
        return e;
    }

    ProgramRun bc(
        const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input = {})
    {
        return run(cliPath(), arguments, environment, input, m_dir.path());
    }
    ProgramRun bc(const QStringList &arguments) { return bc(arguments, env()); }

    // start run → submit result --path examples → finish run; returns the run id.
    QString runWorkflow(const QProcessEnvironment &environment, const QStringList &extra = {})
    {
        const ProgramRun start
            = bc(QStringList {u"start"_s, u"run"_s, u"--json"_s, u"{\"reason\": \"commit\"}"_s} + extra,
                environment);
        if (start.exitCode != 0) {
            qWarning("start run: %s", start.err.constData());
            return {};
        }
        const ProgramRun submit
            = bc(QStringList {u"submit"_s, u"result"_s, u"--path"_s, examplesDir()} + extra, environment);
        if (submit.exitCode != 0) {
            qWarning("submit result: %s", submit.err.constData());
            return {};
        }
        const ProgramRun finish = bc(QStringList {u"finish"_s, u"run"_s} + extra, environment);
        if (finish.exitCode != 0) {
            qWarning("finish run: %s", finish.err.constData());
            return {};
        }
        return start.outLines().value(0);
    }

    // Every example result is stored exactly once, under the run.
    void verifyStoredOnce(const QString &runId)
    {
        const QJsonArray results = m_server.results();
        QCOMPARE(results.size(), 4);
        QSet<QString> keys;
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            QCOMPARE(result.value("run_id"_L1).toString(), runId);
            keys.insert(QString::fromUtf8(
                QJsonDocument(result.value("tags"_L1).toObject()).toJson(QJsonDocument::Compact)));
        }
        QCOMPARE(keys.size(), 4);
    }

private slots:
    void init() { QFile::remove(statePath()); }

    void cleanup() { m_server.stop(); }

    void workflow2023StoresEverythingFieldByField()
    {
        QVERIFY(m_server.start(u"2023"_s));
        const ProgramRun start = bc({u"start"_s, u"run"_s, u"--json"_s,
            u"{\"reason\": \"commit\", \"info\": {\"runner\": \"lab-3\"}}"_s});
        QCOMPARE(start.exitCode, 0);
        const QString runId = start.outLines().value(0);
        QCOMPARE(runId.size(), 32);
        QVERIFY(QFile::exists(statePath()));
        QCOMPARE(QFile::permissions(statePath()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());

        const QJsonObject state = readJsonFile(statePath());
        QCOMPARE(state.value("run_id"_L1).toString(), runId);
        QCOMPARE(state.value("run_reason"_L1).toString(), u"commit"_s);
        QCOMPARE(state.value("run_name"_L1).toString(), u"commit: "_s + commit);
        QCOMPARE(state.value("machine_info"_L1).toObject().size(), 16);
        QVERIFY(!state.contains("cluster_info"_L1));

        const QJsonObject run = m_server.runs().value(runId).toObject();
        QCOMPARE(run.value("reason"_L1).toString(), u"commit"_s);
        QCOMPARE(run.value("name"_L1).toString(), u"commit: "_s + commit);
        QCOMPARE(run.value("info"_L1).toObject().value("runner"_L1).toString(), u"lab-3"_s);

        const ProgramRun submit = bc({u"submit"_s, u"result"_s, u"--path"_s, examplesDir()});
        QCOMPARE(submit.exitCode, 0);
        QVERIFY2(submit.err.contains("Results sent: 4, failed: 0"), submit.err.constData());
        verifyStoredOnce(runId);

        // Field by field, for one result.
        const QJsonObject example = exampleByName(u"sort"_s, u"int64-1M"_s);
        QJsonObject stored;
        for (const QJsonValue &value : m_server.results()) {
            if (value.toObject().value("tags"_L1) == example.value("tags"_L1))
                stored = value.toObject();
        }
        QVERIFY(!stored.isEmpty());
        QCOMPARE(stored.value("stats"_L1), example.value("stats"_L1));
        QCOMPARE(stored.value("context"_L1), example.value("context"_L1));
        QCOMPARE(stored.value("info"_L1).toObject(), QJsonObject());
        QCOMPARE(stored.value("run_reason"_L1).toString(), u"commit"_s);
        QCOMPARE(stored.value("run_name"_L1).toString(), u"commit: "_s + commit);
        QCOMPARE(stored.value("github"_L1).toObject(),
            (QJsonObject {
                {"repository"_L1, "https://github.com/example/project"_L1}, {"commit"_L1, commit}}));
        QCOMPARE(stored.value("machine_info"_L1), state.value("machine_info"_L1));
        QCOMPARE(stored.value("batch_id"_L1).toString().size(), 32);
        QVERIFY(QDateTime::fromString(stored.value("timestamp"_L1).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(!stored.contains("run_tags"_L1)); // a 2023 server refuses it

        const ProgramRun finish = bc({u"finish"_s, u"run"_s, u"--json"_s,
            u"{\"error_type\": \"timeout\", \"error_info\": {\"step\": \"join\"}}"_s});
        QCOMPARE(finish.exitCode, 0);
        QCOMPARE(finish.outLines().value(0), runId);
        QVERIFY(!QFile::exists(statePath()));
        const QJsonObject finished = m_server.runs().value(runId).toObject();
        QVERIFY(QDateTime::fromString(finished.value("finished_timestamp"_L1).toString(), Qt::ISODateWithMs)
                    .isValid());
        QCOMPARE(finished.value("error_type"_L1).toString(), u"timeout"_s);
        QCOMPARE(finished.value("error_info"_L1).toObject().value("step"_L1).toString(), u"join"_s);
    }

    void workflowCurrentKeepsRunsImplicitly()
    {
        QVERIFY(m_server.start(u"current"_s));
        const ProgramRun start = bc({u"start"_s, u"run"_s, u"--json"_s, u"{\"reason\": \"nightly\"}"_s});
        QCOMPARE(start.exitCode, 0);
        QCOMPARE(start.errLines().size(), 1);
        QVERIFY2(start.err.contains("keeps runs implicitly"), start.err.constData());
        QVERIFY(QFile::exists(statePath()));
        const QString runId = start.outLines().value(0);

        const ProgramRun submit = bc({u"submit"_s, u"result"_s, u"--path"_s, examplesDir()});
        QCOMPARE(submit.exitCode, 0);
        verifyStoredOnce(runId);
        for (const QJsonValue &value : m_server.results()) {
            QCOMPARE(value.toObject().value("run_reason"_L1).toString(), u"nightly"_s);
            QCOMPARE(value.toObject().value("github"_L1).toObject().value("commit"_L1).toString(), commit);
        }

        const ProgramRun finish = bc({u"finish"_s, u"run"_s});
        QCOMPARE(finish.exitCode, 0);
        QCOMPARE(finish.errLines().size(), 1);
        QVERIFY2(finish.err.contains("keeps runs implicitly"), finish.err.constData());
        QVERIFY(!QFile::exists(statePath()));
        QVERIFY(m_server.runs().contains(runId)); // created through its results
    }

    void stateFileLifeCycleErrors()
    {
        QVERIFY(m_server.start(u"2023"_s));
        const ProgramRun submit = bc({u"submit"_s, u"result"_s, u"--path"_s, examplesDir()});
        QCOMPARE(submit.exitCode, 7);
        QCOMPARE(submit.errLines().size(), 1);
        QVERIFY2(submit.err.contains("No run has been started here"), submit.err.constData());
        const ProgramRun finish = bc({u"finish"_s, u"run"_s});
        QCOMPARE(finish.exitCode, 7);
        QCOMPARE(finish.errLines().size(), 1);

        QCOMPARE(bc({u"start"_s, u"run"_s, u"--json"_s, u"{\"reason\": \"commit\"}"_s}).exitCode, 0);
        const ProgramRun again = bc({u"start"_s, u"run"_s, u"--json"_s, u"{\"reason\": \"commit\"}"_s});
        QCOMPARE(again.exitCode, 7);
        QCOMPARE(again.errLines().size(), 1);
        QVERIFY2(again.err.contains("finish run"), again.err.constData());
        QCOMPARE(m_server.runs().size(), 1);

        // A finish the server refuses keeps the state file.
        const ProgramRun badFinish
            = bc({u"finish"_s, u"run"_s, u"--json"_s, u"{\"error_info\": \"not an object\"}"_s});
        QCOMPARE(badFinish.exitCode, 5);
        QVERIFY(QFile::exists(statePath()));
        // Trying again as it is cannot succeed: the message says to correct it instead.
        QVERIFY2(badFinish.err.contains("correct what --json gives") && !badFinish.err.contains("try again"),
            badFinish.err.constData());
    }

    void startRunIsNotRecordedWhenTheServerRefuses()
    {
        QVERIFY(m_server.start(u"2023"_s));
        // cluster_info without its required fields: the server answers 400.
        const ProgramRun start = bc({u"start"_s, u"run"_s, u"--json"_s,
            u"{\"reason\": \"x\", \"cluster_info\": {\"name\": \"c\"}}"_s});
        QCOMPARE(start.exitCode, 5);
        QCOMPARE(start.errLines().size(), 1);
        QVERIFY2(start.err.contains("HTTP 400"), start.err.constData());
        QVERIFY(!QFile::exists(statePath()));
    }

    void conflictingFieldNamesKeyAndValues()
    {
        QVERIFY(m_server.start(u"2023"_s));
        QCOMPARE(bc({u"start"_s, u"run"_s, u"--json"_s, u"{\"reason\": \"commit\"}"_s}).exitCode, 0);
        const ProgramRun submit = bc({u"submit"_s, u"result"_s, u"--json"_s,
            u"{\"run_reason\": \"nightly\", \"stats\": {\"data\": [1], \"unit\": \"s\"}, \"tags\": {\"name\": \"a\"}}"_s});
        QCOMPARE(submit.exitCode, 7);
        QCOMPARE(submit.errLines().size(), 1);
        QVERIFY2(submit.err.contains(
                     "\"run_reason\" is \"nightly\" in the result but \"commit\" in the started run"),
            submit.err.constData());
        QCOMPARE(m_server.results().size(), 0);
    }

    void postResultSendsAsIsAndRefusesUnpublishable()
    {
        QVERIFY(m_server.start(u"current"_s));
        const ProgramRun augmented = bc({u"augment"_s, u"result"_s, u"--path"_s, examplesDir()});
        QCOMPARE(augmented.exitCode, 0);
        QByteArray withRun;
        for (const QString &line : augmented.outLines()) {
            QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
            object.insert("run_id"_L1, "run-posted"_L1);
            withRun += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
        }
        const ProgramRun post = bc({u"post"_s, u"result"_s}, env(), withRun);
        QCOMPARE(post.exitCode, 0);
        QCOMPARE(m_server.results().size(), 4);
        const QStringList lines = augmented.outLines();
        for (const QJsonValue &value : m_server.results()) {
            QJsonObject stored = value.toObject();
            stored.remove("id"_L1);
            bool found = false;
            for (const QString &line : lines) {
                QJsonObject sent = QJsonDocument::fromJson(line.toUtf8()).object();
                sent.insert("run_id"_L1, "run-posted"_L1);
                found = found || sent == stored;
            }
            QVERIFY2(found, "a stored result differs from what was posted");
        }

        m_server.reset();
        const ProgramRun bad = bc(
            {u"post"_s, u"result"_s, u"--json"_s, u"{\"run_id\": \"r\", \"tags\": {\"name\": \"x\"}}"_s});
        QCOMPARE(bad.exitCode, 3);
        QCOMPARE(bad.errLines().size(), 1);
        QVERIFY2(bad.err.contains("nothing was sent"), bad.err.constData());
        QCOMPARE(m_server.state().value("requests"_L1).toArray().size(), 0);
    }

    void serverRefusalIsShown()
    {
        QVERIFY(m_server.start(u"2023"_s));
        // 2023 servers do not know run_tags. Current ones do (with github), so the check before
        // sending, which without a generation counts what both refuse, lets it through.
        const ProgramRun post = bc({u"post"_s, u"result"_s, u"--json"_s,
            u"{\"run_id\": \"r\", \"batch_id\": \"b\", \"timestamp\": \"2026-01-01T00:00:00+00:00\", "
            u"\"github\": {\"repository\": \"https://github.com/o/r\", \"commit\": \"abc\"}, "
            u"\"tags\": {\"name\": \"x\"}, \"context\": {}, \"stats\": {\"data\": [1], \"unit\": \"s\"}, "
            u"\"cluster_info\": {\"name\": \"c\", \"info\": {}, \"optional_info\": {}}, "
            u"\"run_tags\": {\"a\": \"b\"}}"_s});
        QCOMPARE(post.exitCode, 5);
        QVERIFY2(post.err.contains("HTTP 400") && post.err.contains("run_tags"), post.err.constData());
        QCOMPARE(post.errLines().filter(u"error:"_s).size(), 1);
        QCOMPARE(m_server.results().size(), 0);
    }

    void postRunAndPutRun()
    {
        QVERIFY(m_server.start(u"2023"_s));
        const ProgramRun post = bc({u"post"_s, u"run"_s, u"--json"_s,
            u"{\"id\": \"run-1\", \"reason\": \"manual\", \"cluster_info\": {\"name\": \"c\", \"info\": {}, \"optional_info\": {}}}"_s});
        QCOMPARE(post.exitCode, 0);
        QCOMPARE(m_server.runs().value("run-1"_L1).toObject().value("reason"_L1).toString(), u"manual"_s);
        const ProgramRun put = bc({u"put"_s, u"run"_s, u"--json"_s,
            u"{\"id\": \"run-1\", \"finished_timestamp\": \"2026-01-01T12:00:00+00:00\", \"error_type\": \"crash\"}"_s});
        QCOMPARE(put.exitCode, 0);
        const QJsonObject run = m_server.runs().value("run-1"_L1).toObject();
        QCOMPARE(run.value("error_type"_L1).toString(), u"crash"_s);
        QVERIFY(run.value("finished_timestamp"_L1).toString().startsWith(u"2026-01-01T12:00:00"_s));
        const QJsonArray requests = m_server.state().value("requests"_L1).toArray();
        QCOMPARE(requests.last().toObject().value("path"_L1).toString(), u"/api/runs/run-1/"_s);

        const ProgramRun noId = bc({u"put"_s, u"run"_s, u"--json"_s, u"{\"error_type\": \"crash\"}"_s});
        QCOMPARE(noId.exitCode, 3);
        const ProgramRun numericId
            = bc({u"put"_s, u"run"_s, u"--json"_s, u"{\"id\": 123, \"error_type\": \"crash\"}"_s});
        QCOMPARE(numericId.exitCode, 3);
        QVERIFY2(numericId.err.contains("the run's \"id\" is not a string"), numericId.err.constData());

        m_server.stop();
        QVERIFY(m_server.start(u"current"_s));
        const ProgramRun implicitRun = bc({u"post"_s, u"run"_s, u"--json"_s, u"{\"id\": \"run-2\"}"_s});
        QCOMPARE(implicitRun.exitCode, 0);
        QVERIFY(implicitRun.err.contains("keeps runs implicitly"));
        const ProgramRun implicitPut
            = bc({u"put"_s, u"run"_s, u"--json"_s, u"{\"id\": \"run-2\", \"error_type\": \"x\"}"_s});
        QCOMPARE(implicitPut.exitCode, 0);
        QVERIFY(implicitPut.err.contains("Nothing to update"));
    }

    void faultsStillStoreEachResultOnce_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QByteArray>("rules");
        QTest::newRow("dropped connection")
            << u"2023"_s
            << QByteArray(R"([{"kind": "drop", "path": "/api/benchmark-results/", "count": 2}])");
        QTest::newRow("lost response")
            << u"current"_s
            << QByteArray(R"([{"kind": "lose-response", "path": "/api/benchmark-results/", "count": 2}])");
        QTest::newRow("lost response creating the run")
            << u"2023"_s
            << QByteArray(
                   R"([{"kind": "lose-response", "path": "/api/runs/", "method": "POST", "count": 1}])");
        QTest::newRow("503 with Retry-After")
            << u"2023"_s
            << QByteArray(R"([{"kind": "status", "status": 503, "retry_after": 1, "count": 3}])");
        QTest::newRow("500 and 502")
            << u"current"_s
            << QByteArray(
                   R"([{"kind": "status", "status": 500, "count": 2}, {"kind": "status", "status": 502, "count": 2}])");
        QTest::newRow("429") << u"current"_s
                             << QByteArray(
                                    R"([{"kind": "status", "status": 429, "retry_after": 0, "count": 2}])");
        QTest::newRow("slow past the time-out")
            << u"2023"_s
            << QByteArray(
                   R"([{"kind": "slow", "delay_ms": 3000, "path": "/api/benchmark-results/", "count": 1}])");
    }

    void faultsStillStoreEachResultOnce()
    {
        QFETCH(QString, mode);
        QFETCH(QByteArray, rules);
        QVERIFY(m_server.start(mode));
        QVERIFY(m_server.setFaults(rules));
        const QString runId = runWorkflow(env(), {u"--timeout"_s, u"1"_s});
        QVERIFY(!runId.isEmpty());
        verifyStoredOnce(runId);
        QVERIFY(!QFile::exists(statePath()));
        if (mode == u"2023"_s)
            QVERIFY(
                !m_server.runs().value(runId).toObject().value("finished_timestamp"_L1).toString().isEmpty());
    }

    void expiredSessionLogsInAgain()
    {
        QVERIFY(m_server.start(u"2023"_s, {u"--private"_s}));
        QProcessEnvironment e = env();
        e.insert(u"CONBENCH_EMAIL"_s, u"user@example.com"_s);
        e.insert(u"CONBENCH_PASSWORD"_s, password);
        QVERIFY(m_server.setFaults(
            R"([{"kind": "expire-session", "path": "/api/benchmark-results/", "count": 1}])"));
        const QString runId = runWorkflow(e);
        QVERIFY(!runId.isEmpty());
        verifyStoredOnce(runId);
        QVERIFY(m_server.state().value("logins"_L1).toInt() >= 4); // one per process, one more after expiry
    }

    void serverGonePastTheDeadline()
    {
        QVERIFY(m_server.start(u"2023"_s));
        const QProcessEnvironment e = env();
        m_server.stop(); // nothing listens there any more
        QFile state(statePath());
        QVERIFY(state.open(QIODevice::WriteOnly));
        state.write(R"({"run_id": "r1", "run_reason": "commit"})");
        state.close();
        QElapsedTimer clock;
        clock.start();
        const ProgramRun submit
            = bc({u"submit"_s, u"result"_s, u"--path"_s, examplesDir(), u"--retry-deadline"_s, u"2"_s}, e);
        QCOMPARE(submit.exitCode, 6);
        QVERIFY(clock.elapsed() < 30000);
        QCOMPARE(submit.errLines().filter(u"error:"_s).size(), 1);
        QVERIFY2(submit.err.contains("no usable answer from") && submit.err.contains("Connection refused"),
            submit.err.constData());
        QVERIFY(QFile::exists(statePath()));
    }

    void configurationErrors_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("email");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("url ending in /api")
            << u"http://127.0.0.1:9/api/"_s << QString() << 4 << u"ends with /api"_s;
        QTest::newRow("url without scheme")
            << u"conbench.example.org"_s << QString() << 4 << u"is not an http:// or https:// address"_s;
        QTest::newRow("no url") << QString() << QString() << 4 << u"CONBENCH_URL is not set"_s;
        QTest::newRow("email without password") << u"http://127.0.0.1:9"_s << u"user@example.com"_s << 4
                                                << u"CONBENCH_EMAIL is set but CONBENCH_PASSWORD is not"_s;
    }

    void configurationErrors()
    {
        QFETCH(QString, url);
        QFETCH(QString, email);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QProcessEnvironment e = cleanEnvironment();
        if (!url.isEmpty())
            e.insert(u"CONBENCH_URL"_s, url);
        if (!email.isEmpty())
            e.insert(u"CONBENCH_EMAIL"_s, email);
        const ProgramRun r = bc({u"post"_s, u"result"_s, u"--json"_s, u"{}"_s}, e);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }

    void wrongCredentialsAreRefusedWithoutShowingThePassword()
    {
        QVERIFY(m_server.start(u"current"_s, {u"--private"_s}));
        QProcessEnvironment e = env();
        e.insert(u"CONBENCH_EMAIL"_s, u"user@example.com"_s);
        const QString wrong = u"not-the-Pa55word"_s;
        e.insert(u"CONBENCH_PASSWORD"_s, wrong);
        QFile state(statePath());
        QVERIFY(state.open(QIODevice::WriteOnly));
        state.write(R"({"run_id": "r1", "run_reason": "commit"})");
        state.close();
        const ProgramRun r = bc({u"submit"_s, u"result"_s, u"--path"_s, examplesDir(), u"--verbose"_s}, e);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("refused the credentials of user@example.com"), r.err.constData());
        QCOMPARE(r.errLines().filter(u"error:"_s).size(), 1);
        QVERIFY(!r.err.contains(wrong.toUtf8()));
        QVERIFY(!r.out.contains(wrong.toUtf8()));
        QCOMPARE(m_server.state().value("failed_logins"_L1).toInt(), 1); // final: no retry
        QCOMPARE(m_server.results().size(), 0);
    }

    void passwordAppearsNowhereAtAnyVerbosity()
    {
        QVERIFY(m_server.start(u"2023"_s, {u"--private"_s}));
        QProcessEnvironment e = env();
        e.insert(u"CONBENCH_EMAIL"_s, u"user@example.com"_s);
        e.insert(u"CONBENCH_PASSWORD"_s, password);
        QByteArray everything;
        for (const QStringList &args :
            {QStringList {u"start"_s, u"run"_s, u"--json"_s, u"{\"reason\": \"commit\"}"_s},
                QStringList {u"submit"_s, u"result"_s, u"--path"_s, examplesDir()},
                QStringList {u"finish"_s, u"run"_s}}) {
            const ProgramRun r = bc(args + QStringList {u"--verbose"_s}, e);
            QCOMPARE(r.exitCode, 0);
            everything += r.out + r.err;
            if (QFile::exists(statePath())) {
                QFile state(statePath());
                QVERIFY(state.open(QIODevice::ReadOnly));
                everything += state.readAll();
            }
        }
        QVERIFY(everything.contains("logging in as"));
        QVERIFY(!everything.contains(password.toUtf8()));
        QCOMPARE(m_server.results().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"

// What people paste first: the minimal run workflow of the Python tool's documentation, and the
// group helps that documentation lists as the manual. Runs the real programs against the test
// server.
#include "dispatcher.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

const QString commit = u"89abcdef0123456789abcdef0123456789abcdef"_s;

// Copies the example results into DIR/my-results, as the documentation names the folder.
bool copyExamples(const QString &directory)
{
    const QDir examples(examplesDir());
    if (!QDir().mkpath(directory + u"/my-results"_s))
        return false;
    for (const QString &name : examples.entryList({u"*.json"_s}, QDir::Files)) {
        if (!QFile::copy(examples.filePath(name), directory + u"/my-results/"_s + name))
            return false;
    }
    return true;
}

} // namespace

class TestQuickstart : public QObject
{
    Q_OBJECT

private slots:
    void documentedWorkflow_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("2023 generation") << u"2023"_s;
        QTest::newRow("current generation") << u"current"_s;
    }

    // benchconnect start run '{"run_reason": "test"}'
    // benchconnect submit result --path my-results/
    // benchconnect finish run
    void documentedWorkflow()
    {
        QFETCH(QString, mode);
        TestServer server;
        QVERIFY(server.start(mode));
        QTemporaryDir dir;
        QVERIFY(copyExamples(dir.path()));
        const int exampleCount = int(QDir(dir.filePath(u"my-results"_s)).entryList({u"*.json"_s}).size());
        QVERIFY(exampleCount > 0);
        QProcessEnvironment env = server.environment();
        env.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"example/project"_s);
        env.insert(u"CONBENCH_PROJECT_COMMIT"_s, commit);
        env.insert(u"BENCHCONNECT_OUTBOX"_s, dir.filePath(u"outbox"_s));
        env.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"20"_s);

        const ProgramRun start
            = run(cliPath(), {u"start"_s, u"run"_s, u"{\"run_reason\": \"test\"}"_s}, env, {}, dir.path());
        QVERIFY2(start.exitCode == 0, start.err.constData());
        QVERIFY2(!start.err.contains("no \"reason\""), start.err.constData());
        const QString runId = start.outLines().value(0);
        QCOMPARE(runId.size(), 32);

        const ProgramRun submit
            = run(cliPath(), {u"submit"_s, u"result"_s, u"--path"_s, u"my-results/"_s}, env, {}, dir.path());
        QVERIFY2(submit.exitCode == 0, submit.err.constData());

        const ProgramRun finish = run(cliPath(), {u"finish"_s, u"run"_s}, env, {}, dir.path());
        QVERIFY2(finish.exitCode == 0, finish.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(u"benchconnect-state.json"_s)));

        // What the server holds: every result once, in the run, with the run's reason.
        const QJsonArray results = server.results();
        QCOMPARE(results.size(), exampleCount);
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            QCOMPARE(result.value("run_id"_L1).toString(), runId);
            QCOMPARE(result.value("run_reason"_L1).toString(), u"test"_s);
            QCOMPARE(result.value("run_name"_L1).toString(), u"test: "_s + commit);
        }
        if (mode == u"2023"_s) {
            const QJsonObject storedRun = server.runs().value(runId).toObject();
            QCOMPARE(storedRun.value("reason"_L1).toString(), u"test"_s);
            QCOMPARE(storedRun.value("name"_L1).toString(), u"test: "_s + commit);
            QVERIFY(!storedRun.contains("run_reason"_L1));
            QVERIFY(!storedRun.value("finished_timestamp"_L1).toString().isEmpty());
        }
    }

    void runReasonIsNotedWithVerbose()
    {
        const ProgramRun plain
            = run(cliPath(), {u"augment"_s, u"run"_s, u"{\"run_reason\": \"test\"}"_s}, cleanEnvironment());
        QCOMPARE(plain.exitCode, 0);
        const QJsonObject run = QJsonDocument::fromJson(plain.out).object();
        QCOMPARE(run.value("reason"_L1).toString(), u"test"_s);
        QVERIFY(!run.contains("run_reason"_L1));
        QVERIFY2(!plain.err.contains("run_reason"), plain.err.constData());

        const ProgramRun verbose = TestSupport::run(cliPath(),
            {u"augment"_s, u"run"_s, u"--verbose"_s, u"{\"run_reason\": \"test\", \"run_name\": \"mine\"}"_s},
            cleanEnvironment());
        QCOMPARE(verbose.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(verbose.out).object().value("name"_L1).toString(), u"mine"_s);
        QVERIFY2(
            verbose.err.contains("\"run_reason\" is taken as the run's \"reason\""), verbose.err.constData());
        QVERIFY2(
            verbose.err.contains("\"run_name\" is taken as the run's \"name\""), verbose.err.constData());
    }

    void bothSpellingsWithDifferentValuesAreAnError()
    {
        TestServer server;
        QVERIFY(server.start(u"2023"_s));
        QTemporaryDir dir;
        const ProgramRun start = run(cliPath(),
            {u"start"_s, u"run"_s, u"--json"_s, u"{\"run_reason\": \"test\", \"reason\": \"nightly\"}"_s},
            server.environment(), {}, dir.path());
        QCOMPARE(start.exitCode, 3);
        QVERIFY2(
            start.err.contains("\"run_reason\" (\"test\")") && start.err.contains("\"reason\" (\"nightly\")"),
            start.err.constData());
        QVERIFY(server.runs().isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(u"benchconnect-state.json"_s)));

        // The same value under both names is no contradiction.
        const ProgramRun same
            = run(cliPath(), {u"augment"_s, u"run"_s, u"{\"run_reason\": \"test\", \"reason\": \"test\"}"_s},
                cleanEnvironment());
        QCOMPARE(same.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(same.out).object().value("reason"_L1).toString(), u"test"_s);
    }

    // post run sends exactly what it is given; the server's refusal says which name it expects.
    void postRunNamesTheExpectedField()
    {
        TestServer server;
        QVERIFY(server.start(u"2023"_s));
        const ProgramRun post = run(cliPath(),
            {u"post"_s, u"run"_s, u"--json"_s,
                u"{\"id\": \"0123456789abcdef0123456789abcdef\", \"run_reason\": \"test\"}"_s},
            server.environment());
        QCOMPARE(post.exitCode, 5);
        QVERIFY2(post.err.contains("run_reason: Unknown field"), post.err.constData());
        QVERIFY2(post.err.contains("A run's field is \"reason\""), post.err.constData());
    }

    void groupHelps_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("group");
        const Dispatcher dispatcher;
        for (const QString &group : dispatcher.groupNames()) {
            if (dispatcher.command(group))
                continue; // a subcommand of one word ("watch") has its own help, not a group's
            QTest::newRow(qPrintable(u"benchconnect "_s + group)) << cliPath() << group;
            QTest::newRow(qPrintable(u"benchconnect-gui "_s + group)) << guiPath() << group;
        }
    }

    // "benchconnect augment --help" teaches the group: every subcommand of the registry with its
    // summary, and how to get each one's help.
    void groupHelps()
    {
        QFETCH(QString, program);
        QFETCH(QString, group);
        if (!QFile::exists(program))
            QSKIP("the window program is not built");
        const Dispatcher dispatcher;
        const ProgramRun help = run(program, {group, u"--help"_s}, cleanEnvironment());
        QCOMPARE(help.exitCode, 0);
        const QString text = QString::fromUtf8(help.out);
        QVERIFY2(text.startsWith(u"Usage: benchconnect %1 SUBCOMMAND"_s.arg(group)), help.out.constData());
        int listed = 0;
        for (const QString &name : dispatcher.commandNames()) {
            if (name.section(u' ', 0, 0) != group)
                continue;
            const QString summary = dispatcher.command(name)->summary();
            QVERIFY2(text.contains(QRegularExpression(u"\n  "_s + QRegularExpression::escape(name) + u" +"_s
                         + QRegularExpression::escape(summary) + u'\n')),
                qPrintable(name + u" is not listed with its summary in:\n"_s + text));
            ++listed;
        }
        QVERIFY(listed > 0);
        QVERIFY2(text.contains(u"benchconnect %1 SUBCOMMAND --help"_s.arg(group)), help.out.constData());

        // The same help, as an error, when the subcommand is missing.
        const ProgramRun bare = run(program, {group}, cleanEnvironment());
        QCOMPARE(bare.exitCode, 2);
        QCOMPARE(QString::fromUtf8(bare.err), text);
        // "help GROUP" is the same as "GROUP --help".
        const ProgramRun viaHelp = run(program, {u"help"_s, group}, cleanEnvironment());
        QCOMPARE(viaHelp.exitCode, 0);
        QCOMPARE(QString::fromUtf8(viaHelp.out), text);
    }
};

QTEST_GUILESS_MAIN(TestQuickstart)
#include "tst_quickstart.moc"

// The real benchconnect inside a git checkout and a CI environment: where `github` comes from.
#include "testsupport.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

const QString ciSha = u"0123456789abcdef0123456789abcdef01234567"_s;
const QString explicitSha = u"89abcdef0123456789abcdef0123456789abcdef"_s;
const QString result = uR"({"tags": {"name": "sort"}, "stats": {"data": [1.5], "unit": "s"}})"_s;

} // namespace

class TestCiDetectionCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_checkout;
    QTemporaryDir m_home;
    QString m_head;

    QString git(const QStringList &arguments)
    {
        QProcessEnvironment env;
        env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
        for (const QString &role : {u"AUTHOR"_s, u"COMMITTER"_s}) {
            env.insert(u"GIT_%1_NAME"_s.arg(role), u"Bench Mark"_s);
            env.insert(u"GIT_%1_EMAIL"_s.arg(role), u"bench@example.org"_s);
        }
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_checkout.path());
        process.start(u"git"_s, arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            qWarning(
                "git %s: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    // What a user's shell has: no project variables, detection on, HOME without git settings.
    QProcessEnvironment userEnvironment() const
    {
        QProcessEnvironment env = cleanEnvironment();
        env.remove(u"BENCHCONNECT_PROJECT_DETECTION"_s);
        const QStringList keys = env.keys();
        for (const QString &key : keys) {
            for (const char *prefix : {"GITHUB_", "GITLAB_", "CI_", "BUILDKITE", "JENKINS_", "GIT_",
                     "CHANGE_", "CIRCLE", "TF_BUILD", "BUILD_", "SYSTEM_"}) {
                if (key.startsWith(QLatin1String(prefix)))
                    env.remove(key);
            }
        }
        env.insert(u"HOME"_s, m_home.path());
        return env;
    }

    static QProcessEnvironment gitHubActions(QProcessEnvironment env)
    {
        env.insert(u"CI"_s, u"true"_s);
        env.insert(u"GITHUB_ACTIONS"_s, u"true"_s);
        env.insert(u"GITHUB_REPOSITORY"_s, u"org/repo"_s);
        env.insert(u"GITHUB_SERVER_URL"_s, u"https://github.com"_s);
        env.insert(u"GITHUB_SHA"_s, ciSha);
        env.insert(u"GITHUB_REF"_s, u"refs/pull/17/merge"_s);
        env.insert(u"GITHUB_HEAD_REF"_s, u"feature"_s);
        return env;
    }

    static QJsonObject githubOf(const ProgramRun &run)
    {
        return QJsonDocument::fromJson(run.outLines().value(0).toUtf8())
            .object()
            .value("github"_L1)
            .toObject();
    }

    ProgramRun augment(const QProcessEnvironment &env, const QStringList &extra = {}, const QString &dir = {})
    {
        return run(cliPath(), QStringList {u"augment"_s, u"result"_s, u"--json"_s, result} + extra, env, {},
            dir.isEmpty() ? m_checkout.path() : dir);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_checkout.isValid());
        git({u"init"_s, u"-q"_s, u"-b"_s, u"main"_s});
        QFile file(m_checkout.filePath(u"bench.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("first\n");
        file.close();
        git({u"add"_s, u"bench.txt"_s});
        git({u"commit"_s, u"-q"_s, u"-m"_s, u"first"_s});
        git({u"remote"_s, u"add"_s, u"origin"_s, u"git@github.com:org/repo.git"_s});
        m_head = git({u"rev-parse"_s, u"HEAD"_s});
        QCOMPARE(m_head.size(), 40);
    }

    void gitHubActionsInACheckout()
    {
        const ProgramRun run = augment(gitHubActions(userEnvironment()), {u"--verbose"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject github = githubOf(run);
        QCOMPARE(github.value("repository"_L1).toString(), u"https://github.com/org/repo"_s);
        QCOMPARE(github.value("commit"_L1).toString(), ciSha);
        QCOMPARE(github.value("pr_number"_L1).toInt(), 17);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(
                     u"github.repository is https://github.com/org/repo, from GITHUB_REPOSITORY of GitHub "
                     u"Actions."_s),
            qPrintable(err));
        QVERIFY2(err.contains(u"github.commit is %1, from GITHUB_SHA of GitHub Actions."_s.arg(ciSha)),
            qPrintable(err));
        QVERIFY2(
            err.contains(u"github.pr_number is 17, from GITHUB_REF of GitHub Actions."_s), qPrintable(err));
    }

    void explicitCommitWins()
    {
        QProcessEnvironment env = gitHubActions(userEnvironment());
        env.insert(u"CONBENCH_PROJECT_COMMIT"_s, explicitSha);
        const ProgramRun run = augment(env, {u"--verbose"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject github = githubOf(run);
        QCOMPARE(github.value("repository"_L1).toString(), u"https://github.com/org/repo"_s);
        QCOMPARE(github.value("commit"_L1).toString(), explicitSha);
        QVERIFY2(run.err.contains("from CONBENCH_PROJECT_COMMIT."), run.err.constData());

        // Without --verbose nothing is said about where the values came from.
        const ProgramRun quiet = augment(env);
        QCOMPARE(quiet.exitCode, 0);
        QCOMPARE(githubOf(quiet).value("commit"_L1).toString(), explicitSha);
        QVERIFY2(quiet.err.isEmpty(), quiet.err.constData());
    }

    void checkoutWithoutCi()
    {
        const ProgramRun run = augment(userEnvironment(), {u"--verbose"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject github = githubOf(run);
        QCOMPARE(github.value("repository"_L1).toString(), u"https://github.com/org/repo"_s);
        QCOMPARE(github.value("commit"_L1).toString(), m_head);
        QVERIFY(!github.contains("pr_number"_L1));
        QVERIFY2(run.err.contains("No CI system was recognised"), run.err.constData());
        QVERIFY2(run.err.contains("origin remote"), run.err.constData());
    }

    void dirtyCheckoutIsReported()
    {
        QFile file(m_checkout.filePath(u"bench.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("changed\n");
        file.close();
        const ProgramRun run = augment(userEnvironment());
        git({u"checkout"_s, u"-q"_s, u"--"_s, u"bench.txt"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(githubOf(run).value("commit"_L1).toString(), m_head);
        QVERIFY2(run.err.contains("uncommitted changes to tracked files"), run.err.constData());
    }

    void outsideACheckout()
    {
        QTemporaryDir elsewhere;
        const ProgramRun run = augment(userEnvironment(), {u"--verbose"_s}, elsewhere.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!QJsonDocument::fromJson(run.outLines().value(0).toUtf8()).object().contains("github"_L1));
        QVERIFY2(run.err.contains("is not in a git checkout"), run.err.constData());
    }

    void detectionOff()
    {
        QProcessEnvironment env = gitHubActions(userEnvironment());
        env.insert(u"BENCHCONNECT_PROJECT_DETECTION"_s, u"off"_s);
        const ProgramRun run = augment(env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(run.outLines().value(0).toUtf8()).object().contains("github"_L1));
    }

    // The server holds each result once, with the github object the CI gave.
    void submitResultInCi()
    {
        TestServer server;
        QVERIFY(server.start(u"current"_s));
        QProcessEnvironment env = gitHubActions(userEnvironment());
        env.insert(u"CONBENCH_URL"_s, server.url());
        const ProgramRun start
            = run(cliPath(), {u"start"_s, u"run"_s, u"--json"_s, u"{\"reason\": \"pull-request\"}"_s}, env,
                {}, m_checkout.path());
        QVERIFY2(start.exitCode == 0, start.err.constData());
        const ProgramRun submit
            = run(cliPath(), {u"submit"_s, u"result"_s, u"--json"_s, result}, env, {}, m_checkout.path());
        QVERIFY2(submit.exitCode == 0, submit.err.constData());
        const QJsonArray results = server.results();
        QCOMPARE(results.size(), 1);
        const QJsonObject github = results.at(0).toObject().value("github"_L1).toObject();
        QCOMPARE(github.value("repository"_L1).toString(), u"https://github.com/org/repo"_s);
        QCOMPARE(github.value("commit"_L1).toString(), ciSha);
        QCOMPARE(github.value("pr_number"_L1).toInt(), 17);
        const ProgramRun finish = run(cliPath(), {u"finish"_s, u"run"_s}, env, {}, m_checkout.path());
        QVERIFY2(finish.exitCode == 0, finish.err.constData());
        QCOMPARE(server.results().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCiDetectionCli)
#include "tst_cidetection_cli.moc"

// The benchmarked project read from each CI system's variables and from real git checkouts made
// here, and the precedence of the CONBENCH_PROJECT_* variables over both.
#include "cienvironment.h"
#include "gitcheckout.h"
#include "projectenvironment.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString shaA = u"0123456789abcdef0123456789abcdef01234567"_s;
const QString shaB = u"89abcdef0123456789abcdef0123456789abcdef"_s;

QProcessEnvironment environmentOf(const QStringList &assignments)
{
    QProcessEnvironment env;
    for (const QString &assignment : assignments)
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    return env;
}

QString compact(const QJsonObject &object)
{
    return object.isEmpty() ? QString()
                            : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ProjectEnvironment ciOnly(const QProcessEnvironment &env)
{
    ProjectEnvironment::Detection detection;
    detection.git = false;
    return ProjectEnvironment::fromEnvironment(env, detection);
}

// A git repository made for one test, with its own HOME so that no setting of the machine's user
// changes what git does.
class GitRepository
{
public:
    GitRepository()
    {
        m_env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
        m_env.insert(u"HOME"_s, m_home.path());
        m_env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
        m_env.insert(u"LC_ALL"_s, u"C"_s);
        for (const char *role : {"AUTHOR", "COMMITTER"}) {
            m_env.insert(u"GIT_%1_NAME"_s.arg(QLatin1String(role)), u"Bench Mark"_s);
            m_env.insert(u"GIT_%1_EMAIL"_s.arg(QLatin1String(role)), u"bench@example.org"_s);
        }
    }
    QString path() const { return m_dir.path(); }
    // The environment benchconnect would have: PATH and HOME.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env;
        env.insert(u"PATH"_s, m_env.value(u"PATH"_s));
        env.insert(u"HOME"_s, m_home.path());
        return env;
    }
    QString git(const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.setWorkingDirectory(m_dir.path());
        process.start(u"git"_s, arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            qWarning("git %s failed: %s", qPrintable(arguments.join(u' ')),
                process.readAllStandardError().constData());
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }
    // A repository on branch main with one commit; returns the commit.
    QString initWithCommit(const QString &origin = {})
    {
        git({u"init"_s, u"-q"_s, u"-b"_s, u"main"_s});
        write(u"bench.txt"_s, "first\n");
        git({u"add"_s, u"bench.txt"_s});
        git({u"commit"_s, u"-q"_s, u"-m"_s, u"first"_s});
        if (!origin.isEmpty())
            git({u"remote"_s, u"add"_s, u"origin"_s, origin});
        return git({u"rev-parse"_s, u"HEAD"_s});
    }
    bool write(const QString &name, const QByteArray &content) const
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

ProjectEnvironment fromCheckout(const GitRepository &repo, const QProcessEnvironment &extra = {})
{
    QProcessEnvironment env = repo.environment();
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    ProjectEnvironment::Detection detection;
    detection.workingDirectory = repo.path();
    return ProjectEnvironment::fromEnvironment(env, detection);
}

} // namespace

class TestCiDetection : public QObject
{
    Q_OBJECT

private slots:
    void ciSystems_data()
    {
        QTest::addColumn<QStringList>("assignments");
        QTest::addColumn<QString>("github"); // compact JSON or empty
        QTest::addColumn<QString>("note"); // part of one note, or empty

        const QString repoUrl = u"https://github.com/org/repo"_s;
        const auto github = [&](const QString &commit, int pr = 0, const QString &branch = {}) {
            QJsonObject object {{u"repository"_s, repoUrl}, {u"commit"_s, commit}};
            if (pr > 0)
                object.insert(u"pr_number"_s, pr);
            if (!branch.isEmpty())
                object.insert(u"branch"_s, branch);
            return compact(object);
        };

        QTest::newRow("no CI") << QStringList {u"CI=true"_s} << QString() << u"No CI system"_s;

        // GitHub Actions: GITHUB_ACTIONS, GITHUB_REPOSITORY (org/repo), GITHUB_SHA, GITHUB_REF.
        QTest::newRow("GitHub Actions push to main")
            << QStringList {u"GITHUB_ACTIONS=true"_s, u"GITHUB_REPOSITORY=org/repo"_s,
                   u"GITHUB_SERVER_URL=https://github.com"_s, u"GITHUB_SHA="_s + shaA,
                   u"GITHUB_REF=refs/heads/main"_s, u"GITHUB_HEAD_REF="_s}
            << github(shaA) << u"github.commit is %1, from GITHUB_SHA of GitHub Actions"_s.arg(shaA);
        QTest::newRow("GitHub Actions pull request, no event file") << QStringList {u"GITHUB_ACTIONS=true"_s,
            u"GITHUB_REPOSITORY=org/repo"_s, u"GITHUB_SHA="_s + shaA, u"GITHUB_REF=refs/pull/17/merge"_s,
            u"GITHUB_HEAD_REF=feature"_s} << github(shaA, 17) << u"github.pr_number is 17, from GITHUB_REF"_s;
        QTest::newRow("GitHub Enterprise Server") << QStringList {u"GITHUB_ACTIONS=true"_s,
            u"GITHUB_REPOSITORY=org/repo"_s, u"GITHUB_SERVER_URL=https://ghe.example.com"_s,
            u"GITHUB_SHA="_s + shaA} << QString() << u"https://ghe.example.com/org/repo"_s;

        // GitLab CI: a GitLab project is not a GitHub repository.
        QTest::newRow("GitLab project")
            << QStringList {u"GITLAB_CI=true"_s, u"CI_PROJECT_URL=https://gitlab.com/group/project"_s,
                   u"CI_COMMIT_SHA="_s + shaA, u"CI_COMMIT_REF_NAME=main"_s, u"CI_MERGE_REQUEST_IID=5"_s}
            << QString()
            << u"https://gitlab.com/group/project (CI_PROJECT_URL of GitLab CI) is not on github.com"_s;
        QTest::newRow("GitLab mirror of a GitHub repository")
            << QStringList {u"CONBENCH_PROJECT_REPOSITORY=org/repo"_s, u"GITLAB_CI=true"_s,
                   u"CI_PROJECT_URL=https://gitlab.com/group/project"_s, u"CI_COMMIT_SHA="_s + shaA,
                   u"CI_MERGE_REQUEST_IID=5"_s, u"CI_MERGE_REQUEST_SOURCE_BRANCH_NAME=feature"_s}
            << github(shaA) << u"Merge request !5"_s;
        QTest::newRow("GitLab pipeline of a GitHub pull request")
            << QStringList {u"GITLAB_CI=true"_s, u"CI_PROJECT_URL=https://gitlab.com/group/project"_s,
                   u"CI_COMMIT_SHA="_s + shaB, u"CI_EXTERNAL_PULL_REQUEST_IID=21"_s,
                   u"CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY=org/repo"_s,
                   u"CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_SHA="_s + shaA}
            << github(shaA, 21) << u"CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_SHA"_s;
        QTest::newRow("GitLab branch off the default branch")
            << QStringList {u"GITLAB_CI=true"_s, u"CI_PROJECT_URL=https://gitlab.com/group/project"_s,
                   u"CONBENCH_PROJECT_REPOSITORY=https://github.com/org/repo"_s, u"CI_COMMIT_SHA="_s + shaA,
                   u"CI_COMMIT_BRANCH=feature"_s, u"CI_COMMIT_REF_NAME=feature"_s,
                   u"CI_DEFAULT_BRANCH=main"_s}
            << github(shaA, 0, u"org:feature"_s) << u"the default branch is main"_s;

        // Buildkite: BUILDKITE_REPO is the clone URL; BUILDKITE_PULL_REQUEST is "false" or a number.
        QTest::newRow("Buildkite pull request")
            << QStringList {u"BUILDKITE=true"_s, u"BUILDKITE_REPO=git@github.com:org/repo.git"_s,
                   u"BUILDKITE_COMMIT="_s + shaA, u"BUILDKITE_BRANCH=feature"_s,
                   u"BUILDKITE_PULL_REQUEST=8"_s, u"BUILDKITE_PIPELINE_DEFAULT_BRANCH=main"_s}
            << github(shaA, 8) << u"BUILDKITE_PULL_REQUEST"_s;
        QTest::newRow("Buildkite branch")
            << QStringList {u"BUILDKITE=true"_s, u"BUILDKITE_REPO=https://github.com/org/repo.git"_s,
                   u"BUILDKITE_COMMIT="_s + shaA, u"BUILDKITE_BRANCH=feature"_s,
                   u"BUILDKITE_PULL_REQUEST=false"_s, u"BUILDKITE_PIPELINE_DEFAULT_BRANCH=main"_s}
            << github(shaA, 0, u"org:feature"_s) << u"github.branch is org:feature"_s;
        QTest::newRow("Buildkite build started by hand (commit HEAD)") << QStringList {u"BUILDKITE=true"_s,
            u"BUILDKITE_REPO=git@github.com:org/repo.git"_s, u"BUILDKITE_COMMIT=HEAD"_s,
            u"BUILDKITE_PULL_REQUEST=false"_s} << QString() << u"not a 40-character commit SHA"_s;

        // Jenkins with the Git plugin (GIT_URL, GIT_COMMIT) and a multibranch pipeline (CHANGE_ID).
        QTest::newRow("Jenkins pull request")
            << QStringList {u"JENKINS_URL=https://ci.example.org/"_s,
                   u"GIT_URL=https://github.com/org/repo.git"_s, u"GIT_COMMIT="_s + shaA, u"CHANGE_ID=33"_s,
                   u"BRANCH_NAME=PR-33"_s, u"CHANGE_BRANCH=feature"_s}
            << github(shaA, 33) << u"github.pr_number is 33, from CHANGE_ID of Jenkins"_s;
        QTest::newRow("Jenkins branch, token in the URL")
            << QStringList {u"JENKINS_URL=https://ci.example.org/"_s,
                   u"GIT_URL=https://builder:s3cr3tT0ken@github.com/org/repo.git"_s, u"GIT_COMMIT="_s + shaA,
                   u"BRANCH_NAME=main"_s}
            << github(shaA) << u"github.repository is https://github.com/org/repo, from GIT_URL of Jenkins"_s;

        // CircleCI: CIRCLE_PULL_REQUEST is the pull request's page.
        QTest::newRow("CircleCI pull request") << QStringList {u"CIRCLECI=true"_s,
            u"CIRCLE_REPOSITORY_URL=git@github.com:org/repo.git"_s, u"CIRCLE_SHA1="_s + shaA,
            u"CIRCLE_BRANCH=feature"_s, u"CIRCLE_PULL_REQUEST=https://github.com/org/repo/pull/44"_s}
                                               << github(shaA, 44) << u"CIRCLE_PULL_REQUEST"_s;
        QTest::newRow("CircleCI fork pull request")
            << QStringList {u"CIRCLECI=true"_s, u"CIRCLE_REPOSITORY_URL=git@github.com:org/repo.git"_s,
                   u"CIRCLE_SHA1="_s + shaA, u"CIRCLE_PR_NUMBER=45"_s}
            << github(shaA, 45) << u"CIRCLE_PR_NUMBER"_s;

        // Azure Pipelines: for a GitHub pull request BUILD_SOURCEVERSION is the merge commit.
        QTest::newRow("Azure Pipelines GitHub pull request")
            << QStringList {u"TF_BUILD=True"_s, u"BUILD_REPOSITORY_URI=https://github.com/org/repo"_s,
                   u"BUILD_SOURCEVERSION="_s + shaB, u"BUILD_SOURCEBRANCH=refs/pull/55/merge"_s,
                   u"SYSTEM_PULLREQUEST_PULLREQUESTID=987654"_s, u"SYSTEM_PULLREQUEST_PULLREQUESTNUMBER=55"_s,
                   u"SYSTEM_PULLREQUEST_SOURCECOMMITID="_s + shaA,
                   u"SYSTEM_PULLREQUEST_SOURCEBRANCH=refs/heads/feature"_s}
            << github(shaA, 55) << u"SYSTEM_PULLREQUEST_SOURCECOMMITID"_s;
        QTest::newRow("Azure Pipelines branch")
            << QStringList {u"TF_BUILD=True"_s, u"BUILD_REPOSITORY_URI=https://github.com/org/repo"_s,
                   u"BUILD_SOURCEVERSION="_s + shaA, u"BUILD_SOURCEBRANCH=refs/heads/main"_s}
            << github(shaA) << u"default branch is not known"_s;
        QTest::newRow("Azure Repos") << QStringList {u"TF_BUILD=True"_s,
            u"BUILD_REPOSITORY_URI=https://dev.azure.com/org/project/_git/repo"_s,
            u"BUILD_SOURCEVERSION="_s + shaA}
                                     << QString() << u"not on github.com"_s;

        // The CONBENCH_PROJECT_* variables win.
        QTest::newRow("explicit commit wins")
            << QStringList {u"CONBENCH_PROJECT_COMMIT="_s + shaB, u"GITHUB_ACTIONS=true"_s,
                   u"GITHUB_REPOSITORY=org/repo"_s, u"GITHUB_SHA="_s + shaA,
                   u"GITHUB_REF=refs/pull/17/merge"_s}
            << github(shaB, 17) << u"github.commit is %1, from CONBENCH_PROJECT_COMMIT."_s.arg(shaB);
        QTest::newRow("explicit pull request number wins") << QStringList {u"CONBENCH_PROJECT_PR_NUMBER=3"_s,
            u"GITHUB_ACTIONS=true"_s, u"GITHUB_REPOSITORY=org/repo"_s, u"GITHUB_SHA="_s + shaA,
            u"GITHUB_REF=refs/pull/17/merge"_s} << github(shaA, 3)
                                                           << u"from CONBENCH_PROJECT_PR_NUMBER"_s;
        QTest::newRow("explicit repository and commit: the CI is not read")
            << QStringList {u"CONBENCH_PROJECT_REPOSITORY=apache/arrow"_s,
                   u"CONBENCH_PROJECT_COMMIT="_s + shaB, u"GITHUB_ACTIONS=true"_s,
                   u"GITHUB_REPOSITORY=org/repo"_s, u"GITHUB_SHA="_s + shaA,
                   u"GITHUB_REF=refs/pull/17/merge"_s}
            << compact({{u"repository"_s, u"https://github.com/apache/arrow"_s}, {u"commit"_s, shaB}})
            << u"from CONBENCH_PROJECT_REPOSITORY"_s;
    }

    void ciSystems()
    {
        QFETCH(QStringList, assignments);
        QFETCH(QString, github);
        QFETCH(QString, note);
        const ProjectEnvironment project = ciOnly(environmentOf(assignments));
        QVERIFY2(project.errors().isEmpty(), qPrintable(project.errors().join(u'\n')));
        QVERIFY2(project.warnings().isEmpty(), qPrintable(project.warnings().join(u'\n')));
        QCOMPARE(compact(project.github()), github);
        const QString notes = project.notes().join(u'\n');
        QVERIFY2(notes.contains(note), qPrintable(notes));
        QVERIFY2(!notes.contains(u"s3cr3tT0ken"_s), qPrintable(notes));
    }

    void gitHubEventFile_data()
    {
        QTest::addColumn<QByteArray>("event");
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("github");
        // pull_request: GITHUB_SHA is the merge commit; the event names the head commit.
        QTest::newRow("pull_request")
            << uR"({"number": 12, "pull_request": {"number": 12, "head": {"sha": "%1", "ref": "feature"}},
                    "repository": {"default_branch": "main"}})"_s.arg(shaA)
                   .toUtf8()
            << u"refs/pull/12/merge"_s
            << compact({{u"repository"_s, u"https://github.com/org/repo"_s}, {u"commit"_s, shaA},
                   {u"pr_number"_s, 12}});
        QTest::newRow("push to a branch")
            << R"({"ref": "refs/heads/feature", "repository": {"default_branch": "main"}})"_ba
            << u"refs/heads/feature"_s
            << compact({{u"repository"_s, u"https://github.com/org/repo"_s}, {u"commit"_s, shaB},
                   {u"branch"_s, u"org:feature"_s}});
        QTest::newRow("push to the default branch")
            << R"({"ref": "refs/heads/main", "repository": {"default_branch": "main"}})"_ba
            << u"refs/heads/main"_s
            << compact({{u"repository"_s, u"https://github.com/org/repo"_s}, {u"commit"_s, shaB}});
        QTest::newRow("not JSON") << "{"_ba << u"refs/pull/12/merge"_s
                                  << compact({{u"repository"_s, u"https://github.com/org/repo"_s},
                                         {u"commit"_s, shaB}, {u"pr_number"_s, 12}});
    }

    void gitHubEventFile()
    {
        QFETCH(QByteArray, event);
        QFETCH(QString, ref);
        QFETCH(QString, github);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"event.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(event);
        file.close();
        const ProjectEnvironment project
            = ciOnly(environmentOf({u"GITHUB_ACTIONS=true"_s, u"GITHUB_REPOSITORY=org/repo"_s,
                u"GITHUB_SHA="_s + shaB, u"GITHUB_REF="_s + ref, u"GITHUB_EVENT_PATH="_s + file.fileName()}));
        QVERIFY2(project.errors().isEmpty(), qPrintable(project.errors().join(u'\n')));
        QCOMPARE(compact(project.github()), github);
    }

    // An event path that names no usable file: the variables are still read.
    void eventFileUnusable_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("note");
        QTest::newRow("never ends") << u"/dev/zero"_s << u"it is too large"_s;
        QTest::newRow("directory") << QDir::tempPath() << u"could not be read"_s;
        QTest::newRow("missing") << u"/nonexistent/event.json"_s << u"could not be read"_s;
    }

    void eventFileUnusable()
    {
        QFETCH(QString, path);
        QFETCH(QString, note);
        const ProjectEnvironment project
            = ciOnly(environmentOf({u"GITHUB_ACTIONS=true"_s, u"GITHUB_REPOSITORY=org/repo"_s,
                u"GITHUB_SHA="_s + shaA, u"GITHUB_REF=refs/pull/9/merge"_s, u"GITHUB_EVENT_PATH="_s + path}));
        QCOMPARE(compact(project.github()),
            compact({{u"repository"_s, u"https://github.com/org/repo"_s}, {u"commit"_s, shaA},
                {u"pr_number"_s, 9}}));
        QVERIFY2(project.notes().join(u'\n').contains(note), qPrintable(project.notes().join(u'\n')));
    }

    void explicitRepositoryElsewhere()
    {
        // The benchmarks run in one repository's CI for another project: the CI's commit is not
        // the project's.
        const ProjectEnvironment project
            = ciOnly(environmentOf({u"CONBENCH_PROJECT_REPOSITORY=apache/arrow"_s, u"GITHUB_ACTIONS=true"_s,
                u"GITHUB_REPOSITORY=org/benchmarks"_s, u"GITHUB_SHA="_s + shaA}));
        QVERIFY(project.github().isEmpty());
        QCOMPARE(project.errors().size(), 1);
        QVERIFY2(project.errors().constFirst().contains(u"CONBENCH_PROJECT_COMMIT is not"_s),
            qPrintable(project.errors().constFirst()));
        QVERIFY2(
            project.notes().join(u'\n').contains(u"names the repository https://github.com/org/benchmarks"_s),
            qPrintable(project.notes().join(u'\n')));
    }

    void detectionSwitch()
    {
        QProcessEnvironment env = environmentOf(
            {u"GITHUB_ACTIONS=true"_s, u"GITHUB_REPOSITORY=org/repo"_s, u"GITHUB_SHA="_s + shaA});
        QVERIFY(!ProjectEnvironment::fromEnvironment(env).github().isEmpty());
        env.insert(u"BENCHCONNECT_PROJECT_DETECTION"_s, u"off"_s);
        QVERIFY(ProjectEnvironment::fromEnvironment(env).github().isEmpty());
        env.insert(u"BENCHCONNECT_PROJECT_DETECTION"_s, u"git"_s);
        QVERIFY(ProjectEnvironment::fromEnvironment(env).github().isEmpty());
        env.insert(u"BENCHCONNECT_PROJECT_DETECTION"_s, u"sometimes"_s);
        const ProjectEnvironment project = ProjectEnvironment::fromEnvironment(env);
        QVERIFY(!project.github().isEmpty());
        QVERIFY2(project.warnings().join(u'\n').contains(u"not one of auto, ci, git or off"_s),
            qPrintable(project.warnings().join(u'\n')));
    }

    // --- real git checkouts ------------------------------------------------------------------

    void checkoutOrigins_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("repository"); // empty: not on GitHub
        QTest::newRow("ssh") << u"git@github.com:org/repo.git"_s << u"https://github.com/org/repo"_s;
        QTest::newRow("https") << u"https://github.com/org/repo.git"_s << u"https://github.com/org/repo"_s;
        QTest::newRow("https with a token") << u"https://x-access-token:s3cr3tT0ken@github.com/org/repo"_s
                                            << u"https://github.com/org/repo"_s;
        QTest::newRow("ssh URL") << u"ssh://git@github.com/org/repo.git"_s
                                 << u"https://github.com/org/repo"_s;
        QTest::newRow("GitLab") << u"https://gitlab.com/group/project.git"_s << QString();
    }

    void checkoutOrigins()
    {
        QFETCH(QString, origin);
        QFETCH(QString, repository);
        GitRepository repo;
        const QString head = repo.initWithCommit(origin);
        QVERIFY(ProjectEnvironment::isCommitHash(head));
        const ProjectEnvironment project = fromCheckout(repo);
        QVERIFY2(project.errors().isEmpty(), qPrintable(project.errors().join(u'\n')));
        QVERIFY2(project.warnings().isEmpty(), qPrintable(project.warnings().join(u'\n')));
        const QString notes = project.notes().join(u'\n');
        QVERIFY2(!notes.contains(u"s3cr3tT0ken"_s), qPrintable(notes));
        if (repository.isEmpty()) {
            QVERIFY(project.github().isEmpty());
            QVERIFY2(notes.contains(u"is not on github.com"_s), qPrintable(notes));
            return;
        }
        QCOMPARE(compact(project.github()), compact({{u"repository"_s, repository}, {u"commit"_s, head}}));
        QVERIFY2(notes.contains(u"github.commit is %1, from HEAD"_s.arg(head)), qPrintable(notes));
        QVERIFY2(notes.contains(u"origin remote"_s), qPrintable(notes));
    }

    void checkoutBranches()
    {
        GitRepository repo;
        const QString first = repo.initWithCommit(u"git@github.com:org/repo.git"_s);
        // origin/HEAD names the default branch, as a clone records it.
        repo.git({u"update-ref"_s, u"refs/remotes/origin/main"_s, first});
        repo.git({u"symbolic-ref"_s, u"refs/remotes/origin/HEAD"_s, u"refs/remotes/origin/main"_s});
        ProjectEnvironment project = fromCheckout(repo);
        QVERIFY(!project.github().contains(u"branch"_s));
        QVERIFY2(project.notes().join(u'\n').contains(u"is the default branch"_s),
            qPrintable(project.notes().join(u'\n')));

        repo.git({u"switch"_s, u"-q"_s, u"-c"_s, u"feature"_s});
        project = fromCheckout(repo);
        QCOMPARE(project.github().value(u"branch"_s).toString(), u"org:feature"_s);
        QCOMPARE(project.github().value(u"commit"_s).toString(), first);
    }

    void detachedHead()
    {
        GitRepository repo;
        const QString first = repo.initWithCommit(u"https://github.com/org/repo"_s);
        repo.write(u"bench.txt"_s, "second\n");
        repo.git({u"commit"_s, u"-q"_s, u"-am"_s, u"second"_s});
        repo.git({u"checkout"_s, u"-q"_s, u"--detach"_s, first});
        const ProjectEnvironment project = fromCheckout(repo);
        QCOMPARE(project.github().value(u"commit"_s).toString(), first);
        QVERIFY(!project.github().contains(u"branch"_s));
        QVERIFY(project.warnings().isEmpty());
        const QString notes = project.notes().join(u'\n');
        QVERIFY2(notes.contains(u"HEAD of the git checkout in %1 is detached"_s.arg(repo.path())),
            qPrintable(notes));
    }

    void dirtyTree()
    {
        GitRepository repo;
        const QString head = repo.initWithCommit(u"git@github.com:org/repo.git"_s);
        // A file git does not track is not a change of the benchmarked code's commit.
        repo.write(u"results.json"_s, "{}\n");
        QVERIFY(fromCheckout(repo).warnings().isEmpty());

        repo.write(u"bench.txt"_s, "changed\n");
        const ProjectEnvironment project = fromCheckout(repo);
        QCOMPARE(project.github().value(u"commit"_s).toString(), head);
        QCOMPARE(project.warnings().size(), 1);
        QVERIFY2(project.warnings().constFirst().contains(u"uncommitted changes"_s),
            qPrintable(project.warnings().constFirst()));
        QVERIFY(project.warnings().constFirst().contains(repo.path()));
        // Reading the checkout changed nothing in it.
        QCOMPARE(repo.git({u"status"_s, u"--porcelain"_s}), u"M bench.txt\n?? results.json"_s);
    }

    void ciWinsOverCheckout()
    {
        GitRepository repo;
        const QString head = repo.initWithCommit(u"git@github.com:org/repo.git"_s);
        repo.write(u"bench.txt"_s, "changed\n");
        QProcessEnvironment ci;
        ci.insert(u"GITHUB_ACTIONS"_s, u"true"_s);
        ci.insert(u"GITHUB_REPOSITORY"_s, u"org/repo"_s);
        ci.insert(u"GITHUB_SHA"_s, shaA);
        const ProjectEnvironment project = fromCheckout(repo, ci);
        QCOMPARE(project.github().value(u"commit"_s).toString(), shaA);
        QVERIFY(project.warnings().isEmpty()); // the checkout was not asked

        // A CI that names no commit (Jenkins without the Git plugin's variables): the checkout's.
        QProcessEnvironment jenkins;
        jenkins.insert(u"JENKINS_URL"_s, u"https://ci.example.org/"_s);
        const ProjectEnvironment fromGit = fromCheckout(repo, jenkins);
        QCOMPARE(fromGit.github().value(u"commit"_s).toString(), head);
        QCOMPARE(fromGit.warnings().size(), 1);
    }

    void noCheckout_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("note");
        QTest::newRow("not a checkout") << u"plain"_s << u"is not in a git checkout"_s;
        QTest::newRow("no commit yet") << u"empty"_s << u"has no commit yet"_s;
        QTest::newRow("no origin") << u"noorigin"_s << u"has no origin remote"_s;
        QTest::newRow("git missing") << u"nogit"_s << u"git is not installed"_s;
    }

    void noCheckout()
    {
        QFETCH(QString, kind);
        QFETCH(QString, note);
        GitRepository repo;
        QProcessEnvironment extra;
        if (kind == u"empty"_s)
            repo.git({u"init"_s, u"-q"_s});
        else if (kind == u"noorigin"_s)
            repo.initWithCommit();
        else if (kind == u"nogit"_s)
            extra.insert(u"PATH"_s, repo.path() + u"/nowhere"_s);
        const ProjectEnvironment project = fromCheckout(repo, extra);
        QVERIFY(project.github().isEmpty());
        QVERIFY2(project.errors().isEmpty(), qPrintable(project.errors().join(u'\n')));
        QVERIFY2(project.warnings().isEmpty(), qPrintable(project.warnings().join(u'\n')));
        QVERIFY2(project.notes().join(u'\n').contains(note), qPrintable(project.notes().join(u'\n')));
    }

    // A stand-in for git that records what it was given, or never answers.
    void gitEnvironmentAndTimeout()
    {
        QTemporaryDir bin;
        QTemporaryDir work;
        const QString record = bin.filePath(u"record.txt"_s);
        QFile script(bin.filePath(u"git"_s));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n/usr/bin/env > '" + record.toUtf8() + "'\npwd >> '" + record.toUtf8()
            + "'\nif [ -n \"$SLOW\" ]; then exec /bin/sleep 30; fi\nexit 128\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        QProcessEnvironment env;
        env.insert(u"PATH"_s, bin.path());
        env.insert(u"HOME"_s, work.path());
        env.insert(u"CONBENCH_PASSWORD"_s, u"hunter2-secret"_s);
        env.insert(u"CONBENCH_EMAIL"_s, u"me@example.org"_s);
        env.insert(u"GIT_DIR"_s, u"/elsewhere/.git"_s);
        ProjectEnvironment::Detection detection;
        detection.workingDirectory = work.path();
        detection.gitTimeoutMs = 500;
        ProjectEnvironment project = ProjectEnvironment::fromEnvironment(env, detection);
        QVERIFY(project.github().isEmpty());
        QVERIFY(project.errors().isEmpty());
        QFile recorded(record);
        QVERIFY(recorded.open(QIODevice::ReadOnly));
        const QByteArray seen = recorded.readAll();
        QVERIFY(!seen.contains("hunter2-secret"));
        QVERIFY(!seen.contains("CONBENCH_"));
        QVERIFY(!seen.contains("GIT_DIR"));
        QVERIFY2(seen.contains("GIT_OPTIONAL_LOCKS=0"), seen.constData());
        QVERIFY(seen.contains(QFileInfo(work.path()).canonicalFilePath().toUtf8()));

        env.insert(u"SLOW"_s, u"1"_s); // not passed on: the stand-in answers at once
        QElapsedTimer timer;
        timer.start();
        project = ProjectEnvironment::fromEnvironment(env, detection);
        QVERIFY(timer.elapsed() < 5000);

        // A git that hangs is given up after the time-out.
        script.open(QIODevice::WriteOnly);
        script.write("#!/bin/sh\nexec /bin/sleep 30\n");
        script.close();
        timer.restart();
        project = ProjectEnvironment::fromEnvironment(env, detection);
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY(project.github().isEmpty());
        QVERIFY(project.errors().isEmpty());
        // Said without --verbose: the user expected the checkout to be read.
        QCOMPARE(project.warnings().size(), 1);
        QVERIFY2(project.warnings().constFirst().contains(u"did not answer within 0.5 s"_s),
            qPrintable(project.warnings().constFirst()));
    }
};

QTEST_GUILESS_MAIN(TestCiDetection)
#include "tst_cidetection.moc"

#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// One value that a source gave about the benchmarked project, and where it was read ("GITHUB_SHA",
// "git rev-parse HEAD"), so that --verbose can say where each value came from.
struct DetectedValue
{
    QString value;
    QString origin;
    bool isEmpty() const { return value.isEmpty(); }
};

// What one source (a CI system, or the git checkout in the working directory) says about the
// benchmarked project. Values are as the source gives them (the repository as a URL or org/repo,
// with any user name or token removed); checking and normalising is ProjectEnvironment's job.
struct ProjectSource
{
    QString name; // "GitHub Actions", "the git checkout in /src/app"; empty: no such source
    DetectedValue repository;
    DetectedValue commit;
    DetectedValue prNumber; // a GitHub pull request number only
    DetectedValue branch; // the branch built (for a pull request: its source branch)
    DetectedValue defaultBranch; // the repository's default branch, when the source knows it
    bool detached = false; // git checkout: HEAD is no branch
    bool dirty = false; // git checkout: tracked files differ from HEAD
    QStringList notes; // what else --verbose should say (a value that was not usable, and why)

    bool isEmpty() const { return name.isEmpty(); }
};

// The CI system the environment belongs to, read from the variables each system documents:
// GitHub Actions, GitLab CI, Buildkite, Jenkins, CircleCI and Azure Pipelines.
class CiEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(CiEnvironment)

public:
    // The first system whose marker variable is set (GITHUB_ACTIONS, GITLAB_CI, BUILDKITE,
    // JENKINS_URL, CIRCLECI, TF_BUILD); an empty source when none is.
    static ProjectSource detect(const QProcessEnvironment &env);

    // "https://user:token@host/path" → "https://host/path": what may be shown and kept of a URL.
    static QString withoutCredentials(const QString &url);

private:
    static ProjectSource gitHubActions(const QProcessEnvironment &env);
    static ProjectSource gitLab(const QProcessEnvironment &env);
    static ProjectSource buildkite(const QProcessEnvironment &env);
    static ProjectSource jenkins(const QProcessEnvironment &env);
    static ProjectSource circleCi(const QProcessEnvironment &env);
    static ProjectSource azurePipelines(const QProcessEnvironment &env);
};

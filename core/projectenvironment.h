#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The benchmarked project (the results' "github" object), read once and checked. Each value comes
// from the first of these that gives it:
//   1. the CONBENCH_PROJECT_* variables (when both REPOSITORY and COMMIT are set, nothing else is
//      read);
//   2. the CI system's own variables (GitHub Actions, GitLab CI, Buildkite, Jenkins, CircleCI,
//      Azure Pipelines; see CiEnvironment);
//   3. the git checkout in the working directory (see GitCheckout).
// Conbench takes GitHub repositories only: when the repository found is not on github.com, no
// github object is made. A detected source that names another GitHub repository than
// CONBENCH_PROJECT_REPOSITORY is not used. BENCHCONNECT_PROJECT_DETECTION=off|ci|git|auto chooses
// which sources are asked (auto: both).
class ProjectEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(ProjectEnvironment)

public:
    struct Detection
    {
        bool ci = true;
        bool git = true;
        QString workingDirectory; // where the git checkout is looked for; empty: the current one
        int gitTimeoutMs = 5000;
    };

    // Reads env, asking the sources BENCHCONNECT_PROJECT_DETECTION names, the git checkout in the
    // current directory. Problems that make a variable unusable are errors; a variable that is set
    // but blank is ignored with a warning. Where each value came from is in notes(), and is
    // logged (category benchconnect.project, shown by --verbose).
    static ProjectEnvironment fromEnvironment(const QProcessEnvironment &env);
    static ProjectEnvironment fromEnvironment(const QProcessEnvironment &env, const Detection &detection);

    // The value of a variable with surrounding white space removed; empty when unset or blank.
    // A blank one adds a warning.
    static QString variable(const QProcessEnvironment &env, const QString &name, QStringList *warnings);

    // "org/repo", "github.com/org/repo", "https://github.com/org/repo(.git)(/)" or
    // "git@github.com:org/repo.git" → "https://github.com/org/repo"; empty when not recognised.
    static QString normalizeRepository(const QString &repository);
    static bool isCommitHash(const QString &commit);

    // The github object to send when the input has none; empty when no project is configured.
    QJsonObject github() const { return m_github; }
    QStringList warnings() const { return m_warnings; }
    QStringList errors() const { return m_errors; }
    // Where each value came from, and why a source gave nothing; one sentence each.
    QStringList notes() const { return m_notes; }

private:
    void note(const QString &text);
    void resolve(const QProcessEnvironment &env, const Detection &detection);

    QJsonObject m_github;
    QStringList m_warnings;
    QStringList m_errors;
    QStringList m_notes;
};

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The CONBENCH_* variables that describe the benchmarked project, read once and checked.
class ProjectEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(ProjectEnvironment)

public:
    // Reads the variables from env. Problems that make a variable unusable are errors; a variable
    // that is set but blank is ignored with a warning.
    static ProjectEnvironment fromEnvironment(const QProcessEnvironment &env);

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

private:
    QJsonObject m_github;
    QStringList m_warnings;
    QStringList m_errors;
};

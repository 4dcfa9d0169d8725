#pragma once

#include "cienvironment.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What git itself says about the checkout in a directory: the HEAD commit, the branch (or a
// detached HEAD), whether tracked files were changed, the origin remote and its default branch.
// git runs with an allow-listed environment (no CONBENCH_PASSWORD, no GIT_DIR of the caller) and a
// time-out; it never writes to the checkout (no index refresh, no lock).
class GitCheckout
{
    Q_DECLARE_TR_FUNCTIONS(GitCheckout)

public:
    static constexpr int defaultTimeoutMs = 5000;

    // The checkout's values; an empty source (with *whyNot) when git is not installed, the
    // directory is no checkout, it has no commit yet, or git failed or did not answer in time
    // (only these last two set *failed: something the user should hear of without --verbose).
    // env gives PATH (where git is found), HOME and XDG_CONFIG_HOME (the user's git settings).
    static ProjectSource probe(const QString &directory, const QProcessEnvironment &env,
        int timeoutMs = defaultTimeoutMs, QString *whyNot = nullptr, bool *failed = nullptr);

    // The environment git runs with: only what it needs of env, English messages, no prompt,
    // no optional locks.
    static QProcessEnvironment gitEnvironment(const QProcessEnvironment &env);
};

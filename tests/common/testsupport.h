#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

// What a run of one of the real programs printed and returned.
struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QStringList outLines() const;
    QStringList errLines() const;
};

namespace TestSupport {
QString cliPath();
QString guiPath();
QString sourceDir();
QString examplesDir();

// An environment with none of the CONBENCH_* / BENCHMARKABLE_* variables of the caller.
QProcessEnvironment cleanEnvironment();

// Runs a program to its end (or kills it after timeoutMs and fails the test).
ProgramRun run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
    const QByteArray &standardInput = {}, const QString &workingDirectory = {}, int timeoutMs = 120000);
// Like run(), with the standard input left as a pipe that nobody closes (as in some CI runners).
ProgramRun runWithOpenStdin(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &env, int timeoutMs = 60000);
} // namespace TestSupport

#include "testsupport.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
QStringList splitLines(const QByteArray &data)
{
    QStringList lines = QString::fromUtf8(data).split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}
} // namespace

QStringList ProgramRun::outLines() const
{
    return splitLines(out);
}

QStringList ProgramRun::errLines() const
{
    return splitLines(err);
}

QString TestSupport::cliPath()
{
    return QStringLiteral(BENCHCONNECT_CLI_PATH);
}

QString TestSupport::guiPath()
{
    return QStringLiteral(BENCHCONNECT_GUI_PATH);
}

QString TestSupport::sourceDir()
{
    return QStringLiteral(BENCHCONNECT_SOURCE_DIR);
}

QString TestSupport::examplesDir()
{
    return sourceDir() + u"/examples/results"_s;
}

QProcessEnvironment TestSupport::cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(u"CONBENCH_"_s) || key.startsWith(u"BENCHMARKABLE_"_s)
            || key.startsWith(u"BENCHCONNECT_"_s))
            env.remove(key);
    }
    return env;
}

static ProgramRun finish(QProcess &process, const QString &program, int timeoutMs)
{
    ProgramRun result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        qWarning("%s did not finish within %d ms", qPrintable(program), timeoutMs);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ProgramRun TestSupport::run(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &env, const QByteArray &standardInput, const QString &workingDirectory,
    int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        qWarning("cannot start %s: %s", qPrintable(program), qPrintable(process.errorString()));
        return {};
    }
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();
    return finish(process, program, timeoutMs);
}

ProgramRun TestSupport::runWithOpenStdin(
    const QString &program, const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {};
    return finish(process, program, timeoutMs);
}

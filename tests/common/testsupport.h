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

// An environment with none of the CONBENCH_* / BENCHMARKABLE_* / BENCHCONNECT_* variables of the
// caller, the messages in English (BENCHCONNECT_LANGUAGE=en), and no detection of the project from
// CI variables or the git checkout (BENCHCONNECT_PROJECT_DETECTION=off).
QProcessEnvironment cleanEnvironment();

// Runs a program to its end (or kills it after timeoutMs and fails the test).
ProgramRun run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
    const QByteArray &standardInput = {}, const QString &workingDirectory = {}, int timeoutMs = 120000);
// Like run(), with the standard input left as a pipe that nobody closes (as in some CI runners).
ProgramRun runWithOpenStdin(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &env, int timeoutMs = 60000);
} // namespace TestSupport

// The project's Conbench-compatible test server, started as a real process on loopback.
class TestServer
{
public:
    TestServer() = default;
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    // mode: "2023" or "current". Returns false (with a warning) when the server did not start.
    bool start(const QString &mode, const QStringList &extraArguments = {});
    void stop();
    // Kills the server and starts it again on the same port with the same arguments.
    bool restart();
    QString url() const { return m_url; }
    int port() const { return m_port; }

    QJsonObject state() const;
    QJsonArray results() const { return state().value(QLatin1String("results")).toArray(); }
    QJsonObject runs() const { return state().value(QLatin1String("runs")).toObject(); }
    // rules: the JSON that POST /_test/faults takes (an array of rules, or {"seed", "rules"}).
    bool setFaults(const QByteArray &rules) const;
    bool reset() const;

    // An environment for the programs pointing CONBENCH_URL at this server.
    QProcessEnvironment environment() const;

private:
    QByteArray request(const QByteArray &method, const QString &path, const QByteArray &body = {}) const;

    QProcess *m_process = nullptr;
    QStringList m_arguments;
    QString m_url;
    int m_port = 0;
};

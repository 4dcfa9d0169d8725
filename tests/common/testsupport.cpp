#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
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
    // The tests read the messages in English, whatever the machine's locale.
    env.insert(u"BENCHCONNECT_LANGUAGE"_s, u"en"_s);
    // Nor does the project come from the CI system the tests run in, or the checkout they run in.
    env.insert(u"BENCHCONNECT_PROJECT_DETECTION"_s, u"off"_s);
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
    if (process.exitStatus() != QProcess::NormalExit)
        qWarning("%s crashed; its standard error ends with:\n%s", qPrintable(program),
            result.err.right(6000).constData());
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

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start(const QString &mode, const QStringList &extraArguments)
{
    m_arguments = QStringList {u"--mode"_s, mode} + extraArguments;
    return restart();
}

bool TestServer::restart()
{
    stop();
    m_process = new QProcess;
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(QProcess::nullDevice());
    QStringList arguments = m_arguments;
    if (m_port)
        arguments += QStringList {u"--port"_s, QString::number(m_port)};
    m_process->start(QStringLiteral(BENCHCONNECT_TESTSERVER_PATH), arguments);
    if (!m_process->waitForStarted()) {
        qWarning("cannot start the test server: %s", qPrintable(m_process->errorString()));
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (!m_process->canReadLine() && clock.elapsed() < 10000)
        m_process->waitForReadyRead(100);
    const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
    if (!line.startsWith(u"listening on "_s)) {
        qWarning("the test server said: %s", qPrintable(line));
        return false;
    }
    m_url = line.mid(13);
    m_port = QUrl(m_url).port();
    return true;
}

void TestServer::stop()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished();
    delete m_process;
    m_process = nullptr;
}

QByteArray TestServer::request(const QByteArray &method, const QString &path, const QByteArray &body) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_url + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    reply->ignoreSslErrors(); // the harness talks to its own server, whatever its certificate
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer = reply->readAll();
    delete reply;
    return answer;
}

QJsonObject TestServer::state() const
{
    return QJsonDocument::fromJson(request("GET", u"/_test/state"_s)).object();
}

bool TestServer::setFaults(const QByteArray &rules) const
{
    return QJsonDocument::fromJson(request("POST", u"/_test/faults"_s, rules)).object().contains(u"rules"_s);
}

bool TestServer::reset() const
{
    request("POST", u"/_test/reset"_s);
    return true;
}

QProcessEnvironment TestServer::environment() const
{
    QProcessEnvironment env = TestSupport::cleanEnvironment();
    env.insert(u"CONBENCH_URL"_s, m_url);
    return env;
}

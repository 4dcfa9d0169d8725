// SPDX-License-Identifier: MIT
// benchconnect-testserver: a Conbench-compatible HTTP server for tests.
#include "conbenchserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <csignal>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {
void quitOnSignal(int)
{
    QCoreApplication::quit();
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "benchconnect-testserver: %s\n", qPrintable(message));
    std::exit(2);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"benchconnect-testserver"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A Conbench-compatible HTTP server for tests. Prints 'listening on URL' first."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(
        u"port"_s, u"Port to listen on; 0 picks a free one."_s, u"N"_s, u"0"_s);
    const QCommandLineOption hostOption(u"host"_s, u"Address to listen on."_s, u"ADDRESS"_s, u"127.0.0.1"_s);
    const QCommandLineOption modeOption(
        u"mode"_s, u"Server generation: 2023 or current."_s, u"MODE"_s, u"current"_s);
    const QCommandLineOption privateOption(
        u"private"_s, u"Every /api/ endpoint but ping, login and logout needs a session."_s);
    const QCommandLineOption writesOption(
        u"login-for-writes"_s, u"POST/PUT need a session, GETs do not (what a public Conbench does)."_s);
    const QCommandLineOption emailOption(u"email"_s, u"Login email."_s, u"E"_s, u"user@example.com"_s);
    const QCommandLineOption passwordOption(u"password"_s, u"Login password."_s, u"P"_s, u"s3cret-Pa55"_s);
    const QCommandLineOption certOption(u"tls-cert"_s, u"PEM certificate (chain): serve HTTPS."_s, u"FILE"_s);
    const QCommandLineOption keyOption(u"tls-key"_s, u"PEM private key for --tls-cert."_s, u"FILE"_s);
    const QCommandLineOption storeOption(
        u"store"_s, u"Keep accepted results and runs in this JSON file."_s, u"FILE"_s);
    const QCommandLineOption latencyOption(
        u"latency-ms"_s, u"Answer every /api/ request after this many milliseconds."_s, u"MS"_s, u"0"_s);
    const QCommandLineOption concurrentOption(u"max-concurrent"_s,
        u"Answer 503 to /api/ requests beyond N being answered at once (0: no limit)."_s, u"N"_s, u"0"_s);
    parser.addOptions({portOption, hostOption, modeOption, privateOption, writesOption, emailOption,
        passwordOption, certOption, keyOption, storeOption});
    const QCommandLineOption commitsOption(u"commits"_s,
        u"The commit ancestry for comparisons: {\"parents\": {sha: parent}, \"default_branch\": [sha]}."_s,
        u"FILE"_s);
    parser.addOption(commitsOption);
    parser.addOptions({latencyOption, concurrentOption});
    parser.process(app);

    ConbenchServer::Options options;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        fail(u"--port: not a port number: %1"_s.arg(parser.value(portOption)));
    options.port = quint16(port);
    if (!options.host.setAddress(parser.value(hostOption)))
        fail(u"--host: not an IP address: %1"_s.arg(parser.value(hostOption)));
    const QString mode = parser.value(modeOption);
    if (mode == u"2023"_s || mode == u"2023-08"_s)
        options.mode = ConbenchServer::Mode::Conbench2023;
    else if (mode == u"current"_s)
        options.mode = ConbenchServer::Mode::Current;
    else
        fail(u"--mode: expected 2023 or current, got %1"_s.arg(mode));
    options.privateMode = parser.isSet(privateOption);
    options.loginForWrites = parser.isSet(writesOption);
    options.email = parser.value(emailOption);
    options.password = parser.value(passwordOption);
    options.tlsCertificateFile = parser.value(certOption);
    options.tlsKeyFile = parser.value(keyOption);
    options.storeFile = parser.value(storeOption);
    options.commitsFile = parser.value(commitsOption);
    options.latencyMs = parser.value(latencyOption).toInt(&ok);
    if (!ok || options.latencyMs < 0)
        fail(u"--latency-ms: not a number of milliseconds: %1"_s.arg(parser.value(latencyOption)));
    options.maxConcurrent = parser.value(concurrentOption).toInt(&ok);
    if (!ok || options.maxConcurrent < 0)
        fail(u"--max-concurrent: not a number: %1"_s.arg(parser.value(concurrentOption)));

    ConbenchServer server(options);
    QString error;
    if (!server.start(&error))
        fail(error);

    std::printf("listening on %s\n", qPrintable(server.baseUrl()));
    std::fflush(stdout);

    std::signal(SIGTERM, quitOnSignal);
    std::signal(SIGINT, quitOnSignal);
    return app.exec();
}

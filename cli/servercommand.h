#pragma once

#include "command.h"

#include "conbenchclient.h"
#include "resultqueue.h"

#include <QJsonObject>

#include <functional>
#include <memory>

class InterruptWatcher;
class Submission;

// What every subcommand that talks to a Conbench server shares: the configuration from the
// environment and options, the client, waiting for answers, and the exit status they map to.
class ServerCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommand)

protected:
    static constexpr int optionalInputGraceMs = 2000;

    bool talksToServer() const override { return true; }
    QList<QCommandLineOption> options() const override;
    virtual QList<QCommandLineOption> commandOptions() const { return {}; }

    // The client for CONBENCH_URL and the credentials; null (with the reason printed and
    // *exitCode set) when the configuration cannot be used.
    std::unique_ptr<ConbenchClient> makeClient(
        const QCommandLineParser &parser, CommandContext &ctx, int *exitCode) const;
    static void wait(ApiCall *call);
    static int exitCodeFor(ApiCall::Outcome outcome);
    // The exit status of a submission that ended without being interrupted: 0 when every result was
    // stored; results the server refused win (5 when none was stored, else 1); then a server that
    // could not be reached (6) or refused the credentials (5), at the start or part-way.
    static int exitCodeFor(const Submission &submission);

    // Reads every object of the input, passing each through prepare (which may change it, or
    // return a non-zero exit status with a reason). Nothing is sent until all of the input is read and
    // prepared: bad input stops the command before any byte reaches the server.
    using Prepare = std::function<int(QJsonObject *object, QStringList *warnings, QString *error)>;
    // Each prepared object goes to sink, which returns false (with *error) when it cannot take it.
    // With interrupts, an interrupt stops the reading before the next object: ExitCode::Interrupted,
    // with nothing printed (the caller says what becomes of what was read).
    using Sink = std::function<bool(const QJsonObject &object, const QString &origin, QString *error)>;
    int readInput(JsonObjectSource *source, CommandContext &ctx, const Prepare &prepare, const Sink &sink,
        const InterruptWatcher *interrupts = nullptr) const;
    // Reads at most one object from the optional input; no input leaves *object empty. With none
    // of --json, --path and NDJSON, standard input is read when it is not a terminal and something
    // comes on it (or it ends) within optionalInputGraceMs; else a warning says it was not read.
    int readOneOptional(const QCommandLineParser &parser, CommandContext &ctx, QJsonObject *object) const;

    // The results of a submission go through the outbox: the whole input is read, prepared and
    // written to the outbox first (nothing is sent when any of it is bad), then sent from there.
    // Prints progress and one summary line; returns the exit status. interrupts, made before any of
    // the work began, stops it at any point: before the first request with nothing sent (what was
    // not committed to the outbox yet is discarded; what was stays there for "outbox retry").
    int submitResults(JsonObjectSource *source, CommandContext &ctx, const QCommandLineParser &parser,
        ConbenchClient *client, const Prepare &prepare, InterruptWatcher *interrupts) const;
    // Sends a queue (outbox batches) with progress, Ctrl-C handling and a summary line. Without
    // interrupts, it watches for Ctrl-C itself while it sends.
    int sendQueue(ConbenchClient *client, std::unique_ptr<ResultQueue> queue, CommandContext &ctx,
        const QString &outboxDirectory, std::function<bool(const QJsonObject &)> alreadyStored = {},
        InterruptWatcher *interrupts = nullptr) const;
    QString outboxDirectory(const QCommandLineParser &parser, const CommandContext &ctx) const;
    static QCommandLineOption outboxOption();

    // The last line after a second interrupt ended the process at once: before anything was
    // written to the outbox, and once the results are there (see InterruptWatcher::setQuitAction).
    static QString nothingSentMessage();
    static QString keptInTheOutboxMessage(const QString &outboxDirectory);

    // Says once that the server keeps runs through their results only.
    static void noteImplicitRuns(CommandContext &ctx, const QString &consequence);
};

#pragma once

#include "command.h"

#include "conbenchclient.h"

#include <QJsonObject>

#include <functional>
#include <memory>

class Submission;

// What every subcommand that talks to a Conbench server shares: the configuration from the
// environment and options, the client, waiting for answers, and the exit status they map to.
class ServerCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommand)

protected:
    bool talksToServer() const override { return true; }
    QList<QCommandLineOption> options() const override;
    virtual QList<QCommandLineOption> commandOptions() const { return {}; }

    // The client for CONBENCH_URL and the credentials; null (with the reason printed and
    // *exitCode set) when the configuration cannot be used.
    std::unique_ptr<ConbenchClient> makeClient(
        const QCommandLineParser &parser, CommandContext &ctx, int *exitCode) const;
    static void wait(ApiCall *call);
    static int exitCodeFor(ApiCall::Outcome outcome);

    // Reads every object of the input, passing each through prepare (which may change it, or
    // return a non-zero exit status with a reason). Nothing is sent until all of the input is read and
    // prepared: bad input stops the command before any byte reaches the server.
    using Prepare = std::function<int(QJsonObject *object, QStringList *warnings, QString *error)>;
    int readInput(JsonObjectSource *source, CommandContext &ctx, const Prepare &prepare,
        QList<QPair<QJsonObject, QString>> *objects) const;

    // Sends the results, prints one summary line, and returns the exit status.
    int send(
        ConbenchClient *client, const QList<QPair<QJsonObject, QString>> &results, CommandContext &ctx) const;

    // Says once that the server keeps runs through their results only.
    static void noteImplicitRuns(CommandContext &ctx, const QString &consequence);
};

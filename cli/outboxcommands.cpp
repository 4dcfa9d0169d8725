#include "outboxcommands.h"

#include "exitcodes.h"
#include "outbox.h"
#include "servercommand.h"

#include <QEventLoop>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

const char *const outboxHelp = QT_TRANSLATE_NOOP("OutboxCommand",
    "Every result that \"submit result\" or \"post result\" accepts is written to the outbox before it is "
    "sent, and leaves it only when the server confirmed it. What a failed, interrupted or killed submission "
    "did not deliver stays there.");

class OutboxListCommand : public ServerCommand
{
public:
    QString name() const override { return u"outbox list"_s; }
    QString summary() const override { return tr("List the results waiting in the outbox."); }
    QString description() const override
    {
        return tr("Lists the outbox's batches: their id, the server they are for, when they were made, how "
                  "many of their results are still waiting, and the last refusals.\n\n")
            + QCoreApplication::translate("OutboxCommand", outboxHelp);
    }

protected:
    bool talksToServer() const override { return false; }
    QList<QCommandLineOption> options() const override { return {outboxOption()}; }
    int execute(const QCommandLineParser &parser, CommandContext &ctx) override
    {
        const Outbox outbox(outboxDirectory(parser, ctx));
        QString error;
        const auto batches = outbox.list(&error);
        if (!error.isEmpty()) {
            ctx.error(error);
            return ExitCode::Failure;
        }
        qsizetype waiting = 0;
        for (const Outbox::Batch &batch : batches) {
            const qsizetype left = batch.total - batch.confirmed;
            waiting += left;
            *ctx.out << tr("%1  %2  %3 of %4 waiting  %5%6")
                            .arg(batch.id, batch.server)
                            .arg(left)
                            .arg(batch.total)
                            .arg(batch.created.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                                batch.inUse ? tr("  (being sent now)") : QString())
                     << u'\n';
            for (const QString &problem : batch.problems)
                *ctx.out << u"    "_s << tr("last problem: %1").arg(problem) << u'\n';
        }
        if (batches.isEmpty())
            ctx.info(tr("The outbox is empty (%1).").arg(outbox.directory()));
        else
            ctx.info(tr("%1 results waiting in %2 batches (%3).")
                         .arg(waiting)
                         .arg(batches.size())
                         .arg(outbox.directory()));
        return ExitCode::Success;
    }
};

class OutboxRetryCommand : public ServerCommand
{
public:
    QString name() const override { return u"outbox retry"_s; }
    QString summary() const override { return tr("Send the results waiting in the outbox."); }
    QString description() const override
    {
        return tr("Sends the outbox's waiting results for the server in CONBENCH_URL (or only the batches "
                  "named as arguments). Before sending, the results already stored on the server (whose "
                  "answer was lost, for instance when the process was killed) are looked up and not sent "
                  "again, so each result is stored exactly once.\n\n")
            + QCoreApplication::translate("OutboxCommand", outboxHelp);
    }

protected:
    QPair<QString, QString> positionalArgument() const override
    {
        return {u"BATCH..."_s, tr("Send only these batches (default: all of them for CONBENCH_URL).")};
    }
    int execute(const QCommandLineParser &parser, CommandContext &ctx) override
    {
        int code = ExitCode::Success;
        auto client = makeClient(parser, ctx, &code);
        if (!client)
            return code;
        Outbox outbox(outboxDirectory(parser, ctx));
        const QString server = client->settings().baseUrl.toString();
        QString error;
        const auto batches = outbox.list(&error);
        if (!error.isEmpty()) {
            ctx.error(error);
            return ExitCode::Failure;
        }
        QStringList wanted = parser.positionalArguments();
        QStringList chosen;
        for (const Outbox::Batch &batch : batches) {
            if (!wanted.isEmpty() && !wanted.contains(batch.id))
                continue;
            if (batch.server != server) {
                if (!wanted.isEmpty()) {
                    ctx.error(tr("Batch %1 is for %2, not for CONBENCH_URL=%3.")
                                  .arg(batch.id, batch.server, server));
                    return ExitCode::Configuration;
                }
                continue;
            }
            wanted.removeAll(batch.id);
            chosen.append(batch.id);
        }
        if (!parser.positionalArguments().isEmpty() && !wanted.isEmpty()) {
            ctx.error(tr("The outbox holds no batch \"%1\" (see benchconnect outbox list).")
                          .arg(wanted.constFirst()));
            return ExitCode::Usage;
        }
        if (chosen.isEmpty()) {
            ctx.info(tr("Nothing in the outbox for %1.").arg(server));
            return ExitCode::Success;
        }

        // What the server holds already: those are not sent again.
        auto stored = std::make_shared<StoredResults>();
        QEventLoop loop;
        ApiCall::Outcome outcome = ApiCall::Outcome::Pending;
        QString message;
        client->fetchStoredResults(outbox.runIds(chosen), &loop,
            [&](ApiCall::Outcome o, const QString &m, const StoredResults &found) {
                outcome = o;
                message = m;
                *stored = found;
                loop.quit();
            });
        loop.exec();
        if (outcome != ApiCall::Outcome::Success) {
            ctx.error(tr("Nothing was sent, since sending without knowing what the server holds could store "
                         "results twice: %1")
                          .arg(message));
            return exitCodeFor(outcome);
        }
        QStringList skipped;
        auto queue = outbox.queue(server, chosen, &skipped, &error);
        if (!queue) {
            ctx.error(error);
            return ExitCode::Failure;
        }
        for (const QString &id : std::as_const(skipped))
            ctx.warning(tr("Batch %1 is being sent by another process; skipped.").arg(id));
        return sendQueue(client.get(), std::move(queue), ctx, outbox.directory(),
            [stored](const QJsonObject &result) { return stored->take(result); });
    }
};

class OutboxDropCommand : public ServerCommand
{
public:
    QString name() const override { return u"outbox drop"_s; }
    QString summary() const override { return tr("Remove batches from the outbox without sending them."); }
    QString description() const override
    {
        return tr("Removes the named batches (see \"outbox list\"), or with --all every batch, from the "
                  "outbox without sending them. Their results are lost for good.\n\n")
            + QCoreApplication::translate("OutboxCommand", outboxHelp);
    }

protected:
    bool talksToServer() const override { return false; }
    QPair<QString, QString> positionalArgument() const override
    {
        return {u"BATCH..."_s, tr("The batches to remove, as \"outbox list\" names them.")};
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(u"all"_s, tr("Remove every batch.")), outboxOption()};
    }
    int execute(const QCommandLineParser &parser, CommandContext &ctx) override
    {
        Outbox outbox(outboxDirectory(parser, ctx));
        QStringList ids = parser.positionalArguments();
        QString error;
        if (parser.isSet(u"all"_s)) {
            for (const Outbox::Batch &batch : outbox.list(&error))
                ids.append(batch.id);
        } else if (ids.isEmpty()) {
            ctx.error(tr("Name the batches to drop (see benchconnect outbox list), or give --all."));
            return ExitCode::Usage;
        }
        int dropped = 0;
        for (const QString &id : std::as_const(ids)) {
            if (!outbox.drop(id, &error)) {
                ctx.error(error);
                return ExitCode::Failure;
            }
            ++dropped;
        }
        ctx.info(tr("Dropped %1 batches from the outbox.").arg(dropped));
        return ExitCode::Success;
    }
};

} // namespace

std::vector<std::unique_ptr<Command>> OutboxCommands::create()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<OutboxListCommand>());
    commands.push_back(std::make_unique<OutboxRetryCommand>());
    commands.push_back(std::make_unique<OutboxDropCommand>());
    return commands;
}

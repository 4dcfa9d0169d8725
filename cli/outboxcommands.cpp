#include "outboxcommands.h"

#include "exitcodes.h"
#include "interruptwatcher.h"
#include "outbox.h"
#include "pendingfinishes.h"
#include "servercommand.h"

#include <QEventLoop>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const char *const outboxHelp = QT_TRANSLATE_NOOP("OutboxCommand",
    "Every result that \"submit result\" or \"post result\" accepts is written to the outbox before it is "
    "sent, with the file or NDJSON line it came from, and leaves it only when the server confirmed it. What "
    "a failed, interrupted or killed submission did not deliver stays there. A result the server refused "
    "as it is (400 Bad Request: an unknown unit, a missing field) is kept apart as refused: \"outbox "
    "retry\" does not send it again, \"outbox list\" shows the server's reason, \"outbox drop\" removes "
    "it. Every file in the outbox directory is accounted for: a damaged batch is listed with what can "
    "still be read from it, and \"outbox drop\" removes it.");

QString createdText(const Outbox::Batch &batch)
{
    // A date in a message follows the locale, as the numbers do.
    return QLocale().toString(batch.created.toLocalTime(), QLocale::ShortFormat);
}

class OutboxListCommand : public ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(OutboxListCommand)

public:
    QString name() const override { return u"outbox list"_s; }
    QString summary() const override { return tr("List the results waiting in the outbox."); }
    QString description() const override
    {
        return tr("Lists the outbox's batches: their id, the server they are for, how many of their results "
                  "are still waiting, when they were made, the results the server refused (with where they "
                  "came from and the server's reason) and the last problems. Damaged batches are listed "
                  "with what is wrong and what can be recovered (their readable lines); batches a killed "
                  "submission left unfinished and other leftover files are listed too.\n\n")
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
            return ExitCode::Storage;
        }
        qsizetype waiting = 0;
        qsizetype refused = 0;
        int sendable = 0;
        int damaged = 0;
        for (const Outbox::Batch &batch : batches) {
            switch (batch.kind) {
            case Outbox::Batch::Kind::Batch:
                waiting += batch.waiting();
                refused += batch.refused;
                ++sendable;
                *ctx.out << tr("%1  %2  %L3 of %L4 waiting  %5%6")
                                .arg(batch.id, batch.serverKnown() ? batch.server : tr("(server unknown)"))
                                .arg(batch.waiting())
                                .arg(batch.total)
                                .arg(createdText(batch), batch.inUse ? tr("  (being sent now)") : QString())
                         << u'\n';
                break;
            case Outbox::Batch::Kind::Unfinished:
                *ctx.out << tr("%1  (unfinished)  %Ln results  %2", nullptr, int(batch.total))
                                .arg(batch.id, createdText(batch))
                         << u'\n';
                break;
            case Outbox::Batch::Kind::Leftover:
                *ctx.out << tr("%1  (leftover)  %2").arg(batch.id, createdText(batch)) << u'\n';
                break;
            }
            if (batch.isDamaged()) {
                ++damaged;
                if (batch.kind == Outbox::Batch::Kind::Batch)
                    *ctx.out << u"    "_s << tr("damaged: %1").arg(batch.damage) << u'\n';
                else
                    *ctx.out << u"    "_s << batch.damage << u'\n';
                if (batch.kind == Outbox::Batch::Kind::Batch && batch.total > 0)
                    *ctx.out << u"    "_s
                             << (batch.serverKnown() ? tr(
                                     "recoverable: %Ln readable results; \"benchconnect outbox retry\" "
                                     "sends those waiting, the damaged lines stay in the file",
                                     nullptr, int(batch.total))
                                                     : tr("recoverable: %Ln readable results; send them with "
                                                          "\"benchconnect outbox retry --to-server URL %1\"",
                                                         nullptr, int(batch.total))
                                                           .arg(batch.id))
                             << u'\n';
            }
            for (const QString &refusal : batch.refusals)
                *ctx.out << u"    "_s << tr("refused: %1").arg(refusal) << u'\n';
            if (batch.refused > batch.refusals.size())
                *ctx.out << u"    "_s
                         << tr("refused: %Ln more results", nullptr,
                                int(batch.refused - batch.refusals.size()))
                         << u'\n';
            for (const QString &problem : batch.problems)
                *ctx.out << u"    "_s << tr("last problem: %1").arg(problem) << u'\n';
        }
        const auto finishes = outbox.pendingFinishes();
        for (const Outbox::PendingFinish &finish : finishes) {
            *ctx.out << tr("%1.finish  %2  the finish of run %1 waits: %3")
                            .arg(finish.runId, finish.server,
                                outbox.runHasWaitingResults(finish.runId)
                                    ? tr("its results are still in the outbox")
                                    : tr(
                                        "its results were delivered; \"benchconnect outbox retry\" sends it"))
                     << u'\n';
        }
        if (batches.isEmpty()) {
            if (finishes.isEmpty())
                ctx.info(tr("The outbox is empty (%1).").arg(outbox.directory()));
            return ExitCode::Success;
        }
        QStringList parts {
            tr("%Ln results waiting", nullptr, int(waiting)), tr("in %Ln batches", nullptr, sendable)};
        QString line = parts.join(u' ');
        if (refused > 0)
            line += u", "_s + tr("%Ln refused (not sent again)", nullptr, int(refused));
        if (damaged > 0)
            line += u", "_s + tr("%Ln damaged or leftover files", nullptr, damaged);
        ctx.info(tr("%1 (%2).").arg(line, outbox.directory()));
        return ExitCode::Success;
    }
};

class OutboxRetryCommand : public ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(OutboxRetryCommand)

public:
    QString name() const override { return u"outbox retry"_s; }
    QString summary() const override { return tr("Send the results waiting in the outbox."); }
    QString description() const override
    {
        return tr("Sends the outbox's waiting results for the server in CONBENCH_URL (or only the batches "
                  "named as arguments). Server URLs match when they differ only in the case of the scheme "
                  "or host, a default port or a trailing slash (localhost and 127.0.0.1 are different "
                  "hosts). With --to-server URL the named batches (all waiting batches when none is named) "
                  "are sent to that server instead and recorded as being for it from then on; the "
                  "credentials are CONBENCH_EMAIL and CONBENCH_PASSWORD. Before sending, the results already "
                  "stored on the server (whose answer was lost, for instance when the process was killed) "
                  "are "
                  "looked up there and not sent again, so each result is stored exactly once.\n\n"
                  "Not sent: results the server refused as they are (see \"outbox list\"), and damaged lines "
                  "of a batch (its readable lines are sent). A batch whose header is damaged does not say "
                  "which server it was for: it is sent only when named with --to-server URL.\n\n")
            + QCoreApplication::translate("OutboxCommand", outboxHelp);
    }

protected:
    QPair<QString, QString> positionalArgument() const override
    {
        return {u"BATCH..."_s, tr("Send only these batches (default: all of them for CONBENCH_URL).")};
    }
    QList<QCommandLineOption> commandOptions() const override
    {
        return {QCommandLineOption(u"to-server"_s,
            tr("Send the batches to the Conbench server at URL (instead of CONBENCH_URL), for instance after "
               "the server moved; the batches are recorded as being for URL."),
            u"URL"_s)};
    }
    int execute(const QCommandLineParser &parser, CommandContext &ctx) override
    {
        // Ctrl-C and SIGTERM are honoured from the start: while the outbox is read and what the
        // server holds is looked up, as while sending. Until the sending, nothing has changed.
        auto interrupts = std::make_unique<InterruptWatcher>();
        interrupts->setQuitAction(nothingChangedMessage);
        const bool retarget = parser.isSet(u"to-server"_s);
        int code = ExitCode::Success;
        std::unique_ptr<ConbenchClient> client;
        if (retarget) {
            const QString url = parser.value(u"to-server"_s).trimmed();
            QString problem;
            if (ClientSettings::parseServerUrl(url, &problem, u"--to-server"_s).isEmpty()) {
                ctx.error(problem);
                return ExitCode::Usage;
            }
            // The same checks as for CONBENCH_URL, with the URL given.
            const QProcessEnvironment saved = ctx.env;
            ctx.env.insert(u"CONBENCH_URL"_s, url);
            client = makeClient(parser, ctx, &code);
            ctx.env = saved;
        } else {
            client = makeClient(parser, ctx, &code);
        }
        if (!client)
            return code;
        Outbox outbox(outboxDirectory(parser, ctx));
        const QString server = client->settings().baseUrl.toString();
        const QString target = Outbox::normalizedServer(server);
        QString error;
        const auto batches = outbox.list(&error);
        if (!error.isEmpty()) {
            ctx.error(error);
            return ExitCode::Storage;
        }
        const QStringList named = parser.positionalArguments();
        QStringList chosen;
        QStringList toRetarget;
        QSet<QString> found;
        for (const Outbox::Batch &batch : batches) {
            const bool isNamed = named.contains(batch.id);
            if (!named.isEmpty() && !isNamed)
                continue;
            found.insert(batch.id);
            if (batch.kind != Outbox::Batch::Kind::Batch) {
                if (isNamed) {
                    ctx.error(tr("%1 is not sent (%2); \"benchconnect outbox drop %1\" "
                                 "removes it.")
                                  .arg(batch.id, batch.damage));
                    return ExitCode::Usage;
                }
                continue;
            }
            const bool sameServer = batch.serverKnown() && Outbox::normalizedServer(batch.server) == target;
            if (batch.waiting() == 0) {
                if (isNamed)
                    ctx.info(
                        tr("Batch %1 holds no results waiting to be sent (see benchconnect outbox list).")
                            .arg(batch.id));
                continue;
            }
            if (!batch.serverKnown()) {
                if (isNamed && !retarget) {
                    ctx.error(tr("Batch %1's header is damaged, so the server its %Ln results were for is "
                                 "unknown; name it: benchconnect outbox retry --to-server URL %1",
                        nullptr, int(batch.total))
                                  .arg(batch.id));
                    return ExitCode::Usage;
                }
                if (!isNamed)
                    continue; // sent only when the user names it and the server
            } else if (!sameServer && !retarget) {
                if (isNamed) {
                    ctx.error(tr("Batch %1 is for %2, not for CONBENCH_URL=%3; to send it there, give "
                                 "--to-server %3.")
                                  .arg(batch.id, batch.server, server));
                    return ExitCode::Configuration;
                }
                continue;
            }
            if (!sameServer)
                toRetarget.append(batch.id);
            if (batch.damagedLines > 0)
                ctx.warning(
                    tr("Batch %1: %Ln damaged lines cannot be read and are not sent; they stay in the "
                       "batch file.",
                        nullptr, int(batch.damagedLines))
                        .arg(batch.id));
            chosen.append(batch.id);
        }
        for (const QString &id : named) {
            if (!found.contains(id)) {
                ctx.error(tr("The outbox holds no batch \"%1\" (see benchconnect outbox list).").arg(id));
                return ExitCode::Usage;
            }
        }
        if (chosen.isEmpty()) {
            // Results that wait for another server are work not done (1): the message names each
            // server and how to send them there. Nothing waiting at all is success.
            const QStringList elsewhere = waitingElsewhere(batches, server);
            int status = ExitCode::Success;
            if (!elsewhere.isEmpty()) {
                ctx.error(tr("Nothing in the outbox waits for %1.").arg(server));
                for (const QString &line : elsewhere)
                    ctx.error(line);
                status = ExitCode::Failure;
            } else if (outbox.pendingFinishes().isEmpty()) {
                ctx.info(tr("Nothing in the outbox waits for %1.").arg(server));
            }
            if (const QString refused = refusedNote(batches); !refused.isEmpty())
                ctx.info(refused);
            if (!outbox.pendingFinishes().isEmpty()) {
                interrupts.reset();
                return finishRuns(client.get(), outbox.directory(), ctx, status);
            }
            return status;
        }
        if (named.isEmpty()) {
            for (const QString &line : waitingElsewhere(batches, server))
                ctx.warning(line);
        }

        // What the server holds already: those are not sent again.
        auto stored = std::make_shared<StoredResults>();
        QEventLoop loop;
        ApiCall::Outcome outcome = ApiCall::Outcome::Pending;
        QString message;
        const QMetaObject::Connection stopLookUp
            = QObject::connect(interrupts.get(), &InterruptWatcher::interrupted, &loop, [&] {
                  client->abortAll();
                  loop.quit();
              });
        client->fetchStoredResults(outbox.runIds(chosen), &loop,
            [&](ApiCall::Outcome o, const QString &m, const StoredResults &found) {
                outcome = o;
                message = m;
                *stored = found;
                loop.quit();
            });
        if (!interrupts->isInterrupted())
            loop.exec();
        QObject::disconnect(stopLookUp); // the sending stops gently, letting the requests under way end
        if (interrupts->isInterrupted()) {
            qsizetype waiting = 0;
            for (const Outbox::Batch &batch : batches) {
                if (chosen.contains(batch.id))
                    waiting += batch.waiting();
            }
            ctx.error(tr("Interrupted while looking up what the server holds already: nothing was sent, and "
                         "the %Ln results wait in the outbox (%1) as before.",
                nullptr, int(waiting))
                          .arg(outbox.directory()));
            return ExitCode::Interrupted;
        }
        if (outcome != ApiCall::Outcome::Success) {
            ctx.error(tr("Nothing was sent, since sending without knowing what the server holds could store "
                         "results twice: %1")
                          .arg(message));
            return exitCodeFor(outcome);
        }
        const QString directory = outbox.directory();
        interrupts->setQuitAction([directory] { return keptInTheOutboxMessage(directory); });
        if (!toRetarget.isEmpty()) {
            if (!outbox.retarget(toRetarget, server, &error)) {
                ctx.error(tr("%1 (nothing was sent)").arg(error));
                return error.contains(u"another process"_s) ? int(ExitCode::Failure) : int(ExitCode::Storage);
            }
            ctx.info(tr("%Ln batches are now for %1.", nullptr, int(toRetarget.size())).arg(server));
        }
        QStringList skipped;
        auto queue = outbox.queue(server, chosen, &skipped, &error);
        if (!queue) {
            ctx.error(tr("%1 (nothing was sent)").arg(error));
            return ExitCode::Storage;
        }
        for (const QString &id : std::as_const(skipped))
            ctx.warning(tr("Batch %1 is being sent by another process; skipped.").arg(id));
        if (queue->size() == 0 && !skipped.isEmpty()) {
            // "Results sent: 0, kept in the outbox: 0" would read as if the outbox were empty.
            ctx.info(tr("Nothing was sent from here: the other process is sending those results, and they "
                        "stay in the outbox until the server has confirmed them."));
            interrupts.reset();
            return finishRuns(client.get(), outbox.directory(), ctx, ExitCode::Success);
        }
        const int sent = sendQueue(
            client.get(), std::move(queue), ctx, outbox.directory(),
            [stored](const QJsonObject &result) { return stored->take(result); }, interrupts.get());
        if (sent == ExitCode::Interrupted || sent == ExitCode::Unreachable)
            return sent;
        interrupts.reset();
        return finishRuns(client.get(), outbox.directory(), ctx, sent);
    }

private:
    // The last line when a second interrupt ends the process before anything was sent.
    static QString nothingChangedMessage()
    {
        return tr("Interrupted again: quit at once. Nothing was sent, and the outbox is as it was.");
    }

    // The finish-run updates waiting in the outbox for runs whose results were all delivered now.
    static int finishRuns(ConbenchClient *client, const QString &directory, CommandContext &ctx, int code)
    {
        PendingFinishes finishes(directory, client);
        QEventLoop loop;
        QObject::connect(&finishes, &PendingFinishes::finished, &loop, &QEventLoop::quit);
        finishes.start();
        loop.exec();
        for (const QString &run : finishes.finishedRuns())
            ctx.info(tr("Run %1 finished: its results were all delivered.").arg(run));
        for (const QString &problem : finishes.problems())
            ctx.error(problem);
        return code == ExitCode::Success && !finishes.problems().isEmpty() ? int(ExitCode::Failure) : code;
    }

private:
    // For each other server that results wait for, how many and how to send them; the same for
    // damaged batches whose server is unknown. Empty when nothing waits anywhere else.
    static QStringList waitingElsewhere(const QList<Outbox::Batch> &batches, const QString &server)
    {
        QMap<QString, qsizetype> elsewhere; // server as recorded first → waiting results
        QHash<QString, QString> recorded; // normalised → as recorded first
        qsizetype unknown = 0;
        const QString target = Outbox::normalizedServer(server);
        for (const Outbox::Batch &batch : batches) {
            if (batch.kind != Outbox::Batch::Kind::Batch || batch.waiting() == 0)
                continue;
            if (!batch.serverKnown()) {
                unknown += batch.waiting();
                continue;
            }
            const QString key = Outbox::normalizedServer(batch.server);
            if (key == target)
                continue;
            if (!recorded.contains(key))
                recorded.insert(key, batch.server);
            elsewhere[recorded.value(key)] += batch.waiting();
        }
        QStringList lines;
        for (auto it = elsewhere.cbegin(); it != elsewhere.cend(); ++it)
            lines.append(tr("%Ln results wait for %1: send them there with CONBENCH_URL=%1 benchconnect "
                            "outbox retry, or to %2 instead with benchconnect outbox retry --to-server %2.",
                nullptr, int(it.value()))
                             .arg(it.key(), server));
        if (unknown > 0)
            lines.append(
                tr("%Ln results wait in damaged batches whose server is unknown (see benchconnect outbox "
                   "list).",
                    nullptr, int(unknown)));
        return lines;
    }

    // What says that refused results are not sent again; empty when there are none.
    static QString refusedNote(const QList<Outbox::Batch> &batches)
    {
        qsizetype refused = 0;
        for (const Outbox::Batch &batch : batches) {
            if (batch.kind == Outbox::Batch::Kind::Batch)
                refused += batch.refused;
        }
        if (refused == 0)
            return {};
        return tr("%Ln results refused by the server are not sent again (see benchconnect outbox list).",
            nullptr, int(refused));
    }
};

class OutboxDropCommand : public ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(OutboxDropCommand)

public:
    QString name() const override { return u"outbox drop"_s; }
    QString summary() const override { return tr("Remove batches from the outbox without sending them."); }
    QString description() const override
    {
        return tr("Removes the named batches (see \"outbox list\"), or with --all every batch, from the "
                  "outbox without sending them: waiting, refused and damaged ones alike, batches a killed "
                  "submission left unfinished, and journals left without their batch. Their results are lost "
                  "for good. Files that are not the outbox's are left alone.\n\n")
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
        if (parser.isSet(u"all"_s) && !ids.isEmpty()) {
            ctx.error(tr("--all drops every batch: name no batches with it."));
            return ExitCode::Usage;
        }
        if (parser.isSet(u"all"_s)) {
            const auto batches = outbox.list(&error);
            if (!error.isEmpty()) {
                ctx.error(error);
                return ExitCode::Storage;
            }
            for (const Outbox::Batch &batch : batches) {
                if (batch.isForeign())
                    continue; // not the outbox's
                ids.append(batch.id);
            }
            for (const Outbox::PendingFinish &finish : outbox.pendingFinishes())
                ids.append(finish.runId + u".finish"_s);
        } else if (ids.isEmpty()) {
            ctx.error(tr("Name the batches to drop (see benchconnect outbox list), or give --all."));
            return ExitCode::Usage;
        } else {
            // Every name is checked before anything is dropped: a slip drops nothing.
            const auto batches = outbox.list(&error);
            if (!error.isEmpty()) {
                ctx.error(error);
                return ExitCode::Storage;
            }
            QSet<QString> known;
            for (const Outbox::Batch &batch : batches)
                known.insert(batch.id);
            for (const Outbox::PendingFinish &finish : outbox.pendingFinishes())
                known.insert(finish.runId + u".finish"_s);
            bool unknown = false;
            for (const QString &id : std::as_const(ids)) {
                if (!known.contains(id)) {
                    ctx.error(tr("The outbox holds no batch \"%1\" (see benchconnect outbox list).").arg(id));
                    unknown = true;
                }
            }
            if (unknown) {
                ctx.info(tr("Nothing was dropped."));
                return ExitCode::Usage;
            }
        }
        int dropped = 0;
        int code = ExitCode::Success;
        for (const QString &id : std::as_const(ids)) {
            if (id.endsWith(".finish"_L1) && !id.contains(u'/')) {
                // A run's pending finish: the run stays unfinished on the server.
                if (!outbox.clearPendingFinish(id.chopped(7))) {
                    ctx.error(tr("The outbox holds no pending finish \"%1\" (see benchconnect outbox list).")
                                  .arg(id));
                    code = ExitCode::Failure;
                }
                continue;
            }
            if (!outbox.drop(id, &error)) {
                ctx.error(error);
                code = ExitCode::Failure;
                continue;
            }
            ++dropped;
        }
        ctx.info(tr("Dropped %Ln batches from the outbox.", nullptr, dropped));
        return code;
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

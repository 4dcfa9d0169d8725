#include "servercommand.h"

#include "augmenter.h"
#include "exitcodes.h"
#include "inputloader.h"
#include "interruptwatcher.h"
#include "outbox.h"
#include "progressline.h"
#include "projectenvironment.h"
#include "submission.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>

#include <algorithm>

using namespace Qt::StringLiterals;

QCommandLineOption ServerCommand::outboxOption()
{
    return QCommandLineOption(u"outbox"_s,
        tr("Keep results in DIR until the server confirmed them (default "
           "~/.local/share/benchconnect/outbox; also BENCHCONNECT_OUTBOX). A result the server refuses "
           "(400) is kept there apart as refused and not sent again; the others are still sent (see "
           "\"benchconnect outbox retry --help\")."),
        u"DIR"_s);
}

QList<QCommandLineOption> ServerCommand::options() const
{
    QList<QCommandLineOption> list = commandOptions();
    list.append(QCommandLineOption(u"retry-deadline"_s,
        tr("Keep retrying a request that gets no usable answer (connection errors, "
           "time-outs, 5xx, 429) for up to SECONDS (default 1800; also "
           "BENCHCONNECT_RETRY_DEADLINE)."),
        u"SECONDS"_s));
    list.append(outboxOption());
    list.append(QCommandLineOption(u"max-in-flight"_s,
        tr("Send up to N requests at once, or \"auto\" (the default; also BENCHCONNECT_MAX_IN_FLIGHT): "
           "start with 4, double while the answers stay as fast, then move by one as fewer or more of "
           "them wait in a queue; go down on 429/503 answers and time-outs, and never above 16."),
        u"N"_s));
    list.append(QCommandLineOption(u"timeout"_s,
        tr("Give up on one attempt when the server has not answered within SECONDS "
           "(default 150; 10 for logging in), then retry."),
        u"SECONDS"_s));
    list.append(QCommandLineOption(u"ca-bundle"_s,
        tr("Trust the CA certificates in this PEM file too (also "
           "BENCHCONNECT_CA_BUNDLE)."),
        u"FILE"_s));
    list.append(QCommandLineOption(u"profile"_s,
        tr("Take the server's URL, e-mail, CA bundle and insecure flag from the server profile NAME in "
           "the window's settings file (also BENCHCONNECT_PROFILE). CONBENCH_URL, CONBENCH_EMAIL and "
           "BENCHCONNECT_CA_BUNDLE, when set, win over the profile; the password comes from "
           "CONBENCH_PASSWORD."),
        u"NAME"_s));
    list.append(QCommandLineOption(
        u"insecure"_s, tr("Do not verify the server's TLS certificate. Only on a network you trust.")));
    return list;
}

std::unique_ptr<ConbenchClient> ServerCommand::makeClient(
    const QCommandLineParser &parser, CommandContext &ctx, int *exitCode) const
{
    ClientSettings settings;
    QStringList warnings;
    QString error;
    const QString profile = parser.isSet(u"profile"_s)
        ? parser.value(u"profile"_s).trimmed()
        : ProjectEnvironment::variable(ctx.env, u"BENCHCONNECT_PROFILE"_s, &warnings);
    if (parser.isSet(u"profile"_s) && profile.isEmpty()) {
        ctx.error(tr("--profile is empty; give the name of a server profile."));
        *exitCode = ExitCode::Usage;
        return nullptr;
    }
    if (!profile.isEmpty() && !settings.readProfile(profile, ClientSettings::defaultSettingsPath(), &error)) {
        ctx.error(error);
        *exitCode = ExitCode::Configuration;
        return nullptr;
    }
    const bool ok = settings.readEnvironment(ctx.env, &warnings, &error);
    for (const QString &warning : std::as_const(warnings))
        ctx.warning(warning);
    if (!ok) {
        ctx.error(error);
        *exitCode = ExitCode::Configuration;
        return nullptr;
    }
    if (parser.isSet(u"retry-deadline"_s)
        && !ClientSettings::parseSeconds(parser.value(u"retry-deadline"_s), &settings.retryDeadline)) {
        ctx.error(
            tr("--retry-deadline \"%1\" is not a number of seconds.").arg(parser.value(u"retry-deadline"_s)));
        *exitCode = ExitCode::Usage;
        return nullptr;
    }
    if (parser.isSet(u"max-in-flight"_s)) {
        if (!ClientSettings::parseInFlight(parser.value(u"max-in-flight"_s), &settings.maxInFlight)) {
            ctx.error(tr("--max-in-flight \"%1\" is neither \"auto\" nor a number from 1 to 64.")
                          .arg(parser.value(u"max-in-flight"_s)));
            *exitCode = ExitCode::Usage;
            return nullptr;
        }
    }
    if (parser.isSet(u"timeout"_s)) {
        std::chrono::milliseconds timeout {};
        if (!ClientSettings::parseSeconds(parser.value(u"timeout"_s), &timeout) || timeout.count() == 0) {
            ctx.error(
                tr("--timeout \"%1\" is not a positive number of seconds.").arg(parser.value(u"timeout"_s)));
            *exitCode = ExitCode::Usage;
            return nullptr;
        }
        settings.requestTimeout = timeout;
        settings.loginTimeout = std::min(settings.loginTimeout, timeout);
    }
    if (parser.isSet(u"ca-bundle"_s))
        settings.caBundle = parser.value(u"ca-bundle"_s);
    if (!settings.caBundle.isEmpty() && !QFileInfo(settings.caBundle).isReadable()) {
        ctx.error(tr("%1: cannot read the CA bundle.").arg(settings.caBundle));
        *exitCode = ExitCode::Configuration;
        return nullptr;
    }
    if (settings.insecure && !parser.isSet(u"insecure"_s))
        ctx.warning(
            tr("The server profile \"%1\" does not verify the server's TLS certificate; anyone on the "
               "network path could read the credentials and results.")
                .arg(settings.profile));
    else if (parser.isSet(u"insecure"_s))
        settings.insecure = true;
    if (parser.isSet(u"insecure"_s))
        ctx.warning(tr("--insecure: the server's TLS certificate is not verified; anyone on the network path "
                       "could read the credentials and results."));
    auto client = std::make_unique<ConbenchClient>(settings);
    QObject::connect(client.get(), &ConbenchClient::retrying, client.get(),
        [&ctx](const QString &what, const QString &problem, qint64 delayMs) {
            ctx.info(ConbenchClient::retryNotice(what, problem, delayMs));
        });
    return client;
}

void ServerCommand::wait(ApiCall *call)
{
    QEventLoop loop;
    QObject::connect(call, &ApiCall::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

int ServerCommand::exitCodeFor(ApiCall::Outcome outcome)
{
    switch (outcome) {
    case ApiCall::Outcome::Success:
        return ExitCode::Success;
    case ApiCall::Outcome::Refused:
    case ApiCall::Outcome::CredentialsRefused:
        return ExitCode::Refused;
    case ApiCall::Outcome::Unreachable:
        return ExitCode::Unreachable;
    case ApiCall::Outcome::Aborted:
        return ExitCode::Interrupted;
    case ApiCall::Outcome::Pending:
        break;
    }
    return ExitCode::Failure;
}

int ServerCommand::readInput(JsonObjectSource *source, CommandContext &ctx, const Prepare &prepare,
    const Sink &sink, const InterruptWatcher *interrupts) const
{
    qsizetype count = 0;
    for (;;) {
        if (interrupts && interrupts->isInterrupted())
            return ExitCode::Interrupted;
        QJsonObject object;
        QString error;
        const auto status = source->next(&object, &error);
        if (status == JsonObjectSource::Status::End)
            break;
        if (status == JsonObjectSource::Status::Error) {
            ctx.error(tr("%1 (nothing was sent)").arg(error));
            return ExitCode::Input;
        }
        QStringList warnings;
        if (const int code = prepare(&object, &warnings, &error); code != ExitCode::Success) {
            ctx.error(tr("%1: %2 (nothing was sent)").arg(source->origin(), error));
            return code;
        }
        for (const QString &warning : std::as_const(warnings))
            ctx.warning(u"%1: %2"_s.arg(source->origin(), warning));
        if (!sink(object, source->origin(), &error)) {
            ctx.error(tr("%1 (nothing was sent)").arg(error));
            return ExitCode::Failure;
        }
        ++count;
    }
    if (count == 0) {
        ctx.error(tr("The input holds no JSON objects."));
        return ExitCode::Input;
    }
    return ExitCode::Success;
}

int ServerCommand::readOneOptional(
    const QCommandLineParser &parser, CommandContext &ctx, QJsonObject *object) const
{
    const bool given
        = parser.isSet(u"json"_s) || parser.isSet(u"path"_s) || !parser.positionalArguments().isEmpty();
    std::unique_ptr<JsonObjectSource> source;
    if (given) {
        source = openInput(parser, ctx);
    } else {
        // Nothing given: standard input, as the other subcommands read it, when it is not a
        // terminal. A pipe that stays silent (a CI runner's, left open by nobody's fault) is not
        // waited on for ever: the object is optional.
        if (ctx.inIsTerminal || !ctx.in)
            return ExitCode::Success;
        if (!standardInputArrives(ctx.in, optionalInputGraceMs)) {
            ctx.warning(tr("Standard input is not a terminal, but nothing came on it within %L1 s: it is not "
                           "read, as if no %2 were given. Give \"-\" to wait for it, or redirect it from "
                           "/dev/null to say there is none.")
                            .arg(optionalInputGraceMs / 1000)
                            .arg(inputNoun()));
            return ExitCode::Success;
        }
        source = InputLoader::fromNdjsonDevice(ctx.in, inputSizeLimit(parser));
    }
    if (!source)
        return ExitCode::Input;
    QString error;
    const auto status = source->next(object, &error);
    if (status == JsonObjectSource::Status::Error) {
        ctx.error(error);
        return ExitCode::Input;
    }
    QJsonObject extra;
    if (status == JsonObjectSource::Status::Object
        && source->next(&extra, &error) != JsonObjectSource::Status::End) {
        ctx.error(tr("The input holds more than one JSON object; give one."));
        return ExitCode::Input;
    }
    return ExitCode::Success;
}

QString ServerCommand::outboxDirectory(const QCommandLineParser &parser, const CommandContext &ctx) const
{
    if (parser.isSet(u"outbox"_s))
        return parser.value(u"outbox"_s);
    return Outbox::defaultDirectory(ctx.env);
}

int ServerCommand::submitResults(JsonObjectSource *source, CommandContext &ctx,
    const QCommandLineParser &parser, ConbenchClient *client, const Prepare &prepare,
    InterruptWatcher *interrupts) const
{
    Outbox outbox(outboxDirectory(parser, ctx));
    QString error;
    QStringList warnings;
    const bool opened = outbox.open(&error, &warnings);
    for (const QString &warning : std::as_const(warnings))
        ctx.warning(warning);
    if (!opened) {
        ctx.error(tr("%1 (nothing was sent)").arg(error));
        return ExitCode::Storage;
    }
    const QString server = client->settings().baseUrl.toString();
    auto writer = outbox.writer(server);
    // A second interrupt ends the process at once: what it wrote to the outbox goes with it until
    // it is committed, and stays there from then on. The last line says which.
    bool committed = false;
    const QString directory = outbox.directory();
    if (interrupts) {
        interrupts->setQuitAction([&writer, directory] {
            return writer->abandon() ? keptInTheOutboxMessage(directory)
                                     : tr("Interrupted again while reading the input: quit at once. Nothing "
                                          "was sent, and nothing of it was kept in the outbox.");
        });
    }
    const auto quitWithoutWriter = qScopeGuard([&] {
        if (interrupts)
            interrupts->setQuitAction(committed
                    ? std::function<QString()>([directory] { return keptInTheOutboxMessage(directory); })
                    : std::function<QString()>(nothingSentMessage));
    });
    const int code = readInput(
        source, ctx, prepare,
        [&writer](const QJsonObject &object, const QString &origin, QString *why) {
            return writer->append(object, origin, why);
        },
        interrupts);
    if (code == ExitCode::Interrupted) {
        // Nothing was accepted yet: what this command wrote to the outbox goes with it.
        writer->discard();
        ctx.error(tr("Interrupted while reading the input: nothing was sent, and nothing of it was kept in "
                     "the outbox."));
        return code;
    }
    if (code != ExitCode::Success) {
        // readInput says "nothing was sent"; a write that failed is the outbox's fault.
        return code == ExitCode::Failure ? int(ExitCode::Storage) : code;
    }
    if (!writer->commit(&error)) {
        ctx.error(tr("%1 (nothing was sent)").arg(error));
        return ExitCode::Storage;
    }
    committed = true;
    QStringList skipped;
    auto queue = outbox.queue(server, writer->batchIds(), &skipped, &error);
    if (!queue) {
        ctx.error(tr("%1 (nothing was sent)").arg(error));
        return ExitCode::Storage;
    }
    if (interrupts && interrupts->isInterrupted()) {
        // Accepted into the outbox already: kept there, as results whose sending was interrupted.
        ctx.error(tr("Interrupted before the first result was sent: nothing was sent. The %Ln results "
                     "written to the outbox (%1) wait there; send them with \"benchconnect outbox retry\".",
            nullptr, int(writer->count()))
                      .arg(outbox.directory()));
        return ExitCode::Interrupted;
    }
    return sendQueue(client, std::move(queue), ctx, outbox.directory(), {}, interrupts);
}

int ServerCommand::sendQueue(ConbenchClient *client, std::unique_ptr<ResultQueue> queue, CommandContext &ctx,
    const QString &outboxDirectory, std::function<bool(const QJsonObject &)> alreadyStored,
    InterruptWatcher *interrupts) const
{
    Submission submission(client);
    submission.setQueue(std::move(queue));
    if (alreadyStored)
        submission.setAlreadyStored(std::move(alreadyStored));
    ProgressLine progress(ctx.err, ctx.errIsTerminal && !ctx.quiet);
    QObject::connect(&submission, &Submission::progress, &submission,
        [&progress](
            qsizetype done, qsizetype failed, qsizetype total) { progress.update(done, failed, total); });
    std::unique_ptr<InterruptWatcher> ownInterrupts;
    if (!interrupts) {
        ownInterrupts = std::make_unique<InterruptWatcher>();
        interrupts = ownInterrupts.get();
    }
    QObject::connect(interrupts, &InterruptWatcher::interrupted, &submission, [&] {
        if (submission.isCancelled())
            return;
        progress.clear();
        ctx.info(tr("Stopping: no new results are sent; waiting for the requests under way. What was not "
                    "sent stays in the outbox (benchconnect outbox retry). Press Ctrl-C again to quit now."));
        submission.cancel();
    });
    QEventLoop loop;
    QObject::connect(&submission, &Submission::finished, &loop, &QEventLoop::quit);
    if (interrupts->isInterrupted())
        submission.cancel(); // before the first request: none is sent
    submission.start();
    if (!submission.isFinished())
        loop.exec();
    progress.clear();

    // One line per cause: a server gone or refused credentials is said once, a refusal of a
    // single result names where it came from (its file or NDJSON line).
    QStringList causes;
    QHash<QString, QStringList> originsByCause;
    QHash<QString, bool> refusedCause;
    for (const Submission::Failure &failure : submission.failures()) {
        if (!originsByCause.contains(failure.message))
            causes.append(failure.message);
        originsByCause[failure.message].append(failure.origin);
        refusedCause[failure.message] = failure.refused;
    }
    constexpr int shownCauses = 10;
    constexpr int shownOrigins = 3;
    qsizetype shown = 0;
    for (qsizetype i = 0; i < causes.size() && i < shownCauses; ++i) {
        const QString &cause = causes.at(i);
        const QStringList &origins = originsByCause.value(cause);
        shown += origins.size();
        const bool refused = refusedCause.value(cause);
        if (origins.size() == 1) {
            ctx.error(refused ? tr("%1: refused by the server: %2").arg(origins.constFirst(), cause)
                              : tr("%1: not stored: %2").arg(origins.constFirst(), cause));
            continue;
        }
        QString named = origins.mid(0, shownOrigins).join(u", "_s);
        if (origins.size() > shownOrigins)
            named += u", \u2026"_s;
        ctx.error(refused
                ? tr("%Ln results refused by the server (%1): %2", nullptr, int(origins.size()))
                      .arg(named, cause)
                : tr("%Ln results not stored (%1): %2", nullptr, int(origins.size())).arg(named, cause));
    }
    if (shown < submission.failed())
        ctx.error(tr("%Ln more results not stored for other reasons (see benchconnect outbox list).", nullptr,
            int(submission.failed() - shown)));
    const qsizetype kept = submission.total() - submission.sent();
    QString summary = tr("Results sent: %L1, failed: %L2, kept in the outbox: %L3 (to %4, in %L5 s).")
                          .arg(submission.sent())
                          .arg(submission.failed())
                          .arg(kept)
                          .arg(client->settings().baseUrl.toDisplayString(),
                              QString::number(submission.elapsedMs() / 1000.0, 'f', 1));
    if (submission.confirmedByLookup() > 0)
        summary += u' '
            + tr("%Ln of them were found stored already and not sent again.", nullptr,
                int(submission.confirmedByLookup()));
    ctx.info(summary);
    if (submission.refused() > 0)
        ctx.info(tr("%Ln results the server refused are kept apart in the outbox (%1): \"benchconnect outbox "
                    "retry\" does not send them again, since they cannot be stored as they are. Correct and "
                    "submit them again, then remove them with \"benchconnect outbox drop\".",
            nullptr, int(submission.refused()))
                     .arg(outboxDirectory));
    if (kept > submission.refused())
        ctx.info(tr("The outbox (%1) keeps what was not stored; send it with \"benchconnect outbox retry\".")
                     .arg(outboxDirectory));
    if (!submission.storageError().isEmpty()) {
        ctx.error(tr("%1. Sending stopped. \"benchconnect outbox retry\" looks up what the server holds "
                     "before it sends again.")
                      .arg(submission.storageError()));
        return ExitCode::Storage;
    }
    if (submission.isCancelled())
        return ExitCode::Interrupted;
    return exitCodeFor(submission);
}

int ServerCommand::exitCodeFor(const Submission &submission)
{
    if (submission.failed() == 0)
        return ExitCode::Success;
    const QList<Submission::Failure> &failures = submission.failures();
    // Results the server refused (status 5 when it refused all it answered, else 1) win over a
    // server gone away: sending again ("outbox retry") cannot help them.
    const bool anyRefused = std::any_of(failures.cbegin(), failures.cend(),
        [](const Submission::Failure &failure) { return failure.outcome == ApiCall::Outcome::Refused; });
    if (anyRefused)
        return submission.sent() == 0 ? int(ExitCode::Refused) : int(ExitCode::Failure);
    // The server could not be reached (6), or stopped taking the credentials (5): whether at the
    // first result or part-way, the rest waits in the outbox for the same reason.
    for (const Submission::Failure &failure : failures) {
        if (failure.outcome == ApiCall::Outcome::Unreachable
            || failure.outcome == ApiCall::Outcome::CredentialsRefused)
            return exitCodeFor(failure.outcome);
    }
    if (submission.sent() == 0)
        return exitCodeFor(failures.constFirst().outcome);
    return ExitCode::Failure;
}

QString ServerCommand::nothingSentMessage()
{
    return tr("Interrupted again: quit at once. Nothing was sent.");
}

QString ServerCommand::keptInTheOutboxMessage(const QString &outboxDirectory)
{
    return tr("Interrupted again: quit at once. What the server has not confirmed stays in the outbox (%1); "
              "\"benchconnect outbox retry\" sends it, and looks up first what the server stored already, so "
              "that nothing is stored twice.")
        .arg(outboxDirectory);
}

void ServerCommand::noteImplicitRuns(CommandContext &ctx, const QString &consequence)
{
    ctx.info(tr("This Conbench server keeps runs implicitly: a run exists through its results (the server "
                "answered 405 to the run endpoint). %1")
                 .arg(consequence));
}

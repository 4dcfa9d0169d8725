#include "servercommands.h"

#include "augmenter.h"
#include "checkcommand.h"
#include "comparecommand.h"
#include "exitcodes.h"
#include "inputloader.h"
#include "interruptwatcher.h"
#include "machineinfo.h"
#include "runstate.h"
#include "servercommand.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// Project variables for augmentation; prints the problem and returns false when unusable.
bool readProject(CommandContext &ctx, ProjectEnvironment *project)
{
    *project = ProjectEnvironment::fromEnvironment(ctx.env);
    for (const QString &warning : project->warnings())
        ctx.warning(warning);
    if (!project->errors().isEmpty()) {
        ctx.error(project->errors().constFirst());
        return false;
    }
    return true;
}

Augmenter makeAugmenter(const ProjectEnvironment &project)
{
    return Augmenter(project, [] { return MachineInfo::current(); });
}

// When the server refused a run's result-style field name ("run_reason" for "reason"), says which
// name it expects; empty otherwise.
QString runFieldHint(const QJsonObject &run, const QString &refusal)
{
    QString hint;
    for (const auto &[resultKey, runKey] :
        {std::pair {"run_reason"_L1, "reason"_L1}, {"run_name"_L1, "name"_L1}}) {
        if (run.contains(resultKey) && refusal.contains(resultKey))
            hint += u' '
                + ServerCommand::tr("A run's field is \"%1\"; \"%2\" is the name results use (\"start run\" "
                                    "and \"augment run\" accept both).")
                      .arg(runKey, resultKey);
    }
    return hint;
}

// The run started here must be continued on the server it was started on; prints the problem and
// returns false otherwise.
bool sameServer(const QJsonObject &state, const ConbenchClient &client, CommandContext &ctx)
{
    QString error;
    QString note;
    if (!RunState::checkServer(state, client.settings().baseUrl, &error, &note)) {
        ctx.error(error);
        return false;
    }
    if (!note.isEmpty())
        ctx.info(note);
    return true;
}

// The input's results, each prepared and then checked against the rules of the server's
// generation: every result the server would refuse is named, and the input then ends in an error,
// so that nothing is written to the outbox and nothing is sent.
std::unique_ptr<CheckedResultSource> checkedInput(std::unique_ptr<JsonObjectSource> input,
    ConbenchSchema::Generation generation, CheckedResultSource::Prepare prepare, CommandContext &ctx)
{
    auto source = std::make_unique<CheckedResultSource>(std::move(input), generation, std::move(prepare),
        [&ctx](const QString &origin, const QList<ConbenchSchema::Problem> &problems) {
            ctx.error(CheckCommand::describe(origin, problems));
        });
    source->setNameASingleInvalidInTheError(true);
    return source;
}

// The preparation submitResults runs on a checked input: what the input's own preparation said.
CheckedResultSource::Prepare preparedBy(const CheckedResultSource &source)
{
    return [&source](QJsonObject *, QStringList *warnings, QString *error) {
        *warnings = source.warnings();
        *error = source.error();
        return source.status();
    };
}

// The options of submit result and finish run that run a comparison at their end.
QList<QCommandLineOption> compareAtTheEndOptions()
{
    QList<QCommandLineOption> list {QCommandLineOption(u"compare"_s,
        ServerCommand::tr("At the end, compare the run with its baseline as \"compare run\" does, with the "
                          "options below (the output format is --compare-format here)."))};
    return list + CompareCommand::comparisonOptions(u"compare-format"_s);
}

// Reads the comparison's options before anything is sent; false (exit status 2) when unusable.
bool readCompareAtTheEnd(const QCommandLineParser &parser, CommandContext &ctx)
{
    if (!parser.isSet(u"compare"_s)) {
        for (const QString &option :
            {u"baseline"_s, u"threshold"_s, u"threshold-z"_s, u"compare-format"_s, u"fail-on"_s}) {
            if (parser.isSet(option))
                ctx.warning(ServerCommand::tr("--%1 is used only with --compare; ignoring it.").arg(option));
        }
        return true;
    }
    CompareCommand::Settings settings;
    return CompareCommand::readSettings(parser, ctx, u"compare-format"_s, &settings);
}

// --- post result ------------------------------------------------------------------------------

class PostResultCommand : public ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(PostResultCommand)

public:
    QString name() const override { return u"post result"_s; }
    QString summary() const override { return tr("Post results to the server as they are."); }
    QString description() const override
    {
        return tr(
            "Sends each result to the server's results endpoint exactly as given, without filling in "
            "defaults (use \"submit result\" for that, or \"augment result\" first).\n\n"
            "All of the input is checked before anything is sent, as \"check result\" checks it: when "
            "any result is one the server would refuse (a field its schema does not take, no stats and "
            "no error, not exactly one of machine_info and cluster_info, no tags.name, a unit it does "
            "not know), each such result is named with the field and the reason, and nothing is written "
            "to the outbox or sent. Without --generation only what servers of both generations refuse "
            "counts. A result whose answer is lost on the way is looked up on the server before "
            "it is sent again, so none is stored twice.\n\n"
            "--path may also be a benchmark tool's output, or a folder mixing tools' files and Conbench's "
            "JSON: "
            "with --format auto (the default) each file is read in the format its content shows (--verbose "
            "says which), as \"adapt\" reads it; a file in no known format is an error naming it.");
    }

protected:
    Input input() const override { return Input::Required; }
    bool readsToolFormats() const override { return true; }
    QString inputNoun() const override { return tr("result"); }
    QString examples() const override
    {
        // The server requires a run_id, which augment result does not add (submit result adds the
        // started run's).
        return u"  benchconnect augment result --json '{\"run_id\": \"0123456789abcdef0123456789abcdef\", "
               u"\"tags\": "
               u"{\"name\": \"sort\"}, \"stats\": {\"data\": [1.5], \"unit\": \"s\"}}' | benchconnect post result\n"_s;
    }
    QList<QCommandLineOption> commandOptions() const override { return {CheckCommand::generationOption()}; }
    int execute(const QCommandLineParser &parser, CommandContext &ctx) override
    {
        // Ctrl-C and SIGTERM stop it gently from the start, while the input is read too.
        InterruptWatcher interrupts;
        interrupts.setQuitAction(nothingSentMessage);
        ConbenchSchema::Generation generation;
        if (!CheckCommand::readGeneration(parser, ctx, &generation))
            return ExitCode::Usage;
        int code = ExitCode::Success;
        auto client = makeClient(parser, ctx, &code);
        if (!client)
            return code;
        auto source = openInput(parser, ctx);
        if (!source)
            return ExitCode::Input;
        auto checked = checkedInput(std::move(source), generation, {}, ctx);
        return submitResults(checked.get(), ctx, parser, client.get(), preparedBy(*checked), &interrupts);
    }
};

// --- post run / put run -----------------------------------------------------------------------

class RunRequestCommand : public ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunRequestCommand)

public:
    enum class Kind
    {
        Post,
        Put
    };
    explicit RunRequestCommand(Kind kind)
        : m_kind(kind)
    { }

    QString name() const override { return m_kind == Kind::Post ? u"post run"_s : u"put run"_s; }
    QString summary() const override
    {
        return m_kind == Kind::Post ? tr("Create runs on the server as they are.")
                                    : tr("Update runs on the server (the id goes in the URL).");
    }
    QString description() const override
    {
        if (m_kind == Kind::Post)
            return tr("Sends each run to POST /api/runs/ exactly as given, without filling in defaults (use "
                      "\"start run\" for that).\n\n"
                      "Servers since late 2023 keep runs implicitly, through their results: they answer 405 "
                      "to this request, which is reported once and is not an error.");
        return tr("Sends each run's fields to PUT /api/runs/ID/: the \"id\" of the JSON goes in the URL and "
                  "is taken out of the body. Usually the fields are finished_timestamp, error_type, "
                  "error_info and info.\n\n"
                  "Servers since late 2023 keep runs implicitly, through their results: they answer 405 to "
                  "this request, which is reported once and is not an error.");
    }

protected:
    Input input() const override { return Input::Required; }
    QString inputNoun() const override { return tr("run"); }
    QString examples() const override
    {
        if (m_kind == Kind::Post)
            return u"  benchconnect augment run --json '{\"reason\": \"nightly\"}' | benchconnect post run\n"_s;
        return u"  benchconnect put run --json '{\"id\": \"RUN_ID\", \"finished_timestamp\": "
               u"\"2026-01-01T12:00:00+00:00\"}'\n"_s;
    }
    int execute(const QCommandLineParser &parser, CommandContext &ctx) override
    {
        int code = ExitCode::Success;
        auto client = makeClient(parser, ctx, &code);
        if (!client)
            return code;
        auto source = openInput(parser, ctx);
        if (!source)
            return ExitCode::Input;
        QList<QPair<QJsonObject, QString>> runs;
        const bool put = m_kind == Kind::Put;
        code = readInput(
            source.get(), ctx,
            [put](QJsonObject *run, QStringList *, QString *error) {
                if (const QJsonValue id = run->value("id"_L1);
                    !id.isUndefined() && !id.isNull() && !id.isString()) {
                    *error = tr("the run's \"id\" is not a string (Conbench's run ids are strings)");
                    return int(ExitCode::Input);
                }
                if (run->value("id"_L1).toString().trimmed().isEmpty()) {
                    *error = put ? tr("the run has no \"id\"; put run needs it for the URL")
                                 : tr("the run has no \"id\" (\"augment run\" adds one)");
                    return int(ExitCode::Input);
                }
                return int(ExitCode::Success);
            },
            [&runs](const QJsonObject &run, const QString &origin, QString *) {
                runs.append({run, origin});
                return true;
            });
        if (code != ExitCode::Success)
            return code;
        bool noted = false;
        int stored = 0;
        for (const auto &[run, origin] : std::as_const(runs)) {
            const QString id = run.value("id"_L1).toString();
            ApiCall *call = put ? client->updateRun(id, run) : client->createRun(run);
            wait(call);
            if (ConbenchClient::keepsRunsImplicitly(call)) {
                if (!noted)
                    noteImplicitRuns(ctx, put ? tr("Nothing to update.") : tr("Nothing to create."));
                noted = true;
                continue;
            }
            if (!call->succeeded()) {
                ctx.error(tr("%1: run %2 not %3: %4")
                              .arg(origin, id, put ? tr("updated") : tr("created"), call->message())
                    + runFieldHint(run, call->message()));
                return stored == 0 ? exitCodeFor(call->outcome()) : int(ExitCode::Failure);
            }
            ++stored;
            *ctx.out << id << u'\n';
        }
        return ExitCode::Success;
    }

private:
    Kind m_kind;
};

// --- start run --------------------------------------------------------------------------------

class StartRunCommand : public ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(StartRunCommand)

public:
    QString name() const override { return u"start run"_s; }
    QString summary() const override { return tr("Start a run: create it and write the state file."); }
    QString description() const override
    {
        return tr(
            "Fills in the defaults of the run (as \"augment run\" does), makes sure that "
            "benchconnect-state.json can be written in the current directory (no run is created when it "
            "cannot), creates the run on the server, and only then writes the file, holding what every "
            "result of the run shares (run_id, run_name, run_reason, github, machine_info or "
            "cluster_info), the server's URL, which \"submit result\" and \"finish run\" must use too, and "
            "the generation of the server's API as its answer shows it (2023 when it created the run, "
            "current when it answered 405), whose rules \"submit result\" checks each result with before "
            "sending. "
            "Prints the run's id.\n\n"
            "Then \"submit result\" adds results to the run, and \"finish run\" ends it and removes the "
            "state file. Without JSON input the run gets only its defaults. Standard input is read when "
            "nothing else is given and it is not a terminal; when nothing comes on it within 2 s (a pipe "
            "a CI runner leaves open), it is not waited for, with a warning (\"-\" waits for it). "
            "\"run_reason\" and \"run_name\", the names results use, are taken as "
            "the run's \"reason\" and \"name\".\n\n"
            "Servers since late 2023 keep runs implicitly, through their results: they answer 405 to "
            "run creation, which is reported once; the state file is written all the same.");
    }

private:
    // A server that keeps runs implicitly keeps of the run only what its results carry (the state
    // file's fields): the rest of the run is named, not dropped in silence.
    static void warnNotKept(const QJsonObject &run, CommandContext &ctx)
    {
        static const QStringList carried {
            u"id"_s, u"name"_s, u"reason"_s, u"github"_s, u"machine_info"_s, u"cluster_info"_s};
        static const QStringList otherRunFields {
            u"info"_s, u"finished_timestamp"_s, u"error_type"_s, u"error_info"_s};
        QStringList unknown;
        QStringList notKept;
        for (auto it = run.begin(); it != run.end(); ++it) {
            const QJsonValue &value = it.value();
            const bool empty = value.isNull() || (value.isObject() && value.toObject().isEmpty())
                || (value.isArray() && value.toArray().isEmpty())
                || (value.isString() && value.toString().isEmpty());
            if (carried.contains(it.key()) || empty)
                continue;
            (otherRunFields.contains(it.key()) ? notKept : unknown).append(u"\"%1\""_s.arg(it.key()));
        }
        if (!unknown.isEmpty())
            ctx.warning(tr("Not a field of a run, so not sent and not kept: %1 (a server up to August 2023 "
                           "refuses a run that holds it).")
                            .arg(unknown.join(u", "_s)));
        if (!notKept.isEmpty())
            ctx.warning(
                tr("Not sent and not kept, since this server keeps nothing of a run but what its "
                   "results carry (its id, name, reason, github and machine_info or cluster_info): %1.")
                    .arg(notKept.join(u", "_s)));
    }

protected:
    Input input() const override { return Input::Optional; }
    QString inputNoun() const override { return tr("run"); }
    QString examples() const override
    {
        return u"  benchconnect start run --json '{\"reason\": \"commit\"}'\n"
               u"  benchconnect start run '{\"run_reason\": \"test\"}'\n"_s;
    }
    int execute(const QCommandLineParser &parser, CommandContext &ctx) override
    {
        if (const QString problem = RunState::pathProblem(ctx.workingDirectory); !problem.isEmpty()) {
            ctx.error(problem);
            return ExitCode::State;
        }
        if (RunState::exists(ctx.workingDirectory)) {
            ctx.error(tr("A run is started already here (%1). Finish it with \"benchconnect finish run\", or "
                         "remove the file to abandon it.")
                          .arg(RunState::pathIn(ctx.workingDirectory)));
            return ExitCode::State;
        }
        ProjectEnvironment project;
        if (!readProject(ctx, &project))
            return ExitCode::Configuration;
        int code = ExitCode::Success;
        auto client = makeClient(parser, ctx, &code);
        if (!client)
            return code;
        QJsonObject run;
        if (const int status = readOneOptional(parser, ctx, &run); status != ExitCode::Success)
            return status;
        QStringList warnings;
        QStringList notes;
        QString error;
        if (!makeAugmenter(project).augmentRun(&run, &warnings, &error, &notes)) {
            ctx.error(error);
            return ExitCode::Input;
        }
        if (ctx.verbose) {
            for (const QString &note : std::as_const(notes))
                ctx.info(note);
        }
        for (const QString &warning : std::as_const(warnings))
            ctx.warning(warning);

        QJsonObject state = RunState::fromRun(run);
        RunState::setServer(&state, client->settings().baseUrl);
        // A run whose state file cannot be written could be continued from nowhere and would stay
        // unfinished on the server: the file is tried first, as it will be written (with the longer
        // of the generations, which only the server's answer tells).
        RunState::setGeneration(&state, ConbenchSchema::Generation::Current);
        if (!RunState::checkWritable(ctx.workingDirectory, state, &error)) {
            ctx.error(tr("%1 (no run was created)").arg(error));
            return ExitCode::State;
        }

        ApiCall *call = client->createRun(run);
        wait(call);
        const bool implicit = ConbenchClient::keepsRunsImplicitly(call);
        if (implicit) {
            noteImplicitRuns(ctx, tr("The state file is written; the run appears with its first result."));
            warnNotKept(run, ctx);
        } else if (!call->succeeded()) {
            ctx.error(tr("The run was not created: %1").arg(call->message()));
            return exitCodeFor(call->outcome());
        }
        // The answer tells the generation: servers up to August 2023 create the run (201; 409 for
        // our own retried request), later ones answer 405. submit result checks with its rules.
        RunState::setGeneration(&state,
            call->succeeded() ? ConbenchSchema::Generation::Conbench2023
                              : ConbenchSchema::Generation::Current);
        const QString id = run.value("id"_L1).toString();
        if (!RunState::save(ctx.workingDirectory, state, &error)) {
            if (implicit) { // the server keeps no run before its first result: nothing is left there
                ctx.error(tr("%1 (no run was created)").arg(error));
            } else {
                ctx.error(
                    tr("%1. Run %2 was created on the server all the same, and nothing here can continue it; "
                       "mark it finished with: benchconnect put run --json '{\"id\": \"%2\", "
                       "\"finished_timestamp\": \"%3\"}'")
                        .arg(error, id, Augmenter::timestamp(QDateTime::currentDateTimeUtc())));
            }
            return ExitCode::State;
        }
        *ctx.out << id << u'\n';
        return ExitCode::Success;
    }
};

// --- submit result ----------------------------------------------------------------------------

class SubmitResultCommand : public ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(SubmitResultCommand)

public:
    QString name() const override { return u"submit result"_s; }
    QString summary() const override
    {
        return tr("Add results to the started run, fill in defaults, post them.");
    }
    QString description() const override
    {
        return tr(
            "Needs a run started here with \"start run\". Each result gets the run's fields from "
            "benchconnect-state.json (run_id, run_name, run_reason, github, machine_info or "
            "cluster_info), then its defaults as \"augment result\" fills them, and is posted to the "
            "server the run was started on: another CONBENCH_URL is an error.\n\n"
            "A field that the result and the run both hold with different values is an error. All of "
            "the input is read and checked before anything is sent, as \"check result\" checks it, with "
            "the rules of the server's generation that \"start run\" found: when any result is one the "
            "server would refuse, each such result is named with the field and the reason, and nothing "
            "is written to the outbox or sent. A result whose answer is lost on the "
            "way is looked up on the server before it is sent again, so none is stored twice.\n\n"
            "--path may also be a benchmark tool's output, or a folder mixing tools' files and Conbench's "
            "JSON: "
            "with --format auto (the default) each file is read in the format its content shows (--verbose "
            "says which), as \"adapt\" reads it; a file in no known format is an error naming it.");
    }

protected:
    Input input() const override { return Input::Required; }
    bool readsToolFormats() const override { return true; }
    QString inputNoun() const override { return tr("result"); }
    QList<QCommandLineOption> commandOptions() const override { return compareAtTheEndOptions(); }
    QString examples() const override
    {
        return u"  benchconnect submit result --path results/\n"
               u"  ./my-benchmarks --json-lines | benchconnect submit result\n"_s;
    }
    int execute(const QCommandLineParser &parser, CommandContext &ctx) override
    {
        // Ctrl-C and SIGTERM stop it gently from the start, while the input is read too; the
        // comparison at the end watches for them itself.
        auto interrupts = std::make_unique<InterruptWatcher>();
        interrupts->setQuitAction(nothingSentMessage);
        QJsonObject state;
        QString error;
        if (!RunState::load(ctx.workingDirectory, &state, &error)) {
            ctx.error(error);
            return ExitCode::State;
        }
        ProjectEnvironment project;
        if (!readProject(ctx, &project))
            return ExitCode::Configuration;
        int code = ExitCode::Success;
        auto client = makeClient(parser, ctx, &code);
        if (!client)
            return code;
        if (!sameServer(state, *client, ctx))
            return ExitCode::State;
        if (!readCompareAtTheEnd(parser, ctx))
            return ExitCode::Usage;
        auto source = openInput(parser, ctx);
        if (!source)
            return ExitCode::Input;
        const Augmenter augmenter = makeAugmenter(project);
        // The rules of the server's generation, as start run found it (the rules both share when
        // the state file does not say).
        auto checked = checkedInput(
            std::move(source), RunState::generation(state),
            [&](QJsonObject *result, QStringList *, QString *why) {
                if (!RunState::applyTo(state, result, why))
                    return int(ExitCode::State);
                if (!augmenter.augmentResult(result, nullptr, why))
                    return int(ExitCode::Input);
                return int(ExitCode::Success);
            },
            ctx);
        const int status
            = submitResults(checked.get(), ctx, parser, client.get(), preparedBy(*checked), interrupts.get());
        interrupts.reset();
        if (status != ExitCode::Success || !parser.isSet(u"compare"_s))
            return status;
        return CompareCommand::compare(
            parser, ctx, client.get(), state.value("run_id"_L1).toString(), u"compare-format"_s);
    }
};

// --- finish run -------------------------------------------------------------------------------

class FinishRunCommand : public ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(FinishRunCommand)

public:
    QString name() const override { return u"finish run"_s; }
    QString summary() const override { return tr("Finish the started run and remove the state file."); }
    QString description() const override
    {
        return tr(
            "Marks the run started here as finished: sends finished_timestamp (now, unless given), and "
            "error_type, error_info and info when given, to PUT /api/runs/ID/ with the id from "
            "benchconnect-state.json, on the server the run was started on (another CONBENCH_URL is an "
            "error). The state file is removed once the server accepted it.\n\n"
            "Without JSON input only finished_timestamp is sent. Standard input is read when nothing else "
            "is given and it is not a terminal; when nothing comes on it within 2 s (a pipe a CI runner "
            "leaves open), it is not waited for, with a warning (\"-\" waits for it). Servers since late "
            "2023 keep runs implicitly: they answer 405, which is reported "
            "once, and the state file is removed all the same.");
    }

protected:
    Input input() const override { return Input::Optional; }
    QString inputNoun() const override { return tr("run update"); }
    QList<QCommandLineOption> commandOptions() const override { return compareAtTheEndOptions(); }
    QString examples() const override
    {
        return u"  benchconnect finish run\n"
               u"  benchconnect finish run --json '{\"error_type\": \"timeout\", \"error_info\": {\"step\": "
               u"\"join\"}}'\n"_s;
    }
    int execute(const QCommandLineParser &parser, CommandContext &ctx) override
    {
        QJsonObject state;
        QString error;
        if (!RunState::load(ctx.workingDirectory, &state, &error)) {
            ctx.error(error);
            return ExitCode::State;
        }
        int code = ExitCode::Success;
        auto client = makeClient(parser, ctx, &code);
        if (!client)
            return code;
        if (!sameServer(state, *client, ctx))
            return ExitCode::State;
        if (!readCompareAtTheEnd(parser, ctx))
            return ExitCode::Usage;
        QJsonObject update;
        if (const int status = readOneOptional(parser, ctx, &update); status != ExitCode::Success)
            return status;
        const QString id = state.value("run_id"_L1).toString();
        if (update.contains("id"_L1) && update.value("id"_L1).toString() != id) {
            ctx.error(tr("The JSON names run \"%1\" but the run started here is \"%2\".")
                          .arg(update.value("id"_L1).toString(), id));
            return ExitCode::State;
        }
        update.remove("id"_L1);
        static const QStringList allowed
            = {u"finished_timestamp"_s, u"error_type"_s, u"error_info"_s, u"info"_s};
        for (auto it = update.begin(); it != update.end(); ++it) {
            if (!allowed.contains(it.key())) {
                ctx.error(tr("\"finish run\" takes only %1; the JSON holds \"%2\".")
                              .arg(allowed.join(u", "_s), it.key()));
                return ExitCode::Input;
            }
        }
        for (const auto key : {"error_type"_L1, "error_info"_L1, "info"_L1, "finished_timestamp"_L1}) {
            if (update.value(key).isNull())
                update.remove(key);
        }
        if (!update.contains("finished_timestamp"_L1))
            update.insert("finished_timestamp"_L1, Augmenter::timestamp(QDateTime::currentDateTimeUtc()));

        ApiCall *call = client->updateRun(id, update);
        wait(call);
        const bool keptImplicitly = ConbenchClient::keepsRunsImplicitly(call);
        if (keptImplicitly) {
            noteImplicitRuns(ctx,
                update.contains("error_type"_L1) || update.contains("error_info"_L1)
                    ? tr("error_type and error_info cannot be stored on it; the state file "
                         "is removed.")
                    : tr("The state file is removed."));
        } else if (!call->succeeded()) {
            // Refused as it is (400): the same request cannot succeed; other failures may pass.
            ctx.error(call->outcome() == ApiCall::Outcome::Refused && call->httpStatus() == 400
                    ? tr("The run was not finished: the server refused the update as it is: %1 (the state "
                         "file "
                         "is kept; correct what --json gives and run finish run again)")
                          .arg(call->message())
                    : tr("The run was not finished: %1 (the state file is kept; try again)")
                          .arg(call->message()));
            return exitCodeFor(call->outcome());
        }
        if (!RunState::remove(ctx.workingDirectory, &error)) {
            ctx.error(error);
            return ExitCode::State;
        }
        // "compare run" without an id compares this run from now on.
        const bool remembered
            = Comparison::rememberRun(ctx.workingDirectory, id, client->settings().baseUrl, &error);
        if (!remembered)
            ctx.error(
                tr("%1 (run %2 is finished; \"benchconnect compare run %2\" compares it)").arg(error, id));
        *ctx.out << id << u'\n';
        ctx.out->flush();
        int status = ExitCode::Success;
        if (parser.isSet(u"compare"_s))
            status
                = CompareCommand::compare(parser, ctx, client.get(), id, u"compare-format"_s, keptImplicitly);
        return status == ExitCode::Success && !remembered ? int(ExitCode::State) : status;
    }
};

} // namespace

std::vector<std::unique_ptr<Command>> ServerCommands::create()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<PostResultCommand>());
    commands.push_back(std::make_unique<RunRequestCommand>(RunRequestCommand::Kind::Post));
    commands.push_back(std::make_unique<RunRequestCommand>(RunRequestCommand::Kind::Put));
    commands.push_back(std::make_unique<StartRunCommand>());
    commands.push_back(std::make_unique<SubmitResultCommand>());
    commands.push_back(std::make_unique<FinishRunCommand>());
    return commands;
}

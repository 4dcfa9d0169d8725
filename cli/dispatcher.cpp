#include "dispatcher.h"

#include "adaptcommand.h"
#include "adapter.h"
#include "augmentcommand.h"
#include "checkcommand.h"
#include "comparecommand.h"
#include "exitcodes.h"
#include "outboxcommands.h"
#include "servercommands.h"
#include "watchcommand.h"

using namespace Qt::StringLiterals;

Dispatcher::Dispatcher()
{
    add(std::make_unique<AugmentCommand>(AugmentCommand::Kind::Result));
    add(std::make_unique<AugmentCommand>(AugmentCommand::Kind::Run));
    for (auto &command : ServerCommands::create())
        add(std::move(command));
    for (auto &command : OutboxCommands::create())
        add(std::move(command));
    for (auto &command : AdaptCommand::create())
        add(std::move(command));
    add(std::make_unique<CheckCommand>());
    add(std::make_unique<CompareCommand>());
    add(std::make_unique<WatchCommand>());
}

void Dispatcher::add(std::unique_ptr<Command> command)
{
    const QString name = command->name();
    m_commands.emplace(name, std::move(command));
}

QStringList Dispatcher::commandNames() const
{
    QStringList names;
    for (const auto &entry : m_commands)
        names.append(entry.first);
    return names;
}

const Command *Dispatcher::command(const QString &name) const
{
    const auto it = m_commands.find(name);
    return it == m_commands.end() ? nullptr : it->second.get();
}

bool Dispatcher::handles(const QStringList &arguments) const
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.constFirst();
    if (first == u"-h"_s || first == u"--help"_s || first == u"help"_s || first == u"--version"_s
        || first == u"-V"_s)
        return true;
    for (const auto &entry : m_commands) {
        if (entry.first.section(u' ', 0, 0) == first)
            return true;
    }
    return false;
}

QString Dispatcher::description()
{
    return tr("Sends benchmark results to a Conbench server: fills in their defaults (machine, commit, "
              "timestamps), starts and finishes runs, and posts results, keeping every result in an outbox "
              "until the server confirmed it.");
}

QString Dispatcher::typicalUse()
{
    return u"benchconnect start run --json '{\"reason\": \"commit\"}'\n"
           u"benchconnect submit result --path results/\n"
           u"benchconnect finish run\n"_s;
}

QList<QPair<int, QString>> Dispatcher::exitCodes()
{
    return {
        {ExitCode::Success, tr("success")},
        {ExitCode::Failure,
            tr("the work was done only in part (the server refused some results and stored others)")},
        {ExitCode::Usage, tr("unknown subcommand, bad option or option value")},
        {ExitCode::Input, tr("no input, an unreadable file, invalid JSON, or a field that cannot be used")},
        {ExitCode::Configuration, tr("a CONBENCH_* variable is missing or invalid")},
        {ExitCode::Refused, tr("the server refused the request or the credentials")},
        {ExitCode::Unreachable,
            tr("the server did not answer before the retry deadline, or what answered was not Conbench (at "
               "the first request or part-way)")},
        {ExitCode::State,
            tr("the run's state file is missing, exists already, disagrees with the input, or cannot be "
               "written")},
        {ExitCode::Regressions,
            tr("regressions found: compare --fail-on (or --compare) found what it names in the comparison")},
        {ExitCode::Storage, tr("the outbox could not be written or read (disk full, permissions)")},
        {ExitCode::Interrupted, tr("interrupted (Ctrl-C); nothing accepted was lost")},
    };
}

QList<QPair<QString, QString>> Dispatcher::environmentVariables()
{
    auto rows = Command::environmentRows(true, true);
    rows.append(
        {u"BENCHCONNECT_RETRY_DEADLINE"_s, tr("Seconds to keep retrying one request (default 1800).")});
    rows.append({u"BENCHCONNECT_CA_BUNDLE"_s, tr("A PEM file of CA certificates to trust too.")});
    rows.append(
        {u"BENCHCONNECT_OUTBOX"_s, tr("The outbox directory (default ~/.local/share/benchconnect/outbox).")});
    rows.append({u"BENCHCONNECT_MAX_IN_FLIGHT"_s,
        tr("Requests under way at once while sending results (default 4).")});
    return rows;
}

QString Dispatcher::helpText() const
{
    QString text = tr("Usage: benchconnect SUBCOMMAND [options]") + u"\n\n"_s;
    text += Command::wrapText(description()) + u"\n\n"_s;
    text += tr("Subcommands:") + u'\n';
    for (const auto &entry : m_commands)
        text += u"  "_s + entry.first.leftJustified(22, u' ') + entry.second->summary() + u'\n';
    text += u'\n' + tr("Run \"benchconnect SUBCOMMAND --help\" for the options of each.") + u"\n\n"_s;
    text += tr("Typical use in a CI job:") + u'\n';
    for (const QString &line : typicalUse().split(u'\n', Qt::SkipEmptyParts))
        text += u"  "_s + line + u'\n';
    text += u'\n' + tr("Options:") + u'\n';
    text += u"  -h, --help              "_s + tr("Show this help and exit.") + u'\n';
    text += u"  --version               "_s + tr("Show the version and exit.") + u"\n\n"_s;
    text += tr("Exit status:") + u'\n';
    for (const auto &[code, meaning] : exitCodes())
        text += u"  "_s + QString::number(code).leftJustified(6, u' ') + meaning + u'\n';
    return text;
}

QStringList Dispatcher::groupNames() const
{
    QStringList groups;
    for (const auto &entry : m_commands) {
        const QString group = entry.first.section(u' ', 0, 0);
        if (!groups.contains(group))
            groups.append(group);
    }
    return groups;
}

QString Dispatcher::groupDescription(const QString &group)
{
    if (group == u"adapt"_s) {
        // Every format the adapters read, from their registry: "gbench (Google Benchmark), hyperfine, …".
        QStringList formats;
        for (const auto &adapter : Adapters::all()) {
            formats.append(adapter->name().compare(adapter->tool(), Qt::CaseInsensitive) == 0
                    ? adapter->name()
                    : u"%1 (%2)"_s.arg(adapter->name(), adapter->tool()));
        }
        return tr("Turns the output files of benchmark tools into Conbench results, with their defaults "
                  "filled in, and prints them as NDJSON, without talking to a server. The formats: %1.")
            .arg(formats.join(u", "_s));
    }
    if (group == u"augment"_s)
        return tr(
            "Fills in the defaults of results or runs (machine, commit, timestamps, ids) and prints them "
            "as NDJSON, one object per line, without talking to a server. The output can be piped to "
            "\"post result\" or \"post run\".");
    if (group == u"post"_s)
        return tr(
            "Sends results or runs to the Conbench server exactly as they are given, without filling in "
            "defaults. Results go through the outbox, so none is lost when the server fails.");
    if (group == u"put"_s)
        return tr("Updates runs on the Conbench server: the \"id\" of each run goes in the URL, its other "
                  "fields (such as finished_timestamp) in the body.");
    if (group == u"start"_s || group == u"submit"_s || group == u"finish"_s)
        return tr(
            "The run workflow: \"start run\" creates a run and writes the state file, \"submit result\" "
            "adds results to it, \"finish run\" ends it and removes the state file.");
    if (group == u"compare"_s)
        return tr("Compares a run with its baseline run on the Conbench server and prints which benchmarks "
                  "regressed; with --fail-on it fails a CI job on a regression (exit status 8).");
    if (group == u"outbox"_s)
        return tr("Every result that \"submit result\" or \"post result\" accepts waits in the outbox until "
                  "the server confirmed it. These subcommands show, send and remove what waits there.");
    return {};
}

QString Dispatcher::groupHelpText(const QString &group) const
{
    QString text = tr("Usage: benchconnect %1 SUBCOMMAND [options]").arg(group) + u"\n\n"_s;
    const QString description = groupDescription(group);
    if (!description.isEmpty())
        text += Command::wrapText(description) + u"\n\n"_s;
    text += tr("Subcommands:") + u'\n';
    QString first;
    for (const auto &entry : m_commands) {
        if (entry.first.section(u' ', 0, 0) != group)
            continue;
        if (first.isEmpty())
            first = entry.first;
        text += u"  "_s + entry.first.leftJustified(22, u' ') + entry.second->summary() + u'\n';
    }
    text += u'\n'
        + Command::wrapText(tr(
            "Run \"benchconnect %1 --help\" for the input, options and examples of each (for example "
            "\"benchconnect %2 --help\"), and \"benchconnect --help\" for every subcommand, the environment "
            "and the exit status.")
                                .arg(group + u" SUBCOMMAND"_s, first))
        + u'\n';
    return text;
}

int Dispatcher::run(const QStringList &arguments, CommandContext &ctx) const
{
    if (arguments.isEmpty()) {
        *ctx.err << helpText();
        ctx.err->flush();
        return ExitCode::Usage;
    }
    const QString &first = arguments.constFirst();
    if (first == u"-h"_s || first == u"--help"_s || first == u"help"_s) {
        if (arguments.size() > 1 && first == u"help"_s)
            return run(arguments.mid(1) + QStringList {u"--help"_s}, ctx);
        *ctx.out << helpText();
        ctx.out->flush();
        return ExitCode::Success;
    }
    if (first == u"--version"_s || first == u"-V"_s) {
        *ctx.out << u"benchconnect "_s << QStringLiteral(BENCHCONNECT_VERSION) << u'\n';
        ctx.out->flush();
        return ExitCode::Success;
    }
    // A subcommand of one word ("watch") takes the arguments that follow it.
    if (const auto single = m_commands.find(first); single != m_commands.end())
        return single->second->run(arguments.mid(1), ctx);
    QStringList objects;
    for (const auto &entry : m_commands) {
        if (entry.first.section(u' ', 0, 0) == first)
            objects.append(entry.first.section(u' ', 1));
    }
    if (objects.isEmpty()) {
        ctx.error(tr("Unknown subcommand \"%1\". The subcommands are: %2. See benchconnect --help.")
                      .arg(first, commandNames().join(u", "_s)));
        return ExitCode::Usage;
    }
    const QString second = arguments.value(1);
    if (!objects.contains(second)) {
        if (second == u"-h"_s || second == u"--help"_s) {
            *ctx.out << groupHelpText(first);
            ctx.out->flush();
            return ExitCode::Success;
        }
        if (second.isEmpty()) {
            *ctx.err << groupHelpText(first);
            ctx.err->flush();
            return ExitCode::Usage;
        }
        ctx.error(tr("Unknown subcommand \"%1 %2\". \"%1\" takes one of: %3 (see benchconnect %1 --help).")
                      .arg(first, second, objects.join(u", "_s)));
        return ExitCode::Usage;
    }
    return m_commands.at(first + u' ' + second)->run(arguments.mid(2), ctx);
}

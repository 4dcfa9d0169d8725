#include "dispatcher.h"

#include "augmentcommand.h"
#include "exitcodes.h"
#include "outboxcommands.h"
#include "servercommands.h"

using namespace Qt::StringLiterals;

Dispatcher::Dispatcher()
{
    add(std::make_unique<AugmentCommand>(AugmentCommand::Kind::Result));
    add(std::make_unique<AugmentCommand>(AugmentCommand::Kind::Run));
    for (auto &command : ServerCommands::create())
        add(std::move(command));
    for (auto &command : OutboxCommands::create())
        add(std::move(command));
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
    const QString first = arguments.constFirst();
    if (first == u"-h"_s || first == u"--help"_s || first == u"help"_s || first == u"--version"_s
        || first == u"-V"_s)
        return true;
    for (const auto &entry : m_commands) {
        if (entry.first.section(u' ', 0, 0) == first)
            return true;
    }
    return false;
}

QString Dispatcher::helpText() const
{
    QString text = tr("Usage: benchconnect SUBCOMMAND [options]") + u"\n\n"_s;
    text += Command::wrapText(
                tr("Sends benchmark results to a Conbench server: fills in their defaults (machine, "
                   "commit, timestamps), starts and finishes runs, and posts results, keeping "
                   "every result in an outbox until the server confirmed it."))
        + u"\n\n"_s;
    text += tr("Subcommands:") + u'\n';
    QList<QPair<QString, QString>> rows;
    for (const auto &entry : m_commands)
        rows.append({entry.first, entry.second->summary()});
    for (const auto &[name, summary] : std::as_const(rows))
        text += u"  "_s + name.leftJustified(22, u' ') + summary + u'\n';
    text += u'\n' + tr("Run \"benchconnect SUBCOMMAND --help\" for the options of each.") + u"\n\n"_s;
    text += tr("Typical use in a CI job:") + u'\n';
    text += u"  benchconnect start run --json '{\"reason\": \"commit\"}'\n"
            u"  benchconnect submit result --path results/\n"
            u"  benchconnect finish run\n\n"_s;
    text += tr("Options:") + u'\n';
    text += u"  -h, --help              "_s + tr("Show this help and exit.") + u'\n';
    text += u"  --version               "_s + tr("Show the version and exit.") + u"\n\n"_s;
    text += tr("Exit status:") + u'\n';
    const QList<QPair<int, QString>> codes = {
        {ExitCode::Success, tr("success")},
        {ExitCode::Failure, tr("the work was done only in part (some results were not accepted)")},
        {ExitCode::Usage, tr("unknown subcommand, bad option or option value")},
        {ExitCode::Input, tr("no input, an unreadable file, invalid JSON, or a field that cannot be used")},
        {ExitCode::Configuration, tr("a CONBENCH_* variable is missing or invalid")},
        {ExitCode::Refused, tr("the server refused the request or the credentials")},
        {ExitCode::Unreachable, tr("the server did not answer before the retry deadline")},
        {ExitCode::State, tr("the run's state file is missing, exists already, or disagrees with the input")},
        {ExitCode::Storage, tr("the outbox could not be written or read (disk full, permissions)")},
        {ExitCode::Interrupted, tr("interrupted (Ctrl-C); nothing accepted was lost")},
    };
    for (const auto &[code, meaning] : codes)
        text += u"  "_s + QString::number(code).leftJustified(6, u' ') + meaning + u'\n';
    return text;
}

int Dispatcher::run(const QStringList &arguments, CommandContext &ctx) const
{
    if (arguments.isEmpty()) {
        *ctx.err << helpText();
        ctx.err->flush();
        return ExitCode::Usage;
    }
    const QString first = arguments.constFirst();
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
        const bool askedForHelp = second == u"-h"_s || second == u"--help"_s;
        const QString message = tr("\"%1\" takes one of: %2 (for example: benchconnect %1 %3 --help).")
                                    .arg(first, objects.join(u", "_s), objects.constFirst());
        if (askedForHelp) {
            *ctx.out << message << u'\n';
            ctx.out->flush();
            return ExitCode::Success;
        }
        ctx.error(
            second.isEmpty() ? message : tr("Unknown subcommand \"%1 %2\". %3").arg(first, second, message));
        return ExitCode::Usage;
    }
    return m_commands.at(first + u' ' + second)->run(arguments.mid(2), ctx);
}

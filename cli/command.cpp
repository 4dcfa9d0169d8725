#include "command.h"

#include "adapter.h"
#include "adaptersource.h"
#include "exitcodes.h"
#include "inputloader.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QLoggingCategory>

#include <cerrno>
#include <cmath>
#include <poll.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

const QString programName = u"benchconnect"_s;
constexpr double mebibyte = 1024.0 * 1024.0;
constexpr double largestInputLimitMiB = 64.0 * 1024; // 64 GiB: beyond it the value is surely a typo
constexpr int helpWidth = 80;
constexpr int columnWidth = 26;

// The results of benchmark tools' files, saying with --verbose which format each file was read as,
// and without it what was found but could not be used.
class ToolOutputSource final : public JsonObjectSource
{
public:
    ToolOutputSource(std::unique_ptr<AdapterSource> source, const CommandContext &ctx)
        : m_source(std::move(source))
        , m_ctx(ctx)
    { }
    Status next(QJsonObject *object, QString *error) override
    {
        const Status status = m_source->next(object, error);
        const QStringList notes = m_source->takeNotes();
        if (m_ctx.verbose) {
            for (const QString &note : notes)
                m_ctx.info(note);
        }
        for (const QString &warning : m_source->takeWarnings())
            m_ctx.warning(warning);
        return status;
    }
    QString origin() const override { return m_source->origin(); }

private:
    std::unique_ptr<AdapterSource> m_source;
    const CommandContext &m_ctx;
};

// Standard input read as NDJSON because no --format was given: when it cannot be read so, the
// error says which --format would read it, if it looks like a tool's output or like one JSON
// document over several lines.
class HintedStandardInput final : public JsonObjectSource
{
public:
    HintedStandardInput(std::unique_ptr<JsonObjectSource> source, QIODevice *in)
        : m_source(std::move(source))
        , m_in(in)
    { }
    Status next(QJsonObject *object, QString *error) override
    {
        if (m_first) {
            m_first = false;
            m_head = m_in->peek(4096); // what the NDJSON reader is about to read anyway
        }
        const Status status = m_source->next(object, error);
        if (status == Status::Error && !m_readOne) {
            if (const QString hint = AdapterSource::standardInputHint(m_head); !hint.isEmpty())
                *error = u"%1; %2"_s.arg(*error, hint);
        }
        if (status == Status::Object)
            m_readOne = true;
        m_head.clear();
        return status;
    }
    QString origin() const override { return m_source->origin(); }
    qint64 sizeHint() const override { return m_source->sizeHint(); }

private:
    std::unique_ptr<JsonObjectSource> m_source;
    QIODevice *m_in;
    QByteArray m_head;
    bool m_first = true;
    bool m_readOne = false;
};

QStringList wrap(const QString &text, int width)
{
    QStringList lines;
    QString line;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

} // namespace

QString Command::optionSynopsis(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append(name.size() == 1 ? u"-"_s + name : u"--"_s + name);
    QString text = names.join(u", "_s);
    if (!option.valueName().isEmpty())
        text += u" "_s + option.valueName();
    return text;
}

void CommandContext::warning(const QString &message) const
{
    if (!quiet)
        *err << Command::tr("%1: warning: %2").arg(programName, message) << Qt::endl;
}

void CommandContext::error(const QString &message) const
{
    *err << Command::tr("%1: error: %2").arg(programName, message) << Qt::endl;
}

void CommandContext::info(const QString &message) const
{
    if (!quiet)
        *err << programName << u": "_s << message << Qt::endl;
}

QString Command::wrapText(const QString &text)
{
    return wrap(text.simplified(), helpWidth).join(u'\n');
}

QString Command::formatRows(const QList<QPair<QString, QString>> &rows)
{
    QString text;
    for (const auto &[left, right] : rows) {
        const QStringList lines = wrap(right, helpWidth - columnWidth);
        QString head = u"  "_s + left;
        if (head.size() + 2 > columnWidth) {
            text += head + u'\n';
            head.clear();
        }
        for (qsizetype i = 0; i < lines.size(); ++i) {
            text += (i == 0 ? head : QString()).leftJustified(columnWidth, u' ') + lines.at(i) + u'\n';
        }
        if (lines.isEmpty())
            text += head + u'\n';
    }
    return text;
}

QList<QPair<QString, QString>> Command::environmentRows(bool server, bool input)
{
    QList<QPair<QString, QString>> env;
    if (server) {
        env.append({u"CONBENCH_URL"_s, tr("The Conbench server, without /api (required).")});
        env.append({u"CONBENCH_EMAIL"_s, tr("Log in with this account (for a private server).")});
        env.append({u"CONBENCH_PASSWORD"_s, tr("The account's password; never printed.")});
    }
    if (input) {
        env.append({u"CONBENCH_PROJECT_REPOSITORY"_s,
            tr("org/repo or https://github.com/org/repo: github.repository.")});
        env.append({u"CONBENCH_PROJECT_COMMIT"_s, tr("The 40-hex commit SHA: github.commit.")});
        env.append({u"CONBENCH_PROJECT_PR_NUMBER"_s,
            tr("The pull request number: github.pr_number (BENCHMARKABLE_PR_NUMBER is read too).")});
        env.append(
            {u"CONBENCH_MACHINE_INFO_NAME"_s, tr("Overrides the host name sent as machine_info.name.")});
    }
    return env;
}

Command::Help Command::help() const
{
    Help help;
    help.usage = tr("Usage: %1 %2 [options]").arg(programName, name());
    if (input() != Input::None)
        help.usage += u" [NDJSON]"_s;
    if (!positionalArgument().first.isEmpty())
        help.usage += u" ["_s + positionalArgument().first + u']';
    for (const QString &paragraph : description().split(u"\n\n"_s))
        help.paragraphs.append(paragraph.simplified());

    if (input() != Input::None) {
        help.sections.append({tr("Input (give one; --json wins over NDJSON, which wins over --path):"),
            {
                {u"--json JSON"_s, tr("One %1 as a JSON object.").arg(inputNoun())},
                {u"--path PATH"_s,
                    tr("A file holding one %1 as a JSON object, or a directory whose *.json files (not "
                       "recursive) each hold one; anything else named *.json there (a FIFO, a dangling "
                       "link, a directory) is an error.")
                        .arg(inputNoun())},
                {u"NDJSON"_s,
                    tr("Newline-delimited JSON, one %1 per line, as an argument; \"-\", or standard input "
                       "when nothing else is given and it is not a terminal, reads it from standard input.")
                        .arg(inputNoun())},
                {u"--max-input-size MIB"_s,
                    tr("Refuse a file or NDJSON line larger than MIB mebibytes (default %1). Reading one "
                       "takes several times its size in memory.")
                        .arg(InputSizeLimit::defaultBytes / (1024 * 1024))},
            }});
    }
    if (!positionalArgument().first.isEmpty())
        help.sections.append({tr("Arguments:"), {positionalArgument()}});

    QList<QPair<QString, QString>> rows;
    for (const QCommandLineOption &option : options())
        rows.append({optionSynopsis(option), option.description()});
    rows.append({u"-q, --quiet"_s, tr("Print only errors.")});
    rows.append({u"-v, --verbose"_s, tr("Print what is done, step by step (never a password).")});
    rows.append({u"-h, --help"_s, tr("Show this help and exit.")});
    help.sections.append({tr("Options:"), rows});

    const auto env = environmentRows(talksToServer(), input() != Input::None);
    if (!env.isEmpty())
        help.sections.append({tr("Environment:"), env});
    help.examples = examples();
    return help;
}

QString Command::helpText() const
{
    const Help parts = help();
    QString text = parts.usage + u"\n\n"_s;
    for (const QString &paragraph : parts.paragraphs)
        text += wrap(paragraph, helpWidth).join(u'\n') + u"\n\n"_s;
    for (const Section &section : parts.sections)
        text += section.title + u'\n' + formatRows(section.rows) + u'\n';
    if (!parts.examples.isEmpty())
        text += tr("Examples:") + u'\n' + parts.examples + u'\n';
    text += wrap(tr("Exit status: 0 success; 1 some work not done; 2 usage; 3 input; 4 configuration; 5 "
                    "refused by the server; 6 server unreachable; 7 run state; 8 regressions found; 9 outbox "
                    "storage; 130 "
                    "interrupted (see %1 "
                    "--help).")
                     .arg(programName),
        helpWidth)
                .join(u'\n');
    text += u'\n';
    return text;
}

QList<QCommandLineOption> Command::commandLineOptions() const
{
    QList<QCommandLineOption> all {QCommandLineOption({u"h"_s, u"help"_s}, tr("Show this help and exit.")),
        QCommandLineOption({u"q"_s, u"quiet"_s}, tr("Print only errors.")),
        QCommandLineOption(
            {u"v"_s, u"verbose"_s}, tr("Print what is done, step by step (never a password)."))};
    if (input() != Input::None) {
        all.append(QCommandLineOption(u"json"_s, tr("One %1 as a JSON object.").arg(inputNoun()), u"JSON"_s));
        all.append(QCommandLineOption(u"path"_s,
            readsToolFormats()
                ? tr("A file or a directory: %1s as JSON, or a benchmark tool's output (see --format).")
                      .arg(inputNoun())
                : tr("A file holding one %1, or a directory of them.").arg(inputNoun()),
            u"PATH"_s));
        if (readsToolFormats()) {
            all.append(QCommandLineOption(u"format"_s,
                tr("The format of the input: auto (the default for --path: each file's format from its "
                   "content), conbench, or a tool's (%1). With --format, standard input is read whole "
                   "in that format.")
                    .arg(Adapters::names().join(u", "_s)),
                u"FORMAT"_s));
        }
        all.append(QCommandLineOption(
            u"max-input-size"_s, tr("Refuse a file or NDJSON line larger than MIB mebibytes."), u"MIB"_s));
    }
    return all + options();
}

bool Command::standardInputArrives(QIODevice *in, int timeoutMs)
{
    if (in->bytesAvailable() > 0)
        return true;
    const auto *file = qobject_cast<QFile *>(in);
    const int fd = file ? file->handle() : -1;
    struct stat info
    {
    };
    if (fd < 0 || ::fstat(fd, &info) != 0 || !(S_ISFIFO(info.st_mode) || S_ISSOCK(info.st_mode)))
        return true; // a file or /dev/null: read at once, it ends
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        pollfd wanted {fd, POLLIN, 0};
        const int ready = ::poll(&wanted, 1, int(deadline.remainingTime()));
        if (ready > 0)
            return true; // data, or the writer closed it
        if (ready == 0 || errno != EINTR || deadline.hasExpired())
            return false;
    }
}

InputSizeLimit Command::inputSizeLimit(const QCommandLineParser &parser)
{
    InputSizeLimit limit;
    if (parser.isSet(u"max-input-size"_s)) // checked by run()
        limit.bytes = qint64(parser.value(u"max-input-size"_s).trimmed().toDouble() * mebibyte);
    limit.howToRaise = tr("raise the limit with --max-input-size MIB if it is meant to be this large");
    return limit;
}

std::unique_ptr<JsonObjectSource> Command::openInput(
    const QCommandLineParser &parser, CommandContext &ctx) const
{
    if (readsToolFormats()) {
        // --path, or standard input with --format, read through the adapters (unless the format
        // is conbench, or another input wins: --json, NDJSON arguments).
        const bool formatGiven = parser.isSet(u"format"_s);
        const QString format
            = formatGiven ? parser.value(u"format"_s).trimmed() : u"auto"_s; // checked by run()
        const bool otherInput = parser.isSet(u"json"_s) || !parser.positionalArguments().isEmpty();
        const bool standardInput = parser.positionalArguments() == QStringList {u"-"_s}
            || (!parser.isSet(u"path"_s) && !otherInput && !ctx.inIsTerminal && ctx.in);
        std::unique_ptr<AdapterSource> source;
        QString error;
        const InputSizeLimit limit = inputSizeLimit(parser);
        if (format != u"conbench"_s && parser.isSet(u"path"_s) && !otherInput) {
            if (parser.value(u"path"_s).trimmed().isEmpty()) {
                ctx.error(tr("--path was given an empty value."));
                return nullptr;
            }
            source = AdapterSource::fromPath(parser.value(u"path"_s), format, &error, limit);
        } else if (formatGiven && format != u"conbench"_s && standardInput && !parser.isSet(u"json"_s)) {
            const QByteArray content = ctx.in->read(limit.bytes + 1);
            if (content.size() > limit.bytes) {
                ctx.error(tr("Standard input holds more than %L1 MiB; %2")
                              .arg(qint64(limit.bytes / mebibyte))
                              .arg(limit.howToRaise));
                return nullptr;
            }
            source = AdapterSource::fromContent(content, tr("standard input"), format, &error);
        } else if (standardInput && !formatGiven && !parser.isSet(u"json"_s)) {
            auto conbench = openConbenchInput(parser, ctx);
            if (!conbench)
                return nullptr;
            return std::make_unique<HintedStandardInput>(std::move(conbench), ctx.in);
        } else {
            return openConbenchInput(parser, ctx);
        }
        if (!source) {
            ctx.error(error);
            return nullptr;
        }
        return std::make_unique<ToolOutputSource>(std::move(source), ctx);
    }
    return openConbenchInput(parser, ctx);
}

std::unique_ptr<JsonObjectSource> Command::openConbenchInput(
    const QCommandLineParser &parser, CommandContext &ctx) const
{
    InputOptions options;
    if (parser.isSet(u"json"_s))
        options.json = parser.value(u"json"_s);
    if (parser.isSet(u"path"_s))
        options.path = parser.value(u"path"_s);
    options.limit = inputSizeLimit(parser);
    options.ndjson = parser.positionalArguments();
    options.standardInput = ctx.in;
    // Optional JSON is read from standard input only when asked for with "-".
    options.standardInputIsTerminal = input() == Input::Optional || ctx.inIsTerminal;
    QStringList warnings;
    QString error;
    auto source = InputLoader::open(options, &warnings, &error);
    for (const QString &warning : std::as_const(warnings))
        ctx.warning(warning);
    if (!source)
        ctx.error(error);
    return source;
}

int Command::run(const QStringList &arguments, CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QList<QCommandLineOption> all = commandLineOptions();
    parser.addOptions(all);
    const QString help = u"help"_s, quiet = u"quiet"_s, verbose = u"verbose"_s;

    if (!parser.parse(QStringList {programName} + arguments)) {
        ctx.error(tr("%1 (see %2 %3 --help)").arg(parser.errorText(), programName, name()));
        return ExitCode::Usage;
    }
    if (parser.isSet(help)) {
        *ctx.out << helpText();
        ctx.out->flush();
        return ExitCode::Success;
    }
    if (input() == Input::None && positionalArgument().first.isEmpty()
        && !parser.positionalArguments().isEmpty()) {
        ctx.error(tr("Unexpected argument \"%1\" (see %2 %3 --help)")
                      .arg(parser.positionalArguments().constFirst(), programName, name()));
        return ExitCode::Usage;
    }
    if (parser.isSet(quiet) && parser.isSet(verbose)) {
        ctx.error(
            tr("-q (--quiet) prints only errors and -v (--verbose) every step: give one of them, not both "
               "(see %1 %2 --help).")
                .arg(programName, name()));
        return ExitCode::Usage;
    }
    ctx.quiet = parser.isSet(quiet);
    ctx.verbose = parser.isSet(verbose);
    if (ctx.verbose)
        QLoggingCategory::setFilterRules(u"benchconnect.*.debug=true"_s);
    else if (ctx.quiet)
        QLoggingCategory::setFilterRules(u"benchconnect.*.warning=false"_s);

    // An option given a blank value is a mistake (an unset shell variable: --outbox "$DIR"), never
    // a request for the default: --outbox '' would otherwise write to the file system's root.
    for (const QCommandLineOption &option : std::as_const(all)) {
        if (option.valueName().isEmpty() || !parser.isSet(option))
            continue;
        const QStringList values = parser.values(option);
        for (const QString &value : values) {
            if (value.trimmed().isEmpty()) {
                ctx.error(
                    tr("--%1 was given an empty value (an unset shell variable?); give %2, or leave the "
                       "option out (see %3 %4 --help).")
                        .arg(option.names().constLast(), option.valueName(), programName, name()));
                return ExitCode::Usage;
            }
        }
    }
    const bool takesSizeLimit = std::any_of(all.cbegin(), all.cend(),
        [](const QCommandLineOption &option) { return option.names().contains(u"max-input-size"_s); });
    if (takesSizeLimit && parser.isSet(u"max-input-size"_s)) {
        bool ok = false;
        const double mib = parser.value(u"max-input-size"_s).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(mib) || mib * mebibyte < 1 || mib > largestInputLimitMiB) {
            ctx.error(tr("--max-input-size \"%1\" is not a positive number of mebibytes (at most %2).")
                          .arg(parser.value(u"max-input-size"_s))
                          .arg(largestInputLimitMiB));
            return ExitCode::Usage;
        }
    }
    // A --format that names no format is a bad option value (exit status 2), as --fail-on bogus is,
    // not bad input.
    if (readsToolFormats() && parser.isSet(u"format"_s)) {
        const QString format = parser.value(u"format"_s).trimmed();
        if (format != u"auto"_s && format != u"conbench"_s && !Adapters::byName(format)) {
            ctx.error(tr("Unknown format \"%1\"; the formats are: auto, %2.")
                          .arg(format, Adapters::names().join(u", "_s)));
            return ExitCode::Usage;
        }
    }
    // The outbox holds what is not yet confirmed: a blank BENCHCONNECT_OUTBOX (BENCHCONNECT_OUTBOX="$DIR"
    // with DIR unset) must not send results to another outbox than the one meant, where "outbox
    // retry" with the right one would never find them.
    const bool usesOutbox = std::any_of(all.cbegin(), all.cend(),
        [](const QCommandLineOption &option) { return option.names().contains(u"outbox"_s); });
    const QString outboxVariable = u"BENCHCONNECT_OUTBOX"_s;
    if (usesOutbox && ctx.env.contains(outboxVariable) && ctx.env.value(outboxVariable).trimmed().isEmpty()) {
        if (!parser.isSet(u"outbox"_s)) {
            ctx.error(tr("%1 is set but blank; set it to the outbox directory, or unset it for the default "
                         "(~/.local/share/benchconnect/outbox).")
                          .arg(outboxVariable));
            return ExitCode::Configuration;
        }
        ctx.warning(tr("%1 is set but blank; ignoring it (--outbox is given).").arg(outboxVariable));
    }
    const int status = execute(parser, ctx);
    ctx.out->flush();
    ctx.err->flush();
    return status;
}

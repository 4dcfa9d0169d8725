#include "adaptcommand.h"

#include "adapter.h"
#include "adaptersource.h"
#include "augmenter.h"
#include "exitcodes.h"
#include "machineinfo.h"

#include <QHash>
#include <QIODevice>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

std::vector<std::unique_ptr<Command>> AdaptCommand::create()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<AdaptCommand>(nullptr));
    for (const auto &adapter : Adapters::all())
        commands.push_back(std::make_unique<AdaptCommand>(adapter.get()));
    return commands;
}

QString AdaptCommand::formatName() const
{
    return m_adapter ? m_adapter->name() : u"auto"_s;
}

QString AdaptCommand::name() const
{
    return u"adapt "_s + formatName();
}

QString AdaptCommand::summary() const
{
    if (!m_adapter)
        return tr("Convert tools' output, recognizing each file's format.");
    return tr("Convert %1 output into Conbench results.").arg(m_adapter->tool());
}

QString AdaptCommand::description() const
{
    QString text = m_adapter
        ? tr("Reads %1 and prints the Conbench results it holds as NDJSON, one per line, with their "
             "defaults filled in as \"augment result\" does.")
              .arg(m_adapter->title())
        : tr("Reads the output files of benchmark tools, recognizes each file's format from its content "
             "(%1), and prints the Conbench results they hold as NDJSON, one per line, with their defaults "
             "filled in as \"augment result\" does. A file in no known format is an error that names it; "
             "--verbose says which format each file was read as.")
              .arg(Adapters::names().join(u", "_s));
    text += u"\n\n"_s
        + tr("The input is --path, a file or a folder (its files in name order, not recursive), or the "
             "file's content on standard input. The README's table says what each format's fields become.");
    return text;
}

QList<QCommandLineOption> AdaptCommand::options() const
{
    return {QCommandLineOption(u"path"_s, tr("The tool's output file, or a folder of them."), u"PATH"_s),
        QCommandLineOption(u"max-input-size"_s,
            tr("Refuse a file larger than MIB mebibytes (default %1); a file is read whole.")
                .arg(InputSizeLimit::defaultBytes / (1024 * 1024)),
            u"MIB"_s)};
}

QString AdaptCommand::examples() const
{
    if (!m_adapter)
        return u"  benchconnect adapt auto --path bench-output/\n"_s;
    // post result would send the results without the run's fields, which the server requires. The
    // path is what the tool writes (as the README's examples name it): Criterion's is a folder.
    static const QHash<QString, QString> outputs {{u"catch2"_s, u"catch2.xml"_s},
        {u"conbench"_s, u"results.ndjson"_s}, {u"criterion"_s, u"target/criterion"_s},
        {u"custom"_s, u"output.json"_s}, {u"gbench"_s, u"bench.json"_s}, {u"go"_s, u"go-bench.txt"_s},
        {u"hyperfine"_s, u"hyperfine.json"_s}, {u"pytest"_s, u"pytest.json"_s},
        {u"vitest"_s, u"vitest.json"_s}};
    return u"  benchconnect start run\n  benchconnect adapt %1 --path %2 | benchconnect submit result\n"_s
        .arg(formatName(), outputs.value(formatName(), u"results.json"_s));
}

int AdaptCommand::execute(const QCommandLineParser &parser, CommandContext &ctx)
{
    const ProjectEnvironment project = ProjectEnvironment::fromEnvironment(ctx.env);
    for (const QString &warning : project.warnings())
        ctx.warning(warning);
    if (!project.errors().isEmpty()) {
        ctx.error(project.errors().constFirst());
        return ExitCode::Configuration;
    }
    QString error;
    std::unique_ptr<AdapterSource> source;
    const InputSizeLimit limit = inputSizeLimit(parser);
    if (parser.isSet(u"path"_s)) {
        source = AdapterSource::fromPath(parser.value(u"path"_s), formatName(), &error, limit);
    } else if (ctx.inIsTerminal || !ctx.in) {
        ctx.error(tr("Give the tool's output with --path, or on standard input (see benchconnect %1 --help).")
                      .arg(name()));
        return ExitCode::Input;
    } else {
        const QByteArray content = ctx.in->read(limit.bytes + 1);
        if (content.size() > limit.bytes) {
            ctx.error(tr("Standard input holds more than %L1 MiB; %2")
                          .arg(limit.bytes / (1024 * 1024))
                          .arg(limit.howToRaise));
            return ExitCode::Input;
        }
        source = AdapterSource::fromContent(content, tr("standard input"), formatName(), &error);
    }
    if (!source) {
        ctx.error(error);
        return ExitCode::Input;
    }
    const Augmenter augmenter(project, [] { return MachineInfo::current(); });
    int count = 0;
    for (;;) {
        QJsonObject result;
        const auto status = source->next(&result, &error);
        if (ctx.verbose) {
            for (const QString &note : source->takeNotes())
                ctx.info(note);
        }
        for (const QString &warning : source->takeWarnings())
            ctx.warning(warning);
        if (status == JsonObjectSource::Status::End)
            break;
        if (status == JsonObjectSource::Status::Error) {
            ctx.error(error);
            return ExitCode::Input;
        }
        QStringList warnings;
        if (!augmenter.augmentResult(&result, &warnings, &error)) {
            ctx.error(u"%1: %2"_s.arg(source->origin(), error));
            return ExitCode::Input;
        }
        for (const QString &warning : std::as_const(warnings))
            ctx.warning(u"%1: %2"_s.arg(source->origin(), warning));
        *ctx.out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << u'\n';
        ++count;
    }
    if (count == 0) {
        ctx.error(tr("The input holds no benchmark results."));
        return ExitCode::Input;
    }
    return ExitCode::Success;
}

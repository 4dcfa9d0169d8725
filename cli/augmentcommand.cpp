#include "augmentcommand.h"

#include "augmenter.h"
#include "exitcodes.h"
#include "inputloader.h"
#include "machineinfo.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

QString AugmentCommand::name() const
{
    return m_kind == Kind::Result ? u"augment result"_s : u"augment run"_s;
}

QString AugmentCommand::inputNoun() const
{
    return m_kind == Kind::Result ? tr("result") : tr("run");
}

QString AugmentCommand::summary() const
{
    return m_kind == Kind::Result ? tr("Fill in the defaults of results and print them (no server).")
                                  : tr("Fill in the defaults of runs and print them (no server).");
}

QString AugmentCommand::description() const
{
    if (m_kind == Kind::Result)
        return tr("Fills in the fields that a benchmark result needs and the user left out or set to "
                  "null, and prints each result as one line of JSON. A value you give is never "
                  "replaced.\n\n"
                  "Defaults: batch_id (a new random id), timestamp (now, UTC), tags, info and context "
                  "({}), machine_info (this machine, unless cluster_info is given), github (from the "
                  "CONBENCH_PROJECT_* variables; \"github\": null means no commit context), and run_name "
                  "(\"REASON: COMMIT\" when run_reason and a commit are known). Empty optional fields are "
                  "left out. A result that could not be posted (no stats and no error, or not exactly one "
                  "of machine_info and cluster_info) is printed with a warning.");
    return tr("Fills in the fields that a benchmark run needs and the user left out or set to null, and "
              "prints each run as one line of JSON. A value you give is never replaced.\n\n"
              "Defaults: id (a new random id), name (\"REASON: COMMIT\" when a reason and a commit are "
              "known), info ({}), machine_info (this machine, unless cluster_info is given) and github "
              "(from the CONBENCH_PROJECT_* variables; \"github\": null means no commit context). "
              "finished_timestamp, error_type and error_info are left out until given.\n\n"
              "\"run_reason\" and \"run_name\", the names results use, are taken as the run's \"reason\" "
              "and \"name\".");
}

QString AugmentCommand::examples() const
{
    if (m_kind == Kind::Result)
        return u"  benchconnect augment result --path results/\n"
               u"  benchconnect augment result --json '{\"tags\": {\"name\": \"sort\"}, \"stats\": "
               u"{\"data\": [1.5], \"unit\": \"s\"}}'\n"
               u"  cat results.ndjson | benchconnect augment result\n"_s;
    return u"  benchconnect augment run --json '{\"reason\": \"nightly\"}'\n"
           u"  benchconnect augment run '{\"run_reason\": \"test\"}'\n"_s;
}

int AugmentCommand::execute(const QCommandLineParser &parser, CommandContext &ctx)
{
    const ProjectEnvironment project = ProjectEnvironment::fromEnvironment(ctx.env);
    for (const QString &warning : project.warnings())
        ctx.warning(warning);
    if (!project.errors().isEmpty()) {
        ctx.error(project.errors().constFirst());
        return ExitCode::Configuration;
    }
    auto source = openInput(parser, ctx);
    if (!source)
        return ExitCode::Input;

    const Augmenter augmenter(project, [] { return MachineInfo::current(); });
    int count = 0;
    for (;;) {
        QJsonObject object;
        QString error;
        const auto status = source->next(&object, &error);
        if (status == JsonObjectSource::Status::End)
            break;
        if (status == JsonObjectSource::Status::Error) {
            ctx.error(error);
            return ExitCode::Input;
        }
        QStringList warnings;
        QStringList notes;
        const bool ok = m_kind == Kind::Result ? augmenter.augmentResult(&object, &warnings, &error)
                                               : augmenter.augmentRun(&object, &warnings, &error, &notes);
        if (ctx.verbose) {
            for (const QString &note : std::as_const(notes))
                ctx.info(u"%1: %2"_s.arg(source->origin(), note));
        }
        if (!ok) {
            ctx.error(u"%1: %2"_s.arg(source->origin(), error));
            return ExitCode::Input;
        }
        for (const QString &warning : std::as_const(warnings))
            ctx.warning(u"%1: %2"_s.arg(source->origin(), warning));
        *ctx.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << u'\n';
        ++count;
    }
    if (count == 0) {
        ctx.error(tr("The input holds no JSON objects."));
        return ExitCode::Input;
    }
    return ExitCode::Success;
}

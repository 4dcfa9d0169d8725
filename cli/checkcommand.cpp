#include "checkcommand.h"

#include "augmenter.h"
#include "exitcodes.h"

#include <algorithm>

using namespace Qt::StringLiterals;

// --- check result -----------------------------------------------------------------------------

QString CheckCommand::summary() const
{
    return tr("Check results against the server's rules, without sending them.");
}

QString CheckCommand::description() const
{
    return tr("Checks each result, as it is given, against what a Conbench server refuses: the schema of "
              "its API (the OpenAPI document of its generation, checked as Conbench's marshmallow does), "
              "the rules about the result as a whole (machine_info or cluster_info, stats or error, a "
              "GitHub repository URL), and the checks Conbench makes when it stores a result (tags.name "
              "present, a unit it knows). No server is needed.\n\n"
              "Prints one line for each invalid result: where it came from (its file or NDJSON line), "
              "the field, and why. Exit status 0 when every result is valid, 3 when any is not; with "
              "--quiet nothing is printed.\n\n"
              "Without --generation a result counts as invalid only when servers of both generations "
              "would refuse it. \"submit result\" and \"post result\" make the same check before they "
              "send anything (\"submit result\" with the generation \"start run\" found).");
}

QString CheckCommand::examples() const
{
    // Results as the server takes them: augmented, and with a run_id (augment result adds none).
    return u"  benchconnect augment result --json '{\"run_id\": \"0123456789abcdef0123456789abcdef\", "
           u"\"tags\": "
           u"{\"name\": \"sort\"}, \"stats\": {\"data\": [1.5], \"unit\": \"s\"}}' | benchconnect check "
           u"result "
           u"--generation current\n"_s;
}

QCommandLineOption CheckCommand::generationOption()
{
    return QCommandLineOption(u"generation"_s,
        tr("Check with the rules of this generation of Conbench servers: 2023 (up to August 2023, with "
           "runs as entities) or current (later ones). Default: only what both refuse."),
        u"GENERATION"_s);
}

bool CheckCommand::readGeneration(
    const QCommandLineParser &parser, CommandContext &ctx, ConbenchSchema::Generation *generation)
{
    *generation = ConbenchSchema::Generation::Unknown;
    if (!parser.isSet(u"generation"_s))
        return true;
    if (ConbenchSchema::parseGeneration(parser.value(u"generation"_s), generation))
        return true;
    ctx.error(tr("--generation \"%1\" is not a generation of Conbench servers; give 2023 or current.")
                  .arg(parser.value(u"generation"_s)));
    return false;
}

QString CheckCommand::rulesName(ConbenchSchema::Generation generation)
{
    switch (generation) {
    case ConbenchSchema::Generation::Conbench2023:
        return tr("the rules of Conbench servers up to August 2023");
    case ConbenchSchema::Generation::Current:
        return tr("the rules of current Conbench servers");
    case ConbenchSchema::Generation::Unknown:
        break;
    }
    return tr("the rules both generations of Conbench servers share");
}

QString CheckCommand::describe(const QString &origin, const QList<ConbenchSchema::Problem> &problems)
{
    QStringList texts;
    for (const ConbenchSchema::Problem &problem : problems)
        texts.append(problem.text());
    return u"%1: %2"_s.arg(origin, texts.join(u"; "_s));
}

int CheckCommand::execute(const QCommandLineParser &parser, CommandContext &ctx)
{
    ConbenchSchema::Generation generation;
    if (!readGeneration(parser, ctx, &generation))
        return ExitCode::Usage;
    auto input = openInput(parser, ctx);
    if (!input)
        return ExitCode::Input;
    CheckedResultSource source(std::move(input), generation, {},
        [&ctx](const QString &origin, const QList<ConbenchSchema::Problem> &problems) {
            if (!ctx.quiet)
                *ctx.out << describe(origin, problems) << u'\n';
        });
    qsizetype valid = 0;
    for (;;) {
        QJsonObject result;
        QString error;
        const auto status = source.next(&result, &error);
        if (status == JsonObjectSource::Status::End)
            break;
        if (status == JsonObjectSource::Status::Error) {
            if (source.atEnd())
                ctx.info(tr("%1 (by %2).").arg(error, rulesName(generation)));
            else
                ctx.error(error);
            return ExitCode::Input;
        }
        ++valid;
    }
    if (valid == 0) {
        ctx.error(tr("The input holds no JSON objects."));
        return ExitCode::Input;
    }
    ctx.info(tr("%Ln results valid by %1.", nullptr, int(valid)).arg(rulesName(generation)));
    return ExitCode::Success;
}

// --- the check before sending -----------------------------------------------------------------

CheckedResultSource::CheckedResultSource(std::unique_ptr<JsonObjectSource> source,
    ConbenchSchema::Generation generation, Prepare prepare, InvalidHandler onInvalid)
    : m_source(std::move(source))
    , m_generation(generation)
    , m_prepare(std::move(prepare))
    , m_onInvalid(std::move(onInvalid))
{ }

JsonObjectSource::Status CheckedResultSource::next(QJsonObject *object, QString *error)
{
    for (;;) {
        m_status = ExitCode::Success;
        m_error.clear();
        m_warnings.clear();
        const Status status = m_source->next(object, error);
        if (status == Status::Error)
            return status;
        if (status == Status::End) {
            m_atEnd = true;
            if (m_invalid == 0)
                return status;
            if (m_fold && m_invalid == 1)
                *error = CheckCommand::describe(m_firstOrigin, m_firstProblems);
            else
                *error = tr("%Ln of %L1 results would be refused by the server", nullptr, int(m_invalid))
                             .arg(m_count);
            if (m_lacksGithub)
                *error += u"; "_s
                    + tr("the server needs each result's github (its repository and commit): set "
                         "CONBENCH_PROJECT_REPOSITORY and CONBENCH_PROJECT_COMMIT, or run in the project's "
                         "git "
                         "checkout");
            return Status::Error;
        }
        ++m_count;
        if (m_prepare) {
            m_status = m_prepare(object, &m_warnings, &m_error);
            if (m_status != ExitCode::Success)
                return Status::Object;
        }
        QList<ConbenchSchema::Problem> problems = ConbenchSchema::checkResult(*object, m_generation);
        if (problems.isEmpty()) {
            for (const QString &problem : Augmenter::publishabilityProblems(*object))
                problems.append({QString(), problem});
        }
        if (problems.isEmpty())
            return Status::Object;
        ++m_invalid;
        m_lacksGithub
            = m_lacksGithub || std::any_of(problems.cbegin(), problems.cend(), [](const auto &problem) {
                  return problem.field == "github"_L1
                      && problem.reason == ConbenchSchema::tr("missing (required)");
              });
        if (m_fold && m_invalid == 1) {
            m_firstOrigin = m_source->origin();
            m_firstProblems = problems;
            continue;
        }
        if (m_fold && m_invalid == 2 && m_onInvalid)
            m_onInvalid(m_firstOrigin, m_firstProblems);
        if (m_onInvalid)
            m_onInvalid(m_source->origin(), problems);
    }
}

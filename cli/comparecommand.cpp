#include "comparecommand.h"

#include "comparison.h"
#include "exitcodes.h"
#include "interruptwatcher.h"
#include "runstate.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

bool readPositive(const QCommandLineParser &parser, const QString &name, std::optional<double> *value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double d = parser.value(name).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d) || d <= 0)
        return false;
    *value = d;
    return true;
}

} // namespace

QString CompareCommand::name() const
{
    return u"compare run"_s;
}

QString CompareCommand::summary() const
{
    return tr("Compare a run with its baseline; fail a CI job on a regression.");
}

QString CompareCommand::description() const
{
    return tr(
        "Compares the results of a run with those of its baseline run, as the Conbench server pairs and "
        "analyses them (GET /api/compare/runs/BASELINE...RUN/, every page of it), and prints one row "
        "per benchmark: its name and tags, the unit, the baseline's and the run's value, the change in "
        "percent and the lookback z-score (both negative when the run is worse, as Conbench signs them), "
        "and a verdict: regression, improvement, no change, new, missing, error, or not compared (the "
        "server made no analysis of the two results, or their units differ). Regressions come first, "
        "then errors, then the largest changes.\n\n"
        "RUN_ID defaults to the run started here (benchconnect-state.json), else the run the last "
        "\"finish run\" here finished. The baseline is the first of the server's candidate baseline "
        "runs that exists (parent commit, fork point, latest default-branch commit), or the one named "
        "with --baseline, or the run whose id --baseline gives. When there is none, the server's reason "
        "for each candidate is printed and the exit status is 0. Servers up to 2023 name no "
        "candidates: there only --baseline RUN_ID works.\n\n"
        "With --fail-on the exit status is 8 when the comparison shows what it names: a CI job fails on "
        "a regression. When GITHUB_STEP_SUMMARY is set (GitHub Actions), the markdown summary is "
        "appended to that file whatever --format says.");
}

QList<QCommandLineOption> CompareCommand::comparisonOptions(const QString &formatName)
{
    QList<QCommandLineOption> options {
        QCommandLineOption(u"baseline"_s,
            tr("The baseline: parent, fork_point, latest_default (a candidate the server names), or a run "
               "id. Default: the first candidate that exists, in that order."),
            u"BASELINE"_s),
        QCommandLineOption(u"threshold"_s,
            tr("Call a change larger than PERCENT a regression or improvement (passed to the server; its "
               "default is 5)."),
            u"PERCENT"_s),
        QCommandLineOption(u"threshold-z"_s,
            tr("Call a lookback z-score beyond Z a regression or improvement (passed to the server; its "
               "default is 5)."),
            u"Z"_s),
        QCommandLineOption(formatName,
            tr("Print the comparison as text (default), markdown (a summary for a pull-request comment) or "
               "json."),
            u"FORMAT"_s),
        QCommandLineOption(u"fail-on"_s,
            tr("Exit with status 8 when the comparison shows a regression, an error, any of those or a "
               "benchmark missing or not compared (any), or never (default)."),
            u"WHAT"_s),
    };
    // compare run only: submit result and finish run keep their options few.
    if (formatName == u"format"_s)
        options.append(QCommandLineOption(
            u"page-size"_s, tr("Read the comparison N benchmarks a page (default: the server's)."), u"N"_s));
    return options;
}

QList<QCommandLineOption> CompareCommand::commandOptions() const
{
    return comparisonOptions(u"format"_s);
}

QPair<QString, QString> CompareCommand::positionalArgument() const
{
    return {u"RUN_ID"_s,
        tr("The run to compare (default: the run started here, else the one \"finish run\" finished last "
           "here).")};
}

QString CompareCommand::examples() const
{
    return u"  benchconnect compare run --fail-on regression\n"
           u"  benchconnect compare run 0123456789abcdef0123456789abcdef --baseline fork_point --format "
           u"markdown\n"
           u"  benchconnect finish run --compare --fail-on regression\n"_s;
}

int CompareCommand::execute(const QCommandLineParser &parser, CommandContext &ctx)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() > 1) {
        ctx.error(tr("Give one run id; got %1 (see benchconnect compare run --help).").arg(arguments.size()));
        return ExitCode::Usage;
    }
    QString runId = arguments.value(0).trimmed();
    QUrl knownServer;
    if (runId.isEmpty()) {
        QJsonObject state;
        QString error;
        if (RunState::exists(ctx.workingDirectory)) {
            if (!RunState::load(ctx.workingDirectory, &state, &error)) {
                ctx.error(error);
                return ExitCode::State;
            }
            runId = state.value("run_id"_L1).toString();
            knownServer = QUrl(state.value(RunState::serverKey()).toString());
        } else {
            QString problem;
            runId = Comparison::rememberedRun(ctx.workingDirectory, &knownServer, &problem);
            if (!problem.isEmpty()) {
                ctx.error(tr("%1; give the run's id: benchconnect compare run RUN_ID.").arg(problem));
                return ExitCode::State;
            }
        }
    }
    if (runId.isEmpty()) {
        ctx.error(tr("No run to compare: give its id (benchconnect compare run RUN_ID), or run this where "
                     "\"start run\" or \"finish run\" ran."));
        return ExitCode::State;
    }
    int code = ExitCode::Success;
    auto client = makeClient(parser, ctx, &code);
    if (!client)
        return code;
    if (knownServer.isValid() && !knownServer.isEmpty()
        && ClientSettings::comparableUrl(knownServer)
            != ClientSettings::comparableUrl(client->settings().baseUrl))
        ctx.warning(
            tr("Run %1 was sent to %2, not to %3; comparing it on %3.")
                .arg(runId, knownServer.toDisplayString(), client->settings().baseUrl.toDisplayString()));
    return compare(parser, ctx, client.get(), runId, u"format"_s);
}

bool CompareCommand::readSettings(
    const QCommandLineParser &parser, CommandContext &ctx, const QString &formatName, Settings *settings)
{
    Comparison::Options &options = settings->options;
    options.baseline = parser.value(u"baseline"_s).trimmed();
    if (!readPositive(parser, u"threshold"_s, &options.threshold)) {
        ctx.error(
            tr("--threshold \"%1\" is not a positive number of percent.").arg(parser.value(u"threshold"_s)));
        return false;
    }
    if (!readPositive(parser, u"threshold-z"_s, &options.thresholdZ)) {
        ctx.error(tr("--threshold-z \"%1\" is not a positive number.").arg(parser.value(u"threshold-z"_s)));
        return false;
    }
    if (formatName == u"format"_s && parser.isSet(u"page-size"_s)) {
        bool ok = false;
        options.pageSize = parser.value(u"page-size"_s).toInt(&ok);
        if (!ok || options.pageSize < 1 || options.pageSize > 1000) {
            ctx.error(
                tr("--page-size \"%1\" is not a number from 1 to 1000.").arg(parser.value(u"page-size"_s)));
            return false;
        }
    }
    settings->format = parser.isSet(formatName) ? parser.value(formatName).trimmed().toLower() : u"text"_s;
    if (settings->format != u"text"_s && settings->format != u"markdown"_s && settings->format != u"json"_s) {
        ctx.error(
            tr("--%1 \"%2\" is not one of text, markdown, json.").arg(formatName, parser.value(formatName)));
        return false;
    }
    settings->failOnText = parser.value(u"fail-on"_s).trimmed();
    if (parser.isSet(u"fail-on"_s)
        && !ComparisonReport::parseFailOn(settings->failOnText, &settings->failOn)) {
        ctx.error(
            tr("--fail-on \"%1\" is not one of regression, error, any, never.").arg(settings->failOnText));
        return false;
    }
    return true;
}

int CompareCommand::compare(const QCommandLineParser &parser, CommandContext &ctx, ConbenchClient *client,
    const QString &runId, const QString &formatName, bool keptImplicitly)
{
    Settings settings;
    if (!readSettings(parser, ctx, formatName, &settings))
        return ExitCode::Usage;
    Comparison::Options options = settings.options;
    options.contenderRunId = runId;
    const QString format = settings.format;
    const ComparisonReport::FailOn failOn = settings.failOn;

    Comparison comparison(client, options);
    QObject::connect(&comparison, &Comparison::progress, &comparison, [&ctx](const QString &what) {
        if (ctx.verbose)
            ctx.info(what);
    });
    InterruptWatcher interrupts;
    QObject::connect(
        &interrupts, &InterruptWatcher::interrupted, &comparison, [&comparison] { comparison.abort(); });
    QEventLoop loop;
    QObject::connect(&comparison, &Comparison::finished, &loop, &QEventLoop::quit);
    comparison.start();
    if (!comparison.isFinished())
        loop.exec();
    if (keptImplicitly && comparison.runNotFound()) {
        // As a 2023 server's run without results is said (and with the same status): the server
        // holds no run without results, not a wrong id.
        ctx.error(tr("Run %1 holds no results on the server: nothing to compare (this server keeps a run "
                     "only through its results).")
                      .arg(runId));
        return ExitCode::Refused;
    }
    if (comparison.outcome() != ApiCall::Outcome::Success) {
        ctx.error(comparison.message());
        return exitCodeFor(comparison.outcome());
    }
    const ComparisonReport &report = comparison.report();
    const QString markdown = report.toMarkdown();
    if (format == u"json"_s)
        *ctx.out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else if (format == u"markdown"_s)
        *ctx.out << markdown;
    else
        *ctx.out << report.toText();
    ctx.out->flush();

    const QString stepSummary = ctx.env.value(u"GITHUB_STEP_SUMMARY"_s).trimmed();
    if (!stepSummary.isEmpty()) {
        QFile file(stepSummary);
        if (file.open(QIODevice::WriteOnly | QIODevice::Append))
            file.write(markdown.toUtf8() + '\n');
        else
            ctx.warning(
                tr("GITHUB_STEP_SUMMARY: cannot append to %1: %2").arg(stepSummary, file.errorString()));
    }

    if (!report.hasBaseline()) {
        ctx.info(tr("Nothing compared: run %1 has no baseline.").arg(runId));
        return ExitCode::Success;
    }
    if (report.fails(failOn)) {
        ctx.error(tr("The comparison fails the gate (--fail-on %1): %2.")
                      .arg(settings.failOnText, report.failures(failOn)));
        return ExitCode::Regressions;
    }
    return ExitCode::Success;
}

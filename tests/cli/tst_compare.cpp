// compare run and the CI gate, run as the real benchconnect binary against the project's test server
// in both generations: start run → submit result → finish run, then compare run with --fail-on.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

// A default-branch commit and two children of it: one regressed, one within noise.
const QString baseCommit = u"1111111111111111111111111111111111111111"_s;
const QString slowCommit = u"2222222222222222222222222222222222222222"_s;
const QString cleanCommit = u"3333333333333333333333333333333333333333"_s;
const QString orphanCommit = u"4444444444444444444444444444444444444444"_s;

QByteArray result(const QString &name, double seconds, const QString &unit = u"s"_s)
{
    // Five samples around the value, so that every run has the same spread.
    QJsonArray data;
    for (double f : {0.99, 1.0, 1.01, 1.0, 1.0})
        data.append(seconds * f);
    const QJsonObject o {{u"tags"_s, QJsonObject {{u"name"_s, name}, {u"size"_s, u"1k"_s}}},
        {u"context"_s, QJsonObject {{u"compiler"_s, u"g++ 12.2"_s}}},
        {u"stats"_s, QJsonObject {{u"data"_s, data}, {u"unit"_s, unit}, {u"iterations"_s, 5}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

// A result that failed: an error instead of stats, with the tags and context of result().
QByteArray failed(const QString &name, const QString &message)
{
    const QJsonObject o {{u"tags"_s, QJsonObject {{u"name"_s, name}, {u"size"_s, u"1k"_s}}},
        {u"context"_s, QJsonObject {{u"compiler"_s, u"g++ 12.2"_s}}},
        {u"error"_s, QJsonObject {{u"message"_s, message}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray results(const QList<QPair<QString, double>> &values)
{
    QByteArray ndjson;
    for (const auto &[name, seconds] : values)
        ndjson += result(name, seconds);
    return ndjson;
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;

    QProcessEnvironment env(const QString &commit) const
    {
        QProcessEnvironment e = m_server.environment();
        e.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"example/project"_s);
        e.insert(u"CONBENCH_PROJECT_COMMIT"_s, commit);
        e.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"20"_s);
        e.insert(u"BENCHCONNECT_OUTBOX"_s, m_dir.filePath(u"outbox"_s));
        return e;
    }

    ProgramRun bc(
        const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input = {})
    {
        return run(cliPath(), arguments, environment, input, m_dir.path());
    }

    // start run → submit result → finish run on a commit; returns the run id.
    QString runOn(const QString &commit, const QByteArray &ndjson)
    {
        const QProcessEnvironment e = env(commit);
        const ProgramRun start = bc({u"start"_s, u"run"_s, u"--json"_s, u"{\"reason\": \"commit\"}"_s}, e);
        if (start.exitCode != 0) {
            qWarning("start run: %s", start.err.constData());
            return {};
        }
        const ProgramRun submit = bc({u"submit"_s, u"result"_s, u"-"_s}, e, ndjson);
        if (submit.exitCode != 0) {
            qWarning("submit result: %s", submit.err.constData());
            return {};
        }
        const ProgramRun finish = bc({u"finish"_s, u"run"_s}, e);
        if (finish.exitCode != 0) {
            qWarning("finish run: %s", finish.err.constData());
            return {};
        }
        return start.outLines().value(0);
    }

    bool startServer(const QString &mode)
    {
        const QString commits = m_dir.filePath(u"commits.json"_s);
        QFile file(commits);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(QJsonDocument(
            QJsonObject {{u"parents"_s, QJsonObject {{slowCommit, baseCommit}, {cleanCommit, baseCommit}}}})
                       .toJson());
        file.close();
        return m_server.start(mode, {u"--commits"_s, commits});
    }

    // The baseline on the default-branch commit: three benchmarks.
    QString baselineRun()
    {
        return runOn(baseCommit, results({{u"alpha"_s, 1.0}, {u"beta"_s, 2.0}, {u"gamma"_s, 3.0}}));
    }

    // The arguments that name the baseline: the server's candidate on a current server, the run id
    // on a 2023 one (it names no candidates).
    static QStringList baselineArguments(const QString &mode, const QString &baselineId)
    {
        return mode == u"2023"_s ? QStringList {u"--baseline"_s, baselineId} : QStringList {};
    }

    // The rows of the text table (after the header line), as their first words.
    static QStringList tableRows(const ProgramRun &r)
    {
        QStringList lines = r.outLines();
        QStringList rows;
        bool inTable = false;
        for (const QString &line : std::as_const(lines)) {
            if (line.startsWith(u"Verdict"_s)) {
                inTable = true;
                continue;
            }
            if (inTable
                && (line.startsWith(u"regression"_s) || line.startsWith(u"no change"_s)
                    || line.startsWith(u"improvement"_s) || line.startsWith(u"missing"_s)
                    || line.startsWith(u"new"_s) || line.startsWith(u"error"_s)
                    || line.startsWith(u"not compared"_s)))
                rows.append(line.simplified());
        }
        return rows;
    }

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        m_server.stop();
        QFile::remove(m_dir.filePath(u"benchconnect-state.json"_s));
        QFile::remove(m_dir.filePath(u"benchconnect-last-run.json"_s));
    }

    void regressedRunFailsTheGate_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("2023") << u"2023"_s;
        QTest::newRow("current") << u"current"_s;
    }
    void regressedRunFailsTheGate()
    {
        QFETCH(QString, mode);
        QVERIFY(startServer(mode));
        const QString baselineId = baselineRun();
        QVERIFY(!baselineId.isEmpty());
        // alpha three times slower, beta 1 % slower (noise), gamma the same.
        const QString runId
            = runOn(slowCommit, results({{u"alpha"_s, 3.0}, {u"beta"_s, 2.02}, {u"gamma"_s, 3.0}}));
        QVERIFY(!runId.isEmpty());

        // Without an id: the run "finish run" finished last here.
        const QString summaryFile = m_dir.filePath(u"step-summary.md"_s);
        {
            QFile f(summaryFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("## Earlier step\n");
        }
        QProcessEnvironment e = env(slowCommit);
        e.insert(u"GITHUB_STEP_SUMMARY"_s, summaryFile);
        const ProgramRun compare = bc(QStringList {u"compare"_s, u"run"_s, u"--fail-on"_s, u"regression"_s}
                + baselineArguments(mode, baselineId),
            e);
        QCOMPARE(compare.exitCode, 8);
        QVERIFY2(compare.out.contains(runId.toUtf8()), compare.out.constData());
        QVERIFY2(compare.out.contains(baselineId.toUtf8()), compare.out.constData());
        const QStringList rows = tableRows(compare);
        QCOMPARE(rows.size(), 3);
        QVERIFY2(
            rows.at(0).startsWith(u"regression alpha (size=1k) s 1 3 -200.0 %"_s), qPrintable(rows.at(0)));
        QVERIFY2(rows.at(1).startsWith(u"no change beta"_s), qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.at(2).startsWith(u"no change gamma"_s), qPrintable(rows.join(u'\n')));
        QVERIFY2(compare.err.contains("The comparison fails the gate (--fail-on regression): 1 regression."),
            compare.err.constData());

        // The step summary keeps what was there and gets the markdown.
        QFile f(summaryFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString summary = QString::fromUtf8(f.readAll());
        QVERIFY(summary.startsWith(u"## Earlier step\n"_s));
        QVERIFY2(summary.contains(u"### Benchmark comparison: 1 regression"_s), qPrintable(summary));
        const QStringList tableLines = summary.split(u'\n').filter(u"| "_s);
        QVERIFY2(tableLines.size() >= 4, qPrintable(summary));
        QVERIFY2(tableLines.at(1).contains(u":red_circle: **regression**"_s), qPrintable(summary));
        QVERIFY2(tableLines.at(1).contains(u"alpha (size=1k)"_s), qPrintable(summary));
        QVERIFY2(tableLines.at(1).contains(u"-200.0 %"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"/compare/runs/%1...%2/"_s.arg(baselineId, runId)), qPrintable(summary));

        // --format markdown prints the same summary; json names the verdicts.
        const ProgramRun markdown
            = bc(QStringList {u"compare"_s, u"run"_s, runId, u"--format"_s, u"markdown"_s}
                    + baselineArguments(mode, baselineId),
                env(slowCommit));
        QCOMPARE(markdown.exitCode, 0); // --fail-on never by default
        QVERIFY(summary.contains(QString::fromUtf8(markdown.out)));
        const ProgramRun json = bc(QStringList {u"compare"_s, u"run"_s, runId, u"--format"_s, u"json"_s}
                + baselineArguments(mode, baselineId),
            env(slowCommit));
        QCOMPARE(json.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(report.value("counts"_L1).toObject().value("regression"_L1).toInt(), 1);
        QCOMPARE(report.value("comparisons"_L1).toArray().at(0).toObject().value("benchmark"_L1).toString(),
            u"alpha"_s);
    }

    void cleanRunPassesTheGate_data() { regressedRunFailsTheGate_data(); }
    void cleanRunPassesTheGate()
    {
        QFETCH(QString, mode);
        QVERIFY(startServer(mode));
        const QString baselineId = baselineRun();
        QVERIFY(!baselineId.isEmpty());
        const QString runId
            = runOn(cleanCommit, results({{u"alpha"_s, 1.01}, {u"beta"_s, 1.98}, {u"gamma"_s, 3.02}}));
        QVERIFY(!runId.isEmpty());
        const ProgramRun compare
            = bc(QStringList {u"compare"_s, u"run"_s, u"--fail-on"_s, u"any"_s, u"--format"_s, u"markdown"_s}
                    + baselineArguments(mode, baselineId),
                env(cleanCommit));
        QVERIFY2(compare.exitCode == 0, compare.err.constData());
        QVERIFY2(compare.out.contains("### Benchmark comparison: no regressions"), compare.out.constData());
        QVERIFY2(
            compare.out.contains("0 regressions, 0 improvements, 3 without change"), compare.out.constData());
        QVERIFY(!compare.out.contains("red_circle"));
    }

    // The same gate at the end of finish run, in one step.
    void finishRunCompares()
    {
        QVERIFY(startServer(u"current"_s));
        QVERIFY(!baselineRun().isEmpty());
        const QProcessEnvironment e = env(slowCommit);
        const ProgramRun start = bc({u"start"_s, u"run"_s}, e);
        QCOMPARE(start.exitCode, 0);
        QCOMPARE(bc({u"submit"_s, u"result"_s, u"-"_s}, e,
                     results({{u"alpha"_s, 1.0}, {u"beta"_s, 6.0}, {u"gamma"_s, 3.0}}))
                     .exitCode,
            0);
        // A bad gate is refused before the run is finished.
        const ProgramRun bad = bc({u"finish"_s, u"run"_s, u"--compare"_s, u"--fail-on"_s, u"sometimes"_s}, e);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(QFile::exists(m_dir.filePath(u"benchconnect-state.json"_s)));
        const ProgramRun finish
            = bc({u"finish"_s, u"run"_s, u"--compare"_s, u"--fail-on"_s, u"regression"_s}, e);
        QCOMPARE(finish.exitCode, 8);
        QVERIFY(!QFile::exists(m_dir.filePath(u"benchconnect-state.json"_s)));
        QVERIFY2(tableRows(finish).value(0).startsWith(u"regression beta"_s), finish.out.constData());
    }

    // A run finished without results on a server that keeps runs through their results: the server
    // has no such run. That is said as a run without results is on a 2023 server (nothing to
    // compare, status 5: a gate does not pass on nothing), not as a wrong run id. Asked by id, such
    // a run is said to be missing, with why it may be.
    void finishRunWithoutResultsComparesNothing()
    {
        QVERIFY(startServer(u"current"_s));
        QVERIFY(!baselineRun().isEmpty());
        const QProcessEnvironment e = env(slowCommit);
        const ProgramRun start = bc({u"start"_s, u"run"_s}, e);
        QCOMPARE(start.exitCode, 0);
        const QString runId = QString::fromUtf8(start.out.trimmed());
        const ProgramRun finish
            = bc({u"finish"_s, u"run"_s, u"--compare"_s, u"--fail-on"_s, u"regression"_s}, e);
        QCOMPARE(finish.exitCode, 5);
        QVERIFY(!QFile::exists(m_dir.filePath(u"benchconnect-state.json"_s))); // finished all the same
        QVERIFY2(
            finish.err.contains(
                u"Run %1 holds no results on the server: nothing to compare (this server keeps a run only "
                "through its results)."_s.arg(runId)
                    .toUtf8()),
            finish.err.constData());
        QVERIFY2(!finish.err.contains("check the run id"), finish.err.constData());

        const ProgramRun byId = bc({u"compare"_s, u"run"_s, runId}, e);
        QCOMPARE(byId.exitCode, 5);
        QVERIFY2(byId.err.contains("is not on the server (404): check the run id. (A current Conbench server "
                                   "holds a run only once it has stored one of its results.)"),
            byId.err.constData());
    }

    // And at the end of submit result: the results are sent, then compared, the run left open.
    void submitResultCompares()
    {
        QVERIFY(startServer(u"current"_s));
        QVERIFY(!baselineRun().isEmpty());
        const QProcessEnvironment e = env(slowCommit);
        QCOMPARE(bc({u"start"_s, u"run"_s}, e).exitCode, 0);
        // The comparison's options without --compare: said to be ignored, nothing compared.
        const ProgramRun plain = bc({u"submit"_s, u"result"_s, u"-"_s, u"--fail-on"_s, u"regression"_s}, e,
            results({{u"alpha"_s, 1.0}}));
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.err.contains("--fail-on is used only with --compare"), plain.err.constData());
        QVERIFY(!plain.out.contains("regression"));
        const ProgramRun submit = bc({u"submit"_s, u"result"_s, u"-"_s, u"--compare"_s, u"--fail-on"_s,
                                         u"regression"_s, u"--compare-format"_s, u"markdown"_s},
            e, results({{u"beta"_s, 6.0}, {u"gamma"_s, 3.0}}));
        QCOMPARE(submit.exitCode, 8);
        QVERIFY2(submit.out.contains("### Benchmark comparison: 1 regression"), submit.out.constData());
        QVERIFY2(submit.out.contains("beta (size=1k)"), submit.out.constData());
        QCOMPARE(m_server.results().size(), 6); // the baseline's three and this run's three
        QVERIFY(QFile::exists(m_dir.filePath(u"benchconnect-state.json"_s))); // still open
        QCOMPARE(bc({u"finish"_s, u"run"_s}, e).exitCode, 0);
    }

    // A benchmark whose result failed is an error for the gate, whether the baseline has it or not,
    // and the table says it failed.
    void failedBenchmarkIsAnError()
    {
        QVERIFY(startServer(u"current"_s));
        QVERIFY(!baselineRun().isEmpty());
        // beta fails where the baseline has it; err is new and fails.
        QVERIFY(!runOn(cleanCommit,
            results({{u"alpha"_s, 1.0}, {u"gamma"_s, 3.0}}) + failed(u"beta"_s, u"out of memory"_s)
                + failed(u"err"_s, u"x"_s))
                     .isEmpty());
        const ProgramRun compare = bc({u"compare"_s, u"run"_s, u"--fail-on"_s, u"error"_s}, env(cleanCommit));
        QCOMPARE(compare.exitCode, 8);
        QVERIFY2(compare.err.contains("The comparison fails the gate (--fail-on error): 2 with errors."),
            compare.err.constData());
        const QStringList rows = tableRows(compare);
        QCOMPARE(rows.size(), 4);
        QVERIFY2(rows.filter(u"error err (size=1k)"_s).size() == 1, qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.filter(u"error beta (size=1k)"_s).size() == 1, qPrintable(rows.join(u'\n')));
        QVERIFY2(compare.out.contains("err (size=1k): new in this run, and its result failed: x\n"),
            compare.out.constData());
        QVERIFY2(compare.out.contains("beta (size=1k): the run's result failed: out of memory\n"),
            compare.out.constData());
        QVERIFY2(compare.out.contains("2 with errors"), compare.out.constData());
        QVERIFY2(!compare.out.contains("1 new"), compare.out.constData()); // the summary

        const ProgramRun markdown
            = bc({u"compare"_s, u"run"_s, u"--format"_s, u"markdown"_s}, env(cleanCommit));
        QCOMPARE(markdown.exitCode, 0);
        const QStringList errRows = QString::fromUtf8(markdown.out).split(u'\n').filter(u"[err (size=1k)]"_s);
        QCOMPARE(errRows.size(), 1);
        QVERIFY2(errRows.at(0).startsWith(u"| :x: **error** |"_s), qPrintable(errRows.at(0)));
        QVERIFY2(markdown.out.contains("- err (size=1k): new in this run, and its result failed: x\n"),
            markdown.out.constData());
        // The heading says what was found: no clean result while benchmarks failed.
        QVERIFY2(
            markdown.out.startsWith("### Benchmark comparison: 2 with errors\n"), markdown.out.constData());
        QVERIFY2(!markdown.out.contains("no regressions"), markdown.out.constData());

        const ProgramRun json = bc({u"compare"_s, u"run"_s, u"--format"_s, u"json"_s}, env(cleanCommit));
        const QJsonObject report = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(report.value("counts"_L1).toObject().value("error"_L1).toInt(), 2);
        QCOMPARE(report.value("counts"_L1).toObject().value("new"_L1).toInt(), 0);
    }

    // A run whose every benchmark failed: the markdown heading (a pull request's comment, the step
    // summary) says so, not "no regressions"; with a regression too, it names both.
    void onlyErrorsAreNoCleanHeading()
    {
        QVERIFY(startServer(u"current"_s));
        const QString baselineId = baselineRun();
        QVERIFY(!baselineId.isEmpty());
        QVERIFY(!runOn(cleanCommit,
            failed(u"alpha"_s, u"out of memory"_s) + failed(u"beta"_s, u"out of memory"_s)
                + failed(u"gamma"_s, u"out of memory"_s))
                     .isEmpty());
        const QString summaryFile = m_dir.filePath(u"summary.md"_s);
        QProcessEnvironment e = env(cleanCommit);
        e.insert(u"GITHUB_STEP_SUMMARY"_s, summaryFile);
        const ProgramRun markdown = bc({u"compare"_s, u"run"_s, u"--format"_s, u"markdown"_s}, e);
        QCOMPARE(markdown.exitCode, 0);
        QVERIFY2(
            markdown.out.startsWith("### Benchmark comparison: 3 with errors\n"), markdown.out.constData());
        QVERIFY2(!markdown.out.contains("no regressions"), markdown.out.constData());
        QFile summary(summaryFile);
        QVERIFY(summary.open(QIODevice::ReadOnly));
        const QByteArray written = summary.readAll();
        QVERIFY2(written.contains("### Benchmark comparison: 3 with errors\n"), written.constData());
        QVERIFY2(!written.contains("no regressions"), written.constData());

        // A regression and a failure: both in the heading.
        QVERIFY(!runOn(slowCommit,
            results({{u"alpha"_s, 1.5}, {u"gamma"_s, 3.0}}) + failed(u"beta"_s, u"out of memory"_s))
                     .isEmpty());
        const ProgramRun both = bc({u"compare"_s, u"run"_s, u"--format"_s, u"markdown"_s}, env(slowCommit));
        QVERIFY2(both.out.startsWith("### Benchmark comparison: 1 regression, 1 with an error\n"),
            both.out.constData());

        // Nothing the two runs share: no clean result claimed either.
        QVERIFY(!runOn(cleanCommit, results({{u"delta"_s, 1.0}})).isEmpty());
        const ProgramRun none
            = bc({u"compare"_s, u"run"_s, u"--baseline"_s, baselineId, u"--format"_s, u"markdown"_s},
                env(cleanCommit));
        QVERIFY2(
            none.out.startsWith("### Benchmark comparison: no benchmark compared\n"), none.out.constData());
    }

    // A pair the server made no analysis of (Conbench computes no change from a baseline of 0) is
    // "not compared", with the reason: not "no change". Only --fail-on any counts it.
    void unanalysedPairIsNotCompared()
    {
        QVERIFY(startServer(u"current"_s));
        QVERIFY(!runOn(baseCommit, results({{u"alpha"_s, 1.0}, {u"zero"_s, 0.0}})).isEmpty());
        QVERIFY(!runOn(cleanCommit, results({{u"alpha"_s, 1.0}, {u"zero"_s, 1.0}})).isEmpty());
        const ProgramRun compare
            = bc({u"compare"_s, u"run"_s, u"--fail-on"_s, u"regression"_s}, env(cleanCommit));
        QCOMPARE(compare.exitCode, 0);
        const QStringList rows = tableRows(compare);
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.at(0).startsWith(u"not compared zero (size=1k) s 0 1 \u2014 \u2014"_s),
            qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.at(1).startsWith(u"no change alpha"_s), qPrintable(rows.join(u'\n')));
        QVERIFY2(
            compare.out.contains("zero (size=1k): the server made no analysis: the baseline's value is 0\n"),
            compare.out.constData());
        QVERIFY2(compare.out.contains("1 without change, 1 not compared\n"), compare.out.constData());

        const ProgramRun any
            = bc({u"compare"_s, u"run"_s, u"--fail-on"_s, u"any"_s, u"--format"_s, u"markdown"_s},
                env(cleanCommit));
        QCOMPARE(any.exitCode, 8);
        QVERIFY2(any.err.contains("The comparison fails the gate (--fail-on any): 1 not compared."),
            any.err.constData());
        const QStringList zeroRows = QString::fromUtf8(any.out).split(u'\n').filter(u"[zero (size=1k)]"_s);
        QCOMPARE(zeroRows.size(), 1);
        QVERIFY2(zeroRows.at(0).startsWith(u"| :warning: not compared |"_s), qPrintable(zeroRows.at(0)));

        const ProgramRun json = bc({u"compare"_s, u"run"_s, u"--format"_s, u"json"_s}, env(cleanCommit));
        const QJsonObject report = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(report.value("counts"_L1).toObject().value("not compared"_L1).toInt(), 1);
        const QJsonObject row = report.value("comparisons"_L1).toArray().at(0).toObject();
        QCOMPARE(row.value("verdict"_L1).toString(), u"not compared"_s);
        QVERIFY(row.value("note"_L1).toString().contains(u"the baseline's value is 0"_s));
    }

    // Results in different units are not compared (10 s and 10 ns are no "no change"): the table
    // shows both units and says why.
    void unitChangeIsNotCompared()
    {
        QVERIFY(startServer(u"current"_s));
        QVERIFY(!runOn(baseCommit, results({{u"alpha"_s, 10.0}, {u"beta"_s, 2.0}})).isEmpty());
        QVERIFY(!runOn(cleanCommit, result(u"alpha"_s, 10.0, u"ns"_s) + result(u"beta"_s, 2.0)).isEmpty());
        const ProgramRun compare
            = bc({u"compare"_s, u"run"_s, u"--fail-on"_s, u"regression"_s}, env(cleanCommit));
        QCOMPARE(compare.exitCode, 0);
        const QStringList rows = tableRows(compare);
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.at(0) == u"not compared alpha (size=1k) s \u2192 ns 10 10 \u2014 \u2014"_s,
            qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.at(1).startsWith(u"no change beta"_s), qPrintable(rows.join(u'\n')));
        QVERIFY2(compare.out.contains("alpha (size=1k): the unit changed from s to ns\n"),
            compare.out.constData());

        const ProgramRun any = bc({u"compare"_s, u"run"_s, u"--fail-on"_s, u"any"_s}, env(cleanCommit));
        QCOMPARE(any.exitCode, 8);
        QVERIFY2(any.err.contains("(--fail-on any): 1 not compared."), any.err.constData());

        const ProgramRun json = bc({u"compare"_s, u"run"_s, u"--format"_s, u"json"_s}, env(cleanCommit));
        const QJsonObject row
            = QJsonDocument::fromJson(json.out).object().value("comparisons"_L1).toArray().at(0).toObject();
        QCOMPARE(row.value("verdict"_L1).toString(), u"not compared"_s);
        QCOMPARE(row.value("baseline_unit"_L1).toString(), u"s"_s);
        QCOMPARE(row.value("contender_unit"_L1).toString(), u"ns"_s);
        QVERIFY(row.value("change_percent"_L1).isNull());
    }

    // The gate's message names what made it fail, not regressions the comparison does not have.
    void gateSaysWhatFailedIt()
    {
        QVERIFY(startServer(u"current"_s));
        QVERIFY(!baselineRun().isEmpty());
        QVERIFY(!runOn(cleanCommit, results({{u"alpha"_s, 1.0}})).isEmpty());
        const ProgramRun any = bc({u"compare"_s, u"run"_s, u"--fail-on"_s, u"any"_s}, env(cleanCommit));
        QCOMPARE(any.exitCode, 8);
        QVERIFY2(any.err.contains("The comparison fails the gate (--fail-on any): 2 missing."),
            any.err.constData());
        QVERIFY2(!any.err.contains("egression"), any.err.constData());
        QCOMPARE(any.errLines().size(), 1);
        // What the gate does not count passes it.
        const ProgramRun regression
            = bc({u"compare"_s, u"run"_s, u"--fail-on"_s, u"regression"_s}, env(cleanCommit));
        QCOMPARE(regression.exitCode, 0);
        QVERIFY2(regression.err.isEmpty(), regression.err.constData());
    }

    // A pull request's benchmark names go into the step summary, which GitHub renders as HTML:
    // markup in a name is shown as text, never taken as markup.
    void markdownEscapesHtml()
    {
        QVERIFY(startServer(u"current"_s));
        QVERIFY(!baselineRun().isEmpty());
        const QString name = u"<img src=x onerror=alert(1)> & co"_s;
        QVERIFY(!runOn(cleanCommit, results({{u"alpha"_s, 1.0}, {name, 1.0}})).isEmpty());
        const QString summaryFile = m_dir.filePath(u"escaped-summary.md"_s);
        QProcessEnvironment e = env(cleanCommit);
        e.insert(u"GITHUB_STEP_SUMMARY"_s, summaryFile);
        const ProgramRun compare = bc({u"compare"_s, u"run"_s, u"--format"_s, u"markdown"_s}, e);
        QCOMPARE(compare.exitCode, 0);
        QFile f(summaryFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray summary = f.readAll();
        for (const QByteArray &markdown : {compare.out, summary}) {
            QVERIFY2(markdown.contains("&lt;img src=x onerror=alert(1)&gt; &amp; co"), markdown.constData());
            QVERIFY2(!markdown.contains("<img"), markdown.constData());
        }
        // The text table shows the name as it is.
        const ProgramRun text = bc({u"compare"_s, u"run"_s}, env(cleanCommit));
        QVERIFY2(text.out.contains(name.toUtf8()), text.out.constData());
    }

    void noBaselineSaysWhy()
    {
        QVERIFY(startServer(u"current"_s));
        const QString runId = runOn(orphanCommit, results({{u"alpha"_s, 1.0}}));
        QVERIFY(!runId.isEmpty());
        const ProgramRun compare
            = bc({u"compare"_s, u"run"_s, u"--fail-on"_s, u"regression"_s}, env(orphanCommit));
        QCOMPARE(compare.exitCode, 0);
        QVERIFY2(compare.out.contains("has no baseline"), compare.out.constData());
        QVERIFY2(compare.out.contains("parent: the contender run's commit has no known parent commit"),
            compare.out.constData());
        QVERIFY2(compare.out.contains("fork_point: the contender run is already on the default branch"),
            compare.out.constData());
    }

    void server2023NeedsBaselineId()
    {
        QVERIFY(startServer(u"2023"_s));
        QVERIFY(!baselineRun().isEmpty());
        const QString runId = runOn(slowCommit, results({{u"alpha"_s, 3.0}}));
        QVERIFY(!runId.isEmpty());
        const ProgramRun compare
            = bc({u"compare"_s, u"run"_s, runId, u"--fail-on"_s, u"regression"_s}, env(slowCommit));
        QCOMPARE(compare.exitCode, 0);
        QVERIFY2(compare.out.contains("does not name candidate baseline runs"), compare.out.constData());
        QVERIFY2(compare.out.contains("--baseline RUN_ID"), compare.out.constData());
    }

    void unknownRunIsAClearError()
    {
        QVERIFY(startServer(u"current"_s));
        const QString baselineId = baselineRun();
        const QString unknown = u"0123456789abcdef0123456789abcdef"_s;
        const ProgramRun compare = bc({u"compare"_s, u"run"_s, unknown}, env(baseCommit));
        QCOMPARE(compare.exitCode, 5);
        QVERIFY2(compare.err.contains((u"Run "_s + unknown + u" is not on the server"_s).toUtf8()),
            compare.err.constData());
        QCOMPARE(compare.errLines().size(), 1);
        // An unknown baseline is named as such.
        const ProgramRun baseline
            = bc({u"compare"_s, u"run"_s, baselineId, u"--baseline"_s, unknown}, env(baseCommit));
        QCOMPARE(baseline.exitCode, 5);
        QVERIFY2(baseline.err.contains("baseline run"), baseline.err.constData());
        // No id and no run here.
        const ProgramRun none
            = run(cliPath(), {u"compare"_s, u"run"_s}, env(baseCommit), {}, QDir::tempPath());
        QCOMPARE(none.exitCode, 7);
        // A damaged record of the last finished run is named as such.
        {
            QFile damaged(m_dir.filePath(u"benchconnect-last-run.json"_s));
            QVERIFY(damaged.open(QIODevice::WriteOnly));
            damaged.write("{\"run_id\": \"cut sh");
        }
        const ProgramRun cut = bc({u"compare"_s, u"run"_s}, env(baseCommit));
        QCOMPARE(cut.exitCode, 7);
        QVERIFY2(cut.err.contains("benchconnect-last-run.json is damaged: it holds no run id"),
            cut.err.constData());
        QVERIFY2(cut.err.contains("compare run RUN_ID"), cut.err.constData());
        QCOMPARE(cut.errLines().size(), 1);
    }

    void runWithoutResults()
    {
        QVERIFY(startServer(u"2023"_s));
        const QString baselineId = baselineRun();
        // A 2023 server keeps a run that never got a result.
        const QProcessEnvironment e = env(slowCommit);
        const ProgramRun start = bc({u"start"_s, u"run"_s}, e);
        QCOMPARE(start.exitCode, 0);
        QCOMPARE(bc({u"finish"_s, u"run"_s}, e).exitCode, 0);
        const ProgramRun compare = bc({u"compare"_s, u"run"_s, u"--baseline"_s, baselineId}, e);
        QCOMPARE(compare.exitCode, 5);
        QVERIFY2(compare.err.contains("holds no results"), compare.err.constData());
    }

    void explicitBaselineAndPaging()
    {
        QVERIFY(startServer(u"current"_s));
        const QString baselineId = baselineRun();
        const QString runId
            = runOn(orphanCommit, results({{u"alpha"_s, 1.0}, {u"beta"_s, 8.0}, {u"delta"_s, 1.0}}));
        QVERIFY(!runId.isEmpty());
        const ProgramRun compare
            = bc({u"compare"_s, u"run"_s, runId, u"--baseline"_s, baselineId, u"--page-size"_s, u"1"_s,
                     u"--threshold"_s, u"10"_s, u"--fail-on"_s, u"regression"_s},
                env(orphanCommit));
        QCOMPARE(compare.exitCode, 8);
        const QStringList rows = tableRows(compare);
        // alpha, beta, gamma (missing), delta (new): four fingerprints, one a page.
        QCOMPARE(rows.size(), 4);
        QVERIFY2(rows.at(0).startsWith(u"regression beta"_s), qPrintable(rows.join(u'\n')));
        QVERIFY(rows.filter(u"missing gamma"_s).size() == 1);
        QVERIFY(rows.filter(u"new delta"_s).size() == 1);
        int pages = 0;
        bool thresholdSent = false;
        for (const QJsonValue &v : m_server.state().value("requests"_L1).toArray()) {
            const QJsonObject request = v.toObject();
            if (request.value("path"_L1).toString().startsWith(
                    u"/api/compare/runs/%1...%2"_s.arg(baselineId, runId))) {
                ++pages;
                thresholdSent
                    = thresholdSent || request.value("query"_L1).toString().contains(u"threshold=10"_s);
            }
        }
        QCOMPARE(pages, 4);
        QVERIFY(thresholdSent);
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"

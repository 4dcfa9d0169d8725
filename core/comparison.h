#pragma once

#include "conbenchclient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// One benchmark of a comparison of two runs: a pair of results (or one result without its partner)
// as Conbench's compare endpoint pairs them, with the verdict the client draws from its analyses.
struct ComparisonRow
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonRow)

public:
    enum class Verdict
    {
        Regression,
        Improvement,
        NoChange,
        New, // only in the contender run
        Missing, // only in the baseline run
        Error, // the run's result failed (new or not), or the baseline's did
        NotCompared, // both results are there, but the server made no analysis, or their units differ
    };

    QString name;
    QJsonObject tags; // without "name"
    QString unit; // the server's
    // Each result's unit, when the server names it (current servers: "result"."stats"."unit").
    QString baselineUnit;
    QString contenderUnit;
    std::optional<double> baseline; // single value summary
    std::optional<double> contender;
    std::optional<double> change; // percent; negative is worse (Conbench's sign)
    std::optional<double> zScore; // negative is worse
    Verdict verdict = Verdict::NoChange;
    QString baselineResultId;
    QString contenderResultId;
    QUrl link; // the contender's result page (the baseline's when the contender has none)
    QString note; // translated: why the verdict is what it is, when the table cannot say ("failed: x")

    // "name (key=value, ...)" or the name alone.
    QString label() const;
    // The unit, or "s → ns" when the two results' units differ.
    QString unitText() const;
    bool unitChanged() const;
    QString tagsText() const;
    static QString verdictName(Verdict verdict); // translated
    static QString verdictKey(Verdict verdict); // "regression", for JSON
};

// What a comparison found: the runs, the candidates the server named, the rows in their order
// (regressions first, then errors, missing, not compared, then by size of change).
struct ComparisonReport
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonReport)

public:
    struct Candidate
    {
        QString kind; // parent, fork_point, latest_default
        QString runId; // empty: none found
        QString error; // Conbench's reason when none was found
        int commitsSkipped = 0;
    };

    QString contenderRunId;
    QString baselineRunId; // empty: no baseline
    QString baselineKind; // parent, fork_point, latest_default, or "id" when given
    QList<Candidate> candidates;
    bool serverNamesCandidates = true; // false for a server without candidate_baseline_runs
    QString noBaselineReason; // why there is nothing to compare with, when baselineRunId is empty
    std::optional<double> threshold;
    std::optional<double> thresholdZ;
    QUrl server;
    QUrl compareLink; // the comparison's page on the server
    QList<ComparisonRow> rows;
    int pages = 0;

    int count(ComparisonRow::Verdict verdict) const;
    bool hasBaseline() const { return !baselineRunId.isEmpty(); }

    enum class FailOn
    {
        Never,
        Regression,
        Error,
        Any, // regressions, errors, missing benchmarks or benchmarks not compared
    };
    static bool parseFailOn(const QString &text, FailOn *failOn);
    // True when the comparison shows what failOn names.
    bool fails(FailOn failOn) const;
    // What of the comparison failOn counts, the counts above 0 only ("1 regression, 8 missing"):
    // why the gate fails.
    QString failures(FailOn failOn) const;

    // The summary line ("2 regressions, 1 improvement, 5 without change").
    QString summary() const;
    QString toText() const;
    QString toMarkdown() const;
    QJsonObject toJson() const;

    // Sorts the rows: regressions first, then errors, missing, not compared, then by the size of
    // their change.
    void sortRows();
};

// Compares a run with its baseline on a Conbench server: reads the run (and the candidate
// baselines the server offers), picks the baseline, then reads every page of
// GET /api/compare/runs/BASELINE...CONTENDER/ (a plain list from servers up to 2023-08, pages of
// {"data", "metadata": {"next_page_cursor"}} from later ones). Emits finished() exactly once.
class Comparison : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString contenderRunId;
        // Empty: the first candidate found of parent, fork_point, latest_default. Else one of those
        // names, or a run id.
        QString baseline;
        std::optional<double> threshold;
        std::optional<double> thresholdZ;
        int pageSize = 0; // 0: the server's default
    };

    Comparison(ConbenchClient *client, Options options, QObject *parent = nullptr);

    void start();
    void abort();
    bool isFinished() const { return m_finished; }

    // Success (with or without a baseline: see report().hasBaseline()), or why not.
    ApiCall::Outcome outcome() const { return m_outcome; }
    QString message() const { return m_message; }
    // The server does not have the run compared (404): a wrong id, or, on a server that keeps runs
    // implicitly, a run none of whose results was stored.
    bool runNotFound() const { return m_runNotFound; }
    const ComparisonReport &report() const { return m_report; }

    static bool isCandidateName(const QString &text);
    static QStringList candidateNames(); // parent, fork_point, latest_default

    // The run the last "finish run" in a directory finished, so that "compare run" finds it
    // afterwards (benchconnect-last-run.json, owner-only, beside the state file).
    static QString lastRunFileName() { return QStringLiteral("benchconnect-last-run.json"); }
    static bool rememberRun(
        const QString &directory, const QString &runId, const QUrl &server, QString *error);
    // Empty when there is none; *problem says so when the file is there but unreadable or damaged.
    static QString rememberedRun(
        const QString &directory, QUrl *server = nullptr, QString *problem = nullptr);

    // Reads one row from an object of the compare endpoint's answer.
    static ComparisonRow rowFrom(const QJsonObject &comparison, const QUrl &server, bool currentGeneration);

signals:
    void progress(const QString &what);
    void finished();

private:
    void runRead(ApiCall *call);
    void readPage(const QString &cursor);
    void pageRead(ApiCall *call);
    void finish(ApiCall::Outcome outcome, const QString &message = {});
    QString comparePath(const QString &cursor) const;

    QPointer<ConbenchClient> m_client;
    Options m_options;
    ComparisonReport m_report;
    QPointer<ApiCall> m_call;
    ApiCall::Outcome m_outcome = ApiCall::Outcome::Pending;
    QString m_message;
    bool m_finished = false;
    bool m_runNotFound = false;
    QStringList m_cursorsSeen;
};

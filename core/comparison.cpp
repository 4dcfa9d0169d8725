#include "comparison.h"

#include "logging.h"
#include "wholewrite.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

QString formatValue(const std::optional<double> &value)
{
    if (!value)
        return u"\u2014"_s;
    return QString::number(*value, 'g', 6);
}

QString formatChange(const std::optional<double> &value)
{
    if (!value)
        return u"\u2014"_s;
    return (*value > 0 ? u"+"_s : QString()) + QString::number(*value, 'f', 1) + u" %"_s;
}

QString formatZ(const std::optional<double> &value)
{
    if (!value)
        return u"\u2014"_s;
    return (*value > 0 ? u"+"_s : QString()) + QString::number(*value, 'f', 2);
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

int rank(ComparisonRow::Verdict verdict)
{
    switch (verdict) {
    case ComparisonRow::Verdict::Regression:
        return 0;
    case ComparisonRow::Verdict::Error:
        return 1;
    case ComparisonRow::Verdict::Missing:
        return 2;
    case ComparisonRow::Verdict::NotCompared:
        return 3;
    default:
        return 4;
    }
}

// Markdown that GitHub renders as HTML: markup in a benchmark's name or a server's message is shown
// as text, and cannot end a table cell or make a link.
QString markdownEscape(QString text)
{
    text.replace(u'&', u"&amp;"_s);
    text.replace(u'<', u"&lt;"_s);
    text.replace(u'>', u"&gt;"_s);
    text.replace(u'\\', u"\\\\"_s);
    text.replace(u'|', u"\\|"_s);
    text.replace(u'[', u"\\["_s);
    text.replace(u']', u"\\]"_s);
    text.replace(u'\n', u' ');
    return text;
}

// What a failed result's error says: its message, else the error as JSON, on one line.
QString errorText(const QJsonValue &error)
{
    QString text;
    if (error.isString())
        text = error.toString();
    else if (error.isObject() && error.toObject().value("message"_L1).isString())
        text = error.toObject().value("message"_L1).toString();
    else
        text
            = QString::fromUtf8(QJsonDocument::fromVariant(error.toVariant()).toJson(QJsonDocument::Compact));
    text = text.simplified();
    if (text.size() > 200)
        text = text.left(199) + u'\u2026';
    return text;
}

QString candidateLabel(const QString &kind)
{
    if (kind == u"parent"_s)
        return ComparisonReport::tr("parent commit");
    if (kind == u"fork_point"_s)
        return ComparisonReport::tr("fork point");
    if (kind == u"latest_default"_s)
        return ComparisonReport::tr("latest default-branch commit");
    if (kind == u"id"_s)
        return ComparisonReport::tr("given with --baseline");
    return kind;
}

// A run id as one segment of a path: "/" or "?" in what a user typed cannot reach another endpoint.
QString pathPart(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

// --- ComparisonRow ----------------------------------------------------------------------------

QString ComparisonRow::tagsText() const
{
    QStringList parts;
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isDouble())
            text = QString::number(v.toDouble());
        else if (v.isBool())
            text = v.toBool() ? u"true"_s : u"false"_s;
        else if (v.isNull())
            text = u"null"_s;
        else
            text
                = QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
        parts.append(it.key() + u'=' + text);
    }
    return parts.join(u", "_s);
}

QString ComparisonRow::label() const
{
    const QString t = tagsText();
    return t.isEmpty() ? name : u"%1 (%2)"_s.arg(name, t);
}

bool ComparisonRow::unitChanged() const
{
    return !baselineUnit.isEmpty() && !contenderUnit.isEmpty() && baselineUnit != contenderUnit;
}

QString ComparisonRow::unitText() const
{
    return unitChanged() ? u"%1 \u2192 %2"_s.arg(baselineUnit, contenderUnit) : unit;
}

QString ComparisonRow::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Regression:
        return tr("regression");
    case Verdict::Improvement:
        return tr("improvement");
    case Verdict::NoChange:
        return tr("no change");
    case Verdict::New:
        return tr("new");
    case Verdict::Missing:
        return tr("missing");
    case Verdict::Error:
        return tr("error");
    case Verdict::NotCompared:
        return tr("not compared");
    }
    return {};
}

QString ComparisonRow::verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Regression:
        return u"regression"_s;
    case Verdict::Improvement:
        return u"improvement"_s;
    case Verdict::NoChange:
        return u"no change"_s;
    case Verdict::New:
        return u"new"_s;
    case Verdict::Missing:
        return u"missing"_s;
    case Verdict::Error:
        return u"error"_s;
    case Verdict::NotCompared:
        return u"not compared"_s;
    }
    return {};
}

// --- ComparisonReport -------------------------------------------------------------------------

int ComparisonReport::count(ComparisonRow::Verdict verdict) const
{
    return int(std::count_if(
        rows.cbegin(), rows.cend(), [verdict](const ComparisonRow &row) { return row.verdict == verdict; }));
}

bool ComparisonReport::parseFailOn(const QString &text, FailOn *failOn)
{
    const QString t = text.trimmed().toLower();
    if (t == u"never"_s)
        *failOn = FailOn::Never;
    else if (t == u"regression"_s || t == u"regressions"_s)
        *failOn = FailOn::Regression;
    else if (t == u"error"_s || t == u"errors"_s)
        *failOn = FailOn::Error;
    else if (t == u"any"_s)
        *failOn = FailOn::Any;
    else
        return false;
    return true;
}

bool ComparisonReport::fails(FailOn failOn) const
{
    using V = ComparisonRow::Verdict;
    switch (failOn) {
    case FailOn::Never:
        return false;
    case FailOn::Regression:
        return count(V::Regression) > 0;
    case FailOn::Error:
        return count(V::Error) > 0;
    case FailOn::Any:
        return count(V::Regression) > 0 || count(V::Error) > 0 || count(V::Missing) > 0
            || count(V::NotCompared) > 0;
    }
    return false;
}

QString ComparisonReport::failures(FailOn failOn) const
{
    using V = ComparisonRow::Verdict;
    QStringList parts;
    if (failOn == FailOn::Regression || failOn == FailOn::Any) {
        if (const int n = count(V::Regression))
            parts.append(tr("%Ln regressions", nullptr, n));
    }
    if (failOn == FailOn::Error || failOn == FailOn::Any) {
        if (const int n = count(V::Error))
            parts.append(tr("%Ln with errors", nullptr, n));
    }
    if (failOn == FailOn::Any) {
        if (const int n = count(V::Missing))
            parts.append(tr("%Ln missing", nullptr, n));
        if (const int n = count(V::NotCompared))
            parts.append(tr("%Ln not compared", nullptr, n));
    }
    return parts.join(u", "_s);
}

QString ComparisonReport::summary() const
{
    using V = ComparisonRow::Verdict;
    QStringList parts;
    parts.append(tr("%Ln regressions", nullptr, count(V::Regression)));
    parts.append(tr("%Ln improvements", nullptr, count(V::Improvement)));
    parts.append(tr("%Ln without change", nullptr, count(V::NoChange)));
    if (const int n = count(V::Error))
        parts.append(tr("%Ln with errors", nullptr, n));
    if (const int n = count(V::New))
        parts.append(tr("%Ln new", nullptr, n));
    if (const int n = count(V::Missing))
        parts.append(tr("%Ln missing", nullptr, n));
    if (const int n = count(V::NotCompared))
        parts.append(tr("%Ln not compared", nullptr, n));
    return parts.join(u", "_s);
}

void ComparisonReport::sortRows()
{
    std::stable_sort(rows.begin(), rows.end(), [](const ComparisonRow &a, const ComparisonRow &b) {
        if (rank(a.verdict) != rank(b.verdict))
            return rank(a.verdict) < rank(b.verdict);
        const double ca = a.change ? std::abs(*a.change) : -1.0;
        const double cb = b.change ? std::abs(*b.change) : -1.0;
        if (ca != cb)
            return ca > cb;
        return a.label() < b.label();
    });
}

QString ComparisonReport::toText() const
{
    QString text;
    if (!hasBaseline()) {
        text
            += tr("Run %1 has no baseline to compare with: %2").arg(contenderRunId, noBaselineReason) + u'\n';
        return text;
    }
    text += tr("Run %1 compared with baseline run %2 (%3).")
                .arg(contenderRunId, baselineRunId, candidateLabel(baselineKind))
        + u'\n';
    if (rows.isEmpty())
        return text + tr("The two runs share no benchmarks.") + u'\n';
    const QStringList header = {tr("Verdict"), tr("Benchmark"), tr("Unit"), tr("Baseline"), tr("Contender"),
        tr("Change"), tr("z-score")};
    QList<QStringList> table;
    table.append(header);
    for (const ComparisonRow &row : rows) {
        table.append(
            {ComparisonRow::verdictName(row.verdict), row.label(), row.unitText(), formatValue(row.baseline),
                formatValue(row.contender), formatChange(row.change), formatZ(row.zScore)});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &line : std::as_const(table)) {
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], std::min<qsizetype>(line.at(i).size(), 70));
    }
    for (const QStringList &line : std::as_const(table)) {
        QString out;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const bool numeric = i >= 3;
            const QString &cell = line.at(i);
            if (i + 1 == line.size())
                out += numeric ? cell.rightJustified(widths[i]) : cell;
            else
                out += (numeric ? cell.rightJustified(widths[i]) : cell.leftJustified(widths[i])) + u"  "_s;
        }
        text += out + u'\n';
    }
    QStringList notes;
    for (const ComparisonRow &row : rows) {
        if (!row.note.isEmpty())
            notes.append(u"  %1: %2"_s.arg(row.label(), row.note));
    }
    if (!notes.isEmpty())
        text += tr("Notes:") + u'\n' + notes.join(u'\n') + u'\n';
    text += summary() + u'\n';
    return text;
}

QString ComparisonReport::toMarkdown() const
{
    using V = ComparisonRow::Verdict;
    QString md;
    const int regressions = count(V::Regression);
    if (!hasBaseline()) {
        md += u"### "_s + tr("Benchmark comparison: no baseline") + u"\n\n"_s;
        md += tr("Run `%1` has no baseline to compare with: %2")
                  .arg(contenderRunId, markdownEscape(noBaselineReason))
            + u"\n"_s;
        return md;
    }
    // The heading claims a clean result only when benchmarks were compared and none regressed or
    // failed: a comparison of failed benchmarks only has no regression, but nothing was measured.
    const int errors = count(V::Error);
    QString heading;
    if (errors > 0) {
        QStringList found;
        if (regressions > 0)
            found.append(tr("%Ln regressions", nullptr, regressions));
        found.append(tr("%Ln with errors", nullptr, errors));
        heading = tr("Benchmark comparison: %1").arg(found.join(u", "_s));
    } else if (regressions > 0) {
        heading = tr("Benchmark comparison: %Ln regressions", nullptr, regressions);
    } else if (count(V::NoChange) + count(V::Improvement) == 0) {
        heading = tr("Benchmark comparison: no benchmark compared");
    } else {
        heading = tr("Benchmark comparison: no regressions");
    }
    md += u"### "_s + heading + u"\n\n"_s;
    QString against = tr("Run `%1` compared with baseline run `%2` (%3)")
                          .arg(contenderRunId, baselineRunId, candidateLabel(baselineKind));
    if (compareLink.isValid())
        against += u" \u2014 [%1](%2)"_s.arg(tr("comparison on Conbench"), compareLink.toString());
    md += against + u".\n\n"_s;
    QStringList thresholds;
    thresholds.append(threshold ? tr("change threshold %1 %").arg(QString::number(*threshold))
                                : tr("the server's change threshold"));
    thresholds.append(thresholdZ ? tr("z-score threshold %1").arg(QString::number(*thresholdZ))
                                 : tr("the server's z-score threshold"));
    md += u"**"_s + summary() + u"** ("_s + thresholds.join(u", "_s) + u").\n\n"_s;
    if (rows.isEmpty())
        return md + tr("The two runs share no benchmarks.") + u'\n';
    md += u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n"_s.arg(tr("Verdict"), tr("Benchmark"), tr("Unit"),
        tr("Baseline"), tr("Contender"), tr("Change"), tr("z-score"));
    md += u"|---|---|---|--:|--:|--:|--:|\n"_s;
    for (const ComparisonRow &row : rows) {
        QString verdict = ComparisonRow::verdictName(row.verdict);
        if (row.verdict == V::Regression)
            verdict = u":red_circle: **"_s + verdict + u"**"_s;
        else if (row.verdict == V::Error)
            verdict = u":x: **"_s + verdict + u"**"_s;
        else if (row.verdict == V::Improvement)
            verdict = u":green_circle: "_s + verdict;
        else if (row.verdict == V::NotCompared)
            verdict = u":warning: "_s + verdict;
        QString benchmark = markdownEscape(row.label());
        if (row.link.isValid())
            benchmark = u"[%1](%2)"_s.arg(benchmark, row.link.toString());
        md += u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n"_s.arg(verdict, benchmark,
            markdownEscape(row.unitText()), formatValue(row.baseline), formatValue(row.contender),
            formatChange(row.change), formatZ(row.zScore));
    }
    for (const ComparisonRow &row : rows) {
        if (!row.note.isEmpty())
            md += (md.endsWith(u"|\n"_s) ? u"\n"_s : QString())
                + u"- %1: %2\n"_s.arg(markdownEscape(row.label()), markdownEscape(row.note));
    }
    md += u'\n'
        + tr("A negative change or z-score is worse, as Conbench signs them (slower, or less throughput).")
        + u'\n';
    return md;
}

QJsonObject ComparisonReport::toJson() const
{
    using V = ComparisonRow::Verdict;
    QJsonArray candidateArray;
    for (const Candidate &c : candidates) {
        candidateArray.append(QJsonObject {{u"kind"_s, c.kind},
            {u"baseline_run_id"_s, c.runId.isEmpty() ? QJsonValue() : QJsonValue(c.runId)},
            {u"error"_s, c.error.isEmpty() ? QJsonValue() : QJsonValue(c.error)}});
    }
    QJsonArray rowArray;
    for (const ComparisonRow &row : rows) {
        rowArray.append(QJsonObject {{u"benchmark"_s, row.name}, {u"tags"_s, row.tags}, {u"unit"_s, row.unit},
            {u"baseline_unit"_s, row.baselineUnit.isEmpty() ? QJsonValue() : QJsonValue(row.baselineUnit)},
            {u"contender_unit"_s, row.contenderUnit.isEmpty() ? QJsonValue() : QJsonValue(row.contenderUnit)},
            {u"baseline"_s, jsonNumber(row.baseline)}, {u"contender"_s, jsonNumber(row.contender)},
            {u"change_percent"_s, jsonNumber(row.change)}, {u"z_score"_s, jsonNumber(row.zScore)},
            {u"verdict"_s, ComparisonRow::verdictKey(row.verdict)},
            {u"baseline_result_id"_s,
                row.baselineResultId.isEmpty() ? QJsonValue() : QJsonValue(row.baselineResultId)},
            {u"contender_result_id"_s,
                row.contenderResultId.isEmpty() ? QJsonValue() : QJsonValue(row.contenderResultId)},
            {u"link"_s, row.link.isValid() ? QJsonValue(row.link.toString()) : QJsonValue()},
            {u"note"_s, row.note.isEmpty() ? QJsonValue() : QJsonValue(row.note)}});
    }
    QJsonObject counts;
    for (V v : {V::Regression, V::Improvement, V::NoChange, V::New, V::Missing, V::Error, V::NotCompared})
        counts.insert(ComparisonRow::verdictKey(v), count(v));
    QJsonObject out {{u"contender_run_id"_s, contenderRunId},
        {u"baseline_run_id"_s, hasBaseline() ? QJsonValue(baselineRunId) : QJsonValue()},
        {u"baseline_kind"_s, hasBaseline() ? QJsonValue(baselineKind) : QJsonValue()},
        {u"candidate_baseline_runs"_s, candidateArray}, {u"threshold"_s, jsonNumber(threshold)},
        {u"threshold_z"_s, jsonNumber(thresholdZ)}, {u"counts"_s, counts}, {u"comparisons"_s, rowArray}};
    if (!hasBaseline())
        out.insert(u"no_baseline_reason"_s, noBaselineReason);
    return out;
}

// --- Comparison -------------------------------------------------------------------------------

Comparison::Comparison(ConbenchClient *client, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{
    m_report.contenderRunId = m_options.contenderRunId;
    m_report.threshold = m_options.threshold;
    m_report.thresholdZ = m_options.thresholdZ;
    if (m_client)
        m_report.server = m_client->settings().baseUrl;
}

QStringList Comparison::candidateNames()
{
    return {u"parent"_s, u"fork_point"_s, u"latest_default"_s};
}

bool Comparison::isCandidateName(const QString &text)
{
    return candidateNames().contains(text);
}

void Comparison::start()
{
    if (!m_client) {
        finish(ApiCall::Outcome::Aborted);
        return;
    }
    emit progress(tr("Reading run %1").arg(m_options.contenderRunId));
    m_call = m_client->get(u"/api/runs/%1/"_s.arg(pathPart(m_options.contenderRunId)));
    ApiCall *call = m_call;
    connect(call, &ApiCall::finished, this, [this, call] { runRead(call); });
}

void Comparison::abort()
{
    if (m_call)
        m_call->abort();
    else if (!m_finished)
        finish(ApiCall::Outcome::Aborted);
}

void Comparison::runRead(ApiCall *call)
{
    m_call = nullptr;
    if (call->outcome() == ApiCall::Outcome::Aborted) {
        finish(ApiCall::Outcome::Aborted);
        return;
    }
    if (!call->succeeded()) {
        if (call->outcome() == ApiCall::Outcome::Refused && call->httpStatus() == 404) {
            m_runNotFound = true;
            finish(call->outcome(),
                tr("Run %1 is not on the server (404): check the run id. (A current Conbench server holds a "
                   "run only once it has stored one of its results.)")
                    .arg(m_options.contenderRunId));
        } else {
            finish(call->outcome(),
                tr("Run %1 could not be read: %2").arg(m_options.contenderRunId, call->message()));
        }
        return;
    }
    const QJsonObject run = call->answer().object();
    const QJsonValue candidatesValue = run.value("candidate_baseline_runs"_L1);
    m_report.serverNamesCandidates = candidatesValue.isObject();
    const QJsonObject candidates = candidatesValue.toObject();
    for (const QString &kind : candidateNames()) {
        if (!candidates.contains(kind))
            continue;
        const QJsonObject c = candidates.value(kind).toObject();
        ComparisonReport::Candidate candidate;
        candidate.kind = kind;
        candidate.runId = c.value("baseline_run_id"_L1).toString();
        candidate.error = c.value("error"_L1).toString();
        candidate.commitsSkipped = int(c.value("commits_skipped"_L1).toArray().size());
        m_report.candidates.append(candidate);
    }

    const QString wanted = m_options.baseline.trimmed();
    if (!wanted.isEmpty() && !isCandidateName(wanted)) {
        m_report.baselineRunId = wanted;
        m_report.baselineKind = u"id"_s;
        // The baseline must exist too: a clear message rather than the compare endpoint's 404.
        m_call = m_client->get(u"/api/runs/%1/"_s.arg(pathPart(wanted)));
        ApiCall *check = m_call;
        connect(check, &ApiCall::finished, this, [this, check, wanted] {
            m_call = nullptr;
            if (check->outcome() == ApiCall::Outcome::Aborted) {
                finish(ApiCall::Outcome::Aborted);
                return;
            }
            if (!check->succeeded()) {
                if (check->outcome() == ApiCall::Outcome::Refused && check->httpStatus() == 404)
                    finish(check->outcome(),
                        tr("The baseline run %1 is not on the server (404): check the id given with "
                           "--baseline.")
                            .arg(wanted));
                else
                    finish(check->outcome(),
                        tr("The baseline run %1 could not be read: %2").arg(wanted, check->message()));
                return;
            }
            readPage({});
        });
        return;
    }
    if (!m_report.serverNamesCandidates) {
        m_report.noBaselineReason = tr(
            "this Conbench server (2023 or older) does not name candidate baseline runs; give the baseline's "
            "run id with --baseline RUN_ID.");
        finish(ApiCall::Outcome::Success);
        return;
    }
    for (const ComparisonReport::Candidate &candidate : std::as_const(m_report.candidates)) {
        if (!wanted.isEmpty() && candidate.kind != wanted)
            continue;
        if (!candidate.runId.isEmpty()) {
            m_report.baselineRunId = candidate.runId;
            m_report.baselineKind = candidate.kind;
            break;
        }
    }
    if (m_report.baselineRunId.isEmpty()) {
        QStringList reasons;
        for (const ComparisonReport::Candidate &candidate : std::as_const(m_report.candidates)) {
            if (wanted.isEmpty() || candidate.kind == wanted)
                reasons.append(u"%1: %2"_s.arg(candidate.kind,
                    candidate.error.isEmpty() ? tr("no baseline run found") : candidate.error));
        }
        if (reasons.isEmpty())
            reasons.append(wanted.isEmpty() ? tr("the server named no candidate baseline runs")
                                            : tr("the server named no %1 candidate").arg(wanted));
        m_report.noBaselineReason = reasons.join(u"; "_s);
        finish(ApiCall::Outcome::Success);
        return;
    }
    readPage({});
}

QString Comparison::comparePath(const QString &cursor) const
{
    QString path = u"/api/compare/runs/%1...%2/"_s.arg(
        pathPart(m_report.baselineRunId), pathPart(m_report.contenderRunId));
    QUrlQuery query;
    if (m_options.threshold)
        query.addQueryItem(u"threshold"_s, QString::number(*m_options.threshold));
    if (m_options.thresholdZ)
        query.addQueryItem(u"threshold_z"_s, QString::number(*m_options.thresholdZ));
    if (m_options.pageSize > 0)
        query.addQueryItem(u"page_size"_s, QString::number(m_options.pageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    if (!query.isEmpty())
        path += u'?' + query.toString(QUrl::FullyEncoded);
    return path;
}

void Comparison::readPage(const QString &cursor)
{
    QUrl link = m_report.server;
    link.setPath(
        link.path() + u"/compare/runs/%1...%2/"_s.arg(m_report.baselineRunId, m_report.contenderRunId));
    m_report.compareLink = link;
    emit progress(tr("Reading page %1 of the comparison").arg(m_report.pages + 1));
    m_call = m_client->get(comparePath(cursor));
    ApiCall *call = m_call;
    connect(call, &ApiCall::finished, this, [this, call] { pageRead(call); });
}

void Comparison::pageRead(ApiCall *call)
{
    m_call = nullptr;
    if (call->outcome() == ApiCall::Outcome::Aborted) {
        finish(ApiCall::Outcome::Aborted);
        return;
    }
    if (!call->succeeded()) {
        if (call->outcome() == ApiCall::Outcome::Refused && call->httpStatus() == 404)
            finish(call->outcome(),
                tr("The server has no comparison of runs %1 and %2 (404): %3")
                    .arg(m_report.baselineRunId, m_report.contenderRunId, call->message()));
        else
            finish(call->outcome(), tr("The comparison could not be read: %1").arg(call->message()));
        return;
    }
    ++m_report.pages;
    const QJsonDocument answer = call->answer();
    QJsonArray items;
    QString next;
    const bool current = answer.isObject();
    if (answer.isArray()) {
        items = answer.array();
    } else if (answer.isObject() && answer.object().value("data"_L1).isArray()) {
        items = answer.object().value("data"_L1).toArray();
        next = answer.object().value("metadata"_L1).toObject().value("next_page_cursor"_L1).toString();
    } else {
        finish(ApiCall::Outcome::Unreachable,
            tr("The server's comparison is not in a form Conbench answers with."));
        return;
    }
    for (const QJsonValue &item : std::as_const(items))
        m_report.rows.append(rowFrom(item.toObject(), m_report.server, current));
    if (!next.isEmpty()) {
        if (m_cursorsSeen.contains(next)) {
            finish(ApiCall::Outcome::Unreachable,
                tr("The server's comparison pages do not end (cursor %1 again).").arg(next));
            return;
        }
        m_cursorsSeen.append(next);
        readPage(next);
        return;
    }
    const bool contenderHasResults = std::any_of(m_report.rows.cbegin(), m_report.rows.cend(),
        [](const ComparisonRow &row) { return !row.contenderResultId.isEmpty() || row.contender; });
    if (!contenderHasResults) {
        finish(ApiCall::Outcome::Refused,
            tr("Run %1 holds no results on the server: nothing to compare.").arg(m_report.contenderRunId));
        return;
    }
    m_report.sortRows();
    finish(ApiCall::Outcome::Success);
}

void Comparison::finish(ApiCall::Outcome outcome, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome = outcome;
    m_message = message;
    if (outcome == ApiCall::Outcome::Aborted && m_message.isEmpty())
        m_message = tr("The comparison was cancelled.");
    emit finished();
}

ComparisonRow Comparison::rowFrom(const QJsonObject &comparison, const QUrl &server, bool currentGeneration)
{
    ComparisonRow row;
    const QJsonObject baseline = comparison.value("baseline"_L1).toObject();
    const QJsonObject contender = comparison.value("contender"_L1).toObject();
    const QJsonObject some = contender.isEmpty() ? baseline : contender;
    row.name = some.value("benchmark_name"_L1).toString();
    row.tags = some.value("tags"_L1).toObject();
    if (row.name.isEmpty())
        row.name = row.tags.value("name"_L1).toString();
    row.tags.remove("name"_L1);
    row.unit = comparison.value("unit"_L1).toString();
    // A current server shows each result as stored: its unit is there, whatever the pair's "unit".
    auto unitOf = [](const QJsonObject &side) {
        return side.value("result"_L1).toObject().value("stats"_L1).toObject().value("unit"_L1).toString();
    };
    row.baselineUnit = unitOf(baseline);
    row.contenderUnit = unitOf(contender);
    if (row.unit.isEmpty())
        row.unit = row.contenderUnit.isEmpty() ? row.baselineUnit : row.contenderUnit;
    if (!baseline.isEmpty()) {
        row.baseline = number(baseline.value("single_value_summary"_L1));
        row.baselineResultId = baseline.value("benchmark_result_id"_L1).toString();
    }
    if (!contender.isEmpty()) {
        row.contender = number(contender.value("single_value_summary"_L1));
        row.contenderResultId = contender.value("benchmark_result_id"_L1).toString();
    }
    const QJsonObject analysis = comparison.value("analysis"_L1).toObject();
    const QJsonObject pairwise = analysis.value("pairwise"_L1).toObject();
    const QJsonObject lookback = analysis.value("lookback_z_score"_L1).toObject();
    row.change = number(pairwise.value("percent_change"_L1));
    row.zScore = number(lookback.value("z_score"_L1));

    auto hasError = [](const QJsonObject &side) {
        const QJsonValue e = side.value("error"_L1);
        return !(e.isNull() || e.isUndefined() || (e.isObject() && e.toObject().isEmpty()));
    };
    using V = ComparisonRow::Verdict;
    // A result that failed is an error whether the baseline has the benchmark or not: a new
    // benchmark that fails at once is no less broken.
    if (contender.isEmpty()) {
        row.verdict = V::Missing;
    } else if (hasError(contender)) {
        row.verdict = V::Error;
        const QString error = errorText(contender.value("error"_L1));
        row.note = baseline.isEmpty()
            ? ComparisonRow::tr("new in this run, and its result failed: %1").arg(error)
            : ComparisonRow::tr("the run's result failed: %1").arg(error);
    } else if (baseline.isEmpty()) {
        row.verdict = V::New;
    } else if (hasError(baseline)) {
        row.verdict = V::Error;
        row.note = ComparisonRow::tr("the baseline's result failed: %1")
                       .arg(errorText(baseline.value("error"_L1)));
    } else if (row.unitChanged()) {
        // 10 s and 10 ns are no "no change": a change across units means nothing, whatever the
        // server computed.
        row.verdict = V::NotCompared;
        row.note
            = ComparisonRow::tr("the unit changed from %1 to %2").arg(row.baselineUnit, row.contenderUnit);
        row.change.reset();
        row.zScore.reset();
    } else if (pairwise.isEmpty() && lookback.isEmpty()) {
        // Conbench makes no analysis when a result has no value, or when the baseline's is 0 (it
        // does not divide by 0) and there is no history for a z-score: no change is known.
        row.verdict = V::NotCompared;
        if (row.baseline && *row.baseline == 0)
            row.note = ComparisonRow::tr("the server made no analysis: the baseline's value is 0");
        else if (!row.baseline || !row.contender)
            row.note = ComparisonRow::tr("the server made no analysis: a result has no value");
        else
            row.note = ComparisonRow::tr("the server made no analysis");
    } else if (pairwise.value("regression_indicated"_L1).toBool()
        || lookback.value("regression_indicated"_L1).toBool()) {
        row.verdict = V::Regression;
    } else if (pairwise.value("improvement_indicated"_L1).toBool()
        || lookback.value("improvement_indicated"_L1).toBool()) {
        row.verdict = V::Improvement;
    } else {
        row.verdict = V::NoChange;
    }

    const QString id = row.contenderResultId.isEmpty() ? row.baselineResultId : row.contenderResultId;
    if (!id.isEmpty() && server.isValid()) {
        QUrl link = server;
        link.setPath(
            link.path() + (currentGeneration ? u"/benchmark-results/%1/"_s : u"/benchmarks/%1/"_s).arg(id));
        row.link = link;
    }
    return row;
}

// --- the last finished run --------------------------------------------------------------------

bool Comparison::rememberRun(
    const QString &directory, const QString &runId, const QUrl &server, QString *error)
{
    const QString path
        = QDir(directory.isEmpty() ? QDir::currentPath() : directory).filePath(lastRunFileName());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QJsonObject o {{u"run_id"_s, runId}, {u"conbench_url"_s, server.toString()}};
    QString why;
    if (!commitWhole(file, {QJsonDocument(o).toJson()}, &why)) {
        *error = tr("%1: cannot write: %2").arg(path, why);
        return false;
    }
    return true;
}

QString Comparison::rememberedRun(const QString &directory, QUrl *server, QString *problem)
{
    QFile file(QDir(directory.isEmpty() ? QDir::currentPath() : directory).filePath(lastRunFileName()));
    if (!file.exists() || !file.open(QIODevice::ReadOnly)) {
        if (file.exists() && problem)
            *problem = tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString());
        return {};
    }
    const QJsonObject o = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    if (server)
        *server = QUrl(o.value("conbench_url"_L1).toString());
    QString runId = o.value("run_id"_L1).toString().trimmed();
    if (runId.isEmpty() && problem)
        *problem = tr("%1 is damaged: it holds no run id").arg(file.fileName());
    return runId;
}

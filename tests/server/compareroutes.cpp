// SPDX-License-Identifier: MIT
// The comparison side of the test server: candidate baseline runs (GET /api/runs/{id}/, current
// mode), GET /api/compare/runs/{baseline}...{contender}/ in both modes, and the commit ancestry
// they walk (--commits FILE, POST /_test/commits). See README.md, "Comparisons".
#include "conbenchserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ancestryLimit = 50; // commits walked at most, like Conbench's bounded look-back

QString hardwareName(const QJsonObject &o)
{
    if (o.contains(u"machine_info"_s))
        return o.value(u"machine_info"_s).toObject().value(u"name"_s).toString();
    return o.value(u"cluster_info"_s).toObject().value(u"name"_s).toString();
}

QString commitOf(const QJsonObject &o)
{
    return o.value(u"github"_s).toObject().value(u"commit"_s).toString();
}

bool isPullRequest(const QJsonObject &o)
{
    const QJsonValue pr = o.value(u"github"_s).toObject().value(u"pr_number"_s);
    return !(pr.isNull() || pr.isUndefined() || (pr.isString() && pr.toString().isEmpty()));
}

std::optional<double> toNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

bool hasError(const QJsonObject &result)
{
    const QJsonValue e = result.value(u"error"_s);
    return !(e.isNull() || e.isUndefined() || (e.isObject() && e.toObject().isEmpty()));
}

} // namespace

QString ConbenchServer::historyFingerprint(const QJsonObject &result)
{
    // Benchmark name, tags and context (Conbench's case and context) and the hardware: the same
    // benchmark on the same machine. QJsonObject keeps keys sorted, so the JSON is canonical.
    const QJsonArray parts {result.value(u"tags"_s).toObject().value(u"name"_s), result.value(u"tags"_s),
        result.value(u"context"_s), hardwareName(result)};
    return QString::fromLatin1(QCryptographicHash::hash(
        QJsonDocument(parts).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1)
                                   .toHex());
}

std::optional<double> ConbenchServer::singleValueSummary(const QJsonObject &result)
{
    if (hasError(result))
        return std::nullopt;
    const QJsonObject stats = result.value(u"stats"_s).toObject();
    if (const auto mean = toNumber(stats.value(u"mean"_s)))
        return mean;
    const QJsonArray data = stats.value(u"data"_s).toArray();
    double sum = 0;
    int n = 0;
    for (const QJsonValue &v : data) {
        if (const auto d = toNumber(v)) {
            sum += *d;
            ++n;
        }
    }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

bool ConbenchServer::loadCommits(const QJsonObject &body, QString *error)
{
    const QJsonObject parents = body.value(u"parents"_s).toObject();
    for (auto it = parents.constBegin(); it != parents.constEnd(); ++it) {
        if (!it.value().isString() && !it.value().isNull()) {
            *error = u"parents: the parent of %1 is not a string"_s.arg(it.key());
            return false;
        }
        m_parents.insert(it.key(), it.value().toString());
    }
    for (const QJsonValue &sha : body.value(u"default_branch"_s).toArray())
        m_defaultBranch.insert(sha.toString());
    return true;
}

bool ConbenchServer::loadCommitsFile(QString *error)
{
    if (m_options.commitsFile.isEmpty())
        return true;
    QFile file(m_options.commitsFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(m_options.commitsFile, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = u"%1: not a JSON object: %2"_s.arg(m_options.commitsFile, parseError.errorString());
        return false;
    }
    return loadCommits(doc.object(), error);
}

QJsonObject ConbenchServer::commitsForControl() const
{
    QJsonObject parents;
    for (auto it = m_parents.constBegin(); it != m_parents.constEnd(); ++it)
        parents.insert(it.key(), it.value());
    QStringList defaults(m_defaultBranch.cbegin(), m_defaultBranch.cend());
    defaults.sort();
    return QJsonObject {{u"parents"_s, parents}, {u"default_branch"_s, QJsonArray::fromStringList(defaults)}};
}

QJsonObject ConbenchServer::candidateBaselineRuns(const QString &contenderId) const
{
    const QJsonObject contender = m_runs.value(contenderId).toObject();
    const QString sha = commitOf(contender);
    const QString hardware = hardwareName(contender);
    const QString reason = contender.value(u"reason"_s).toString();

    // The contender's fingerprints, and for each run its fingerprints and its newest result's place.
    QSet<QString> fingerprints;
    QHash<QString, QSet<QString>> runFingerprints;
    QHash<QString, qsizetype> runNewest;
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        const QJsonObject r = m_results.at(i).toObject();
        const QString runId = r.value(u"run_id"_s).toString();
        const QString fp = historyFingerprint(r);
        if (runId == contenderId)
            fingerprints.insert(fp);
        runFingerprints[runId].insert(fp);
        runNewest[runId] = i;
    }
    auto matches = [&](const QString &runId) {
        if (runId == contenderId)
            return false;
        const QJsonObject run = m_runs.value(runId).toObject();
        if (hardwareName(run) != hardware)
            return false;
        return runFingerprints.value(runId).intersects(fingerprints);
    };
    // The best matching run on one commit: the contender's reason first, then the newest.
    auto bestOn = [&](const QString &commit, bool defaultBranchOnly) {
        QString best;
        for (auto it = m_runs.constBegin(); it != m_runs.constEnd(); ++it) {
            const QJsonObject run = it.value().toObject();
            if (commitOf(run) != commit || !matches(it.key()))
                continue;
            if (defaultBranchOnly && isPullRequest(run))
                continue;
            if (best.isEmpty()) {
                best = it.key();
                continue;
            }
            const bool sameReason = run.value(u"reason"_s).toString() == reason;
            const bool bestSameReason = m_runs.value(best).toObject().value(u"reason"_s).toString() == reason;
            if ((sameReason && !bestSameReason)
                || (sameReason == bestSameReason && runNewest.value(it.key()) > runNewest.value(best)))
                best = it.key();
        }
        return best;
    };
    auto candidate = [](const QString &runId, const QStringList &skipped, const QString &error) {
        return QJsonObject {{u"baseline_run_id"_s, runId.isEmpty() ? QJsonValue() : QJsonValue(runId)},
            {u"commits_skipped"_s,
                runId.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(skipped))},
            {u"error"_s, error.isEmpty() ? QJsonValue() : QJsonValue(error)}};
    };
    // Walks from a commit back through its ancestry to the first commit with a matching run.
    auto search = [&](const QString &start, bool defaultBranchOnly) {
        QStringList skipped;
        QString commit = start;
        for (int i = 0; i < ancestryLimit && !commit.isEmpty(); ++i) {
            const QString found = bestOn(commit, defaultBranchOnly);
            if (!found.isEmpty())
                return candidate(found, skipped, {});
            skipped.append(commit);
            commit = m_parents.value(commit);
        }
        return candidate({}, {}, u"no matching baseline run was found"_s);
    };
    auto onDefaultBranch = [&](const QString &commit) {
        if (m_defaultBranch.contains(commit))
            return true;
        for (auto it = m_runs.constBegin(); it != m_runs.constEnd(); ++it) {
            const QJsonObject run = it.value().toObject();
            if (commitOf(run) == commit && !isPullRequest(run))
                return true;
        }
        return false;
    };

    QJsonObject out;
    if (sha.isEmpty()) {
        const QJsonObject none = candidate({}, {}, u"the contender run has no commit information"_s);
        return QJsonObject {{u"parent"_s, none}, {u"fork_point"_s, none}, {u"latest_default"_s, none}};
    }
    if (!m_parents.contains(sha) || m_parents.value(sha).isEmpty())
        out.insert(
            u"parent"_s, candidate({}, {}, u"the contender run's commit has no known parent commit"_s));
    else
        out.insert(u"parent"_s, search(m_parents.value(sha), false));

    if (!isPullRequest(contender)) {
        const QJsonObject onDefault
            = candidate({}, {}, u"the contender run is already on the default branch"_s);
        out.insert(u"fork_point"_s, onDefault);
        out.insert(u"latest_default"_s, onDefault);
        return out;
    }
    QString forkPoint;
    QString commit = m_parents.value(sha);
    for (int i = 0; i < ancestryLimit && !commit.isEmpty(); ++i) {
        if (onDefaultBranch(commit)) {
            forkPoint = commit;
            break;
        }
        commit = m_parents.value(commit);
    }
    if (forkPoint.isEmpty())
        out.insert(u"fork_point"_s, candidate({}, {}, u"the fork point commit could not be found"_s));
    else
        out.insert(u"fork_point"_s, search(forkPoint, true));

    QString latest;
    for (auto it = m_runs.constBegin(); it != m_runs.constEnd(); ++it) {
        const QJsonObject run = it.value().toObject();
        if (isPullRequest(run) || !matches(it.key()))
            continue;
        if (latest.isEmpty() || runNewest.value(it.key()) > runNewest.value(latest))
            latest = it.key();
    }
    out.insert(u"latest_default"_s,
        latest.isEmpty() ? candidate({}, {}, u"no matching baseline run was found on the default branch"_s)
                         : candidate(latest, {}, {}));
    return out;
}

HttpResponse ConbenchServer::compareRuns(const HttpRequest &request, const QString &ids)
{
    const QStringList parts = ids.split(u"..."_s);
    if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return jsonError(404, u"expected <baseline_id>...<contender_id>"_s);
    const QString &baselineId = parts.at(0);
    const QString &contenderId = parts.at(1);
    for (const QString &id : parts) {
        if (!m_runs.contains(id))
            return jsonError(404, u"run %1 not found"_s.arg(id));
    }
    auto threshold = [&](const QString &name) -> std::optional<double> {
        const QString text = request.query.queryItemValue(name);
        if (text.isEmpty())
            return 5.0;
        bool ok = false;
        const double d = text.toDouble(&ok);
        if (!ok || d <= 0)
            return std::nullopt;
        return d;
    };
    const auto percentThreshold = threshold(u"threshold"_s);
    const auto zThreshold = threshold(u"threshold_z"_s);
    if (!percentThreshold || !zThreshold)
        return jsonError(400, QJsonObject {{u"threshold"_s, QJsonArray {u"Must be a positive number."_s}}});
    const bool current = m_options.mode == Mode::Current;
    const QString base = requestBase(request);

    std::map<QString, QList<QJsonObject>> baselineByFp;
    std::map<QString, QList<QJsonObject>> contenderByFp;
    for (const QJsonValue &v : std::as_const(m_results)) {
        const QJsonObject r = v.toObject();
        const QString runId = r.value(u"run_id"_s).toString();
        if (runId == baselineId)
            baselineByFp[historyFingerprint(r)].append(r);
        if (runId == contenderId)
            contenderByFp[historyFingerprint(r)].append(r);
    }
    QStringList fingerprints;
    for (const auto &[fp, list] : baselineByFp)
        fingerprints.append(fp);
    for (const auto &[fp, list] : contenderByFp) {
        if (!baselineByFp.count(fp))
            fingerprints.append(fp);
    }
    fingerprints.sort();

    // Current Conbench pages by fingerprint: page_size fingerprints after the cursor.
    QString next;
    if (current) {
        bool ok = false;
        int pageSize = request.query.queryItemValue(u"page_size"_s).toInt(&ok);
        if (!ok)
            pageSize = 100;
        if (pageSize < 1 || pageSize > 1000) {
            return jsonError(400,
                QJsonObject {{u"page_size"_s,
                    QJsonArray {u"Must be greater than or equal to 1 and less than or equal to 1000."_s}}});
        }
        const QString cursor = request.query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded);
        if (!cursor.isEmpty() && cursor != u"null"_s)
            fingerprints.erase(std::remove_if(fingerprints.begin(), fingerprints.end(),
                                   [&](const QString &fp) { return fp <= cursor; }),
                fingerprints.end());
        if (fingerprints.size() > pageSize) {
            fingerprints = fingerprints.mid(0, pageSize);
            next = fingerprints.constLast();
        }
    }

    // The baseline's history: its commit and the ancestors of it, for the lookback z-score.
    QSet<QString> historyCommits;
    QString commit = commitOf(m_runs.value(baselineId).toObject());
    for (int i = 0; i < ancestryLimit && !commit.isEmpty(); ++i) {
        historyCommits.insert(commit);
        commit = m_parents.value(commit);
    }

    auto side = [&](const QJsonObject &r) -> QJsonValue {
        if (r.isEmpty())
            return QJsonValue::Null;
        QJsonObject tags = r.value(u"tags"_s).toObject();
        QStringList permutation;
        for (auto it = tags.constBegin(); it != tags.constEnd(); ++it) {
            if (it.key() != u"name"_s)
                permutation.append(it.value().isString()
                        ? it.value().toString()
                        : QString::fromUtf8(
                            QJsonDocument(QJsonArray {it.value()}).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1));
        }
        const auto svs = singleValueSummary(r);
        QJsonObject out {{u"batch_id"_s, r.value(u"batch_id"_s)},
            {u"benchmark_name"_s, tags.value(u"name"_s)}, {u"benchmark_result_id"_s, r.value(u"id"_s)},
            {u"case_permutation"_s, permutation.join(u", "_s)},
            {u"error"_s, hasError(r) ? r.value(u"error"_s) : QJsonValue()},
            {u"language"_s, r.value(u"context"_s).toObject().value(u"benchmark_language"_s)},
            {u"run_id"_s, r.value(u"run_id"_s)},
            {u"single_value_summary"_s, svs ? QJsonValue(*svs) : QJsonValue()}, {u"tags"_s, tags}};
        if (current)
            out.insert(u"result"_s, resultForApi(r, base));
        return out;
    };
    auto lessIsBetter
        = [](const QString &unit) { return unit == u"s"_s || unit == u"ns"_s || unit == u"B"_s; };

    QJsonArray comparisons;
    for (const QString &fp : std::as_const(fingerprints)) {
        QList<QJsonObject> baselines
            = baselineByFp.count(fp) ? baselineByFp.at(fp) : QList<QJsonObject> {QJsonObject()};
        QList<QJsonObject> contenders
            = contenderByFp.count(fp) ? contenderByFp.at(fp) : QList<QJsonObject> {QJsonObject()};
        // The lookback distribution: results of this fingerprint on the baseline's commit and its
        // ancestors, the contender run's own left out.
        QList<double> history;
        for (const QJsonValue &v : std::as_const(m_results)) {
            const QJsonObject r = v.toObject();
            const QString runId = r.value(u"run_id"_s).toString();
            if (runId == contenderId || historyFingerprint(r) != fp)
                continue;
            if (!historyCommits.contains(commitOf(m_runs.value(runId).toObject())))
                continue;
            if (const auto svs = singleValueSummary(r))
                history.append(*svs);
        }
        for (const QJsonObject &b : std::as_const(baselines)) {
            for (const QJsonObject &c : std::as_const(contenders)) {
                const QJsonObject some = c.isEmpty() ? b : c;
                const QString unit = some.value(u"stats"_s).toObject().value(u"unit"_s).toString();
                const bool lower = lessIsBetter(unit);
                QJsonValue pairwise;
                QJsonValue lookback;
                const auto bSummary = singleValueSummary(b);
                const auto cSummary = singleValueSummary(c);
                const bool both
                    = !b.isEmpty() && !c.isEmpty() && bSummary.has_value() && cSummary.has_value();
                const double bv = bSummary.value_or(0.0);
                const double cv = cSummary.value_or(0.0);
                if (both && bv != 0) {
                    double change = (cv - bv) / std::abs(bv) * 100.0;
                    if (lower)
                        change = -change;
                    pairwise = QJsonObject {{u"percent_change"_s, change},
                        {u"percent_threshold"_s, *percentThreshold},
                        {u"regression_indicated"_s, change < -*percentThreshold},
                        {u"improvement_indicated"_s, change > *percentThreshold}};
                }
                if (both && history.size() >= 2) {
                    double mean = 0;
                    for (double h : std::as_const(history))
                        mean += h;
                    mean /= double(history.size());
                    double variance = 0;
                    for (double h : std::as_const(history))
                        variance += (h - mean) * (h - mean);
                    const double stdev = std::sqrt(variance / double(history.size() - 1));
                    if (stdev > 0) {
                        double z = (cv - mean) / stdev;
                        if (lower)
                            z = -z;
                        lookback = QJsonObject {{u"z_score"_s, z}, {u"z_threshold"_s, *zThreshold},
                            {u"regression_indicated"_s, z < -*zThreshold},
                            {u"improvement_indicated"_s, z > *zThreshold}};
                    }
                }
                QJsonObject comparison {{u"baseline"_s, side(b)}, {u"contender"_s, side(c)},
                    {u"unit"_s, unit}, {u"less_is_better"_s, lower},
                    {u"analysis"_s,
                        QJsonObject {{u"pairwise"_s, pairwise}, {u"lookback_z_score"_s, lookback}}}};
                if (current)
                    comparison.insert(u"history_fingerprint"_s, fp);
                comparisons.append(comparison);
            }
        }
    }
    if (!current)
        return json(200, comparisons);
    return json(200,
        QJsonObject {{u"data"_s, comparisons},
            {u"metadata"_s,
                QJsonObject {{u"next_page_cursor"_s, next.isEmpty() ? QJsonValue() : QJsonValue(next)}}}});
}

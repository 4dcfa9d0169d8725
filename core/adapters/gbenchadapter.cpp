#include "gbenchadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Keys of a benchmark row that are not user counters.
const QStringList rowKeys {u"name"_s, u"family_index"_s, u"per_family_instance_index"_s, u"run_name"_s,
    u"run_type"_s, u"repetitions"_s, u"repetition_index"_s, u"threads"_s, u"iterations"_s, u"real_time"_s,
    u"cpu_time"_s, u"time_unit"_s, u"aggregate_name"_s, u"aggregate_unit"_s, u"error_occurred"_s,
    u"error_message"_s, u"big_o"_s, u"rms"_s, u"label"_s};

} // namespace

bool GbenchAdapter::recognizes(const QString &, const QByteArray &head) const
{
    static const QRegularExpression start(u"^\\s*\\{\\s*\"context\"\\s*:\\s*\\{"_s);
    return start.match(QString::fromUtf8(head.left(200))).hasMatch()
        && (head.contains("\"library_build_type\"") || head.contains("\"benchmarks\"")
            || head.contains("\"num_cpus\""));
}

QJsonObject GbenchAdapter::tagsFromName(const QString &runName)
{
    QJsonObject tags;
    const QStringList parts = runName.split(u'/');
    QString base = parts.value(0);
    const qsizetype angle = base.indexOf(u'<');
    if (angle > 0 && base.endsWith(u'>')) {
        tags.insert("template"_L1, base.mid(angle + 1).chopped(1));
        base = base.left(angle);
    }
    tags.insert("name"_L1, base);
    int position = 0;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part == u"real_time"_s || part == u"process_time"_s || part == u"manual_time"_s) {
            tags.insert("timing"_L1, part);
            continue;
        }
        const qsizetype colon = part.indexOf(u':');
        if (colon > 0) {
            const QString key = part.left(colon);
            if (key == u"repeats"_s || key == u"min_time"_s || key == u"min_warmup_time"_s
                || key == u"iterations"_s)
                continue; // how it was run, not what was measured
            tags.insert(key, part.mid(colon + 1));
        } else {
            tags.insert(u"arg%1"_s.arg(position++), part);
        }
    }
    return tags;
}

namespace {

// A row's time scaled into *scaled, or null for a value the file held as NaN or Infinity (read as
// null); false with *error when the scaled value is beyond a double's range.
bool scaledValue(const QJsonValue &value, double factor, QJsonValue *scaled, const QString &runName,
    const QString &timeUnit, const QString &unit, QString *error)
{
    if (!value.isDouble()) {
        *scaled = QJsonValue(QJsonValue::Null);
        return true;
    }
    double product = 0;
    if (!Adapter::scale(value.toDouble(), factor, &product, runName, timeUnit, unit, error))
        return false;
    *scaled = product;
    return true;
}

// Throughput and user counters of the rows, by name in the order they appear: the mean over the
// rows, null when a row held NaN or Infinity.
void insertCounters(const QList<QJsonObject> &rows, QJsonObject *info, QSet<QString> *unitless)
{
    QStringList names;
    for (const QJsonObject &row : rows) {
        for (auto it = row.begin(); it != row.end(); ++it) {
            if (!rowKeys.contains(it.key()) && (it.value().isDouble() || it.value().isNull())
                && !names.contains(it.key()))
                names.append(it.key());
        }
    }
    for (const QString &name : std::as_const(names)) {
        QList<double> values;
        bool finite = true;
        for (const QJsonObject &row : rows) {
            const QJsonValue value = row.value(name);
            if (value.isNull())
                finite = false;
            else if (value.isDouble())
                values.append(value.toDouble());
        }
        info->insert(name, finite && !values.isEmpty() ? QJsonValue(Adapter::meanOf(values)) : QJsonValue());
        if (name != u"bytes_per_second"_s && name != u"items_per_second"_s)
            unitless->insert(name);
    }
}

} // namespace

bool GbenchAdapter::convert(
    QByteArray content, ConvertedResults *results, QStringList *notes, QString *error) const
{
    QJsonDocument doc;
    qsizetype nonFinite = 0;
    if (!parseJsonWithNonFinite(std::move(content), &doc, error, &nonFinite))
        return false;
    const QJsonObject root = doc.object();
    if (!root.value("benchmarks"_L1).isArray() || !root.value("context"_L1).isObject()) {
        *error = tr("not Google Benchmark JSON: it has no \"context\" object and \"benchmarks\" list");
        return false;
    }
    const QJsonObject fileContext = root.value("context"_L1).toObject();
    QJsonObject context {{"benchmark_language"_L1, "C++"_L1}};
    if (fileContext.contains("library_build_type"_L1))
        context.insert("gbench_library_build_type"_L1, fileContext.value("library_build_type"_L1));
    QJsonObject info;
    for (const auto key : {"host_name"_L1, "executable"_L1, "num_cpus"_L1, "mhz_per_cpu"_L1,
             "cpu_scaling_enabled"_L1, "caches"_L1, "date"_L1}) {
        if (fileContext.contains(key))
            info.insert(key, fileContext.value(key));
    }

    // The repetitions of each instance, and its aggregates by name, in the order they appear.
    QStringList order;
    QHash<QString, QList<QJsonObject>> rows;
    QHash<QString, QHash<QString, QJsonObject>> aggregatesOf;
    int index = 0;
    for (const QJsonValue &value : root.value("benchmarks"_L1).toArray()) {
        ++index;
        const QJsonObject row = value.toObject();
        const auto nameKey = row.contains("run_name"_L1) ? "run_name"_L1 : "name"_L1;
        const QString runName = row.value(nameKey).toString();
        if (const QString problem = nameProblem(row.value(nameKey), nameKey); !problem.isEmpty()) {
            *error = tr("benchmark row %1: %2").arg(index).arg(problem);
            return false;
        }
        if (!rows.contains(runName) && !aggregatesOf.contains(runName))
            order.append(runName);
        if (row.value("run_type"_L1).toString() == u"aggregate"_s)
            aggregatesOf[runName].insert(row.value("aggregate_name"_L1).toString(), row);
        else
            rows[runName].append(row);
    }
    QSet<QString> unitless;
    int aggregates = 0; // rows that are not results: their repetitions are
    int summarised = 0; // instances with aggregates only: their mean is the result
    for (const QString &runName : std::as_const(order)) {
        QList<QJsonObject> repetitions = rows.value(runName);
        const QHash<QString, QJsonObject> instanceAggregates = aggregatesOf.value(runName);
        // Written with --benchmark_report_aggregates_only (or to standard output with
        // --benchmark_display_aggregates_only): the mean stands for the repetitions. Aggregates
        // without a mean (a complexity fit's BigO and RMS) summarise other instances.
        const bool fromAggregates = repetitions.isEmpty() && instanceAggregates.contains(u"mean"_s);
        if (!fromAggregates) {
            aggregates += int(instanceAggregates.size());
            if (repetitions.isEmpty())
                continue;
        }
        std::stable_sort(
            repetitions.begin(), repetitions.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value("repetition_index"_L1).toInt() < b.value("repetition_index"_L1).toInt();
            });
        const QJsonObject first
            = fromAggregates ? instanceAggregates.value(u"mean"_s) : repetitions.constFirst();
        QJsonObject tags = tagsFromName(runName);
        if (first.value("threads"_L1).toInt(1) > 1 && !tags.contains("threads"_L1))
            tags.insert("threads"_L1, QString::number(first.value("threads"_L1).toInt()));
        QJsonObject result {{"tags"_L1, tags}, {"context"_L1, context}};
        QJsonObject resultInfo = info;
        if (!first.value("label"_L1).toString().isEmpty())
            resultInfo.insert("label"_L1, first.value("label"_L1));
        QString errorMessage;
        for (const QJsonObject &row : std::as_const(repetitions)) {
            if (row.value("error_occurred"_L1).toBool())
                errorMessage = row.value("error_message"_L1).toString();
        }
        if (!errorMessage.isNull()) {
            result.insert("error"_L1, QJsonObject {{"message"_L1, errorMessage}});
        } else {
            double factor = 1;
            QString unit;
            const QString timeUnit = first.value("time_unit"_L1).toString(u"ns"_s);
            if (!conbenchTime(timeUnit, &factor, &unit)) {
                *error = tr("%1: unknown time_unit \"%2\"").arg(runName, timeUnit);
                return false;
            }
            QJsonObject stats {{"unit"_L1, unit}};
            if (fromAggregates) {
                ++summarised;
                QJsonValue mean;
                if (!scaledValue(first.value("real_time"_L1), factor, &mean, runName, timeUnit, unit, error))
                    return false;
                stats.insert("data"_L1, QJsonArray {mean});
                for (const auto &[from, to] :
                    std::initializer_list<std::pair<QLatin1StringView, QLatin1StringView>> {
                        {"mean"_L1, "mean"_L1}, {"median"_L1, "median"_L1}, {"stddev"_L1, "stdev"_L1}}) {
                    QJsonValue value;
                    if (!scaledValue(instanceAggregates.value(from).value("real_time"_L1), factor, &value,
                            runName, timeUnit, unit, error))
                        return false;
                    if (value.isDouble())
                        stats.insert(to, value);
                }
                // An aggregate row's iterations are the repetitions' count, not each one's.
                resultInfo.insert("repetitions"_L1, first.value("repetitions"_L1));
                insertCounters({first}, &resultInfo, &unitless);
            } else {
                QJsonArray data;
                for (const QJsonObject &row : std::as_const(repetitions)) {
                    QJsonValue value;
                    if (!scaledValue(
                            row.value("real_time"_L1), factor, &value, runName, timeUnit, unit, error))
                        return false;
                    data.append(value);
                }
                stats.insert("data"_L1, data);
                stats.insert("iterations"_L1, first.value("iterations"_L1).toInteger());
                insertCounters(repetitions, &resultInfo, &unitless);
            }
            result.insert("stats"_L1, stats);
        }
        result.insert("info"_L1, resultInfo);
        results->append(result);
    }
    if (aggregates > 0)
        notes->append(tr("%Ln aggregate rows (mean, median, stddev, cv, BigO, RMS) are not results; the "
                         "repetitions they summarise are.",
            nullptr, aggregates));
    if (summarised > 0)
        notes->append(tr("%Ln benchmarks have aggregate rows but no repetitions in the file (written with "
                         "--benchmark_report_aggregates_only): their mean stands for the data, with the "
                         "median and standard deviation beside it.",
            nullptr, summarised));
    if (nonFinite > 0)
        notes->append(nonFiniteNote(nonFinite));
    if (!unitless.isEmpty()) {
        QStringList names(unitless.begin(), unitless.end());
        names.sort();
        notes->append(
            tr("The counters %1 have no Conbench unit; they are kept in info.").arg(names.join(u", "_s)));
    }
    return true;
}

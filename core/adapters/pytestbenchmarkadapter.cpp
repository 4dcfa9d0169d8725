#include "pytestbenchmarkadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString tagValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isNull() || value.isUndefined())
        return u"null"_s;
    return QString::fromUtf8(value.isArray()
            ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

bool PytestBenchmarkAdapter::recognizes(const QString &, const QByteArray &head) const
{
    static const QRegularExpression start(u"^\\s*\\{\\s*\"machine_info\"\\s*:\\s*\\{"_s);
    return start.match(QString::fromUtf8(head.left(200))).hasMatch()
        && (head.contains("\"python_version\"") || head.contains("\"python_implementation\""));
}

bool PytestBenchmarkAdapter::convert(
    QByteArray content, ConvertedResults *results, QStringList *notes, QString *error) const
{
    QJsonDocument doc;
    qsizetype nonFinite = 0;
    if (!parseJsonWithNonFinite(std::move(content), &doc, error, &nonFinite))
        return false;
    const QJsonObject root = doc.object();
    if (!root.value("benchmarks"_L1).isArray() || !root.value("machine_info"_L1).isObject()) {
        *error = tr("not pytest-benchmark JSON: it has no \"machine_info\" object and \"benchmarks\" list");
        return false;
    }
    const QJsonObject machine = root.value("machine_info"_L1).toObject();
    QJsonObject context {{"benchmark_language"_L1, "Python"_L1}};
    if (machine.contains("python_version"_L1)) {
        context.insert("benchmark_language_version"_L1,
            u"%1 %2"_s.arg(machine.value("python_implementation"_L1).toString(u"Python"_s),
                machine.value("python_version"_L1).toString()));
    }
    QJsonObject info;
    if (root.contains("version"_L1))
        info.insert("pytest_benchmark_version"_L1, root.value("version"_L1));
    if (root.contains("datetime"_L1))
        info.insert("datetime"_L1, root.value("datetime"_L1));
    if (machine.contains("node"_L1))
        info.insert("host_name"_L1, machine.value("node"_L1));

    int summarised = 0;
    int index = 0;
    for (const QJsonValue &value : root.value("benchmarks"_L1).toArray()) {
        ++index;
        const QJsonObject bench = value.toObject();
        const QJsonObject stats = bench.value("stats"_L1).toObject();
        const auto nameKey = bench.contains("fullname"_L1) ? "fullname"_L1 : "name"_L1;
        QString name = bench.value(nameKey).toString();
        if (const QString problem = nameProblem(bench.value(nameKey), nameKey); !problem.isEmpty()) {
            *error = tr("benchmark %1: %2").arg(index).arg(problem);
            return false;
        }
        if (!stats.value("mean"_L1).isDouble()) {
            *error = tr("benchmark %1 (%2) has no \"stats\" with a \"mean\"").arg(index).arg(name);
            return false;
        }
        const QJsonObject params = bench.value("params"_L1).toObject();
        // "test_fib[5]" with params {n: 5}: the parameters are tags, the name is the function's.
        if (!params.isEmpty() && name.endsWith(u']')) {
            const qsizetype bracket = name.lastIndexOf(u'[');
            if (bracket > 0)
                name.truncate(bracket);
        }
        QJsonObject tags {{"name"_L1, name}};
        if (bench.value("group"_L1).isString())
            tags.insert("group"_L1, bench.value("group"_L1).toString());
        for (auto it = params.begin(); it != params.end(); ++it) {
            const QString key
                = it.key() == u"name"_s || it.key() == u"group"_s ? u"param_"_s + it.key() : it.key();
            tags.insert(key, tagValue(it.value()));
        }
        QJsonObject resultStats {{"unit"_L1, "s"_L1}};
        if (stats.contains("iterations"_L1))
            resultStats.insert("iterations"_L1, stats.value("iterations"_L1).toInteger());
        const QJsonArray data = stats.value("data"_L1).toArray();
        if (!data.isEmpty()) {
            resultStats.insert("data"_L1, data);
        } else {
            ++summarised;
            resultStats.insert("data"_L1, QJsonArray {stats.value("mean"_L1)});
            for (const auto &[from, to] :
                std::initializer_list<std::pair<QLatin1StringView, QLatin1StringView>> {{"min"_L1, "min"_L1},
                    {"max"_L1, "max"_L1}, {"mean"_L1, "mean"_L1}, {"median"_L1, "median"_L1},
                    {"stddev"_L1, "stdev"_L1}, {"q1"_L1, "q1"_L1}, {"q3"_L1, "q3"_L1},
                    {"iqr"_L1, "iqr"_L1}}) {
                if (stats.value(from).isDouble())
                    resultStats.insert(to, stats.value(from));
            }
        }
        QJsonObject resultInfo = info;
        resultInfo.insert("rounds"_L1, stats.value("rounds"_L1));
        if (stats.value("ops"_L1).isDouble())
            resultInfo.insert("ops"_L1, stats.value("ops"_L1));
        if (!bench.value("extra_info"_L1).toObject().isEmpty())
            resultInfo.insert("extra_info"_L1, bench.value("extra_info"_L1));
        results->append(QJsonObject {
            {"tags"_L1, tags}, {"context"_L1, context}, {"info"_L1, resultInfo}, {"stats"_L1, resultStats}});
    }
    if (summarised > 0)
        notes->append(tr("%Ln benchmarks hold no rounds (saved without --benchmark-save-data); their mean "
                         "stands for the data, with the summary statistics beside it.",
            nullptr, summarised));
    if (nonFinite > 0)
        notes->append(nonFiniteNote(nonFinite));
    return true;
}

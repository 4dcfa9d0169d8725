#include "catch2adapter.h"

#include <QJsonArray>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// A number attribute; absent or not a number ("-nan") is undefined.
QJsonValue number(const QXmlStreamAttributes &attributes, const QString &name)
{
    bool ok = false;
    const double value = attributes.value(name).toDouble(&ok);
    return ok && !qIsNaN(value) && !qIsInf(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Undefined);
}

// Whether the attribute holds a number that is not finite, as C++ streams write one: "nan",
// "-nan", "inf", "-inf".
bool isNonFinite(const QXmlStreamAttributes &attributes, const QString &name)
{
    const QString text = attributes.value(name).trimmed().toString().toLower();
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (ok)
        return !qIsFinite(value);
    return text.startsWith(u"nan"_s) || text.startsWith(u"-nan"_s) || text.startsWith(u"+nan"_s);
}

} // namespace

bool Catch2Adapter::recognizes(const QString &, const QByteArray &head) const
{
    const QByteArray start = head.left(400).trimmed();
    return (start.startsWith("<?xml") || start.startsWith("<Catch")) && start.contains("<Catch");
}

bool Catch2Adapter::convert(
    QByteArray content, ConvertedResults *results, QStringList *notes, QString *error) const
{
    QXmlStreamReader xml(content);
    const QJsonObject context {{"benchmark_language"_L1, "C++"_L1}, {"benchmark_tool"_L1, "Catch2"_L1}};
    bool sawCatch = false;
    QJsonObject testCase; // name, tags, filename, line of the enclosing <TestCase>
    QStringList sections;
    QJsonObject tags;
    QJsonObject stats;
    QJsonObject info;
    QString failure;
    bool inBenchmark = false;
    int withoutSamples = 0;
    int benchmarks = 0; // <BenchmarkResults> so far
    qsizetype nonFinite = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            const QXmlStreamAttributes attributes = xml.attributes();
            if (name == "Catch"_L1 || name == "Catch2TestRun"_L1) {
                sawCatch = true;
            } else if (name == "TestCase"_L1) {
                testCase = {{"name"_L1, attributes.value("name"_L1).toString()},
                    {"tags"_L1, attributes.value("tags"_L1).toString()},
                    {"file"_L1, attributes.value("filename"_L1).toString()},
                    {"line"_L1, number(attributes, u"line"_s)}};
                sections.clear();
            } else if (name == "Section"_L1) {
                sections.append(attributes.value("name"_L1).toString());
            } else if (name == "BenchmarkResults"_L1) {
                ++benchmarks;
                const QJsonValue benchmarkName = attributes.hasAttribute("name"_L1)
                    ? QJsonValue(attributes.value("name"_L1).toString())
                    : QJsonValue(QJsonValue::Undefined);
                if (const QString problem = nameProblem(benchmarkName, "name"_L1); !problem.isEmpty()) {
                    *error = tr("benchmark %1 (in test case \"%2\"): %3")
                                 .arg(benchmarks)
                                 .arg(testCase.value("name"_L1).toString(), problem);
                    return false;
                }
                inBenchmark = true;
                failure.clear();
                tags = {{"name"_L1, attributes.value("name"_L1).toString()},
                    {"test_case"_L1, testCase.value("name"_L1)}};
                if (!sections.isEmpty())
                    tags.insert("section"_L1, sections.join(u'/'));
                info = {};
                if (!testCase.value("tags"_L1).toString().isEmpty())
                    info.insert("catch_tags"_L1, testCase.value("tags"_L1));
                if (!testCase.value("file"_L1).toString().isEmpty()) {
                    info.insert("file"_L1, testCase.value("file"_L1));
                    info.insert("line"_L1, testCase.value("line"_L1));
                }
                const auto put = [&](const QString &from, QLatin1StringView to) {
                    const QJsonValue value = number(attributes, from);
                    if (!value.isUndefined())
                        info.insert(to, value);
                };
                put(u"samples"_s, "samples"_L1);
                put(u"resamples"_s, "resamples"_L1);
                put(u"clockResolution"_s, "clock_resolution_ns"_L1);
                put(u"estimatedDuration"_s, "estimated_duration_ns"_L1);
                stats = {{"unit"_L1, "ns"_L1}};
                const QJsonValue iterations = number(attributes, u"iterations"_s);
                if (!iterations.isUndefined())
                    stats.insert("iterations"_L1, qint64(iterations.toDouble()));
            } else if (inBenchmark && name == "mean"_L1) {
                const QJsonValue mean = number(attributes, u"value"_s);
                if (!mean.isUndefined()) {
                    stats.insert("data"_L1, QJsonArray {mean});
                    stats.insert("mean"_L1, mean);
                } else if (isNonFinite(attributes, u"value"_s)) {
                    // Not a number: a null data point, Conbench's mark of a missing measurement.
                    stats.insert("data"_L1, QJsonArray {QJsonValue(QJsonValue::Null)});
                    ++nonFinite;
                }
                for (const auto &[from, to] : {std::pair {u"lowerBound"_s, "mean_lower_bound_ns"_L1},
                         std::pair {u"upperBound"_s, "mean_upper_bound_ns"_L1},
                         std::pair {u"ci"_s, "confidence_interval"_L1}}) {
                    const QJsonValue value = number(attributes, from);
                    if (!value.isUndefined())
                        info.insert(to, value);
                }
            } else if (inBenchmark && name == "standardDeviation"_L1) {
                // One sample, or --benchmark-no-analysis: Catch2 writes 0, which is not a measurement.
                const QJsonValue stdev = number(attributes, u"value"_s);
                if (stdev.toDouble() > 0)
                    stats.insert("stdev"_L1, stdev);
            } else if (inBenchmark && name == "outliers"_L1) {
                QJsonObject outliers;
                for (const auto key :
                    {"variance"_L1, "lowMild"_L1, "lowSevere"_L1, "highMild"_L1, "highSevere"_L1}) {
                    const QJsonValue value = number(attributes, key);
                    if (!value.isUndefined())
                        outliers.insert(key, value);
                }
                info.insert("outliers"_L1, outliers);
            } else if (inBenchmark && name == "failed"_L1) {
                failure = attributes.value("message"_L1).toString();
                if (failure.isEmpty())
                    failure = tr("the benchmark failed");
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const auto name = xml.name();
            if (name == "Section"_L1 && !sections.isEmpty()) {
                sections.removeLast();
            } else if (name == "BenchmarkResults"_L1 && inBenchmark) {
                inBenchmark = false;
                QJsonObject result {{"tags"_L1, tags}, {"context"_L1, context}, {"info"_L1, info}};
                if (!failure.isEmpty()) {
                    result.insert("error"_L1, QJsonObject {{"message"_L1, failure}});
                } else if (stats.contains("data"_L1)) {
                    result.insert("stats"_L1, stats);
                    ++withoutSamples;
                } else {
                    *error = tr("the benchmark \"%1\" has neither a mean nor a failure")
                                 .arg(tags.value("name"_L1).toString());
                    return false;
                }
                results->append(result);
            }
        }
    }
    if (xml.hasError()) {
        *error = tr("not valid XML (%1 at line %2)").arg(xml.errorString()).arg(xml.lineNumber());
        return false;
    }
    if (!sawCatch) {
        *error = tr("not Catch2 XML: it has no <Catch> element");
        return false;
    }
    if (withoutSamples > 0)
        notes->append(tr("Catch2's XML keeps no samples: the mean of each of %Ln benchmarks is its one data "
                         "point, with the standard deviation beside it.",
            nullptr, withoutSamples));
    if (nonFinite > 0)
        notes->append(nonFiniteNote(nonFinite));
    return true;
}

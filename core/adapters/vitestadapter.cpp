#include "vitestadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool VitestAdapter::recognizes(const QString &, const QByteArray &head) const
{
    static const QRegularExpression start(
        u"^\\s*\\{\\s*\"files\"\\s*:\\s*\\[\\s*(\\]|\\{\\s*\"filepath\"\\s*:)"_s);
    return start.match(QString::fromUtf8(head.left(300))).hasMatch();
}

bool VitestAdapter::convert(
    QByteArray content, ConvertedResults *results, QStringList *notes, QString *error) const
{
    // Vitest (JavaScript's JSON) writes a number that is not finite as null; a file passed through
    // Python's json module has NaN or Infinity there, read as null too.
    QJsonDocument doc;
    qsizetype nonFinite = 0;
    if (!parseJsonWithNonFinite(std::move(content), &doc, error, &nonFinite))
        return false;
    if (!doc.object().value("files"_L1).isArray()) {
        *error = tr("not Vitest benchmark JSON: it has no \"files\" list");
        return false;
    }
    const QJsonObject context {{"benchmark_language"_L1, "JavaScript"_L1}};
    constexpr double msToS = 1e-3;
    int summarised = 0;
    for (const QJsonValue &fileValue : doc.object().value("files"_L1).toArray()) {
        const QJsonObject file = fileValue.toObject();
        for (const QJsonValue &groupValue : file.value("groups"_L1).toArray()) {
            const QJsonObject group = groupValue.toObject();
            // "src/sort.bench.js > sort > strings": the file (relative to the project), then the
            // describe() blocks.
            QStringList path = group.value("fullName"_L1).toString().split(u" > "_s);
            const QString fileName = path.takeFirst();
            int index = 0;
            for (const QJsonValue &benchValue : group.value("benchmarks"_L1).toArray()) {
                ++index;
                const QJsonObject bench = benchValue.toObject();
                const QString name = bench.value("name"_L1).toString();
                if (const QString problem = nameProblem(bench.value("name"_L1), "name"_L1);
                    !problem.isEmpty()) {
                    *error = tr("%1: benchmark %2: %3")
                                 .arg(group.value("fullName"_L1).toString())
                                 .arg(index)
                                 .arg(problem);
                    return false;
                }
                QJsonObject tags {{"name"_L1, name}};
                if (!fileName.isEmpty())
                    tags.insert("file"_L1, fileName);
                if (!path.isEmpty())
                    tags.insert("group"_L1, path.join(u" > "_s));
                QJsonObject result {{"tags"_L1, tags}, {"context"_L1, context}};
                QJsonObject info;
                for (const auto key : {"hz"_L1, "rme"_L1, "sampleCount"_L1, "rank"_L1})
                    if (bench.value(key).isDouble())
                        info.insert(key, bench.value(key));
                for (const auto key : {"p75"_L1, "p99"_L1, "p995"_L1, "p999"_L1, "totalTime"_L1})
                    if (bench.value(key).isDouble())
                        info.insert(key + "_s"_L1, bench.value(key).toDouble() * msToS);
                const QJsonArray samples = bench.value("samples"_L1).toArray();
                if (!samples.isEmpty()) {
                    QJsonArray data;
                    for (const QJsonValue &sample : samples) {
                        if (sample.isNull()) { // not a number: a null data point, not 0
                            data.append(QJsonValue(QJsonValue::Null));
                            continue;
                        }
                        if (!sample.isDouble()) {
                            *error = tr("%1: a sample of \"%2\" is not a number")
                                         .arg(group.value("fullName"_L1).toString(), name);
                            return false;
                        }
                        data.append(sample.toDouble() * msToS);
                    }
                    result.insert("stats"_L1,
                        QJsonObject {{"data"_L1, data}, {"unit"_L1, "s"_L1}, {"iterations"_L1, data.size()}});
                } else if (bench.value("sampleCount"_L1).isDouble()
                    && bench.value("sampleCount"_L1).toDouble() == 0) {
                    // No sample at all: its mean (0 or null) is no time it took.
                    result.insert("error"_L1,
                        QJsonObject {{"message"_L1,
                            tr("Vitest took no samples of this benchmark (sampleCount 0), so it has no "
                               "measurement: it did not run within the time the bench allowed (give it more "
                               "time or iterations) or it threw (see Vitest's own output)")}});
                } else if (bench.value("mean"_L1).isDouble()) {
                    ++summarised;
                    QJsonObject stats {{"data"_L1, QJsonArray {bench.value("mean"_L1).toDouble() * msToS}},
                        {"unit"_L1, "s"_L1}};
                    if (bench.value("sampleCount"_L1).isDouble())
                        stats.insert("iterations"_L1, bench.value("sampleCount"_L1).toInteger());
                    for (const auto &[from, to] :
                        std::initializer_list<std::pair<QLatin1StringView, QLatin1StringView>> {
                            {"min"_L1, "min"_L1}, {"max"_L1, "max"_L1}, {"mean"_L1, "mean"_L1},
                            {"median"_L1, "median"_L1}, {"sd"_L1, "stdev"_L1}}) {
                        if (bench.value(from).isDouble())
                            stats.insert(to, bench.value(from).toDouble() * msToS);
                    }
                    result.insert("stats"_L1, stats);
                } else {
                    result.insert("error"_L1,
                        QJsonObject {{"message"_L1,
                            tr("Vitest recorded no measurement for this benchmark: it threw or did not "
                               "finish (see Vitest's own output for the reason)")}});
                }
                result.insert("info"_L1, info);
                results->append(result);
            }
        }
    }
    if (summarised > 0)
        notes->append(tr("%Ln benchmarks hold no samples (Vitest's JSON leaves them out); their mean stands "
                         "for the data, with the summary statistics beside it.",
            nullptr, summarised));
    if (nonFinite > 0)
        notes->append(nonFiniteNote(nonFinite));
    return true;
}

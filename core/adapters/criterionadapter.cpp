#include "criterionadapter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// A benchmark's measurement directory: a folder named "new" holding benchmark.json.
bool isMeasurement(const QDir &dir)
{
    return dir.dirName() == u"new"_s && QFileInfo(dir.filePath(u"benchmark.json"_s)).isFile();
}

// Reads one of Criterion's JSON files: a missing file is not an error (*present false). Criterion
// (serde_json) writes a number that is not finite as null; a file passed through Python's json
// module has NaN or Infinity there, read as null too and counted in *nonFinite.
bool readJson(const QString &path, qint64 maxBytes, QJsonObject *object, bool *present, QString *error,
    qsizetype *nonFinite)
{
    const QFileInfo info(path);
    *present = info.exists();
    if (!*present)
        return true;
    if (info.size() > maxBytes) {
        *error = CriterionAdapter::tr("%1: the file is larger than %L2 MiB")
                     .arg(path)
                     .arg(maxBytes / (1024 * 1024));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CriterionAdapter::tr("%1: cannot read the file: %2").arg(path, file.errorString());
        return false;
    }
    QJsonDocument doc;
    QString why;
    qsizetype count = 0;
    const bool parsed = Adapter::parseJsonWithNonFinite(file.readAll(), &doc, &why, &count);
    *nonFinite += count;
    if (!parsed || !doc.isObject()) {
        *error = u"%1: %2"_s.arg(path, why.isEmpty() ? CriterionAdapter::tr("not a JSON object") : why);
        return false;
    }
    *object = doc.object();
    return true;
}

QString tagValue(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return value.toString();
}

} // namespace

bool CriterionAdapter::recognizes(const QString &, const QByteArray &) const
{
    return false; // a folder, not a file
}

bool CriterionAdapter::convert(QByteArray, ConvertedResults *, QStringList *, QString *error) const
{
    *error = tr("Criterion's output is a folder: give target/criterion (or a folder inside it)");
    return false;
}

bool CriterionAdapter::recognizesFolder(const QString &path) const
{
    // Breadth first, a few levels deep (target/criterion/group/function/parameter/new), stopping at
    // the first benchmark found: a large folder of something else is not walked whole.
    QList<QString> level {path};
    int visited = 0;
    for (int depth = 0; depth < 7 && !level.isEmpty(); ++depth) {
        QList<QString> below;
        for (const QString &folder : std::as_const(level)) {
            const QDir dir(folder);
            if (isMeasurement(dir))
                return true;
            for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks)) {
                if (++visited > 5000)
                    return false;
                below.append(dir.filePath(name));
            }
        }
        level = std::move(below);
    }
    return false;
}

bool CriterionAdapter::convertFolder(const QString &path, qint64 maxFileBytes, ConvertedResults *results,
    QStringList *notes, QString *error) const
{
    QStringList measurements;
    if (isMeasurement(QDir(path)))
        measurements.append(QDir(path).absolutePath());
    QDirIterator it(path, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString dir = it.next();
        if (isMeasurement(QDir(dir)))
            measurements.append(dir);
    }
    measurements.sort();
    if (measurements.isEmpty()) {
        *error = tr("no benchmark in the folder (Criterion writes <benchmark>/new/benchmark.json)");
        return false;
    }
    const QJsonObject context {{"benchmark_language"_L1, "Rust"_L1}};
    int fromEstimates = 0;
    qsizetype nonFinite = 0;
    for (const QString &folder : std::as_const(measurements)) {
        const QDir dir(folder);
        QJsonObject benchmark, estimates, sample;
        bool hasBenchmark = false, hasEstimates = false, hasSample = false;
        if (!readJson(
                dir.filePath(u"benchmark.json"_s), maxFileBytes, &benchmark, &hasBenchmark, error, &nonFinite)
            || !readJson(
                dir.filePath(u"estimates.json"_s), maxFileBytes, &estimates, &hasEstimates, error, &nonFinite)
            || !readJson(
                dir.filePath(u"sample.json"_s), maxFileBytes, &sample, &hasSample, error, &nonFinite))
            return false;
        const QString group = benchmark.value("group_id"_L1).toString();
        if (const QString problem = nameProblem(benchmark.value("group_id"_L1), "group_id"_L1);
            !problem.isEmpty()) {
            *error = u"%1: %2"_s.arg(dir.filePath(u"benchmark.json"_s), problem);
            return false;
        }
        QJsonObject tags {{"name"_L1, group}};
        if (!benchmark.value("function_id"_L1).isNull() && !benchmark.value("function_id"_L1).isUndefined())
            tags.insert("function"_L1, tagValue(benchmark.value("function_id"_L1)));
        if (!benchmark.value("value_str"_L1).isNull() && !benchmark.value("value_str"_L1).isUndefined())
            tags.insert("parameter"_L1, tagValue(benchmark.value("value_str"_L1)));
        QJsonObject info;
        if (benchmark.contains("full_id"_L1))
            info.insert("criterion_id"_L1, benchmark.value("full_id"_L1));
        QJsonObject result {{"tags"_L1, tags}, {"context"_L1, context}};

        QJsonArray data;
        if (hasSample) {
            const QJsonArray iters = sample.value("iters"_L1).toArray();
            const QJsonArray times = sample.value("times"_L1).toArray();
            if (iters.size() != times.size()) {
                *error
                    = tr("%1: \"iters\" and \"times\" differ in length").arg(dir.filePath(u"sample.json"_s));
                return false;
            }
            for (qsizetype i = 0; i < iters.size(); ++i) {
                if (iters.at(i).isNull() || times.at(i).isNull()) {
                    data.append(QJsonValue(QJsonValue::Null)); // not a number: a null data point, not 0
                    continue;
                }
                const double count = iters.at(i).toDouble();
                if (count <= 0)
                    continue;
                const double time = times.at(i).toDouble();
                const double perIteration = time / count;
                if (!qIsFinite(perIteration)) {
                    *error = tr("%1: %2 ns over %3 iterations is beyond the largest number a result can hold "
                                "(%4); nothing of the folder is converted.")
                                 .arg(benchmark.value("full_id"_L1).toString(group),
                                     QString::number(time, 'g', QLocale::FloatingPointShortest),
                                     QString::number(count, 'g', QLocale::FloatingPointShortest),
                                     dir.filePath(u"sample.json"_s));
                    return false;
                }
                data.append(perIteration);
            }
            if (sample.contains("sampling_mode"_L1))
                info.insert("sampling_mode"_L1, sample.value("sampling_mode"_L1));
        }
        QJsonObject points;
        for (const auto key : {"mean"_L1, "median"_L1, "median_abs_dev"_L1, "slope"_L1, "std_dev"_L1}) {
            const QJsonValue point = estimates.value(key).toObject().value("point_estimate"_L1);
            if (point.isDouble())
                points.insert(key, point);
        }
        if (!points.isEmpty())
            info.insert("estimates_ns"_L1, points);
        if (data.isEmpty() && points.value("mean"_L1).isDouble()) {
            ++fromEstimates;
            data.append(points.value("mean"_L1));
        }
        if (data.isEmpty()) {
            result.insert("error"_L1,
                QJsonObject {{"message"_L1,
                    tr("Criterion recorded no measurement for %1 (new/sample.json and new/estimates.json "
                       "are missing or empty)")
                        .arg(benchmark.value("full_id"_L1).toString(group))}});
        } else {
            result.insert("stats"_L1,
                QJsonObject {{"data"_L1, data}, {"unit"_L1, "ns"_L1}, {"iterations"_L1, data.size()}});
            // Throughput: per iteration, as Criterion declares it, and per second at the mean.
            const QJsonObject throughput = benchmark.value("throughput"_L1).toObject();
            if (!throughput.isEmpty()) {
                info.insert("throughput"_L1, throughput);
                QList<double> numbers; // the null data points left out
                for (const QJsonValue &value : std::as_const(data)) {
                    if (value.isDouble())
                        numbers.append(value.toDouble());
                }
                const double mean = meanOf(numbers);
                for (auto t = throughput.begin(); t != throughput.end(); ++t) {
                    const bool bytes = t.key().startsWith(u"Bytes"_s);
                    if (!(mean > 0) || !t.value().isDouble())
                        continue;
                    const double rate = t.value().toDouble() / (mean * 1e-9);
                    if (qIsFinite(rate)) {
                        info.insert(bytes ? "bytes_per_second"_L1 : "elements_per_second"_L1, rate);
                    } else {
                        notes->append(tr("%1: the throughput per second is beyond the largest number a "
                                         "result can hold; it is left out.")
                                          .arg(benchmark.value("full_id"_L1).toString(group)));
                    }
                }
            }
        }
        result.insert("info"_L1, info);
        results->append(result);
    }
    if (fromEstimates > 0)
        notes->append(tr("%Ln benchmarks have no new/sample.json; their mean estimate stands for the data.",
            nullptr, fromEstimates));
    if (nonFinite > 0)
        notes->append(nonFiniteNote(nonFinite));
    return true;
}

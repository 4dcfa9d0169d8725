#include "goadapter.h"

#include "customadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    qint64 iterations = 0;
    QList<std::pair<QString, double>> metrics; // unit, value, in the order printed
};

struct Benchmark
{
    QString package;
    QString name; // as printed, with the GOMAXPROCS suffix
    QList<Run> runs;
};

QString insertKey(const QJsonObject &tags, const QString &key)
{
    return tags.contains(key) ? u"param_"_s + key : key;
}

} // namespace

QJsonObject GoAdapter::tagsFromName(const QString &fullName)
{
    static const QRegularExpression procs(u"-(\\d+)$"_s);
    QString name = fullName;
    QString gomaxprocs = u"1"_s; // go test prints no suffix for GOMAXPROCS=1
    const auto match = procs.match(name);
    if (match.hasMatch()) {
        gomaxprocs = match.captured(1);
        name.chop(match.capturedLength(0));
    }
    const QStringList parts = name.split(u'/');
    QStringList nameParts {parts.value(0)};
    QJsonObject parameters;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype equals = parts.at(i).indexOf(u'=');
        if (equals > 0)
            parameters.insert(parts.at(i).left(equals), parts.at(i).mid(equals + 1));
        else
            nameParts.append(parts.at(i));
    }
    QJsonObject tags {{"name"_L1, nameParts.join(u'/')}, {"gomaxprocs"_L1, gomaxprocs}};
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        tags.insert(insertKey(tags, it.key()), it.value());
    return tags;
}

bool GoAdapter::recognizes(const QString &, const QByteArray &head) const
{
    static const QRegularExpression text(
        u"^(goos: \\S+|goarch: \\S+|pkg: \\S+|Benchmark\\S*\\s+\\d+\\s+[0-9.e+-]+ ns/op)"_s,
        QRegularExpression::MultilineOption);
    static const QRegularExpression json(
        u"^\\s*\\{\\s*\"Time\"\\s*:\\s*\"[^\"]*\"\\s*,\\s*\"Action\"\\s*:"_s);
    const QString start = QString::fromUtf8(head);
    return json.match(start).hasMatch() || text.match(start).hasMatch();
}

bool GoAdapter::convert(
    QByteArray content, ConvertedResults *results, QStringList *notes, QString *error) const
{
    // The -json stream's output events, put back together per package, are the text form.
    QStringList texts;
    const bool textForm = !content.trimmed().startsWith('{'); // its line numbers are the file's
    if (content.trimmed().startsWith('{')) {
        QStringList packages;
        QHash<QString, QString> output;
        int lineNumber = 0;
        for (const QByteArray &line : content.split('\n')) {
            ++lineNumber;
            if (!line.trimmed().startsWith('{'))
                continue; // a build error or a line another tool added
            QJsonParseError parseError;
            const QJsonObject event = QJsonDocument::fromJson(line, &parseError).object();
            if (parseError.error != QJsonParseError::NoError) {
                *error = tr("line %1: not valid JSON (%2)").arg(lineNumber).arg(parseError.errorString());
                return false;
            }
            if (event.value("Action"_L1).toString() != u"output"_s)
                continue;
            const QString package = event.value("Package"_L1).toString();
            if (!output.contains(package))
                packages.append(package);
            output[package] += event.value("Output"_L1).toString();
        }
        if (packages.isEmpty()) {
            *error = tr("not go test -json output: it has no output events");
            return false;
        }
        for (const QString &package : std::as_const(packages))
            texts.append(output.value(package));
    } else {
        texts.append(QString::fromUtf8(content));
    }

    static const QRegularExpression resultLine(u"^(Benchmark\\S*)\\s+(\\d+)\\s+(.*)$"_s);
    static const QRegularExpression headerLine(u"^(Benchmark\\S*)\\s*$"_s);
    // A benchmark's name as go test names them: "Benchmark" alone or followed by anything but a
    // lower-case letter ("Benchmarking …" is a log line), then the rest of the line.
    static const QRegularExpression benchmarkLine(u"^(Benchmark(?:[^\\p{Ll}\\s]\\S*)?)\\s+(.*)$"_s);
    // The figures alone: what go test prints after the name when the benchmark printed to
    // standard output in between (the iteration count is padded to 8 characters, or longer).
    static const QRegularExpression figuresLine(u"^\\s*(\\d+)\\s+(\\S.*)$"_s);
    // The figures after the iteration count, in pairs of value and unit; false when they are not.
    const auto readRun = [](const QString &iterations, const QString &figures, Run *run) {
        static const QRegularExpression space(u"\\s+"_s);
        const QStringList fields = figures.split(space, Qt::SkipEmptyParts);
        *run = {};
        run->iterations = iterations.toLongLong();
        bool ok = fields.size() % 2 == 0 && !fields.isEmpty();
        for (qsizetype i = 0; ok && i + 1 < fields.size(); i += 2) {
            const double value = fields.at(i).toDouble(&ok);
            run->metrics.append({fields.at(i + 1), value});
        }
        return ok;
    };
    QJsonObject context {{"benchmark_language"_L1, "Go"_L1}};
    QString cpu;
    QList<Benchmark> benchmarks;
    QHash<QString, qsizetype> benchmarkIndex; // package + '\n' + name
    QStringList failedKeys;
    QHash<QString, QStringList> logs; // package + '\n' + name without suffix
    QStringList skipped;
    const auto addRun = [&](const QString &package, const QString &name, const Run &run) {
        const QString key = package + u'\n' + name;
        if (!benchmarkIndex.contains(key)) {
            benchmarkIndex.insert(key, benchmarks.size());
            benchmarks.append({package, name, {}});
        }
        benchmarks[benchmarkIndex.value(key)].runs.append(run);
    };
    for (const QString &text : std::as_const(texts)) {
        QString package;
        QString current;
        // A benchmark's line whose figures did not follow its name: they come on a later line (the
        // benchmark printed in between), or the line is cut short or damaged.
        QString pendingName;
        QString pendingLine;
        int pendingNumber = 0;
        const auto leaveOutPending = [&] {
            if (pendingName.isEmpty())
                return;
            results->warn(textForm
                    ? tr("line %1 starts like a benchmark's result but cannot be read, so it is left out: "
                         "\"%2\"")
                          .arg(pendingNumber)
                          .arg(pendingLine.trimmed())
                    : tr("this line starts like a benchmark's result but cannot be read, so it is left "
                         "out: \"%1\"")
                          .arg(pendingLine.trimmed()));
            pendingName.clear();
        };
        int lineNumber = 0;
        for (const QString &rawLine : text.split(u'\n')) {
            ++lineNumber;
            const QString line = rawLine.endsWith(u'\r') ? rawLine.chopped(1) : rawLine;
            Run run;
            if (const auto figures = figuresLine.match(line); !pendingName.isEmpty() && figures.hasMatch()
                && readRun(figures.captured(1), figures.captured(2), &run)) {
                addRun(package, pendingName, run);
                current = std::exchange(pendingName, {});
            } else if (line.startsWith(u"goos: "_s)) {
                context.insert("goos"_L1, line.mid(6).trimmed());
            } else if (line.startsWith(u"goarch: "_s)) {
                context.insert("goarch"_L1, line.mid(8).trimmed());
            } else if (line.startsWith(u"pkg: "_s)) {
                leaveOutPending();
                package = line.mid(5).trimmed();
            } else if (line.startsWith(u"cpu: "_s)) {
                cpu = line.mid(5).trimmed();
            } else if (const auto header = headerLine.match(line);
                       header.hasMatch() && !line.contains(u'\t')) {
                // -v prints the name alone before the benchmark's log; without -v, the padded name
                // and a tab start the result line, whose figures may come later.
                leaveOutPending();
                current = header.captured(1);
                logs.remove(package + u'\n' + current);
            } else if (const auto named = benchmarkLine.match(line); named.hasMatch()) {
                leaveOutPending();
                const auto result = resultLine.match(line);
                if (result.hasMatch() && readRun(result.captured(2), result.captured(3), &run)) {
                    addRun(package, result.captured(1), run);
                    current = result.captured(1);
                } else {
                    // What the benchmark printed follows the name, and its figures come later.
                    pendingName = named.captured(1);
                    pendingLine = line;
                    pendingNumber = lineNumber;
                }
            } else if (const QString trimmed = line.trimmed(); trimmed.startsWith(u"--- "_s)) {
                // "--- FAIL: BenchmarkX", "--- SKIP: BenchmarkX", "--- BENCH: BenchmarkX"; sub-benchmarks
                // are indented.
                const qsizetype colon = trimmed.indexOf(u": "_s);
                if (colon < 0)
                    continue;
                const QString kind = trimmed.mid(4, colon - 4);
                current = trimmed.mid(colon + 2).section(u' ', 0, 0);
                if (!current.startsWith(u"Benchmark"_s))
                    continue; // a test's, not a benchmark's
                if (kind == u"FAIL"_s) {
                    failedKeys.append(package + u'\n' + current);
                } else if (kind == u"SKIP"_s) {
                    skipped.append(current);
                    logs.remove(package + u'\n' + current);
                }
            } else if ((line.startsWith(u"    "_s) || line.startsWith(u'\t')) && !current.isEmpty()) {
                logs[package + u'\n' + current].append(line.trimmed());
            }
        }
        leaveOutPending();
    }
    const QJsonObject resultContext {{"benchmark_language"_L1, "Go"_L1},
        {"goos"_L1, context.value("goos"_L1)}, {"goarch"_L1, context.value("goarch"_L1)}};
    QJsonObject baseInfo; // the CPU's name in info, not context: the machine's info says it already
    if (!cpu.isEmpty())
        baseInfo.insert("cpu"_L1, cpu);
    QSet<QString> unitless;
    qsizetype nonFinite = 0;
    QHash<QString, QSet<QString>> procsOfPackage;
    for (const Benchmark &benchmark : std::as_const(benchmarks)) {
        QJsonObject tags = tagsFromName(benchmark.name);
        procsOfPackage[benchmark.package].insert(tags.value("gomaxprocs"_L1).toString());
        if (!benchmark.package.isEmpty())
            tags.insert(insertKey(tags, u"package"_s), benchmark.package);
        QJsonObject info = baseInfo;
        QList<QString> units;
        for (const Run &run : benchmark.runs) {
            for (const auto &metric : run.metrics) {
                if (!units.contains(metric.first))
                    units.append(metric.first);
            }
        }
        QSet<qint64> iterations;
        for (const Run &run : benchmark.runs)
            iterations.insert(run.iterations);
        // The values of a unit, scaled: false with *error when one is then beyond a double's range.
        // go test prints a value that is not finite as NaN, +Inf or -Inf: a null data point.
        const auto valuesOf
            = [&](const QString &unit, double factor, const QString &conbench, QJsonArray *data) {
                  for (const Run &run : benchmark.runs) {
                      for (const auto &metric : run.metrics) {
                          if (metric.first != unit)
                              continue;
                          if (!qIsFinite(metric.second)) {
                              data->append(QJsonValue(QJsonValue::Null));
                              ++nonFinite;
                              continue;
                          }
                          double scaled = 0;
                          if (!scale(metric.second, factor, &scaled, benchmark.name, unit, conbench, error))
                              return false;
                          data->append(scaled);
                      }
                  }
                  return true;
              };
        const auto statsOf = [&](const QJsonArray &data, const QString &unit) {
            QJsonObject stats {{"data"_L1, data}, {"unit"_L1, unit}};
            if (iterations.size() == 1)
                stats.insert("iterations"_L1, *iterations.begin());
            return stats;
        };
        QList<QJsonObject> metricResults;
        for (const QString &unit : std::as_const(units)) {
            if (unit == u"ns/op"_s)
                continue;
            double factor = 1;
            QString conbench;
            const bool known = unit != u"B/op"_s && unit != u"allocs/op"_s
                && CustomAdapter::conbenchUnit(unit, &factor, &conbench);
            QJsonArray data;
            if (!valuesOf(unit, factor, known ? conbench : unit, &data))
                return false;
            if (known) {
                QJsonObject metricTags = tags;
                metricTags.insert(insertKey(tags, u"metric"_s), unit);
                metricResults.append({{"tags"_L1, metricTags}, {"context"_L1, resultContext},
                    {"stats"_L1, statsOf(data, conbench)}});
            } else {
                QList<double> values;
                bool finite = true; // as for Google Benchmark's counters: null when a run's is not
                for (const QJsonValue &value : std::as_const(data)) {
                    finite = finite && value.isDouble();
                    values.append(value.toDouble());
                }
                info.insert(unit, finite ? QJsonValue(meanOf(values)) : QJsonValue(QJsonValue::Null));
                unitless.insert(unit);
            }
        }
        if (iterations.size() > 1) {
            QJsonArray list;
            for (const Run &run : benchmark.runs)
                list.append(run.iterations);
            info.insert("iterations"_L1, list);
        }
        QJsonArray times;
        if (!valuesOf(u"ns/op"_s, 1, u"ns"_s, &times))
            return false;
        if (!times.isEmpty()) {
            results->append(QJsonObject {{"tags"_L1, tags}, {"context"_L1, resultContext}, {"info"_L1, info},
                {"stats"_L1, statsOf(times, u"ns"_s)}});
        }
        for (QJsonObject &result : metricResults) {
            result.insert("info"_L1, info);
            results->append(result);
        }
    }

    // A failing sub-benchmark fails its parents too: only the innermost is a result.
    failedKeys.removeDuplicates();
    int failures = 0;
    for (const QString &key : std::as_const(failedKeys)) {
        bool hasFailingChild = false;
        for (const QString &other : std::as_const(failedKeys))
            hasFailingChild = hasFailingChild || other.startsWith(key + u'/');
        if (hasFailingChild)
            continue;
        const QString package = key.section(u'\n', 0, 0);
        const QString name = key.section(u'\n', 1);
        QJsonObject tags = tagsFromName(name);
        // The FAIL line has no GOMAXPROCS suffix: the one the package's other benchmarks ran with.
        const QSet<QString> procs = procsOfPackage.value(package);
        if (procs.size() == 1)
            tags.insert("gomaxprocs"_L1, *procs.begin());
        else
            tags.remove("gomaxprocs"_L1);
        if (!package.isEmpty())
            tags.insert(insertKey(tags, u"package"_s), package);
        const QStringList log = logs.value(key);
        results->append(QJsonObject {{"tags"_L1, tags}, {"context"_L1, resultContext}, {"info"_L1, baseInfo},
            {"error"_L1,
                QJsonObject {{"message"_L1, log.isEmpty() ? tr("the benchmark failed") : log.join(u'\n')}}}});
        ++failures;
    }
    if (nonFinite > 0)
        notes->append(nonFiniteNote(nonFinite));
    skipped.removeDuplicates(); // -count prints each skip again
    if (!skipped.isEmpty())
        notes->append(tr("Skipped, so not results: %1.").arg(skipped.join(u", "_s)));
    if (!unitless.isEmpty()) {
        QStringList names(unitless.begin(), unitless.end());
        names.sort();
        notes->append(
            tr("The metrics %1 have no Conbench unit; they are kept in info.").arg(names.join(u", "_s)));
    }
    if (benchmarks.isEmpty() && failures == 0 && skipped.isEmpty() && !content.trimmed().startsWith('{')
        && !recognizes(QString(), content.left(4096))) {
        *error = tr("not go test -bench output: it has no benchmark lines");
        return false;
    }
    return true;
}

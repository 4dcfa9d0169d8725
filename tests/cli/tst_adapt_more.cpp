// pytest-benchmark, Catch2 and Go benchmark output turned into Conbench results by the real program
// ("adapt"), checked by value against the files the tools wrote on this machine, recognized by
// "adapt auto" without claiming another format's files, and accepted by the test server in both
// generations.
#include "adapter.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

QString fixture(const QString &name)
{
    return sourceDir() + u"/tests/core/data/adapters/"_s + name;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QList<QJsonObject> adapt(const QString &format, const QString &path, ProgramRun *programRun = nullptr,
    const QStringList &extra = {})
{
    const ProgramRun result
        = run(cliPath(), QStringList {u"adapt"_s, format, u"--path"_s, path} + extra, cleanEnvironment());
    if (programRun)
        *programRun = result;
    QList<QJsonObject> results;
    for (const QString &line : result.outLines())
        results.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return results;
}

QJsonObject byTags(const QList<QJsonObject> &results, const QJsonObject &tags)
{
    QJsonObject found;
    for (const QJsonObject &result : results) {
        if (result.value("tags"_L1).toObject() == tags) {
            if (!found.isEmpty())
                return {}; // the same tags twice: not one result
            found = result;
        }
    }
    return found;
}

QList<double> dataOf(const QJsonObject &result)
{
    QList<double> data;
    for (const QJsonValue &value : result.value("stats"_L1).toObject().value("data"_L1).toArray())
        data.append(value.toDouble());
    return data;
}

QString unitOf(const QJsonObject &result)
{
    return result.value("stats"_L1).toObject().value("unit"_L1).toString();
}

// pytest-benchmark: the benchmark of this fullname in the fixture.
QJsonObject pytestEntry(const QString &file, const QString &fullName)
{
    const QJsonArray benchmarks
        = QJsonDocument::fromJson(readFile(fixture(file))).object().value("benchmarks"_L1).toArray();
    for (const QJsonValue &value : benchmarks) {
        if (value.toObject().value("fullname"_L1).toString() == fullName)
            return value.toObject();
    }
    return {};
}

QList<double> numbers(const QJsonArray &array)
{
    QList<double> list;
    for (const QJsonValue &value : array)
        list.append(value.toDouble());
    return list;
}

// Catch2: the attributes of <mean> (or <failed>) of the benchmark of this name.
QXmlStreamAttributes catch2Element(const QString &file, const QString &benchmark, const QString &element)
{
    QXmlStreamReader xml(readFile(fixture(file)));
    bool inside = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "BenchmarkResults"_L1)
            inside = xml.attributes().value("name"_L1) == benchmark;
        else if (inside && xml.name() == element)
            return xml.attributes();
    }
    return {};
}

// Go's text form: the value before `unit` on each line of this benchmark (as printed, with the
// GOMAXPROCS suffix).
QList<double> goValuesIn(const QString &text, const QString &benchmark, const QString &unit)
{
    QList<double> values;
    const QRegularExpression pattern(u"^"_s + QRegularExpression::escape(benchmark) + u"\\s.*?([0-9.]+) "_s
        + QRegularExpression::escape(unit) + u"(\\s|$)"_s);
    for (const QString &line : text.split(u'\n')) {
        const auto match = pattern.match(line);
        if (match.hasMatch())
            values.append(match.captured(1).toDouble());
    }
    return values;
}

QList<double> goValues(const QString &file, const QString &benchmark, const QString &unit)
{
    return goValuesIn(QString::fromUtf8(readFile(fixture(file))), benchmark, unit);
}

QList<double> scaled(const QList<double> &values, double factor)
{
    QList<double> out;
    for (double value : values)
        out.append(value * factor);
    return out;
}

const QString goPackage = u"example.org/benchfixture"_s;

} // namespace

class TestAdaptMore : public QObject
{
    Q_OBJECT

private slots:
    void pytestBenchmarkWithData()
    {
        const QString file = u"pytest/with-data.json"_s;
        ProgramRun program;
        const auto results = adapt(u"pytest"_s, fixture(file), &program);
        QCOMPARE(program.exitCode, 0);
        QCOMPARE(results.size(), 5); // test_raises and test_skipped are not in the file
        // Parameters and the group are tags; the rounds are the data, in seconds.
        for (const QString &n : {u"5"_s, u"15"_s}) {
            const QJsonObject fib = byTags(
                results, {{"name"_L1, "test_bench.py::test_fib"_L1}, {"group"_L1, "fib"_L1}, {"n"_L1, n}});
            const QJsonObject entry = pytestEntry(file, u"test_bench.py::test_fib[%1]"_s.arg(n));
            QCOMPARE(unitOf(fib), u"s"_s);
            QCOMPARE(dataOf(fib), numbers(entry.value("stats"_L1).toObject().value("data"_L1).toArray()));
            QCOMPARE(dataOf(fib).size(), entry.value("stats"_L1).toObject().value("rounds"_L1).toInt());
            QCOMPARE(fib.value("stats"_L1).toObject().value("iterations"_L1).toInt(),
                entry.value("stats"_L1).toObject().value("iterations"_L1).toInt());
        }
        // Sub-microsecond and multi-millisecond values keep their scale.
        const QJsonObject noop = byTags(results, {{"name"_L1, "test_bench.py::test_noop"_L1}});
        QVERIFY(!dataOf(noop).isEmpty());
        QVERIFY(dataOf(noop).constFirst() < 1e-5);
        const QJsonObject sleep = byTags(results, {{"name"_L1, "test_bench.py::test_sleep"_L1}});
        QCOMPARE(dataOf(sleep).size(), 3);
        QVERIFY(dataOf(sleep).constFirst() > 2e-3);
        QCOMPARE(sleep.value("stats"_L1).toObject().value("iterations"_L1).toInt(), 2);
        // A single round.
        const QJsonObject once = byTags(results, {{"name"_L1, "test_bench.py::test_once"_L1}});
        QCOMPARE(dataOf(once),
            numbers(pytestEntry(file, u"test_bench.py::test_once"_s)
                        .value("stats"_L1)
                        .toObject()
                        .value("data"_L1)
                        .toArray()));
        QCOMPARE(dataOf(once).size(), 1);
        QCOMPARE(once.value("context"_L1).toObject().value("benchmark_language"_L1).toString(), u"Python"_s);
        QCOMPARE(
            once.value("info"_L1).toObject().value("pytest_benchmark_version"_L1).toString(), u"3.2.2"_s);
    }

    void pytestBenchmarkSummaryOnly()
    {
        const QString file = u"pytest/summary.json"_s;
        ProgramRun program;
        const auto results = adapt(u"auto"_s, fixture(file), &program, {u"-v"_s});
        QCOMPARE(program.exitCode, 0);
        QCOMPARE(results.size(), 5);
        QVERIFY2(program.err.contains("read as pytest"), program.err.constData());
        QVERIFY2(program.err.contains("5 benchmarks hold no rounds"), program.err.constData());
        const QJsonObject fib = byTags(
            results, {{"name"_L1, "test_bench.py::test_fib"_L1}, {"group"_L1, "fib"_L1}, {"n"_L1, "15"_L1}});
        const QJsonObject fileStats
            = pytestEntry(file, u"test_bench.py::test_fib[15]"_s).value("stats"_L1).toObject();
        QVERIFY(!fileStats.contains("data"_L1));
        const QJsonObject stats = fib.value("stats"_L1).toObject();
        QCOMPARE(dataOf(fib), (QList<double> {fileStats.value("mean"_L1).toDouble()}));
        QCOMPARE(stats.value("median"_L1).toDouble(), fileStats.value("median"_L1).toDouble());
        QCOMPARE(stats.value("stdev"_L1).toDouble(), fileStats.value("stddev"_L1).toDouble());
        QCOMPARE(stats.value("q1"_L1).toDouble(), fileStats.value("q1"_L1).toDouble());
        QCOMPARE(stats.value("iterations"_L1).toInt(), fileStats.value("iterations"_L1).toInt());
        QCOMPARE(
            fib.value("info"_L1).toObject().value("rounds"_L1).toInt(), fileStats.value("rounds"_L1).toInt());
        QCOMPARE(unitOf(fib), u"s"_s);
    }

    // Python's json module writes NaN and Infinity as bare tokens (here in extra_info): the file is
    // read, and such a value is null.
    void pytestBenchmarkNonFiniteValues()
    {
        const QString file = u"pytest/non-finite.json"_s;
        QVERIFY(readFile(fixture(file)).contains("\"hit_ratio\": NaN"));
        ProgramRun program;
        const auto results = adapt(u"auto"_s, fixture(file), &program, {u"-v"_s});
        QVERIFY2(program.exitCode == 0, program.err.constData());
        QCOMPARE(results.size(), 1);
        const QJsonObject ratio = byTags(results, {{"name"_L1, "test_non_finite.py::test_ratio"_L1}});
        const QJsonObject extra = ratio.value("info"_L1).toObject().value("extra_info"_L1).toObject();
        QVERIFY(extra.contains("hit_ratio"_L1));
        QVERIFY(extra.value("hit_ratio"_L1).isNull());
        QVERIFY(extra.value("speedup"_L1).isNull());
        QCOMPARE(extra.value("hits"_L1).toInt(-1), 0);
        QCOMPARE(dataOf(ratio).size(), ratio.value("info"_L1).toObject().value("rounds"_L1).toInt());
        QVERIFY(dataOf(ratio).constFirst() > 0);
        QVERIFY2(program.err.contains("2 values written as NaN or Infinity are read as null."),
            program.err.constData());
    }

    void catch2Xml()
    {
        const QString file = u"catch2/plain.xml"_s;
        ProgramRun program;
        const auto results = adapt(u"catch2"_s, fixture(file), &program);
        QCOMPARE(program.exitCode, 0);
        QCOMPARE(results.size(), 5);
        for (const auto &[name, testCase] :
            {std::pair {u"fib 5"_s, u"Fibonacci"_s}, std::pair {u"fib 20"_s, u"Fibonacci"_s},
                std::pair {u"sort 1000"_s, u"Sorting"_s}, std::pair {u"sleep 2ms"_s, u"Sleeping"_s}}) {
            const QJsonObject result = byTags(results, {{"name"_L1, name}, {"test_case"_L1, testCase}});
            QVERIFY2(!result.isEmpty(), qPrintable(name));
            QCOMPARE(unitOf(result), u"ns"_s);
            const QXmlStreamAttributes mean = catch2Element(file, name, u"mean"_s);
            QCOMPARE(dataOf(result), (QList<double> {mean.value("value"_L1).toDouble()}));
            QCOMPARE(result.value("info"_L1).toObject().value("samples"_L1).toInt(), 20);
            QCOMPARE(result.value("info"_L1).toObject().value("mean_lower_bound_ns"_L1).toDouble(),
                mean.value("lowerBound"_L1).toDouble());
            QCOMPARE(result.value("stats"_L1).toObject().value("stdev"_L1).toDouble(),
                catch2Element(file, name, u"standardDeviation"_s).value("value"_L1).toDouble());
        }
        // Sub-microsecond and multi-millisecond, both in ns.
        QVERIFY(dataOf(byTags(results, {{"name"_L1, "fib 5"_L1}, {"test_case"_L1, "Fibonacci"_L1}})).value(0)
            < 1000);
        QVERIFY(
            dataOf(byTags(results, {{"name"_L1, "sleep 2ms"_L1}, {"test_case"_L1, "Sleeping"_L1}})).value(0)
            > 2e6);
        // The benchmark that threw.
        const QJsonObject throws
            = byTags(results, {{"name"_L1, "throws"_L1}, {"test_case"_L1, "Throwing"_L1}});
        QCOMPARE(throws.value("error"_L1).toObject().value("message"_L1).toString(),
            catch2Element(file, u"throws"_s, u"failed"_s).value("message"_L1).toString());
        QCOMPARE(throws.value("error"_L1).toObject().value("message"_L1).toString(),
            u"the input file is missing"_s);
        QVERIFY(!throws.contains("stats"_L1));

        // One sample, and --benchmark-no-analysis: no standard deviation of 0 is made up.
        const auto single = adapt(u"auto"_s, fixture(u"catch2/single-sample.xml"_s));
        QCOMPARE(single.size(), 2);
        const QJsonObject fib = byTags(single, {{"name"_L1, "fib 20"_L1}, {"test_case"_L1, "Fibonacci"_L1}});
        QCOMPARE(fib.value("info"_L1).toObject().value("samples"_L1).toInt(), 1);
        QVERIFY(!fib.value("stats"_L1).toObject().contains("stdev"_L1));
        QVERIFY(!fib.value("info"_L1)
                     .toObject()
                     .value("outliers"_L1)
                     .toObject()
                     .contains("variance"_L1)); // "-nan"
        const auto noAnalysis = adapt(u"auto"_s, fixture(u"catch2/no-analysis.xml"_s));
        QCOMPARE(noAnalysis.size(), 2);
        QCOMPARE(dataOf(byTags(noAnalysis, {{"name"_L1, "sort 1000"_L1}, {"test_case"_L1, "Sorting"_L1}})),
            (QList<double> {catch2Element(u"catch2/no-analysis.xml"_s, u"sort 1000"_s, u"mean"_s)
                                .value("value"_L1)
                                .toDouble()}));
    }

    void goText()
    {
        const QString file = u"gotest/count3.txt"_s;
        ProgramRun program;
        const auto results = adapt(u"go"_s, fixture(file), &program, {u"-v"_s});
        QCOMPARE(program.exitCode, 0);
        // Add, Sort×2 (+ MB/s each), Sleep, Join, and the failing one.
        QCOMPARE(results.size(), 8);
        const QJsonObject base {{"package"_L1, goPackage}, {"gomaxprocs"_L1, "2"_L1}};
        const auto tags = [&](const QJsonObject &more) {
            QJsonObject all = base;
            for (auto it = more.begin(); it != more.end(); ++it)
                all.insert(it.key(), it.value());
            return all;
        };
        // -count 3: three runs are the data, in ns; sub-microsecond and multi-millisecond.
        const QJsonObject add = byTags(results, tags({{"name"_L1, "BenchmarkAdd"_L1}}));
        QCOMPARE(unitOf(add), u"ns"_s);
        QCOMPARE(dataOf(add), goValues(file, u"BenchmarkAdd-2"_s, u"ns/op"_s));
        QCOMPARE(dataOf(add).size(), 3);
        QCOMPARE(add.value("stats"_L1).toObject().value("iterations"_L1).toInt(), 100);
        const QJsonObject sleep = byTags(results, tags({{"name"_L1, "BenchmarkSleep"_L1}}));
        QCOMPARE(dataOf(sleep), goValues(file, u"BenchmarkSleep-2"_s, u"ns/op"_s));
        QVERIFY(dataOf(sleep).value(0) > 2e6);
        // b.ReportMetric's units without a Conbench unit are kept in info.
        QCOMPARE(sleep.value("info"_L1).toObject().value("ns/call"_L1).toDouble(), 2e6);
        QCOMPARE(sleep.value("info"_L1).toObject().value("calls"_L1).toDouble(), 100.0);
        // Parameters from the sub-benchmark's name; MB/s its own result in B/s; B/op and allocs/op in info.
        for (const QString &size : {u"100"_s, u"10000"_s}) {
            const QString printed = u"BenchmarkSort/size=%1-2"_s.arg(size);
            const QJsonObject sort
                = byTags(results, tags({{"name"_L1, "BenchmarkSort"_L1}, {"size"_L1, size}}));
            QCOMPARE(dataOf(sort), goValues(file, printed, u"ns/op"_s));
            QCOMPARE(sort.value("info"_L1).toObject().value("allocs/op"_L1).toDouble(), 2.0);
            const QList<double> bytes = goValues(file, printed, u"B/op"_s);
            QCOMPARE(sort.value("info"_L1).toObject().value("B/op"_L1).toDouble(),
                (bytes.value(0) + bytes.value(1) + bytes.value(2)) / 3);
            const QJsonObject throughput = byTags(results,
                tags({{"name"_L1, "BenchmarkSort"_L1}, {"size"_L1, size}, {"metric"_L1, "MB/s"_L1}}));
            QCOMPARE(unitOf(throughput), u"B/s"_s);
            const QList<double> expected = scaled(goValues(file, printed, u"MB/s"_s), 1e6);
            QCOMPARE(dataOf(throughput).size(), 3);
            for (qsizetype i = 0; i < expected.size(); ++i)
                QVERIFY(qAbs(dataOf(throughput).at(i) - expected.at(i)) < 1e-3);
        }
        // Nested sub-benchmarks without "=" stay in the name.
        QCOMPARE(dataOf(byTags(results, tags({{"name"_L1, "BenchmarkJoin/words/short_list"_L1}}))),
            goValues(file, u"BenchmarkJoin/words/short_list-2"_s, u"ns/op"_s));
        // The failing benchmark, with its log as the message.
        const QJsonObject fails = byTags(results, tags({{"name"_L1, "BenchmarkFails"_L1}}));
        QCOMPARE(fails.value("error"_L1).toObject().value("message"_L1).toString(),
            u"bench_test.go:59: the input file is missing"_s);
        QVERIFY(!fails.contains("stats"_L1));
        QVERIFY2(
            program.err.contains("The metrics B/op, allocs/op, calls, ns/call have no Conbench unit; they "
                                 "are kept in info."),
            program.err.constData());
        QCOMPARE(add.value("context"_L1).toObject().value("goarch"_L1).toString(), u"amd64"_s);
    }

    void goSingleRunAndGomaxprocs()
    {
        // -count 1 -cpu 1,2 -v: one run each; no suffix means GOMAXPROCS=1; a skipped benchmark is a note.
        const QString file = u"gotest/single-verbose.txt"_s;
        ProgramRun program;
        const auto results = adapt(u"auto"_s, fixture(file), &program, {u"-v"_s});
        QCOMPARE(program.exitCode, 0);
        QCOMPARE(results.size(), 15);
        for (const auto &[procs, printed] :
            {std::pair {u"1"_s, u"BenchmarkAdd"_s}, std::pair {u"2"_s, u"BenchmarkAdd-2"_s}}) {
            const QJsonObject add = byTags(results,
                {{"name"_L1, "BenchmarkAdd"_L1}, {"package"_L1, goPackage}, {"gomaxprocs"_L1, procs}});
            QCOMPARE(dataOf(add), goValues(file, printed, u"ns/op"_s));
            QCOMPARE(dataOf(add).size(), 1);
        }
        // Two GOMAXPROCS in the file: the failure cannot say which it ran with.
        const QJsonObject fails
            = byTags(results, {{"name"_L1, "BenchmarkFails"_L1}, {"package"_L1, goPackage}});
        QCOMPARE(fails.value("error"_L1).toObject().value("message"_L1).toString(),
            u"bench_test.go:59: the input file is missing"_s);
        for (const QJsonObject &result : results)
            QVERIFY(result.value("tags"_L1).toObject().value("name"_L1).toString() != u"BenchmarkSkipped"_s);
        QVERIFY2(program.err.contains("Skipped, so not results: BenchmarkSkipped."), program.err.constData());
    }

    // A benchmark that prints to standard output: without -v, go test prints its name, then what it
    // printed, then the figures on a line of their own.
    void goSplitResultLines()
    {
        const QString file = u"gotest/prints.txt"_s;
        const QString text = QString::fromUtf8(readFile(fixture(file)));
        QVERIFY(text.contains(u"BenchmarkPrints-2   \tprinted by benchmark\nmore log\n"_s));
        QList<double> printed;
        static const QRegularExpression figures(u"^\\s*100\\t\\s*([0-9.]+) ns/op$"_s);
        for (const QString &line : text.split(u'\n')) {
            if (const auto match = figures.match(line); match.hasMatch())
                printed.append(match.captured(1).toDouble());
        }
        QCOMPARE(printed.size(), 2);
        ProgramRun program;
        const auto results = adapt(u"go"_s, fixture(file), &program);
        QVERIFY2(program.exitCode == 0, program.err.constData());
        QCOMPARE(results.size(), 2);
        const QJsonObject prints = byTags(results,
            {{"name"_L1, "BenchmarkPrints"_L1}, {"package"_L1, goPackage}, {"gomaxprocs"_L1, "2"_L1}});
        QCOMPARE(dataOf(prints), printed);
        QCOMPARE(prints.value("stats"_L1).toObject().value("iterations"_L1).toInt(), 100);
        QCOMPARE(dataOf(byTags(results,
                     {{"name"_L1, "BenchmarkAdd"_L1}, {"package"_L1, goPackage}, {"gomaxprocs"_L1, "2"_L1}})),
            goValues(file, u"BenchmarkAdd-2"_s, u"ns/op"_s));
        QVERIFY2(!program.err.contains("warning"), program.err.constData());
    }

    // A file cut short in a result line: the line is left out with a warning naming it (without
    // --verbose), the lines before it are read.
    void goUnreadableLineIsAWarning()
    {
        const QByteArray whole = readFile(fixture(u"gotest/count3.txt"_s));
        const qsizetype cut = whole.indexOf("56.36 MB/s");
        QVERIFY(cut > 0);
        const QByteArray truncated = whole.left(cut + 3); // "… 14194 ns/op\t  56."
        const QByteArray lastLine = truncated.mid(truncated.lastIndexOf('\n') + 1).trimmed();
        QVERIFY(lastLine.startsWith("BenchmarkSort/size=100-2"));
        const int lineNumber = int(truncated.count('\n')) + 1;
        QTemporaryDir dir;
        QFile file(dir.filePath(u"go.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(truncated);
        file.close();
        ProgramRun program;
        const auto results = adapt(u"go"_s, file.fileName(), &program);
        QVERIFY2(program.exitCode == 0, program.err.constData());
        QCOMPARE(results.size(), 1); // BenchmarkAdd
        QCOMPARE(dataOf(results.value(0)).size(), 3);
        QVERIFY2(program.err.contains(u"warning: %1: line %2 starts like a benchmark's result but cannot be "
                                      "read, so it is left out: \"%3\""_s.arg(file.fileName())
                                          .arg(lineNumber)
                                          .arg(QString::fromUtf8(lastLine))
                                          .toUtf8()),
            program.err.constData());
    }

    void goTestsBesideBenchmarks()
    {
        // A skipped or passing test is neither a result nor a skipped benchmark.
        const QString file = u"gotest/with-tests.txt"_s;
        ProgramRun program;
        const auto results = adapt(u"auto"_s, fixture(file), &program, {u"-v"_s});
        QCOMPARE(program.exitCode, 0);
        QCOMPARE(results.size(), 2);
        QCOMPARE(dataOf(byTags(results,
                     {{"name"_L1, "BenchmarkAdd"_L1}, {"package"_L1, goPackage}, {"gomaxprocs"_L1, "2"_L1}})),
            goValues(file, u"BenchmarkAdd-2"_s, u"ns/op"_s));
        QVERIFY(byTags(
            results, {{"name"_L1, "BenchmarkFails"_L1}, {"package"_L1, goPackage}, {"gomaxprocs"_L1, "2"_L1}})
                    .contains("error"_L1));
        QVERIFY2(!program.err.contains("TestNetwork"), program.err.constData());
    }

    void goJsonIsTheSameAsText()
    {
        // go test -json splits a result line over several events.
        const QString file = u"gotest/test.json"_s;
        QString text;
        for (const QByteArray &line : readFile(fixture(file)).split('\n')) {
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            if (event.value("Action"_L1).toString() == u"output"_s)
                text += event.value("Output"_L1).toString();
        }
        QTemporaryDir dir;
        QFile out(dir.filePath(u"output.txt"_s));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        out.close();
        ProgramRun program;
        const auto fromJson = adapt(u"auto"_s, fixture(file), &program, {u"-v"_s});
        QCOMPARE(program.exitCode, 0);
        QVERIFY2(program.err.contains("read as go"), program.err.constData());
        QCOMPARE(fromJson.size(), 8);
        const auto fromText = adapt(u"go"_s, out.fileName());
        QCOMPARE(fromText.size(), fromJson.size());
        for (qsizetype i = 0; i < fromJson.size(); ++i) {
            QCOMPARE(fromJson.at(i).value("tags"_L1), fromText.at(i).value("tags"_L1));
            QCOMPARE(fromJson.at(i).value("stats"_L1), fromText.at(i).value("stats"_L1));
            QCOMPARE(fromJson.at(i).value("error"_L1), fromText.at(i).value("error"_L1));
        }
        const QJsonObject sort = byTags(fromJson,
            {{"name"_L1, "BenchmarkSort"_L1}, {"size"_L1, "10000"_L1}, {"package"_L1, goPackage},
                {"gomaxprocs"_L1, "2"_L1}});
        QCOMPARE(dataOf(sort), goValuesIn(text, u"BenchmarkSort/size=10000-2"_s, u"ns/op"_s));
        QCOMPARE(dataOf(sort).size(), 2);
        QVERIFY(!byTags(fromJson,
            {{"name"_L1, "BenchmarkFails"_L1}, {"package"_L1, goPackage}, {"gomaxprocs"_L1, "2"_L1}})
                     .value("error"_L1)
                     .toObject()
                     .isEmpty());
    }

    void emptyFilesAreClearErrors_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        for (const QString &format : {u"auto"_s, u"pytest"_s})
            QTest::addRow("pytest %s", qPrintable(format)) << format << u"pytest/empty.json"_s;
        for (const QString &format : {u"auto"_s, u"catch2"_s})
            QTest::addRow("catch2 %s", qPrintable(format)) << format << u"catch2/empty.xml"_s;
        for (const QString &format : {u"auto"_s, u"go"_s})
            QTest::addRow("go %s", qPrintable(format)) << format << u"gotest/empty.txt"_s;
    }

    void emptyFilesAreClearErrors()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        ProgramRun program;
        QVERIFY(adapt(format, fixture(file), &program).isEmpty());
        QCOMPARE(program.exitCode, 3);
        QVERIFY2(program.err.contains(file.toUtf8() + ": the file is empty."), program.err.constData());
    }

    void wrongFormatIsAClearError()
    {
        ProgramRun program;
        adapt(u"catch2"_s, fixture(u"pytest/with-data.json"_s), &program);
        QCOMPARE(program.exitCode, 3);
        QVERIFY2(program.err.contains("with-data.json: catch2: not valid XML"), program.err.constData());
        adapt(u"pytest"_s, fixture(u"gbench/plain.json"_s), &program);
        QCOMPARE(program.exitCode, 3);
        QVERIFY2(
            program.err.contains("plain.json: pytest: not pytest-benchmark JSON"), program.err.constData());
        adapt(u"go"_s, fixture(u"catch2/bench.cpp"_s), &program);
        QCOMPARE(program.exitCode, 3);
        QVERIFY2(program.err.contains("bench.cpp: go: not go test -bench output"), program.err.constData());
    }

    // "adapt --help" names every format the adapters read, with its tool.
    void adaptHelpNamesEveryFormat()
    {
        const ProgramRun help = run(cliPath(), {u"adapt"_s, u"--help"_s}, cleanEnvironment());
        QCOMPARE(help.exitCode, 0);
        // The description, before the list of subcommands (which names them anyway).
        const QString description
            = QString::fromUtf8(help.out).section(u"Subcommands:"_s, 0, 0).replace(u'\n', u' ').simplified();
        QVERIFY2(description.contains(u"benchmark tools"_s), qPrintable(description));
        QCOMPARE(Adapters::all().size(), size_t(9));
        for (const auto &adapter : Adapters::all()) {
            QVERIFY2(
                description.contains(adapter->name()), qPrintable(adapter->name() + u": "_s + description));
            QVERIFY2(description.contains(adapter->tool(), Qt::CaseInsensitive),
                qPrintable(adapter->tool() + u": "_s + description));
        }
        QVERIFY2(description.contains(u"gbench (Google Benchmark)"_s), qPrintable(description));
    }

    // Each format's recognizes() claims its own files and no other format's, whatever the order of
    // the registry (conbench, the fallback for any JSON object, is left out).
    void recognitionIsExclusive()
    {
        const QHash<QString, QString> folderFormat {{u"gbench"_s, u"gbench"_s},
            {u"hyperfine"_s, u"hyperfine"_s}, {u"custom"_s, u"custom"_s}, {u"pytest"_s, u"pytest"_s},
            {u"catch2"_s, u"catch2"_s}, {u"gotest"_s, u"go"_s}, {u"criterion"_s, u"criterion"_s},
            {u"vitest"_s, u"vitest"_s}};
        const QDir root(fixture(QString()));
        int files = 0;
        for (const QString &folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QVERIFY2(folderFormat.contains(folder), qPrintable(folder));
            const QDir dir(root.filePath(folder));
            for (const QString &name : dir.entryList(QDir::Files)) {
                const QByteArray content = readFile(dir.filePath(name));
                if (content.trimmed().isEmpty())
                    continue;
                const bool isOutput = !name.endsWith(u".md"_s) && !name.endsWith(u".cpp"_s)
                    && !name.endsWith(u".go"_s) && !name.endsWith(u".py"_s) && !name.endsWith(u".rs"_s)
                    && name != u"go.mod"_s;
                for (const auto &adapter : Adapters::all()) {
                    if (adapter->name() == u"conbench"_s)
                        continue;
                    const bool expected = isOutput && adapter->name() == folderFormat.value(folder);
                    QVERIFY2(adapter->recognizes(name, content.left(4096)) == expected,
                        qPrintable(u"%1/%2 by %3"_s.arg(folder, name, adapter->name())));
                }
                ++files;
            }
        }
        QVERIFY(files >= 27);
    }

    void theServerAcceptsEveryResult_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("2023") << u"2023"_s;
        QTest::newRow("current") << u"current"_s;
    }

    void theServerAcceptsEveryResult()
    {
        QFETCH(QString, mode);
        TestServer server;
        QVERIFY(server.start(mode));
        QTemporaryDir dir;
        QProcessEnvironment env = server.environment();
        env.insert(u"BENCHCONNECT_OUTBOX"_s, dir.filePath(u"outbox"_s));
        env.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"example/project"_s);
        env.insert(u"CONBENCH_PROJECT_COMMIT"_s, u"0123456789abcdef0123456789abcdef01234567"_s);
        int expected = 0;
        QSet<QString> units;
        int errors = 0;
        for (const QString &file : {u"pytest/with-data.json"_s, u"pytest/summary.json"_s,
                 u"pytest/non-finite.json"_s, u"catch2/plain.xml"_s, u"catch2/single-sample.xml"_s,
                 u"catch2/no-analysis.xml"_s, u"gotest/count3.txt"_s, u"gotest/single-verbose.txt"_s,
                 u"gotest/test.json"_s, u"gotest/with-tests.txt"_s, u"gotest/prints.txt"_s}) {
            const ProgramRun adapted
                = run(cliPath(), {u"adapt"_s, u"auto"_s, u"--path"_s, fixture(file)}, env);
            QCOMPARE(adapted.exitCode, 0);
            QByteArray ndjson;
            for (const QString &line : adapted.outLines()) {
                QJsonObject result = QJsonDocument::fromJson(line.toUtf8()).object();
                result.insert("run_id"_L1, u"adapters-more-%1"_s.arg(mode));
                units.insert(result.value("stats"_L1).toObject().value("unit"_L1).toString());
                if (result.contains("error"_L1))
                    ++errors;
                ndjson += QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n';
                ++expected;
            }
            const ProgramRun posted = run(cliPath(), {u"post"_s, u"result"_s, u"-"_s}, env, ndjson);
            QVERIFY2(posted.exitCode == 0, qPrintable(file + u": "_s + QString::fromUtf8(posted.err)));
        }
        QCOMPARE(expected, 5 + 5 + 1 + 5 + 2 + 2 + 8 + 15 + 8 + 2 + 2);
        QCOMPARE(errors, 2 + 4); // Catch2's throws ×2, Go's BenchmarkFails ×4
        QCOMPARE(units, (QSet<QString> {u"s"_s, u"ns"_s, u"B/s"_s, QString()}));
        QCOMPARE(server.results().size(), expected);
    }
};

QTEST_GUILESS_MAIN(TestAdaptMore)
#include "tst_adapt_more.moc"

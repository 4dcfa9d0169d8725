// Benchmark tools' output turned into Conbench results by the real program ("adapt"), checked by
// value against the fixture files the tools wrote, and accepted by the test server in both
// generations.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

QString fixture(const QString &name)
{
    return sourceDir() + u"/tests/core/data/adapters/"_s + name;
}

QJsonDocument readJson(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    // Google Benchmark writes a NaN as a bare token, which is not JSON.
    return QJsonDocument::fromJson(file.readAll().replace(": NaN", ": null"));
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
    for (const QJsonObject &result : results) {
        if (result.value("tags"_L1).toObject() == tags)
            return result;
    }
    return {};
}

// The gbench rows of one instance (its repetitions), in repetition order.
QList<double> gbenchTimes(const QString &file, const QString &runName)
{
    QList<double> times;
    for (const QJsonValue &row : readJson(fixture(file)).object().value("benchmarks"_L1).toArray()) {
        const QJsonObject r = row.toObject();
        if (r.value("run_name"_L1).toString() == runName
            && r.value("run_type"_L1).toString() == u"iteration"_s)
            times.append(r.value("real_time"_L1).toDouble());
    }
    return times;
}

QList<double> dataOf(const QJsonObject &result)
{
    QList<double> data;
    for (const QJsonValue &value : result.value("stats"_L1).toObject().value("data"_L1).toArray())
        data.append(value.toDouble());
    return data;
}

QList<double> scaled(const QList<double> &values, double factor)
{
    QList<double> out;
    for (double value : values)
        out.append(value * factor);
    return out;
}

} // namespace

class TestAdapt : public QObject
{
    Q_OBJECT

private slots:
    void googleBenchmark()
    {
        const auto results = adapt(u"gbench"_s, fixture(u"gbench/plain.json"_s));
        QCOMPARE(results.size(), 8);
        const QJsonObject sort = byTags(results, {{"name"_L1, "BM_Sort"_L1}, {"arg0"_L1, "4096"_L1}});
        QCOMPARE(sort.value("stats"_L1).toObject().value("unit"_L1).toString(), u"ns"_s);
        QCOMPARE(dataOf(sort), gbenchTimes(u"gbench/plain.json"_s, u"BM_Sort/4096"_s));
        QVERIFY(sort.value("info"_L1).toObject().value("items_per_second"_L1).toDouble() > 0);
        QCOMPARE(sort.value("context"_L1).toObject().value("benchmark_language"_L1).toString(), u"C++"_s);
        QCOMPARE(sort.value("info"_L1).toObject().value("host_name"_L1).toString(),
            readJson(fixture(u"gbench/plain.json"_s))
                .object()
                .value("context"_L1)
                .toObject()
                .value("host_name"_L1)
                .toString());
        // Microseconds become nanoseconds; milliseconds seconds; named arguments are tags.
        const QJsonObject copy = byTags(results, {{"name"_L1, "BM_Copy"_L1}, {"size"_L1, "8"_L1}});
        QCOMPARE(dataOf(copy), scaled(gbenchTimes(u"gbench/plain.json"_s, u"BM_Copy/size:8"_s), 1000));
        QVERIFY(copy.value("info"_L1).toObject().contains("copies"_L1));
        const QJsonObject sleepy = byTags(results, {{"name"_L1, "BM_Sleepy"_L1}});
        QCOMPARE(sleepy.value("stats"_L1).toObject().value("unit"_L1).toString(), u"s"_s);
        QCOMPARE(dataOf(sleepy), scaled(gbenchTimes(u"gbench/plain.json"_s, u"BM_Sleepy"_s), 1e-3));
        // Templates and threads.
        QVERIFY(!byTags(results, {{"name"_L1, "BM_Accumulate"_L1}, {"template"_L1, "int"_L1}}).isEmpty());
        QVERIFY(!byTags(
            results, {{"name"_L1, "BM_Accumulate"_L1}, {"template"_L1, "double"_L1}, {"threads"_L1, "2"_L1}})
                     .isEmpty());
        // A benchmark that skipped with an error is an error result without stats.
        const QJsonObject fails = byTags(results, {{"name"_L1, "BM_Fails"_L1}});
        QCOMPARE(fails.value("error"_L1).toObject().value("message"_L1).toString(),
            u"the input file is missing"_s);
        QVERIFY(!fails.contains("stats"_L1));
        // Augmented as "augment result" does.
        for (const QJsonObject &result : results) {
            QCOMPARE(result.value("batch_id"_L1).toString().size(), 32);
            QVERIFY(result.contains("machine_info"_L1));
        }
    }

    void googleBenchmarkRepetitionsAndAggregates()
    {
        ProgramRun program;
        const auto results = adapt(u"auto"_s, fixture(u"gbench/repetitions.json"_s), &program);
        QCOMPARE(results.size(), 3); // BM_Sort/64, BM_Sort/4096, BM_Fails; no aggregate rows
        const QJsonObject sort = byTags(results, {{"name"_L1, "BM_Sort"_L1}, {"arg0"_L1, "64"_L1}});
        QCOMPARE(dataOf(sort).size(), 3);
        QCOMPARE(dataOf(sort), gbenchTimes(u"gbench/repetitions.json"_s, u"BM_Sort/64"_s));
        const auto complexity = adapt(u"gbench"_s, fixture(u"gbench/complexity.json"_s));
        QCOMPARE(complexity.size(), 4);
        for (const QJsonObject &result : complexity)
            QCOMPARE(result.value("tags"_L1).toObject().value("name"_L1).toString(), u"BM_Fill"_s);
    }

    // Written with --benchmark_report_aggregates_only: the file holds each instance's mean, median,
    // stddev and cv but not its repetitions. The mean is the one data point, the others beside it.
    void googleBenchmarkAggregatesOnly()
    {
        const QString file = u"gbench/aggregates-only.json"_s;
        ProgramRun program;
        const auto results = adapt(u"auto"_s, fixture(file), &program);
        QVERIFY2(program.exitCode == 0, program.err.constData());
        QCOMPARE(results.size(), 4); // BM_Sort/64, BM_Sort/4096, BM_Idle; BM_Fails, which has repetitions
        const auto aggregate = [&](const QString &runName, const QString &name) {
            for (const QJsonValue &row : readJson(fixture(file)).object().value("benchmarks"_L1).toArray()) {
                if (row.toObject().value("run_name"_L1).toString() == runName
                    && row.toObject().value("aggregate_name"_L1).toString() == name)
                    return row.toObject();
            }
            return QJsonObject();
        };
        for (const QString &arg : {u"64"_s, u"4096"_s}) {
            const QString runName = u"BM_Sort/"_s + arg;
            const QJsonObject sort = byTags(results, {{"name"_L1, "BM_Sort"_L1}, {"arg0"_L1, arg}});
            const QJsonObject stats = sort.value("stats"_L1).toObject();
            const double mean = aggregate(runName, u"mean"_s).value("real_time"_L1).toDouble();
            QVERIFY(mean > 0);
            QCOMPARE(dataOf(sort), QList<double> {mean});
            QCOMPARE(stats.value("unit"_L1).toString(), u"ns"_s);
            QCOMPARE(stats.value("mean"_L1).toDouble(), mean);
            QCOMPARE(stats.value("median"_L1).toDouble(),
                aggregate(runName, u"median"_s).value("real_time"_L1).toDouble());
            QCOMPARE(stats.value("stdev"_L1).toDouble(),
                aggregate(runName, u"stddev"_s).value("real_time"_L1).toDouble());
            // An aggregate's "iterations" counts the repetitions: not stats.iterations.
            QVERIFY(!stats.contains("iterations"_L1));
            QCOMPARE(sort.value("info"_L1).toObject().value("repetitions"_L1).toInt(), 3);
            QCOMPARE(sort.value("info"_L1).toObject().value("items_per_second"_L1).toDouble(),
                aggregate(runName, u"mean"_s).value("items_per_second"_L1).toDouble());
        }
        const QJsonObject idle = byTags(results, {{"name"_L1, "BM_Idle"_L1}});
        QCOMPARE(idle.value("info"_L1).toObject().value("retries"_L1).toDouble(-1), 0.0);
        QCOMPARE(byTags(results, {{"name"_L1, "BM_Fails"_L1}})
                     .value("error"_L1)
                     .toObject()
                     .value("message"_L1)
                     .toString(),
            u"the input file is missing"_s);
        // --verbose says why there is one data point.
        const ProgramRun verbose = run(
            cliPath(), {u"adapt"_s, u"gbench"_s, u"-v"_s, u"--path"_s, fixture(file)}, cleanEnvironment());
        QVERIFY2(verbose.err.contains("3 benchmarks have aggregate rows but no repetitions in the file "
                                      "(written with --benchmark_report_aggregates_only)"),
            verbose.err.constData());
    }

    // In a folder of several files, a file's results are not lost without a word: the aggregates-only
    // file is read, and a file that holds no result is a warning (without --verbose).
    void noFileOfAFolderIsLostInSilence()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(fixture(u"gbench/aggregates-only.json"_s), dir.filePath(u"gb.json"_s)));
        QVERIFY(QFile::copy(fixture(u"gotest/count3.txt"_s), dir.filePath(u"go.txt"_s)));
        ProgramRun program;
        const auto results = adapt(u"auto"_s, dir.path(), &program);
        QVERIFY2(program.exitCode == 0, program.err.constData());
        QCOMPARE(results.size(), 4 + 8);
        QVERIFY(!byTags(results, {{"name"_L1, "BM_Sort"_L1}, {"arg0"_L1, "64"_L1}}).isEmpty());
        QVERIFY2(!program.err.contains("warning"), program.err.constData());

        // Google Benchmark's file when the filter matched nothing.
        QFile plain(fixture(u"gbench/plain.json"_s));
        QVERIFY(plain.open(QIODevice::ReadOnly));
        const QByteArray whole = plain.readAll();
        const qsizetype list = whole.indexOf("\"benchmarks\": [");
        QVERIFY(list > 0);
        QFile empty(dir.filePath(u"none.json"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.write(whole.left(list) + "\"benchmarks\": []\n}\n");
        empty.close();
        const auto withEmpty = adapt(u"auto"_s, dir.path(), &program);
        QCOMPARE(program.exitCode, 0);
        QCOMPARE(withEmpty.size(), 4 + 8);
        QVERIFY2(program.err.contains("none.json: read as gbench, but it holds no results"),
            program.err.constData());
    }

    // Google Benchmark writes a value that is not a number as a bare NaN or Infinity (the cv of a
    // counter that stays 0): the file is read, such a value is null.
    void googleBenchmarkNonFiniteValues()
    {
        const QString file = u"gbench/non-finite.json"_s;
        ProgramRun program;
        const auto results = adapt(u"gbench"_s, fixture(file), &program, {u"-v"_s});
        QVERIFY2(program.exitCode == 0, program.err.constData());
        QCOMPARE(results.size(), 1);
        const QJsonObject idle = byTags(results, {{"name"_L1, "BM_Idle"_L1}});
        QCOMPARE(dataOf(idle).size(), 3);
        QVERIFY(dataOf(idle).constFirst() > 0);
        QCOMPARE(idle.value("info"_L1).toObject().value("retries"_L1).toDouble(-1), 0.0);
        QVERIFY2(program.err.contains("1 value written as NaN or Infinity is read as null."),
            program.err.constData());

        // In a repetition: its time is a null data point (Conbench's mark of a repetition without a
        // measurement), a counter's mean is null; the same words inside a string stay as they are.
        QFile original(fixture(file));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray text = original.readAll();
        const qsizetype firstRow = text.indexOf("\"repetition_index\": 0");
        QVERIFY(firstRow > 0);
        const qsizetype retries = text.indexOf("\"retries\": 0.", firstRow);
        text.replace(retries, text.indexOf('\n', retries) - retries, "\"retries\": -Infinity");
        const qsizetype secondRow = text.indexOf("\"repetition_index\": 1");
        const qsizetype time = text.indexOf("\"real_time\": ", secondRow);
        text.replace(time, text.indexOf(',', time) - time, "\"real_time\": NaN");
        text.replace(firstRow, 0, "\"label\": \"NaN, Infinity\",\n      ");
        QTemporaryDir dir;
        QFile edited(dir.filePath(u"edited.json"_s));
        QVERIFY(edited.open(QIODevice::WriteOnly));
        edited.write(text);
        edited.close();
        const auto editedResults = adapt(u"gbench"_s, edited.fileName(), &program);
        QVERIFY2(program.exitCode == 0, program.err.constData());
        const QJsonObject result = editedResults.value(0);
        const QJsonArray data = result.value("stats"_L1).toObject().value("data"_L1).toArray();
        QCOMPARE(data.size(), 3);
        QVERIFY(data.at(0).isDouble());
        QVERIFY(data.at(1).isNull());
        QVERIFY(result.value("info"_L1).toObject().value("retries"_L1).isNull());
        QCOMPARE(result.value("info"_L1).toObject().value("label"_L1).toString(), u"NaN, Infinity"_s);

        // A file damaged after a NaN: the error names the place in the file as it is, as for the same
        // file with numbers of the same length instead.
        QByteArray damaged = text;
        const qsizetype nan = damaged.indexOf("NaN,\n");
        QVERIFY(nan > 0);
        damaged.insert(nan + 4, "]");
        QByteArray finite = damaged;
        finite.replace("\"retries\": -Infinity", "\"retries\": -1.000000");
        finite.replace("\"real_time\": NaN", "\"real_time\": 1.0");
        finite.replace("\"retries\": NaN", "\"retries\": 1.0");
        QCOMPARE(finite.size(), damaged.size());
        const auto errorOf = [&](const QString &name, const QByteArray &content) {
            QFile broken(dir.filePath(name));
            broken.open(QIODevice::WriteOnly);
            broken.write(content);
            broken.close();
            ProgramRun failed;
            adapt(u"gbench"_s, broken.fileName(), &failed);
            return std::pair {failed.exitCode, failed.err.mid(failed.err.indexOf("not valid JSON"))};
        };
        const auto [status, message] = errorOf(u"broken.json"_s, damaged);
        QCOMPARE(status, 3);
        const int line = int(damaged.left(nan).count('\n')) + 1;
        QVERIFY2(message.contains(u"(line %1, column"_s.arg(line).toUtf8()), message.constData());
        QCOMPARE(message, errorOf(u"finite.json"_s, finite).second);
    }

    void hyperfine()
    {
        const auto failing = adapt(u"hyperfine"_s, fixture(u"hyperfine/failing.json"_s));
        QCOMPARE(failing.size(), 2);
        const QJsonObject falseCommand = byTags(failing, {{"name"_L1, "false"_L1}});
        QCOMPARE(falseCommand.value("error"_L1).toObject().value("exit_codes"_L1).toArray(),
            (QJsonArray {1, 1, 1}));
        QCOMPARE(dataOf(falseCommand).size(), 3);
        QVERIFY(!byTags(failing, {{"name"_L1, "sleep 0.002"_L1}}).contains("error"_L1));

        const auto parameters = adapt(u"auto"_s, fixture(u"hyperfine/parameters.json"_s));
        QCOMPARE(parameters.size(), 3);
        const QJsonObject two
            = byTags(parameters, {{"name"_L1, "head -c 2000 /dev/zero"_L1}, {"size"_L1, "2"_L1}});
        QCOMPARE(two.value("stats"_L1).toObject().value("unit"_L1).toString(), u"s"_s);
        const QJsonArray times = readJson(fixture(u"hyperfine/parameters.json"_s))
                                     .object()
                                     .value("results"_L1)
                                     .toArray()
                                     .at(1)
                                     .toObject()
                                     .value("times"_L1)
                                     .toArray();
        QCOMPARE(two.value("stats"_L1).toObject().value("data"_L1).toArray(), times);
        QCOMPARE(adapt(u"hyperfine"_s, fixture(u"hyperfine/single.json"_s)).size(), 1);
    }

    void githubActionBenchmarkJson()
    {
        ProgramRun program;
        const auto smaller = adapt(u"custom"_s, fixture(u"custom/smaller-is-better.json"_s), &program);
        QCOMPARE(program.exitCode, 0);
        QCOMPARE(smaller.size(), 2); // "peak memory" in MiB has no Conbench unit
        const QJsonObject parse = byTags(smaller, {{"name"_L1, "parse config"_L1}});
        QCOMPARE(parse.value("stats"_L1).toObject().value("unit"_L1).toString(), u"s"_s);
        QCOMPARE(dataOf(parse), (QList<double> {0.0125}));
        QCOMPARE(parse.value("info"_L1).toObject().value("range"_L1).toString(), u"± 0.4"_s);

        const ProgramRun verbose = run(cliPath(),
            {u"adapt"_s, u"auto"_s, u"-v"_s, u"--path"_s, fixture(u"custom/smaller-is-better.json"_s)},
            cleanEnvironment());
        QVERIFY2(verbose.err.contains("read as custom"), verbose.err.constData());
        QVERIFY2(verbose.err.contains("peak memory: the unit \"MiB\" has no Conbench unit"),
            verbose.err.constData());

        const auto bigger = adapt(u"auto"_s, fixture(u"custom/bigger-is-better.json"_s));
        QCOMPARE(byTags(bigger, {{"name"_L1, "requests"_L1}})
                     .value("stats"_L1)
                     .toObject()
                     .value("unit"_L1)
                     .toString(),
            u"i/s"_s);
        const QJsonObject read = byTags(bigger, {{"name"_L1, "read throughput"_L1}});
        QCOMPARE(read.value("stats"_L1).toObject().value("unit"_L1).toString(), u"B/s"_s);
        QCOMPARE(dataOf(read), (QList<double> {512.25e6}));
    }

    void badInputIsAClearError()
    {
        ProgramRun program;
        adapt(u"auto"_s, fixture(u"gbench/empty.json"_s), &program);
        QCOMPARE(program.exitCode, 3);
        QVERIFY2(program.err.contains("gbench/empty.json: the file is empty"), program.err.constData());

        adapt(u"auto"_s, fixture(u"gbench/bench.cpp"_s), &program);
        QCOMPARE(program.exitCode, 3);
        QVERIFY2(program.err.contains("gbench/bench.cpp: not in a format benchconnect reads"),
            program.err.constData());

        // A file given in the wrong format names the format and what is wrong.
        adapt(u"hyperfine"_s, fixture(u"gbench/plain.json"_s), &program);
        QCOMPARE(program.exitCode, 3);
        QVERIFY2(program.err.contains("plain.json: hyperfine: not hyperfine JSON"), program.err.constData());

        // A FIFO is refused rather than waited on; a file past the size limit is refused.
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"results.json"_s);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        adapt(u"auto"_s, fifo, &program);
        QCOMPARE(program.exitCode, 3);
        QVERIFY2(program.err.contains("FIFO"), program.err.constData());
        const ProgramRun large = run(cliPath(),
            {u"adapt"_s, u"gbench"_s, u"--max-input-size"_s, u"0.001"_s, u"--path"_s,
                fixture(u"gbench/plain.json"_s)},
            cleanEnvironment());
        QCOMPARE(large.exitCode, 3);
        QVERIFY2(large.err.contains("more than the") && large.err.contains("--max-input-size"),
            large.err.constData());

        // Standard input, and no input at all.
        QFile file(fixture(u"hyperfine/plain.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ProgramRun piped = run(cliPath(), {u"adapt"_s, u"auto"_s}, cleanEnvironment(), file.readAll());
        QCOMPARE(piped.exitCode, 0);
        QCOMPARE(piped.outLines().size(), 2);
    }

    // adapt's output is sent with submit result, which adds the run's fields; the README's lines
    // work as they are written, in both server generations, and adapt --help shows the same.
    void theReadmePipelineWorks_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("2023") << u"2023"_s;
        QTest::newRow("current") << u"current"_s;
    }

    void theReadmePipelineWorks()
    {
        QFETCH(QString, mode);
        QFile readme(sourceDir() + u"/README.md"_s);
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        QVERIFY(!text.contains(u"ready for `post result`"_s));
        // The block of the adapters' examples.
        const qsizetype pipeline = text.indexOf(u"benchconnect adapt gbench --path bench.json |"_s);
        QVERIFY(pipeline > 0);
        const qsizetype blockStart = text.lastIndexOf(u"```sh\n"_s, pipeline);
        const QString block = text.mid(blockStart, text.indexOf(u"```\n"_s, pipeline) - blockStart);
        QStringList lines;
        for (const QString &line : block.split(u'\n')) {
            if (line.startsWith(u"benchconnect start run '"_s)
                || line.startsWith(u"benchconnect adapt gbench --path bench.json |"_s)
                || line == u"benchconnect finish run"_s)
                lines.append(line);
        }
        QVERIFY2(lines.size() == 3, qPrintable(lines.join(u'\n')));
        QVERIFY(
            lines.contains(u"benchconnect adapt gbench --path bench.json | benchconnect submit result"_s));

        TestServer server;
        QVERIFY(server.start(mode));
        QTemporaryDir dir;
        QVERIFY(QFile::copy(fixture(u"gbench/plain.json"_s), dir.filePath(u"bench.json"_s)));
        QProcessEnvironment env = server.environment();
        env.insert(u"BENCHCONNECT_OUTBOX"_s, dir.filePath(u"outbox"_s));
        env.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"example/project"_s);
        env.insert(u"CONBENCH_PROJECT_COMMIT"_s, u"0123456789abcdef0123456789abcdef01234567"_s);
        env.insert(u"PATH"_s, QFileInfo(cliPath()).path() + u":/usr/bin:/bin"_s);
        for (const QString &line : std::as_const(lines)) {
            const ProgramRun step = run(u"/bin/sh"_s, {u"-c"_s, line}, env, {}, dir.path());
            QVERIFY2(step.exitCode == 0, qPrintable(line + u": "_s + QString::fromUtf8(step.err)));
        }
        const QJsonArray stored = server.results();
        QCOMPARE(stored.size(), 8);
        for (const QJsonValue &result : stored)
            QVERIFY(!result.toObject().value("run_id"_L1).toString().isEmpty());

        const ProgramRun help = run(cliPath(), {u"adapt"_s, u"gbench"_s, u"--help"_s}, cleanEnvironment());
        QVERIFY2(help.out.contains("benchconnect start run\n")
                && help.out.contains(
                    "benchconnect adapt gbench --path bench.json | benchconnect submit result"),
            help.out.constData());
        QVERIFY2(!help.out.contains("post result"), help.out.constData());
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
        for (const QString &file :
            {u"gbench/plain.json"_s, u"gbench/repetitions.json"_s, u"gbench/complexity.json"_s,
                u"gbench/aggregates-only.json"_s, u"gbench/non-finite.json"_s, u"hyperfine/plain.json"_s,
                u"hyperfine/parameters.json"_s, u"hyperfine/failing.json"_s, u"hyperfine/single.json"_s,
                u"custom/smaller-is-better.json"_s, u"custom/bigger-is-better.json"_s}) {
            const ProgramRun adapted
                = run(cliPath(), {u"adapt"_s, u"auto"_s, u"--path"_s, fixture(file)}, env);
            QCOMPARE(adapted.exitCode, 0);
            QByteArray ndjson;
            for (const QString &line : adapted.outLines()) {
                QJsonObject result = QJsonDocument::fromJson(line.toUtf8()).object();
                result.insert("run_id"_L1, u"adapters-%1"_s.arg(mode));
                ndjson += QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n';
                ++expected;
            }
            const ProgramRun posted = run(cliPath(), {u"post"_s, u"result"_s, u"-"_s}, env, ndjson);
            QVERIFY2(posted.exitCode == 0, qPrintable(file + u": "_s + QString::fromUtf8(posted.err)));
        }
        QCOMPARE(server.results().size(), expected);
    }
};

QTEST_GUILESS_MAIN(TestAdapt)
#include "tst_adapt.moc"

// Values at the edges of what a result can hold, read by the real program from tools' files:
// numbers that overflow once converted into Conbench's unit, NaN and Infinity, empty names,
// benchmarks without samples. What a user sees is the message and the exit status, and what the
// test server stores when the results are posted.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

const QString commit = u"0123456789abcdef0123456789abcdef01234567"_s;

QString writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

ProgramRun adapt(const QString &format, const QString &path)
{
    return run(cliPath(), {u"adapt"_s, format, u"--path"_s, path}, cleanEnvironment());
}

QList<QJsonObject> resultsOf(const ProgramRun &program)
{
    QList<QJsonObject> results;
    for (const QString &line : program.outLines())
        results.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return results;
}

QJsonArray dataOf(const QJsonObject &result)
{
    return result.value("stats"_L1).toObject().value("data"_L1).toArray();
}

// A Google Benchmark file of one benchmark with this real_time (as written) in unit.
QByteArray gbenchFile(const QByteArray &realTime, const QByteArray &unit)
{
    return R"({"context": {"date": "2026-01-01T00:00:00+00:00", "library_build_type": "release"},
  "benchmarks": [{"name": "BM_Big", "run_name": "BM_Big", "run_type": "iteration", "repetitions": 1,
    "repetition_index": 0, "threads": 1, "iterations": 10, "real_time": )"
        + realTime + R"(, "cpu_time": 1.0, "time_unit": ")" + unit + R"("}]})";
}

// Criterion's files of one benchmark: target/criterion/<name>/new/{benchmark,sample}.json.
QString criterionFolder(const QString &root, const QByteArray &iters, const QByteArray &times)
{
    const QString folder = root + u"/target/criterion"_s;
    writeFile(folder + u"/big/new/benchmark.json"_s,
        R"({"group_id": "big", "function_id": null, "value_str": null, "throughput": null,
            "full_id": "big", "directory_name": "big", "title": "big"})");
    writeFile(folder + u"/big/new/sample.json"_s,
        R"({"sampling_mode": "Linear", "iters": )" + iters + R"(, "times": )" + times + "}");
    return folder;
}

} // namespace

class TestAdaptValues : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    // A value that the file can hold but that overflows once converted into Conbench's unit would
    // be sent as null: the file is refused with a message naming it, the benchmark and the value.
    void valueBeyondRangeAfterConversionIsRefused()
    {
        // github-action-benchmark: 1e300 GB/s is 1e309 B/s.
        const QString custom = writeFile(m_dir.filePath(u"custom.json"_s),
            R"([{"name": "fine", "unit": "GB/s", "value": 2.5},
                {"name": "huge", "unit": "GB/s", "value": 1e300}])");
        ProgramRun program = adapt(u"custom"_s, custom);
        QCOMPARE(program.exitCode, 3);
        QVERIFY2(program.err.contains(
                     (custom + u": custom: huge: the value 1e+300 GB/s is too large: in B/s it is beyond"_s)
                         .toUtf8()),
            program.err.constData());
        QVERIFY2(program.out.isEmpty(), program.out.constData());
        // The same value in a unit it fits in is kept as it is.
        writeFile(custom, R"([{"name": "huge", "unit": "B/s", "value": 1e300}])");
        program = adapt(u"auto"_s, custom);
        QVERIFY2(program.exitCode == 0, program.err.constData());
        QCOMPARE(dataOf(resultsOf(program).value(0)), (QJsonArray {1e300}));

        // Google Benchmark: microseconds become nanoseconds.
        const QString gbench = writeFile(m_dir.filePath(u"gbench.json"_s), gbenchFile("1e306", "us"));
        program = adapt(u"gbench"_s, gbench);
        QCOMPARE(program.exitCode, 3);
        QVERIFY2(
            program.err.contains((gbench + u": gbench: BM_Big: the value 1e+306 us is too large"_s).toUtf8()),
            program.err.constData());
        QVERIFY(program.out.isEmpty());

        // go test: a metric in GB/s.
        const QString go = writeFile(m_dir.filePath(u"go.txt"_s),
            "goos: linux\ngoarch: amd64\npkg: example.com/big\n"
            "BenchmarkCopy-8   \t     100\t      12.5 ns/op\t 1e+301 GB/s\nPASS\n");
        program = adapt(u"go"_s, go);
        QCOMPARE(program.exitCode, 3);
        QVERIFY2(program.err.contains(
                     (go + u": go: BenchmarkCopy-8: the value 1e+301 GB/s is too large: in B/s"_s).toUtf8()),
            program.err.constData());
        QVERIFY(program.out.isEmpty());

        // Criterion: the time of a sample divided by its (damaged, fractional) iteration count.
        const QString criterion = criterionFolder(m_dir.filePath(u"rust"_s), "[1e-300]", "[1e300]");
        program = adapt(u"criterion"_s, criterion);
        QCOMPARE(program.exitCode, 3);
        QVERIFY2(program.err.contains("big: 1e+300 ns over 1e-300 iterations is beyond the largest number"),
            program.err.constData());
        QVERIFY(program.out.isEmpty());
    }

    // Posted straight from the tool's file, such a value leaves nothing on the server.
    void valueBeyondRangeReachesNoServer()
    {
        TestServer server;
        QVERIFY(server.start(u"current"_s));
        QProcessEnvironment env = server.environment();
        env.insert(u"BENCHCONNECT_OUTBOX"_s, m_dir.filePath(u"outbox"_s));
        env.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"example/project"_s);
        env.insert(u"CONBENCH_PROJECT_COMMIT"_s, commit);
        const QString custom = writeFile(
            m_dir.filePath(u"post.json"_s), R"([{"name": "huge", "unit": "GB/s", "value": 1e300}])");
        const QString work = m_dir.filePath(u"work"_s);
        QVERIFY(QDir().mkpath(work));
        const ProgramRun started
            = run(cliPath(), {u"start"_s, u"run"_s, u"--json"_s, u"{\"reason\": \"test\"}"_s}, env, {}, work);
        QVERIFY2(started.exitCode == 0, started.err.constData());
        const ProgramRun submitted = run(cliPath(),
            {u"submit"_s, u"result"_s, u"--format"_s, u"custom"_s, u"--path"_s, custom}, env, {}, work);
        QCOMPARE(submitted.exitCode, 3);
        QVERIFY2(
            submitted.err.contains("huge: the value 1e+300 GB/s is too large"), submitted.err.constData());
        QCOMPARE(server.results().size(), 0);
    }

    // NaN and Infinity (as Python's json module, go test and C++ streams write them; null from
    // JavaScript and Rust) are read as Google Benchmark's and pytest-benchmark's files are: the file
    // is read, such a measurement is a null data point (Conbench's mark of a repetition without a
    // measurement), and --verbose counts them. The server takes the results so.
    void nonFiniteValuesAreNullDataPoints_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file"); // under the temporary folder; a folder for criterion
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QJsonArray>("data"); // of the first result
        QTest::addColumn<int>("nonFinite");
        const QJsonValue null(QJsonValue::Null);
        QTest::newRow("custom") << u"custom"_s << u"custom.json"_s
                                << QByteArray(R"([{"name": "ratio", "unit": "ns", "value": NaN},
                                                 {"name": "plain", "unit": "ns", "value": 5}])")
                                << QJsonArray {null} << 1;
        QTest::newRow("custom, null from JavaScript")
            << u"custom"_s << u"custom-js.json"_s
            << QByteArray(R"([{"name": "ratio", "unit": "ns", "value": null}])") << QJsonArray {null} << 0;
        QTest::newRow("hyperfine") << u"hyperfine"_s << u"hyperfine.json"_s
                                   << QByteArray(R"({"results": [{"command": "sleep 0.1", "mean": NaN,
                                         "times": [0.1, Infinity, 0.2], "exit_codes": [0, 0, 0]}]})")
                                   << QJsonArray {0.1, null, 0.2} << 2;
        QTest::newRow("vitest") << u"vitest"_s << u"vitest.json"_s
                                << QByteArray(R"({"files": [{"filepath": "/p/a.bench.js", "groups": [
                                      {"fullName": "a.bench.js > sort", "benchmarks": [{"name": "n",
                                      "mean": 1.5, "samples": [1.0, NaN, null, 2.0], "sampleCount": 4}]}]}]})")
                                << QJsonArray {0.001, null, null, 0.002} << 1;
        QTest::newRow("criterion") << u"criterion"_s << u"rust-nan"_s
                                   << QByteArray("[10.0, NaN, null]") // the times of 1, 2, 4 iterations
                                   << QJsonArray {10.0, null, null} << 1;
        QTest::newRow("catch2") << u"catch2"_s << u"catch2.xml"_s
                                << QByteArray(R"(<?xml version="1.0" encoding="UTF-8"?>
<Catch name="bench">
  <Group name="bench">
    <TestCase name="Empty" tags="[x]" filename="bench.cpp" line="3">
      <BenchmarkResults name="nothing" samples="10" resamples="100" iterations="1" clockResolution="20" estimatedDuration="10">
        <mean value="-nan" lowerBound="-nan" upperBound="-nan" ci="0.95"/>
        <standardDeviation value="-nan" lowerBound="-nan" upperBound="-nan" ci="0.95"/>
        <outliers variance="-nan" lowMild="0" lowSevere="0" highMild="0" highSevere="0"/>
      </BenchmarkResults>
      <OverallResult success="true"/>
    </TestCase>
  </Group>
</Catch>
)") << QJsonArray {null} << 1;
        QTest::newRow("go") << u"go"_s << u"go.txt"_s
                            << QByteArray("goos: linux\ngoarch: amd64\npkg: example.com/ratio\n"
                                          "BenchmarkRatio-8   \t     100\t      12.0 ns/op\t NaN ops/s\n"
                                          "BenchmarkRatio-8   \t     100\t      13.0 ns/op\t +Inf ops/s\n"
                                          "PASS\n")
                            << QJsonArray {12.0, 13.0} << 2;
    }

    void nonFiniteValuesAreNullDataPoints()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QJsonArray, data);
        QFETCH(int, nonFinite);
        QString path = m_dir.filePath(file);
        if (format == u"criterion"_s)
            path = criterionFolder(path, "[1.0, 2.0, 4.0]", content);
        else
            writeFile(path, content);
        const ProgramRun program
            = run(cliPath(), {u"adapt"_s, format, u"--path"_s, path, u"-v"_s}, cleanEnvironment());
        QVERIFY2(program.exitCode == 0, program.err.constData());
        const QList<QJsonObject> results = resultsOf(program);
        QVERIFY(!results.isEmpty());
        QCOMPARE(dataOf(results.constFirst()), data);
        if (nonFinite == 1)
            QVERIFY2(program.err.contains("1 value written as NaN or Infinity is read as null."),
                program.err.constData());
        else if (nonFinite > 1)
            QVERIFY2(program.err.contains(
                         u"%1 values written as NaN or Infinity are read as null."_s.arg(nonFinite).toUtf8()),
                program.err.constData());
        else
            QVERIFY2(!program.err.contains("NaN"), program.err.constData());
        if (format == u"go"_s) { // the ops/s metric is a result of its own
            QCOMPARE(results.size(), 2);
            QCOMPARE(dataOf(results.at(1)),
                (QJsonArray {QJsonValue(QJsonValue::Null), QJsonValue(QJsonValue::Null)}));
        }

        // The server keeps the null data points as they are.
        TestServer server;
        QVERIFY(server.start(u"current"_s));
        QProcessEnvironment env = server.environment();
        env.insert(u"BENCHCONNECT_OUTBOX"_s, m_dir.filePath(u"outbox-"_s + format));
        env.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"example/project"_s);
        env.insert(u"CONBENCH_PROJECT_COMMIT"_s, commit);
        const QString work = m_dir.filePath(u"work-"_s + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(work));
        const ProgramRun started
            = run(cliPath(), {u"start"_s, u"run"_s, u"--json"_s, u"{\"reason\": \"test\"}"_s}, env, {}, work);
        QVERIFY2(started.exitCode == 0, started.err.constData());
        const ProgramRun submitted = run(
            cliPath(), {u"submit"_s, u"result"_s, u"--format"_s, format, u"--path"_s, path}, env, {}, work);
        QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
        const QJsonArray stored = server.results();
        QCOMPARE(stored.size(), results.size());
        bool found = false;
        for (const QJsonValue &value : stored)
            found = found || dataOf(value.toObject()) == data;
        QVERIFY2(found, QJsonDocument(stored).toJson().constData());
    }

    // A name that is there but empty is said to be empty, not missing; a missing one missing.
    void emptyNameIsSaidToBeEmpty_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("custom") << u"custom"_s << QByteArray(R"([{"name": "", "unit": "ns", "value": 1}])")
                                << u"custom: entry 1: its \"name\" is empty; give the benchmark's name"_s;
        QTest::newRow("custom, missing") << u"custom"_s << QByteArray(R"([{"unit": "ns", "value": 1}])")
                                         << u"custom: entry 1: it has no \"name\""_s;
        QTest::newRow("custom, a number")
            << u"custom"_s << QByteArray(R"([{"name": 7, "unit": "ns", "value": 1}])")
            << u"custom: entry 1: its \"name\" is not a string"_s;
        QTest::newRow("hyperfine") << u"hyperfine"_s
                                   << QByteArray(R"({"results": [{"command": "", "times": [0.1]}]})")
                                   << u"hyperfine: result 1: its \"command\" is empty"_s;
        QTest::newRow("vitest") << u"vitest"_s
                                << QByteArray(R"({"files": [{"filepath": "/p/a.bench.js", "groups": [
                                      {"fullName": "a.bench.js > sort", "benchmarks": [
                                      {"name": "fine", "mean": 1.0}, {"name": "", "mean": 1.0}]}]}]})")
                                << u"vitest: a.bench.js > sort: benchmark 2: its \"name\" is empty"_s;
        QByteArray gbench = gbenchFile("5.0", "ns");
        gbench.replace("\"BM_Big\"", "\"\"");
        QTest::newRow("gbench") << u"gbench"_s << gbench
                                << u"gbench: benchmark row 1: its \"run_name\" is empty"_s;
        QTest::newRow("pytest") << u"pytest"_s
                                << QByteArray(
                                       R"({"machine_info": {"python_version": "3.11.2"}, "benchmarks": [
                                      {"name": "", "fullname": "", "stats": {"mean": 0.5}}]})")
                                << u"pytest: benchmark 1: its \"fullname\" is empty"_s;
        const QByteArray catch2Head = R"(<?xml version="1.0" encoding="UTF-8"?>
<Catch2TestRun name="bench">
  <TestCase name="Fibonacci" filename="fib.cpp" line="10">
    <BenchmarkResults name="fib 5" samples="1" iterations="1">
      <mean value="10" lowerBound="9" upperBound="11" ci="0.95"/>
    </BenchmarkResults>
    )";
        const QByteArray catch2Tail = R"(
      <mean value="10" lowerBound="9" upperBound="11" ci="0.95"/>
    </BenchmarkResults>
  </TestCase>
</Catch2TestRun>
)";
        QTest::newRow("catch2") << u"catch2"_s
                                << catch2Head + R"(<BenchmarkResults name="" samples="1" iterations="1">)"
                + catch2Tail << u"catch2: benchmark 2 (in test case \"Fibonacci\"): its \"name\" is empty"_s;
        QTest::newRow("catch2, missing")
            << u"catch2"_s << catch2Head + R"(<BenchmarkResults samples="1" iterations="1">)" + catch2Tail
            << u"catch2: benchmark 2 (in test case \"Fibonacci\"): it has no \"name\""_s;
    }

    void emptyNameIsSaidToBeEmpty()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path
            = writeFile(m_dir.filePath(u"name-"_s + QString::fromLatin1(QTest::currentDataTag())), content);
        const ProgramRun program = adapt(format, path);
        QCOMPARE(program.exitCode, 3);
        QVERIFY2(program.err.contains((path + u": "_s + message).toUtf8()), program.err.constData());
        QVERIFY(program.out.isEmpty());
    }

    // Criterion: the group id is the benchmark's name.
    void emptyCriterionGroupIsSaidToBeEmpty()
    {
        const QString folder = criterionFolder(m_dir.filePath(u"rust-empty"_s), "[1.0]", "[10.0]");
        const QString benchmark = folder + u"/big/new/benchmark.json"_s;
        writeFile(benchmark, R"({"group_id": "", "function_id": null, "value_str": null, "full_id": ""})");
        const ProgramRun program = adapt(u"criterion"_s, folder);
        QCOMPARE(program.exitCode, 3);
        QVERIFY2(program.err.contains((benchmark + u": its \"group_id\" is empty"_s).toUtf8()),
            program.err.constData());
    }

    // Vitest 3 empties "samples"; one with sampleCount 0 was not measured at all, and its mean of 0
    // is no time: the benchmark's result is an error saying so, the others are results as usual.
    void vitestWithoutSamplesIsAnError()
    {
        const QString path = writeFile(m_dir.filePath(u"vitest-zero.json"_s),
            R"({"files": [{"filepath": "/p/a.bench.js", "groups": [{"fullName": "a.bench.js > sort",
                "benchmarks": [
                  {"name": "never", "rank": 2, "rme": 0, "hz": 0, "totalTime": 0, "min": 0, "max": 0,
                   "mean": 0, "sd": 0, "samples": [], "sampleCount": 0},
                  {"name": "fine", "rank": 1, "rme": 1.5, "hz": 400, "totalTime": 500, "min": 2, "max": 3,
                   "mean": 2.5, "sd": 0.1, "samples": [], "sampleCount": 200}]}]}]})");
        const ProgramRun program = adapt(u"vitest"_s, path);
        QVERIFY2(program.exitCode == 0, program.err.constData());
        const QList<QJsonObject> results = resultsOf(program);
        QCOMPARE(results.size(), 2);
        const QJsonObject never = results.at(0);
        QCOMPARE(never.value("tags"_L1).toObject().value("name"_L1).toString(), u"never"_s);
        QVERIFY2(!never.contains("stats"_L1), QJsonDocument(never).toJson().constData());
        const QString message = never.value("error"_L1).toObject().value("message"_L1).toString();
        QVERIFY2(message.startsWith(u"Vitest took no samples of this benchmark (sampleCount 0)"_s),
            qPrintable(message));
        QCOMPARE(dataOf(results.at(1)), (QJsonArray {0.0025}));

        // The server keeps it as a failed benchmark.
        TestServer server;
        QVERIFY(server.start(u"current"_s));
        QProcessEnvironment env = server.environment();
        env.insert(u"BENCHCONNECT_OUTBOX"_s, m_dir.filePath(u"outbox-vitest-zero"_s));
        env.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"example/project"_s);
        env.insert(u"CONBENCH_PROJECT_COMMIT"_s, commit);
        const QString work = m_dir.filePath(u"work-vitest-zero"_s);
        QVERIFY(QDir().mkpath(work));
        QCOMPARE(
            run(cliPath(), {u"start"_s, u"run"_s, u"--json"_s, u"{\"reason\": \"test\"}"_s}, env, {}, work)
                .exitCode,
            0);
        const ProgramRun submitted = run(cliPath(),
            {u"submit"_s, u"result"_s, u"--format"_s, u"vitest"_s, u"--path"_s, path}, env, {}, work);
        QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
        int errors = 0;
        for (const QJsonValue &stored : server.results()) {
            const QJsonObject result = stored.toObject();
            if (result.value("tags"_L1).toObject().value("name"_L1).toString() == u"never"_s) {
                ++errors;
                QCOMPARE(result.value("error"_L1).toObject().value("message"_L1).toString(), message);
            }
        }
        QCOMPARE(errors, 1);
        QCOMPARE(server.results().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAdaptValues)
#include "tst_adapt_values.moc"

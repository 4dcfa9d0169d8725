// Rust Criterion folders and Vitest benchmark JSON turned into Conbench results by the real
// program ("adapt"), checked by value against the fixture files, recognized by "adapt auto", and
// accepted by the test server in both generations.
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

QString fixture(const QString &name)
{
    return sourceDir() + u"/tests/core/data/adapters/"_s + name;
}

const QString criterionRoot = u"criterion/target/criterion"_s;

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
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

// Criterion: the time of one iteration in each sample of this benchmark's new/sample.json.
QList<double> perIteration(const QString &benchmarkDir)
{
    const QJsonObject sample = readJson(fixture(criterionRoot + u'/' + benchmarkDir + u"/new/sample.json"_s));
    const QJsonArray iters = sample.value("iters"_L1).toArray();
    const QJsonArray times = sample.value("times"_L1).toArray();
    QList<double> out;
    for (qsizetype i = 0; i < iters.size(); ++i)
        out.append(times.at(i).toDouble() / iters.at(i).toDouble());
    return out;
}

// Vitest: the benchmark of this name in the fixture.
QJsonObject vitestEntry(const QString &file, const QString &name)
{
    for (const QJsonValue &f : readJson(fixture(file)).value("files"_L1).toArray()) {
        for (const QJsonValue &g : f.toObject().value("groups"_L1).toArray()) {
            for (const QJsonValue &b : g.toObject().value("benchmarks"_L1).toArray()) {
                if (b.toObject().value("name"_L1).toString() == name)
                    return b.toObject();
            }
        }
    }
    return {};
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

} // namespace

class TestAdaptTools2 : public QObject
{
    Q_OBJECT

private slots:
    void criterionFolder()
    {
        ProgramRun program;
        const auto results = adapt(u"criterion"_s, fixture(criterionRoot), &program);
        QVERIFY2(program.exitCode == 0, program.err.constData());
        QCOMPARE(results.size(), 6); // new/ only: base/ is the previous run
        for (const QString &n : {u"10"_s, u"20"_s}) {
            const QJsonObject fib = byTags(
                results, {{"name"_L1, "fib"_L1}, {"function"_L1, "recursive"_L1}, {"parameter"_L1, n}});
            QCOMPARE(unitOf(fib), u"ns"_s);
            QCOMPARE(dataOf(fib), perIteration(u"fib/recursive/"_s + n));
            QCOMPARE(dataOf(fib).size(), 100);
            QCOMPARE(fib.value("stats"_L1).toObject().value("iterations"_L1).toInt(), 100);
            QCOMPARE(fib.value("context"_L1).toObject().value("benchmark_language"_L1).toString(), u"Rust"_s);
            QCOMPARE(fib.value("info"_L1).toObject().value("sampling_mode"_L1).toString(), u"Linear"_s);
            const double mean
                = readJson(fixture(criterionRoot + u"/fib/recursive/"_s + n + u"/new/estimates.json"_s))
                      .value("mean"_L1)
                      .toObject()
                      .value("point_estimate"_L1)
                      .toDouble();
            QCOMPARE(fib.value("info"_L1)
                         .toObject()
                         .value("estimates_ns"_L1)
                         .toObject()
                         .value("mean"_L1)
                         .toDouble(),
                mean);
        }
        // A parameter without a function id, with a throughput in elements; one in bytes.
        const QJsonObject sum = byTags(results, {{"name"_L1, "sum"_L1}, {"parameter"_L1, "1024"_L1}});
        QCOMPARE(dataOf(sum), perIteration(u"sum/1024"_s));
        QCOMPARE(dataOf(sum).size(), 50);
        const QJsonObject sumInfo = sum.value("info"_L1).toObject();
        QCOMPARE(sumInfo.value("throughput"_L1).toObject(), (QJsonObject {{"Elements"_L1, 1024}}));
        double mean = 0;
        for (double value : dataOf(sum))
            mean += value / 50;
        QCOMPARE(sumInfo.value("elements_per_second"_L1).toDouble(), 1024 / (mean * 1e-9));
        const QJsonObject checksum = byTags(
            results, {{"name"_L1, "checksum"_L1}, {"function"_L1, "xor"_L1}, {"parameter"_L1, "8192"_L1}});
        QCOMPARE(checksum.value("info"_L1).toObject().value("throughput"_L1).toObject(),
            (QJsonObject {{"Bytes"_L1, 8192}}));
        QVERIFY(checksum.value("info"_L1).toObject().value("bytes_per_second"_L1).toDouble() > 0);
        // Sub-microsecond and multi-millisecond, the latter sampled flat (10 equal iteration counts).
        const QJsonObject noop = byTags(results, {{"name"_L1, "noop"_L1}});
        QCOMPARE(dataOf(noop), perIteration(u"noop"_s));
        QVERIFY(dataOf(noop).constFirst() < 1000);
        const QJsonObject sleep = byTags(results, {{"name"_L1, "sleep_2ms"_L1}});
        QCOMPARE(dataOf(sleep).size(), 10);
        QVERIFY(dataOf(sleep).constFirst() > 2e6);
        QCOMPARE(sleep.value("info"_L1).toObject().value("sampling_mode"_L1).toString(), u"Flat"_s);
        for (const QJsonObject &result : results)
            QVERIFY(!result.contains("error"_L1));
    }

    void criterionAutoAndSubfolders()
    {
        ProgramRun program;
        // The folder holding target/, the target/criterion folder, or one group inside it.
        QCOMPARE(adapt(u"auto"_s, fixture(u"criterion"_s), &program, {u"-v"_s}).size(), 6);
        QCOMPARE(program.exitCode, 0);
        QVERIFY2(program.err.contains("read as criterion, 6 results"), program.err.constData());
        QCOMPARE(adapt(u"auto"_s, fixture(criterionRoot + u"/fib"_s), &program).size(), 2);
        QCOMPARE(adapt(u"criterion"_s, fixture(criterionRoot + u"/noop/new"_s), &program).size(), 1);
        QCOMPARE(program.exitCode, 0);
    }

    void criterionProblems()
    {
        ProgramRun program;
        // A file is not Criterion's output.
        QVERIFY(
            adapt(u"criterion"_s, fixture(criterionRoot + u"/noop/new/sample.json"_s), &program).isEmpty());
        QCOMPARE(program.exitCode, 3);
        QVERIFY2(program.err.contains("sample.json: criterion: Criterion's output is a folder"),
            program.err.constData());
        // A target/criterion with nothing measured in it.
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(u"empty/report"_s)));
        QVERIFY(adapt(u"criterion"_s, dir.filePath(u"empty"_s), &program).isEmpty());
        QCOMPARE(program.exitCode, 3);
        QVERIFY2(
            program.err.contains("empty: criterion: no benchmark in the folder"), program.err.constData());
        // Without sample.json the mean estimate stands for the data; without either, an error result.
        const QString copy = dir.filePath(u"copy"_s);
        QVERIFY(copyTree(fixture(criterionRoot), copy));
        QVERIFY(QFile::remove(copy + u"/noop/new/sample.json"_s));
        QVERIFY(QFile::remove(copy + u"/fib/recursive/10/new/sample.json"_s));
        QVERIFY(QFile::remove(copy + u"/fib/recursive/10/new/estimates.json"_s));
        const auto results = adapt(u"auto"_s, copy, &program, {u"--verbose"_s});
        QCOMPARE(program.exitCode, 0);
        QCOMPARE(results.size(), 6);
        QVERIFY2(program.err.contains("1 benchmarks have no new/sample.json")
                || program.err.contains("1 benchmark has no new/sample.json"),
            program.err.constData());
        const QJsonObject noop = byTags(results, {{"name"_L1, "noop"_L1}});
        QCOMPARE(dataOf(noop),
            QList<double> {readJson(fixture(criterionRoot + u"/noop/new/estimates.json"_s))
                               .value("mean"_L1)
                               .toObject()
                               .value("point_estimate"_L1)
                               .toDouble()});
        const QJsonObject fib10 = byTags(
            results, {{"name"_L1, "fib"_L1}, {"function"_L1, "recursive"_L1}, {"parameter"_L1, "10"_L1}});
        QVERIFY(!fib10.contains("stats"_L1));
        QVERIFY(fib10.value("error"_L1)
                    .toObject()
                    .value("message"_L1)
                    .toString()
                    .contains(u"fib/recursive/10"_s));
        // A damaged file is an input error naming it.
        QFile damaged(copy + u"/sum/1024/new/benchmark.json"_s);
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("{\"group_id\": ");
        damaged.close();
        QVERIFY(adapt(u"criterion"_s, copy, &program).isEmpty());
        QCOMPARE(program.exitCode, 3);
        QVERIFY2(
            program.err.contains("sum/1024/new/benchmark.json: not valid JSON"), program.err.constData());
    }

    void vitestPlain()
    {
        const QString file = u"vitest/plain.json"_s;
        ProgramRun program;
        const auto results = adapt(u"vitest"_s, fixture(file), &program);
        QVERIFY2(program.exitCode == 0, program.err.constData());
        QCOMPARE(results.size(), 7); // "skipped" is not in the file
        const QString sortFile = u"src/sort.bench.js"_s;
        struct Expected
        {
            QString name;
            QString file;
            QString group;
        };
        for (const Expected &e :
            {Expected {u"fib 10"_s, sortFile, u"fib"_s}, Expected {u"fib 25"_s, sortFile, u"fib"_s},
                Expected {u"sort 1000 numbers"_s, sortFile, u"sort"_s},
                Expected {u"noop"_s, sortFile, u"sort"_s},
                Expected {u"sort 1000 strings"_s, sortFile, u"sort > strings"_s},
                Expected {u"sleep 2ms"_s, u"src/sleep.bench.js"_s, QString()}}) {
            QJsonObject tags {{"name"_L1, e.name}, {"file"_L1, e.file}};
            if (!e.group.isEmpty())
                tags.insert("group"_L1, e.group);
            const QJsonObject result = byTags(results, tags);
            QVERIFY2(!result.isEmpty(), qPrintable(e.name));
            const QJsonObject entry = vitestEntry(file, e.name);
            const QJsonObject stats = result.value("stats"_L1).toObject();
            QCOMPARE(unitOf(result), u"s"_s);
            // Vitest's JSON keeps no samples: the mean (ms) stands for the data, in seconds.
            QCOMPARE(dataOf(result), QList<double> {entry.value("mean"_L1).toDouble() * 1e-3});
            QCOMPARE(stats.value("iterations"_L1).toInteger(), entry.value("sampleCount"_L1).toInteger());
            QCOMPARE(stats.value("min"_L1).toDouble(), entry.value("min"_L1).toDouble() * 1e-3);
            QCOMPARE(stats.value("stdev"_L1).toDouble(), entry.value("sd"_L1).toDouble() * 1e-3);
            QCOMPARE(result.value("info"_L1).toObject().value("hz"_L1).toDouble(),
                entry.value("hz"_L1).toDouble());
            QCOMPARE(result.value("context"_L1).toObject().value("benchmark_language"_L1).toString(),
                u"JavaScript"_s);
        }
        QVERIFY(
            dataOf(byTags(results, {{"name"_L1, "noop"_L1}, {"file"_L1, sortFile}, {"group"_L1, "sort"_L1}}))
                .constFirst()
            < 1e-6);
        QVERIFY(dataOf(byTags(results, {{"name"_L1, "sleep 2ms"_L1}, {"file"_L1, "src/sleep.bench.js"_L1}}))
                    .constFirst()
            > 2e-3);
        const QJsonObject throws
            = byTags(results, {{"name"_L1, "throws"_L1}, {"file"_L1, sortFile}, {"group"_L1, "sort"_L1}});
        QVERIFY(!throws.contains("stats"_L1));
        QVERIFY(throws.value("error"_L1).toObject().value("message"_L1).toString().contains(u"threw"_s));
    }

    void vitestSingleAndEmpty()
    {
        ProgramRun program;
        const auto results = adapt(u"auto"_s, fixture(u"vitest/single.json"_s), &program, {u"-v"_s});
        QCOMPARE(program.exitCode, 0);
        QVERIFY2(program.err.contains("single.json: read as vitest, 1 result."), program.err.constData());
        QCOMPARE(results.size(), 1);
        const QJsonObject once
            = byTags(results, {{"name"_L1, "once"_L1}, {"file"_L1, "src/once.bench.js"_L1}});
        QCOMPARE(once.value("stats"_L1).toObject().value("iterations"_L1).toInt(), 1);
        QCOMPARE(dataOf(once),
            QList<double> {
                vitestEntry(u"vitest/single.json"_s, u"once"_s).value("mean"_L1).toDouble() * 1e-3});
        for (const QString &format : {u"auto"_s, u"vitest"_s}) {
            QVERIFY(adapt(format, fixture(u"vitest/empty.json"_s), &program).isEmpty());
            QCOMPARE(program.exitCode, 3);
            QVERIFY2(program.err.contains("vitest/empty.json: the file is empty."), program.err.constData());
        }
        // Another tool's JSON is not Vitest's.
        adapt(u"vitest"_s, fixture(u"gbench/plain.json"_s), &program);
        QCOMPARE(program.exitCode, 3);
        QVERIFY2(
            program.err.contains("plain.json: vitest: not Vitest benchmark JSON"), program.err.constData());
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
        int errors = 0;
        QSet<QString> units;
        for (const QString &path : {criterionRoot, u"vitest/plain.json"_s, u"vitest/single.json"_s}) {
            const ProgramRun adapted
                = run(cliPath(), {u"adapt"_s, u"auto"_s, u"--path"_s, fixture(path)}, env);
            QCOMPARE(adapted.exitCode, 0);
            QByteArray ndjson;
            for (const QString &line : adapted.outLines()) {
                QJsonObject result = QJsonDocument::fromJson(line.toUtf8()).object();
                result.insert("run_id"_L1, u"adapters-tools2-%1"_s.arg(mode));
                units.insert(unitOf(result));
                if (result.contains("error"_L1))
                    ++errors;
                ndjson += QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n';
                ++expected;
            }
            const ProgramRun posted = run(cliPath(), {u"post"_s, u"result"_s, u"-"_s}, env, ndjson);
            QVERIFY2(posted.exitCode == 0, qPrintable(path + u": "_s + QString::fromUtf8(posted.err)));
        }
        QCOMPARE(expected, 6 + 7 + 1);
        QCOMPARE(errors, 1); // Vitest's "throws"
        QCOMPARE(units, (QSet<QString> {u"ns"_s, u"s"_s, QString()}));
        QCOMPARE(server.results().size(), expected);
    }
};

QTEST_GUILESS_MAIN(TestAdaptTools2)
#include "tst_adapt_tools2.moc"

// What every subcommand's common options and help promise, checked on each subcommand the
// dispatcher knows by running the real benchconnect: -q with -v is refused, and every example its
// --help shows works when copied as it is written (against the test server, in a directory holding
// the files the examples name).
#include "dispatcher.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using namespace Qt::StringLiterals;

bool copyFile(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).path());
    return QFile::copy(from, to);
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (!copyFile(file, to + u'/' + QDir(from).relativeFilePath(file)))
            return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// The files and folders the examples name, as a user would have them: Conbench results (not yet
// augmented), and each tool's output under the name the examples give it.
bool prepareFiles(const QString &dir)
{
    const QString examples = TestSupport::examplesDir();
    const QString adapters = TestSupport::sourceDir() + u"/tests/core/data/adapters/"_s;
    QByteArray ndjson;
    for (const QString &name : QDir(examples).entryList({u"*.json"_s}, QDir::Files)) {
        QFile file(examples + u'/' + name);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        ndjson += QJsonDocument::fromJson(file.readAll()).toJson(QJsonDocument::Compact) + '\n';
    }
    const QByteArray vitest
        = R"({"files": [{"filepath": "/src/sort.bench.ts", "groups": [{"fullName": "sort.bench.ts > sort", "benchmarks": [{"name": "quick", "mean": 1.5, "samples": [1.4, 1.5, 1.6]}]}]}]})";
    return copyTree(examples, dir + u"/results"_s) && copyTree(examples, dir + u"/bench-output"_s)
        && writeFile(dir + u"/results.ndjson"_s, ndjson)
        && copyFile(adapters + u"catch2/plain.xml"_s, dir + u"/catch2.xml"_s)
        && copyTree(adapters + u"criterion/target/criterion"_s, dir + u"/target/criterion"_s)
        && copyFile(adapters + u"custom/smaller-is-better.json"_s, dir + u"/output.json"_s)
        && copyFile(adapters + u"gbench/plain.json"_s, dir + u"/bench.json"_s)
        && copyFile(adapters + u"gotest/count3.txt"_s, dir + u"/go-bench.txt"_s)
        && copyFile(adapters + u"hyperfine/plain.json"_s, dir + u"/hyperfine.json"_s)
        && copyFile(adapters + u"pytest/with-data.json"_s, dir + u"/pytest.json"_s)
        && writeFile(dir + u"/vitest.json"_s, vitest);
}

} // namespace

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestCommonOptions : public QObject
{
    Q_OBJECT

private slots:
    // -q and -v say opposite things: a usage error (2) for every subcommand, before any work.
    void quietAndVerboseTogetherAreAUsageError()
    {
        QTemporaryDir dir;
        const Dispatcher dispatcher;
        const QStringList names = dispatcher.commandNames();
        QVERIFY(names.size() > 10);
        for (const QString &name : names) {
            for (const QStringList &both :
                {QStringList {u"-q"_s, u"-v"_s}, QStringList {u"--verbose"_s, u"--quiet"_s}}) {
                const ProgramRun r
                    = run(cliPath(), name.split(u' ') + both, cleanEnvironment(), {}, dir.path());
                QVERIFY2(r.exitCode == 2, qPrintable(name + u": "_s + QString::fromUtf8(r.err)));
                QCOMPARE(r.errLines(),
                    QStringList {
                        u"benchconnect: error: -q (--quiet) prints only errors and -v (--verbose) every "
                        u"step: give one of them, not both (see benchconnect %1 --help)."_s.arg(name)});
                QVERIFY(r.out.isEmpty());
            }
        }
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }

    // Every example of every --help, and the typical use of benchconnect --help, copied as it is
    // written: each ends with status 0 against both generations of servers. What it needs first (a
    // started run, a finished one, the run an example names) is done before it, as a user would
    // have; a line with a placeholder for the user's own (RUN_ID, their benchmark program, a
    // server's folder) cannot be copied as it is and is left out.
    void helpExamplesWorkAsWritten_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("script");
        const Dispatcher dispatcher;
        QList<QPair<QString, QString>> scripts; // (where, command lines)
        scripts.append({u"benchconnect --help"_s, Dispatcher::typicalUse().trimmed()});
        for (const QString &name : dispatcher.commandNames()) {
            for (const QString &line :
                dispatcher.command(name)->help().examples.split(u'\n', Qt::SkipEmptyParts))
                scripts.append({name, line.trimmed()});
        }
        int rows = 0;
        for (const QString &mode : {u"2023"_s, u"current"_s}) {
            for (const auto &[where, script] : std::as_const(scripts)) {
                if (script.contains(u"RUN_ID"_s) || script.contains(u"./my-benchmarks"_s)
                    || script.contains(u"/srv/"_s))
                    continue;
                QTest::addRow("%s: %s: %s", qPrintable(mode), qPrintable(where), qPrintable(script))
                    << mode << script;
                ++rows;
            }
        }
        QVERIFY(rows > 40);
    }

    void helpExamplesWorkAsWritten()
    {
        QFETCH(QString, mode);
        QFETCH(QString, script);
        TestServer server;
        QVERIFY(server.start(mode));
        QTemporaryDir dir;
        QVERIFY(prepareFiles(dir.path()));
        QProcessEnvironment env = server.environment();
        env.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"example/project"_s);
        env.insert(u"CONBENCH_PROJECT_COMMIT"_s, u"0123456789abcdef0123456789abcdef01234567"_s);
        env.insert(u"BENCHCONNECT_OUTBOX"_s, dir.filePath(u"outbox"_s));
        env.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"10"_s);
        env.insert(u"PATH"_s, QFileInfo(cliPath()).path() + u':' + env.value(u"PATH"_s));
        const auto sh = [&](const QString &line) {
            return run(u"/bin/sh"_s, {u"-e"_s, u"-c"_s, line}, env, {}, dir.path());
        };

        // What the example needs first.
        QStringList before;
        const QString namedRun = u"0123456789abcdef0123456789abcdef"_s;
        if (script.contains(u"compare run "_s + namedRun)) {
            before.append(
                u"benchconnect augment result --json '{\"run_id\": \"%1\", \"tags\": {\"name\": \"sort\"}, "
                u"\"stats\": {\"data\": [1.5], \"unit\": \"s\"}}' | benchconnect post result"_s.arg(
                    namedRun));
        } else if (script.startsWith(u"benchconnect compare run"_s)) {
            before.append(u"benchconnect start run --json '{\"reason\": \"commit\"}'"_s);
            before.append(u"benchconnect submit result --path results/"_s);
            before.append(u"benchconnect finish run"_s);
        } else if ((script.contains(u"submit result"_s) || script.contains(u"finish run"_s))
            && !script.startsWith(u"benchconnect start run"_s)) {
            before.append(u"benchconnect start run --json '{\"reason\": \"commit\"}'"_s);
            if (!script.contains(u"submit result"_s)) // a run is finished once its results are in
                before.append(u"benchconnect submit result --path results/"_s);
        }
        for (const QString &line : std::as_const(before)) {
            const ProgramRun r = sh(line);
            QVERIFY2(r.exitCode == 0, qPrintable(line + u": "_s + QString::fromUtf8(r.err)));
        }
        const ProgramRun r = sh(script);
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.err)));
    }
};

QTEST_GUILESS_MAIN(TestCommonOptions)
#include "tst_commonoptions.moc"

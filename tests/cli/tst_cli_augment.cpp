// Runs the real benchconnect (and benchconnect-gui) binaries and checks what a user sees.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

const QStringList machineFields = {u"name"_s, u"os_name"_s, u"os_version"_s, u"architecture_name"_s,
    u"kernel_name"_s, u"memory_bytes"_s, u"cpu_model_name"_s, u"cpu_core_count"_s, u"cpu_thread_count"_s,
    u"cpu_l1d_cache_bytes"_s, u"cpu_l1i_cache_bytes"_s, u"cpu_l2_cache_bytes"_s, u"cpu_l3_cache_bytes"_s,
    u"cpu_frequency_max_hz"_s, u"gpu_count"_s, u"gpu_product_names"_s};

QList<QJsonObject> parseNdjson(const ProgramRun &run)
{
    QList<QJsonObject> objects;
    for (const QString &line : run.outLines()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            qWarning("not a JSON object line: %s", qPrintable(line));
            return {};
        }
        objects.append(doc.object());
    }
    return objects;
}

QByteArray examplesAsNdjson()
{
    QByteArray ndjson;
    const QDir dir(examplesDir());
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        ndjson += QJsonDocument::fromJson(file.readAll()).toJson(QJsonDocument::Compact) + '\n';
    }
    return ndjson;
}

QJsonObject withoutFreshFields(QJsonObject object)
{
    object.remove("batch_id"_L1);
    object.remove("timestamp"_L1);
    return object;
}

} // namespace

class TestCliAugment : public QObject
{
    Q_OBJECT

private slots:
    void augmentDirectoryPrintsCompleteResults()
    {
        QProcessEnvironment env = cleanEnvironment();
        env.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"example/project"_s);
        env.insert(u"CONBENCH_PROJECT_COMMIT"_s, u"0123456789abcdef0123456789abcdef01234567"_s);
        const ProgramRun run
            = TestSupport::run(cliPath(), {u"augment"_s, u"result"_s, u"--path"_s, examplesDir()}, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const auto results = parseNdjson(run);
        QCOMPARE(results.size(), QDir(examplesDir()).entryList({u"*.json"_s}, QDir::Files).size());
        for (const QJsonObject &result : results) {
            const QJsonObject machine = result.value("machine_info"_L1).toObject();
            QCOMPARE(machine.keys().size(), machineFields.size());
            for (const QString &field : machineFields) {
                QVERIFY2(machine.contains(field), qPrintable(field));
                if (field != u"gpu_product_names"_s)
                    QVERIFY2(machine.value(field).isString(), qPrintable(field));
            }
            QVERIFY(!machine.value("name"_L1).toString().isEmpty());
            QCOMPARE(result.value("github"_L1).toObject().value("repository"_L1).toString(),
                u"https://github.com/example/project"_s);
            QVERIFY(!result.contains("run_name"_L1)); // the examples name no run_reason
            QCOMPARE(result.value("batch_id"_L1).toString().size(), 32);
        }
    }

    void runNameFromReasonAndCommit()
    {
        QProcessEnvironment env = cleanEnvironment();
        env.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"https://github.com/example/project/"_s);
        env.insert(u"CONBENCH_PROJECT_COMMIT"_s, u"0123456789abcdef0123456789abcdef01234567"_s);
        env.insert(u"CONBENCH_PROJECT_PR_NUMBER"_s, u"77"_s);
        const auto objects = parseNdjson(run(cliPath(),
            {u"augment"_s, u"result"_s, u"--json"_s, u"{\"run_reason\": \"commit\", \"error\": {}}"_s}, env));
        QCOMPARE(objects.size(), 1);
        QCOMPARE(objects.at(0).value("run_name"_L1).toString(),
            u"commit: 0123456789abcdef0123456789abcdef01234567"_s);
        const QJsonObject github = objects.at(0).value("github"_L1).toObject();
        QCOMPARE(github.value("repository"_L1).toString(), u"https://github.com/example/project"_s);
        QCOMPARE(github.value("pr_number"_L1), QJsonValue(77));
    }

    void pathAndPipedNdjsonGiveTheSameObjects()
    {
        const QProcessEnvironment env = cleanEnvironment();
        const ProgramRun fromPath
            = run(cliPath(), {u"augment"_s, u"result"_s, u"--path"_s, examplesDir()}, env);
        const ProgramRun fromPipe = run(cliPath(), {u"augment"_s, u"result"_s}, env, examplesAsNdjson());
        QCOMPARE(fromPath.exitCode, 0);
        QCOMPARE(fromPipe.exitCode, 0);
        const auto a = parseNdjson(fromPath);
        const auto b = parseNdjson(fromPipe);
        QCOMPARE(a.size(), 4);
        QCOMPARE(b.size(), a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(withoutFreshFields(a.at(i)), withoutFreshFields(b.at(i)));
            QVERIFY(a.at(i).value("batch_id"_L1) != b.at(i).value("batch_id"_L1));
        }
    }

    void machineInfoIsTheSameOnEveryCall()
    {
        const QProcessEnvironment env = cleanEnvironment();
        const QStringList args = {u"augment"_s, u"run"_s, u"--json"_s, u"{\"reason\": \"manual\"}"_s};
        const auto first = parseNdjson(run(cliPath(), args, env));
        const auto second = parseNdjson(run(cliPath(), args, env));
        QCOMPARE(first.size(), 1);
        QCOMPARE(second.size(), 1);
        QCOMPARE(first.at(0).value("machine_info"_L1), second.at(0).value("machine_info"_L1));
        QVERIFY(first.at(0).value("id"_L1) != second.at(0).value("id"_L1));
    }

    void machineInfoNameOverride()
    {
        QProcessEnvironment env = cleanEnvironment();
        env.insert(u"CONBENCH_MACHINE_INFO_NAME"_s, u"  lab-bench-07 "_s);
        const auto objects
            = parseNdjson(run(cliPath(), {u"augment"_s, u"result"_s, u"--json"_s, u"{}"_s}, env));
        QCOMPARE(objects.size(), 1);
        QCOMPARE(
            objects.at(0).value("machine_info"_L1).toObject().value("name"_L1).toString(), u"lab-bench-07"_s);
    }

    void unpublishableResultWarns()
    {
        const ProgramRun r = run(
            cliPath(), {u"augment"_s, u"result"_s, u"--json"_s, u"{\"tags\": {}}"_s}, cleanEnvironment());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outLines().size(), 1);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.errLines().at(0).startsWith(
                     u"benchconnect: warning: --json: This result cannot be posted yet"_s),
            r.err.constData());
    }

    void pipedStdinThatStaysOpenDoesNotBlockPath()
    {
        const ProgramRun r = runWithOpenStdin(
            cliPath(), {u"augment"_s, u"result"_s, u"--path"_s, examplesDir()}, cleanEnvironment(), 30000);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outLines().size(), 4);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");

        QTest::newRow("invalid --json")
            << QStringList {u"--json"_s, u"{\"a\": }"_s} << QByteArray() << 3
            << u"benchconnect: error: --json: invalid JSON at offset 7 (line 1, column 8)"_s;
        QTest::newRow("invalid NDJSON line")
            << QStringList() << QByteArray("{\"error\": {\"x\": 1}}\n{\n") << 3
            << u"benchconnect: error: standard input, line 2: invalid JSON at offset"_s;
        QTest::newRow("missing path") << QStringList {u"--path"_s, u"/no/such/dir"_s} << QByteArray() << 3
                                      << u"benchconnect: error: /no/such/dir: no such file or directory"_s;
        QTest::newRow("both --json and a bad --path")
            << QStringList {u"--json"_s, u"{}"_s, u"--path"_s, u"/no/such.json"_s} << QByteArray() << 3
            << u"benchconnect: error: /no/such.json: no such file or directory"_s;
        QTest::newRow("unknown option") << QStringList {u"--colour"_s} << QByteArray() << 2
                                        << u"benchconnect: error: Unknown option 'colour'."_s;
        QTest::newRow("a number as --json")
            << QStringList {u"--json"_s, u"5"_s} << QByteArray() << 3
            << u"benchconnect: error: --json: expected one JSON object ({…}), found a JSON value that is not one"_s;
        QTest::newRow("a file's name as the NDJSON argument")
            << QStringList {examplesDir() + u"/sort-int64.json"_s} << QByteArray() << 3
            << u"benchconnect: error: %1/sort-int64.json is read as NDJSON text, but it names a file or folder: give it with --path"_s
                   .arg(examplesDir());
        QTest::newRow("github without commit")
            << QStringList {u"--json"_s, u"{\"github\": {\"repository\": \"o/r\"}}"_s} << QByteArray() << 3
            << u"benchconnect: error: --json: \"github\" lacks commit"_s;
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, stdinData);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const ProgramRun r = run(
            cliPath(), QStringList {u"augment"_s, u"result"_s} + arguments, cleanEnvironment(), stdinData);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.errLines().at(0).startsWith(message), r.err.constData());
    }

    void emptyDirectory()
    {
        QTemporaryDir dir;
        const ProgramRun r
            = run(cliPath(), {u"augment"_s, u"result"_s, u"--path"_s, dir.path()}, cleanEnvironment());
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errLines(),
            QStringList {u"benchconnect: error: %1: the directory holds no *.json files"_s.arg(dir.path())});
    }

    void badProjectVariable()
    {
        QProcessEnvironment env = cleanEnvironment();
        env.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"o/r"_s);
        env.insert(u"CONBENCH_PROJECT_COMMIT"_s, u"HEAD"_s);
        const ProgramRun r = run(cliPath(), {u"augment"_s, u"result"_s, u"--json"_s, u"{}"_s}, env);
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains("CONBENCH_PROJECT_COMMIT=\"HEAD\""), r.err.constData());
    }

    void unknownSubcommand()
    {
        const ProgramRun r = run(cliPath(), {u"upload"_s, u"result"_s}, cleanEnvironment());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(r.err.startsWith("benchconnect: error: Unknown subcommand \"upload\""));
    }

    void helpIsTheSameInBothPrograms_data()
    {
        QTest::addColumn<QStringList>("arguments");
        for (const char *name : {"augment result", "augment run", "post result", "post run", "put run",
                 "start run", "submit result", "finish run"}) {
            QTest::newRow(name) << QString::fromLatin1(name).split(u' ') + QStringList {u"--help"_s};
        }
        QTest::newRow("top level") << QStringList {u"--help"_s};
        QTest::newRow("version") << QStringList {u"--version"_s};
    }

    void helpIsTheSameInBothPrograms()
    {
        QFETCH(QStringList, arguments);
        const ProgramRun cli = run(cliPath(), arguments, cleanEnvironment());
        QCOMPARE(cli.exitCode, 0);
        QVERIFY(!cli.out.isEmpty());
        QVERIFY(cli.err.isEmpty());
        if (arguments.size() == 3) {
            QVERIFY(cli.out.startsWith(
                "Usage: benchconnect " + arguments.mid(0, 2).join(u' ').toUtf8() + " [options]"));
            QVERIFY(cli.out.contains("Exit status:"));
        }
        if (guiPath().isEmpty())
            return;
        const ProgramRun gui = run(guiPath(), arguments, cleanEnvironment());
        QCOMPARE(gui.exitCode, 0);
        QCOMPARE(gui.out, cli.out);
    }
};

QTEST_GUILESS_MAIN(TestCliAugment)
#include "tst_cli_augment.moc"

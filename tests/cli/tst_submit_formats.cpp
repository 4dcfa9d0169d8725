// submit result and post result read benchmark tools' output directly: --format auto (the
// default for --path) recognizes each file of a folder mixing formats, --verbose says which it
// chose, a file in no known format stops everything before the first request, and the test server
// holds each result exactly once in both generations.
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

bool copyTree(const QString &from, const QString &to)
{
    if (QFileInfo(from).isFile())
        return QDir().mkpath(QFileInfo(to).path()) && QFile::copy(from, to);
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

// fixture → (name in the mixed folder, format, number of results)
struct Part
{
    QString fixture;
    QString name;
    QString format;
    int results;
};

const QList<Part> parts {
    {u"gbench/repetitions.json"_s, u"01-gbench.json"_s, u"gbench"_s, -1},
    {u"hyperfine/parameters.json"_s, u"02-hyperfine.json"_s, u"hyperfine"_s, -1},
    {u"custom/smaller-is-better.json"_s, u"03-custom.json"_s, u"custom"_s, -1},
    {u"pytest/with-data.json"_s, u"04-pytest.json"_s, u"pytest"_s, -1},
    {u"catch2/plain.xml"_s, u"05-catch2.xml"_s, u"catch2"_s, -1},
    {u"gotest/count3.txt"_s, u"06-go.txt"_s, u"go"_s, -1},
    {u"criterion/target/criterion"_s, u"07-criterion"_s, u"criterion"_s, -1},
    {u"vitest/plain.json"_s, u"08-vitest.json"_s, u"vitest"_s, -1},
};

} // namespace

class TestSubmitFormats : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_mixed;
    int m_expected = 0;
    QSet<QString> m_expectedNames;

    // The server's variables, an outbox in work, and the project's.
    static QProcessEnvironment environment(const TestServer &server, const QTemporaryDir &work)
    {
        QProcessEnvironment env = server.environment();
        env.insert(u"BENCHCONNECT_OUTBOX"_s, work.filePath(u"outbox"_s));
        env.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"example/project"_s);
        env.insert(u"CONBENCH_PROJECT_COMMIT"_s, u"0123456789abcdef0123456789abcdef01234567"_s);
        return env;
    }

    ProgramRun bc(const QStringList &arguments, const QProcessEnvironment &env, const QString &dir)
    {
        return run(cliPath(), arguments, env, {}, dir);
    }

private slots:
    void initTestCase()
    {
        m_mixed = m_dir.filePath(u"mixed"_s);
        for (const Part &part : parts)
            QVERIFY2(copyTree(fixture(part.fixture), m_mixed + u'/' + part.name), qPrintable(part.fixture));
        // And a result in Conbench's own JSON.
        QVERIFY(QFile::copy(
            sourceDir() + u"/examples/results/sort-int64.json"_s, m_mixed + u"/09-conbench.json"_s));
        // What each file holds, converted file by file with its format named.
        for (const Part &part : parts) {
            const ProgramRun adapted = run(cliPath(),
                {u"adapt"_s, part.format, u"--path"_s, m_mixed + u'/' + part.name}, cleanEnvironment());
            QVERIFY2(adapted.exitCode == 0, adapted.err.constData());
            m_expected += int(adapted.outLines().size());
            for (const QString &line : adapted.outLines())
                m_expectedNames.insert(QJsonDocument::fromJson(line.toUtf8())
                                           .object()
                                           .value("tags"_L1)
                                           .toObject()
                                           .value("name"_L1)
                                           .toString());
        }
        m_expected += 1;
        QCOMPARE(m_expected, 3 + 3 + 2 + 5 + 5 + 8 + 6 + 7 + 1);
    }

    void mixedFolderEndToEnd_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("2023") << u"2023"_s;
        QTest::newRow("current") << u"current"_s;
    }

    void mixedFolderEndToEnd()
    {
        QFETCH(QString, mode);
        TestServer server;
        QVERIFY(server.start(mode));
        QTemporaryDir work;
        const QProcessEnvironment env = environment(server, work);
        const ProgramRun start
            = bc({u"start"_s, u"run"_s, u"--json"_s, u"{\"reason\": \"commit\"}"_s}, env, work.path());
        QVERIFY2(start.exitCode == 0, start.err.constData());
        const ProgramRun submit
            = bc({u"submit"_s, u"result"_s, u"--path"_s, m_mixed, u"--verbose"_s}, env, work.path());
        QVERIFY2(submit.exitCode == 0, submit.err.constData());
        for (const Part &part : parts) {
            QVERIFY2(submit.err.contains((part.name + u": read as "_s + part.format + u","_s).toUtf8()),
                qPrintable(part.name + u"\n"_s + QString::fromUtf8(submit.err)));
        }
        QVERIFY2(
            submit.err.contains("09-conbench.json: read as conbench, 1 result."), submit.err.constData());
        const ProgramRun finish = bc({u"finish"_s, u"run"_s}, env, work.path());
        QVERIFY2(finish.exitCode == 0, finish.err.constData());

        // Each result exactly once, all in the run, every tool's names there.
        const QJsonArray stored = server.results();
        QCOMPARE(stored.size(), m_expected);
        QSet<QString> keys;
        QSet<QString> names;
        for (const QJsonValue &value : stored) {
            const QJsonObject result = value.toObject();
            QCOMPARE(result.value("run_id"_L1).toString(), start.outLines().value(0));
            keys.insert(QString::fromUtf8(
                QJsonDocument(result.value("tags"_L1).toObject()).toJson(QJsonDocument::Compact)));
            names.insert(result.value("tags"_L1).toObject().value("name"_L1).toString());
        }
        QCOMPARE(keys.size(), m_expected);
        QVERIFY(names.contains(m_expectedNames));

        // Sending again from a fresh run stores the same number again, no more.
        QVERIFY(bc({u"start"_s, u"run"_s}, env, work.path()).exitCode == 0);
        QCOMPARE(bc({u"submit"_s, u"result"_s, u"--path"_s, m_mixed}, env, work.path()).exitCode, 0);
        QCOMPARE(server.results().size(), 2 * m_expected);
    }

    void unknownFileStopsEverything()
    {
        TestServer server;
        QVERIFY(server.start(u"current"_s));
        QTemporaryDir work;
        const QProcessEnvironment env = environment(server, work);
        const QString mixed = work.filePath(u"mixed"_s);
        QVERIFY(copyTree(m_mixed, mixed));
        QFile notes(mixed + u"/10-notes.txt"_s);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("These are the numbers of last week.\n");
        notes.close();
        QVERIFY(bc({u"start"_s, u"run"_s}, env, work.path()).exitCode == 0);
        const ProgramRun submit = bc({u"submit"_s, u"result"_s, u"--path"_s, mixed}, env, work.path());
        QCOMPARE(submit.exitCode, 3);
        QVERIFY2(
            submit.err.contains("10-notes.txt: not in a format benchconnect reads"), submit.err.constData());
        QCOMPARE(server.results().size(), 0);
        QVERIFY(!QFileInfo::exists(work.filePath(u"outbox"_s)) || QDir(work.filePath(u"outbox"_s)).isEmpty());
    }

    // Google Benchmark's file written with --benchmark_report_aggregates_only, beside a Go file: its
    // benchmarks are sent too (each mean as its one data point), and a file of the folder that holds
    // no result is a warning naming it.
    void aggregatesOnlyFileIsSent()
    {
        TestServer server;
        QVERIFY(server.start(u"current"_s));
        QTemporaryDir work;
        const QProcessEnvironment env = environment(server, work);
        const QString folder = work.filePath(u"results"_s);
        QVERIFY(copyTree(fixture(u"gbench/aggregates-only.json"_s), folder + u"/gb.json"_s));
        QVERIFY(copyTree(fixture(u"gotest/count3.txt"_s), folder + u"/go.txt"_s));
        QFile empty(folder + u"/vitest.json"_s);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.write(R"({"files": []})");
        empty.close();
        QVERIFY(bc({u"start"_s, u"run"_s}, env, work.path()).exitCode == 0);
        const ProgramRun submit = bc({u"submit"_s, u"result"_s, u"--path"_s, folder}, env, work.path());
        QVERIFY2(submit.exitCode == 0, submit.err.constData());
        QVERIFY2(submit.err.contains("vitest.json: read as vitest, but it holds no results"),
            submit.err.constData());
        QCOMPARE(server.results().size(), 4 + 8);
        int gbench = 0;
        for (const QJsonValue &value : server.results()) {
            const QJsonObject result = value.toObject();
            if (result.value("tags"_L1).toObject().value("name"_L1).toString().startsWith(u"BM_"_s))
                ++gbench;
        }
        QCOMPARE(gbench, 4);
    }

    void explicitFormatAndPostResult()
    {
        TestServer server;
        QVERIFY(server.start(u"2023"_s));
        QTemporaryDir work;
        const QProcessEnvironment env = environment(server, work);
        // A wrong --format is an error naming the file and the format.
        QVERIFY(bc({u"start"_s, u"run"_s}, env, work.path()).exitCode == 0);
        ProgramRun submit = bc({u"submit"_s, u"result"_s, u"--format"_s, u"catch2"_s, u"--path"_s,
                                   m_mixed + u"/01-gbench.json"_s},
            env, work.path());
        QCOMPARE(submit.exitCode, 3);
        QVERIFY2(submit.err.contains("01-gbench.json: catch2: not valid XML"), submit.err.constData());
        // A --format naming no format is a bad option value (exit status 2), before any input is read.
        submit = bc(
            {u"submit"_s, u"result"_s, u"--format"_s, u"nonesuch"_s, u"--path"_s, m_mixed}, env, work.path());
        QCOMPARE(submit.exitCode, 2);
        QVERIFY2(submit.err.contains("Unknown format \"nonesuch\""), submit.err.constData());
        ProgramRun bogus
            = bc({u"post"_s, u"result"_s, u"--format"_s, u"bogus"_s, u"--path"_s, m_mixed + u"/06-go.txt"_s},
                env, work.path());
        QCOMPARE(bogus.exitCode, 2);
        QVERIFY2(bogus.err.contains("Unknown format \"bogus\""), bogus.err.constData());
        bogus
            = run(cliPath(), {u"submit"_s, u"result"_s, u"--format"_s, u"bogus"_s}, env, "{}\n", work.path());
        QCOMPARE(bogus.exitCode, 2);
        // The tool's file on standard input with --format.
        QFile go(m_mixed + u"/06-go.txt"_s);
        QVERIFY(go.open(QIODevice::ReadOnly));
        submit = run(cliPath(), {u"submit"_s, u"result"_s, u"--format"_s, u"go"_s, u"-v"_s}, env,
            go.readAll(), work.path());
        QVERIFY2(submit.exitCode == 0, submit.err.constData());
        QVERIFY2(submit.err.contains("standard input: read as go"), submit.err.constData());
        const qsizetype fromGo = server.results().size();
        QVERIFY(fromGo > 0);
        // post result sends what it is given, as it is: a tool's results lack what the server needs
        // (run_id, machine_info), so the check refuses them before anything is sent.
        const ProgramRun post = bc(
            {u"post"_s, u"result"_s, u"--path"_s, m_mixed + u"/08-vitest.json"_s, u"-v"_s}, env, work.path());
        QVERIFY(post.exitCode != 0);
        QVERIFY2(post.err.contains("08-vitest.json: read as vitest"), post.err.constData());
        QCOMPARE(server.results().size(), fromGo);
        // --format conbench keeps the reading of Conbench's JSON only: a tool's file is refused.
        const ProgramRun conbench = bc({u"post"_s, u"result"_s, u"--format"_s, u"conbench"_s, u"--path"_s,
                                           m_mixed + u"/05-catch2.xml"_s},
            env, work.path());
        QCOMPARE(conbench.exitCode, 3);
        QVERIFY2(conbench.err.contains("05-catch2.xml"), conbench.err.constData());
        // A tool's file or a pretty-printed result piped without --format is read as NDJSON and
        // refused; the error says which --format reads it, and that one does.
        QFile gbench(fixture(u"gbench/plain.json"_s));
        QVERIFY(gbench.open(QIODevice::ReadOnly));
        const QByteArray gbenchOutput = gbench.readAll();
        submit = run(cliPath(), {u"submit"_s, u"result"_s}, env, gbenchOutput, work.path());
        QCOMPARE(submit.exitCode, 3);
        QVERIFY2(submit.err.contains("standard input, line 1: invalid JSON")
                && submit.err.contains("standard input looks like Google Benchmark output: give --format "
                                       "gbench (or --format auto) to read it whole in that format"),
            submit.err.constData());
        QFile pretty(sourceDir() + u"/examples/results/sort-int64.json"_s);
        QVERIFY(pretty.open(QIODevice::ReadOnly));
        const QByteArray prettyResult = pretty.readAll();
        submit = run(cliPath(), {u"post"_s, u"result"_s}, env, prettyResult, work.path());
        QCOMPARE(submit.exitCode, 3);
        QVERIFY2(
            submit.err.contains("looks like one JSON document over several lines, not NDJSON (one object "
                                "per line): give --format auto to read it whole"),
            submit.err.constData());
        // NDJSON that is only damaged gets no such hint.
        submit = run(cliPath(), {u"submit"_s, u"result"_s}, env, "{\"tags\": \n", work.path());
        QCOMPARE(submit.exitCode, 3);
        QVERIFY2(!submit.err.contains("--format"), submit.err.constData());
        const qsizetype before = server.results().size();
        submit = run(cliPath(), {u"submit"_s, u"result"_s, u"--format"_s, u"gbench"_s}, env, gbenchOutput,
            work.path());
        QVERIFY2(submit.exitCode == 0, submit.err.constData());
        submit = run(
            cliPath(), {u"submit"_s, u"result"_s, u"--format"_s, u"auto"_s}, env, prettyResult, work.path());
        QVERIFY2(submit.exitCode == 0, submit.err.constData());
        QCOMPARE(server.results().size(), before + 8 + 1);
    }
};

QTEST_GUILESS_MAIN(TestSubmitFormats)
#include "tst_submit_formats.moc"

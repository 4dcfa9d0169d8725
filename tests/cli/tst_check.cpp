// "check result", and the same check that "submit result" and "post result" make before anything
// is sent, run as the real benchconnect binary; the verdicts compared with the test server's own.
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QtTest>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

const QString commit = u"0123456789abcdef0123456789abcdef01234567"_s;

QJsonObject machineInfo()
{
    return QJsonObject {{u"name"_s, u"host"_s}, {u"os_name"_s, u"Linux"_s}, {u"os_version"_s, u"6.1"_s},
        {u"architecture_name"_s, u"x86_64"_s}, {u"kernel_name"_s, u"6.1.0"_s},
        {u"memory_bytes"_s, u"34359738368"_s}, {u"cpu_model_name"_s, u"CPU"_s}, {u"cpu_core_count"_s, u"8"_s},
        {u"cpu_thread_count"_s, u"16"_s}, {u"cpu_l1d_cache_bytes"_s, u"0"_s},
        {u"cpu_l1i_cache_bytes"_s, u"0"_s}, {u"cpu_l2_cache_bytes"_s, u"0"_s},
        {u"cpu_l3_cache_bytes"_s, u"0"_s}, {u"cpu_frequency_max_hz"_s, u"0"_s}, {u"gpu_count"_s, u"0"_s},
        {u"gpu_product_names"_s, QJsonArray {}}};
}

// A complete result, as "post result" sends it; unit and extra fields as given.
QJsonObject fullResult(int i, const QString &unit = u"s"_s, const QJsonObject &extra = {})
{
    QJsonObject result {{u"batch_id"_s, u"batch-%1"_s.arg(i)}, {u"run_id"_s, u"run-check"_s},
        {u"timestamp"_s, u"2026-01-31T12:00:00+00:00"_s},
        {u"tags"_s, QJsonObject {{u"name"_s, u"bench-%1"_s.arg(i)}}}, {u"context"_s, QJsonObject {}},
        {u"github"_s,
            QJsonObject {{u"repository"_s, u"https://github.com/org/repo"_s}, {u"commit"_s, commit}}},
        {u"machine_info"_s, machineInfo()},
        {u"stats"_s, QJsonObject {{u"data"_s, QJsonArray {1.5, 2.5}}, {u"unit"_s, unit}}}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), it.value());
    }
    return result;
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// What submit result takes: name and stats, the rest from the run and the defaults.
QByteArray shortResults(int count, int oddOne, const QString &oddUnit)
{
    QByteArray ndjson;
    for (int i = 1; i <= count; ++i) {
        ndjson += line(QJsonObject {{u"tags"_s, QJsonObject {{u"name"_s, u"bench-%1"_s.arg(i)}}},
            {u"stats"_s,
                QJsonObject {
                    {u"data"_s, QJsonArray {1.0 * i}}, {u"unit"_s, i == oddOne ? oddUnit : u"s"_s}}}});
    }
    return ndjson;
}

QStringList filesIn(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

} // namespace

class TestCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QProcessEnvironment offlineEnv() const
    {
        QProcessEnvironment e = cleanEnvironment();
        e.insert(u"BENCHCONNECT_OUTBOX"_s, m_dir.filePath(u"outbox"_s));
        return e;
    }
    QProcessEnvironment serverEnv(const TestServer &server, const QString &outbox) const
    {
        QProcessEnvironment e = server.environment();
        e.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"org/repo"_s);
        e.insert(u"CONBENCH_PROJECT_COMMIT"_s, commit);
        e.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"20"_s);
        e.insert(u"BENCHCONNECT_OUTBOX"_s, outbox);
        return e;
    }
    ProgramRun check(const QStringList &arguments, const QByteArray &input = {})
    {
        return run(
            cliPath(), QStringList {u"check"_s, u"result"_s} + arguments, offlineEnv(), input, m_dir.path());
    }

    // The test server's own verdict: POST the result as it is.
    static int postDirectly(const TestServer &server, const QJsonObject &result)
    {
        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(server.url() + u"/api/benchmark-results/"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = manager.post(request, QJsonDocument(result).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void validInputPrintsNothing()
    {
        const ProgramRun r = check({}, line(fullResult(1)) + line(fullResult(2)));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
    }

    void invalidResultsAreNamedOneLineEach()
    {
        const QByteArray input = line(fullResult(1)) + line(fullResult(2, u"ms"_s))
            + line(fullResult(3, u"s"_s, QJsonObject {{u"tags"_s, QJsonObject {{u"kind"_s, u"x"_s}}}}))
            + line(fullResult(4));
        const ProgramRun r = check({}, input);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.outLines(),
            (QStringList {
                u"standard input, line 2: stats.unit: \"ms\" is not a unit Conbench accepts (s, ns, B/s, i/s)"_s,
                u"standard input, line 3: tags.name: missing (Conbench needs the benchmark's name there)"_s}));
        QVERIFY2(r.err.contains("2 of 4 results would be refused"), r.err.constData());
    }

    void quietPrintsNothing()
    {
        const ProgramRun r = check({u"--quiet"_s}, line(fullResult(1, u"ms"_s)));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }

    void jsonAndPathInput()
    {
        const QString folder = m_dir.filePath(u"results"_s);
        QVERIFY(QDir().mkpath(folder));
        for (int i = 1; i <= 3; ++i) {
            QFile file(QDir(folder).filePath(u"r%1.json"_s.arg(i)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(fullResult(i, i == 2 ? u"seconds"_s : u"s"_s)).toJson());
        }
        const ProgramRun r = check({u"--path"_s, folder});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.outLines().size(), 1);
        QVERIFY2(r.out.contains("r2.json: stats.unit: \"seconds\""), r.out.constData());

        const ProgramRun one = check({u"--json"_s, QString::fromUtf8(line(fullResult(1)))});
        QCOMPARE(one.exitCode, 0);
        const ProgramRun bad = check({u"--json"_s, u"{\"tags\": {\"name\": \"x\"}}"_s});
        QCOMPARE(bad.exitCode, 3);
        QVERIFY2(bad.out.contains("--json: "), bad.out.constData());
        QVERIFY2(bad.out.contains("batch_id: missing"), bad.out.constData());
    }

    void generationChoosesTheRules()
    {
        // "B" is a unit of current servers only; run_tags a field of current servers only.
        const QByteArray bytes = line(fullResult(1, u"B"_s));
        QCOMPARE(check({}, bytes).exitCode, 0);
        QCOMPARE(check({u"--generation"_s, u"current"_s}, bytes).exitCode, 0);
        const ProgramRun old = check({u"--generation"_s, u"2023"_s}, bytes);
        QCOMPARE(old.exitCode, 3);
        QVERIFY2(old.out.contains("stats.unit: \"B\""), old.out.constData());

        const QByteArray noGithub
            = line(fullResult(1, u"s"_s, QJsonObject {{u"github"_s, QJsonValue::Null}}));
        QCOMPARE(check({}, noGithub).exitCode, 0);
        QCOMPARE(check({u"--generation"_s, u"2023"_s}, noGithub).exitCode, 0);
        const ProgramRun current = check({u"--generation"_s, u"current"_s}, noGithub);
        QCOMPARE(current.exitCode, 3);
        QVERIFY2(current.out.contains("github: missing"), current.out.constData());
        // What to set is said, once.
        QCOMPARE(current.err.count("set CONBENCH_PROJECT_REPOSITORY and CONBENCH_PROJECT_COMMIT"), 1);

        const ProgramRun wrong = check({u"--generation"_s, u"2024"_s}, bytes);
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains("--generation \"2024\""), wrong.err.constData());
    }

    // --path reads what submit result reads: an NDJSON file is one result per line.
    void ndjsonFileByPath()
    {
        QFile file(m_dir.filePath(u"results.ndjson"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(line(fullResult(1)) + line(fullResult(2)) + line(fullResult(3, u"furlongs"_s)));
        file.close();
        const ProgramRun r = check({u"--path"_s, file.fileName()});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.outLines().size(), 1);
        QVERIFY2(r.out.contains("stats.unit: \"furlongs\""), r.out.constData());
        QVERIFY2(r.err.contains("1 of 3 results would be refused"), r.err.constData());
    }

    // A result read from NDJSON is named by where its line came from, whichever way it was read:
    // standard input (as NDJSON or with --format auto), the argument, or a file given to --path.
    void ndjsonResultsAreNamedByWhereTheyCameFrom()
    {
        const QByteArray input = line(fullResult(1)) + line(fullResult(2, u"ms"_s)) + line(fullResult(3));
        const QString file = m_dir.filePath(u"results.ndjson"_s);
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(input);
        }
        const QString unit = u": stats.unit: \"ms\" is not a unit Conbench accepts (s, ns, B/s, i/s)"_s;
        const QList<std::tuple<QStringList, QByteArray, QString>> cases {
            {{}, input, u"standard input, line 2"_s},
            {{u"-"_s}, input, u"standard input, line 2"_s},
            {{u"--format"_s, u"auto"_s}, input, u"standard input, line 2"_s},
            {{QString::fromUtf8(input)}, {}, u"the NDJSON argument, line 2"_s},
            {{u"--path"_s, file}, {}, file + u", line 2"_s},
        };
        for (const auto &[arguments, stdinData, origin] : cases) {
            const ProgramRun r = check(arguments, stdinData);
            QCOMPARE(r.exitCode, 3);
            QCOMPARE(r.outLines(), QStringList {origin + unit});
        }
        // Invalid JSON is named the same way.
        const ProgramRun bad = check({u"{\"a\": 1}\n{"_s});
        QCOMPARE(bad.exitCode, 3);
        QVERIFY2(bad.err.contains("error: the NDJSON argument, line 2: invalid JSON"), bad.err.constData());
    }

    void badJsonIsAnInputError()
    {
        const ProgramRun r = check({}, line(fullResult(1)) + "{not json\n");
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("standard input, line 2"), r.err.constData());
    }

    // check result says what the test server of each generation says, for results of every kind.
    void sameVerdictAsTheServer_data()
    {
        QTest::addColumn<QString>("mode");
        for (const QString &mode : {u"2023"_s, u"current"_s})
            QTest::newRow(qPrintable(mode)) << mode;
    }
    void sameVerdictAsTheServer()
    {
        QFETCH(QString, mode);
        TestServer server;
        QVERIFY(server.start(mode));
        const QList<QJsonObject> samples = {fullResult(1), fullResult(2, u"ms"_s), fullResult(3, u"B"_s),
            fullResult(4, u"b/s"_s), fullResult(5, u"s"_s, {{u"github"_s, QJsonValue::Null}}),
            fullResult(6, u"s"_s, {{u"run_tags"_s, QJsonObject {{u"env"_s, u"ci"_s}}}}),
            fullResult(7, u"s"_s, {{u"run_tags"_s, QJsonObject {{u"env"_s, 1}}}}),
            fullResult(8, u"s"_s, {{u"tags"_s, QJsonObject {{u"name"_s, u"x"_s}, {u"p"_s, QJsonArray {1}}}}}),
            fullResult(9, u"s"_s, {{u"machine_info"_s, QJsonValue::Null}}),
            fullResult(10, u"s"_s, {{u"stats"_s, QJsonValue::Null}}),
            fullResult(11, u"s"_s, {{u"stats"_s, QJsonValue::Null}, {u"error"_s, QJsonObject {{u"x"_s, 1}}}}),
            fullResult(12, u"s"_s, {{u"run_reason"_s, u" "_s}}),
            fullResult(13, u"s"_s, {{u"timestamp"_s, u"2026-13-01T00:00:00Z"_s}}),
            fullResult(14, u"s"_s,
                {{u"github"_s,
                    QJsonObject {{u"repository"_s, u"https://gitlab.com/o/r"_s}, {u"commit"_s, commit}}}}),
            fullResult(
                15, u"s"_s, {{u"github"_s, QJsonObject {{u"repository"_s, u"https://github.com/o/r"_s}}}}),
            fullResult(16, u"s"_s, {{u"extra"_s, 1}})};
        int refused = 0;
        for (qsizetype i = 0; i < samples.size(); ++i) {
            const ProgramRun r = check({u"--generation"_s, mode}, line(samples.at(i)));
            const int status = postDirectly(server, samples.at(i));
            QVERIFY2(status == 201 || status == 400, qPrintable(QString::number(status)));
            QVERIFY2((r.exitCode == 0) == (status == 201),
                qPrintable(u"sample %1: check says %2, the server %3: %4"_s.arg(i + 1)
                               .arg(r.exitCode)
                               .arg(status)
                               .arg(QString::fromUtf8(r.out))));
            refused += status == 400;
        }
        QVERIFY(refused >= 8); // the samples do test refusals
    }

    // The case: 100 results, #50 in a unit Conbench does not know. Nothing is sent, #50 is
    // named, and the outbox holds nothing.
    void submitSendsNothingWhenOneIsInvalid_data()
    {
        QTest::addColumn<QString>("mode");
        for (const QString &mode : {u"2023"_s, u"current"_s})
            QTest::newRow(qPrintable(mode)) << mode;
    }
    void submitSendsNothingWhenOneIsInvalid()
    {
        QFETCH(QString, mode);
        TestServer server;
        QVERIFY(server.start(mode));
        QTemporaryDir work;
        const QString outbox = work.filePath(u"outbox"_s);
        const QProcessEnvironment env = serverEnv(server, outbox);
        const ProgramRun start = run(cliPath(),
            {u"start"_s, u"run"_s, u"--json"_s, u"{\"reason\": \"check\"}"_s}, env, {}, work.path());
        QCOMPARE(start.exitCode, 0);
        const int requestsBefore = int(server.state().value(u"requests"_s).toArray().size());

        const ProgramRun submit
            = run(cliPath(), {u"submit"_s, u"result"_s}, env, shortResults(100, 50, u"ms"_s), work.path());
        QCOMPARE(submit.exitCode, 3);
        QVERIFY2(
            submit.err.contains("standard input, line 50: stats.unit: \"ms\" is not a unit Conbench accepts"),
            submit.err.constData());
        QVERIFY2(!submit.err.contains("standard input, line 49"), submit.err.constData());
        QVERIFY2(submit.err.contains("nothing was sent"), submit.err.constData());
        QCOMPARE(server.results().size(), 0);
        QCOMPARE(server.state().value(u"requests"_s).toArray().size(), requestsBefore);
        QVERIFY2(filesIn(outbox).isEmpty(), qPrintable(filesIn(outbox).join(u", "_s)));

        // Every invalid result is named, not only the first.
        QByteArray twoBad = shortResults(10, 3, u"ms"_s);
        twoBad += line(QJsonObject {{u"tags"_s, QJsonObject {{u"name"_s, u"late"_s}}},
            {u"stats"_s, QJsonObject {{u"data"_s, QJsonArray {1}}, {u"unit"_s, u"sec"_s}}}});
        const ProgramRun both = run(cliPath(), {u"submit"_s, u"result"_s}, env, twoBad, work.path());
        QCOMPARE(both.exitCode, 3);
        QVERIFY2(both.err.contains("standard input, line 3: stats.unit")
                && both.err.contains("standard input, line 11: stats.unit"),
            both.err.constData());
        QCOMPARE(server.results().size(), 0);
        QVERIFY(filesIn(outbox).isEmpty());

        // Fixed, all of them go, once each; the run's generation stays out of the results.
        const ProgramRun fixed
            = run(cliPath(), {u"submit"_s, u"result"_s}, env, shortResults(100, 50, u"s"_s), work.path());
        QCOMPARE(fixed.exitCode, 0);
        QCOMPARE(server.results().size(), 100);
        for (const QJsonValue &stored : server.results())
            QVERIFY(!stored.toObject().contains(u"conbench_generation"_s));
    }

    // start run records the generation it found; submit result checks with its rules.
    void startRunRecordsTheGeneration_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("unitBStatus");
        QTest::newRow("2023") << u"2023"_s << 3;
        QTest::newRow("current") << u"current"_s << 0;
    }
    void startRunRecordsTheGeneration()
    {
        QFETCH(QString, mode);
        QFETCH(int, unitBStatus);
        TestServer server;
        QVERIFY(server.start(mode));
        QTemporaryDir work;
        const QProcessEnvironment env = serverEnv(server, work.filePath(u"outbox"_s));
        QCOMPARE(run(cliPath(), {u"start"_s, u"run"_s}, env, {}, work.path()).exitCode, 0);
        QFile stateFile(work.filePath(u"benchconnect-state.json"_s));
        QVERIFY(stateFile.open(QIODevice::ReadOnly));
        const QJsonObject state = QJsonDocument::fromJson(stateFile.readAll()).object();
        QCOMPARE(state.value(u"conbench_generation"_s).toString(), mode);

        // "B" is a unit only current servers know: a 2023 run refuses it before sending.
        const ProgramRun submit
            = run(cliPath(), {u"submit"_s, u"result"_s}, env, shortResults(3, 2, u"B"_s), work.path());
        QCOMPARE(submit.exitCode, unitBStatus);
        QCOMPARE(server.results().size(), unitBStatus == 0 ? 3 : 0);
    }

    void postChecksToo()
    {
        TestServer server;
        QVERIFY(server.start(u"current"_s));
        QTemporaryDir work;
        const QString outbox = work.filePath(u"outbox"_s);
        const QProcessEnvironment env = serverEnv(server, outbox);
        const QByteArray input = line(fullResult(1))
            + line(fullResult(2, u"s"_s, QJsonObject {{u"stats"_s, QJsonValue::Null}})) + line(fullResult(3))
            + line(fullResult(4, u"ms"_s));
        const ProgramRun post = run(cliPath(), {u"post"_s, u"result"_s}, env, input, work.path());
        QCOMPARE(post.exitCode, 3);
        QVERIFY2(post.err.contains("standard input, line 2: stats: missing"), post.err.constData());
        QVERIFY2(post.err.contains("standard input, line 4: stats.unit"), post.err.constData());
        QCOMPARE(server.results().size(), 0);
        QVERIFY(filesIn(outbox).isEmpty());

        // Without a generation, "B" passes (current servers take it); --generation 2023 refuses it.
        const QByteArray unitB = line(fullResult(5, u"B"_s));
        const ProgramRun old
            = run(cliPath(), {u"post"_s, u"result"_s, u"--generation"_s, u"2023"_s}, env, unitB, work.path());
        QCOMPARE(old.exitCode, 3);
        QCOMPARE(server.results().size(), 0);
        const ProgramRun plain = run(cliPath(), {u"post"_s, u"result"_s}, env, unitB, work.path());
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(server.results().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCheck)
#include "tst_check.moc"

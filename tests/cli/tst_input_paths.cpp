// Paths and values that name nothing: blank options and variables, folder entries that are not
// files, a FIFO, input past the size limit. Each is refused with a message before anything is
// sent; none leaves results somewhere they would not be looked for.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestInputPaths : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir; // working directory of the programs

    QString outbox() const { return m_dir.filePath(u"outbox"_s); }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = m_server.environment();
        e.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"example/project"_s);
        e.insert(u"CONBENCH_PROJECT_COMMIT"_s, u"0123456789abcdef0123456789abcdef01234567"_s);
        e.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"10"_s);
        e.insert(u"BENCHCONNECT_OUTBOX"_s, outbox());
        // Where the default outbox would be: inside the test's directory.
        e.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        e.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/.local/share"_s));
        return e;
    }

    ProgramRun bc(const QStringList &arguments, const QProcessEnvironment &environment,
        const QByteArray &input = {}, int timeoutMs = 60000)
    {
        return run(cliPath(), arguments, environment, input, m_dir.path(), timeoutMs);
    }

    // Augmented results that the server accepts, as NDJSON.
    QByteArray results()
    {
        const ProgramRun augmented = bc({u"augment"_s, u"result"_s, u"--path"_s, examplesDir()}, env());
        if (augmented.exitCode != 0)
            return {};
        QByteArray ndjson;
        for (const QString &line : augmented.outLines()) {
            QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
            object.insert("run_id"_L1, "run-input-paths"_L1);
            ndjson += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
        }
        return ndjson;
    }

    // Nothing of the test's results anywhere: not on the server, not in an outbox.
    void verifyNothingWritten()
    {
        QCOMPARE(m_server.results().size(), 0);
        QVERIFY(!QFileInfo::exists(outbox()));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"home/.local/share/benchconnect"_s)));
        const QStringList stray = QDir(m_dir.path()).entryList({u"*.ndjson"_s, u"*.done"_s}, QDir::Files);
        QVERIFY2(stray.isEmpty(), qPrintable(stray.join(u", "_s)));
    }

private slots:
    void initTestCase() { QVERIFY(m_server.start(u"current"_s)); }
    void init()
    {
        QVERIFY(m_server.reset());
        QDir(outbox()).removeRecursively();
        QDir(m_dir.filePath(u"home"_s)).removeRecursively();
    }

    void blankOptionValuesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("option");
        const QStringList post {u"post"_s, u"result"_s};
        QTest::newRow("--outbox ''") << post + QStringList {u"-"_s, u"--outbox"_s, u""_s} << u"--outbox"_s;
        QTest::newRow("--outbox ' '") << post + QStringList {u"-"_s, u"--outbox"_s, u" "_s} << u"--outbox"_s;
        QTest::newRow("--path ''") << post + QStringList {u"--path"_s, u""_s} << u"--path"_s;
        QTest::newRow("--ca-bundle ''")
            << post + QStringList {u"-"_s, u"--ca-bundle"_s, u""_s} << u"--ca-bundle"_s;
        QTest::newRow("--json ''") << post + QStringList {u"--json"_s, u""_s} << u"--json"_s;
        QTest::newRow("--retry-deadline ''")
            << post + QStringList {u"-"_s, u"--retry-deadline"_s, u""_s} << u"--retry-deadline"_s;
        QTest::newRow("--timeout ''") << post + QStringList {u"-"_s, u"--timeout"_s, u""_s} << u"--timeout"_s;
        QTest::newRow("--max-in-flight ''")
            << post + QStringList {u"-"_s, u"--max-in-flight"_s, u""_s} << u"--max-in-flight"_s;
        QTest::newRow("outbox list --outbox ''")
            << QStringList {u"outbox"_s, u"list"_s, u"--outbox"_s, u""_s} << u"--outbox"_s;
        QTest::newRow("outbox retry --outbox ''")
            << QStringList {u"outbox"_s, u"retry"_s, u"--outbox"_s, u""_s} << u"--outbox"_s;
        QTest::newRow("augment --path ''")
            << QStringList {u"augment"_s, u"result"_s, u"--path"_s, u""_s} << u"--path"_s;
    }

    void blankOptionValuesAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, option);
        const ProgramRun r = bc(arguments, env(), results());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains((option + u" was given an empty value"_s).toUtf8()), r.err.constData());
        verifyNothingWritten();
    }

    void blankOutboxVariableIsAnError()
    {
        QProcessEnvironment e = env();
        e.insert(u"BENCHCONNECT_OUTBOX"_s, u" "_s);
        for (const QStringList &arguments : {QStringList {u"post"_s, u"result"_s, u"-"_s},
                 QStringList {u"outbox"_s, u"list"_s}, QStringList {u"outbox"_s, u"retry"_s}}) {
            const ProgramRun r = bc(arguments, e, results());
            QCOMPARE(r.exitCode, 4);
            QCOMPARE(r.errLines().size(), 1);
            QVERIFY2(r.err.contains("BENCHCONNECT_OUTBOX is set but blank"), r.err.constData());
            verifyNothingWritten();
        }
        // With --outbox the variable does not matter: a warning, and the results go where --outbox says.
        const ProgramRun r = bc({u"post"_s, u"result"_s, u"-"_s, u"--outbox"_s, outbox()}, e, results());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("warning: BENCHCONNECT_OUTBOX is set but blank"), r.err.constData());
        QCOMPARE(m_server.results().size(), 4);
    }

    // Every variable benchconnect reads, set but blank, is named in a warning.
    void blankVariablesAreWarnedAbout_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QStringList>("arguments");
        const QStringList augment {u"augment"_s, u"result"_s, u"--json"_s, u"{\"stats\": {\"data\": [1]}}"_s};
        const QStringList post {u"post"_s, u"run"_s, u"--json"_s, u"{\"id\": \"run-blank\"}"_s};
        for (const char *name : {"CONBENCH_PROJECT_REPOSITORY", "CONBENCH_PROJECT_COMMIT",
                 "CONBENCH_PROJECT_PR_NUMBER", "BENCHMARKABLE_PR_NUMBER", "CONBENCH_MACHINE_INFO_NAME"})
            QTest::newRow(name) << QString::fromLatin1(name) << augment;
        for (const char *name : {"CONBENCH_URL", "CONBENCH_EMAIL", "CONBENCH_PASSWORD",
                 "BENCHCONNECT_RETRY_DEADLINE", "BENCHCONNECT_MAX_IN_FLIGHT", "BENCHCONNECT_CA_BUNDLE"})
            QTest::newRow(name) << QString::fromLatin1(name) << post;
        QTest::newRow("BENCHCONNECT_OUTBOX")
            << u"BENCHCONNECT_OUTBOX"_s << QStringList {u"outbox"_s, u"list"_s, u"--outbox"_s, outbox()};
    }

    void blankVariablesAreWarnedAbout()
    {
        QFETCH(QString, variable);
        QFETCH(QStringList, arguments);
        QProcessEnvironment e = env();
        if (variable.startsWith(u"CONBENCH_PROJECT"_s)) { // one of the pair blank, the other unset
            e.remove(u"CONBENCH_PROJECT_REPOSITORY"_s);
            e.remove(u"CONBENCH_PROJECT_COMMIT"_s);
        }
        e.insert(variable, u"  "_s);
        const ProgramRun r = bc(arguments, e);
        QVERIFY2(r.err.contains((variable + u" is set but blank"_s).toUtf8()), r.err.constData());
    }

    void folderEntriesThatAreNotFilesAreErrors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("dangling symlink") << u"dangling"_s << u"a dangling symbolic link"_s;
        QTest::newRow("symlink loop") << u"loop"_s << u"a symbolic link loop"_s;
        QTest::newRow("fifo") << u"fifo"_s << u"is a FIFO"_s;
    }

    void folderEntriesThatAreNotFilesAreErrors()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir folder;
        const QDir examples(examplesDir());
        for (const QString &name : examples.entryList({u"*.json"_s}, QDir::Files))
            QVERIFY(QFile::copy(examples.filePath(name), folder.filePath(name)));
        const QString odd = folder.filePath(u"zz-extra.json"_s);
        const QByteArray native = QFile::encodeName(odd);
        if (kind == u"dangling"_s)
            QVERIFY(QFile::link(folder.filePath(u"moved-away.json"_s), odd));
        else if (kind == u"loop"_s)
            QCOMPARE(::symlink("zz-extra.json", native.constData()), 0);
        else
            QCOMPARE(::mkfifo(native.constData(), 0600), 0);

        const ProgramRun augment = bc({u"augment"_s, u"result"_s, u"--path"_s, folder.path()}, env());
        QCOMPARE(augment.exitCode, 3);
        QVERIFY2(augment.err.contains(odd.toUtf8()), augment.err.constData());
        QVERIFY2(augment.err.contains(message.toUtf8()), augment.err.constData());
        QCOMPARE(augment.out, QByteArray());

        QCOMPARE(bc({u"start"_s, u"run"_s}, env()).exitCode, 0);
        const ProgramRun submit = bc({u"submit"_s, u"result"_s, u"--path"_s, folder.path()}, env());
        QCOMPARE(submit.exitCode, 3);
        QCOMPARE(submit.errLines().filter(u"error:"_s).size(), 1);
        QVERIFY2(submit.err.contains(odd.toUtf8()), submit.err.constData());
        QCOMPARE(m_server.results().size(), 0);
        QFile::remove(m_dir.filePath(u"benchconnect-state.json"_s));
    }

    void aFifoGivenToPathIsRefusedAtOnce()
    {
        QTemporaryDir folder;
        const QString fifo = folder.filePath(u"results.json"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // Nobody writes to it: reading it would block until killed.
        const ProgramRun r = bc({u"augment"_s, u"result"_s, u"--path"_s, fifo}, env(), {}, 15000);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains((fifo + u" is a FIFO"_s).toUtf8()), r.err.constData());
    }

    void inputPastTheSizeLimitIsRefused()
    {
        QTemporaryDir folder;
        // 65 MiB (sparse): past the default limit, refused before a byte of it is read.
        const QString huge = folder.filePath(u"huge.json"_s);
        {
            QFile file(huge);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(qint64(65) * 1024 * 1024));
        }
        ProgramRun r = bc({u"post"_s, u"result"_s, u"--path"_s, huge}, env());
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains("huge.json is 65.0 MiB, more than the 64.0 MiB"), r.err.constData());
        QVERIFY2(r.err.contains("--max-input-size"), r.err.constData());

        // A 3 MiB result with a 2 MiB limit is refused, with 4 MiB it is sent.
        QJsonObject result = QJsonDocument::fromJson(results().split('\n').constFirst()).object();
        result.insert("info"_L1, QJsonObject {{"padding"_L1, QString(3 * 1024 * 1024, u'x')}});
        const QString large = folder.filePath(u"large.json"_s);
        {
            QFile file(large);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(result).toJson());
        }
        r = bc({u"post"_s, u"result"_s, u"--path"_s, large, u"--max-input-size"_s, u"2"_s}, env());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("more than the 2.0 MiB"), r.err.constData());
        const QByteArray line = QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n';
        r = bc({u"post"_s, u"result"_s, u"--max-input-size"_s, u"2"_s}, env(), line);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("standard input, line 1 is longer than the 2.0 MiB"), r.err.constData());
        QCOMPARE(m_server.results().size(), 0);

        r = bc({u"post"_s, u"result"_s, u"--path"_s, large, u"--max-input-size"_s, u"4"_s}, env());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_server.results().size(), 1);

        r = bc({u"post"_s, u"result"_s, u"--path"_s, large, u"--max-input-size"_s, u"lots"_s}, env());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--max-input-size \"lots\""), r.err.constData());
    }

    void numberOutOfRangeIsSaidToBe()
    {
        const ProgramRun r = bc({u"augment"_s, u"result"_s, u"--json"_s,
                                    u"{\"stats\": {\"unit\": \"s\",\n \"data\": [1.5, 1e400]}}"_s},
            env());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("--json: invalid JSON at offset 39 (line 2, column 16): the number 1e400 is "
                                "out of range"),
            r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestInputPaths)
#include "tst_input_paths.moc"

// The limits on input, each as the README states it: the size of one file and one NDJSON line (and
// the option that raises it), the memory one refused file takes, JSON nesting depth, the number of
// files in a --path folder before a warning, and the special files of a result folder (symbolic
// link loops, FIFOs, sockets, devices), which are reported, never followed or waited on.
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestLimits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = cleanEnvironment();
        e.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"example/project"_s);
        e.insert(u"CONBENCH_PROJECT_COMMIT"_s, u"0123456789abcdef0123456789abcdef01234567"_s);
        e.insert(u"CONBENCH_MACHINE_INFO_NAME"_s, u"limits"_s);
        e.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        return e;
    }

    ProgramRun augment(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 120000)
    {
        return run(cliPath(), QStringList {u"augment"_s, u"result"_s} + arguments, env(), input, m_dir.path(),
            timeoutMs);
    }

    static QByteArray result(int n)
    {
        return QJsonDocument(
            QJsonObject {{"tags"_L1, QJsonObject {{"name"_L1, u"limit-%1"_s.arg(n)}}},
                {"stats"_L1, QJsonObject {{"data"_L1, QJsonArray {1, 2}}, {"unit"_L1, "s"_L1}}}})
            .toJson(QJsonDocument::Compact);
    }

    static bool writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

private slots:
    // First, so that no earlier child of this test process counts in the peak measured.
    void aRefusedLargeFileTakesLittleMemory()
    {
        // 200 MB (sparse): past the 64 MiB default, refused before it is read. Before the limit,
        // reading such a file took 1.46 GB.
        const QString huge = m_dir.filePath(u"huge.json"_s);
        {
            QFile file(huge);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(qint64(200) * 1000 * 1000));
        }
        const ProgramRun r = augment({u"--path"_s, huge});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("huge.json is 190.7 MiB, more than the 64.0 MiB"), r.err.constData());
        rusage usage {};
        QCOMPARE(::getrusage(RUSAGE_CHILDREN, &usage), 0);
        const long peakMiB = usage.ru_maxrss / 1024; // kilobytes on Linux
#ifdef BENCHCONNECT_SANITIZED
        const long bound = 400; // the sanitizers' own bookkeeping
#else
        const long bound = 100;
#endif
        qInfo("peak resident set size of the refusing process: %ld MiB", peakMiB);
        QVERIFY2(peakMiB < bound, qPrintable(u"%1 MiB"_s.arg(peakMiB)));
        QFile::remove(huge);
    }

    void oneFileAndOneLineAreLimitedAndTheLimitCanBeRaised()
    {
        // A result of 1.5 MiB: refused under --max-input-size 1, read under 2.
        QJsonObject object = QJsonDocument::fromJson(result(1)).object();
        object.insert("info"_L1, QJsonObject {{"padding"_L1, QString(1536 * 1024, u'x')}});
        const QByteArray big = QJsonDocument(object).toJson(QJsonDocument::Compact);
        const QString file = m_dir.filePath(u"big.json"_s);
        QVERIFY(writeFile(file, big));

        ProgramRun r = augment({u"--path"_s, file, u"--max-input-size"_s, u"1"_s});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains("big.json is 1.5 MiB, more than the 1.0 MiB that one input object may take"),
            r.err.constData());
        QVERIFY2(r.err.contains("--max-input-size"), r.err.constData());
        QCOMPARE(r.out, QByteArray());
        r = augment({u"--path"_s, file, u"--max-input-size"_s, u"2"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outLines().size(), 1);

        // One NDJSON line past the limit, after a good one, from standard input.
        const QByteArray ndjson = result(0) + '\n' + big + '\n';
        r = augment({u"-"_s, u"--max-input-size"_s, u"1"_s}, ndjson);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("standard input, line 2 is longer than the 1.0 MiB"), r.err.constData());
        r = augment({u"-"_s, u"--max-input-size"_s, u"2"_s}, ndjson);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outLines().size(), 2);
    }

    void nestingDeeperThanQtsReaderTakesIsAnError()
    {
        // Qt's JSON reader takes at most 1024 nested objects and arrays; deeper is a parse error
        // naming where, never a stack overflow.
        const auto nested = [](int depth) {
            // {"tags": {"name": "n"}, "stats": ..., "info": {"a": [[[...]]]}}: depth counts every
            // object and array from the outermost.
            const int arrays = depth - 2;
            return "{\"tags\": {\"name\": \"n\"}, \"stats\": {\"data\": [1], \"unit\": \"s\"}, \"info\": "
                   "{\"a\": "
                + QByteArray(arrays, '[') + QByteArray(arrays, ']') + "}}";
        };
        ProgramRun r = augment({u"--json"_s, QString::fromLatin1(nested(1024))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = augment({u"--json"_s, QString::fromLatin1(nested(1025))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("too deeply nested"), r.err.constData());
        QVERIFY2(r.err.contains("--json: invalid JSON at offset"), r.err.constData());
        // A million levels: still only the error.
        r = augment({u"-"_s}, nested(1000000) + '\n');
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("standard input, line 1: invalid JSON"), r.err.constData());
        QVERIFY2(r.err.contains("too deeply nested"), r.err.constData());
    }

    void aFolderOfManyFilesIsReadWithAWarning()
    {
        QTemporaryDir few;
        for (int i = 0; i < 3; ++i)
            QVERIFY(writeFile(few.filePath(u"r%1.json"_s.arg(i)), result(i)));
        ProgramRun r = augment({u"--path"_s, few.path()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outLines().size(), 3);
        QVERIFY2(!r.err.contains("Is it the right folder?"), r.err.constData());

        QTemporaryDir many;
        const int count = 10001;
        for (int i = 0; i < count; ++i)
            QVERIFY(writeFile(many.filePath(u"r%1.json"_s.arg(i, 5, 10, QChar(u'0'))), result(i)));
        r = augment({u"--path"_s, many.path()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outLines().size(), count);
        QVERIFY2(r.err.contains((
                     many.path() + u" holds 10,001 *.json files, more than 10,000; each is read on its own"_s)
                                    .toUtf8()),
            r.err.constData());
        QCOMPARE(r.errLines().filter(u"warning"_s, Qt::CaseInsensitive).size(), 1);
    }

    void specialFilesAreReportedNeverFollowedOrWaitedOn_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("device") << u"device"_s << u"is a device, not a regular file"_s;
        QTest::newRow("socket") << u"socket"_s << u"is a socket, not a regular file"_s;
        QTest::newRow("fifo") << u"fifo"_s << u"is a FIFO (named pipe), not a regular file"_s;
        QTest::newRow("symlink loop") << u"loop"_s << u"a symbolic link loop"_s;
        QTest::newRow("link to its folder") << u"parent"_s << u"is a directory"_s;
    }

    void specialFilesAreReportedNeverFollowedOrWaitedOn()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir folder;
        QVERIFY(writeFile(folder.filePath(u"a.json"_s), result(0)));
        const QString odd = folder.filePath(u"b.json"_s);
        const QByteArray native = QFile::encodeName(odd);
        QLocalServer socket;
        if (kind == u"device"_s) {
            QVERIFY(QFile::link(u"/dev/zero"_s, odd)); // read, it would never end
        } else if (kind == u"socket"_s) {
            QVERIFY2(socket.listen(odd), qPrintable(socket.errorString()));
        } else if (kind == u"fifo"_s) {
            QCOMPARE(::mkfifo(native.constData(), 0600), 0); // read, it would block
        } else if (kind == u"loop"_s) {
            QCOMPARE(::symlink("c.json", native.constData()), 0);
            QCOMPARE(::symlink("b.json", QFile::encodeName(folder.filePath(u"c.json"_s)).constData()), 0);
        } else {
            QCOMPARE(::symlink(".", native.constData()), 0);
        }
        QElapsedTimer timer;
        timer.start();
        // In the folder, and given itself to --path.
        for (const QString &path : {folder.path(), odd}) {
            const ProgramRun r = augment({u"--path"_s, path}, {}, 30000);
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.err.contains(odd.toUtf8()), r.err.constData());
            QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
            QCOMPARE(r.out, QByteArray());
        }
        QVERIFY2(timer.elapsed() < 20000, "waited on a special file");
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"

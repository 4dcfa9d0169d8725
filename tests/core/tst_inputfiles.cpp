// What the input loader refuses, and how it says so: entries of a --path folder that are not
// regular files, objects past the size limit, numbers out of range; and how server URLs compare.
#include "clientsettings.h"
#include "inputloader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestInputFiles : public QObject
{
    Q_OBJECT

private:
    static void write(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }

    // The error of the first object, or of opening; empty when everything was read.
    static QString firstError(const QString &path, const InputSizeLimit &limit = {})
    {
        QString error;
        auto source = InputLoader::fromPath(path, &error, limit);
        if (!source)
            return error;
        for (;;) {
            QJsonObject object;
            const auto status = source->next(&object, &error);
            if (status == JsonObjectSource::Status::End)
                return {};
            if (status == JsonObjectSource::Status::Error)
                return error;
        }
    }

private slots:
    void folderEntriesThatAreNotFilesAreErrors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("dangling symlink") << u"dangling"_s << u"a dangling symbolic link"_s;
        QTest::newRow("symlink loop") << u"loop"_s << u"a symbolic link loop"_s;
        QTest::newRow("fifo") << u"fifo"_s << u"is a FIFO"_s;
        QTest::newRow("directory") << u"directory"_s << u"is a directory"_s;
    }

    void folderEntriesThatAreNotFilesAreErrors()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        write(dir.filePath(u"a.json"_s), "{\"a\": 1}");
        const QString odd = dir.filePath(u"b.json"_s);
        const QByteArray native = QFile::encodeName(odd);
        if (kind == u"dangling"_s)
            QVERIFY(QFile::link(dir.filePath(u"gone.json"_s), odd));
        else if (kind == u"loop"_s)
            QCOMPARE(::symlink("b.json", native.constData()), 0);
        else if (kind == u"fifo"_s)
            QCOMPARE(::mkfifo(native.constData(), 0600), 0);
        else
            QVERIFY(QDir(dir.path()).mkdir(u"b.json"_s));
        const QString error = firstError(dir.path());
        QVERIFY2(error.contains(odd), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void anEntryReplacedByAFifoAfterListingIsRefused()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"a.json"_s), "{\"a\": 1}");
        const QString later = dir.filePath(u"b.json"_s);
        write(later, "{\"b\": 2}");
        QString error;
        auto source = InputLoader::fromPath(dir.path(), &error);
        QVERIFY(source);
        QVERIFY(QFile::remove(later));
        QCOMPARE(::mkfifo(QFile::encodeName(later).constData(), 0600), 0);
        QJsonObject object;
        QCOMPARE(source->next(&object, &error), JsonObjectSource::Status::Object);
        QCOMPARE(source->next(&object, &error), JsonObjectSource::Status::Error);
        QVERIFY2(error.contains(later + u" is a FIFO"_s), qPrintable(error));
    }

    void aFifoGivenDirectlyIsRefused()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"results.json"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // No writer: opening it for reading would block for ever.
        QString error;
        QVERIFY(!InputLoader::fromPath(fifo, &error));
        QVERIFY2(error.contains(u"is a FIFO"_s), qPrintable(error));
        InputOptions options;
        options.path = fifo;
        options.json = u"{}"_s; // even when another input wins
        QStringList warnings;
        QVERIFY(!InputLoader::open(options, &warnings, &error));
        QVERIFY2(error.contains(fifo), qPrintable(error));
    }

    void filesPastTheLimitAreRefused()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"big.json"_s);
        write(file, "{\"data\": \"" + QByteArray(3000, 'x') + "\"}");
        InputSizeLimit limit;
        limit.bytes = 2048;
        limit.howToRaise = u"raise it"_s;
        // The sizes are written as the locale writes numbers.
        const QString sizes = u"big.json is %L1 bytes, more than the %L2 bytes"_s.arg(3012).arg(2048);
        QString error = firstError(file, limit);
        QVERIFY2(error.contains(sizes), qPrintable(error));
        QVERIFY2(error.contains(u"raise it"_s), qPrintable(error));
        error = firstError(dir.path(), limit); // the same file in a folder
        QVERIFY2(error.contains(sizes), qPrintable(error));
        limit.bytes = 4096;
        QCOMPARE(firstError(file, limit), QString());
        QCOMPARE(firstError(dir.path(), limit), QString());
    }

    void ndjsonLinesPastTheLimitAreRefused()
    {
        QByteArray data = "{\"a\": 1}\n{\"b\": \"" + QByteArray(200000, 'x') + "\"}\n{\"c\": 3}\n";
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        InputSizeLimit limit;
        limit.bytes = 100000;
        auto source = InputLoader::fromNdjsonDevice(&buffer, limit);
        QJsonObject object;
        QString error;
        QCOMPARE(source->next(&object, &error), JsonObjectSource::Status::Object);
        QCOMPARE(source->next(&object, &error), JsonObjectSource::Status::Error);
        QVERIFY2(error.contains(u"standard input, line 2 is longer than"_s), qPrintable(error));

        // A line of exactly the limit is read, and long lines under it are whole.
        QByteArray fits = "{\"b\": \"" + QByteArray(99990, 'y') + "\"}\n{\"c\": 3}\n";
        QBuffer fitsBuffer(&fits);
        QVERIFY(fitsBuffer.open(QIODevice::ReadOnly));
        limit.bytes = fits.indexOf('\n');
        auto whole = InputLoader::fromNdjsonDevice(&fitsBuffer, limit);
        QCOMPARE(whole->next(&object, &error), JsonObjectSource::Status::Object);
        QCOMPARE(object.value("b"_L1).toString().size(), 99990);
        QCOMPARE(whole->next(&object, &error), JsonObjectSource::Status::Object);
        QCOMPARE(object.value("c"_L1).toInt(), 3);
        QCOMPARE(whole->next(&object, &error), JsonObjectSource::Status::End);

        // One byte more than the limit, read in several pieces, is refused.
        QVERIFY(fitsBuffer.seek(0));
        limit.bytes = fits.indexOf('\n') - 1;
        auto over = InputLoader::fromNdjsonDevice(&fitsBuffer, limit);
        QCOMPARE(over->next(&object, &error), JsonObjectSource::Status::Error);
        QVERIFY2(error.contains(u"standard input, line 1 is longer than"_s), qPrintable(error));
    }

    void numbersOutOfRangeAreSaidToBe_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("1e400") << QByteArray("{\"a\": 1e400}") << u"the number 1e400 is out of range"_s;
        QTest::newRow("-1e400") << QByteArray("{\"a\": [1, -1e400]}")
                                << u"the number -1e400 is out of range"_s;
        QTest::newRow("1e-400") << QByteArray("{\"a\": 1e-400}") << u"the number 1e-400 is out of range"_s;
        QTest::newRow("not a number") << QByteArray("{\"a\": 1e}") << u"illegal number"_s;
        QTest::newRow("minus alone") << QByteArray("{\"a\": -}") << u"illegal number"_s;
    }

    void numbersOutOfRangeAreSaidToBe()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QJsonObject object;
        QString error;
        QVERIFY(!InputLoader::parseObject(json, &object, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(u"line 1, column"_s), qPrintable(error));
    }

    void serverUrlsCompareNormalised_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("trailing slash") << u"https://c.example.org"_s << u"https://c.example.org/"_s << true;
        QTest::newRow("host case") << u"https://C.Example.ORG"_s << u"https://c.example.org"_s << true;
        QTest::newRow("scheme case") << u"HTTPS://c.example.org"_s << u"https://c.example.org"_s << true;
        QTest::newRow("https port") << u"https://c.example.org:443"_s << u"https://c.example.org"_s << true;
        QTest::newRow("http port") << u"http://c.example.org:80/"_s << u"http://c.example.org"_s << true;
        QTest::newRow("path slash") << u"https://c.example.org/conbench/"_s
                                    << u"https://c.example.org/conbench"_s << true;
        QTest::newRow("other port") << u"https://c.example.org:8443"_s << u"https://c.example.org"_s << false;
        QTest::newRow("other scheme") << u"http://c.example.org"_s << u"https://c.example.org"_s << false;
        QTest::newRow("other host") << u"https://d.example.org"_s << u"https://c.example.org"_s << false;
        QTest::newRow("other path") << u"https://c.example.org/a"_s << u"https://c.example.org/b"_s << false;
    }

    void serverUrlsCompareNormalised()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(ClientSettings::comparableUrl(QUrl(a)) == ClientSettings::comparableUrl(QUrl(b)), same);
    }
};

QTEST_GUILESS_MAIN(TestInputFiles)
#include "tst_inputfiles.moc"

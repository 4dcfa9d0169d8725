#include "inputloader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestInputLoader : public QObject
{
    Q_OBJECT

private:
    static void write(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }

    // Reads a source to its end; returns the objects, or stops at the first error.
    static QList<QJsonObject> readAll(JsonObjectSource *source, QString *error = nullptr)
    {
        QList<QJsonObject> objects;
        for (;;) {
            QJsonObject object;
            QString why;
            const auto status = source->next(&object, &why);
            if (status == JsonObjectSource::Status::End)
                break;
            if (status == JsonObjectSource::Status::Error) {
                if (error)
                    *error = why;
                break;
            }
            objects.append(object);
        }
        return objects;
    }

private slots:
    void jsonOption()
    {
        InputOptions options;
        options.json = u"{\"a\": 1}"_s;
        QStringList warnings;
        QString error;
        auto source = InputLoader::open(options, &warnings, &error);
        QVERIFY(source);
        const auto objects = readAll(source.get());
        QCOMPARE(objects.size(), 1);
        QCOMPARE(objects.at(0).value("a"_L1).toInt(), 1);
        QVERIFY(warnings.isEmpty());
    }

    void precedence_data()
    {
        QTest::addColumn<bool>("json");
        QTest::addColumn<bool>("ndjson");
        QTest::addColumn<bool>("path");
        QTest::addColumn<QString>("expectedFrom");
        QTest::addColumn<QString>("warningMentions");
        QTest::newRow("json over ndjson and path") << true << true << true << u"json"_s << u"--json"_s;
        QTest::newRow("json over path") << true << false << true << u"json"_s << u"ignoring --path"_s;
        QTest::newRow("ndjson over path") << false << true << true << u"ndjson"_s << u"ignoring --path"_s;
        QTest::newRow("path alone") << false << false << true << u"path"_s << QString();
        QTest::newRow("ndjson alone") << false << true << false << u"ndjson"_s << QString();
    }

    void precedence()
    {
        QFETCH(bool, json);
        QFETCH(bool, ndjson);
        QFETCH(bool, path);
        QFETCH(QString, expectedFrom);
        QFETCH(QString, warningMentions);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"one.json"_s);
        write(file, R"({"from": "path"})");
        InputOptions options;
        if (json)
            options.json = uR"({"from": "json"})"_s;
        if (ndjson)
            options.ndjson = QStringList {uR"({"from": "ndjson"})"_s};
        if (path)
            options.path = file;
        QStringList warnings;
        QString error;
        auto source = InputLoader::open(options, &warnings, &error);
        QVERIFY2(source, qPrintable(error));
        const auto objects = readAll(source.get());
        QCOMPARE(objects.size(), 1);
        QCOMPARE(objects.at(0).value("from"_L1).toString(), expectedFrom);
        if (warningMentions.isEmpty()) {
            QVERIFY(warnings.isEmpty());
        } else {
            QCOMPARE(warnings.size(), 1);
            QVERIFY2(warnings.at(0).contains(warningMentions), qPrintable(warnings.at(0)));
        }
    }

    void directoryReadsJsonFilesInOrderAndNotRecursively()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"b.json"_s), R"({"n": 2})");
        write(dir.filePath(u"a.json"_s), R"({"n": 1})");
        write(dir.filePath(u"notes.txt"_s), "not json at all");
        QVERIFY(QDir(dir.path()).mkdir(u"sub"_s));
        write(dir.filePath(u"sub/c.json"_s), R"({"n": 3})");
        QString error;
        auto source = InputLoader::fromPath(dir.path(), &error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->sizeHint(), 2);
        const auto objects = readAll(source.get());
        QCOMPARE(objects.size(), 2);
        QCOMPARE(objects.at(0).value("n"_L1).toInt(), 1);
        QCOMPARE(objects.at(1).value("n"_L1).toInt(), 2);
    }

    void directoryErrorNamesTheFileAndPosition()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"a.json"_s), R"({"n": 1})");
        write(dir.filePath(u"b.json"_s), "{\n  \"n\": 2,\n  oops\n}");
        QString error;
        auto source = InputLoader::fromPath(dir.path(), &error);
        QVERIFY(source);
        QString readError;
        const auto objects = readAll(source.get(), &readError);
        QCOMPARE(objects.size(), 1);
        QVERIFY2(readError.startsWith(dir.filePath(u"b.json"_s) + u": invalid JSON at offset"_s),
            qPrintable(readError));
        QVERIFY2(readError.contains(u"line 3"_s), qPrintable(readError));
    }

    void emptyDirectoryIsAnError()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"readme.txt"_s), "x");
        QString error;
        QVERIFY(!InputLoader::fromPath(dir.path(), &error));
        QCOMPARE(error, dir.path() + u": the directory holds no *.json files"_s);
    }

    void missingPathIsAnError()
    {
        QString error;
        QVERIFY(!InputLoader::fromPath(u"/nonexistent/results"_s, &error));
        QCOMPARE(error, u"/nonexistent/results: no such file or directory"_s);
    }

    void arrayIsNotAnObject()
    {
        auto source = InputLoader::fromJsonText(u"[{\"a\": 1}]"_s, u"--json"_s);
        QString error;
        QVERIFY(readAll(source.get(), &error).isEmpty());
        QVERIFY2(error.startsWith(u"--json: expected one JSON object, found an array"_s), qPrintable(error));
    }

    void ndjsonSkipsBlankLinesAndNamesTheBadLine()
    {
        auto source = InputLoader::fromNdjsonText(u"{\"n\": 1}\n\n{\"n\": 2}\n{\"n\": }\n{\"n\": 4}\n"_s);
        QString error;
        const auto objects = readAll(source.get(), &error);
        QCOMPARE(objects.size(), 2);
        QVERIFY2(
            error.startsWith(u"the NDJSON argument, line 4: invalid JSON at offset 7"_s), qPrintable(error));
    }

    void standardInputOnlyWhenNothingElseAndNotATerminal()
    {
        QBuffer stdinBuffer;
        stdinBuffer.setData("{\"from\": \"stdin\"}\n{\"from\": \"stdin\"}");
        QVERIFY(stdinBuffer.open(QIODevice::ReadOnly));
        InputOptions options;
        options.standardInput = &stdinBuffer;
        options.standardInputIsTerminal = true;
        QStringList warnings;
        QString error;
        QVERIFY(!InputLoader::open(options, &warnings, &error));
        QVERIFY2(error.startsWith(u"No input"_s), qPrintable(error));

        options.standardInputIsTerminal = false;
        auto source = InputLoader::open(options, &warnings, &error);
        QVERIFY(source);
        QCOMPARE(readAll(source.get()).size(), 2);

        // An explicit --path wins: a pipe that stays open never blocks a --path run.
        stdinBuffer.seek(0);
        options.path = u"/nonexistent.json"_s;
        QVERIFY(!InputLoader::open(options, &warnings, &error));
        QCOMPARE(error, u"/nonexistent.json: no such file or directory"_s);
    }

    void dashReadsStandardInput()
    {
        QBuffer stdinBuffer;
        stdinBuffer.setData("{\"n\": 7}\n");
        QVERIFY(stdinBuffer.open(QIODevice::ReadOnly));
        InputOptions options;
        options.ndjson = QStringList {u"-"_s};
        options.standardInput = &stdinBuffer;
        QStringList warnings;
        QString error;
        auto source = InputLoader::open(options, &warnings, &error);
        QVERIFY(source);
        const auto objects = readAll(source.get());
        QCOMPARE(objects.size(), 1);
        QCOMPARE(objects.at(0).value("n"_L1).toInt(), 7);
    }
};

QTEST_GUILESS_MAIN(TestInputLoader)
#include "tst_inputloader.moc"

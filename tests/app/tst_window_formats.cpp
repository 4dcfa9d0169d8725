// The window reads benchmark tools' output as the command line does: a folder dropped on it mixing
// Google Benchmark, hyperfine and Conbench JSON files gives one row per result with its format, a
// file in no known format one invalid row naming it, and a result the server's schema refuses says
// why. Drives the real window (offscreen).
#include "droparea.h"
#include "mainwindow.h"
#include "resultmodel.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMap>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

template <typename T> T *child(QWidget *window, const QString &name)
{
    T *widget = window->findChild<T *>(name);
    if (!widget)
        qWarning("no widget %s", qPrintable(name));
    return widget;
}

void setText(QWidget *window, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(window, name);
    edit->setText(text);
    emit edit->editingFinished();
}

// Drops the paths on the window's drop area, as a file manager does.
void drop(MainWindow *window, const QStringList &paths)
{
    auto *area = window->findChild<DropArea *>();
    QVERIFY(area);
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(area, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(area, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QString fixture(const QString &name)
{
    return TestSupport::sourceDir() + u"/tests/core/data/adapters/"_s + name;
}

QString text(const ResultModel *model, int row, int column, int role = Qt::DisplayRole)
{
    return model->data(model->index(row, column), role).toString();
}

} // namespace

class TestWindowFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void folderMixingFormats();
    void schemaReasonsReachTheRow();
    void damagedAndEmptyFiles();
    void serverHoldsEachToolResultOnce();

private:
    // Nothing is sent by default: a server that does not answer is enough to compose the run.
    void compose(MainWindow &window, const QString &server = u"http://127.0.0.1:9"_s);
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_outboxDir;
};

void TestWindowFormats::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"benchconnect-test"_s);
    QCoreApplication::setApplicationName(u"benchconnect-test"_s);
    qputenv("BENCHCONNECT_OUTBOX", m_outboxDir.path().toLocal8Bit());
    for (const char *name : {"CONBENCH_URL", "CONBENCH_EMAIL", "CONBENCH_PASSWORD",
             "CONBENCH_PROJECT_REPOSITORY", "CONBENCH_PROJECT_COMMIT", "CONBENCH_PROJECT_PR_NUMBER",
             "BENCHMARKABLE_PR_NUMBER", "CONBENCH_MACHINE_INFO_NAME"})
        qunsetenv(name);
}

void TestWindowFormats::compose(MainWindow &window, const QString &server)
{
    setText(&window, u"serverUrl"_s, server);
    child<QComboBox>(&window, u"runReason"_s)->setCurrentText(u"commit"_s);
    setText(&window, u"githubRepository"_s, u"example/project"_s);
    setText(&window, u"githubCommit"_s, u"0123456789abcdef0123456789abcdef01234567"_s);
}

void TestWindowFormats::folderMixingFormats()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(fixture(u"gbench/plain.json"_s), dir.filePath(u"sort-gbench.json"_s)));
    QVERIFY(QFile::copy(fixture(u"hyperfine/plain.json"_s), dir.filePath(u"commands.json"_s)));
    QVERIFY(QFile::copy(
        TestSupport::sourceDir() + u"/examples/results/sort-int64.json"_s, dir.filePath(u"conbench.json"_s)));
    QVERIFY(writeFile(dir.filePath(u"notes.txt"_s), "Ran on the lab machine, nothing else to say.\n"));

    MainWindow window;
    window.show();
    compose(window);
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    drop(&window, {dir.path()});
    QVERIFY(loaded.wait(20000));

    const ResultModel *model = window.model();
    QCOMPARE(model->headerData(ResultModel::FormatColumn, Qt::Horizontal).toString(), u"Format"_s);
    // Google Benchmark: 8 instances; hyperfine: 2 commands; Conbench JSON: 1; the notes: 1 error row.
    QCOMPARE(model->rowCount(), 12);
    QMap<QString, QStringList> namesByFormat;
    int unknownRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const ResultEntry &entry = model->entry(row);
        const QString format = text(model, row, ResultModel::FormatColumn);
        if (entry.origin.endsWith(u"notes.txt"_s)) {
            QVERIFY2(unknownRow < 0, "one row for the file in no known format");
            unknownRow = row;
            continue;
        }
        namesByFormat[format].append(entry.name);
        QVERIFY2(format.isEmpty() || entry.status == ResultEntry::Status::Valid,
            qPrintable(u"%1: %2"_s.arg(entry.origin, entry.message)));
    }
    for (QStringList &names : namesByFormat)
        names.sort();
    QCOMPARE(namesByFormat.keys(), (QStringList {u"Conbench"_s, u"Google Benchmark"_s, u"hyperfine"_s}));
    QCOMPARE(namesByFormat.value(u"Google Benchmark"_s),
        (QStringList {u"BM_Accumulate"_s, u"BM_Accumulate"_s, u"BM_Copy"_s, u"BM_Copy"_s, u"BM_Fails"_s,
            u"BM_Sleepy"_s, u"BM_Sort"_s, u"BM_Sort"_s}));
    QCOMPARE(namesByFormat.value(u"hyperfine"_s), (QStringList {u"sleep 0.01"_s, u"true"_s}));
    QFile conbench(dir.filePath(u"conbench.json"_s));
    QVERIFY(conbench.open(QIODevice::ReadOnly));
    const QString conbenchName = QJsonDocument::fromJson(conbench.readAll())
                                     .object()
                                     .value("tags"_L1)
                                     .toObject()
                                     .value("name"_L1)
                                     .toString();
    QVERIFY(!conbenchName.isEmpty());
    QCOMPARE(namesByFormat.value(u"Conbench"_s), QStringList {conbenchName});

    // Rows of one file name it and the format; the format's tooltip is the adapter's full title.
    for (int row = 0; row < model->rowCount(); ++row) {
        const ResultEntry &entry = model->entry(row);
        if (entry.name == u"BM_Sleepy"_s) {
            QVERIFY2(text(model, row, ResultModel::FileColumn).contains(u"sort-gbench.json"_s),
                qPrintable(text(model, row, ResultModel::FileColumn)));
            QVERIFY(text(model, row, ResultModel::FormatColumn, Qt::ToolTipRole)
                        .contains(u"--benchmark_format=json"_s));
        }
        if (entry.name == conbenchName)
            QCOMPARE(entry.origin, dir.filePath(u"conbench.json"_s));
    }

    // The file in no known format: one invalid row naming it, saying so.
    QVERIFY(unknownRow >= 0);
    const ResultEntry &unknown = model->entry(unknownRow);
    QCOMPARE(unknown.status, ResultEntry::Status::Invalid);
    QCOMPARE(unknown.origin, dir.filePath(u"notes.txt"_s));
    QCOMPARE(text(model, unknownRow, ResultModel::FormatColumn), QString());
    const QString status = text(model, unknownRow, ResultModel::StatusColumn);
    QVERIFY2(status.startsWith(u"invalid: "_s) && status.contains(u"not in a format benchconnect reads"_s),
        qPrintable(status));
    QVERIFY(text(model, unknownRow, ResultModel::StatusColumn, Qt::ToolTipRole).contains(u"gbench"_s));
    QCOMPARE(model->count(ResultEntry::Status::Invalid), 1);
    QCOMPARE(model->count(ResultEntry::Status::Valid), 11);

    // Not a check: BENCHCONNECT_SHOW_SECONDS keeps the window on screen to look at it (under Xvfb,
    // with "import -window root").
    if (const int seconds = qEnvironmentVariableIntValue("BENCHCONNECT_SHOW_SECONDS"); seconds > 0) {
        window.resize(1380, 860);
        QTest::qWait(seconds * 1000);
    }
}

void TestWindowFormats::schemaReasonsReachTheRow()
{
    // A unit no Conbench server accepts: the server's schema refuses it, and the row says why.
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"ms.json"_s),
        R"({"run_reason": "commit", "tags": {"name": "in-ms"}, "stats": {"data": [1.5, 1.6], "unit": "ms"}})"));
    QVERIFY(writeFile(dir.filePath(u"ok.json"_s),
        R"({"run_reason": "commit", "tags": {"name": "in-s"}, "stats": {"data": [1.5, 1.6], "unit": "s"}})"));
    MainWindow window;
    window.show();
    compose(window);
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    window.addPaths({dir.path()});
    QVERIFY(loaded.wait(20000));
    const ResultModel *model = window.model();
    QCOMPARE(model->rowCount(), 2);
    QTRY_COMPARE(model->count(ResultEntry::Status::Invalid), 1);
    for (int row = 0; row < model->rowCount(); ++row) {
        const ResultEntry &entry = model->entry(row);
        QCOMPARE(text(model, row, ResultModel::FormatColumn), u"Conbench"_s);
        if (entry.name != u"in-ms"_s) {
            QCOMPARE(entry.status, ResultEntry::Status::Valid);
            continue;
        }
        QCOMPARE(entry.status, ResultEntry::Status::Invalid);
        const QString status = text(model, row, ResultModel::StatusColumn);
        const QString tip = text(model, row, ResultModel::StatusColumn, Qt::ToolTipRole);
        QVERIFY2(status.startsWith(u"invalid: stats.unit: "_s), qPrintable(status));
        QVERIFY2(tip.startsWith(u"stats.unit: "_s) && tip.contains(u"\"ms\""_s), qPrintable(tip));
    }
}

void TestWindowFormats::damagedAndEmptyFiles()
{
    // A Google Benchmark file cut short, an empty file, then a good hyperfine file: one invalid row
    // for each bad file, naming it (and the format recognised), and the good file's rows after them.
    QTemporaryDir dir;
    QFile gbench(fixture(u"gbench/plain.json"_s));
    QVERIFY(gbench.open(QIODevice::ReadOnly));
    QVERIFY(writeFile(dir.filePath(u"a-cut.json"_s), gbench.readAll().left(900)));
    QVERIFY(writeFile(dir.filePath(u"b-empty.json"_s), {}));
    QVERIFY(QFile::copy(fixture(u"hyperfine/plain.json"_s), dir.filePath(u"c-hyperfine.json"_s)));
    MainWindow window;
    window.show();
    compose(window);
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    drop(&window, {dir.path()});
    QVERIFY(loaded.wait(20000));
    const ResultModel *model = window.model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->entry(0).origin, dir.filePath(u"a-cut.json"_s));
    QCOMPARE(model->entry(0).status, ResultEntry::Status::Invalid);
    QCOMPARE(text(model, 0, ResultModel::FormatColumn), u"Google Benchmark"_s);
    QVERIFY2(model->entry(0).message.contains(u"JSON"_s), qPrintable(model->entry(0).message));
    QCOMPARE(model->entry(1).origin, dir.filePath(u"b-empty.json"_s));
    QCOMPARE(model->entry(1).status, ResultEntry::Status::Invalid);
    QVERIFY2(model->entry(1).message.contains(u"empty"_s), qPrintable(model->entry(1).message));
    QCOMPARE(text(model, 1, ResultModel::FormatColumn), QString());
    for (int row = 2; row < 4; ++row) {
        QCOMPARE(text(model, row, ResultModel::FormatColumn), u"hyperfine"_s);
        QCOMPARE(model->entry(row).status, ResultEntry::Status::Valid);
    }
}

void TestWindowFormats::serverHoldsEachToolResultOnce()
{
    // The rows of a folder mixing tools are sent with the run, and the server holds each once.
    TestServer server;
    QVERIFY(server.start(u"current"_s));
    QTemporaryDir dir;
    QVERIFY(QFile::copy(fixture(u"gbench/plain.json"_s), dir.filePath(u"gbench.json"_s)));
    QVERIFY(QFile::copy(fixture(u"hyperfine/failing.json"_s), dir.filePath(u"hyperfine.json"_s)));
    QVERIFY(QFile::copy(
        TestSupport::sourceDir() + u"/examples/results/sort-int64.json"_s, dir.filePath(u"conbench.json"_s)));
    MainWindow window;
    window.show();
    compose(window, server.url());
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    drop(&window, {dir.path()});
    QVERIFY(loaded.wait(20000));
    QCOMPARE(window.model()->rowCount(), 11);
    QSignalSpy submitted(&window, &MainWindow::submitFinished);
    window.submitRun();
    QVERIFY(submitted.wait(60000));
    QCOMPARE(submitted.constFirst().constFirst().toBool(), true);
    QCOMPARE(window.model()->count(ResultEntry::Status::Sent), 11);
    QMap<QString, int> held;
    for (const QJsonValue &value : server.results())
        ++held[value.toObject().value("tags"_L1).toObject().value("name"_L1).toString()];
    const QMap<QString, int> expected {{u"BM_Sort"_s, 2}, {u"BM_Copy"_s, 2}, {u"BM_Accumulate"_s, 2},
        {u"BM_Sleepy"_s, 1}, {u"BM_Fails"_s, 1}, {u"false"_s, 1}, {u"sleep 0.002"_s, 1}, {u"sort"_s, 1}};
    QCOMPARE(held, expected);
}

QTEST_MAIN(TestWindowFormats)
#include "tst_window_formats.moc"

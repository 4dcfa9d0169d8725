// What the window is given to read, and what it says of it: paths on its command line, the
// adapters' warnings, special files in a folder, JSON that is not a result, a file given twice.
// Drives the real window (offscreen) and the real benchconnect-gui program, against the real test
// server.
#include "droparea.h"
#include "mainwindow.h"
#include "resultmodel.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QMap>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

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

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray result(const QByteArray &name)
{
    return R"({"run_reason": "commit", "tags": {"name": ")" + name
        + R"("}, "stats": {"data": [1.5, 1.6], "unit": "s"}})";
}

QString logText(QWidget *window)
{
    return child<QPlainTextEdit>(window, u"log"_s)->toPlainText();
}

QStringList names(const ResultModel *model)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list.append(model->entry(row).name);
    list.sort();
    return list;
}

QStringList storedNames(const TestServer &server)
{
    QStringList list;
    for (const QJsonValue &value : server.results())
        list.append(value.toObject().value("tags"_L1).toObject().value("name"_L1).toString());
    list.sort();
    return list;
}

} // namespace

class TestWindowInputs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void commandLinePathsAreAdded();
    void theProgramTakesPathsAndRefusesUnknownOptions();
    void withoutADisplayTheProgramSaysSo();
    void theAdaptersWarningsAreShown();
    void specialFilesInAFolderAreRowsOfTheirOwn();
    void jsonThatIsNotAResultSaysWhy();
    void aFileAddedBeforeItsFolderIsReadOnce();

private:
    void compose(MainWindow &window, const QString &server);
    // Waits for the loads under way and for the rows to be checked.
    static bool settle(MainWindow &window);
    // Submits the run; true when it ended well.
    static bool submit(MainWindow &window);
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_outboxDir;
};

void TestWindowInputs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"benchconnect-test"_s);
    QCoreApplication::setApplicationName(u"benchconnect-inputs-test"_s);
    qputenv("BENCHCONNECT_OUTBOX", m_outboxDir.path().toLocal8Bit());
    for (const char *name : {"CONBENCH_URL", "CONBENCH_EMAIL", "CONBENCH_PASSWORD",
             "CONBENCH_PROJECT_REPOSITORY", "CONBENCH_PROJECT_COMMIT", "CONBENCH_PROJECT_PR_NUMBER",
             "BENCHMARKABLE_PR_NUMBER", "CONBENCH_MACHINE_INFO_NAME"})
        qunsetenv(name);
}

void TestWindowInputs::compose(MainWindow &window, const QString &server)
{
    setText(&window, u"serverUrl"_s, server);
    child<QComboBox>(&window, u"runReason"_s)->setCurrentText(u"commit"_s);
    setText(&window, u"githubRepository"_s, u"example/project"_s);
    setText(&window, u"githubCommit"_s, u"0123456789abcdef0123456789abcdef01234567"_s);
}

bool TestWindowInputs::settle(MainWindow &window)
{
    QElapsedTimer clock;
    clock.start();
    while ((window.isLoading() || window.isRechecking()) && clock.elapsed() < 30000)
        QTest::qWait(20);
    return !window.isLoading() && !window.isRechecking();
}

bool TestWindowInputs::submit(MainWindow &window)
{
    QSignalSpy submitted(&window, &MainWindow::submitFinished);
    window.submitRun();
    return submitted.wait(30000) && submitted.constFirst().constFirst().toBool();
}

// benchconnect-gui results/ other.json: the folder and the file are added as if dropped, each path
// made absolute; a path that is not there is said, and nothing else is held up by it.
void TestWindowInputs::commandLinePathsAreAdded()
{
    TestServer server;
    QVERIFY(server.start(u"current"_s));
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"results"_s));
    QVERIFY(writeFile(dir.filePath(u"results/a.json"_s), result("from-folder-a")));
    QVERIFY(writeFile(dir.filePath(u"results/b.json"_s), result("from-folder-b")));
    QVERIFY(writeFile(dir.filePath(u"other.json"_s), result("on-its-own")));
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const auto back = qScopeGuard([&before] { QDir::setCurrent(before); });

    MainWindow window;
    window.show();
    compose(window, server.url());
    const QStringList problems
        = window.addCommandLinePaths({u"results/"_s, u"other.json"_s, u"missing.json"_s});
    QVERIFY(settle(window));
    QCOMPARE(names(window.model()), (QStringList {u"from-folder-a"_s, u"from-folder-b"_s, u"on-its-own"_s}));
    for (int row = 0; row < window.model()->rowCount(); ++row) {
        const ResultEntry &entry = window.model()->entry(row);
        QVERIFY2(
            entry.origin.startsWith(QDir(dir.path()).canonicalPath()) || entry.origin.startsWith(dir.path()),
            qPrintable(entry.origin));
        QCOMPARE(entry.status, ResultEntry::Status::Valid);
    }
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(u"missing.json: no such file or directory"_s)
            && problems.constFirst().contains(u"command line"_s),
        qPrintable(problems.constFirst()));
    QVERIFY2(logText(&window).contains(problems.constFirst()), qPrintable(logText(&window)));

    QVERIFY(submit(window));
    QCOMPARE(storedNames(server), (QStringList {u"from-folder-a"_s, u"from-folder-b"_s, u"on-its-own"_s}));
}

// The program, with env: an option it does not know is refused with status 2; a subcommand is the
// command line's.
static void refusesUnknownOptionsAndRunsSubcommands(const QProcessEnvironment &env)
{
    const ProgramRun unknown = TestSupport::run(TestSupport::guiPath(), {u"--no-such-option"_s}, env);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("Unknown option \"--no-such-option\""), unknown.err.constData());
    const ProgramRun subcommand = TestSupport::run(TestSupport::guiPath(), {u"adapt"_s, u"--help"_s}, env);
    QCOMPARE(subcommand.exitCode, 0);
    QVERIFY(subcommand.out.startsWith("Usage: benchconnect adapt"));
}

// The program itself: a path that is not there is said on its standard error while the window
// opens; an option it does not know is refused with status 2; a subcommand is still the command
// line's.
void TestWindowInputs::theProgramTakesPathsAndRefusesUnknownOptions()
{
    QProcessEnvironment env = TestSupport::cleanEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QTemporaryDir home;
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"BENCHCONNECT_OUTBOX"_s, home.filePath(u"outbox"_s));

    refusesUnknownOptionsAndRunsSubcommands(env);
    if (QTest::currentTestFailed())
        return;

    QProcess gui;
    gui.setProcessEnvironment(env);
    const QString missing = home.filePath(u"not-there.json"_s);
    gui.start(TestSupport::guiPath(), {u"--"_s, missing});
    QVERIFY(gui.waitForStarted());
    QByteArray err;
    QElapsedTimer clock;
    clock.start();
    while (!err.contains("not-there.json") && gui.state() == QProcess::Running && clock.elapsed() < 20000) {
        gui.waitForReadyRead(200);
        err += gui.readAllStandardError();
    }
    QVERIFY2(gui.state() == QProcess::Running, err.constData()); // the window stays open
    gui.kill();
    gui.waitForFinished();
    QVERIFY2(err.contains(missing.toUtf8() + ": no such file or directory"), err.constData());
}

// Started where there is no display (over SSH without X forwarding, in a CI job): the program says
// so and ends with status 1, where Qt would abort it (a core dump) with a message about platform
// plugins; an option it does not know is still refused with status 2, Qt's own options are not
// taken for unknown ones, a subcommand still runs, and the message is in the user's language.
void TestWindowInputs::withoutADisplayTheProgramSaysSo()
{
    QProcessEnvironment env = TestSupport::cleanEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    QTemporaryDir home;
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"BENCHCONNECT_OUTBOX"_s, home.filePath(u"outbox"_s));

    const ProgramRun plain = TestSupport::run(TestSupport::guiPath(), {}, env);
    QCOMPARE(plain.exitCode, 1); // -1 if it ended by a signal
    QVERIFY2(
        plain.err.contains("benchconnect-gui: There is no display to open the window on (neither DISPLAY nor "
                           "WAYLAND_DISPLAY is set)"),
        plain.err.constData());
    QVERIFY2(!plain.err.contains("platform plugin"), plain.err.constData());

    const ProgramRun withQtOptions = TestSupport::run(
        TestSupport::guiPath(), {u"-style"_s, u"fusion"_s, u"-reverse"_s, u"results"_s}, env);
    QCOMPARE(withQtOptions.exitCode, 1);
    QVERIFY2(withQtOptions.err.contains("no display"), withQtOptions.err.constData());

    refusesUnknownOptionsAndRunsSubcommands(env);
    if (QTest::currentTestFailed())
        return;

    env.insert(u"BENCHCONNECT_LANGUAGE"_s, u"de"_s);
    const ProgramRun german = TestSupport::run(TestSupport::guiPath(), {}, env);
    QCOMPARE(german.exitCode, 1);
    QVERIFY2(german.err.contains("DISPLAY") && !german.err.contains("There is no display"),
        german.err.constData());
}

// What the command line warns of while reading a folder (a go line cut short, a file of several
// that holds no result), the window says too: in the Log, word for word, and in the status bar;
// the rest is read and sent.
void TestWindowInputs::theAdaptersWarningsAreShown()
{
    TestServer server;
    QVERIFY(server.start(u"current"_s));
    QTemporaryDir dir;
    QFile go(TestSupport::sourceDir() + u"/tests/core/data/adapters/gotest/count3.txt"_s);
    QVERIFY(go.open(QIODevice::ReadOnly));
    const QByteArray whole = go.readAll();
    const qsizetype cut = whole.indexOf("56.36 MB/s");
    QVERIFY(cut > 0);
    QVERIFY(writeFile(dir.filePath(u"a-go.txt"_s), whole.left(cut + 3))); // a result line cut short
    QVERIFY(writeFile(dir.filePath(u"b-gbench.json"_s),
        R"({"context": {"num_cpus": 2, "library_build_type": "release"}, "benchmarks": []})"));
    QVERIFY(writeFile(dir.filePath(u"c.json"_s), result("conbench-one")));

    const ProgramRun cli = TestSupport::run(TestSupport::cliPath(),
        {u"adapt"_s, u"auto"_s, u"--path"_s, dir.path()}, TestSupport::cleanEnvironment());
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    QStringList warnings;
    for (const QString &line : cli.errLines()) {
        if (const qsizetype at = line.indexOf(u"warning: "_s); at >= 0)
            warnings.append(line.mid(at + 9));
    }
    QVERIFY2(warnings.size() == 2, cli.err.constData());
    const int sent = int(cli.outLines().size());

    MainWindow window;
    window.show();
    compose(window, server.url());
    window.addPaths({dir.path()});
    QVERIFY(settle(window));
    QCOMPARE(window.model()->rowCount(), sent);
    const QString log = logText(&window);
    for (const QString &warning : std::as_const(warnings))
        QVERIFY2(log.contains(u"Warning: "_s + warning), qPrintable(warning + u"\n--- log:\n"_s + log));
    const QString status = window.statusBar()->currentMessage();
    QVERIFY2(status.contains(u"2 warnings"_s) && status.contains(u"left out"_s), qPrintable(status));

    QVERIFY(submit(window));
    QCOMPARE(server.results().size(), sent);
}

// A FIFO and a socket in a dropped folder: each is a row saying it cannot be read and why (the
// FIFO is not waited on: nothing writes to it), and the folder's files are read and sent.
void TestWindowInputs::specialFilesInAFolderAreRowsOfTheirOwn()
{
    TestServer server;
    QVERIFY(server.start(u"current"_s));
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"a.json"_s), result("before-the-fifo")));
    QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(u"b-fifo.json"_s)).constData(), 0600) == 0);
    const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(sock >= 0);
    const auto closeSocket = qScopeGuard([sock] { ::close(sock); });
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray socketPath = QFile::encodeName(dir.filePath(u"c-socket.json"_s));
    QVERIFY(size_t(socketPath.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, socketPath.constData(), size_t(socketPath.size()));
    QVERIFY(::bind(sock, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0);
    QVERIFY(writeFile(dir.filePath(u"d.json"_s), result("after-the-socket")));

    MainWindow window;
    window.show();
    compose(window, server.url());
    window.addPaths({dir.path()});
    QVERIFY(settle(window));
    const ResultModel *model = window.model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->count(ResultEntry::Status::Valid), 2);
    QCOMPARE(model->count(ResultEntry::Status::Invalid), 2);
    QMap<QString, QString> invalid; // file name → status shown
    for (int row = 0; row < model->rowCount(); ++row) {
        const ResultEntry &entry = model->entry(row);
        if (entry.status == ResultEntry::Status::Invalid)
            invalid.insert(QFileInfo(entry.origin).fileName(),
                model->index(row, ResultModel::StatusColumn).data(Qt::ToolTipRole).toString());
    }
    QCOMPARE(invalid.keys(), (QStringList {u"b-fifo.json"_s, u"c-socket.json"_s}));
    QVERIFY2(invalid.value(u"b-fifo.json"_s).contains(u"is a FIFO (named pipe), not a regular file"_s),
        qPrintable(invalid.value(u"b-fifo.json"_s)));
    QVERIFY2(invalid.value(u"c-socket.json"_s).contains(u"is a socket, not a regular file"_s),
        qPrintable(invalid.value(u"c-socket.json"_s)));

    QVERIFY(submit(window));
    QCOMPARE(storedNames(server), (QStringList {u"after-the-socket"_s, u"before-the-fifo"_s}));
}

// A JSON file holding an array nested deeper than can be read, or an array of results: each row
// says what is wrong with it, not "not in a format", and so does the command line.
void TestWindowInputs::jsonThatIsNotAResultSaysWhy()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"deep.json"_s), QByteArray(5000, '[') + QByteArray(5000, ']')));
    QVERIFY(writeFile(dir.filePath(u"list.json"_s), '[' + result("in-a-list") + ']'));
    QVERIFY(writeFile(dir.filePath(u"one.json"_s), result("one")));
    MainWindow window;
    window.show();
    compose(window, u"http://127.0.0.1:9"_s);
    window.addPaths({dir.path()});
    QVERIFY(settle(window));
    const ResultModel *model = window.model();
    QCOMPARE(model->rowCount(), 3);
    QMap<QString, QString> statuses;
    for (int row = 0; row < model->rowCount(); ++row)
        statuses.insert(QFileInfo(model->entry(row).origin).fileName(),
            model->index(row, ResultModel::StatusColumn).data().toString());
    QCOMPARE(statuses.value(u"one.json"_s), u"valid"_s);
    const QString deep = statuses.value(u"deep.json"_s);
    QVERIFY2(deep.startsWith(u"invalid: not a benchmark result: JSON nested too deeply"_s)
            && deep.contains(u"too deeply nested document"_s) && !deep.contains(u"not in a format"_s),
        qPrintable(deep));
    const QString list = statuses.value(u"list.json"_s);
    QVERIFY2(list.startsWith(u"invalid: not a benchmark result: a JSON array"_s), qPrintable(list));

    const ProgramRun cli = TestSupport::run(TestSupport::cliPath(),
        {u"adapt"_s, u"auto"_s, u"--path"_s, dir.filePath(u"deep.json"_s)}, TestSupport::cleanEnvironment());
    QCOMPARE(cli.exitCode, 3);
    QVERIFY2(
        cli.err.contains("deep.json: not a benchmark result: JSON nested too deeply"), cli.err.constData());
}

// A file added on its own, then the folder that holds it (or both in one drop, the file first):
// its result is one row, sent once, and the copied commands give it once.
void TestWindowInputs::aFileAddedBeforeItsFolderIsReadOnce()
{
    TestServer server;
    QVERIFY(server.start(u"current"_s));
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"results"_s));
    const QString folder = dir.filePath(u"results"_s);
    const QString first = folder + u"/a.json"_s;
    QVERIFY(writeFile(first, result("added-first")));
    QVERIFY(writeFile(folder + u"/b.json"_s, result("with-the-folder")));

    MainWindow window;
    window.show();
    compose(window, server.url());
    window.addPaths({first});
    QVERIFY(settle(window));
    window.addPaths({folder});
    QVERIFY(settle(window));
    QCOMPARE(names(window.model()), (QStringList {u"added-first"_s, u"with-the-folder"_s}));
    QVERIFY2(logText(&window).contains(
                 u"%1 is in the list already; it is not read again with the folder %2."_s.arg(
                     QFileInfo(first).canonicalFilePath(), folder)),
        qPrintable(logText(&window)));
    const QString commands = window.commandLine();
    QCOMPARE(commands.count(u"benchconnect submit result --path"_s), 2);
    QCOMPARE(commands.count(u"/a.json"_s), 1);
    QCOMPARE(commands.count(u"/b.json"_s), 1);
    QVERIFY(submit(window));
    QCOMPARE(storedNames(server), (QStringList {u"added-first"_s, u"with-the-folder"_s}));

    // Both in one drop, the file first.
    window.clearResults();
    QVERIFY(server.reset());
    window.addPaths({first, folder});
    QVERIFY(settle(window));
    QCOMPARE(names(window.model()), (QStringList {u"added-first"_s, u"with-the-folder"_s}));
    QVERIFY(submit(window));
    QCOMPARE(storedNames(server), (QStringList {u"added-first"_s, u"with-the-folder"_s}));
}

QTEST_MAIN(TestWindowInputs)
#include "tst_window_inputs.moc"

// The window as a desktop program: Cancel when the server goes away, quitting while sending, the
// outbox after a restart, the table after an outbox retry, folders, the command line, keyboard,
// stale messages, what is remembered, wording and the menu bar. Drives the real window (offscreen)
// against the real test server.
#include "droparea.h"
#include "mainwindow.h"
#include "outbox.h"
#include "outboxdialog.h"
#include "resultmodel.h"
#include "runcomposer.h"
#include "serverbox.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
const QString commitSha = u"0123456789abcdef0123456789abcdef01234567"_s;

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

// count results with run_reason "commit" in DIR/NAME; returns the folder.
// A batch of count results for server in the outbox, as a submission that stopped left it; its
// id (empty if it could not be written).
QString writeBatch(Outbox outbox, const QString &server, const QString &prefix, int count)
{
    QString error;
    if (!outbox.open(&error))
        return {};
    auto writer = outbox.writer(server);
    for (int i = 0; i < count; ++i) {
        const bool appended = writer->append(
            QJsonObject {{"run_id"_L1, prefix + u"-run"_s}, {"batch_id"_L1, "b"_L1},
                {"timestamp"_L1, "2026-11-01T10:00:00+00:00"_L1},
                {"tags"_L1, QJsonObject {{"name"_L1, u"%1-%2"_s.arg(prefix).arg(i)}}},
                {"context"_L1, QJsonObject()},
                {"github"_L1,
                    QJsonObject {{"repository"_L1, "https://github.com/example/project"_L1},
                        {"commit"_L1, commitSha}}},
                {"cluster_info"_L1,
                    QJsonObject {{"name"_L1, "c"_L1}, {"info"_L1, QJsonObject()},
                        {"optional_info"_L1, QJsonObject()}}},
                {"stats"_L1, QJsonObject {{"data"_L1, QJsonArray {1.0 + i}}, {"unit"_L1, "s"_L1}}}},
            u"%1.ndjson line %2"_s.arg(prefix).arg(i + 1), &error);
        if (!appended)
            return {};
    }
    return writer->commit(&error) ? writer->batchIds().constFirst() : QString();
}

QString makeResults(const QTemporaryDir &dir, const QString &name, int count)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(path);
    for (int i = 0; i < count; ++i) {
        writeFile(path + u"/r%1.json"_s.arg(i, 5, 10, QChar(u'0')),
            "{\"run_reason\": \"commit\", \"tags\": {\"name\": \"bench-" + QByteArray::number(i)
                + "\", \"size\": \"" + QByteArray::number(i % 3)
                + "\"}, \"stats\": {\"data\": [1, 2], \"unit\": \"s\"}}");
    }
    return path;
}

QAction *action(QWidget *window, const QString &name)
{
    return child<QAction>(window, name);
}

// Runs f on the next modal dialog that opens (a message box or a file dialog).
void onNextModal(std::function<void(QWidget *)> f)
{
    auto *timer = new QTimer;
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, f] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            f(modal);
        }
    });
    timer->start();
}

QString logText(QWidget *window)
{
    return child<QPlainTextEdit>(window, u"log"_s)->toPlainText();
}

// The end of the log, for a failure message.
QByteArray logTail(QWidget *window)
{
    return logText(window).right(1500).toUtf8();
}

// The mnemonic letter of a text ("Rea&son" → 'S'), or a null char.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toUpper();
        }
    }
    return {};
}
} // namespace

class TestWindowDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cancelEndsWhenServerGoesAway();
    void secondCancelAbandonsRequestsOnTheWire();
    void aServerThatTakesOneAtATimeGetsEveryResult();
    void testConnectionCanBeCancelled();
    void quittingWhileSendingAsksAndTheOutboxIsOfferedNextTime();
    void quittingWhileTheRunIsCreatedKeepsItsResults();
    void aCrashWhileSendingLeavesTheRunsFinishToTheRetry();
    void runTagsAreLeftOutForAServerBeforeLate2023();
    void aPathInTheListAlreadyIsNotAddedAgain();
    void aMissingCommitIsNamed();
    void theSettingsFileIsTheOwnersAlone();
    void tableFollowsOutboxRetry();
    void outboxTableFollowsTheRetryWhileItSends();
    void rowsMarkedSentAreTheOnesTheServerGot();
    void outboxRetryToAnotherServer();
    void retryLeavesABatchBeingSentToItsSender();
    void retryToAServerGoneSaysSo();
    void refusedResultsDoNotWait();
    void anOutboxThatCannotBeWrittenCreatesNoRun();
    void addsAFolderAndCopiesOnlyWhatIsSent();
    void copiedCommandsReproduceTheRun();
    void mnemonicsAreUniqueAndTabGoesTopToBottom();
    void staleMessagesGo();
    void perRunFieldsAreNotRestored();
    void wording();
    void menuBar();

private:
    void compose(MainWindow &window, const QString &server);
    // Shows the window with a run composed for server, and opens its outbox.
    OutboxDialog *showOutboxFor(MainWindow &window, const QString &server);
    bool load(MainWindow &window, const QStringList &paths);
    // compose() for server, then load() results, which hold count valid results.
    bool composeAndLoad(MainWindow &window, const QString &server, const QString &results, int count);
    // The four example results submitted to server, which refuses the first refused of them (422):
    // true when the submission ended with those waiting in the outbox.
    bool submitExamplesRefusing(MainWindow &window, TestServer &server, int refused);
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_outboxDir;
};

void TestWindowDesktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"benchconnect-test"_s);
    QCoreApplication::setApplicationName(u"benchconnect-desktop-test"_s);
    qputenv("BENCHCONNECT_OUTBOX", m_outboxDir.path().toLocal8Bit());
    for (const char *name : {"CONBENCH_URL", "CONBENCH_EMAIL", "CONBENCH_PASSWORD",
             "CONBENCH_PROJECT_REPOSITORY", "CONBENCH_PROJECT_COMMIT", "CONBENCH_PROJECT_PR_NUMBER",
             "BENCHMARKABLE_PR_NUMBER", "CONBENCH_MACHINE_INFO_NAME"})
        qunsetenv(name);
}

void TestWindowDesktop::init()
{
    QSettings().clear();
    // Each test starts with an empty outbox.
    QDir outbox(m_outboxDir.path());
    for (const QString &name : outbox.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
        outbox.remove(name);
}

void TestWindowDesktop::compose(MainWindow &window, const QString &server)
{
    setText(&window, u"serverUrl"_s, server);
    child<QComboBox>(&window, u"runReason"_s)->setCurrentText(u"commit"_s);
    setText(&window, u"githubRepository"_s, u"example/project"_s);
    setText(&window, u"githubCommit"_s, commitSha);
}

OutboxDialog *TestWindowDesktop::showOutboxFor(MainWindow &window, const QString &server)
{
    window.show();
    compose(window, server);
    return window.showOutbox();
}

bool TestWindowDesktop::load(MainWindow &window, const QStringList &paths)
{
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    window.addPaths(paths);
    if (!loaded.wait(30000))
        return false;
    QElapsedTimer clock;
    clock.start();
    while (window.model()->count(ResultEntry::Status::Valid) == 0 && clock.elapsed() < 5000)
        QTest::qWait(20);
    return true;
}

bool TestWindowDesktop::composeAndLoad(
    MainWindow &window, const QString &server, const QString &results, int count)
{
    compose(window, server);
    if (!load(window, {results}))
        return false;
    QElapsedTimer clock;
    clock.start();
    while (window.model()->count(ResultEntry::Status::Valid) < count && clock.elapsed() < 5000)
        QTest::qWait(20);
    return window.model()->count(ResultEntry::Status::Valid) == count;
}

void TestWindowDesktop::cancelEndsWhenServerGoesAway()
{
    TestServer server;
    QVERIFY(server.start(u"2023"_s)); // runs are entities: there is a finish-run update to give up
    QVERIFY(server.setFaults(R"([{"kind": "slow", "path": "/api/benchmark-results/", "delay_ms": 150}])"));
    QTemporaryDir dir;
    const QString results = makeResults(dir, u"res"_s, 400);
    MainWindow window;
    window.show();
    QVERIFY(composeAndLoad(window, server.url(), results, 400));

    QSignalSpy submitted(&window, &MainWindow::submitFinished);
    action(&window, u"submitAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.model()->count(ResultEntry::Status::Sent) >= 10, 20000);
    server.stop(); // the server goes away mid-send
    QTest::qWait(1500); // the requests fail and wait for their retries
    QVERIFY(window.isSubmitting());
    QElapsedTimer clock;
    clock.start();
    action(&window, u"cancelAction"_s)->trigger(); // Esc
    QTRY_VERIFY2_WITH_TIMEOUT(submitted.size() == 1, logTail(&window).constData(), 8000);
    qInfo("Cancel ended the submission in %lld ms", clock.elapsed());
    QCOMPARE(submitted.constFirst().constFirst().toBool(), false);

    // Not sending any more: Add and Clear are back (what is left is the outbox's to send).
    QVERIFY(!window.isSubmitting());
    QVERIFY(!action(&window, u"cancelAction"_s)->isEnabled());
    QVERIFY(action(&window, u"addAction"_s)->isEnabled());
    QVERIFY(action(&window, u"clearAction"_s)->isEnabled());
    const qsizetype sent = window.model()->count(ResultEntry::Status::Sent);
    const qsizetype kept = window.model()->count(ResultEntry::Status::InOutbox);
    QCOMPARE(sent + kept, 400);
    QVERIFY(kept > 0);
    // The window says what stays in the outbox, and the outbox holds exactly that.
    QVERIFY2(window.statusBar()->currentMessage().startsWith(u"Cancelled: "_s)
            && window.statusBar()->currentMessage().contains(
                u"%1 in the outbox"_s.arg(QLocale().toString(kept))),
        qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(window.outboxWaiting(), kept);
    QVERIFY(child<QPushButton>(&window, u"outboxHint"_s)->isVisible());

    // The finish-run update had its one attempt, and the window says the run is not finished.
    QVERIFY2(logText(&window).contains(u"The run was not finished: cancelled after a failed attempt"_s),
        logTail(&window).constData());

    // Nothing is tried again after Cancel.
    const QString log = logText(&window);
    QTest::qWait(1500);
    QCOMPARE(logText(&window), log);
}

void TestWindowDesktop::secondCancelAbandonsRequestsOnTheWire()
{
    TestServer server;
    QVERIFY(server.start(u"2023"_s));
    QTemporaryDir dir;
    const QString results = makeResults(dir, u"res"_s, 40);
    MainWindow window;
    window.show();
    QVERIFY(composeAndLoad(window, server.url(), results, 40));
    // Results are stored at once, but their answers come only after a minute: on the wire.
    QVERIFY(server.setFaults(R"([{"kind": "slow", "path": "/api/benchmark-results/", "delay_ms": 60000}])"));

    QSignalSpy submitted(&window, &MainWindow::submitFinished);
    action(&window, u"submitAction"_s)->trigger();
    // (The number under way adapts to the server and starts with 4.)
    QTRY_VERIFY_WITH_TIMEOUT(server.results().size() >= 2, 10000);
    action(&window, u"cancelAction"_s)->trigger();
    QVERIFY(!submitted.wait(1000)); // the first Cancel lets the requests on the wire finish
    QElapsedTimer clock;
    clock.start();
    action(&window, u"cancelAction"_s)->trigger(); // the second abandons them
    QTRY_VERIFY2_WITH_TIMEOUT(submitted.size() == 1, logTail(&window).constData(), 5000);
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(window.model()->count(ResultEntry::Status::Sent), 0);
    QCOMPARE(window.model()->count(ResultEntry::Status::InOutbox), 40);
    QCOMPARE(window.outboxWaiting(), 40);
    // The run is not finished now; its finish waits in the outbox for its results.
    QVERIFY2(logText(&window).contains(u"finish waits in the outbox"_s), logTail(&window).constData());

    // The results the server stored without confirming them are not stored twice by the retry.
    QVERIFY(server.setFaults("[]"));
    OutboxDialog *dialog = window.showOutbox();
    QSignalSpy retried(dialog, &OutboxDialog::retryFinished);
    dialog->retry();
    QVERIFY(retried.wait(30000));
    const QJsonArray stored = server.results();
    QCOMPARE(stored.size(), 40);
    QSet<QString> names;
    for (const QJsonValue &value : stored)
        names.insert(value.toObject().value("tags"_L1).toObject().value("name"_L1).toString());
    QCOMPARE(names.size(), 40);
}

// A server that takes one request at once and refuses more (503): the window sends everything
// all the same, each result stored once, nothing left in the outbox, and says it is done.
void TestWindowDesktop::aServerThatTakesOneAtATimeGetsEveryResult()
{
    TestServer server;
    QVERIFY(server.start(u"current"_s, {u"--latency-ms"_s, u"30"_s, u"--max-concurrent"_s, u"1"_s}));
    QTemporaryDir dir;
    const QString results = makeResults(dir, u"res"_s, 30);
    MainWindow window;
    window.show();
    QVERIFY(composeAndLoad(window, server.url(), results, 30));

    QSignalSpy submitted(&window, &MainWindow::submitFinished);
    action(&window, u"submitAction"_s)->trigger();
    // The rows on their way are counted as such: not as neither valid nor invalid.
    auto *counts = child<QLabel>(&window, u"counts"_s);
    QTRY_VERIFY2(counts->text().contains(u" sending"_s) && counts->text().contains(u" sent"_s),
        qPrintable(counts->text()));
    QTRY_VERIFY2_WITH_TIMEOUT(submitted.size() == 1, logTail(&window).constData(), 30000);
    QCOMPARE(submitted.constFirst().constFirst().toBool(), true);
    QCOMPARE(window.model()->count(ResultEntry::Status::Sent), 30);
    QVERIFY2(!counts->text().contains(u"sending"_s) && counts->text().contains(u"30 sent"_s),
        qPrintable(counts->text()));
    QCOMPARE(window.outboxWaiting(), 0);
    QSet<QString> names;
    const QJsonArray stored = server.results();
    for (const QJsonValue &value : stored)
        names.insert(value.toObject().value("tags"_L1).toObject().value("name"_L1).toString());
    QCOMPARE(stored.size(), 30);
    QCOMPARE(names.size(), 30);
    int busy = 0;
    for (const QJsonValue &value : server.state().value("requests"_L1).toArray())
        busy += value.toObject().value("status"_L1).toInt() == 503 ? 1 : 0;
    QVERIFY2(busy > 0, "the server's limit was never met: the test shows nothing");
}

void TestWindowDesktop::testConnectionCanBeCancelled()
{
    TestServer server;
    QVERIFY(server.start(u"current"_s));
    const QString url = server.url();
    server.stop(); // a closed port: every attempt is refused, and retried
    MainWindow window;
    window.show();
    setText(&window, u"serverUrl"_s, url);
    QSignalSpy tested(window.serverBox(), &ServerBox::connectionTested);
    auto *button = child<QPushButton>(&window, u"testConnection"_s);
    button->click();
    QTest::qWait(300);
    QVERIFY(action(&window, u"cancelAction"_s)->isEnabled());
    QElapsedTimer clock;
    clock.start();
    action(&window, u"cancelAction"_s)->trigger(); // Esc
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 2000);
    QVERIFY(clock.elapsed() < 2000);
    QCOMPARE(tested.constLast().at(0).toBool(), false);
    QVERIFY2(tested.constLast().at(1).toString().contains(u"stopped"_s),
        qPrintable(tested.constLast().at(1).toString()));
    QVERIFY(button->isEnabled());
    QVERIFY(!action(&window, u"cancelAction"_s)->isEnabled());

    // The button itself stops a test as well.
    button->click();
    QTest::qWait(300);
    button->click();
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 2000);
    QCOMPARE(tested.constLast().at(0).toBool(), false);
}

void TestWindowDesktop::quittingWhileSendingAsksAndTheOutboxIsOfferedNextTime()
{
    TestServer server;
    QTemporaryDir storeDir;
    QVERIFY(server.start(u"2023"_s, {u"--store"_s, storeDir.filePath(u"store"_s)}));
    QTemporaryDir dir;
    const QString results = makeResults(dir, u"res"_s, 30);
    {
        MainWindow window;
        window.show();
        compose(window, server.url());
        QVERIFY(load(window, {results}));
        QTRY_COMPARE(window.model()->count(ResultEntry::Status::Valid), 30);
        QVERIFY(
            server.setFaults(R"([{"kind": "slow", "path": "/api/benchmark-results/", "delay_ms": 400}])"));
        action(&window, u"submitAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->count(ResultEntry::Status::Sent) >= 4, 10000);

        // Closing asks first; "Keep sending" keeps the window open.
        QString asked;
        onNextModal([&asked](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            asked = box ? box->text() : QString();
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::RejectRole)
                    button->click();
            }
        });
        QVERIFY(!window.close());
        QVERIFY2(asked.contains(u"still being sent"_s) && asked.contains(u"stay in the outbox"_s),
            qPrintable(asked));
        QVERIFY(window.isVisible());
        QVERIFY(window.isSubmitting());

        // "Quit" quits at once; what was not confirmed stays in the outbox.
        onNextModal([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        });
        QElapsedTimer clock;
        clock.start();
        QVERIFY(window.close());
        QVERIFY(clock.elapsed() < 3000);
    }
    server.stop();
    QVERIFY(server.restart()); // the same data, no faults
    const qsizetype storedBefore = server.results().size();
    QVERIFY(storedBefore < 30);
    // The run is not finished yet: its finish waits in the outbox with the results.
    QCOMPARE(server.runs().size(), 1);
    const QString runId = server.runs().keys().constFirst();
    QVERIFY(server.runs().value(runId).toObject().value("finished_timestamp"_L1).toString().isEmpty());
    QVERIFY(QFile::exists(m_outboxDir.filePath(runId + u".finish"_s)));

    // The next start shows what waits, and one click sends it.
    MainWindow again;
    again.show();
    setText(&again, u"serverUrl"_s, server.url());
    QVERIFY(again.outboxWaiting() > 0);
    auto *hint = child<QPushButton>(&again, u"outboxHint"_s);
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QString::number(again.outboxWaiting())), qPrintable(hint->text()));
    QVERIFY(action(&again, u"outboxAction"_s)->text().contains(QString::number(again.outboxWaiting())));
    QVERIFY(again.statusBar()->currentMessage().contains(u"wait in the outbox"_s));
    const qsizetype waitingAtStart = again.outboxWaiting();
    QVERIFY(server.setFaults(R"([{"kind": "slow", "path": "/api/benchmark-results/", "delay_ms": 300}])"));
    hint->click();
    OutboxDialog *dialog = again.findChild<OutboxDialog *>();
    QVERIFY(dialog);
    QSignalSpy retried(dialog, &OutboxDialog::retryFinished);
    // While it sends, nothing offers a second sending, and the window's count follows the
    // confirmations (it stayed at its first value until the end).
    QTRY_VERIFY(!hint->isVisible());
    QVERIFY(!action(&again, u"sendOutboxAction"_s)->isEnabled());
    dialog->retry(); // pressed again meanwhile: nothing more is sent
    QTRY_VERIFY_WITH_TIMEOUT(again.outboxWaiting() > 0 && again.outboxWaiting() < waitingAtStart, 20000);
    QVERIFY(retried.isEmpty());
    QVERIFY2(action(&again, u"outboxAction"_s)->text().contains(QString::number(again.outboxWaiting())),
        qPrintable(action(&again, u"outboxAction"_s)->text()));
    QVERIFY(retried.wait(30000));
    QCOMPARE(server.results().size(), 30); // each exactly once
    // Once its results were delivered, the run got its finish.
    QVERIFY(!server.runs().value(runId).toObject().value("finished_timestamp"_L1).toString().isEmpty());
    QVERIFY(!QFile::exists(m_outboxDir.filePath(runId + u".finish"_s)));
    QCOMPARE(again.outboxWaiting(), 0);
    QVERIFY(!hint->isVisible());
    QVERIFY(!action(&again, u"outboxAction"_s)->text().contains(u'('));
}

bool TestWindowDesktop::submitExamplesRefusing(MainWindow &window, TestServer &server, int refused)
{
    if (!server.setFaults(
            u"[{\"kind\": \"status\", \"status\": 422, \"path\": \"/api/benchmark-results/\", \"count\": %1}]"_s
                .arg(refused)
                .toUtf8()))
        return false;
    window.show();
    if (!composeAndLoad(window, server.url(), TestSupport::examplesDir(), 4))
        return false;
    QSignalSpy submitted(&window, &MainWindow::submitFinished);
    window.submitRun();
    return submitted.wait(30000) && window.model()->count(ResultEntry::Status::InOutbox) == refused;
}

// Results the server refuses as they are (400) are kept apart in the outbox and never sent again:
// their rows say so, the log gives the server's reason, and they are not counted as waiting.
void TestWindowDesktop::refusedResultsDoNotWait()
{
    TestServer server;
    QVERIFY(server.start(u"current"_s));
    QVERIFY(server.setFaults(
        R"([{"kind": "status", "status": 400, "path": "/api/benchmark-results/", "count": 2}])"));
    MainWindow window;
    window.show();
    QVERIFY(composeAndLoad(window, server.url(), TestSupport::examplesDir(), 4));
    QSignalSpy submitted(&window, &MainWindow::submitFinished);
    window.submitRun();
    QVERIFY(submitted.wait(30000));
    QCOMPARE(window.model()->count(ResultEntry::Status::Sent), 2);
    QCOMPARE(window.model()->count(ResultEntry::Status::InOutbox), 0);
    QCOMPARE(window.model()->count(ResultEntry::Status::Failed), 2);
    for (int row = 0; row < window.model()->rowCount(); ++row) {
        const ResultEntry &entry = window.model()->entry(row);
        if (entry.status == ResultEntry::Status::Failed)
            QVERIFY2(entry.message.contains(u"refused by the server"_s), qPrintable(entry.message));
    }
    QVERIFY2(logText(&window).contains(u"Refused by the server: "_s), logTail(&window).constData());
    auto *outbox = window.findChild<QAction *>(u"outboxAction"_s);
    QVERIFY(outbox);
    QVERIFY2(!outbox->text().contains(u'('), qPrintable(outbox->text()));
    QVERIFY(!child<QWidget>(&window, u"outboxHint"_s)->isVisible());
}

// The results go to the outbox before the run is created: an outbox that cannot be written stops
// the submission with nothing on the server, not even an empty run.
void TestWindowDesktop::anOutboxThatCannotBeWrittenCreatesNoRun()
{
    TestServer server;
    QVERIFY(server.start(u"2023"_s)); // keeps runs: one created would show
    QTemporaryDir dir;
    const QString notADirectory = dir.filePath(u"outbox"_s);
    QFile file(notADirectory);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QByteArray saved = qgetenv("BENCHCONNECT_OUTBOX");
    qputenv("BENCHCONNECT_OUTBOX", notADirectory.toLocal8Bit());
    const auto restore = qScopeGuard([&saved] { qputenv("BENCHCONNECT_OUTBOX", saved); });
    MainWindow window;
    window.show();
    QVERIFY(composeAndLoad(window, server.url(), TestSupport::examplesDir(), 4));
    QSignalSpy submitted(&window, &MainWindow::submitFinished);
    window.submitRun();
    QVERIFY(submitted.wait(30000));
    QCOMPARE(server.results().size(), 0);
    QCOMPARE(server.runs().size(), 0);
    QVERIFY2(
        logText(&window).contains(u"could not be written to the outbox"_s), logTail(&window).constData());
}

void TestWindowDesktop::tableFollowsOutboxRetry()
{
    TestServer server;
    QVERIFY(server.start(u"current"_s));
    MainWindow window;
    QVERIFY(submitExamplesRefusing(window, server, 2));
    auto *counts = child<QLabel>(&window, u"counts"_s);
    QVERIFY(counts->text().contains(u"2 in the outbox"_s));

    // Many log lines, so that the newest is only seen when the log scrolls.
    for (int i = 0; i < 200; ++i)
        window.findChild<ServerBox *>()->logMessage(u"line %1"_s.arg(i));
    OutboxDialog *dialog = window.showOutbox();
    QSignalSpy retried(dialog, &OutboxDialog::retryFinished);
    dialog->retry();
    QVERIFY(retried.wait(30000));
    QCOMPARE(server.results().size(), 4);
    QCOMPARE(window.model()->count(ResultEntry::Status::InOutbox), 0);
    QCOMPARE(window.model()->count(ResultEntry::Status::Sent), 4);
    QVERIFY2(!counts->text().contains(u"outbox"_s), qPrintable(counts->text()));
    QVERIFY(counts->text().contains(u"4 sent"_s));
    auto *log = child<QPlainTextEdit>(&window, u"log"_s);
    QCOMPARE(log->verticalScrollBar()->value(), log->verticalScrollBar()->maximum());
    QVERIFY(log->toPlainText().trimmed().split(u'\n').constLast().contains(u"Sent: 2"_s));
}

// While Retry sends, the Outbox dialog's table follows what the server confirmed: the waiting
// count goes down as results are stored, not only once the retry is over.
void TestWindowDesktop::outboxTableFollowsTheRetryWhileItSends()
{
    TestServer server;
    QVERIFY(server.start(u"current"_s));
    const int total = 40;
    QVERIFY(!writeBatch(Outbox(m_outboxDir.path()), server.url(), u"slow"_s, total).isEmpty());
    QVERIFY(server.setFaults(
        R"([{"kind": "slow", "method": "POST", "path": "/api/benchmark-results/", "delay_ms": 500}])"));
    MainWindow window;
    OutboxDialog *dialog = showOutboxFor(window, server.url());
    auto *table = child<QTableWidget>(dialog, u"outboxTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 2)->text(), u"40 of 40"_s);
    const auto waitingShown = [table] {
        return table->rowCount() == 0 ? 0 : table->item(0, 2)->text().section(u' ', 0, 0).toInt();
    };
    QSignalSpy retried(dialog, &OutboxDialog::retryFinished);
    dialog->retry();
    QTRY_VERIFY_WITH_TIMEOUT(server.results().size() >= 8, 20000);
    QVERIFY(dialog->isSending());
    // Shown while sending, within the half second the table waits between readings.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isSending() && waitingShown() <= total - 8, 3000);
    QVERIFY2(waitingShown() >= total - server.results().size(), qPrintable(table->item(0, 2)->text()));
    QVERIFY(retried.wait(30000));
    QCOMPARE(server.results().size(), total);
    QCOMPARE(table->rowCount(), 0);
}

// Results left for a server that moved: Retry sends the selected batch to the window's server,
// after a question that names both; a refused result is shown apart and not sent again.
// After a retry that itself stores only some of the waiting results, the rows marked sent are
// exactly those whose results the server holds, and the one it refused again still waits.
void TestWindowDesktop::rowsMarkedSentAreTheOnesTheServerGot()
{
    TestServer server;
    QVERIFY(server.start(u"current"_s));
    MainWindow window;
    QVERIFY(submitExamplesRefusing(window, server, 3));
    QCOMPARE(server.results().size(), 1);

    QVERIFY(server.setFaults(
        R"([{"kind": "status", "status": 422, "method": "POST", "path": "/api/benchmark-results/", "count": 1}])"));
    OutboxDialog *dialog = window.showOutbox();
    QSignalSpy retried(dialog, &OutboxDialog::retryFinished);
    dialog->retry();
    QVERIFY(retried.wait(30000));
    QVERIFY2(server.results().size() == 3, logTail(&window).constData());
    QSet<QString> stored;
    for (const QJsonValue &result : server.results())
        stored.insert(result.toObject().value("batch_id"_L1).toString());
    QCOMPARE(stored.size(), 3);
    QTRY_COMPARE(window.model()->count(ResultEntry::Status::Sent), 3);
    QCOMPARE(window.model()->count(ResultEntry::Status::InOutbox), 1);
    for (int row = 0; row < window.model()->rowCount(); ++row) {
        const ResultEntry &entry = window.model()->entry(row);
        // Each row got a batch id of its own when it was read.
        const QString batchId = entry.result.value("batch_id"_L1).toString();
        QVERIFY2((entry.status == ResultEntry::Status::Sent) == stored.contains(batchId),
            qPrintable(u"%1: %2"_s.arg(entry.name, ResultModel::statusText(entry.status))));
    }
}

void TestWindowDesktop::outboxRetryToAnotherServer()
{
    TestServer server;
    QVERIFY(server.start(u"current"_s));
    const QString gone = u"http://127.0.0.1:9"_s;
    const Outbox outbox(m_outboxDir.path());
    const QString batchId = writeBatch(outbox, gone, u"moved"_s, 3);
    QVERIFY(!batchId.isEmpty());

    MainWindow window;
    OutboxDialog *dialog = showOutboxFor(window, server.url());
    auto *table = child<QTableWidget>(dialog, u"outboxTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), gone);

    // Nothing selected: nothing waits for the window's server, and the message says for which it does.
    dialog->retry();
    auto *status = child<QLabel>(dialog, u"outboxStatus"_s);
    QVERIFY2(status->text().contains(gone), qPrintable(status->text()));
    QCOMPARE(server.results().size(), 0);

    // Selected: a question naming both servers; No sends nothing.
    table->selectRow(0);
    QString question;
    onNextModal([&question](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        question = box->text();
        box->button(QMessageBox::No)->click();
    });
    dialog->retry();
    QVERIFY2(question.contains(gone) && question.contains(server.url()), qPrintable(question));
    QCOMPARE(server.results().size(), 0);

    // Yes: sent there, and the batch is gone from the outbox.
    onNextModal(
        [](QWidget *modal) { qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Yes)->click(); });
    QSignalSpy retried(dialog, &OutboxDialog::retryFinished);
    dialog->retry();
    QVERIFY(retried.wait(30000));
    QCOMPARE(server.results().size(), 3);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!QFile::exists(outbox.batchPath(batchId)));
}

// A batch another process is sending (the command line, another window) is listed as being sent;
// Retry leaves it to that process and says so, rather than "Nothing waits". Once that process lets
// go of it, Retry sends it.
void TestWindowDesktop::retryLeavesABatchBeingSentToItsSender()
{
    TestServer server;
    QVERIFY(server.start(u"current"_s));
    const Outbox outbox(m_outboxDir.path());
    const QString batchId = writeBatch(outbox, server.url(), u"held"_s, 2);
    QVERIFY(!batchId.isEmpty());
    // The other sender: a queue over the batch locks it, as `outbox retry` does while it sends.
    QStringList skipped;
    QString error;
    auto held = Outbox(outbox).queue(server.url(), {batchId}, &skipped, &error);
    QVERIFY2(held && skipped.isEmpty(), qPrintable(error));

    MainWindow window;
    OutboxDialog *dialog = showOutboxFor(window, server.url());
    auto *table = child<QTableWidget>(dialog, u"outboxTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QVERIFY2(table->item(0, 5)->text().contains(u"being sent now"_s), qPrintable(table->item(0, 5)->text()));
    QSignalSpy retried(dialog, &OutboxDialog::retryFinished);
    dialog->retry();
    auto *status = child<QLabel>(dialog, u"outboxStatus"_s);
    QVERIFY2(status->text().contains(
                 u"Another process is sending the results that wait for %1"_s.arg(server.url())),
        qPrintable(status->text()));
    QCOMPARE(retried.count(), 0);
    QCOMPARE(server.results().size(), 0);

    // Drop says at once that the batch is not dropped, rather than first asking whether its
    // results may be lost for good.
    bool asked = false;
    {
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, &answer, [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = true;
                box->button(QMessageBox::No)->click();
            }
        });
        answer.start();
        table->selectRow(0);
        dialog->dropSelected();
    }
    QVERIFY(!asked);
    QVERIFY2(status->text().contains(u"is being sent by another process; not dropped"_s),
        qPrintable(status->text()));
    QVERIFY(QFile::exists(outbox.batchPath(batchId)));
    table->clearSelection();

    held->close();
    held.reset();
    // The other sender begins while Retry asks the server what it holds already: the batch is not
    // sent from here, and Retry says why instead of "Sent: 0, failed: 0".
    dialog->retry();
    held = Outbox(outbox).queue(server.url(), {batchId}, &skipped, &error);
    QVERIFY2(held && skipped.isEmpty(), qPrintable(error));
    QVERIFY(retried.wait(30000));
    const QString summary = retried.takeFirst().at(1).toString();
    QVERIFY2(
        summary.startsWith(u"Another process is sending the results that wait for %1"_s.arg(server.url())),
        qPrintable(summary));
    QCOMPARE(server.results().size(), 0);
    QVERIFY(QFile::exists(outbox.batchPath(batchId)));

    held->close();
    held.reset();
    dialog->retry();
    QVERIFY(retried.wait(30000));
    QCOMPARE(server.results().size(), 2);
    QVERIFY(!QFile::exists(outbox.batchPath(batchId)));
}

// Retry to a server that does not answer: the dialog says what failed and when it tries again,
// rather than "Sending…" alone.
void TestWindowDesktop::retryToAServerGoneSaysSo()
{
    TestServer server;
    QVERIFY(server.start(u"current"_s));
    const QString url = server.url();
    server.stop();
    const Outbox outbox(m_outboxDir.path());
    const QString batchId = writeBatch(outbox, url, u"gone"_s, 2);
    QVERIFY(!batchId.isEmpty());
    auto window = std::make_unique<MainWindow>();
    OutboxDialog *dialog = showOutboxFor(*window, url);
    dialog->retry();
    auto *status = child<QLabel>(dialog, u"outboxStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"trying again in"_s), 15000);
    QVERIFY2(status->text().contains(u"failed ("_s), qPrintable(status->text()));

    // Quitting while it sends asks first, as while a run is sent; Keep sending keeps the window.
    QString question;
    QMessageBox::ButtonRole answer = QMessageBox::RejectRole;
    QTimer answering;
    answering.setInterval(50);
    connect(&answering, &QTimer::timeout, &answering, [&question, &answer] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        question = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == answer) {
                button->click();
                return;
            }
        }
    });
    answering.start();
    QVERIFY(!window->close());
    QVERIFY2(question.contains(u"The outbox is being sent"_s), qPrintable(question));
    QVERIFY(window->isVisible());
    answer = QMessageBox::AcceptRole;
    QVERIFY(window->close());
    answering.stop();
    window.reset(); // gives up; the batch waits
    QVERIFY(QFile::exists(outbox.batchPath(batchId)));
}

void TestWindowDesktop::addsAFolderAndCopiesOnlyWhatIsSent()
{
    QTemporaryDir dir;
    const QString good = makeResults(dir, u"res2000"_s, 12);
    const QString mixed = makeResults(dir, u"mixed"_s, 3);
    writeFile(mixed + u"/zz-broken.json"_s, "{\"tags\": ");
    MainWindow window;
    window.show();
    compose(window, u"http://127.0.0.1:9"_s);
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    // File > Add folder… chooses a folder.
    QVERIFY(action(&window, u"addFolderAction"_s)->text().contains(u"folder"_s));
    onNextModal([good](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        QVERIFY(dialog->fileMode() == QFileDialog::Directory);
        dialog->setDirectory(good);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    action(&window, u"addFolderAction"_s)->trigger();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(window.model()->rowCount(), 12);
    QVERIFY2(logText(&window).contains(u"Reading 12 files from %1"_s.arg(QDir::toNativeSeparators(good))),
        qPrintable(logText(&window)));
    QVERIFY(load(window, {mixed}));
    QTRY_COMPARE(window.model()->count(ResultEntry::Status::Invalid), 1);

    const QString text = window.commandLine();
    const QStringList lines = text.trimmed().split(u'\n');
    // The folder whose results can all be sent: one command for it.
    QVERIFY2(lines.contains(u"benchconnect submit result --path "_s + good), qPrintable(text));
    QCOMPARE(text.count(u"res2000"_s), 1);
    // The other: each file that can be sent alone; the broken one only in a comment.
    QVERIFY(!lines.contains(u"benchconnect submit result --path "_s + mixed));
    for (int i = 0; i < 3; ++i)
        QVERIFY(lines.contains(
            u"benchconnect submit result --path %1/r%2.json"_s.arg(mixed).arg(i, 5, 10, QChar(u'0'))));
    for (const QString &line : lines) {
        if (line.contains(u"zz-broken"_s))
            QVERIFY2(line.startsWith(u'#'), qPrintable(line));
    }
}

void TestWindowDesktop::copiedCommandsReproduceTheRun()
{
    TestServer server;
    QVERIFY(server.start(u"2023"_s, {u"--login-for-writes"_s}));
    QTemporaryDir dir;
    const QString good = makeResults(dir, u"good"_s, 5);
    const QString mixed = makeResults(dir, u"mixed"_s, 2);
    writeFile(mixed + u"/zz-nostats.json"_s, R"({"run_reason": "commit", "tags": {"name": "no-stats"}})");
    MainWindow window;
    window.show();
    compose(window, server.url());
    setText(&window, u"serverEmail"_s, u"user@example.com"_s);
    setText(&window, u"serverPassword"_s, u"s3cret-Pa55"_s);
    setText(&window, u"runName"_s, u"reproduced run"_s);
    setText(&window, u"githubPrNumber"_s, u"17"_s);
    child<QLineEdit>(&window, u"errorType"_s)->setText(u"partial"_s);
    QVERIFY(load(window, {good, mixed}));
    QTRY_COMPARE(window.model()->count(ResultEntry::Status::Invalid), 1);
    QSignalSpy submitted(&window, &MainWindow::submitFinished);
    window.submitRun();
    QVERIFY(submitted.wait(30000));
    const QString script = window.commandLine();
    QVERIFY(!script.contains(u"s3cret"_s));
    QVERIFY2(script.contains(u"# The password is not copied"_s), qPrintable(script));

    // The pasted commands, run in a shell (the password set as the comment says).
    QTemporaryDir work;
    QProcessEnvironment env = TestSupport::cleanEnvironment();
    env.insert(u"PATH"_s, QFileInfo(TestSupport::cliPath()).absolutePath() + u':' + env.value(u"PATH"_s));
    env.insert(u"CONBENCH_PASSWORD"_s, u"s3cret-Pa55"_s);
    env.insert(u"BENCHCONNECT_OUTBOX"_s, work.filePath(u"outbox"_s));
    const ProgramRun shell = TestSupport::run(u"bash"_s, {u"-e"_s, u"-c"_s, script}, env, {}, work.path());
    QVERIFY2(shell.exitCode == 0, shell.err.constData());
    QVERIFY2(!QFile::exists(work.filePath(u"benchconnect-state.json"_s)), "the run was left unfinished");

    // The server holds the same results for both runs, and both runs alike.
    const QJsonArray stored = server.results();
    QCOMPARE(stored.size(), 14);
    QHash<QString, QStringList> byRun;
    for (const QJsonValue &value : stored) {
        const QJsonObject r = value.toObject();
        const QJsonObject github = r.value("github"_L1).toObject();
        byRun[r.value("run_id"_L1).toString()].append(QString::fromUtf8(QJsonDocument(
            QJsonObject {{"tags"_L1, r.value("tags"_L1)}, {"stats"_L1, r.value("stats"_L1)},
                {"run_reason"_L1, r.value("run_reason"_L1)}, {"run_name"_L1, r.value("run_name"_L1)},
                {"github"_L1, github}, {"host"_L1, r.value("machine_info"_L1).toObject().value("name"_L1)}})
                                                                            .toJson(QJsonDocument::Compact)));
    }
    QCOMPARE(byRun.size(), 2);
    QStringList first = byRun.value(window.lastRunId());
    QCOMPARE(first.size(), 7);
    byRun.remove(window.lastRunId());
    QStringList second = byRun.begin().value();
    first.sort();
    second.sort();
    QCOMPARE(second, first);
    const QJsonObject runs = server.runs();
    const QJsonObject windowRun = runs.value(window.lastRunId()).toObject();
    const QJsonObject shellRun = runs.value(byRun.begin().key()).toObject();
    for (const char *field : {"name", "reason", "error_type"})
        QCOMPARE(shellRun.value(QLatin1String(field)), windowRun.value(QLatin1String(field)));
    QCOMPARE(shellRun.value("github"_L1), windowRun.value("github"_L1));
    QVERIFY(!shellRun.value("finished_timestamp"_L1).toString().isEmpty());
}

void TestWindowDesktop::mnemonicsAreUniqueAndTabGoesTopToBottom()
{
    MainWindow window;
    window.resize(1300, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Every Alt+letter of the window, once.
    QHash<QChar, QString> seen;
    QStringList clashes;
    const auto note = [&](const QString &text) {
        const QChar letter = mnemonic(text);
        if (letter.isNull())
            return;
        if (seen.contains(letter))
            clashes.append(u"Alt+%1: \"%2\" and \"%3\""_s.arg(letter).arg(seen.value(letter), text));
        else
            seen.insert(letter, text);
    };
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
        note(button->text());
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->buddy())
            note(label->text());
    }
    for (QGroupBox *box : window.findChildren<QGroupBox *>())
        note(box->title());
    for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            note(tabs->tabText(i));
    }
    for (QAction *menu : window.menuBar()->actions())
        note(menu->text());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
    QVERIFY(seen.size() >= 20);
    // The Test connection button while testing keeps its letter.
    QCOMPARE(mnemonic(child<QPushButton>(&window, u"testConnection"_s)->text()), QChar(u'T'));

    // Each menu's own letters, once per menu.
    for (QAction *menuAction : window.menuBar()->actions()) {
        QSet<QChar> letters;
        for (QAction *item : menuAction->menu()->actions()) {
            if (item->isSeparator())
                continue;
            const QChar letter = mnemonic(item->text());
            QVERIFY2(!letter.isNull(), qPrintable(item->text()));
            QVERIFY2(!letters.contains(letter), qPrintable(item->text()));
            letters.insert(letter);
        }
    }

    // Tab from the first field goes top to bottom, left to right: the left column (server, run),
    // then the right (results).
    QWidget *left = child<QComboBox>(&window, u"serverProfile"_s); // the server profile picker
    left->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), left);
    QWidget *leftPane = window.serverBox()->parentWidget();
    QList<QWidget *> order {left};
    for (int i = 0; i < 60; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (now == left)
            break;
        order.append(now);
    }
    QVERIFY(order.size() > 15);
    QStringList problems;
    for (qsizetype i = 1; i < order.size(); ++i) {
        QWidget *a = order.at(i - 1);
        QWidget *b = order.at(i);
        const bool aLeft = leftPane->isAncestorOf(a);
        const bool bLeft = leftPane->isAncestorOf(b);
        if (aLeft != bLeft) {
            if (!aLeft && bLeft)
                problems.append(u"%1 (right) before %2 (left)"_s.arg(a->objectName(), b->objectName()));
            continue;
        }
        QWidget *frame = aLeft ? leftPane : &window;
        const QPoint pa = a->mapTo(frame, QPoint(0, 0));
        const QPoint pb = b->mapTo(frame, QPoint(0, 0));
        const bool sameRow = qAbs(pa.y() - pb.y()) < 6;
        const bool ok = sameRow ? pb.x() > pa.x() : pb.y() > pa.y();
        if (!ok)
            problems.append(u"%1 %2 (%3,%4) → %5 %6 (%7,%8)"_s
                                .arg(QString::fromLatin1(a->metaObject()->className()), a->objectName())
                                .arg(pa.x())
                                .arg(pa.y())
                                .arg(QString::fromLatin1(b->metaObject()->className()), b->objectName())
                                .arg(pb.x())
                                .arg(pb.y()));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    // Every field of the left column is reached.
    for (const QString &name : {u"serverUrl"_s, u"editProfiles"_s, u"serverEmail"_s, u"serverPassword"_s,
             u"testConnection"_s, u"runReason"_s, u"runName"_s, u"runTags"_s, u"githubRepository"_s,
             u"githubCommit"_s, u"githubPrNumber"_s, u"githubBranch"_s, u"fromGitCheckout"_s,
             u"hostNameOverride"_s, u"errorType"_s, u"errorInfo"_s, u"resultsTable"_s}) {
        QWidget *widget = window.findChild<QWidget *>(name);
        bool reached = false;
        for (QWidget *w : std::as_const(order))
            reached = reached || w == widget || (widget && widget->isAncestorOf(w));
        QVERIFY2(reached, qPrintable(name));
    }
}

void TestWindowDesktop::staleMessagesGo()
{
    TestServer server;
    QVERIFY(server.start(u"current"_s));
    MainWindow window;
    window.show();
    setText(&window, u"serverUrl"_s, server.url());
    QSignalSpy tested(window.serverBox(), &ServerBox::connectionTested);
    window.serverBox()->testConnection();
    QVERIFY(tested.wait(10000));
    auto *answer = child<QLabel>(&window, u"connectionAnswer"_s);
    QVERIFY(answer->text().contains(u"Connected"_s));
    // The answer was about that URL: it goes when the URL changes.
    QTest::keyClick(child<QLineEdit>(&window, u"serverUrl"_s), Qt::Key_Backspace);
    QVERIFY(answer->text().isEmpty());

    // An error in the status bar is about the inputs: it goes when they change, and when sending.
    setText(&window, u"serverUrl"_s, server.url());
    setText(&window, u"githubRepository"_s, u"example/project"_s);
    setText(&window, u"githubCommit"_s, u"abc123"_s);
    QVERIFY(load(window, {TestSupport::examplesDir()}));
    window.submitRun();
    QVERIFY(window.statusBar()->currentMessage().contains(u"abc123"_s));
    setText(&window, u"githubCommit"_s, commitSha);
    QVERIFY2(
        window.statusBar()->currentMessage().isEmpty(), qPrintable(window.statusBar()->currentMessage()));
    window.statusBar()->showMessage(u"an earlier message"_s);
    QSignalSpy submitted(&window, &MainWindow::submitFinished);
    window.submitRun();
    QVERIFY(window.isSubmitting());
    // In its place: that the results are checked against the changed run before sending.
    QVERIFY2(!window.statusBar()->currentMessage().contains(u"earlier"_s),
        qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(submitted.wait(30000));
}

void TestWindowDesktop::perRunFieldsAreNotRestored()
{
    {
        MainWindow window;
        compose(window, u"https://conbench.example.org"_s);
        setText(&window, u"runName"_s, u"yesterday"_s);
        setText(&window, u"githubPrNumber"_s, u"7"_s);
        setText(&window, u"githubBranch"_s, u"org:topic"_s);
        window.saveSettings();
    }
    MainWindow window;
    QCOMPARE(child<QLineEdit>(&window, u"serverUrl"_s)->text(), u"https://conbench.example.org"_s);
    QCOMPARE(child<QLineEdit>(&window, u"githubRepository"_s)->text(), u"example/project"_s);
    for (const QString &name : {u"githubCommit"_s, u"runName"_s, u"githubPrNumber"_s, u"githubBranch"_s})
        QVERIFY2(child<QLineEdit>(&window, name)->text().isEmpty(), qPrintable(name));
}

void TestWindowDesktop::wording()
{
    MainWindow window;
    window.resize(1300, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *email = child<QLineEdit>(&window, u"serverEmail"_s);
    QVERIFY2(!email->placeholderText().contains(u"private"_s), qPrintable(email->placeholderText()));

    // A malformed commit is reported next to the field as it is typed.
    auto *problem = child<QLabel>(&window, u"githubCommitProblem"_s);
    QVERIFY(!problem->isVisible());
    QTest::keyClicks(child<QLineEdit>(&window, u"githubCommit"_s), u"abc123"_s);
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"40"_s));
    child<QLineEdit>(&window, u"githubCommit"_s)->setText(commitSha);
    QVERIFY(!problem->isVisible());
    // So is error info that is not a JSON object.
    auto *errorInfo = child<QPlainTextEdit>(&window, u"errorInfo"_s);
    auto *errorInfoProblem = child<QLabel>(&window, u"errorInfoProblem"_s);
    QTest::keyClicks(errorInfo, u"{\"step\": "_s);
    QVERIFY(errorInfoProblem->isVisible());
    QTest::keyClicks(errorInfo, u"\"join\"}"_s);
    QVERIFY(!errorInfoProblem->isVisible());

    // A result without stats: the reason once, not "cannot be sent: cannot be sent: …".
    QTemporaryDir dir;
    const QString results = makeResults(dir, u"res"_s, 2);
    writeFile(results + u"/zz.json"_s, R"({"run_reason": "commit", "tags": {"name": "no-stats"}})");
    compose(window, u"http://127.0.0.1:9"_s);
    QVERIFY(load(window, {results}));
    QTRY_COMPARE(window.model()->count(ResultEntry::Status::Invalid), 1);
    for (int row = 0; row < window.model()->rowCount(); ++row) {
        const QString status = window.model()->index(row, ResultModel::StatusColumn).data().toString();
        QVERIFY2(status.count(u"cannot be sent"_s) <= 1, qPrintable(status));
        const QString name = window.model()->index(row, ResultModel::NameColumn).data().toString();
        if (window.model()->entry(row).status == ResultEntry::Status::Valid)
            QVERIFY2(name.contains(u"size="_s), qPrintable(name)); // the other tags are shown
    }
    // The file path gets the spare width, not the status.
    auto *table = child<QTableView>(&window, u"resultsTable"_s);
    QVERIFY(!table->horizontalHeader()->stretchLastSection());
    QVERIFY(table->columnWidth(ResultModel::FileColumn) > table->columnWidth(ResultModel::StatusColumn));
}

void TestWindowDesktop::menuBar()
{
    MainWindow window;
    window.show();
    QStringList menus;
    for (QAction *menu : window.menuBar()->actions())
        menus.append(menu->text().remove(u'&'));
    QCOMPARE(menus, (QStringList {u"File"_s, u"Run"_s, u"Outbox"_s, u"Help"_s}));
    const auto items = [&window](int menu) {
        QStringList names;
        for (QAction *item : window.menuBar()->actions().at(menu)->menu()->actions()) {
            if (!item->isSeparator())
                names.append(item->objectName());
        }
        return names;
    };
    QCOMPARE(items(0),
        (QStringList {u"addAction"_s, u"addFolderAction"_s, u"watchAction"_s, u"preferencesAction"_s,
            u"quitAction"_s}));
    QVERIFY(items(1).contains(u"submitAction"_s) && items(1).contains(u"cancelAction"_s)
        && items(1).contains(u"copyAction"_s));
    QVERIFY(items(2).contains(u"outboxAction"_s));
    QCOMPARE(items(3), (QStringList {u"helpAction"_s, u"shortcutsAction"_s, u"aboutAction"_s}));
    // Help lists the shortcuts, from the actions.
    onNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QVERIFY2(
            box->text().contains(u"Submit run"_s) && box->text().contains(u"F1"_s), qPrintable(box->text()));
        box->close();
    });
    action(&window, u"shortcutsAction"_s)->trigger();
    QCOMPARE(action(&window, u"quitAction"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QCOMPARE(action(&window, u"helpAction"_s)->shortcut(), QKeySequence(Qt::Key_F1));
    // Each action once, with a status tip; shortcuts distinct.
    QSet<QString> shortcuts;
    QSet<QString> names;
    for (QAction *item : window.findChildren<QAction *>()) {
        if (item->isSeparator() || item->menu() || item->objectName().isEmpty() || item->parent() != &window)
            continue;
        QVERIFY2(!names.contains(item->objectName()), qPrintable(item->objectName()));
        names.insert(item->objectName());
        QVERIFY2(!item->statusTip().isEmpty(), qPrintable(item->objectName()));
        if (!item->shortcut().isEmpty()) {
            QVERIFY2(
                !shortcuts.contains(item->shortcut().toString()), qPrintable(item->shortcut().toString()));
            shortcuts.insert(item->shortcut().toString());
        }
    }
    QVERIFY(names.size() >= 10);
    // About names the version and Qt's.
    onNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral(BENCHCONNECT_VERSION)), qPrintable(box->text()));
        QVERIFY(box->text().contains(QString::fromLatin1(qVersion())));
        box->accept();
    });
    action(&window, u"aboutAction"_s)->trigger();
    // Ctrl+Q closes the window.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy quit(action(&window, u"quitAction"_s), &QAction::triggered);
    QTest::keyClick(window.windowHandle(), Qt::Key_Q, Qt::ControlModifier);
    QCOMPARE(quit.size(), 1);
    QTRY_VERIFY(!window.isVisible());
}

// Quit while the run is being created (the server does not answer): the results were written to the
// outbox when Submit was pressed, the question says they stay there, and they do, with the run's
// finish; a retry later delivers them and finishes the run.
void TestWindowDesktop::quittingWhileTheRunIsCreatedKeepsItsResults()
{
    TestServer server;
    QTemporaryDir storeDir;
    QVERIFY(server.start(u"2023"_s, {u"--store"_s, storeDir.filePath(u"store"_s)}));
    QTemporaryDir dir;
    const QString results = makeResults(dir, u"res"_s, 6);
    QString runId;
    {
        MainWindow window;
        window.show();
        QVERIFY(composeAndLoad(window, server.url(), results, 6));
        QVERIFY(server.setFaults(
            R"([{"kind": "status", "status": 503, "path": "/api/runs/", "count": 100000}])"));
        action(&window, u"submitAction"_s)->trigger();
        QTRY_VERIFY2_WITH_TIMEOUT(
            logText(&window).contains(u"trying again"_s), logTail(&window).constData(), 10000);
        QVERIFY(server.runs().isEmpty());
        QString asked;
        onNextModal([&asked](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            asked = box ? box->text() : QString();
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        });
        QVERIFY(window.close());
        QVERIFY2(asked.contains(u"stay in the outbox"_s), qPrintable(asked));
    }
    // What the question said: the six results wait in the outbox, and so does the run's finish.
    Outbox outbox(m_outboxDir.path());
    QString error;
    qsizetype waiting = 0;
    for (const Outbox::Batch &batch : outbox.list(&error))
        waiting += batch.waiting();
    QCOMPARE(waiting, 6);
    const QList<Outbox::PendingFinish> finishes = outbox.pendingFinishes();
    QCOMPARE(finishes.size(), 1);
    runId = finishes.constFirst().runId;

    // The server answers again: Send waiting results delivers them and finishes the run.
    QVERIFY(server.setFaults("[]"));
    MainWindow again;
    again.show();
    setText(&again, u"serverUrl"_s, server.url());
    QCOMPARE(again.outboxWaiting(), 6);
    OutboxDialog *dialog = again.showOutbox();
    QSignalSpy retried(dialog, &OutboxDialog::retryFinished);
    dialog->retry();
    QVERIFY(retried.wait(30000));
    QCOMPARE(server.results().size(), 6);
    QVERIFY(!server.runs().value(runId).toObject().value("finished_timestamp"_L1).toString().isEmpty());
    QVERIFY(outbox.pendingFinishes().isEmpty());
}

// The window killed while sending (what it left on disk is copied, as a crash leaves it): the retry
// delivers the rest and finishes the run, since its finish was recorded when the submission started.
void TestWindowDesktop::aCrashWhileSendingLeavesTheRunsFinishToTheRetry()
{
    TestServer server;
    QTemporaryDir storeDir;
    QVERIFY(server.start(u"2023"_s, {u"--store"_s, storeDir.filePath(u"store"_s)}));
    QTemporaryDir dir;
    const QString results = makeResults(dir, u"res"_s, 20);
    QTemporaryDir crashed; // the outbox as the killed window left it
    {
        MainWindow window;
        window.show();
        QVERIFY(composeAndLoad(window, server.url(), results, 20));
        QVERIFY(
            server.setFaults(R"([{"kind": "slow", "path": "/api/benchmark-results/", "delay_ms": 400}])"));
        action(&window, u"submitAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->count(ResultEntry::Status::Sent) >= 2, 10000);
        // kill -9 now: the files stay as they are; the locks of a dead process do not count.
        const QDir outboxDir(m_outboxDir.path());
        for (const QString &name : outboxDir.entryList(QDir::Files | QDir::Hidden)) {
            if (!name.endsWith(u".lock"_s))
                QVERIFY(QFile::copy(outboxDir.filePath(name), crashed.filePath(name)));
        }
        server.stop(); // and what the window does from here on never reaches the server
        onNextModal([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        });
        QVERIFY(window.close());
    }
    QVERIFY(server.restart());
    QCOMPARE(server.runs().size(), 1);
    const QString runId = server.runs().keys().constFirst();
    QVERIFY(server.runs().value(runId).toObject().value("finished_timestamp"_L1).toString().isEmpty());

    // The next start, on what the crash left: Retry sends the rest, then finishes the run.
    qputenv("BENCHCONNECT_OUTBOX", crashed.path().toLocal8Bit());
    const auto restore
        = qScopeGuard([this] { qputenv("BENCHCONNECT_OUTBOX", m_outboxDir.path().toLocal8Bit()); });
    MainWindow again;
    again.show();
    setText(&again, u"serverUrl"_s, server.url());
    QVERIFY(again.outboxWaiting() > 0);
    OutboxDialog *dialog = again.showOutbox();
    QSignalSpy retried(dialog, &OutboxDialog::retryFinished);
    dialog->retry();
    QVERIFY(retried.wait(30000));
    QCOMPARE(server.results().size(), 20);
    QVERIFY2(!server.runs().value(runId).toObject().value("finished_timestamp"_L1).toString().isEmpty(),
        logTail(&again).constData());
    QVERIFY(!QFile::exists(crashed.filePath(runId + u".finish"_s)));
}

// Run tags: the results are written to the outbox with them before the run is created; a server from
// before late 2023 (which refuses them) gets them written again without, and nothing else is left.
void TestWindowDesktop::runTagsAreLeftOutForAServerBeforeLate2023()
{
    TestServer server;
    QVERIFY(server.start(u"2023"_s));
    QTemporaryDir dir;
    const QString results = makeResults(dir, u"res"_s, 5);
    MainWindow window;
    window.show();
    auto *tags = child<QTableWidget>(&window, u"runTags"_s);
    tags->insertRow(0);
    tags->setItem(0, 0, new QTableWidgetItem(u"suite"_s));
    tags->setItem(0, 1, new QTableWidgetItem(u"micro"_s));
    QVERIFY(composeAndLoad(window, server.url(), results, 5));
    QSignalSpy submitted(&window, &MainWindow::submitFinished);
    action(&window, u"submitAction"_s)->trigger();
    QVERIFY(submitted.wait(30000));
    QVERIFY2(submitted.constFirst().constFirst().toBool(), logTail(&window).constData());
    const QJsonArray stored = server.results();
    QCOMPARE(stored.size(), 5);
    for (const QJsonValue &value : stored)
        QVERIFY(!value.toObject().contains("run_tags"_L1));
    QCOMPARE(window.outboxWaiting(), 0);
    QCOMPARE(QDir(m_outboxDir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size(), 0);
}

// A folder added twice (however its path is written), or a file inside a folder added, is read
// once, sent once, and the log says why it was not added again.
void TestWindowDesktop::aPathInTheListAlreadyIsNotAddedAgain()
{
    TestServer server;
    QVERIFY(server.start(u"2023"_s));
    QTemporaryDir dir;
    const QString results = makeResults(dir, u"res"_s, 4);
    MainWindow window;
    window.show();
    QVERIFY(composeAndLoad(window, server.url(), results, 4));
    // File > Add folder… twice on the same folder.
    onNextModal([results](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        dialog->setDirectory(results);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    action(&window, u"addFolderAction"_s)->trigger();
    window.addPaths({results + u"/"_s, dir.filePath(u"res/../res"_s), results + u"/r00001.json"_s});
    QTest::qWait(500);
    QVERIFY(!window.isLoading());
    QCOMPARE(window.model()->rowCount(), 4);
    QVERIFY2(logText(&window).count(u"in the list already"_s) == 4, logTail(&window).constData());

    QSignalSpy submitted(&window, &MainWindow::submitFinished);
    action(&window, u"submitAction"_s)->trigger();
    QVERIFY(submitted.wait(30000));
    QCOMPARE(server.results().size(), 4);
    QVERIFY2(window.statusBar()->currentMessage().contains(u"4 sent"_s),
        qPrintable(window.statusBar()->currentMessage()));
    // After Clear, the folder can be added again.
    action(&window, u"clearAction"_s)->trigger();
    QVERIFY(load(window, {results}));
    QCOMPARE(window.model()->rowCount(), 4);
}

// The repository remembered and the commit empty (the start-up state): the rows, the Commit field,
// Submit and the status bar say the commit is missing.
void TestWindowDesktop::aMissingCommitIsNamed()
{
    QTemporaryDir dir;
    const QString results = makeResults(dir, u"res"_s, 3);
    MainWindow window;
    window.show();
    setText(&window, u"serverUrl"_s, u"http://127.0.0.1:9"_s);
    setText(&window, u"githubRepository"_s, u"example/project"_s);
    auto *problem = child<QLabel>(&window, u"githubCommitProblem"_s);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"commit"_s), qPrintable(problem->text()));
    QVERIFY(load(window, {results}));
    QTRY_COMPARE(window.model()->count(ResultEntry::Status::Invalid), 3);
    for (int row = 0; row < 3; ++row) {
        const QString status = window.model()->index(row, ResultModel::StatusColumn).data().toString();
        QVERIFY2(
            status.contains(u"commit is missing"_s) && !status.contains(u"run_id"_s), qPrintable(status));
    }
    QAction *submit = action(&window, u"submitAction"_s);
    QVERIFY(!submit->isEnabled());
    QVERIFY2(submit->toolTip().contains(u"commit is missing"_s), qPrintable(submit->toolTip()));
    QVERIFY2(window.statusBar()->currentMessage().contains(u"commit is missing"_s),
        qPrintable(window.statusBar()->currentMessage()));

    // With the commit, the rows are valid, Submit can be chosen and its tip is the usual one.
    setText(&window, u"githubCommit"_s, commitSha);
    QTRY_COMPARE(window.model()->count(ResultEntry::Status::Valid), 3);
    QVERIFY(!problem->isVisible());
    QTRY_VERIFY(submit->isEnabled());
    QVERIFY(!submit->toolTip().contains(u"missing"_s));
    QVERIFY(!window.statusBar()->currentMessage().contains(u"missing"_s));
}

// The settings file holds server URLs, e-mails and profile names: its owner's alone, also when an
// earlier version left it readable by others.
void TestWindowDesktop::theSettingsFileIsTheOwnersAlone()
{
    const auto othersMayRead = [] {
        const QFileInfo info(QSettings().fileName());
        return !info.exists()
            || (info.permissions()
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                    | QFileDevice::WriteOther));
    };
    QFile::remove(QSettings().fileName());
    {
        MainWindow window;
        window.show();
        compose(window, u"http://127.0.0.1:9"_s);
        window.saveSettings();
    }
    QVERIFY(!othersMayRead());
    QVERIFY(QFile::setPermissions(QSettings().fileName(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(othersMayRead());
    {
        MainWindow window;
        window.show();
        window.saveSettings();
    }
    QVERIFY(!othersMayRead());
}

QTEST_MAIN(TestWindowDesktop)
#include "tst_windowdesktop.moc"

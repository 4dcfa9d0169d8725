// The window's watch mode: File > Watch folder... watches a results folder with the same core and
// journal as "benchconnect watch"; folders appear in the list and move to done as the test server
// stores them, and a second watcher of the same folder is turned away.
#include "folderwatcher.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "watchview.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

void writeFolder(const QString &root, const QString &name, int n)
{
    QDir(root).mkpath(name);
    for (int i = 0; i < n; ++i) {
        QFile file(u"%1/%2/r%3.json"_s.arg(root, name).arg(i));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(QJsonObject {
                              {"tags"_L1, QJsonObject {{"name"_L1, u"%1/b%2"_s.arg(name).arg(i)}}},
                              {"stats"_L1, QJsonObject {{"data"_L1, QJsonArray {1, 2}}, {"unit"_L1, u"s"_s}}},
                          })
                .toJson(QJsonDocument::Compact));
    }
    QFile marker(u"%1/%2/.done"_s.arg(root, name));
    QVERIFY(marker.open(QIODevice::WriteOnly));
}

// The state shown in the list for a folder; empty when the folder is not listed.
QString shownState(QTableWidget *table, const QString &folder)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, WatchView::FolderColumn)->text() == folder)
            return table->item(row, WatchView::StateColumn)->text();
    }
    return {};
}

} // namespace

class TestWindowWatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_outboxDir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(u"benchconnect-test"_s);
        QCoreApplication::setApplicationName(u"benchconnect-test"_s);
        qputenv("BENCHCONNECT_OUTBOX", (m_outboxDir.path() + u"/outbox"_s).toLocal8Bit());
        for (const char *name : {"CONBENCH_URL", "CONBENCH_EMAIL", "CONBENCH_PASSWORD",
                 "CONBENCH_PROJECT_REPOSITORY", "CONBENCH_PROJECT_COMMIT", "CONBENCH_MACHINE_INFO_NAME"})
            qunsetenv(name);
    }

    void foldersAppearAndMoveToDone()
    {
        TestServer server;
        QVERIFY(server.start(u"2023"_s));
        QTemporaryDir results;
        writeFolder(results.path(), u"night-1"_s, 3);

        MainWindow window;
        window.show();
        window.findChild<QLineEdit *>(u"serverUrl"_s)->setText(server.url());
        window.findChild<QAction *>(u"watchAction"_s)->trigger();
        auto *view = window.findChild<WatchView *>();
        QVERIFY(view);
        QVERIFY(view->isVisible());
        view->setDirectory(results.path());
        QVERIFY2(view->startWatching(), qPrintable(view->message()));
        QTableWidget *table = view->table();

        QTRY_COMPARE_WITH_TIMEOUT(shownState(table, u"night-1"_s), u"done"_s, 20000);
        // A folder being written appears as incomplete, then goes to done once its marker is there.
        QDir(results.path()).mkpath(u"night-2"_s);
        QTRY_COMPARE_WITH_TIMEOUT(shownState(table, u"night-2"_s), u"incomplete"_s, 20000);
        writeFolder(results.path(), u"night-2"_s, 2);
        QTRY_COMPARE_WITH_TIMEOUT(shownState(table, u"night-2"_s), u"done"_s, 20000);
        writeFolder(results.path(), u"night-3"_s, 1);
        QTRY_COMPARE_WITH_TIMEOUT(shownState(table, u"night-3"_s), u"done"_s, 20000);
        QCOMPARE(table->rowCount(), 3);
        // The run's link and the count of results sent.
        for (int row = 0; row < 3; ++row) {
            QVERIFY(table->item(row, WatchView::RunColumn)->text().startsWith(server.url() + u"/runs/"_s));
            QVERIFY(table->item(row, WatchView::SentColumn)->text().contains(u" of "_s));
        }
        QCOMPARE(server.results().size(), 3 + 2 + 1);
        QCOMPARE(server.runs().size(), 3);

        // The command line cannot watch the same folder meanwhile.
        QProcessEnvironment env = server.environment();
        env.insert(u"BENCHCONNECT_OUTBOX"_s, m_outboxDir.path() + u"/outbox"_s);
        const ProgramRun cli
            = TestSupport::run(TestSupport::cliPath(), {u"watch"_s, u"--once"_s, results.path()}, env);
        QCOMPARE(cli.exitCode, 7);
        QVERIFY2(cli.err.contains("is being watched already"), cli.err.constData());

        // Paused: a new folder waits; resumed: it is sent.
        view->watcher()->setPaused(true);
        writeFolder(results.path(), u"night-4"_s, 1);
        QTRY_COMPARE_WITH_TIMEOUT(shownState(table, u"night-4"_s), u"waiting"_s, 20000);
        QTest::qWait(500);
        QCOMPARE(shownState(table, u"night-4"_s), u"waiting"_s);
        view->watcher()->setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(shownState(table, u"night-4"_s), u"done"_s, 20000);

        // To look at the view on a real X server (xvfb-run, then import -window root).
        if (const int hold = qEnvironmentVariableIntValue("BENCHCONNECT_TEST_HOLD_MS"); hold > 0)
            QTest::qWait(hold);
        view->stopWatching();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isWatching(), 20000);
        // Afterwards the command line sees the same journal: everything done, nothing sent again.
        const ProgramRun status
            = TestSupport::run(TestSupport::cliPath(), {u"watch"_s, u"--status"_s, results.path()}, env);
        QCOMPARE(QString::fromUtf8(status.out).count(u"  done  "_s), 4);
        const ProgramRun again
            = TestSupport::run(TestSupport::cliPath(), {u"watch"_s, u"--once"_s, results.path()}, env);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(server.results().size(), 3 + 2 + 1 + 1);
    }
};

QTEST_MAIN(TestWindowWatch)
#include "tst_window_watch.moc"

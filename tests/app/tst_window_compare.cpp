// The window's Compare tab: two runs submitted from the window against the test server (a baseline
// on one commit, then a run on its child commit with one benchmark three times slower); the tab
// shows the comparison with the regression first, in bold, with an icon and a tinted background.
#include "comparetab.h"
#include "droparea.h"
#include "mainwindow.h"
#include "resultmodel.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString baseCommit = u"1111111111111111111111111111111111111111"_s;
const QString slowCommit = u"2222222222222222222222222222222222222222"_s;

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

void drop(MainWindow *window, const QStringList &paths)
{
    auto *area = window->findChild<DropArea *>();
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(area, &enter);
    QDropEvent dropEvent(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(area, &dropEvent);
}

// A folder of results: one file per benchmark, in seconds.
QString writeResults(
    const QTemporaryDir &dir, const QString &name, const QList<QPair<QString, double>> &values)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(path);
    for (const auto &[benchmark, seconds] : values) {
        QFile file(path + u'/' + benchmark + u".json"_s);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        const QJsonObject o {{u"tags"_s, QJsonObject {{u"name"_s, benchmark}}},
            {u"stats"_s, QJsonObject {{u"data"_s, QJsonArray {seconds, seconds}}, {u"unit"_s, u"s"_s}}}};
        file.write(QJsonDocument(o).toJson());
    }
    return path;
}

} // namespace

class TestWindowCompare : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_outboxDir;
    QTemporaryDir m_dir;

    // Sends the results of a folder as a run on a commit, from the window.
    bool submit(MainWindow &window, const QString &url, const QString &commit, const QString &folder)
    {
        window.clearResults();
        setText(&window, u"serverUrl"_s, url);
        child<QComboBox>(&window, u"runReason"_s)->setCurrentText(u"commit"_s);
        setText(&window, u"githubRepository"_s, u"example/project"_s);
        setText(&window, u"githubCommit"_s, commit);
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        drop(&window, {folder});
        if (!loaded.wait(20000))
            return false;
        if (!QTest::qWaitFor([&] { return window.model()->count(ResultEntry::Status::Valid) == 2; }, 10000))
            return false;
        QSignalSpy submitted(&window, &MainWindow::submitFinished);
        window.findChild<QAction *>(u"submitAction"_s)->trigger();
        return submitted.wait(30000) && submitted.constFirst().constFirst().toBool();
    }

private slots:
    void initTestCase()
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

    void regressionIsHighlighted()
    {
        const QString commits = m_dir.filePath(u"commits.json"_s);
        {
            QFile file(commits);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(
                QJsonDocument(QJsonObject {{u"parents"_s, QJsonObject {{slowCommit, baseCommit}}}}).toJson());
        }
        TestServer server;
        QVERIFY(server.start(u"current"_s, {u"--commits"_s, commits}));

        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(submit(window, server.url(), baseCommit,
            writeResults(m_dir, u"base"_s, {{u"alpha"_s, 1.0}, {u"beta"_s, 2.0}})));
        const QString baselineId = window.lastRunId();
        QVERIFY(submit(window, server.url(), slowCommit,
            writeResults(m_dir, u"slow"_s, {{u"alpha"_s, 3.0}, {u"beta"_s, 2.01}})));
        const QString runId = window.lastRunId();
        QVERIFY(runId != baselineId);

        // The tab holds the run the window submitted last, and compares it when shown.
        CompareTab *tab = window.compareTab();
        QCOMPARE(tab->runId(), runId);
        QSignalSpy compared(tab, &CompareTab::comparisonFinished);
        auto *tabs = qobject_cast<QTabWidget *>(tab->parentWidget()->parentWidget());
        QVERIFY(tabs);
        tabs->setCurrentWidget(tab);
        QVERIFY(compared.wait(20000));
        QCOMPARE(compared.constFirst().constFirst().toBool(), true);
        QVERIFY2(tab->message().contains(baselineId), qPrintable(tab->message()));

        QTableView *table = tab->table();
        QAbstractItemModel *shown = table->model();
        QCOMPARE(shown->rowCount(), 2);
        const QModelIndex verdict = shown->index(0, ComparisonModel::VerdictColumn);
        QCOMPARE(verdict.data().toString(), u"regression"_s);
        QCOMPARE(shown->index(0, ComparisonModel::BenchmarkColumn).data().toString(), u"alpha"_s);
        QCOMPARE(shown->index(0, ComparisonModel::ChangeColumn).data().toString(), u"-200.0 %"_s);
        // Not colour alone: bold and an icon, besides the background.
        QVERIFY(verdict.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!verdict.data(Qt::DecorationRole).value<QIcon>().isNull());
        const QColor background = verdict.data(Qt::BackgroundRole).value<QColor>();
        QVERIFY(background.isValid());
        QVERIFY(background != table->palette().color(QPalette::Base));
        // The row within noise is plain.
        const QModelIndex plain = shown->index(1, ComparisonModel::VerdictColumn);
        QCOMPARE(plain.data().toString(), u"no change"_s);
        QVERIFY(!plain.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!plain.data(Qt::BackgroundRole).isValid());
        // Each row links to its result's page on the server.
        const QUrl link = shown->index(0, 0).data(ComparisonModel::LinkRole).toUrl();
        QVERIFY2(
            link.toString().startsWith(server.url() + u"/benchmark-results/"_s), qPrintable(link.toString()));

        // Filterable and sortable.
        auto *filter = child<QLineEdit>(tab, u"compareFilter"_s);
        filter->setText(u"bet"_s);
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, ComparisonModel::BenchmarkColumn).data().toString(), u"beta"_s);
        filter->clear();
        QCOMPARE(shown->rowCount(), 2);
        table->sortByColumn(ComparisonModel::BenchmarkColumn, Qt::DescendingOrder);
        QCOMPARE(shown->index(0, ComparisonModel::BenchmarkColumn).data().toString(), u"beta"_s);

        // Refreshed on demand, with the baseline typed in as a run id.
        tab->setBaseline(baselineId);
        child<QPushButton>(tab, u"compareButton"_s)->click();
        QVERIFY(compared.wait(20000));
        QCOMPARE(compared.size(), 2);
        QCOMPARE(tab->model()->rows().size(), 2);
        QCOMPARE(tab->model()->rows().constFirst().verdict, ComparisonRow::Verdict::Regression);

        // An unknown run says so.
        tab->setRunId(u"0123456789abcdef0123456789abcdef"_s);
        tab->setBaseline({});
        tab->compare();
        QVERIFY(compared.wait(20000));
        QCOMPARE(compared.constLast().constFirst().toBool(), false);
        QVERIFY2(tab->message().contains(u"not on the server"_s), qPrintable(tab->message()));
        QCOMPARE(shown->rowCount(), 0);

        const int seconds = qEnvironmentVariableIntValue("BENCHCONNECT_SHOW_SECONDS");
        if (seconds > 0) { // for a screenshot: the regression on screen
            tab->setRunId(runId);
            tab->compare();
            QVERIFY(compared.wait(20000));
            QTest::qWait(seconds * 1000);
        }

        // A server that does not answer: the button cancels the comparison.
        server.stop();
        tab->setRunId(runId);
        tab->compare();
        auto *button = child<QPushButton>(tab, u"compareButton"_s);
        QCOMPARE(button->text(), u"Cancel"_s);
        const qsizetype before = compared.size();
        button->click();
        QTRY_COMPARE_WITH_TIMEOUT(compared.size(), before + 1, 10000);
        QCOMPARE(compared.constLast().constFirst().toBool(), false);
        QVERIFY2(tab->message().contains(u"cancelled"_s), qPrintable(tab->message()));
        QCOMPARE(button->text(), u"Refresh"_s);
    }
};

QTEST_MAIN(TestWindowCompare)
#include "tst_window_compare.moc"

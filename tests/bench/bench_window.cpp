// The window at scale: RESULTS results (one NDJSON file of that many lines, or as many files in a
// folder with "files") added to the window, offscreen. Prints how long until the table held them
// all, the UI thread's longest stall (the longest gap between 10 ms ticks of a timer, as
// tst_window measures it), the process's peak memory, how long sorting and filtering the table's
// rows take, and how long marking every row sending, then sent, takes. Prints figures; asserts nothing.
//
//   QT_QPA_PLATFORM=offscreen bench_window [RESULTS] [ndjson|files]     (default 100000 ndjson)
//   bench_window --startup     prints the wall clock (ns since the epoch) when the window was first
//                              painted, and exits: scripts/benchmarks.sh takes the start-up from it
#include "instantserver.h"
#include "mainwindow.h"
#include "resultfiltermodel.h"
#include "resultmodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

QByteArray resultLine(int i)
{
    return "{\"run_reason\": \"commit\", \"tags\": {\"name\": \"bench-" + QByteArray::number(i)
        + "\", \"size\": \"" + QByteArray::number(i % 7)
        + "\"}, \"stats\": {\"data\": [1.5, 2.5, 3.5], "
          "\"unit\": \"s\"}}";
}

qint64 statusKiB(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Runs action and reports the longest gap between the ticks of a 10 ms timer meanwhile.
struct StallWatch
{
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    QTimer ticker;
    StallWatch()
    {
        ticker.setInterval(10);
        QObject::connect(&ticker, &QTimer::timeout, [this] { longest = qMax(longest, sinceTick.restart()); });
        sinceTick.start();
        ticker.start();
    }
};

// Runs the event loop for ms milliseconds.
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double timed(const std::function<void()> &action)
{
    QElapsedTimer clock;
    clock.start();
    action();
    return clock.nsecsElapsed() / 1e6;
}

} // namespace

// Prints when the window it watches is first painted, then quits.
class FirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            std::printf("first paint at %lld ns\n",
                qlonglong(std::chrono::duration_cast<std::chrono::nanoseconds>(
                    std::chrono::system_clock::now().time_since_epoch())
                              .count()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const bool files = argc > 2 && QByteArray(argv[2]) == "files";
    QTemporaryDir settingsDir;
    QTemporaryDir outboxDir;
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(u"benchconnect-bench"_s);
    QCoreApplication::setApplicationName(u"benchconnect-bench"_s);
    qputenv("BENCHCONNECT_OUTBOX", outboxDir.path().toLocal8Bit());
    if (argc > 1 && QByteArray(argv[1]) == "--startup") {
        MainWindow window;
        FirstPaint watcher;
        window.installEventFilter(&watcher);
        window.show();
        QTimer::singleShot(30000, &app, &QCoreApplication::quit);
        return app.exec();
    }

    QTemporaryDir dir;
    QString input;
    if (files) {
        input = dir.path();
        for (int i = 0; i < count; ++i) {
            QFile file(dir.filePath(u"r%1.json"_s.arg(i, 6, 10, QChar(u'0'))));
            if (!file.open(QIODevice::WriteOnly))
                return 1;
            file.write(resultLine(i));
        }
    } else {
        input = dir.filePath(u"results.ndjson"_s);
        QFile file(input);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        for (int i = 0; i < count; ++i)
            file.write(resultLine(i) + '\n');
    }
    const qint64 rssBefore = statusKiB("VmRSS:");

    MainWindow window;
    window.resize(1200, 800);
    window.show();
    spin(200);

    double loadMs = 0;
    qint64 loadStall = 0;
    {
        StallWatch watch;
        QEventLoop loop;
        QObject::connect(&window, &MainWindow::loadFinished, &loop, &QEventLoop::quit);
        QElapsedTimer clock;
        clock.start();
        window.addPaths({input});
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        loadMs = clock.nsecsElapsed() / 1e6;
        // What the loader handed over last is shown in the next turns of the event loop.
        spin(300);
        loadStall = watch.longest;
    }
    std::printf("%d results (%s) added to the window: table filled with %d rows in %.2f s; longest UI "
                "stall %lld ms\n",
        count, files ? "one file each" : "one NDJSON file", window.model()->rowCount(), loadMs / 1000,
        loadStall);

    // A change of the run while the rows were read (the git probe's answer, say) makes the window
    // check them all again; the figures below are taken once it is done.
    // Until the window has checked every row again, if it is to; true if it was.
    const auto waitForRecheck = [&window] {
        if (!window.isRechecking())
            return false;
        QEventLoop loop;
        QObject::connect(&window, &MainWindow::recheckFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        return true;
    };
    double recheckMs = 0;
    {
        QElapsedTimer clock;
        clock.start();
        if (waitForRecheck())
            recheckMs = clock.nsecsElapsed() / 1e6;
    }
    std::printf("checked again after the run changed: %s; sort keys computed after the load: %s\n",
        recheckMs > 0 ? qPrintable(u"%1 s"_s.arg(recheckMs / 1000, 0, 'f', 2)) : "no",
        window.shownModel()->hasSortKeys() ? "yes" : "not yet");

    // The window's own table: sorted by a click on a header, filtered by the text above it. Each
    // action five times (the median and the slowest printed: a shared machine's figures vary).
    ResultFilterModel *shown = window.shownModel();
    const auto five = [](const std::function<void(int)> &action) {
        QList<double> ms;
        for (int i = 0; i < 5; ++i)
            ms.append(timed([&] { action(i); }));
        std::sort(ms.begin(), ms.end());
        return u"%1 ms (slowest %2)"_s.arg(ms.at(2), 0, 'f', 0).arg(ms.last(), 0, 'f', 0);
    };
    const QString sortName = five([&](int i) {
        shown->sort(ResultModel::NameColumn, i % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    const QString sortStatus = five([&](int i) {
        shown->sort(ResultModel::StatusColumn, i % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    const QString unsort = five([&](int i) { shown->sort(i % 2 ? ResultModel::FileColumn : -1); });
    shown->sort(ResultModel::NameColumn);
    int matching = 0;
    const QString filter = five([&](int i) {
        shown->setFilterText(i % 2 ? u"bench-999"_s : u"bench-9999"_s);
        matching = shown->rowCount();
    });
    QList<double> clearing;
    for (int i = 0; i < 5; ++i) {
        shown->setFilterText(u"bench-9999"_s);
        clearing.append(timed([&] { shown->setFilterText(QString()); }));
    }
    std::sort(clearing.begin(), clearing.end());
    const QString unfilter
        = u"%1 ms (slowest %2)"_s.arg(clearing.at(2), 0, 'f', 0).arg(clearing.last(), 0, 'f', 0);
    std::printf("the window's table, sorted by benchmark (median of 5): sort by benchmark %s, by status "
                "%s, by file or as read %s; filter \"bench-9999\" or \"bench-999\" %s (%d rows), filter "
                "cleared %s\n",
        qPrintable(sortName), qPrintable(sortStatus), qPrintable(unsort), qPrintable(filter), matching,
        qPrintable(unfilter));

    // The run composed while nothing else runs (the rows read, their sort keys made): every row is
    // checked against it again. The time includes the 300 ms the window lets typing pause.
    {
        QElapsedTimer clock;
        clock.start();
        window.findChild<QComboBox *>(u"runReason"_s)->setCurrentText(u"commit"_s);
        window.findChild<QLineEdit *>(u"githubRepository"_s)->setText(u"example/project"_s);
        window.findChild<QLineEdit *>(u"githubCommit"_s)
            ->setText(u"0123456789abcdef0123456789abcdef01234567"_s);
        const double idleRecheckMs = waitForRecheck() ? clock.nsecsElapsed() / 1e6 : -1;
        std::printf("checked again after the run was composed, with nothing else running: %s (%lld valid)\n",
            idleRecheckMs > 0 ? qPrintable(u"%1 s"_s.arg(idleRecheckMs / 1000, 0, 'f', 2)) : "not at all",
            qlonglong(window.model()->count(ResultEntry::Status::Valid)));
        std::fflush(stdout);
    }

    // Submitting them for real, to a server on loopback that answers at once (and keeps nothing):
    // the server named, Submit, until the run is finished. The rows are prepared, written to the
    // outbox and sent.
    {
        InstantServer server;
        StallWatch watch;
        QElapsedTimer clock;
        clock.start();
        window.findChild<QLineEdit *>(u"serverUrl"_s)->setText(u"http://127.0.0.1:%1"_s.arg(server.port()));
        QEventLoop loop;
        bool ok = false;
        QObject::connect(&window, &MainWindow::submitFinished, &loop, [&](bool success) {
            ok = success;
            loop.quit();
        });
        // The first request creates the run; the second is the first result: when it came, the
        // results had been checked, prepared and written to the outbox.
        double firstResultMs = -1;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (server.requests() >= 2) {
                firstResultMs = clock.nsecsElapsed() / 1e6;
                poll.stop();
            }
        });
        poll.start(10);
        window.findChild<QAction *>(u"submitAction"_s)->trigger();
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        loop.exec();
        const double submitMs = clock.nsecsElapsed() / 1e6;
        spin(300);
        std::printf("submitted to a server on loopback that answers at once: %lld rows sent (%s) in %.2f s "
                    "(%.0f results/s; the first result after %.2f s), the server took %lld requests; "
                    "longest UI stall %lld ms\n",
            qlonglong(window.model()->count(ResultEntry::Status::Sent)), ok ? "done" : "not done",
            submitMs / 1000, window.model()->count(ResultEntry::Status::Sent) / (submitMs / 1000),
            firstResultMs / 1000, qlonglong(server.requests()), watch.longest);
        std::fflush(stdout);
    }

    // Sending them: every row marked as being sent, then each as sent, as the submission's results
    // come in (250 every 5 ms, faster than any server answers), while the table is sorted by status.
    shown->sort(ResultModel::StatusColumn);
    double statusMs = 0;
    qint64 statusStall = 0;
    qsizetype sent = 0;
    {
        StallWatch watch;
        QElapsedTimer clock;
        clock.start();
        ResultModel *model = window.model();
        for (int row = 0; row < model->rowCount(); ++row)
            model->setStatus(row, ResultEntry::Status::Sending);
        int next = 0;
        QEventLoop loop;
        QTimer chunk;
        chunk.setInterval(5);
        QObject::connect(&chunk, &QTimer::timeout, [&] {
            for (int end = qMin(next + 250, model->rowCount()); next < end; ++next)
                model->setStatus(next, ResultEntry::Status::Sent);
            if (next >= model->rowCount()) {
                chunk.stop();
                model->flushStatusChanges();
                loop.quit();
            }
        });
        chunk.start();
        loop.exec();
        statusMs = clock.nsecsElapsed() / 1e6;
        sent = model->count(ResultEntry::Status::Sent);
        spin(300);
        statusStall = watch.longest;
    }
    std::printf("statuses while sending (sorted by status): %d rows marked sending, then sent, in %.2f s; "
                "longest UI stall %lld ms; %lld rows sent\n",
        window.model()->rowCount(), statusMs / 1000, statusStall, qlonglong(sent));
    std::printf("memory: resident %lld MiB, peak %lld MiB (before the window: %lld MiB)\n",
        statusKiB("VmRSS:") / 1024, statusKiB("VmHWM:") / 1024, rssBefore / 1024);
    return 0;
}

// The window at scale: RESULTS results (one NDJSON file of that many lines, or as many files in a
// folder with "files") added to the window, offscreen. Prints how long until the table held them
// all, the UI thread's longest stall (the longest gap between 10 ms ticks of a timer, as
// tst_window measures it), the process's peak memory, and how long sorting and filtering the
// table's rows take through a QSortFilterProxyModel. Prints figures; asserts nothing.
//
//   QT_QPA_PLATFORM=offscreen bench_window [RESULTS] [ndjson|files]     (default 100000 ndjson)
#include "mainwindow.h"
#include "resultmodel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

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

double timed(const std::function<void()> &action)
{
    QElapsedTimer clock;
    clock.start();
    action();
    return clock.nsecsElapsed() / 1e6;
}

} // namespace

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
    QEventLoop settle;
    QTimer::singleShot(200, &settle, &QEventLoop::quit);
    settle.exec();

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
        QEventLoop drain;
        QTimer::singleShot(300, &drain, &QEventLoop::quit);
        drain.exec();
        loadStall = watch.longest;
    }
    std::printf("%d results (%s) added to the window: table filled with %d rows in %.2f s; longest UI "
                "stall %lld ms\n",
        count, files ? "one file each" : "one NDJSON file", window.model()->rowCount(), loadMs / 1000,
        loadStall);

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(window.model());
    proxy.setFilterKeyColumn(ResultModel::NameColumn);
    const double sortName = timed([&] { proxy.sort(ResultModel::NameColumn); });
    const double sortBack = timed([&] { proxy.sort(ResultModel::NameColumn, Qt::DescendingOrder); });
    const double filter = timed([&] { proxy.setFilterFixedString(u"bench-9999"_s); });
    const int matching = proxy.rowCount();
    const double unfilter = timed([&] { proxy.setFilterFixedString(QString()); });
    std::printf("through a QSortFilterProxyModel: sort by benchmark %.0f ms, reversed %.0f ms; filter "
                "\"bench-9999\" %.0f ms (%d rows), filter cleared %.0f ms\n",
        sortName, sortBack, filter, matching, unfilter);
    std::printf("memory: resident %lld MiB, peak %lld MiB (before the window: %lld MiB)\n",
        statusKiB("VmRSS:") / 1024, statusKiB("VmHWM:") / 1024, rssBefore / 1024);
    return 0;
}

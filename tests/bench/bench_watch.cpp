// How "benchconnect watch --once" copes with a large results folder: FOLDERS run folders of RESULTS
// result files each, all complete, handled by one run of the real program against the project's
// test server (a real HTTP server that validates and stores what it gets). Prints the time taken
// and the program's peak memory (its maximum resident set); run it with 100 and with 1000 folders
// to see that memory stays flat in the number of folders.
// Asserts nothing.
//
//   bench_watch [FOLDERS] [RESULTS] [PARALLEL]     (defaults: 1000 folders, 10 results, 1 at a time)
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int folders = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int perFolder = args.size() > 2 ? args.at(2).toInt() : 10;
    const QString parallel = args.size() > 3 ? args.at(3) : u"1"_s;

    QTemporaryDir dir;
    const QString root = dir.filePath(u"results"_s);
    QElapsedTimer clock;
    clock.start();
    for (int f = 0; f < folders; ++f) {
        const QString name = u"run-%1"_s.arg(f, 5, 10, QChar(u'0'));
        QDir(root).mkpath(name);
        for (int r = 0; r < perFolder; ++r) {
            QFile file(u"%1/%2/result-%3.json"_s.arg(root, name).arg(r));
            if (!file.open(QIODevice::WriteOnly))
                return 1;
            file.write(QJsonDocument(
                QJsonObject {
                    {"tags"_L1, QJsonObject {{"name"_L1, u"bench-%1"_s.arg(r)}}},
                    {"context"_L1, QJsonObject {{"compiler"_L1, "g++ 12"_L1}}},
                    {"stats"_L1, QJsonObject {{"data"_L1, QJsonArray {1.5, 1.6, 1.55}}, {"unit"_L1, "s"_L1}}},
                })
                           .toJson(QJsonDocument::Compact));
        }
        QFile marker(u"%1/%2/.done"_s.arg(root, name));
        if (!marker.open(QIODevice::WriteOnly))
            return 1;
    }
    std::printf("wrote %d folders of %d results in %.1f s\n", folders, perFolder, clock.elapsed() / 1000.0);

    TestServer server;
    if (!server.start(u"2023"_s))
        return 1;
    QProcess watch;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CONBENCH_URL"_s, server.url());
    env.insert(u"BENCHCONNECT_OUTBOX"_s, dir.filePath(u"state/outbox"_s));
    env.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"https://github.com/org/repo"_s);
    env.insert(u"CONBENCH_PROJECT_COMMIT"_s, u"0123456789abcdef0123456789abcdef01234567"_s);
    env.insert(u"BENCHCONNECT_LANGUAGE"_s, u"en"_s);
    env.remove(u"CONBENCH_EMAIL"_s);
    watch.setProcessEnvironment(env);
    watch.setStandardOutputFile(QProcess::nullDevice());
    watch.setStandardErrorFile(dir.filePath(u"watch.log"_s));
    clock.restart();
    watch.start(QStringLiteral(BENCHCONNECT_CLI_PATH),
        {u"watch"_s, u"--once"_s, u"--max-runs-in-parallel"_s, parallel, root});
    if (!watch.waitForFinished(-1) || watch.exitCode() != 0) {
        QFile log(dir.filePath(u"watch.log"_s));
        log.open(QIODevice::ReadOnly);
        std::fprintf(
            stderr, "watch failed (%d): %s\n", watch.exitCode(), log.readAll().right(2000).constData());
        return 1;
    }
    const double seconds = clock.elapsed() / 1000.0;
    struct rusage usage = {};
    ::getrusage(RUSAGE_CHILDREN, &usage);
    const qsizetype stored = server.results().size();
    std::printf("watch --once: %d folders, %d results (%lld stored) in %.1f s (%.0f results/s, %.1f ms per "
                "folder)\n",
        folders, folders * perFolder, static_cast<long long>(stored), seconds, folders * perFolder / seconds,
        seconds * 1000.0 / folders);
    std::printf("benchconnect watch: %.1f s of CPU (user %.1f s, system %.1f s), peak memory %.1f MiB\n",
        usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6,
        usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6,
        usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6, usage.ru_maxrss / 1024.0);
    return 0;
}

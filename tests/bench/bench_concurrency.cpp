// How well the automatic number of requests under way (--max-in-flight auto, the default) fits a
// server: the whole submission path (outbox, journal, ConbenchClient, Submission) against the test
// server configured with a per-request latency and a concurrency limit (503 beyond it), with the
// number fixed (1, 2, 4, 6, 8, 16) and automatic. Each setting is measured ROUNDS times, the
// rounds interleaved (the machine's load changes over time); the medians are compared. Prints
// figures; asserts nothing.
//
//   bench_concurrency [ROUNDS [SETTINGS]]   (default 3 rounds; SETTINGS: the fixed numbers to
//                                           compare with, comma-separated, default 1,2,4,6,8,16)
#include "testsupport.h"

#include "clientsettings.h"
#include "conbenchclient.h"
#include "outbox.h"
#include "submission.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QJsonObject result(int i)
{
    return QJsonObject {
        {"run_id"_L1, "bench-concurrency"_L1},
        {"batch_id"_L1, u"batch-%1"_s.arg(i / 10)},
        {"timestamp"_L1, "2026-11-28T02:00:00+00:00"_L1},
        {"tags"_L1, QJsonObject {{"name"_L1, u"benchmark-%1"_s.arg(i)}}},
        {"context"_L1, QJsonObject {}},
        {"cluster_info"_L1,
            QJsonObject {{"name"_L1, "bench-cluster"_L1}, {"info"_L1, QJsonObject {{"nodes"_L1, "2"_L1}}},
                {"optional_info"_L1, QJsonObject {}}}},
        {"github"_L1,
            QJsonObject {{"repository"_L1, "https://github.com/example/project"_L1},
                {"commit"_L1, "0123456789abcdef0123456789abcdef01234567"_L1}}},
        {"stats"_L1, QJsonObject {{"data"_L1, QJsonArray {1.0, 1.5}}, {"unit"_L1, "s"_L1}}},
    };
}

struct Run
{
    double perSecond = 0;
    int largest = 0;
    int last = 0;
    qsizetype sent = 0;
};

// maxInFlight 0: automatic.
Run send(const QString &server, int count, int maxInFlight)
{
    QTemporaryDir dir;
    Outbox outbox(dir.filePath(u"outbox"_s));
    QString error;
    outbox.open(&error);
    auto writer = outbox.writer(server);
    for (int i = 0; i < count; ++i)
        writer->append(result(i), &error);
    writer->commit(&error);

    ClientSettings settings;
    settings.baseUrl = QUrl(server);
    settings.maxInFlight = maxInFlight;
    settings.firstRetryDelay = std::chrono::milliseconds(500);
    ConbenchClient client(settings);
    QStringList skipped;
    Submission submission(&client);
    submission.setQueue(outbox.queue(server, writer->batchIds(), &skipped, &error));
    QEventLoop loop;
    QObject::connect(&submission, &Submission::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    submission.start();
    loop.exec();
    Run run;
    run.perSecond = submission.sent() / (clock.nsecsElapsed() / 1e9);
    run.largest = submission.largestInFlight();
    run.last = submission.inFlightLimit();
    run.sent = submission.sent();
    if (run.sent != count)
        std::fprintf(stderr, "only %lld of %d confirmed\n", qlonglong(run.sent), count);
    return run;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 3;
    struct Config
    {
        int latencyMs;
        int maxConcurrent;
        int results;
    };
    const Config configs[] = {{20, 2, 300}, {5, 8, 1000}, {0, 0, 2000}};
    std::vector<int> settings = {1, 2, 4, 6, 8, 16};
    if (argc > 2) {
        settings.clear();
        for (const QByteArray &number : QByteArray(argv[2]).split(','))
            if (number.toInt() > 0)
                settings.push_back(number.toInt());
    }
    settings.push_back(0); // automatic
    std::vector<double> autoShares;
    for (const Config &config : configs) {
        TestServer server;
        if (!server.start(u"current"_s,
                {u"--latency-ms"_s, QString::number(config.latencyMs), u"--max-concurrent"_s,
                    QString::number(config.maxConcurrent)})) {
            std::fprintf(stderr, "cannot start the test server\n");
            return 1;
        }
        std::printf("test server: latency %d ms, %s; %d results per run, %d rounds\n", config.latencyMs,
            config.maxConcurrent ? qPrintable(u"at most %1 at once (503 beyond)"_s.arg(config.maxConcurrent))
                                 : "no limit",
            config.results, rounds);
        std::fflush(stdout);
        std::map<int, std::vector<double>> figures;
        std::vector<int> largest;
        std::vector<int> last;
        for (int round = 0; round < rounds; ++round) {
            for (const int setting : settings) {
                server.reset();
                const Run run = send(server.url(), config.results, setting);
                figures[setting].push_back(run.perSecond);
                if (setting == 0) {
                    largest.push_back(run.largest);
                    last.push_back(run.last);
                }
            }
        }
        double best = 0;
        int bestSetting = 0;
        for (const int setting : settings) {
            const double m = median(figures[setting]);
            if (setting == 0) {
                std::printf(
                    "  auto:        %7.1f results/s (median); came to %d at most, ended at %d (last round)\n",
                    m, largest.back(), last.back());
            } else {
                std::printf("  %2d in flight: %7.1f results/s (median)\n", setting, m);
                if (m > best) {
                    best = m;
                    bestSetting = setting;
                }
            }
        }
        const double share = median(figures[0]) / best;
        autoShares.push_back(share);
        std::printf("  auto reaches %.0f %% of the best fixed setting (%d in flight)\n\n", 100.0 * share,
            bestSetting);
        std::fflush(stdout);
    }
    return 0;
}

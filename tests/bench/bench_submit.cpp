// How fast results go out: benchconnect's whole path (outbox written and synced in batches,
// journal of confirmations, ConbenchClient, Submission) against a bare QNetworkAccessManager loop
// posting the same bodies, both to a server that answers at once. Prints figures; asserts nothing.
//
//   bench_submit [RESULTS] [IN_FLIGHT]     (defaults: 20000 results, 4 in flight)
#include "instantserver.h"

#include "clientsettings.h"
#include "conbenchclient.h"
#include "outbox.h"
#include "submission.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QJsonObject result(int i)
{
    QJsonObject machine;
    for (const auto key : {"name"_L1, "os_name"_L1, "os_version"_L1, "architecture_name"_L1, "kernel_name"_L1,
             "memory_bytes"_L1, "cpu_model_name"_L1, "cpu_core_count"_L1, "cpu_thread_count"_L1,
             "cpu_l1d_cache_bytes"_L1, "cpu_l1i_cache_bytes"_L1, "cpu_l2_cache_bytes"_L1,
             "cpu_l3_cache_bytes"_L1, "cpu_frequency_max_hz"_L1, "gpu_count"_L1})
        machine.insert(key, "12345678"_L1);
    machine.insert("gpu_product_names"_L1, QJsonArray());
    return QJsonObject {
        {"run_id"_L1, "bench-run"_L1},
        {"batch_id"_L1, u"batch-%1"_s.arg(i)},
        {"timestamp"_L1, "2026-11-27T12:00:00.000+00:00"_L1},
        {"tags"_L1, QJsonObject {{"name"_L1, u"benchmark-%1"_s.arg(i)}, {"size"_L1, "large"_L1}}},
        {"context"_L1, QJsonObject {{"compiler"_L1, "g++ 12"_L1}}},
        {"info"_L1, QJsonObject()},
        {"github"_L1,
            QJsonObject {{"repository"_L1, "https://github.com/org/repo"_L1},
                {"commit"_L1, "0123456789abcdef0123456789abcdef01234567"_L1}}},
        {"machine_info"_L1, machine},
        {"stats"_L1, QJsonObject {{"data"_L1, QJsonArray {1.5, 1.6, 1.55}}, {"unit"_L1, "s"_L1}}},
    };
}

double bareLoop(const QUrl &url, int count, int inFlight)
{
    QNetworkAccessManager network;
    QEventLoop loop;
    int next = 0;
    int done = 0;
    std::function<void()> sendOne = [&] {
        const int i = next++;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = network.post(request, QJsonDocument(result(i)).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->deleteLater();
            if (++done == count)
                loop.quit();
            else if (next < count)
                sendOne();
        });
    };
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < inFlight && i < count; ++i)
        sendOne();
    loop.exec();
    return count / (clock.nsecsElapsed() / 1e9);
}

double benchconnectPath(const QUrl &base, int count, int inFlight, double *writeSeconds)
{
    QTemporaryDir dir;
    Outbox outbox(dir.filePath(u"outbox"_s));
    QString error;
    QElapsedTimer clock;
    clock.start();
    outbox.open(&error);
    auto writer = outbox.writer(base.toString());
    for (int i = 0; i < count; ++i)
        writer->append(result(i), &error);
    writer->commit(&error);
    *writeSeconds = clock.nsecsElapsed() / 1e9;

    ClientSettings settings;
    settings.baseUrl = base;
    settings.maxInFlight = inFlight;
    ConbenchClient client(settings);
    QStringList skipped;
    Submission submission(&client);
    submission.setQueue(outbox.queue(base.toString(), writer->batchIds(), &skipped, &error));
    QEventLoop loop;
    QObject::connect(&submission, &Submission::finished, &loop, &QEventLoop::quit);
    submission.start();
    loop.exec();
    if (submission.sent() != count)
        std::fprintf(stderr, "only %lld of %d confirmed\n", qlonglong(submission.sent()), count);
    return count / (clock.nsecsElapsed() / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    const int inFlight = argc > 2 ? QByteArray(argv[2]).toInt() : 4;
    InstantServer server;
    const QUrl base(u"http://127.0.0.1:%1"_s.arg(server.port()));
    std::printf("%d results, %d in flight, to a server on loopback that answers at once\n", count, inFlight);
    const double bare = bareLoop(QUrl(base.toString() + u"/api/benchmark-results/"_s), count, inFlight);
    std::printf("bare QNetworkAccessManager loop:          %8.0f results/s\n", bare);
    double writeSeconds = 0;
    const double full = benchconnectPath(base, count, inFlight, &writeSeconds);
    std::printf("benchconnect (outbox, journal, client):   %8.0f results/s  (%.0f %% of the bare loop; "
                "writing the outbox took %.2f s)\n",
        full, 100.0 * full / bare, writeSeconds);
    return 0;
}

// How fast results go out: benchconnect's whole path (outbox written and synced in batches,
// journal of confirmations, ConbenchClient, Submission) against a bare QNetworkAccessManager loop
// posting the same bodies, both to a server that answers at once. Prints figures; asserts nothing.
// Each round runs the bare loop, the whole path, and the bare loop again; the ratio is taken within
// a round, against the bare loop's mean time before and after (the machine's speed changes from one
// minute to the next, and a change during the round then weighs on both sides alike), and the median
// of the rounds' ratios is printed last. Each round also says how much of benchconnect's time came
// before its first request (the results made and written to the outbox: all of the input is read
// and checked before anything is sent), the rate of its sending alone, and the CPU time of all the
// process's threads per result on each side (the server on loopback is one of them, on both sides).
// Each result is made inside the timing: by the bare loop between its requests, by benchconnect's
// path before its first request (in the order the command line reads its input: all of it first).
// Making one costs about 150,000 instructions, many times what benchconnect does with it before
// sending it. With "ready", every result is made before the clock starts instead, and both sides
// time only what they do with it (for benchconnect: the outbox, the journal and the client).
// The rounds time the whole path as the command line runs it. One more run, printed after them,
// breaks it down in CPU time of the main thread: writing the outbox (making the results and handing
// them to the writer's thread; the syncs are waiting), reading it back, the journal of
// confirmations, the client (ConbenchClient, Submission, QNetworkAccessManager: the rest of the main
// thread's CPU time), and waiting (for the disk, the server, Qt's network thread, or a free core:
// wall time less the main thread's CPU time). Timing each part costs a system call per clock
// reading, which is why the rounds do not. The bare loop's main thread CPU time per result is
// printed in each round.
//
//   bench_submit [RESULTS] [IN_FLIGHT] [ROUNDS] [ready]
//                                     (defaults: 20000 results, 4 in flight, 3 rounds, made in the timing)
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

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

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

double cpuSeconds(clockid_t clock)
{
    timespec now {};
    clock_gettime(clock, &now);
    return double(now.tv_sec) + now.tv_nsec / 1e9;
}

double threadCpuSeconds()
{
    return cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
}

// All threads of the process: the client's, Qt's network thread, the outbox writer, the server.
double processCpuSeconds()
{
    return cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
}

// The outbox's queue, timed: reading results back (take) and the journal (settle, flush, close).
class TimedQueue final : public ResultQueue
{
public:
    TimedQueue(std::unique_ptr<ResultQueue> queue, double *readSeconds, double *journalSeconds)
        : m_queue(std::move(queue))
        , m_read(readSeconds)
        , m_journal(journalSeconds)
    { }
    qsizetype size() const override { return m_queue->size(); }
    bool take(Item *item) override
    {
        return timed(m_read, [&] { return m_queue->take(item); });
    }
    void setBodiesOnly(bool on) override { m_queue->setBodiesOnly(on); }
    bool settle(const Item &item, Settlement settlement, const QString &message) override
    {
        return timed(m_journal, [&] { return m_queue->settle(item, settlement, message); });
    }
    void setDeferredSettlements(bool on) override { m_queue->setDeferredSettlements(on); }
    bool flush() override
    {
        return timed(m_journal, [&] { return m_queue->flush(); });
    }
    QString errorString() const override { return m_queue->errorString(); }
    void close() override
    {
        timed(m_journal, [&] {
            m_queue->close();
            return true;
        });
    }

private:
    template <typename F> bool timed(double *total, F f)
    {
        const double start = threadCpuSeconds();
        const bool ok = f();
        *total += threadCpuSeconds() - start;
        return ok;
    }
    std::unique_ptr<ResultQueue> m_queue;
    double *m_read;
    double *m_journal;
};

struct Breakdown
{
    double seconds = 0;
    double input = 0; // wall time before the first request: the results made, written and synced
    double write = 0; // writing the outbox
    double writeWall = 0; // the same, in wall time (with the syncs)
    double read = 0; // reading it back (and opening the queue)
    double journal = 0;
    double client = 0;
    double waiting = 0;
};

// The results, made as they are needed (made is null) or already made.
QJsonObject input(const QList<QJsonObject> *made, int i)
{
    return made ? made->at(i) : result(i);
}

double bareLoop(const QUrl &url, int count, int inFlight, const QList<QJsonObject> *made, double *cpuSeconds)
{
    QNetworkAccessManager network;
    QEventLoop loop;
    int next = 0;
    int done = 0;
    std::function<void()> sendOne = [&] {
        const int i = next++;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply
            = network.post(request, QJsonDocument(input(made, i)).toJson(QJsonDocument::Compact));
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
    const double cpuAtStart = threadCpuSeconds();
    for (int i = 0; i < inFlight && i < count; ++i)
        sendOne();
    loop.exec();
    *cpuSeconds = threadCpuSeconds() - cpuAtStart;
    return count / (clock.nsecsElapsed() / 1e9);
}

// With timed, each part is timed (the thread CPU clock is a system call here: about 8 us per
// result more); without, the path runs as the command line runs it, and only the wall time before
// the first request and the whole run's times are taken.
double benchconnectPath(
    const QUrl &base, int count, int inFlight, const QList<QJsonObject> *made, bool timed, Breakdown *b)
{
    QTemporaryDir dir;
    Outbox outbox(dir.filePath(u"outbox"_s));
    QString error;
    QElapsedTimer clock;
    clock.start();
    const double cpuAtStart = threadCpuSeconds();
    outbox.open(&error);
    auto writer = outbox.writer(base.toString());
    for (int i = 0; i < count; ++i)
        writer->append(input(made, i), &error);
    writer->commit(&error);
    b->write = threadCpuSeconds() - cpuAtStart;
    b->writeWall = clock.nsecsElapsed() / 1e9;

    ClientSettings settings;
    settings.baseUrl = base;
    settings.maxInFlight = inFlight;
    ConbenchClient client(settings);
    QStringList skipped;
    Submission submission(&client);
    const double openingAt = threadCpuSeconds();
    auto queue = outbox.queue(base.toString(), writer->batchIds(), &skipped, &error);
    b->read = threadCpuSeconds() - openingAt;
    if (timed)
        submission.setQueue(std::make_unique<TimedQueue>(std::move(queue), &b->read, &b->journal));
    else
        submission.setQueue(std::move(queue));
    QEventLoop loop;
    QObject::connect(&submission, &Submission::finished, &loop, &QEventLoop::quit);
    b->input = clock.nsecsElapsed() / 1e9;
    submission.start();
    loop.exec();
    if (submission.sent() != count)
        std::fprintf(stderr, "only %lld of %d confirmed\n", qlonglong(submission.sent()), count);
    b->seconds = clock.nsecsElapsed() / 1e9;
    const double cpu = threadCpuSeconds() - cpuAtStart;
    b->waiting = std::max(0.0, b->seconds - cpu);
    b->client = std::max(0.0, cpu - b->write - b->read - b->journal);
    return count / b->seconds;
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
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    const int inFlight = argc > 2 ? QByteArray(argv[2]).toInt() : 4;
    const int rounds = argc > 3 ? std::max(1, QByteArray(argv[3]).toInt()) : 3;
    const bool ready = argc > 4 && QByteArray(argv[4]) == "ready";
    InstantServer server;
    const QUrl base(u"http://127.0.0.1:%1"_s.arg(server.port()));
    std::printf("%d results, %d in flight, to a server on loopback that answers at once; %d rounds; the "
                "results made %s\n",
        count, inFlight, rounds, ready ? "before the clock starts" : "inside the timing");
    const QUrl url(base.toString() + u"/api/benchmark-results/"_s);
    QList<QJsonObject> made;
    if (ready) {
        made.reserve(count);
        for (int i = 0; i < count; ++i)
            made.append(result(i));
    }
    const QList<QJsonObject> *results = ready ? &made : nullptr;
    std::vector<double> ratios;
    std::vector<double> sendingRatios;
    for (int round = 1; round <= rounds; ++round) {
        double cpuBefore = 0;
        double cpuAfter = 0;
        Breakdown phases;
        const double processAtStart = processCpuSeconds();
        const double before = bareLoop(url, count, inFlight, results, &cpuBefore);
        const double processBefore = processCpuSeconds();
        const double full = benchconnectPath(base, count, inFlight, results, false, &phases);
        const double processPath = processCpuSeconds();
        const double after = bareLoop(url, count, inFlight, results, &cpuAfter);
        const double processAfter = processCpuSeconds();
        // The mean of the two runs' times, as a rate.
        const double bare = 2.0 / (1.0 / before + 1.0 / after);
        const double sending = count / (phases.seconds - phases.input);
        ratios.push_back(full / bare);
        sendingRatios.push_back(sending / bare);
        std::printf("round %d: bare QNetworkAccessManager loop %6.0f and %6.0f results/s (main thread "
                    "CPU %.0f us/result); benchconnect (outbox, journal, client) %6.0f results/s = %3.0f %% "
                    "of the bare loop\n",
            round, before, after, 1e6 * (cpuBefore + cpuAfter) / (2.0 * count), full, 100.0 * full / bare);
        std::printf("  benchconnect: %.2f s before the first request (results %swritten, synced), then "
                    "sending %.2f s = %6.0f results/s, %3.0f %% of the bare loop; CPU of all threads "
                    "%.0f us/result (bare loop %.0f)\n",
            phases.input, ready ? "" : "made, ", phases.seconds - phases.input, sending,
            100.0 * sending / bare, 1e6 * (processPath - processBefore) / count,
            1e6 * ((processBefore - processAtStart) + (processAfter - processPath)) / (2.0 * count));
        std::fflush(stdout);
    }
    // Where the time goes, from one more run of the whole path with each part timed.
    Breakdown b;
    const double full = benchconnectPath(base, count, inFlight, results, true, &b);
    std::printf(
        "breakdown (one more run, each part timed: %6.0f results/s): %.2f s: outbox write %.2f s (%.2f s "
        "of wall time), outbox read %.2f s, journal %.2f s, client %.2f s, waiting %.2f s; main "
        "thread CPU %.0f us/result\n",
        full, b.seconds, b.write, b.writeWall, b.read, b.journal, b.client, b.waiting,
        1e6 * (b.write + b.read + b.journal + b.client) / count);
    std::printf("median of %d rounds: %.0f %% of the bare loop (the sending alone: %.0f %%)\n", rounds,
        100.0 * median(ratios), 100.0 * median(sendingRatios));
    return 0;
}

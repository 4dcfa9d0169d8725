#pragma once

#include "conbenchclient.h"
#include "concurrency.h"
#include "resultqueue.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// Sends a queue of results with a bounded number of requests under way, in any order of
// confirmation, and reports progress. The command-line program prints the signals; the window
// binds them to its widgets.
class Submission : public QObject
{
    Q_OBJECT

public:
    struct Failure
    {
        qsizetype index;
        QString origin;
        ApiCall::Outcome outcome;
        QString message;
        bool refused = false; // the server refused the result as it is: sending it again cannot help
    };

    explicit Submission(ConbenchClient *client, QObject *parent = nullptr);
    ~Submission() override;

    // Queues one result in memory; origin says where it came from (a file, an NDJSON line).
    void add(const QJsonObject &result, const QString &origin);
    // Sends from this queue (the outbox) instead; the submission settles each result in it.
    void setQueue(std::unique_ptr<ResultQueue> queue);
    // Results for which this returns true are settled as stored without being sent (they were
    // found on the server already).
    void setAlreadyStored(std::function<bool(const QJsonObject &)> predicate);

    void start();
    // Sends nothing new. Requests on the wire are finished first (one that fails is not tried
    // again); those waiting to be retried or looked up are given up at once (their results stay in
    // the queue). Then finished() is emitted.
    void cancel();

    qsizetype total() const { return m_queue ? m_queue->size() : 0; }
    qsizetype sent() const { return m_sent; }
    qsizetype failed() const { return m_failures.size(); }
    qsizetype notSent() const { return total() - m_sent - failed(); }
    qsizetype confirmedByLookup() const { return m_confirmedByLookup; }
    bool isCancelled() const { return m_cancelled; }
    // Stopped early because the server could not be reached or refused the credentials, or
    // because what the server did could not be recorded in the queue (storageError()).
    bool isHalted() const { return m_halted; }
    // Why the queue (the outbox) could not record a settlement; empty when it could.
    QString storageError() const { return m_storageError; }
    // How many of the failures were refusals of the result as it is (kept apart in the outbox).
    qsizetype refused() const { return m_refused; }
    bool isFinished() const { return m_finished; }
    const QList<Failure> &failures() const { return m_failures; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    // How many requests may be under way now: the client's maxInFlight, or the number adapted to
    // the server when that is automatic; largestInFlight() is the most it came to.
    int inFlightLimit() const;
    int largestInFlight() const;

signals:
    void resultFinished(qsizetype index, bool ok, const QString &message);
    void progress(qsizetype done, qsizetype failed, qsizetype total);
    void finished();

private:
    void fill();
    void maybeFinish();
    void fillThenMaybeFinish();
    // With the number adapted to the server: a refusal as overloaded holds the call (m_held).
    void watchOverload(ApiCall *call);
    void flushSettlements();
    void storageFailed();
    void settled(const ResultQueue::Item &item, ApiCall::Outcome outcome, int httpStatus,
        const QString &message, bool byLookup);

    ConbenchClient *m_client;
    std::unique_ptr<ResultQueue> m_queue;
    QList<QPointer<ApiCall>> m_calls; // under way
    QList<QPointer<ApiCall>> m_held; // refused as too many at once; sent again first
    MemoryQueue *m_memory = nullptr;
    std::function<bool(const QJsonObject &)> m_alreadyStored;
    qsizetype m_taken = 0;
    bool m_exhausted = false;
    int m_inFlight = 0;
    qsizetype m_sent = 0;
    qsizetype m_confirmedByLookup = 0;
    QList<Failure> m_failures;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_halted = false;
    qsizetype m_refused = 0;
    QString m_storageError;
    bool m_finished = false;
    std::optional<AdaptiveConcurrency> m_adaptive; // when the client's maxInFlight is automatic
    bool m_unflushed = false; // settlements the queue holds that are not written yet
    QElapsedTimer m_clock;
};

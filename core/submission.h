#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include "conbenchclient.h"

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
    };

    explicit Submission(ConbenchClient *client, QObject *parent = nullptr);

    // Queues one result; origin says where it came from (a file, an NDJSON line).
    void add(const QJsonObject &result, const QString &origin);
    void start();
    // Sends nothing new; the requests under way are finished first, then finished() is emitted.
    void cancel();

    qsizetype total() const { return m_results.size(); }
    qsizetype sent() const { return m_sent; }
    qsizetype failed() const { return m_failures.size(); }
    qsizetype notSent() const { return total() - m_sent - failed(); }
    qsizetype confirmedByLookup() const { return m_confirmedByLookup; }
    bool isCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_finished; }
    const QList<Failure> &failures() const { return m_failures; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

signals:
    void resultFinished(qsizetype index, bool ok, const QString &message);
    void progress(qsizetype done, qsizetype failed, qsizetype total);
    void finished();

private:
    void fill();
    void maybeFinish();

    struct Item
    {
        QJsonObject result;
        QString origin;
    };

    ConbenchClient *m_client;
    QList<Item> m_results;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    qsizetype m_sent = 0;
    qsizetype m_confirmedByLookup = 0;
    QList<Failure> m_failures;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
    QElapsedTimer m_clock;
};

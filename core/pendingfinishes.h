#pragma once

#include "outbox.h"

#include <QObject>
#include <QStringList>

class ConbenchClient;

// Sends the finish-run updates that wait in the outbox (Outbox::PendingFinish) for the client's
// server, once none of the run's results waits any more; each sent (or answered 405 by a server
// that keeps runs implicitly) is removed. The command line's "outbox retry" and the window's
// Outbox… run it after sending. Emits finished() once, from the event loop.
class PendingFinishes : public QObject
{
    Q_OBJECT

public:
    PendingFinishes(const QString &outboxDirectory, ConbenchClient *client, QObject *parent = nullptr);
    void start();

    QStringList finishedRuns() const { return m_finished; }
    QStringList waitingRuns() const { return m_waiting; } // their results still wait
    QStringList problems() const { return m_problems; } // one sentence per run that was not finished

signals:
    void finished();

private:
    void next();

    Outbox m_outbox;
    ConbenchClient *m_client;
    QList<Outbox::PendingFinish> m_ready;
    QStringList m_finished;
    QStringList m_waiting;
    QStringList m_problems;
};

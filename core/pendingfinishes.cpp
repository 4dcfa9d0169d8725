#include "pendingfinishes.h"

#include "conbenchclient.h"

#include <QTimer>

PendingFinishes::PendingFinishes(const QString &outboxDirectory, ConbenchClient *client, QObject *parent)
    : QObject(parent)
    , m_outbox(outboxDirectory)
    , m_client(client)
{ }

void PendingFinishes::start()
{
    const QString server = Outbox::normalizedServer(m_client->settings().baseUrl.toString());
    for (const Outbox::PendingFinish &finish : m_outbox.pendingFinishes()) {
        if (Outbox::normalizedServer(finish.server) != server)
            continue;
        if (m_outbox.runHasWaitingResults(finish.runId))
            m_waiting.append(finish.runId);
        else
            m_ready.append(finish);
    }
    QTimer::singleShot(0, this, &PendingFinishes::next);
}

void PendingFinishes::next()
{
    if (m_ready.isEmpty()) {
        emit finished();
        return;
    }
    const Outbox::PendingFinish finish = m_ready.takeFirst();
    ApiCall *call = m_client->updateRun(finish.runId, finish.fields);
    connect(call, &ApiCall::finished, this, [this, call, finish] {
        if (call->succeeded() || ConbenchClient::keepsRunsImplicitly(call)) {
            m_outbox.clearPendingFinish(finish.runId);
            m_finished.append(finish.runId);
        } else {
            m_problems.append(tr("Run %1 was not finished: %2").arg(finish.runId, call->message()));
        }
        next();
    });
}

#include "submission.h"

#include <QTimer>

Submission::Submission(ConbenchClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void Submission::add(const QJsonObject &result, const QString &origin)
{
    m_results.append({result, origin});
}

void Submission::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    if (m_results.isEmpty()) {
        QTimer::singleShot(0, this, &Submission::maybeFinish);
        return;
    }
    fill();
}

void Submission::cancel()
{
    m_cancelled = true;
    QTimer::singleShot(0, this, &Submission::maybeFinish);
}

void Submission::fill()
{
    const int limit = qMax(1, m_client->settings().maxInFlight);
    while (!m_cancelled && m_inFlight < limit && m_next < m_results.size()) {
        const qsizetype index = m_next++;
        ++m_inFlight;
        ApiCall *call = m_client->postResult(m_results.at(index).result);
        connect(call, &ApiCall::finished, this, [this, call, index] {
            --m_inFlight;
            if (call->succeeded()) {
                ++m_sent;
                if (call->confirmedByLookup())
                    ++m_confirmedByLookup;
                m_results[index].result = QJsonObject(); // confirmed: no need to keep it
                emit resultFinished(index, true, QString());
            } else {
                m_failures.append({index, m_results.at(index).origin, call->outcome(), call->message()});
                emit resultFinished(index, false, call->message());
            }
            emit progress(m_sent + m_failures.size(), m_failures.size(), m_results.size());
            fill();
            maybeFinish();
        });
    }
}

void Submission::maybeFinish()
{
    if (m_finished || m_inFlight > 0)
        return;
    if (!m_cancelled && m_next < m_results.size())
        return;
    m_finished = true;
    emit finished();
}

#include "submission.h"

#include <QTimer>

Submission::Submission(ConbenchClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

Submission::~Submission()
{
    if (m_queue)
        m_queue->close();
}

void Submission::add(const QJsonObject &result, const QString &origin)
{
    if (!m_memory) {
        auto memory = std::make_unique<MemoryQueue>();
        m_memory = memory.get();
        m_queue = std::move(memory);
    }
    m_memory->append(result, origin);
}

void Submission::setQueue(std::unique_ptr<ResultQueue> queue)
{
    m_queue = std::move(queue);
    m_memory = nullptr;
}

void Submission::setAlreadyStored(std::function<bool(const QJsonObject &)> predicate)
{
    m_alreadyStored = std::move(predicate);
}

void Submission::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    if (!m_queue)
        m_queue = std::make_unique<MemoryQueue>();
    fill();
    if (m_inFlight == 0)
        QTimer::singleShot(0, this, &Submission::maybeFinish);
}

void Submission::cancel()
{
    m_cancelled = true;
    const auto calls = m_calls;
    for (const QPointer<ApiCall> &call : calls) {
        // Waiting for a retry (or a look-up): nothing is on its way to the server, so it is given
        // up now; an attempt on the wire may finish, but is not tried again when it fails.
        if (call)
            call->giveUpRetrying();
    }
    QTimer::singleShot(0, this, &Submission::maybeFinish);
}

void Submission::settled(const ResultQueue::Item &item, ApiCall::Outcome outcome, int httpStatus,
    const QString &message, bool byLookup)
{
    const bool ok = outcome == ApiCall::Outcome::Success;
    // A result the server found wrong as it is (400 Bad Request: Conbench's answer to a result that
    // fails its schema or rules) is refused for good; other 4xx (404 for a wrong URL, 403, 413)
    // say more of the configuration or the server than of the result, and it waits.
    const bool refused = outcome == ApiCall::Outcome::Refused && httpStatus == 400;
    const auto settlement = ok ? ResultQueue::Settlement::Stored
        : refused              ? ResultQueue::Settlement::Refused
                               : ResultQueue::Settlement::Failed;
    if (!m_queue->settle(item, settlement, message) && m_storageError.isEmpty()) {
        // What the server did cannot be recorded: sending more would only widen the gap.
        m_storageError = m_queue->errorString();
        m_halted = true;
    }
    if (ok) {
        ++m_sent;
        if (byLookup)
            ++m_confirmedByLookup;
    } else {
        m_failures.append({item.key, item.origin, outcome, message, refused});
        if (refused)
            ++m_refused;
    }
    emit resultFinished(item.key, ok, message);
    emit progress(m_sent + m_failures.size(), m_failures.size(), m_queue->size());
}

void Submission::fill()
{
    const int limit = qMax(1, m_client->settings().maxInFlight);
    while (!m_cancelled && !m_halted && !m_exhausted && m_inFlight < limit) {
        ResultQueue::Item item;
        if (!m_queue->take(&item)) {
            m_exhausted = true;
            break;
        }
        ++m_taken;
        if (m_alreadyStored && m_alreadyStored(item.result)) {
            settled(item, ApiCall::Outcome::Success, 0, QString(), true);
            continue;
        }
        ++m_inFlight;
        ApiCall *call = m_client->postResult(item.result);
        m_calls.append(call);
        item.result = QJsonObject(); // the call holds it until the server answers
        connect(call, &ApiCall::finished, this, [this, call, item] {
            --m_inFlight;
            m_calls.removeOne(call);
            settled(item, call->outcome(), call->httpStatus(), call->message(), call->confirmedByLookup());
            // The server gone past the deadline, or the credentials refused: every other result
            // would meet the same fate, so the rest waits in the queue (the outbox).
            if (call->outcome() == ApiCall::Outcome::Unreachable
                || call->outcome() == ApiCall::Outcome::CredentialsRefused)
                m_halted = true;
            fill();
            maybeFinish();
        });
    }
}

void Submission::maybeFinish()
{
    if (m_finished || m_inFlight > 0)
        return;
    if (!m_cancelled && !m_halted && !m_exhausted)
        return;
    m_finished = true;
    m_queue->close();
    emit finished();
}

#include "submission.h"

#include <QAbstractEventDispatcher>
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
    if (m_client->settings().maxInFlight == ClientSettings::automaticInFlight) {
        m_adaptive.emplace(ClientSettings::maxInFlightCap);
        connect(m_client, &ConbenchClient::overloaded, this, [this] {
            if (!m_finished)
                m_adaptive->overloaded();
        });
    }
    if (!m_queue)
        m_queue = std::make_unique<MemoryQueue>();
    // Results the queue holds serialised are sent as they are; what the server did is written
    // once per pass of the event loop (flushSettlements), not once per result.
    m_queue->setBodiesOnly(true);
    m_queue->setDeferredSettlements(true);
    // Before the event loop waits for the next answers: what the answers of this pass settled is
    // in the journal before anything else happens. The timer covers loops that never block
    // (processEvents() called in a loop).
    if (auto *dispatcher = QAbstractEventDispatcher::instance(thread()))
        connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, &Submission::flushSettlements);
    auto *flushTimer = new QTimer(this);
    connect(flushTimer, &QTimer::timeout, this, &Submission::flushSettlements);
    connect(this, &Submission::finished, flushTimer, &QTimer::stop);
    flushTimer->start(100);
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
    if (!m_queue->settle(item, settlement, message))
        storageFailed();
    m_unflushed = true; // written before the next request is sent, or before the loop waits
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

void Submission::storageFailed()
{
    if (!m_storageError.isEmpty())
        return;
    // What the server did cannot be recorded: sending more would only widen the gap.
    m_storageError = m_queue->errorString();
    m_halted = true;
}

void Submission::flushSettlements()
{
    if (!m_unflushed || m_finished)
        return;
    m_unflushed = false;
    if (!m_queue->flush())
        storageFailed();
}

void Submission::watchOverload(ApiCall *call)
{
    if (!m_adaptive)
        return;
    const int epoch = m_adaptive->epoch();
    // The call may outlive the submission.
    call->setOnOverloaded([self = QPointer<Submission>(this), epoch] {
        return self && !self->m_finished && self->m_adaptive->refused(epoch);
    });
}

void Submission::fill()
{
    const int limit = inFlightLimit();
    // Refused as too many at once: these go first, as soon as there is room.
    while (!m_cancelled && !m_halted && !m_held.isEmpty() && m_inFlight < limit) {
        const QPointer<ApiCall> call = m_held.takeFirst();
        if (!call)
            continue;
        ++m_inFlight;
        watchOverload(call);
        call->resume();
    }
    while (!m_cancelled && !m_halted && !m_exhausted && m_inFlight < limit) {
        ResultQueue::Item item;
        if (!m_queue->take(&item)) {
            m_exhausted = true;
            break;
        }
        ++m_taken;
        if (m_alreadyStored && m_alreadyStored(item.object())) {
            settled(item, ApiCall::Outcome::Success, 0, QString(), true);
            continue;
        }
        // What the server did with the results before is in the journal before anything more is
        // sent: a confirmation that cannot be recorded stops the sending at once. (This one stays
        // in the queue, not sent.)
        flushSettlements();
        if (m_halted)
            break;
        ++m_inFlight;
        ApiCall *call
            = item.body.isEmpty() ? m_client->postResult(item.result) : m_client->postResult(item.body);
        QElapsedTimer sent;
        sent.start();
        m_calls.append(call);
        watchOverload(call);
        connect(call, &ApiCall::held, this, [this, call] {
            // Not under way any more: it waits in m_held for room.
            --m_inFlight;
            m_held.append(call);
            QMetaObject::invokeMethod(this, &Submission::fillThenMaybeFinish, Qt::QueuedConnection);
        });
        // The call holds the result until the server answers.
        item.result = QJsonObject();
        item.body = QByteArray();
        const int round = m_adaptive ? m_adaptive->round() : 0;
        connect(call, &ApiCall::finished, this, [this, call, item, sent, round] {
            // A held call ends here only when it is given up (cancel(), or a halt).
            if (!m_held.removeOne(call))
                --m_inFlight;
            // How long one attempt took, the measure of how busy the server is.
            if (m_adaptive && call->attempts() == 1 && call->outcome() != ApiCall::Outcome::Aborted)
                m_adaptive->finished(double(sent.nsecsElapsed()) / 1e6, round);
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

int Submission::inFlightLimit() const
{
    return m_adaptive ? m_adaptive->window() : qMax(1, m_client->settings().maxInFlight);
}

int Submission::largestInFlight() const
{
    return m_adaptive ? m_adaptive->largestWindow() : qMax(1, m_client->settings().maxInFlight);
}

void Submission::fillThenMaybeFinish()
{
    if (m_finished)
        return;
    fill();
    maybeFinish();
}

void Submission::maybeFinish()
{
    if (m_finished)
        return;
    if ((m_cancelled || m_halted) && !m_held.isEmpty()) {
        // Not sent again: each is settled as not confirmed (it stays in the outbox).
        const auto held = m_held;
        for (const QPointer<ApiCall> &call : held) {
            if (call)
                call->giveUpRetrying();
        }
        m_held.removeAll(nullptr);
        if (m_finished) // the last of them ended it
            return;
    }
    if (m_inFlight > 0 || !m_held.isEmpty())
        return;
    if (!m_cancelled && !m_halted && !m_exhausted)
        return;
    if (!m_queue->flush())
        storageFailed();
    m_finished = true;
    if (auto *dispatcher = QAbstractEventDispatcher::instance(thread()))
        disconnect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, &Submission::flushSettlements);
    m_queue->close();
    emit finished();
}

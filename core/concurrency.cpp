#include "concurrency.h"

#include "logging.h"

#include <QtGlobal>

#include <algorithm>

AdaptiveConcurrency::AdaptiveConcurrency(int cap)
    : m_cap(qMax(1, cap))
    , m_window(qMin(start, m_cap))
    , m_largest(m_window)
{
    beginRound();
}

void AdaptiveConcurrency::beginRound()
{
    ++m_roundSerial;
    m_roundLatencies.clear();
    m_roundOverloaded = false;
}

void AdaptiveConcurrency::setWindow(int window)
{
    window = qBound(1, window, m_cap);
    if (window != m_window)
        qCDebug(lcClient) << "requests under way at once:" << m_window << "->" << window;
    m_window = window;
    m_largest = qMax(m_largest, m_window);
}

void AdaptiveConcurrency::holdBelow(int ceiling)
{
    m_ceiling = ceiling;
    m_sinceCeiling.start();
    m_doubling = false;
}

void AdaptiveConcurrency::decrease()
{
    // While doubling, half the number went without a refusal a round ago; after that, a quarter
    // less (multiplicative decrease).
    const int lowered = m_doubling ? m_window / 2 : m_window * 3 / 4;
    holdBelow(qMax(1, m_window - 1));
    setWindow(qMin(lowered, m_window - 1));
    ++m_epoch;
    beginRound();
}

bool AdaptiveConcurrency::refused(int sentIn)
{
    if (sentIn < m_epoch)
        return true; // lowered since it was sent: that was the answer to it
    if (m_window <= 1) {
        // One at a time is too many: the server is busy for reasons of its own.
        holdBelow(1);
        return false;
    }
    decrease();
    return true;
}

void AdaptiveConcurrency::overloaded()
{
    if (m_roundOverloaded)
        return;
    if (m_window > 1)
        decrease();
    m_roundOverloaded = true;
}

void AdaptiveConcurrency::finished(double latencyMs, int sentIn)
{
    if (sentIn != m_roundSerial)
        return; // sent at another number
    m_roundLatencies.push_back(latencyMs);
    if (qsizetype(m_roundLatencies.size()) < qMax(8, 2 * m_window))
        return;
    const auto middle = m_roundLatencies.begin() + qsizetype(m_roundLatencies.size() / 2);
    std::nth_element(m_roundLatencies.begin(), middle, m_roundLatencies.end());
    const double latency = *middle;
    if (m_baseLatency < 0 || latency < m_baseLatency)
        m_baseLatency = latency;
    // Of the requests under way, how many wait in a queue (the server's, or the client's for a
    // connection) rather than being answered: the share of each answer's time above the fastest.
    const double queued = m_window * (1.0 - m_baseLatency / qMax(latency, 0.001));
    qCDebug(lcClient).nospace() << "at " << m_window << " under way: median answer " << latency
                                << " ms (fastest " << m_baseLatency << " ms), about " << queued << " waiting";
    if (m_ceiling > 0 && m_sinceCeiling.elapsed() >= probeAgainMs)
        m_ceiling = 0; // time to try above it again
    const int limit = m_ceiling > 0 ? qMin(m_ceiling, m_cap) : m_cap;

    if (m_doubling) {
        // Flat: within half (and 3 ms, for answers that take next to nothing) of the fastest.
        if (latency <= m_baseLatency * 1.5 + 3 || m_previousWindow == 0) {
            m_previousWindow = m_window;
            setWindow(qMin(limit, 2 * m_window));
        } else {
            // Twice the number made the answers slower: from the number before, one at a time.
            m_doubling = false;
            setWindow(m_previousWindow);
        }
    } else if (queued < fewWaiting && m_window < limit) {
        setWindow(m_window + 1);
    } else if (queued > manyWaiting) {
        setWindow(m_window - 1);
    }
    beginRound();
}

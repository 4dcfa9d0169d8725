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
    m_round.start();
    m_roundCompletions = 0;
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

void AdaptiveConcurrency::overloaded()
{
    if (m_roundOverloaded)
        return; // once per round: the requests of one round were sent at one window
    m_roundOverloaded = true;
    // Multiplicative decrease; the window that overloaded the server is not reached again soon.
    m_ceiling = qMax(1, m_window - 1);
    m_holdMs = probeAgainMs;
    m_sinceOverload.start();
    m_previousThroughput = 0;
    m_previousWindow = 0;
    setWindow(m_window / 2);
}

void AdaptiveConcurrency::finished(qint64 latencyMs)
{
    ++m_roundCompletions;
    m_roundLatencies.push_back(latencyMs);
    const qint64 elapsed = m_round.elapsed();
    if (m_roundCompletions < qMax(8, 2 * m_window) || elapsed < 50)
        return;
    if (m_roundOverloaded) {
        beginRound(); // the decrease is made; measure afresh
        return;
    }
    const double throughput = 1000.0 * m_roundCompletions / qMax<qint64>(1, elapsed);
    std::nth_element(m_roundLatencies.begin(), m_roundLatencies.begin() + m_roundLatencies.size() / 2,
        m_roundLatencies.end());
    const double latency = double(m_roundLatencies[m_roundLatencies.size() / 2]);
    if (m_baseLatency < 0 || latency < m_baseLatency)
        m_baseLatency = latency;
    const bool grew
        = m_previousWindow > 0 && m_previousWindow < m_window && throughput > m_previousThroughput * 1.03;
    // Flat: within half (and 3 ms, for answers that take next to nothing) of the fastest; a busy
    // machine makes the answers' times vary that much by itself.
    const bool flat = latency <= m_baseLatency * 1.5 + 3;
    const bool mayProbe = m_ceiling == 0 || m_sinceOverload.elapsed() >= m_holdMs;
    if (m_ceiling > 0 && mayProbe)
        m_ceiling = 0;
    const int limit = m_ceiling > 0 ? qMin(m_ceiling, m_cap) : m_cap;

    if (grew || flat || m_previousWindow == 0) {
        m_previousThroughput = throughput;
        m_previousWindow = m_window;
        if (m_window < limit)
            setWindow(m_window + 1);
    } else if (m_previousWindow > 0 && m_previousWindow < m_window) {
        // More requests only made the answers slower: back to where it was as good, and stay.
        setWindow(m_previousWindow);
        m_ceiling = m_window;
        m_holdMs = probeAgainAfterSlowerMs;
        m_sinceOverload.start();
        m_previousWindow = 0;
    } else {
        m_previousThroughput = throughput;
        m_previousWindow = m_window;
    }
    beginRound();
}

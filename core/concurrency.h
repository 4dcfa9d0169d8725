#pragma once

#include <QElapsedTimer>

#include <vector>

// How many requests to keep under way when the user did not fix the number (--max-in-flight
// auto): starts low, adds one request at a time while that makes the throughput grow or leaves the
// answers as fast as before, halves the number when the server says it is overloaded (429 or 503)
// or an attempt times out, and never goes above the cap. The number at which the server was
// overloaded is remembered: it is tried again only after a while, so that a server with a hard
// limit is not overloaded over and over.
//
// Measured in rounds: a round ends once enough requests finished at the current number (twice the
// number, at least 8, and at least 50 ms).
class AdaptiveConcurrency
{
public:
    static constexpr int start = 2;
    static constexpr int defaultCap = 16;
    static constexpr qint64 probeAgainMs = 30000; // above a number that overloaded the server
    static constexpr qint64 probeAgainAfterSlowerMs = 3000; // above one that only made answers slower

    explicit AdaptiveConcurrency(int cap = defaultCap);

    int window() const { return m_window; }
    int cap() const { return m_cap; }
    // A request finished with an answer after latencyMs (its only attempt).
    void finished(qint64 latencyMs);
    // The server answered 429 or 503, or an attempt timed out.
    void overloaded();
    // The largest number reached, for reporting.
    int largestWindow() const { return m_largest; }

private:
    void beginRound();
    void setWindow(int window);

    int m_cap;
    int m_window = start;
    int m_largest = start;
    int m_ceiling = 0; // above this the server was overloaded (0: not yet)
    QElapsedTimer m_sinceOverload;
    qint64 m_holdMs = probeAgainMs;
    QElapsedTimer m_round;
    int m_roundCompletions = 0;
    std::vector<qint64> m_roundLatencies;
    bool m_roundOverloaded = false;
    // The round before, at the window before this one: what a change is compared with.
    double m_previousThroughput = 0;
    int m_previousWindow = 0;
    double m_baseLatency = -1; // the lowest median latency of a round so far
};

#pragma once

#include <QElapsedTimer>

#include <vector>

// How many requests to keep under way when the user did not fix the number (--max-in-flight
// auto). It starts low and doubles the number while the answers stay about as fast as the fastest.
// From the first sign of a limit on, it moves one at a time, by how many of the requests under way
// wait in a queue rather than being answered, estimated from the answers' times (as TCP Vegas
// does): one more while fewer than fewWaiting wait, one fewer when more than manyWaiting do. When
// the server says it is overloaded (429 or 503) or an attempt times out, the number goes down (by
// half while doubling, by a quarter after: multiplicative decrease), and the number that overloaded
// the server is not reached again for a while, so that a server with a hard limit is not
// overloaded over and over.
//
// Measured in rounds: a round is the requests sent at one number, and it ends once twice that
// number of them (at least 8) have their answer. Only answers to requests sent in the round count,
// so that a round measures its own number.
class AdaptiveConcurrency
{
public:
    static constexpr int start = 4;
    static constexpr int defaultCap = 16;
    static constexpr qint64 probeAgainMs = 30000; // above a number that overloaded the server
    // Requests waiting that keep the server busy without making its answers much slower.
    static constexpr double fewWaiting = 2;
    static constexpr double manyWaiting = 4;

    explicit AdaptiveConcurrency(int cap = defaultCap);

    int window() const { return m_window; }
    int cap() const { return m_cap; }
    // The round under way: given back with the answer of a request sent now.
    int round() const { return m_roundSerial; }
    // Counts the decreases. A request sent before the latest one has had its answer in it.
    int epoch() const { return m_epoch; }
    // A request sent in round sentIn had an answer after latencyMs (its only attempt).
    void finished(double latencyMs, int sentIn);
    // The server refused a request as overloaded (429 or 503); it had been sent in epoch sentIn.
    // The first refusal of an epoch lowers the number. True when the number is lower now than when
    // the request was sent: the refusal was the answer to too many at once, and the request goes
    // again as soon as there is room. False when it was sent at 1 already: then it waits out its
    // back-off.
    bool refused(int sentIn);
    // An attempt timed out (once per round: time-outs come together).
    void overloaded();
    // The largest number reached, for reporting.
    int largestWindow() const { return m_largest; }

private:
    void beginRound();
    void setWindow(int window);
    void decrease();
    void holdBelow(int ceiling);

    int m_cap;
    int m_window = start;
    int m_largest = start;
    int m_epoch = 0;
    bool m_doubling = true; // until the first sign of a limit
    int m_ceiling = 0; // above this the server was overloaded (0: not yet)
    QElapsedTimer m_sinceCeiling;
    int m_roundSerial = 0;
    std::vector<double> m_roundLatencies;
    bool m_roundOverloaded = false;
    int m_previousWindow = 0; // while doubling: the number before
    double m_baseLatency = -1; // the lowest median time of an answer in a round so far
};

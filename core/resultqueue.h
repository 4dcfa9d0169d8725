#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

// Results waiting to be sent, handed out one at a time and settled when the server answered.
// The outbox is the durable one; MemoryQueue serves callers that keep results elsewhere.
class ResultQueue
{
public:
    struct Item
    {
        QJsonObject result;
        QString origin; // where it came from: a file, an NDJSON line, an outbox batch
        qsizetype key = -1; // its position in the queue (the order of append for a new batch)
        // The result as it is sent (compact JSON), when the queue holds it serialised already (the
        // outbox does): sent as it is, without serialising the result again. Empty otherwise.
        QByteArray body;

        // The result as an object: result itself, or body read back when only that is held.
        QJsonObject object() const
        {
            return result.isEmpty() && !body.isEmpty() ? QJsonDocument::fromJson(body).object() : result;
        }
    };

    // What the server did with a result.
    enum class Settlement
    {
        Stored, // confirmed
        Failed, // not stored this time (the server gone, an answer lost): worth sending again
        Refused, // refused as it is (a 4xx answer): sending it again cannot succeed
    };

    virtual ~ResultQueue() = default;
    virtual qsizetype size() const = 0;
    // The next result to send; false when there is none left.
    virtual bool take(Item *item) = 0;
    // Asks take() to hand out only the body of results the queue holds serialised (item.result
    // left empty; Item::object() reads it back when needed). Off unless asked for.
    virtual void setBodiesOnly(bool) { }
    // Records what the server did (message says why it did not store it). False when that could
    // not be recorded (errorString() says why): the caller must stop sending.
    virtual bool settle(const Item &item, Settlement settlement, const QString &message) = 0;
    // With deferred settlements on, settle() collects what it records and flush() writes it (in one
    // write per batch); close() flushes too. A caller turns it on only when it flushes before it
    // sends anything more, and soon after every settle() (Submission: before each request, and
    // before the event loop waits). False like settle().
    virtual void setDeferredSettlements(bool) { }
    virtual bool flush() { return true; }
    virtual QString errorString() const { return {}; }
    // Called once when sending ends, whatever the reason.
    virtual void close() { }
};

class MemoryQueue final : public ResultQueue
{
public:
    void append(const QJsonObject &result, const QString &origin)
    {
        m_items.append({result, origin, m_items.size(), {}});
    }
    qsizetype size() const override { return m_items.size(); }
    bool take(Item *item) override
    {
        if (m_next >= m_items.size())
            return false;
        *item = std::move(m_items[m_next++]); // the sender holds it now
        return true;
    }
    bool settle(const Item &, Settlement, const QString &) override { return true; }

private:
    QList<Item> m_items;
    qsizetype m_next = 0;
};

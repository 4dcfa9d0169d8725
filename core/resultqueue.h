#pragma once

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
    // Records what the server did (message says why it did not store it). False when that could
    // not be recorded (errorString() says why): the caller must stop sending.
    virtual bool settle(const Item &item, Settlement settlement, const QString &message) = 0;
    virtual QString errorString() const { return {}; }
    // Called once when sending ends, whatever the reason.
    virtual void close() { }
};

class MemoryQueue final : public ResultQueue
{
public:
    void append(const QJsonObject &result, const QString &origin)
    {
        m_items.append({result, origin, m_items.size()});
    }
    qsizetype size() const override { return m_items.size(); }
    bool take(Item *item) override
    {
        if (m_next >= m_items.size())
            return false;
        *item = m_items.at(m_next);
        m_items[m_next++].result = QJsonObject(); // the sender holds it now
        return true;
    }
    bool settle(const Item &, Settlement, const QString &) override { return true; }

private:
    QList<Item> m_items;
    qsizetype m_next = 0;
};

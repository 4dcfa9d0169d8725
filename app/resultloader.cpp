#include "resultloader.h"

#include <QFileInfo>

#include "augmenter.h"
#include "inputloader.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype batchSize = 250;
constexpr int batchIntervalMs = 40;

bool isMissing(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isNull() || value.isUndefined();
}
} // namespace

ResultLoader::ResultLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ResultEntry>();
    qRegisterMetaType<QList<ResultEntry>>();
}

void ResultLoader::describe(ResultEntry *entry)
{
    const QJsonObject &result = entry->result;
    entry->name = result.value("tags"_L1).toObject().value("name"_L1).toString();
    const QJsonObject stats = result.value("stats"_L1).toObject();
    entry->unit = stats.value("unit"_L1).toString();
    entry->samples = stats.contains("data"_L1) ? stats.value("data"_L1).toArray().size() : -1;
}

void ResultLoader::check(ResultEntry *entry, const ResultPreparer &preparer)
{
    if (entry->result.isEmpty() && entry->status == ResultEntry::Status::Invalid)
        return; // unreadable: stays invalid
    QJsonObject prepared;
    QString why;
    if (preparer.prepare(entry->result, &prepared, &why)) {
        entry->status = ResultEntry::Status::Valid;
        entry->message.clear();
    } else {
        entry->status = ResultEntry::Status::Invalid;
        entry->message = why;
    }
}

void ResultLoader::load(const QStringList &paths, const ResultPreparer &preparer)
{
    m_cancel = false;
    QList<ResultEntry> batch;
    qsizetype done = 0;
    QDeadlineTimer flushAt(batchIntervalMs);
    const auto flush = [&] {
        if (!batch.isEmpty())
            emit batchReady(batch);
        batch.clear();
        flushAt.setRemainingTime(batchIntervalMs);
    };
    const QString now = Augmenter::timestamp(QDateTime::currentDateTimeUtc());
    for (const QString &path : paths) {
        if (m_cancel)
            break;
        QString error;
        auto source = InputLoader::fromPath(path, &error);
        emit reading(path, QFileInfo(path).isDir(), source ? source->sizeHint() : -1);
        if (!source) {
            ResultEntry entry;
            entry.origin = path;
            entry.status = ResultEntry::Status::Invalid;
            entry.message = error;
            batch.append(entry);
            continue;
        }
        while (!m_cancel) {
            ResultEntry entry;
            QString why;
            const auto status = source->next(&entry.result, &why);
            if (status == JsonObjectSource::Status::End)
                break;
            entry.origin = source->origin();
            if (status == JsonObjectSource::Status::Error) {
                entry.result = QJsonObject();
                entry.status = ResultEntry::Status::Invalid;
                // The message names the file; keep only what is wrong with it.
                entry.message
                    = why.startsWith(entry.origin + u": "_s) ? why.mid(entry.origin.size() + 2) : why;
            } else {
                // Fixed once, so that the JSON shown is the JSON sent (the Augmenter keeps given values).
                if (isMissing(entry.result, "batch_id"_L1))
                    entry.result.insert("batch_id"_L1, Augmenter::newId());
                if (isMissing(entry.result, "timestamp"_L1))
                    entry.result.insert("timestamp"_L1, now);
                describe(&entry);
                check(&entry, preparer);
            }
            batch.append(entry);
            ++done;
            if (batch.size() >= batchSize || flushAt.hasExpired())
                flush();
        }
    }
    flush();
    emit finished(done);
}

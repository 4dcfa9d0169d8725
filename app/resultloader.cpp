#include "resultloader.h"

#include <QFileInfo>

#include "adaptersource.h"
#include "augmenter.h"
#include "resultmodel.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <memory>

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
    entry->benchmark = ResultModel::makeBenchmarkText(*entry);
    entry->benchmarkKey = entry->benchmark.toCaseFolded();
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

namespace {

// The second half of the loader's work on a thread of its own: each batch read is checked against the
// run (the run's fields applied, the server's schema), which costs as much as reading, parsing and
// converting the files, and then handed over. Batches go through in the order they were read.
class CheckStage
{
public:
    CheckStage(ResultLoader *loader, const ResultPreparer &preparer, quint64 epoch)
        : m_loader(loader)
        , m_preparer(preparer)
        , m_epoch(epoch)
        , m_thread(QThread::create([this] { run(); }))
    {
        m_thread->setObjectName(u"result checker"_s);
        m_thread->start();
    }
    ~CheckStage() { close(); }
    CheckStage(const CheckStage &) = delete;
    CheckStage &operator=(const CheckStage &) = delete;

    // Waits while enough batches wait: reading never runs far ahead of checking.
    void push(QList<ResultEntry> &&batch)
    {
        QMutexLocker lock(&m_mutex);
        while (m_queue.size() >= maxWaiting)
            m_taken.wait(&m_mutex);
        m_queue.append(std::move(batch));
        m_added.wakeOne();
    }
    // Returns once every batch pushed has been checked and handed over.
    void close()
    {
        {
            QMutexLocker lock(&m_mutex);
            m_closed = true;
            m_added.wakeOne();
        }
        m_thread->wait();
    }

private:
    static constexpr qsizetype maxWaiting = 8;

    void run()
    {
        for (;;) {
            QList<ResultEntry> batch;
            {
                QMutexLocker lock(&m_mutex);
                while (m_queue.isEmpty() && !m_closed)
                    m_added.wait(&m_mutex);
                if (m_queue.isEmpty())
                    return;
                batch = m_queue.takeFirst();
                m_taken.wakeOne();
            }
            for (ResultEntry &entry : batch) {
                if (entry.status == ResultEntry::Status::Invalid && entry.result.isEmpty())
                    continue; // a file that could not be read, or a path that is not there
                ResultLoader::describe(&entry);
                ResultLoader::check(&entry, m_preparer);
            }
            emit m_loader->batchReady(batch, m_epoch);
        }
    }

    ResultLoader *m_loader;
    const ResultPreparer &m_preparer;
    quint64 m_epoch;
    QMutex m_mutex;
    QWaitCondition m_added;
    QWaitCondition m_taken;
    QList<QList<ResultEntry>> m_queue;
    bool m_closed = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace

void ResultLoader::load(
    const QStringList &paths, const ResultPreparer &preparer, quint64 epoch, const QSet<QString> &leaveOut)
{
    m_cancel = false;
    qsizetype done = 0;
    {
        CheckStage checker(this, preparer, epoch);
        QList<ResultEntry> batch;
        QDeadlineTimer flushAt(batchIntervalMs);
        const auto flush = [&] {
            if (!batch.isEmpty())
                checker.push(std::exchange(batch, {}));
            flushAt.setRemainingTime(batchIntervalMs);
        };
        const QString now = Augmenter::timestamp(QDateTime::currentDateTimeUtc());
        for (const QString &path : paths) {
            if (m_cancel)
                break;
            QString error;
            // Each file in the format the core recognises from its content, as "submit result --path" reads
            // it.
            // A FIFO or a socket in a folder is a row of its own saying why it cannot be read; the
            // folder's other files are read.
            FolderListing listing;
            listing.specialEntriesInTurn = true;
            listing.leaveOut = leaveOut;
            auto source = AdapterSource::fromPath(path, u"auto"_s, &error, {}, listing);
            const bool isFolder = QFileInfo(path).isDir();
            emit reading(path, isFolder, source && isFolder ? qint64(source->fileCount()) : -1);
            if (!source) {
                ResultEntry entry;
                entry.origin = path;
                entry.file = path;
                entry.status = ResultEntry::Status::Invalid;
                entry.message = error;
                batch.append(entry);
                continue;
            }
            while (!m_cancel) {
                ResultEntry entry;
                QString why;
                const auto status = source->next(&entry.result, &why);
                if (const QStringList warnings = source->takeWarnings(); !warnings.isEmpty())
                    emit warned(warnings, epoch);
                if (status == JsonObjectSource::Status::End)
                    break;
                entry.format = source->currentFormat();
                entry.file = source->currentFile().isEmpty() ? path : source->currentFile();
                if (status == JsonObjectSource::Status::Error) {
                    // One row for the file that could not be read (or is in no known format).
                    entry.origin = source->currentFile().isEmpty() ? path : source->currentFile();
                    entry.result = QJsonObject();
                    entry.status = ResultEntry::Status::Invalid;
                    // The message names the file and the format, shown in their own columns; keep only
                    // what is wrong with it.
                    QString message = why;
                    if (message.startsWith(entry.origin + u": "_s))
                        message = message.mid(entry.origin.size() + 2);
                    if (!entry.format.isEmpty() && message.startsWith(entry.format + u": "_s))
                        message = message.mid(entry.format.size() + 2);
                    entry.message = message;
                } else {
                    entry.origin = source->origin();
                    // Fixed once, so that the JSON shown is the JSON sent (the Augmenter keeps given values).
                    if (isMissing(entry.result, "batch_id"_L1))
                        entry.result.insert("batch_id"_L1, Augmenter::newId());
                    if (isMissing(entry.result, "timestamp"_L1))
                        entry.result.insert("timestamp"_L1, now);
                    // Described and checked by the checker.
                }
                batch.append(entry);
                ++done;
                if (batch.size() >= batchSize || flushAt.hasExpired())
                    flush();
            }
        }
        flush();
    } // the checker has handed over every batch
    emit finished(done, epoch);
}

#include "outbox.h"

#include "logging.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QString stagedSuffix = u".staged"_s;

QString newBatchId()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmsszzz"_s) + u'-'
        + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// A queue over unconfirmed results of outbox batches; settles them in each batch's journal.
class OutboxQueue final : public ResultQueue
{
public:
    struct Open
    {
        QString id;
        std::unique_ptr<QLockFile> lock;
        std::unique_ptr<QFile> data;
        std::unique_ptr<QFile> journal;
        QSet<qsizetype> done; // confirmed before this queue opened
        qsizetype line = 0; // index of the next result line to read
        qsizetype remaining = 0;
        qsizetype offset = 0; // position of the batch's first result among the queue's batches
    };

    OutboxQueue(const Outbox &outbox, std::vector<Open> batches, qsizetype size)
        : m_outbox(outbox)
        , m_batches(std::move(batches))
        , m_size(size)
    { }
    ~OutboxQueue() override { close(); }

    qsizetype size() const override { return m_size; }

    bool take(Item *item) override
    {
        while (m_current < m_batches.size()) {
            Open &batch = m_batches[m_current];
            const QByteArray line
                = batch.data && batch.data->isOpen() ? batch.data->readLine() : QByteArray();
            if (line.isEmpty()) {
                if (batch.data)
                    batch.data->close();
                ++m_current;
                continue;
            }
            const qsizetype index = batch.line++;
            if (batch.done.contains(index) || line.trimmed().isEmpty())
                continue;
            item->result = QJsonDocument::fromJson(line).object();
            item->origin = Outbox::tr("outbox %1 #%2").arg(batch.id).arg(index + 1);
            item->key = batch.offset + index; // the result's position among the queue's batches
            return true;
        }
        return false;
    }

    void settle(const Item &item, bool ok, const QString &message) override
    {
        size_t which = 0;
        while (which + 1 < m_batches.size() && m_batches[which + 1].offset <= item.key)
            ++which;
        Open &batch = m_batches[which];
        const qsizetype index = item.key - batch.offset;
        QJsonObject entry {{"i"_L1, index}};
        if (ok)
            entry.insert("ok"_L1, true);
        else
            entry.insert("error"_L1, message);
        batch.journal->write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n');
        batch.journal->flush(); // into the kernel: survives the process being killed
        if (ok && --batch.remaining == 0)
            finishBatch(batch);
    }

    void close() override
    {
        for (Open &batch : m_batches) {
            if (batch.journal)
                batch.journal->close();
            if (batch.lock)
                batch.lock->unlock();
        }
        m_batches.clear();
    }

private:
    void finishBatch(Open &batch)
    {
        batch.journal->close();
        if (batch.data)
            batch.data->close();
        QFile::remove(m_outbox.batchPath(batch.id));
        QFile::remove(m_outbox.journalPath(batch.id));
        qCDebug(lcOutbox) << "batch" << batch.id << "confirmed whole; removed";
        batch.lock->unlock();
    }

    Outbox m_outbox; // a copy: the queue may outlive the caller's Outbox
    std::vector<Open> m_batches;
    size_t m_current = 0;
    qsizetype m_size;
};

} // namespace

QString Outbox::defaultDirectory(const QProcessEnvironment &env)
{
    const QString fromEnv = env.value(u"BENCHCONNECT_OUTBOX"_s).trimmed();
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + u"/.local/share"_s;
    return base + u"/benchconnect/outbox"_s;
}

Outbox::Outbox(QString directory)
    : m_directory(std::move(directory))
{ }

QString Outbox::batchPath(const QString &id) const
{
    return m_directory + u'/' + id + u".ndjson"_s;
}

QString Outbox::journalPath(const QString &id) const
{
    return m_directory + u'/' + id + u".done"_s;
}

QString Outbox::lockPath(const QString &id) const
{
    return m_directory + u'/' + id + u".lock"_s;
}

bool Outbox::open(QString *error)
{
    QDir dir(m_directory);
    if (!dir.exists() && !QDir().mkpath(m_directory)) {
        *error = tr("%1: cannot create the outbox directory.").arg(m_directory);
        return false;
    }
    QFile::setPermissions(m_directory, ownerOnly | QFileDevice::ExeOwner);
    return true;
}

Outbox::Writer::~Writer()
{
    if (!m_committed)
        discard();
}

std::unique_ptr<Outbox::Writer> Outbox::writer(const QString &server)
{
    return std::unique_ptr<Writer>(new Writer(this, server));
}

bool Outbox::Writer::append(const QJsonObject &result, QString *error)
{
    m_pending += QJsonDocument(result).toJson(QJsonDocument::Compact);
    m_pending += '\n';
    ++m_pendingCount;
    ++m_count;
    if (m_pendingCount >= Outbox::batchSize)
        return flush(error);
    return true;
}

bool Outbox::Writer::flush(QString *error)
{
    if (m_pendingCount == 0)
        return true;
    const QString id = newBatchId();
    QSaveFile file(m_outbox->batchPath(id) + stagedSuffix);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write to the outbox: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    file.setPermissions(ownerOnly);
    const QJsonObject header {{"benchconnect_outbox"_L1, 1}, {"server"_L1, m_server},
        {"created"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {"count"_L1, m_pendingCount}};
    file.write(QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n');
    file.write(m_pending);
    if (!file.commit()) { // written whole and synced, or not at all
        *error = tr("%1: cannot write to the outbox: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    m_batchIds.append(id);
    m_pending.clear();
    m_pendingCount = 0;
    return true;
}

bool Outbox::Writer::commit(QString *error)
{
    if (!flush(error))
        return false;
    for (const QString &id : std::as_const(m_batchIds)) {
        const QString path = m_outbox->batchPath(id);
        if (!QFile::rename(path + stagedSuffix, path)) {
            *error = tr("%1: cannot move the batch into the outbox.").arg(path);
            return false;
        }
    }
    m_committed = true;
    qCDebug(lcOutbox) << "outbox holds" << m_count << "new results in" << m_batchIds.size() << "batches";
    return true;
}

void Outbox::Writer::discard()
{
    for (const QString &id : std::as_const(m_batchIds)) {
        QFile::remove(m_outbox->batchPath(id) + stagedSuffix);
        if (!m_committed)
            continue;
        QFile::remove(m_outbox->batchPath(id));
    }
    m_batchIds.clear();
    m_pending.clear();
    m_pendingCount = 0;
}

bool Outbox::readHeader(const QString &id, Batch *batch) const
{
    QFile file(batchPath(id));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject header = QJsonDocument::fromJson(file.readLine()).object();
    if (header.value("benchconnect_outbox"_L1).toInt() != 1)
        return false;
    batch->id = id;
    batch->server = header.value("server"_L1).toString();
    batch->created = QDateTime::fromString(header.value("created"_L1).toString(), Qt::ISODateWithMs);
    batch->total = header.value("count"_L1).toInteger();
    return true;
}

QHash<qsizetype, QString> Outbox::readJournal(const QString &id) const
{
    QHash<qsizetype, QString> settled;
    QFile file(journalPath(id));
    if (!file.open(QIODevice::ReadOnly))
        return settled;
    while (!file.atEnd()) {
        const QJsonObject entry = QJsonDocument::fromJson(file.readLine()).object();
        if (!entry.contains("i"_L1))
            continue; // a line cut short by a crash
        const qsizetype index = entry.value("i"_L1).toInteger();
        if (entry.value("ok"_L1).toBool())
            settled.insert(index, QString());
        else if (!settled.contains(index) || !settled.value(index).isEmpty())
            settled.insert(index, entry.value("error"_L1).toString());
    }
    return settled;
}

QList<Outbox::Batch> Outbox::list(QString *error) const
{
    QList<Batch> batches;
    const QDir dir(m_directory);
    if (!dir.exists())
        return batches;
    if (!dir.isReadable()) {
        *error = tr("%1: cannot read the outbox directory.").arg(m_directory);
        return batches;
    }
    for (const QString &name : dir.entryList({u"*.ndjson"_s}, QDir::Files, QDir::Name)) {
        Batch batch;
        if (!readHeader(name.chopped(7), &batch))
            continue;
        const auto settled = readJournal(batch.id);
        for (auto it = settled.begin(); it != settled.end(); ++it) {
            if (it->isEmpty())
                ++batch.confirmed;
            else if (batch.problems.size() < 3 && !batch.problems.contains(*it))
                batch.problems.append(*it);
        }
        QLockFile lock(lockPath(batch.id));
        batch.inUse = !lock.tryLock(0);
        batches.append(batch);
    }
    return batches;
}

QSet<QString> Outbox::runIds(const QStringList &batchIds) const
{
    QSet<QString> ids;
    for (const QString &id : batchIds) {
        const auto settled = readJournal(id);
        QFile file(batchPath(id));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // the header
        for (qsizetype index = 0; !file.atEnd(); ++index) {
            const QByteArray line = file.readLine();
            if (settled.value(index, u"-"_s).isEmpty())
                continue; // confirmed
            const QString runId = QJsonDocument::fromJson(line).object().value("run_id"_L1).toString();
            if (!runId.isEmpty())
                ids.insert(runId);
        }
    }
    return ids;
}

bool Outbox::drop(const QString &batchId, QString *error)
{
    if (!QFile::exists(batchPath(batchId))) {
        *error = tr("The outbox holds no batch \"%1\" (see benchconnect outbox list).").arg(batchId);
        return false;
    }
    QLockFile lock(lockPath(batchId));
    if (!lock.tryLock(0)) {
        *error = tr("Batch %1 is being sent by another process; not dropped.").arg(batchId);
        return false;
    }
    QFile::remove(batchPath(batchId));
    QFile::remove(journalPath(batchId));
    return true;
}

std::unique_ptr<ResultQueue> Outbox::queue(
    const QString &server, const QStringList &batchIds, QStringList *skipped, QString *error)
{
    QList<Batch> batches = list(error);
    if (!error->isEmpty())
        return nullptr;
    std::vector<OutboxQueue::Open> open;
    qsizetype size = 0;
    qsizetype batchTotal = 0; // of the batch opened last
    for (const Batch &batch : std::as_const(batches)) {
        if (batchIds.isEmpty() ? batch.server != server : !batchIds.contains(batch.id))
            continue;
        OutboxQueue::Open entry;
        entry.id = batch.id;
        entry.lock = std::make_unique<QLockFile>(lockPath(batch.id));
        entry.lock->setStaleLockTime(0); // a lock is stale only when its process is gone
        if (!entry.lock->tryLock(0)) {
            skipped->append(batch.id);
            continue;
        }
        entry.data = std::make_unique<QFile>(batchPath(batch.id));
        if (!entry.data->open(QIODevice::ReadOnly)) {
            *error
                = tr("%1: cannot read the batch: %2").arg(entry.data->fileName(), entry.data->errorString());
            return nullptr;
        }
        entry.data->readLine(); // the header
        const auto settled = readJournal(batch.id);
        for (auto it = settled.begin(); it != settled.end(); ++it) {
            if (it->isEmpty())
                entry.done.insert(it.key());
        }
        entry.remaining = batch.total - entry.done.size();
        entry.journal = std::make_unique<QFile>(journalPath(batch.id));
        if (!entry.journal->open(QIODevice::Append)) {
            *error = tr("%1: cannot write to the outbox: %2")
                         .arg(entry.journal->fileName(), entry.journal->errorString());
            return nullptr;
        }
        entry.journal->setPermissions(ownerOnly);
        size += entry.remaining;
        entry.offset = open.empty() ? 0 : open.back().offset + batchTotal;
        batchTotal = batch.total;
        open.push_back(std::move(entry));
    }
    return std::make_unique<OutboxQueue>(*this, std::move(open), size);
}

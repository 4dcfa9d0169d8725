#include "outbox.h"

#include "logging.h"
#include "privatedirectory.h"
#include "wholewrite.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMutex>
#include <QPair>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <QWaitCondition>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QString stagedSuffix = u".staged"_s;
const QString stagedMarker = u".ndjson.staged"_s;
constexpr int formatVersion = 2; // 1: result lines are the results themselves, without origin
constexpr int refusalsShown = 3;

QString newBatchId()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmsszzz"_s) + u'-'
        + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// Files created while this lives are owner-only whatever the process's umask (QLockFile and
// QFile create theirs with 0666 less the umask). The umask is the process's: while any of these
// lives, on any thread (a writer writes its batches on its own), it is 077, and the first one's
// saved value comes back when the last one ends.
class OwnerOnlyUmask
{
public:
    OwnerOnlyUmask()
    {
        const std::lock_guard lock(s_mutex);
        if (s_alive++ == 0)
            s_saved = ::umask(077);
    }
    ~OwnerOnlyUmask()
    {
        const std::lock_guard lock(s_mutex);
        if (--s_alive == 0)
            ::umask(s_saved);
    }
    OwnerOnlyUmask(const OwnerOnlyUmask &) = delete;
    OwnerOnlyUmask &operator=(const OwnerOnlyUmask &) = delete;

private:
    static inline std::mutex s_mutex;
    static inline int s_alive = 0;
    static inline mode_t s_saved = 0;
};

// A lock that is stale only when the process holding it is gone, however long it sends.
std::unique_ptr<QLockFile> makeLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0);
    return lock;
}

bool tryLock(QLockFile *lock)
{
    const OwnerOnlyUmask ownerOnlyFiles;
    errno = 0;
    if (lock->tryLock(0))
        return true;
    const int why = errno; // why it could not be created, when it could not
    // A lock file that does not name its holder was left by a process that ended between creating
    // it and writing it (killed at that moment). Qt never counts it as stale here (stale time 0),
    // so its batch would stay "being sent now" for ever, skipped by every retry. It is removed when
    // no process holds it (Qt takes the file's own lock before it removes it), and tried once more.
    qint64 pid = 0;
    QString hostname;
    QString appname;
    if (lock->error() == QLockFile::LockFailedError && !lock->getLockInfo(&pid, &hostname, &appname)
        && lock->removeStaleLockFile()) {
        errno = 0;
        return lock->tryLock(0);
    }
    errno = why;
    return false;
}

// One line of a batch after its header.
struct Line
{
    enum class Kind
    {
        Result,
        Blank,
        Damaged, // cut short, not JSON, or no result in it
    };
    Kind kind = Kind::Damaged;
    QJsonObject result;
    QString origin;
};

Line parseLine(const QByteArray &raw)
{
    Line line;
    const QByteArray text = raw.trimmed();
    if (text.isEmpty()) {
        line.kind = Line::Kind::Blank;
        return line;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return line;
    QJsonObject object = document.object();
    // Version 2 keeps {"origin": ..., "result": {...}}; version 1 the result alone. Told apart per
    // line, so that the lines of a batch whose header is damaged can be read too.
    const bool wrapped = object.value("result"_L1).isObject()
        && (object.size() == 1 || (object.size() == 2 && object.value("origin"_L1).isString()));
    if (wrapped) {
        line.origin = object.value("origin"_L1).toString();
        object = object.value("result"_L1).toObject();
    }
    if (object.isEmpty())
        return line;
    line.kind = Line::Kind::Result;
    line.result = object;
    return line;
}

// A string as a JSON string literal (quotes included), as QJsonDocument writes it.
QByteArray jsonString(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            switch (c) {
            case '\n':
                out += "\\n";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            }
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

// The result of a line in the layout Writer::append() writes ({"origin":"...","result":{...}} or
// {"result":{...}}) as its bytes, without parsing it; false for any other layout (a version 1
// line, or one written by hand), which parseLine() reads. The line must be known to be sound
// (scan() parsed it, or a writer of this outbox wrote it): this only finds where the result is.
bool resultBytes(const QByteArray &raw, QByteArray *body, QString *origin)
{
    const QByteArrayView line = QByteArrayView(raw).trimmed();
    if (!line.endsWith("}}"))
        return false;
    qsizetype at = 0;
    if (line.startsWith("{\"origin\":\"")) {
        qsizetype end = 11;
        bool escaped = false;
        for (; end < line.size() && line.at(end) != '"'; ++end) {
            if (line.at(end) == '\\') {
                escaped = true;
                ++end;
            }
        }
        if (end >= line.size())
            return false;
        const QByteArrayView text = line.sliced(11, end - 11);
        *origin = escaped
            ? QJsonDocument::fromJson("[\"" + text.toByteArray() + "\"]").array().at(0).toString()
            : QString::fromUtf8(text);
        at = end + 1;
        if (!line.sliced(at).startsWith(",\"result\":{"))
            return false;
        at += 10;
    } else if (line.startsWith("{\"result\":{")) {
        at = 10;
        origin->clear();
    } else {
        return false;
    }
    *body = line.sliced(at, line.size() - 1 - at).toByteArray();
    return true;
}

struct Header
{
    bool valid = false;
    QJsonObject object;
    QString server;
    QDateTime created;
    qsizetype count = 0;
};

Header parseHeader(const QByteArray &raw)
{
    Header header;
    header.object = QJsonDocument::fromJson(raw.trimmed()).object();
    const int version = header.object.value("benchconnect_outbox"_L1).toInt();
    header.server = header.object.value("server"_L1).toString();
    if ((version != 1 && version != formatVersion) || header.server.isEmpty()) {
        header.server.clear();
        return header;
    }
    header.valid = true;
    header.created = QDateTime::fromString(header.object.value("created"_L1).toString(), Qt::ISODateWithMs);
    header.count = header.object.value("count"_L1).toInteger();
    return header;
}

// What the journal says of each result line (by index after the header).
struct Journal
{
    QSet<qsizetype> confirmed;
    QHash<qsizetype, QString> refused;
    QHash<qsizetype, QString> failed; // the last failure
};

Journal readJournal(const QString &path)
{
    Journal journal;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return journal;
    while (!file.atEnd()) {
        const QJsonObject entry = QJsonDocument::fromJson(file.readLine()).object();
        if (!entry.contains("i"_L1))
            continue; // a line cut short by a crash
        const qsizetype index = entry.value("i"_L1).toInteger();
        if (entry.value("ok"_L1).toBool()) {
            journal.confirmed.insert(index);
            journal.refused.remove(index);
            journal.failed.remove(index);
        } else if (journal.confirmed.contains(index)) {
            continue;
        } else if (entry.contains("refused"_L1)) {
            journal.refused.insert(index, entry.value("refused"_L1).toString());
        } else {
            journal.failed.insert(index, entry.value("error"_L1).toString());
        }
    }
    return journal;
}

// Opens (creating owner-only) a journal for appending.
bool openJournal(QFile *file)
{
    const QByteArray path = QFile::encodeName(file->fileName());
    const int fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return file->open(QIODevice::Append); // for its errorString()
    return file->open(fd, QIODevice::Append, QFileDevice::AutoCloseHandle);
}

// A queue over waiting results of outbox batches; settles them in each batch's journal.
class OutboxQueue final : public ResultQueue
{
public:
    struct Open
    {
        QString id;
        std::unique_ptr<QLockFile> lock;
        std::unique_ptr<QFile> data;
        std::unique_ptr<QFile> journal;
        QSet<qsizetype> settled; // confirmed or refused before this queue opened: not handed out
        QSet<qsizetype> damaged; // lines scan() could not read: never handed out
        QByteArray pendingJournal; // settlements not written yet (deferred settlements)
        qsizetype line = 0; // index of the next result line to read
        qsizetype remaining = 0;
        qsizetype offset = 0; // position of the batch's first line among the queue's batches
        bool removable = true; // nothing in it must stay once its results are confirmed
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
            const QByteArray raw = batch.data && batch.data->isOpen() && !batch.data->atEnd()
                ? batch.data->readLine()
                : QByteArray();
            if (raw.isEmpty()) {
                if (batch.data)
                    batch.data->close();
                ++m_current;
                continue;
            }
            const qsizetype index = batch.line++;
            if (batch.settled.contains(index) || batch.damaged.contains(index))
                continue;
            QString origin;
            if (m_bodiesOnly && resultBytes(raw, &item->body, &origin)) {
                // Sent as it was written: the result is not parsed, nor serialised again.
                item->result = QJsonObject();
            } else {
                Line line = parseLine(raw);
                if (line.kind != Line::Kind::Result)
                    continue; // a damaged line is never sent: it stays in the batch file
                item->result = std::move(line.result);
                item->body.clear();
                origin = std::move(line.origin);
            }
            item->origin
                = origin.isEmpty() ? Outbox::tr("outbox %1 #%2").arg(batch.id).arg(index + 1) : origin;
            item->key = batch.offset + index; // the result's position among the queue's batches
            return true;
        }
        return false;
    }

    bool settle(const Item &item, Settlement settlement, const QString &message) override
    {
        size_t which = 0;
        while (which + 1 < m_batches.size() && m_batches[which + 1].offset <= item.key)
            ++which;
        if (which >= m_batches.size())
            return true; // closed already
        Open &batch = m_batches[which];
        const qsizetype index = item.key - batch.offset;
        QByteArray line = "{\"i\":" + QByteArray::number(index);
        switch (settlement) {
        case Settlement::Stored:
            line += ",\"ok\":true}\n";
            break;
        case Settlement::Refused:
            line += ",\"refused\":" + jsonString(message) + "}\n";
            break;
        case Settlement::Failed:
            line += ",\"error\":" + jsonString(message) + "}\n";
            break;
        }
        if (!batch.journal || !batch.journal->isOpen())
            return journalFailed(batch);
        batch.pendingJournal += line;
        if (!m_deferred && !writeJournal(batch))
            return false;
        if (settlement == Settlement::Stored && --batch.remaining == 0 && batch.removable)
            finishBatch(batch);
        return true;
    }

    void setBodiesOnly(bool on) override { m_bodiesOnly = on; }
    void setDeferredSettlements(bool on) override { m_deferred = on; }

    bool flush() override
    {
        bool ok = true;
        for (Open &batch : m_batches) {
            if (!batch.pendingJournal.isEmpty() && !writeJournal(batch))
                ok = false;
        }
        return ok;
    }

    QString errorString() const override { return m_error; }

    void close() override
    {
        flush();
        for (Open &batch : m_batches) {
            if (batch.journal)
                batch.journal->close();
            if (batch.lock)
                batch.lock->unlock();
        }
        m_batches.clear();
    }

private:
    // Writes the batch's settlements not written yet: flush() puts them into the kernel, which
    // survives the process being killed.
    bool writeJournal(Open &batch)
    {
        const QByteArray lines = std::exchange(batch.pendingJournal, QByteArray());
        if (!batch.journal || !batch.journal->isOpen())
            return journalFailed(batch);
        // write() may take a part and report no error (a full disk): the rest is written until it
        // is all there or the write fails, and then the system's reason is given.
        QByteArrayView rest(lines);
        while (!rest.isEmpty()) {
            errno = 0;
            const qint64 written = batch.journal->write(rest.data(), rest.size());
            if (written <= 0)
                return journalFailed(batch, errno);
            rest = rest.sliced(written);
        }
        errno = 0;
        if (!batch.journal->flush())
            return journalFailed(batch, errno);
        return true;
    }

    bool journalFailed(const Open &batch, int error = 0)
    {
        const QString why = error != 0 ? QString::fromLocal8Bit(std::strerror(error))
            : batch.journal            ? batch.journal->errorString()
                                       : QString();
        m_error = Outbox::tr("%1: cannot record what the server did with a result: %2")
                      .arg(m_outbox.journalPath(batch.id), why);
        return false;
    }

    void finishBatch(Open &batch)
    {
        batch.pendingJournal.clear(); // the journal goes with the batch
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
    QString m_error;
    bool m_bodiesOnly = false;
    bool m_deferred = false;
};

} // namespace

QString Outbox::defaultDirectory(const QProcessEnvironment &env)
{
    QString fromEnv = env.value(u"BENCHCONNECT_OUTBOX"_s).trimmed();
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + u"/.local/share"_s;
    return base + u"/benchconnect/outbox"_s;
}

QString Outbox::normalizedServer(const QString &url)
{
    QUrl parsed(url.trimmed());
    if (!parsed.isValid() || parsed.host().isEmpty())
        return url.trimmed();
    parsed.setScheme(parsed.scheme().toLower());
    parsed.setHost(parsed.host().toLower());
    if ((parsed.scheme() == "http"_L1 && parsed.port() == 80)
        || (parsed.scheme() == "https"_L1 && parsed.port() == 443))
        parsed.setPort(-1);
    QString path = parsed.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    parsed.setPath(path);
    return parsed.toString(QUrl::FullyEncoded);
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

bool Outbox::open(QString *error, QStringList *warnings)
{
    const QFileInfo info(m_directory);
    if (info.exists() && !info.isDir()) {
        *error = tr("%1: not a directory; cannot keep the outbox there.").arg(m_directory);
        return false;
    }
    if (!info.exists()) {
        // It and the parents made for it are the owner's alone, as the results in it.
        QString why;
        if (!makePrivateDirectory(m_directory, &why)) {
            *error = tr("%1: cannot create the outbox directory: %2").arg(m_directory, why);
            return false;
        }
        return true;
    }
    // The user's directory: its mode is theirs to set.
    const QFileDevice::Permissions permissions = QFile::permissions(m_directory);
    if (warnings && (permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)))
        warnings->append(tr("%1: the outbox directory is readable by others than its owner; the results in "
                            "it are too (chmod 700 makes it private).")
                             .arg(m_directory));
    if (warnings && ::access(QFile::encodeName(m_directory).constData(), W_OK) != 0)
        warnings->append(
            tr("%1: the outbox directory is not writable by its owner; no results can be kept in it.")
                .arg(m_directory));
    return true;
}

// The results append() takes are serialised, written and synced by a thread of its own, an eighth
// of a batch at a time: the caller goes on reading, checking and making the next results meanwhile.
// The objects go back to the caller's thread to be freed there, where they were made: objects made
// on one thread and freed on another cost more in the allocator than the serialising itself.
// A caller that makes results faster than that thread serialises them (results already made, or
// cheap to read) would only wait: it serialises the chunk it hands over itself instead, and at the
// end the last one, so that both threads serialise.
struct Outbox::Writer::Background
{
    // Handed over at a time: small enough that the objects waiting stay few, large enough that
    // handing them over costs nothing next to making them. A batch is a whole number of chunks.
    static constexpr qsizetype chunkSize = Outbox::batchSize / 8;
    static_assert(Outbox::batchSize % chunkSize == 0);
    // Chunks that may wait while another is serialised: enough to cover a batch's sync.
    static constexpr qsizetype maxWaiting = 4;

    // A chunk handed over: its results, or (serialised by the appending thread) their lines and
    // how many results those are.
    struct Pending
    {
        Chunk chunk;
        QByteArray lines;
        qsizetype count = 0;
    };
    static Pending serialised(Chunk *chunk)
    {
        Pending pending;
        pending.count = chunk->size();
        for (const Entry &entry : std::as_const(*chunk))
            appendLine(&pending.lines, entry);
        chunk->clear(); // freed here, where they were made
        return pending;
    }

    QMutex mutex;
    QWaitCondition added; // a chunk to serialise, or the end
    QWaitCondition taken; // room for another
    QList<Pending> waiting;
    QList<Chunk> used; // serialised: for the appending thread to free
    bool ending = false; // nothing more comes: write what waits, then stop
    bool discarding = false; // and write nothing more
    QString error; // the first write that failed; nothing is written after it
    std::unique_ptr<QThread> thread;
};

Outbox::Writer::Writer(Outbox *outbox, QString server)
    : m_outbox(outbox)
    , m_server(std::move(server))
{ }

Outbox::Writer::~Writer()
{
    if (!m_committed)
        discard();
}

std::unique_ptr<Outbox::Writer> Outbox::writer(const QString &server)
{
    return std::unique_ptr<Writer>(new Writer(this, server));
}

bool Outbox::Writer::append(const QJsonObject &result, const QString &origin, QString *error)
{
    m_chunk.append({result, origin});
    ++m_count;
    if (m_chunk.size() >= Background::chunkSize)
        return handOver(error);
    return true;
}

void Outbox::Writer::appendLine(QByteArray *lines, const Entry &entry)
{
    // {"origin": ..., "result": {...}} as QJsonDocument would write it, with the result serialised
    // once: the queue hands these very bytes to the client to send.
    *lines += '{';
    if (!entry.origin.isEmpty()) {
        *lines += "\"origin\":";
        *lines += jsonString(entry.origin);
        *lines += ',';
    }
    *lines += "\"result\":";
    *lines += QJsonDocument(entry.result).toJson(QJsonDocument::Compact);
    *lines += "}\n";
}

bool Outbox::Writer::handOver(QString *error)
{
    if (!m_background) {
        m_background = std::make_unique<Background>();
        m_background->thread.reset(QThread::create([this] { writeInBackground(); }));
        m_background->thread->setObjectName(u"outbox writer"_s);
        m_background->thread->start();
    }
    Background &background = *m_background;
    bool behind = false;
    {
        QMutexLocker lock(&background.mutex);
        behind = background.waiting.size() >= Background::maxWaiting;
    }
    Background::Pending pending;
    if (behind)
        pending = Background::serialised(&m_chunk); // rather than wait for room
    else
        pending.chunk = std::exchange(m_chunk, {});
    QList<Chunk> used;
    {
        QMutexLocker lock(&background.mutex);
        // A few chunks wait at most: memory stays flat however many results come.
        while (background.waiting.size() >= Background::maxWaiting && background.error.isEmpty())
            background.taken.wait(&background.mutex);
        if (!background.error.isEmpty()) {
            *error = background.error;
            return false;
        }
        background.waiting.append(std::move(pending));
        background.added.wakeOne();
        used.swap(background.used);
    }
    m_chunk.reserve(Background::chunkSize);
    return true; // the chunks serialised meanwhile are freed here, on this thread
}

void Outbox::Writer::writeInBackground()
{
    Background &background = *m_background;
    QByteArray lines;
    int count = 0;
    const auto fail = [&background](const QString &error) {
        QMutexLocker lock(&background.mutex);
        background.error = error;
        background.taken.wakeAll();
    };
    // Writes the batch once it is full; false if that failed.
    const auto writeIfFull = [&] {
        if (count < Outbox::batchSize)
            return true;
        QString error;
        if (!writeBatch(lines, count, &error)) {
            fail(error);
            return false;
        }
        lines.truncate(0); // its memory serves the next batch
        count = 0;
        return true;
    };
    for (;;) {
        Background::Pending pending;
        {
            QMutexLocker lock(&background.mutex);
            while (background.waiting.isEmpty() && !background.ending)
                background.added.wait(&background.mutex);
            if (background.waiting.isEmpty())
                break; // the end, and all serialised
            pending = background.waiting.takeFirst();
            background.taken.wakeAll();
        }
        if (pending.chunk.isEmpty()) {
            // Serialised by the appending thread: a chunk never spans two batches (a batch is a
            // whole number of chunks, and only the last chunk is shorter).
            lines += pending.lines;
            count += int(pending.count);
            if (!writeIfFull())
                return;
            continue;
        }
        for (const Entry &entry : std::as_const(pending.chunk)) {
            appendLine(&lines, entry);
            ++count;
            if (!writeIfFull())
                return;
        }
        QMutexLocker lock(&background.mutex);
        background.used.append(std::move(pending.chunk));
    }
    QString error;
    if (count > 0 && !background.discarding && !writeBatch(lines, count, &error))
        fail(error);
}

bool Outbox::Writer::endBackground(bool writeWaiting, QString *error)
{
    if (!m_background)
        return true;
    {
        QMutexLocker lock(&m_background->mutex);
        if (!writeWaiting) {
            m_background->waiting.clear();
            m_background->discarding = true;
        }
        m_background->ending = true;
        m_background->added.wakeAll();
    }
    m_background->thread->wait();
    const QString failed = m_background->error;
    m_background.reset(); // with the chunks it holds still, freed on this thread
    if (!failed.isEmpty()) {
        *error = failed;
        return false;
    }
    return true;
}

bool Outbox::Writer::writeBatch(const QByteArray &lines, int count, QString *error)
{
    const QMutexLocker files(&m_filesMutex);
    if (m_abandoned) {
        *error = tr("Interrupted: nothing more is written to the outbox.");
        return false;
    }
    const QString id = newBatchId();
    // Locked while it is staged: list() tells a batch being written from one left unfinished.
    auto lock = makeLock(m_outbox->lockPath(id));
    if (!tryLock(lock.get())) {
        // A new batch's lock is nobody else's: it could not be created (a full disk, say).
        const int why = errno;
        *error = tr("%1: cannot write to the outbox: %2")
                     .arg(m_outbox->lockPath(id),
                         why != 0 ? QString::fromLocal8Bit(std::strerror(why)) : tr("cannot lock"));
        return false;
    }
    QSaveFile file(m_outbox->batchPath(id) + stagedSuffix);
    const OwnerOnlyUmask ownerOnlyFiles;
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write to the outbox: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    file.setPermissions(ownerOnly);
    const QJsonObject header {{"benchconnect_outbox"_L1, formatVersion}, {"server"_L1, m_server},
        {"created"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}, {"count"_L1, count}};
    const QByteArray headerLine = QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n';
    QString why;
    if (!commitWhole(file, {headerLine, lines}, &why)) { // written whole and synced, or not at all
        *error = tr("%1: cannot write to the outbox: %2").arg(file.fileName(), why);
        return false;
    }
    m_sizes.insert(id, headerLine.size() + lines.size());
    m_batchIds.append(id);
    m_locks.push_back(std::move(lock));
    return true;
}

bool Outbox::Writer::commit(QString *error)
{
    if (m_background) {
        if (!m_chunk.isEmpty()) {
            // Serialised here: this thread would only wait for the other.
            Background::Pending pending = Background::serialised(&m_chunk);
            QMutexLocker lock(&m_background->mutex);
            m_background->waiting.append(std::move(pending));
        }
        if (!endBackground(true, error))
            return false;
    } else if (!m_chunk.isEmpty()) {
        // Fewer than a chunk: not worth a thread.
        QByteArray lines;
        for (const Entry &entry : std::as_const(m_chunk))
            appendLine(&lines, entry);
        if (!writeBatch(lines, int(m_chunk.size()), error))
            return false;
        m_chunk.clear();
    }
    const QMutexLocker files(&m_filesMutex);
    if (m_abandoned) {
        *error = tr("Interrupted: nothing more is written to the outbox.");
        return false;
    }
    for (const QString &id : std::as_const(m_batchIds)) {
        const QString path = m_outbox->batchPath(id);
        if (!QFile::rename(path + stagedSuffix, path)) {
            *error = tr("%1: cannot move the batch into the outbox.").arg(path);
            return false;
        }
    }
    m_committed = true;
    m_locks.clear(); // unlocks
    for (auto it = m_sizes.cbegin(); it != m_sizes.cend(); ++it)
        m_outbox->m_written.insert(it.key(), it.value());
    qCDebug(lcOutbox) << "outbox holds" << m_count << "new results in" << m_batchIds.size() << "batches";
    return true;
}

void Outbox::Writer::discard()
{
    QString ignored; // what is written is removed
    endBackground(false, &ignored);
    const QMutexLocker files(&m_filesMutex);
    for (const QString &id : std::as_const(m_batchIds)) {
        QFile::remove(m_outbox->batchPath(id) + stagedSuffix);
        if (!m_committed)
            continue;
        QFile::remove(m_outbox->batchPath(id));
    }
    m_batchIds.clear();
    m_locks.clear();
    m_chunk.clear();
}

bool Outbox::Writer::abandon()
{
    // Waits for a batch file being written, then lets no other begin.
    const QMutexLocker files(&m_filesMutex);
    m_abandoned = true;
    if (m_committed)
        return true;
    for (const QString &id : std::as_const(m_batchIds)) {
        QFile::remove(m_outbox->batchPath(id) + stagedSuffix);
        QFile::remove(m_outbox->batchPath(id)); // moved in by a commit that failed part-way
        QFile::remove(m_outbox->lockPath(id)); // its lock dies with the process
    }
    return false;
}

bool Outbox::scan(const QString &path, Batch *batch, QSet<qsizetype> *damagedLines) const
{
    QFile file(path);
    QStringList damage;
    if (!file.open(QIODevice::ReadOnly)) {
        batch->damage = tr("cannot be read: %1").arg(file.errorString());
        return false;
    }
    const Journal journal = readJournal(journalPath(batch->id));
    const Header header = parseHeader(file.readLine());
    if (file.size() == 0) {
        damage.append(tr("an empty file: it holds no results"));
    } else if (!header.valid) {
        damage.append(
            tr("its header (first line) cannot be read, so the server its results were for is unknown"));
    } else {
        batch->server = header.server;
        batch->created = header.created;
    }
    if (!batch->created.isValid())
        batch->created = QFileInfo(path).lastModified();
    const auto written = m_written.constFind(batch->id);
    const bool writtenHere = written != m_written.constEnd() && *written == file.size();
    qsizetype index = 0;
    if (writtenHere && header.valid && journal.refused.isEmpty()) {
        // Written here, as it still is: its lines are its header's count of results, none refused, so
        // the journal alone says what became of them (reading a thousand lines would say no more).
        index = header.count;
        batch->total = header.count;
        for (const qsizetype confirmed : journal.confirmed)
            batch->confirmed += confirmed < header.count ? 1 : 0;
        QList<qsizetype> failed = journal.failed.keys();
        std::sort(failed.begin(), failed.end());
        for (const qsizetype at : std::as_const(failed)) {
            if (at < header.count && !journal.confirmed.contains(at) && batch->problems.size() < refusalsShown
                && !batch->problems.contains(journal.failed.value(at)))
                batch->problems.append(journal.failed.value(at));
        }
        file.seek(file.size()); // nothing more to read
    }
    for (; !file.atEnd(); ++index) {
        const QByteArray raw = file.readLine();
        Line line;
        if (writtenHere && !journal.refused.contains(index))
            line.kind = raw.trimmed().isEmpty() ? Line::Kind::Blank : Line::Kind::Result;
        else
            line = parseLine(raw);
        if (line.kind == Line::Kind::Damaged) {
            ++batch->damagedLines;
            if (damagedLines)
                damagedLines->insert(index);
            continue;
        }
        if (line.kind != Line::Kind::Result)
            continue;
        ++batch->total;
        if (journal.confirmed.contains(index)) {
            ++batch->confirmed;
        } else if (journal.refused.contains(index)) {
            ++batch->refused;
            if (batch->refusals.size() < refusalsShown)
                batch->refusals.append(
                    u"%1: %2"_s.arg(line.origin.isEmpty() ? tr("#%1").arg(index + 1) : line.origin,
                        journal.refused.value(index)));
        } else if (journal.failed.contains(index) && batch->problems.size() < refusalsShown
            && !batch->problems.contains(journal.failed.value(index))) {
            batch->problems.append(journal.failed.value(index));
        }
    }
    batch->lineCount = index;
    if (batch->damagedLines > 0)
        damage.append(tr("%Ln lines cannot be read and are not sent", nullptr, int(batch->damagedLines)));
    if (header.valid && batch->total + batch->damagedLines < header.count)
        damage.append(tr("cut short: %Ln results of the %1 it was written with are missing", nullptr,
            int(header.count - batch->total - batch->damagedLines))
                          .arg(header.count));
    batch->damage = damage.join(u"; "_s);
    return true;
}

QList<Outbox::Batch> Outbox::list(QString *error) const
{
    return list(error, nullptr);
}

QList<Outbox::Batch> Outbox::list(
    QString *error, QHash<QString, QSet<qsizetype>> *damagedLines, const QStringList *only) const
{
    QList<Batch> batches;
    const QDir dir(m_directory);
    if (!dir.exists())
        return batches;
    if (!dir.isReadable()) {
        *error = tr("%1: cannot read the outbox directory.").arg(m_directory);
        return batches;
    }
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    QSet<QString> unfinished;
    for (const QString &name : names) {
        Batch batch;
        if (only && !(name.endsWith(".ndjson"_L1) && only->contains(name.chopped(7))))
            continue;
        if (name.endsWith(".ndjson"_L1)) {
            batch.id = name.chopped(7);
            QSet<qsizetype> damaged;
            scan(dir.filePath(name), &batch, damagedLines ? &damaged : nullptr);
            if (!damaged.isEmpty())
                damagedLines->insert(batch.id, damaged);
            auto lock = makeLock(lockPath(batch.id));
            batch.inUse = !tryLock(lock.get());
        } else if (name.contains(stagedMarker)) {
            batch.id = name.left(name.indexOf(stagedMarker));
            if (unfinished.contains(batch.id))
                continue;
            unfinished.insert(batch.id);
            auto lock = makeLock(lockPath(batch.id));
            if (!tryLock(lock.get()))
                continue; // being written now: not the outbox's yet
            batch.kind = Batch::Kind::Unfinished;
            scan(dir.filePath(name), &batch);
            batch.damage
                = tr("unfinished: the submission that wrote it stopped before it began sending; none of "
                     "it was sent");
            batch.server.clear(); // never sent anywhere unless the user says so
        } else if (name.endsWith(".done"_L1)) {
            if (names.contains(name.chopped(5) + u".ndjson"_s))
                continue;
            batch.kind = Batch::Kind::Leftover;
            batch.id = name;
            batch.created = QFileInfo(dir.filePath(name)).lastModified();
            batch.damage = tr("the journal of a batch that is gone; it holds no results");
        } else if (name.endsWith(".lock"_L1) || name.endsWith(".finish"_L1)) {
            continue; // a lock holds no results; a pending finish is listed by pendingFinishes()
        } else {
            batch.kind = Batch::Kind::Leftover;
            batch.id = name;
            batch.created = QFileInfo(dir.filePath(name)).lastModified();
            batch.damage = tr("not a file of the outbox; left alone");
        }
        batches.append(batch);
    }
    return batches;
}

QString Outbox::pendingFinishPath(const QString &runId) const
{
    return m_directory + u'/' + runId + u".finish"_s;
}

bool Outbox::recordPendingFinish(const PendingFinish &finish, QString *error)
{
    if (finish.runId.isEmpty() || finish.runId.contains(u'/') || finish.runId.startsWith(u'.')) {
        *error = tr("\"%1\" is not a run id.").arg(finish.runId);
        return false;
    }
    QSaveFile file(pendingFinishPath(finish.runId));
    const OwnerOnlyUmask ownerOnlyFiles;
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write to the outbox: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    file.setPermissions(ownerOnly);
    const QJsonObject record {{"benchconnect_pending_finish"_L1, 1}, {"run_id"_L1, finish.runId},
        {"server"_L1, finish.server}, {"fields"_L1, finish.fields}};
    QString why;
    if (!commitWhole(file, {QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n'}, &why)) {
        *error = tr("%1: cannot write to the outbox: %2").arg(file.fileName(), why);
        return false;
    }
    return true;
}

QList<Outbox::PendingFinish> Outbox::pendingFinishes() const
{
    QList<PendingFinish> finishes;
    const QDir dir(m_directory);
    for (const QString &name : dir.entryList({u"*.finish"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject record = QJsonDocument::fromJson(file.readAll()).object();
        if (record.value("benchconnect_pending_finish"_L1).toInt() != 1)
            continue;
        finishes.append({record.value("run_id"_L1).toString(), record.value("server"_L1).toString(),
            record.value("fields"_L1).toObject()});
    }
    return finishes;
}

bool Outbox::clearPendingFinish(const QString &runId)
{
    return QFile::remove(pendingFinishPath(runId));
}

bool Outbox::runHasWaitingResults(const QString &runId) const
{
    QString error;
    QStringList ids;
    for (const Batch &batch : list(&error)) {
        if (batch.kind == Batch::Kind::Batch && batch.waiting() > 0)
            ids.append(batch.id);
    }
    return runIds(ids).contains(runId);
}

QSet<QString> Outbox::runIds(const QStringList &batchIds) const
{
    QSet<QString> ids;
    for (const QString &id : batchIds) {
        const Journal journal = readJournal(journalPath(id));
        QFile file(batchPath(id));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // the header
        for (qsizetype index = 0; !file.atEnd(); ++index) {
            const QByteArray raw = file.readLine();
            if (journal.confirmed.contains(index) || journal.refused.contains(index))
                continue;
            const QString runId = parseLine(raw).result.value("run_id"_L1).toString();
            if (!runId.isEmpty())
                ids.insert(runId);
        }
    }
    return ids;
}

bool Outbox::drop(const QString &batchId, QString *error)
{
    if (batchId.isEmpty() || batchId.contains(u'/') || batchId.startsWith(u'.')) {
        // Never a path: nothing outside the outbox directory is removed.
        *error = tr("The outbox holds no batch \"%1\" (see benchconnect outbox list).").arg(batchId);
        return false;
    }
    const QDir dir(m_directory);
    const QStringList staged = dir.entryList({batchId + stagedMarker + u'*'}, QDir::Files | QDir::Hidden);
    if (QFile::exists(batchPath(batchId)) || !staged.isEmpty()) {
        auto lock = makeLock(lockPath(batchId));
        if (!tryLock(lock.get())) {
            *error = tr("Batch %1 is being sent or written by another process; not dropped.").arg(batchId);
            return false;
        }
        for (const QString &name : staged)
            QFile::remove(dir.filePath(name));
        if (QFile::exists(batchPath(batchId)) && !QFile::remove(batchPath(batchId))) {
            *error = tr("%1: cannot remove the batch.").arg(batchPath(batchId));
            return false;
        }
        QFile::remove(journalPath(batchId));
        return true;
    }
    const QString path = dir.filePath(batchId);
    if (!batchId.contains(u'/') && batchId.endsWith(".done"_L1) && QFile::exists(path)
        && !QFile::exists(batchPath(batchId.chopped(5)))) {
        if (!QFile::remove(path)) {
            *error = tr("%1: cannot remove the file.").arg(path);
            return false;
        }
        return true;
    }
    if (!batchId.contains(u'/') && QFileInfo(path).isFile()) {
        *error = notTheOutboxs(path);
        return false;
    }
    *error = tr("The outbox holds no batch \"%1\" (see benchconnect outbox list).").arg(batchId);
    return false;
}

QString Outbox::whyNotDroppable(const Batch &batch) const
{
    if (batch.inUse)
        return tr("Batch %1 is being sent by another process; not dropped.").arg(batch.id);
    if (batch.isForeign())
        return notTheOutboxs(QDir(m_directory).filePath(batch.id));
    return {};
}

QString Outbox::notTheOutboxs(const QString &path)
{
    return tr("%1 is not a file of the outbox; left alone (remove it yourself if it is not needed).")
        .arg(path);
}

bool Outbox::retarget(const QStringList &batchIds, const QString &newServer, QString *error)
{
    for (const QString &id : batchIds) {
        if (id.isEmpty() || id.contains(u'/') || !QFile::exists(batchPath(id))) {
            *error = tr("The outbox holds no batch \"%1\" (see benchconnect outbox list).").arg(id);
            return false;
        }
        auto lock = makeLock(lockPath(id));
        if (!tryLock(lock.get())) {
            *error = tr("Batch %1 is being sent by another process; not changed.").arg(id);
            return false;
        }
        QFile file(batchPath(id));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("%1: cannot read the batch: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        const QByteArray firstLine = file.readLine();
        const QByteArray rest = file.readAll();
        file.close();
        Header header = parseHeader(firstLine);
        if (!header.valid) {
            // Rebuilt from what the file holds: its lines stay where they are, so the journal's
            // indexes still apply.
            header.object = QJsonObject {{"benchconnect_outbox"_L1, formatVersion},
                {"created"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                {"count"_L1, rest.count('\n') + (rest.endsWith('\n') || rest.isEmpty() ? 0 : 1)},
                {"header_rebuilt"_L1, true}};
        }
        if (rest.trimmed().isEmpty()) {
            *error = tr("Batch %1 holds no results; there is nothing to send (benchconnect outbox drop %1 "
                        "removes it).")
                         .arg(id);
            return false;
        }
        header.object.insert("server"_L1, newServer);
        QSaveFile out(batchPath(id));
        const OwnerOnlyUmask ownerOnlyFiles;
        if (!out.open(QIODevice::WriteOnly)) {
            *error = tr("%1: cannot write to the outbox: %2").arg(out.fileName(), out.errorString());
            return false;
        }
        out.setPermissions(ownerOnly);
        QString why;
        if (!commitWhole(
                out, {QJsonDocument(header.object).toJson(QJsonDocument::Compact) + '\n', rest}, &why)) {
            *error = tr("%1: cannot write to the outbox: %2").arg(out.fileName(), why);
            return false;
        }
        qCDebug(lcOutbox) << "batch" << id << "now for" << newServer;
    }
    return true;
}

std::unique_ptr<ResultQueue> Outbox::queue(
    const QString &server, const QStringList &batchIds, QStringList *skipped, QString *error, QThread *usedBy)
{
    QHash<QString, QSet<qsizetype>> damagedLines;
    // Given batches: only those are read (an outbox may hold many others).
    QList<Batch> batches = list(error, &damagedLines, batchIds.isEmpty() ? nullptr : &batchIds);
    if (!error->isEmpty())
        return nullptr;
    const QString wanted = normalizedServer(server);
    std::vector<OutboxQueue::Open> open;
    qsizetype size = 0;
    qsizetype lines = 0; // of the batches opened before
    for (const Batch &batch : std::as_const(batches)) {
        if (batch.kind != Batch::Kind::Batch || !batch.serverKnown())
            continue;
        if (batchIds.isEmpty() ? normalizedServer(batch.server) != wanted : !batchIds.contains(batch.id))
            continue;
        OutboxQueue::Open entry;
        entry.id = batch.id;
        entry.lock = makeLock(lockPath(batch.id));
        if (!tryLock(entry.lock.get())) {
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
        const Journal journal = readJournal(journalPath(batch.id));
        entry.settled = journal.confirmed;
        for (auto it = journal.refused.cbegin(); it != journal.refused.cend(); ++it)
            entry.settled.insert(it.key());
        entry.damaged = damagedLines.value(batch.id);
        entry.remaining = batch.waiting();
        entry.removable = batch.refused == 0 && !batch.isDamaged();
        entry.journal = std::make_unique<QFile>(journalPath(batch.id));
        if (!openJournal(entry.journal.get())) {
            *error = tr("%1: cannot write to the outbox: %2")
                         .arg(entry.journal->fileName(), entry.journal->errorString());
            return nullptr;
        }
        if (usedBy) {
            entry.data->moveToThread(usedBy);
            entry.journal->moveToThread(usedBy);
        }
        size += entry.remaining;
        entry.offset = lines;
        lines += batch.lineCount;
        open.push_back(std::move(entry));
    }
    return std::make_unique<OutboxQueue>(*this, std::move(open), size);
}

#include "watchjournal.h"
#include "privatedirectory.h"
#include "wholewrite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWatch, "benchconnect.watch", QtWarningMsg)

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr int formatVersion = 1;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject WatchJournal::Entry::toJson() const
{
    QJsonObject object {{"folder"_L1, folder}, {"state"_L1, stateName(state)}};
    if (!runId.isEmpty())
        object.insert("run_id"_L1, runId);
    if (!startedAt.isEmpty())
        object.insert("started_at"_L1, startedAt);
    if (!batchIds.isEmpty())
        object.insert("batches"_L1, QJsonArray::fromStringList(batchIds));
    if (!fingerprint.isEmpty())
        object.insert("fingerprint"_L1, fingerprint);
    if (!digest.isEmpty())
        object.insert("digest"_L1, digest);
    if (!reason.isEmpty())
        object.insert("reason"_L1, reason);
    if (results > 0)
        object.insert("results"_L1, results);
    if (sent > 0)
        object.insert("sent"_L1, sent);
    if (changed)
        object.insert("changed"_L1, true);
    if (archived)
        object.insert("archived"_L1, true);
    if (!updated.isEmpty())
        object.insert("updated"_L1, updated);
    return object;
}

WatchJournal::Entry WatchJournal::Entry::fromJson(const QJsonObject &object)
{
    Entry entry;
    entry.folder = object.value("folder"_L1).toString();
    stateFromName(object.value("state"_L1).toString(), &entry.state);
    entry.runId = object.value("run_id"_L1).toString();
    entry.startedAt = object.value("started_at"_L1).toString();
    for (const QJsonValue &id : object.value("batches"_L1).toArray())
        entry.batchIds.append(id.toString());
    entry.fingerprint = object.value("fingerprint"_L1).toString();
    entry.digest = object.value("digest"_L1).toString();
    entry.reason = object.value("reason"_L1).toString();
    entry.results = object.value("results"_L1).toInteger();
    entry.sent = object.value("sent"_L1).toInteger();
    entry.changed = object.value("changed"_L1).toBool();
    entry.archived = object.value("archived"_L1).toBool();
    entry.updated = object.value("updated"_L1).toString();
    return entry;
}

QString WatchJournal::stateName(State state)
{
    switch (state) {
    case State::Waiting:
        return u"waiting"_s;
    case State::Started:
        return u"started"_s;
    case State::Queued:
        return u"queued"_s;
    case State::Done:
        return u"done"_s;
    case State::Failed:
        return u"failed"_s;
    }
    return {};
}

bool WatchJournal::stateFromName(const QString &name, State *state)
{
    for (State s : {State::Waiting, State::Started, State::Queued, State::Done, State::Failed}) {
        if (stateName(s) == name) {
            *state = s;
            return true;
        }
    }
    return false;
}

QString WatchJournal::defaultDirectory(const QString &outboxDirectory)
{
    return QFileInfo(QDir::cleanPath(outboxDirectory)).absolutePath() + u"/watch"_s;
}

QString WatchJournal::canonicalDirectory(const QString &watchedDirectory)
{
    const QFileInfo info(watchedDirectory);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

QString WatchJournal::pathFor(const QString &journalDirectory, const QString &watchedDirectory)
{
    const QString dir = canonicalDirectory(watchedDirectory);
    const QByteArray hash
        = QCryptographicHash::hash(dir.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return journalDirectory + u'/' + QString::fromLatin1(hash) + u".jsonl"_s;
}

WatchJournal::WatchJournal(QString path, const QString &watchedDirectory)
    : m_path(std::move(path))
    , m_watched(canonicalDirectory(watchedDirectory))
{ }

WatchJournal::~WatchJournal() = default;

bool WatchJournal::lock(QString *error)
{
    const QString directory = QFileInfo(m_path).absolutePath();
    QString why;
    if (!QFileInfo(directory).isDir() && !makePrivateDirectory(directory, &why)) {
        *error = tr("%1: cannot create the watch journal's directory: %2").arg(directory, why);
        return false;
    }
    m_lock = std::make_unique<QLockFile>(m_path + u".lock"_s);
    m_lock->setStaleLockTime(0); // only a lock whose process is gone is stale
    // A watcher killed a moment ago may not have been reaped yet: give it a little time.
    if (m_lock->tryLock(3000)) {
        QFile::setPermissions(m_path + u".lock"_s, QFile::ReadOwner | QFile::WriteOwner);
        return lockDirectory(error);
    }
    qint64 pid = 0;
    QString host;
    QString application;
    if (m_lock->error() == QLockFile::LockFailedError && m_lock->getLockInfo(&pid, &host, &application)) {
        *error = tr("%1 is being watched already by process %2 (%3); stop it first, since two watchers "
                    "would send the same folders.")
                     .arg(m_watched)
                     .arg(pid)
                     .arg(application.isEmpty() ? host : application);
    } else {
        *error = tr("%1: cannot take the watch lock (%2).").arg(m_watched, m_path + u".lock"_s);
    }
    m_lock.reset();
    return false;
}

bool WatchJournal::lockDirectory(QString *error)
{
    // The journal's lock keeps out a watcher with the same outbox; this one, in the watched
    // directory itself, one with another outbox, of another user, or on another machine that
    // sees the same share. A directory this process cannot write is watched without it.
    const QString path = QDir(m_watched).filePath(u".benchconnect-watch.lock"_s);
    m_directoryLock = std::make_unique<QLockFile>(path);
    m_directoryLock->setStaleLockTime(0);
    if (m_directoryLock->tryLock(3000)) {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return true;
    }
    qint64 pid = 0;
    QString host;
    QString application;
    if (m_directoryLock->error() == QLockFile::LockFailedError
        && m_directoryLock->getLockInfo(&pid, &host, &application)) {
        *error = tr("%1 is being watched already by process %2 on %3 (%4); stop it first, since two "
                    "watchers would send the same folders. If that process is gone, remove %5.")
                     .arg(m_watched)
                     .arg(pid)
                     .arg(host, application, path);
        m_directoryLock.reset();
        m_lock.reset();
        return false;
    }
    qCDebug(lcWatch) << "watching without a lock in the directory:" << path << m_directoryLock->error();
    m_directoryLock.reset();
    return true;
}

bool WatchJournal::parse(
    const QByteArray &data, QString *watchedDirectory, QMap<QString, Entry> *entries, QString *error)
{
    qsizetype start = 0;
    bool header = true;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            break; // a torn last line: the step it recorded was not taken
        const QByteArray line = data.mid(start, end - start);
        start = end + 1;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!doc.isObject())
            continue; // damaged line: skipped
        const QJsonObject object = doc.object();
        if (header) {
            header = false;
            if (object.contains("watched"_L1)) {
                if (object.value("format"_L1).toInt() > formatVersion) {
                    *error = tr("The watch journal was written by a newer version of benchconnect.");
                    return false;
                }
                if (watchedDirectory)
                    *watchedDirectory = object.value("watched"_L1).toString();
                continue;
            }
        }
        const Entry entry = Entry::fromJson(object);
        if (!entry.folder.isEmpty())
            entries->insert(entry.folder, entry);
    }
    return true;
}

bool WatchJournal::read(
    const QString &path, QString *watchedDirectory, QMap<QString, Entry> *entries, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the watch journal: %2").arg(path, file.errorString());
        return false;
    }
    return parse(file.readAll(), watchedDirectory, entries, error);
}

bool WatchJournal::open(QString *error)
{
    m_entries.clear();
    if (QFile::exists(m_path)) {
        QString watched;
        if (!read(m_path, &watched, &m_entries, error))
            return false;
    }
    // Compact: the last state of each folder only.
    QSaveFile save(m_path);
    if (!save.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write the watch journal: %2").arg(m_path, save.errorString());
        return false;
    }
    save.setPermissions(ownerOnly);
    QByteArray data = QJsonDocument(QJsonObject {{"watched"_L1, m_watched}, {"format"_L1, formatVersion}})
                          .toJson(QJsonDocument::Compact)
        + '\n';
    for (const Entry &entry : std::as_const(m_entries))
        data += QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    QString why;
    if (!commitWhole(save, {data}, &why)) {
        *error = tr("%1: cannot write the watch journal: %2").arg(m_path, why);
        return false;
    }
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = tr("%1: cannot write the watch journal: %2").arg(m_path, m_file.errorString());
        return false;
    }
    m_file.setPermissions(ownerOnly);
    return true;
}

bool WatchJournal::record(Entry entry, QString *error, bool sync)
{
    entry.updated = now();
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(line) != line.size() || !m_file.flush() || (sync && ::fdatasync(m_file.handle()) != 0)) {
        *error = tr("%1: cannot write the watch journal: %2").arg(m_path, m_file.errorString());
        return false;
    }
    qCDebug(lcWatch).noquote() << entry.folder << stateName(entry.state) << entry.runId;
    m_entries.insert(entry.folder, entry);
    return true;
}

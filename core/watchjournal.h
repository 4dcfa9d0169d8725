#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QLockFile>
#include <QLoggingCategory>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcWatch)

// What the folder watcher did with each subfolder of one watched directory, kept beside the outbox
// (WATCH_DIR's journal is <journal directory>/<hash of the directory>.jsonl, owner-only) so that a
// watcher killed at any moment and started again continues each folder where it stopped: with the
// same run id, without writing its results to the outbox twice, and without starting a second run.
//
// The file is append-only: a header line naming the watched directory, then one JSON line per
// change of a folder's state, written before the step it allows is taken (and the start of a run
// synced to the disk, see record()). A torn last line (a kill while writing) is ignored. Opening it rewrites
// it with each folder's last state.
class WatchJournal
{
    Q_DECLARE_TR_FUNCTIONS(WatchJournal)

public:
    enum class State
    {
        Waiting, // complete, not started yet
        Started, // the run id is chosen (the run may exist on the server); results not yet in the outbox
        Queued, // the results are in the outbox (batchIds); sending them and finishing the run
        Done, // every result stored, the run finished
        Failed, // stopped for good: reason says why (the server refused something, unreadable files)
    };

    struct Entry
    {
        QString folder; // the subfolder's name
        State state = State::Waiting;
        QString runId;
        QString startedAt; // the default timestamp of the folder's results (ISO 8601)
        QStringList batchIds; // the outbox batches holding its results
        QString fingerprint; // of the folder's files when its run was started
        QString
            digest; // of their names and contents, then: a folder renamed after it was sent is known by it
        QString reason; // why it failed
        qsizetype results = 0; // results read from the folder
        qsizetype sent = 0; // results the server confirmed
        bool changed = false; // its files changed after it was sent (reported, not sent again)
        bool archived = false; // moved to the archive directory
        QString updated; // when the entry last changed (ISO 8601)

        QJsonObject toJson() const;
        static Entry fromJson(const QJsonObject &object);
    };

    static QString stateName(State state); // "waiting", "started", "queued", "done", "failed"
    static bool stateFromName(const QString &name, State *state);

    // The journals' directory for an outbox directory: "watch" beside it.
    static QString defaultDirectory(const QString &outboxDirectory);
    // The journal of a watched directory (made absolute and canonical when it exists).
    static QString pathFor(const QString &journalDirectory, const QString &watchedDirectory);
    static QString canonicalDirectory(const QString &watchedDirectory);

    WatchJournal(QString path, const QString &watchedDirectory);
    ~WatchJournal();

    QString path() const { return m_path; }
    QString watchedDirectory() const { return m_watched; }

    // Takes the lock of the watched directory (one watcher per directory: the command line's and
    // the window's never both send one folder), beside the journal and in the directory itself.
    // False with *error naming the holder when it is taken.
    bool lock(QString *error);
    // Creates the directory (owner only) and reads the journal, then rewrites it compactly and
    // opens it for appending. Needs the lock.
    bool open(QString *error);
    // Reads a journal without opening it for writing (for --status).
    static bool read(
        const QString &path, QString *watchedDirectory, QMap<QString, Entry> *entries, QString *error);

    bool contains(const QString &folder) const { return m_entries.contains(folder); }
    Entry entry(const QString &folder) const { return m_entries.value(folder); }
    const QMap<QString, Entry> &entries() const { return m_entries; }
    // Records the entry's new state; with sync, it is on the disk before this returns true. Only the
    // start of a run must be (its id must survive a power cut before the run is created); every
    // other state can be found again from the outbox and the server when its line is lost.
    bool record(Entry entry, QString *error, bool sync = false);

private:
    static bool parse(
        const QByteArray &data, QString *watchedDirectory, QMap<QString, Entry> *entries, QString *error);
    // The second lock, in the watched directory itself (see lock()).
    bool lockDirectory(QString *error);

    QString m_path;
    QString m_watched;
    QMap<QString, Entry> m_entries;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QLockFile> m_directoryLock; // in the watched directory
    QFile m_file;
};

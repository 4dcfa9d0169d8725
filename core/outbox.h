#pragma once

#include "resultqueue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QLockFile>
#include <QMutex>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class QThread;

// The durable outbox: every result is written here before it is sent and leaves only when the
// server confirmed it. Results are kept in batch files of up to batchSize results
// (NAME.ndjson: a header line, then one line per result holding the result and where it came
// from), written atomically and synced once per batch; what the server did with each result is
// appended to NAME.done (one JSON line per settled result). Files and the directory are created
// readable by their owner only. A batch being sent is locked (NAME.lock) so that two processes
// never send it at once.
//
// Every file in the directory is accounted for by list(): readable batches, damaged ones (with
// what can be recovered from them), batches a killed submission left unfinished, and leftovers.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    static constexpr int batchSize = 1000;

    struct Batch
    {
        enum class Kind
        {
            Batch, // NAME.ndjson: results to send (perhaps damaged)
            Unfinished, // NAME.ndjson.staged: written by a submission that stopped before sending
            Leftover, // a journal without its batch, or a file that is not the outbox's
        };
        Kind kind = Kind::Batch;
        QString id; // for a leftover: its file name
        QString server; // empty when the header is damaged: the server it was for is unknown
        QDateTime created;
        qsizetype total = 0; // the results that can be read (damaged lines not counted)
        qsizetype confirmed = 0;
        qsizetype refused = 0; // refused by the server as they are: not sent again
        qsizetype damagedLines = 0; // lines that hold no readable result: never sent
        qsizetype lineCount = 0; // lines after the header, readable or not
        QString damage; // what is wrong with the file; empty when nothing is
        QStringList problems; // the last failure of unconfirmed results that had one
        QStringList refusals; // "ORIGIN: REASON" of refused results (the first few)
        bool inUse = false; // locked by a process that is sending it (or writing it)

        qsizetype waiting() const { return total - confirmed - refused; }
        bool isDamaged() const { return !damage.isEmpty(); }
        bool serverKnown() const { return !server.isEmpty(); }
        // Not the outbox's own (a file someone put there): listed, never dropped.
        bool isForeign() const { return kind == Kind::Leftover && !id.endsWith(QLatin1String(".done")); }
    };

    // BENCHCONNECT_OUTBOX, else <AppLocalDataLocation>/outbox.
    static QString defaultDirectory(const QProcessEnvironment &env);
    // The form of a server URL used to match batches to a server: scheme and host in lower case,
    // no default port, no trailing slash. (localhost and 127.0.0.1 stay different hosts.)
    static QString normalizedServer(const QString &url);

    explicit Outbox(QString directory);
    QString directory() const { return m_directory; }
    // Creates the directory (owner only) when needed. The mode of an existing directory is left
    // as the user set it; *warnings says when it lets others in or does not let the owner write.
    bool open(QString *error, QStringList *warnings = nullptr);

    // Writes results for one server into new batches. Until commit() the batches are not
    // visible to queue() (list() shows them as unfinished only once their writer is gone);
    // discard() removes what was written.
    class Writer
    {
    public:
        ~Writer();
        // origin: where the result came from (a file, an NDJSON line), kept with it.
        bool append(const QJsonObject &result, const QString &origin, QString *error);
        bool append(const QJsonObject &result, QString *error) { return append(result, QString(), error); }
        bool commit(QString *error);
        void discard();
        // For a process that is about to end at once (a second Ctrl-C), from any thread while the
        // writer may still be at work: unless the batches were committed, removes every file
        // written (none is left unfinished); either way nothing more is written or committed.
        // True when the batches were committed and stay in the outbox.
        bool abandon();
        qsizetype count() const { return m_count; }
        QStringList batchIds() const { return m_batchIds; }

    private:
        friend class Outbox;
        struct Background;
        struct Entry
        {
            QJsonObject result;
            QString origin;
        };
        using Chunk = QList<Entry>;
        Writer(Outbox *outbox, QString server);
        // One result's line of a batch file.
        static void appendLine(QByteArray *lines, const Entry &entry);
        // Hands the results appended since the last time to the background thread.
        bool handOver(QString *error);
        void writeInBackground();
        // Waits for the background thread to end, having written what waits (or not); false with
        // the first write that failed.
        bool endBackground(bool writeWaiting, QString *error);
        // Writes lines (count results) as a new staged batch, synced.
        bool writeBatch(const QByteArray &lines, int count, QString *error);

        Outbox *m_outbox;
        QString m_server;
        Chunk m_chunk; // appended, not handed over yet
        qsizetype m_count = 0;
        QStringList m_batchIds;
        QHash<QString, qint64> m_sizes; // of the batches written, by id
        std::vector<std::unique_ptr<QLockFile>> m_locks; // on the staged batches until commit
        bool m_committed = false;
        // Held while a batch file is written or the batches are moved into the outbox, so that
        // abandon() never leaves one half made; guards m_batchIds, m_locks, m_committed, m_abandoned.
        QMutex m_filesMutex;
        bool m_abandoned = false;
        std::unique_ptr<Background> m_background;
    };
    std::unique_ptr<Writer> writer(const QString &server);

    // Every batch, unfinished batch and leftover file, in name order.
    QList<Batch> list(QString *error) const;
    // Removes a batch (damaged or not, with its journal), an unfinished batch, or a leftover
    // journal. Files that are not the outbox's are left alone.
    bool drop(const QString &batchId, QString *error);
    // Why drop() would refuse the batch as listed (another process sends it, the file is not the
    // outbox's), or empty: said before anyone is asked to confirm.
    QString whyNotDroppable(const Batch &batch) const;

    // Records newServer as the server of these batches (rewriting a damaged header), so that
    // they are sent there from now on. Fails for a batch in use or that holds no results.
    bool retarget(const QStringList &batchIds, const QString &newServer, QString *error);

    // A queue over the waiting results of the given batches (all batches of server when
    // batchIds is empty; the URLs are compared normalised). Damaged lines and refused results
    // are not handed out; batches whose server is unknown (damaged header) are left out until
    // retarget() names one. Batches in use by another process are skipped and named in *skipped.
    // The queue's files belong to the calling thread, or to usedBy when given (a thread that made
    // the queue for another one to send from).
    std::unique_ptr<ResultQueue> queue(const QString &server, const QStringList &batchIds,
        QStringList *skipped, QString *error, QThread *usedBy = nullptr);

    // A run's finish-run update that waits until the outbox has delivered the run's results: the
    // window quit or was cancelled twice while sending, or the server was gone when the run was to
    // be finished. Kept as RUN_ID.finish beside the batches; "outbox retry" (and the window's) sends
    // it once no result of the run waits any more.
    struct PendingFinish
    {
        QString runId;
        QString server;
        QJsonObject fields; // the PUT /api/runs/ID/ body: finished_timestamp and the rest
    };
    bool recordPendingFinish(const PendingFinish &finish, QString *error);
    QList<PendingFinish> pendingFinishes() const;
    bool clearPendingFinish(const QString &runId);
    QString pendingFinishPath(const QString &runId) const;
    // Whether a batch still holds a result of the run waiting to be sent (refused ones do not wait).
    bool runHasWaitingResults(const QString &runId) const;

    // The run ids of the waiting results in these batches.
    QSet<QString> runIds(const QStringList &batchIds) const;

    QString batchPath(const QString &id) const;
    QString journalPath(const QString &id) const;
    QString lockPath(const QString &id) const;

private:
    // "PATH is not a file of the outbox; left alone …".
    static QString notTheOutboxs(const QString &path);
    // Reads the batch file at path (batch->id set) with its journal into *batch; the indexes of
    // the lines that hold no readable result go to *damagedLines when given.
    bool scan(const QString &path, Batch *batch, QSet<qsizetype> *damagedLines = nullptr) const;
    // With only, the batches of those ids alone (and no other files).
    QList<Batch> list(QString *error, QHash<QString, QSet<qsizetype>> *damagedLines,
        const QStringList *only = nullptr) const;

    QString m_directory;
    // The batches this outbox's writers committed, with their sizes: each line was serialised here
    // from a JSON object and synced, so scan() counts those lines without parsing them again, as
    // long as the file still has the size it was written with.
    QHash<QString, qint64> m_written;
};

#pragma once

#include "resultqueue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QLockFile>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

// The durable outbox: every result is written here before it is sent and leaves only when the
// server confirmed it. Results are kept in batch files of up to batchSize results
// (NAME.ndjson: a header line, then one result per line), written atomically and synced once per
// batch; confirmations are appended to NAME.done (one JSON line per settled result). Files and the
// directory are readable by their owner only. A batch being sent is locked (NAME.lock) so that
// two processes never send it at once.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    static constexpr int batchSize = 1000;

    struct Batch
    {
        QString id;
        QString server;
        QDateTime created;
        qsizetype total = 0;
        qsizetype confirmed = 0;
        QStringList problems; // the last refusal of each unconfirmed result that had one
        bool inUse = false; // locked by a process that is sending it
    };

    // BENCHCONNECT_OUTBOX, else <AppLocalDataLocation>/outbox.
    static QString defaultDirectory(const QProcessEnvironment &env);

    explicit Outbox(QString directory);
    QString directory() const { return m_directory; }
    // Creates the directory (owner only) when needed.
    bool open(QString *error);

    // Writes results for one server into new batches. Until commit() the batches are not
    // visible to list() or retry; discard() removes what was written.
    class Writer
    {
    public:
        ~Writer();
        bool append(const QJsonObject &result, QString *error);
        bool commit(QString *error);
        void discard();
        qsizetype count() const { return m_count; }
        QStringList batchIds() const { return m_batchIds; }

    private:
        friend class Outbox;
        Writer(Outbox *outbox, QString server)
            : m_outbox(outbox)
            , m_server(std::move(server))
        { }
        bool flush(QString *error);

        Outbox *m_outbox;
        QString m_server;
        QByteArray m_pending;
        int m_pendingCount = 0;
        qsizetype m_count = 0;
        QStringList m_batchIds;
        bool m_committed = false;
    };
    std::unique_ptr<Writer> writer(const QString &server);

    QList<Batch> list(QString *error) const;
    bool drop(const QString &batchId, QString *error);

    // A queue over the unconfirmed results of the given batches (all batches of server when
    // batchIds is empty). Batches in use by another process are skipped and named in *skipped.
    std::unique_ptr<ResultQueue> queue(
        const QString &server, const QStringList &batchIds, QStringList *skipped, QString *error);

    // The run ids of the unconfirmed results in these batches.
    QSet<QString> runIds(const QStringList &batchIds) const;

    QString batchPath(const QString &id) const;
    QString journalPath(const QString &id) const;
    QString lockPath(const QString &id) const;

private:
    bool readHeader(const QString &id, Batch *batch) const;
    // The settled state of each result of a batch: index → empty (confirmed) or last problem.
    QHash<qsizetype, QString> readJournal(const QString &id) const;

    QString m_directory;
};

#pragma once

#include "conbenchschema.h"
#include "inputloader.h"
#include "outbox.h"
#include "projectenvironment.h"
#include "watchjournal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <memory>

class ConbenchClient;
class QFileSystemWatcher;
class QTimer;
class FolderJob;

// Watches a results directory: each subfolder is one run once it is complete (it holds the marker
// file, or nothing in it changed for the settle time). A complete folder's run is started, every
// result file in it (any format the adapters recognise) goes through the outbox to the server, the
// run is finished, and the folder is recorded as done in the journal. Exactly once across
// restarts: see WatchJournal. The command line's "watch" and the window's watch mode both drive it.
class FolderWatcher : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString directory;
        QString doneMarker = QStringLiteral(".done");
        int settleSeconds = -1; // < 0: the marker only
        QString reason = QStringLiteral("lab");
        int maxParallel = 1;
        QString archiveDirectory; // empty: folders stay where they are
        bool resendChanged = false;
        bool once = false; // handle what is complete now, then finish
        int rescanSeconds = 30; // the periodic rescan (network shares send no notifications)
        QString outboxDirectory;
        QString journalDirectory; // empty: WatchJournal::defaultDirectory(outboxDirectory)
        ProjectEnvironment project;
        InputSizeLimit limit;
    };

    // What a view shows of one folder.
    enum class FolderState
    {
        Incomplete, // no marker yet, or still changing
        Waiting, // complete, waiting its turn (or for the server)
        Sending,
        Done,
        Failed,
    };
    struct Folder
    {
        QString name;
        FolderState state = FolderState::Incomplete;
        QString runId;
        qsizetype results = 0;
        qsizetype sent = 0;
        QString reason; // why it failed, or a note (changed after it was sent)
        bool changed = false;
    };

    // One run handled (a log line).
    struct RunReport
    {
        QString folder;
        QString runId;
        qsizetype results = 0;
        qsizetype sent = 0;
        qint64 elapsedMs = 0;
        bool ok = false;
        QString reason; // when not ok
    };

    FolderWatcher(ConbenchClient *client, Options options, QObject *parent = nullptr);
    ~FolderWatcher() override;

    // Takes the directory's lock, opens the outbox and the journal, and starts watching. False with
    // *error when any of that fails.
    bool start(QString *error);
    // Starts no new folder; requests on the wire are finished, the rest is left for the next start.
    // finished() follows once nothing is under way.
    void stop();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool isStopping() const { return m_stopping; }

    QList<Folder> folders() const;
    Folder folder(const QString &name) const;
    QString journalPath() const;
    // Counts for the end of --once.
    int doneCount() const { return m_doneCount; }
    int failedCount() const { return m_failedCount; }
    int postponedCount() const { return m_postponed; } // left waiting: the server was unreachable
    bool storageFailed() const { return m_storageFailed; }

    static QString stateName(FolderState state);

signals:
    void folderChanged(const QString &name);
    void runFinished(const FolderWatcher::RunReport &report);
    // Something worth a line of its own: a folder changed after it was sent, an archive problem.
    void notice(const QString &message);
    void finished();

private:
    friend class FolderJob;
    void scheduleScan();
    void scan();
    void fill();
    void jobEnded(FolderJob *job);
    void maybeFinish();
    bool isComplete(const QString &name, const QString &path);
    bool record(const WatchJournal::Entry &entry, bool sync = false);
    void archive(const QString &name);
    void setTransient(const QString &name, FolderState state);

    ConbenchClient *m_client;
    Options m_options;
    std::unique_ptr<WatchJournal> m_journal;
    std::unique_ptr<Outbox> m_outbox;
    QFileSystemWatcher *m_fsWatcher = nullptr;
    QTimer *m_scanTimer = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_retryTimer = nullptr;
    QStringList m_queue; // complete folders to handle, in order
    QSet<QString> m_queued;
    QList<FolderJob *> m_jobs;
    QHash<QString, FolderState> m_transient; // incomplete, sending
    QHash<QString, QDateTime> m_lastChange; // settle mode: when each folder last changed
    QHash<QString, QString> m_lastFingerprint;
    QSet<QString> m_reportedChanged;
    // The server's generation, once the answer to a run told it: until then, results are checked
    // with the rules both generations share, and with each one's when its run is created.
    ConbenchSchema::Generation m_generation = ConbenchSchema::Generation::Unknown;
    bool m_started = false;
    bool m_stopping = false;
    bool m_paused = false;
    bool m_finished = false;
    bool m_serverDown = false; // a folder was postponed: wait before trying again
    bool m_storageFailed = false;
    int m_doneCount = 0;
    int m_failedCount = 0;
    int m_postponed = 0;
};

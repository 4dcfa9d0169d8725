#pragma once

#include "clientsettings.h"
#include "resultpreparer.h"

#include <QFutureWatcherBase>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <atomic>
#include <memory>

class ConbenchClient;
class Outbox;
class Submission;

// "Submit run" as one operation over the core objects the command-line program uses: create the run
// (start run), send its results with a Submission (submit result), then finish it (finish run). A
// current server's 405 on runs is noted and the work carries on, as the command-line program does.
// As on the command line, the results are written to the outbox before any request, and the run's
// finish with them (Outbox::PendingFinish): from then on a quit, a crash or a server gone leaves
// both for an outbox retry. The finish is removed once the run is finished.
class RunSubmitter : public QObject
{
    Q_OBJECT

public:
    struct Input
    {
        int row; // the model row the result came from
        QJsonObject result; // as read, before the run's fields and defaults are added
    };

    RunSubmitter(const ClientSettings &settings, QObject *parent = nullptr);

    // run: augmented (it has its id). preparer: built from RunState::fromRun(run).
    void start(const QJsonObject &run, const ResultPreparer &preparer, const QList<Input> &inputs,
        const QJsonObject &finishFields);
    // Sends nothing new and retries nothing: what is waiting for a retry is given up at once, what
    // is on the wire may finish, then the run is finished with what was sent (one attempt). Called
    // again: abandons the requests on the wire too and leaves the run unfinished.
    void cancel();
    // The window closes: nothing new is sent, the requests on the wire are abandoned, and what is in
    // the outbox stays there, with the run's finish. Results being written are written first.
    void quit();
    // Whether the submission's results are in the outbox (or being written there, to be kept).
    bool holdsResults() const;
    // Whether results of this run were left in the outbox when it ended (not all confirmed, or the
    // run not created): the next submission is another run.
    bool resultsKept() const { return !m_batchIds.isEmpty(); }
    // The results (their index among those sent) the server refused as they are.
    const QSet<qsizetype> &refusedResults() const { return m_refused; }
    bool isAbandoned() const { return m_abandoned; }
    bool isCancelled() const { return m_cancelled; }

    QString runId() const { return m_runId; }
    QUrl runUrl() const;
    ConbenchClient *client() const { return m_client; }
    QString outboxDirectory() const { return m_outboxDirectory; }

    // What finds a result in the outbox again: a hash of what tells results apart on a server (the
    // fields of ConbenchClient::resultKey: run, batch, time and tags), taken from the result as it is
    // written, which is how it reads back. The key itself, a hundred bytes or more kept for every
    // result of a submission, would take 26 MB for 100,000, and making it takes a few times longer.
    static size_t outboxKey(const QJsonObject &result);

signals:
    void logMessage(const QString &message);
    // A result that turned out not to be sendable with the run as the server knows it.
    void resultRejected(int row, const QString &why);
    // The results were written to the outbox, before the run is created. rows: the model row of each,
    // by the submission's index; keys: the outboxKey() of each (to find it in the outbox later).
    void resultsWritten(const QList<int> &rows, const QList<size_t> &keys);
    // The same rows and keys as resultsWritten(), once the results are being sent.
    void submissionStarted(Submission *submission, const QList<int> &rows, const QList<size_t> &keys);
    void finished(bool ok, const QString &summary);

private:
    struct Prepared;
    // Prepares the results and writes them to the outbox on a thread of their own; then calls
    // written() (or, with afterCreation, send()).
    void prepare(bool includeRunTags, bool afterCreation);
    void written(const Prepared &prepared);
    void createRun();
    void runCreated();
    void send(const Prepared &prepared);
    void finishRun();
    // The run's finish as it is now (finished_timestamp: the current time).
    QJsonObject finishUpdate() const;
    // Keeps the run's finish in the outbox, to be sent once its results are delivered; announce says
    // so in the log.
    bool keepFinishInOutbox(const QJsonObject &update, bool announce = true);
    // Removes the results written from the outbox: none of them was sent.
    void dropResults();
    // Removes the run's finish recorded in the outbox.
    void clearFinish();
    void done(bool ok, const QString &summary);

    ConbenchClient *m_client;
    QString m_outboxDirectory;
    QJsonObject m_run;
    QString m_runId;
    ResultPreparer m_preparer;
    QList<Input> m_inputs;
    QJsonObject m_finish;
    QPointer<Submission> m_submission;
    QPointer<QFutureWatcherBase> m_writing; // the results being prepared and written
    std::shared_ptr<Prepared> m_prepared; // written, not sent yet (the queue holds their locks)
    QStringList m_batchIds; // the batches written to the outbox and kept there
    QSet<qsizetype> m_refused;
    bool m_runTagsIncluded = false; // the results were written with run_tags
    std::shared_ptr<Outbox> m_outbox; // the preparing thread's until it is done, then this thread's
    // Set by cancel(): the preparing thread writes no more and keeps nothing it wrote.
    std::shared_ptr<std::atomic<bool>> m_stopWriting = std::make_shared<std::atomic<bool>>(false);
    bool m_implicitRuns = false;
    bool m_runCreated = false;
    bool m_finishKept = false; // the finish waits in the outbox (abandoned while sending)
    bool m_finishRecorded = false; // the finish was recorded with the results
    bool m_cancelled = false;
    bool m_abandoned = false;
    bool m_done = false;
    qsizetype m_sent = 0;
    qsizetype m_failed = 0;
    qsizetype m_rejected = 0;
};

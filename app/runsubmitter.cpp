#include "runsubmitter.h"

#include "augmenter.h"
#include "conbenchclient.h"
#include "outbox.h"
#include "submission.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

// What the preparing thread did: the results it found not sendable, and the others, written to the
// outbox (committed batches, nothing sent yet) with their rows and keys; or why they could not be.
struct RunSubmitter::Prepared
{
    QList<QPair<int, QString>> rejected;
    qsizetype valid = 0; // the results found sendable
    QList<int> rows; // of those written to the outbox
    QList<size_t> keys;
    QStringList batchIds;
    std::shared_ptr<Outbox> outbox; // the queue's, kept as long as it is (declared before it)
    // The queue over those batches, made on the preparing thread too (opening a hundred batches takes
    // a while); empty once send() took it. Deleted with the last copy when nobody took it.
    std::shared_ptr<std::unique_ptr<ResultQueue>> queue = std::make_shared<std::unique_ptr<ResultQueue>>();
    QString error; // the outbox could not be written or read: nothing of it is left
};

size_t RunSubmitter::outboxKey(const QJsonObject &result)
{
    return qHashMulti(0, result.value("run_id"_L1), result.value("batch_id"_L1), result.value("timestamp"_L1),
        result.value("tags"_L1));
}

RunSubmitter::RunSubmitter(const ClientSettings &settings, QObject *parent)
    : QObject(parent)
    , m_client(new ConbenchClient(settings, this))
    , m_outboxDirectory(Outbox::defaultDirectory(QProcessEnvironment::systemEnvironment()))
    , m_preparer({}, Augmenter(ProjectEnvironment(), {}))
{
    connect(m_client, &ConbenchClient::retrying, this,
        [this](const QString &what, const QString &problem, qint64 delayMs) {
            emit logMessage(tr("%1 failed (%2); trying again in %3 s.")
                                .arg(what, problem, QString::number(delayMs / 1000.0, 'f', 1)));
        });
    connect(m_client, &ConbenchClient::loggedIn, this,
        [this] { emit logMessage(tr("Logged in as %1.").arg(m_client->settings().email)); });
}

QUrl RunSubmitter::runUrl() const
{
    QUrl url = m_client->settings().baseUrl;
    url.setPath(url.path() + u"/runs/%1/"_s.arg(m_runId));
    return url;
}

void RunSubmitter::start(const QJsonObject &run, const ResultPreparer &preparer, const QList<Input> &inputs,
    const QJsonObject &finishFields)
{
    m_run = run;
    m_runId = run.value("id"_L1).toString();
    m_preparer = preparer;
    m_inputs = inputs;
    m_finish = finishFields;
    emit logMessage(
        tr("Creating run %1 on %2…").arg(m_runId, m_client->settings().baseUrl.toDisplayString()));
    ApiCall *call = m_client->createRun(run);
    connect(call, &ApiCall::finished, this, [this, call] {
        m_runCreated = call->succeeded() || ConbenchClient::keepsRunsImplicitly(call);
        if (ConbenchClient::keepsRunsImplicitly(call)) {
            m_implicitRuns = true;
            emit logMessage(
                tr("This Conbench server keeps runs implicitly: a run exists through its results "
                   "(the server answered 405 to the run endpoint). The run appears with its first "
                   "result."));
        } else if (!call->succeeded()) {
            done(false,
                call->outcome() == ApiCall::Outcome::Aborted
                    ? tr("Cancelled before the run was created; nothing was sent.")
                    : tr("The run was not created: %1").arg(call->message()));
            return;
        } else {
            emit logMessage(tr("Run %1 created.").arg(m_runId));
        }
        runCreated();
    });
}

void RunSubmitter::runCreated()
{
    if (m_cancelled) {
        finishRun();
        return;
    }
    // Only servers since late 2023 (those that keep runs implicitly) take run_tags on results.
    m_preparer.setIncludeRunTags(m_implicitRuns);
    if (!m_implicitRuns && !m_preparer.runTags().isEmpty())
        emit logMessage(
            tr("This server (before late 2023) does not know run tags; they are left out of the results."));
    auto *watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcher<Prepared>::finished, this, [this, watcher] {
        const Prepared prepared = watcher->result();
        watcher->deleteLater();
        for (const auto &[row, why] : prepared.rejected) {
            ++m_rejected;
            emit resultRejected(row, why);
        }
        send(prepared);
    });
    // Preparing the results, and writing them to the outbox (serialising, writing and syncing them),
    // happen on a thread of their own: for many results they take seconds, and the window stays
    // responsive meanwhile. The outbox object goes with them, and comes back to this thread (which
    // reads the batches without parsing them again: it knows what was written).
    const ResultPreparer preparer = m_preparer;
    const QList<Input> inputs = m_inputs;
    m_inputs.clear();
    m_outbox = std::make_shared<Outbox>(m_outboxDirectory);
    const std::shared_ptr<Outbox> outbox = m_outbox;
    const QString server = m_client->settings().baseUrl.toString();
    const std::shared_ptr<std::atomic<bool>> cancelled = m_stopWriting;
    QThread *sender = thread();
    watcher->setFuture(QtConcurrent::run([preparer, inputs, outbox, server, cancelled, sender] {
        Prepared out;
        // As on the command line, every result goes to the outbox first and leaves it only when the
        // server confirmed it; what is not confirmed waits there for "benchconnect outbox retry".
        auto writer = outbox->writer(server);
        bool written = outbox->open(&out.error);
        for (const Input &input : inputs) {
            QJsonObject result;
            QString why;
            if (!preparer.prepare(input.result, &result, &why)) {
                out.rejected.append({input.row, why});
                continue;
            }
            ++out.valid;
            if (!written || cancelled->load())
                continue;
            written = writer->append(result, &out.error);
            out.rows.append(input.row);
            out.keys.append(outboxKey(result));
        }
        // Cancelled before anything was sent: nothing is kept.
        if (written && !cancelled->load() && out.valid > 0 && writer->commit(&out.error)) {
            out.batchIds = writer->batchIds();
            QStringList skipped; // none: they are new
            out.outbox = outbox;
            *out.queue = outbox->queue(server, out.batchIds, &skipped, &out.error, sender);
        } else {
            writer->discard();
        }
        return out;
    }));
}

void RunSubmitter::send(const Prepared &prepared)
{
    std::unique_ptr<ResultQueue> queue = std::move(*prepared.queue);
    if (m_cancelled) {
        // Written, not sent: not kept.
        queue.reset(); // unlocks the batches
        QString ignored;
        for (const QString &id : prepared.batchIds)
            m_outbox->drop(id, &ignored);
        finishRun();
        return;
    }
    const QString error = prepared.error;
    if (!queue && prepared.valid == 0 && error.isEmpty())
        queue = std::make_unique<MemoryQueue>(); // every result was found not sendable
    if (!queue) {
        m_failed = prepared.valid;
        finishRun();
        emit logMessage(
            tr("Nothing was sent: the results could not be written to the outbox (%1).").arg(error));
        return;
    }
    auto *submission = new Submission(m_client, this);
    m_submission = submission;
    submission->setQueue(std::move(queue));
    connect(submission, &Submission::finished, this, [this, submission] {
        m_sent = submission->sent();
        m_failed = submission->failed();
        emit logMessage(tr("Results sent: %L1 of %L2, failed: %L3%4, in %L5 s.")
                            .arg(submission->sent())
                            .arg(submission->total())
                            .arg(submission->failed())
                            .arg(submission->isCancelled() ? tr(" (cancelled)") : QString())
                            .arg(QString::number(submission->elapsedMs() / 1000.0, 'f', 1)));
        if (submission->total() > submission->sent())
            emit logMessage(tr("%Ln results wait in the outbox (%1): Outbox… in this window, or "
                               "\"benchconnect outbox retry\", sends them.",
                nullptr, int(submission->total() - submission->sent()))
                                .arg(m_outboxDirectory));
        submission->deleteLater();
        // From the event loop: a Cancel that ended the submission has given up the client's
        // waiting requests by then, so the finish-run update gets its one attempt.
        QMetaObject::invokeMethod(this, &RunSubmitter::finishRun, Qt::QueuedConnection);
    });
    emit submissionStarted(submission, prepared.rows, prepared.keys);
    emit logMessage(tr("Sending results: %L1…").arg(prepared.rows.size()));
    submission->start();
}

bool RunSubmitter::keepFinishInOutbox(const QJsonObject &update)
{
    if (m_implicitRuns)
        return false; // the server has no run to finish
    QString error;
    if (!Outbox(m_outboxDirectory)
             .recordPendingFinish({m_runId, m_client->settings().baseUrl.toString(), update}, &error)) {
        emit logMessage(tr("The run's finish could not be kept in the outbox: %1").arg(error));
        return false;
    }
    emit logMessage(
        tr("The run's finish waits in the outbox: Outbox… (or \"benchconnect outbox retry\") sends "
           "it once the run's results are delivered."));
    return true;
}

void RunSubmitter::finishRun()
{
    QJsonObject update = m_finish;
    update.insert("finished_timestamp"_L1, Augmenter::timestamp(QDateTime::currentDateTimeUtc()));
    if (m_abandoned) {
        done(false,
            m_finishKept ? tr(
                "Cancelled: %L1 sent, %L2 not confirmed; the run is finished when the outbox has delivered "
                "its results.")
                               .arg(m_sent)
                               .arg(m_failed)
                         : tr("Cancelled: %L1 sent, %L2 not confirmed; the run was left unfinished.")
                               .arg(m_sent)
                               .arg(m_failed));
        return;
    }
    ApiCall *call = m_client->updateRun(m_runId, update);
    connect(call, &ApiCall::finished, this, [this, call, update] {
        QString counts = tr("%L1 sent, %L2 failed").arg(m_sent).arg(m_failed);
        if (m_rejected > 0)
            counts += tr(", %L1 found invalid when sending").arg(m_rejected);
        if (ConbenchClient::keepsRunsImplicitly(call)) {
            emit logMessage(m_finish.contains("error_type"_L1) || m_finish.contains("error_info"_L1)
                    ? tr("The server keeps runs implicitly (405): error_type and error_info cannot be stored "
                         "on it.")
                    : tr("The server keeps runs implicitly (405): there is no run to mark finished."));
        } else if (!call->succeeded()) {
            if (call->outcome() == ApiCall::Outcome::Unreachable
                || call->outcome() == ApiCall::Outcome::Aborted)
                keepFinishInOutbox(update);
            done(false, tr("The run was not finished: %1 (%2)").arg(call->message(), counts));
            return;
        } else {
            emit logMessage(tr("Run %1 finished.").arg(m_runId));
        }
        const bool ok = m_failed == 0 && !m_cancelled;
        done(ok,
            m_cancelled ? tr("Cancelled: %1.").arg(counts)
                : ok    ? tr("Done: %1.").arg(counts)
                        : tr("Finished with failures: %1.").arg(counts));
    });
}

void RunSubmitter::cancel()
{
    if (m_done)
        return;
    if (m_cancelled) {
        // Cancel again: abandon the requests on the wire too, and do not finish the run.
        if (m_abandoned)
            return;
        m_abandoned = true;
        emit logMessage(tr("Cancelling now: the requests under way are abandoned."));
        // The window may be closing: the finish is kept in the outbox now, to be sent once the run's
        // results are delivered.
        if (m_runCreated) {
            QJsonObject update = m_finish;
            update.insert("finished_timestamp"_L1, Augmenter::timestamp(QDateTime::currentDateTimeUtc()));
            m_finishKept = keepFinishInOutbox(update);
        }
        if (m_submission)
            m_submission->cancel();
        m_client->abortAll();
        return;
    }
    m_cancelled = true;
    m_stopWriting->store(true);
    emit logMessage(tr("Cancelling: nothing new is sent, and nothing is tried again; the requests on the "
                       "wire may finish. Cancel again to abandon them."));
    if (m_submission)
        m_submission->cancel();
    m_client->abortWaiting();
}

void RunSubmitter::done(bool ok, const QString &summary)
{
    if (m_done)
        return;
    m_done = true;
    emit logMessage(summary);
    emit finished(ok, summary);
}

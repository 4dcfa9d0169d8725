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
            emit logMessage(ConbenchClient::retryNotice(what, problem, delayMs));
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
    // As on the command line, the results go to the outbox before any request: from then on a quit, a
    // crash or a server gone leaves them there. Only servers since late 2023 (those that keep runs
    // implicitly) take run_tags on results, and which kind the server is shows when the run is
    // created: results with run tags are written for such a server, and written again without them
    // when it turns out older.
    emit logMessage(tr("Writing the results to the outbox…"));
    prepare(!m_preparer.runTags().isEmpty(), false);
}

void RunSubmitter::prepare(bool includeRunTags, bool afterCreation)
{
    m_runTagsIncluded = includeRunTags;
    auto *watcher = new QFutureWatcher<Prepared>(this);
    m_writing = watcher;
    connect(watcher, &QFutureWatcher<Prepared>::finished, this, [this, watcher, afterCreation] {
        const Prepared prepared = watcher->result();
        watcher->deleteLater();
        m_writing = nullptr;
        if (!afterCreation) {
            written(prepared);
            return;
        }
        // Written again without run tags: those batches replace the first ones.
        if (m_cancelled || !prepared.error.isEmpty()) {
            if (!prepared.batchIds.isEmpty()) {
                prepared.queue->reset();
                QString ignored;
                for (const QString &id : prepared.batchIds)
                    Outbox(m_outboxDirectory).drop(id, &ignored);
            }
            if (!m_cancelled)
                m_failed = prepared.valid;
            dropResults();
            if (!prepared.error.isEmpty())
                emit logMessage(tr("Nothing was sent: the results could not be written to the outbox (%1).")
                                    .arg(prepared.error));
            finishRun();
            return;
        }
        dropResults();
        m_prepared = std::make_shared<Prepared>(prepared);
        m_batchIds = prepared.batchIds;
        send(prepared);
    });
    // Preparing the results, and writing them to the outbox (serialising, writing and syncing them),
    // happen on a thread of their own: for many results they take seconds, and the window stays
    // responsive meanwhile. The outbox object goes with them, and comes back to this thread (which
    // reads the batches without parsing them again: it knows what was written).
    ResultPreparer preparer = m_preparer;
    preparer.setIncludeRunTags(includeRunTags);
    const QList<Input> inputs = m_inputs;
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

void RunSubmitter::written(const Prepared &prepared)
{
    for (const auto &[row, why] : prepared.rejected) {
        ++m_rejected;
        emit resultRejected(row, why);
    }
    m_prepared = std::make_shared<Prepared>(prepared);
    m_batchIds = prepared.batchIds;
    if (!prepared.error.isEmpty()) {
        dropResults();
        done(false,
            tr("Nothing was sent: the results could not be written to the outbox (%1).").arg(prepared.error));
        return;
    }
    if (m_cancelled) {
        dropResults();
        done(false, tr("Cancelled before the run was created; nothing was sent."));
        return;
    }
    if (!m_batchIds.isEmpty()) {
        // The run's finish goes with them: a crash from here on leaves it for the outbox retry, which
        // sends it once the run's results are delivered.
        m_finishRecorded = keepFinishInOutbox(finishUpdate(), false);
        emit resultsWritten(prepared.rows, prepared.keys);
        emit logMessage(tr("%Ln results written to the outbox (%1).", nullptr, int(prepared.rows.size()))
                            .arg(m_outboxDirectory));
    }
    createRun();
}

void RunSubmitter::createRun()
{
    emit logMessage(
        tr("Creating run %1 on %2…").arg(m_runId, m_client->settings().baseUrl.toDisplayString()));
    ApiCall *call = m_client->createRun(m_run);
    connect(call, &ApiCall::finished, this, [this, call] {
        m_runCreated = call->succeeded() || ConbenchClient::keepsRunsImplicitly(call);
        if (ConbenchClient::keepsRunsImplicitly(call)) {
            m_implicitRuns = true;
            clearFinish(); // there is no run to finish
            emit logMessage(
                tr("This Conbench server keeps runs implicitly: a run exists through its results "
                   "(the server answered 405 to the run endpoint). The run appears with its first "
                   "result."));
        } else if (!call->succeeded()) {
            if (m_abandoned) {
                // Quit or cancelled twice: the results and the run's finish stay in the outbox.
                done(false,
                    resultsKept() ? tr("Cancelled before the run was created; its results and its finish "
                                       "wait in the outbox.")
                                  : tr("Cancelled before the run was created; nothing was sent."));
                return;
            }
            if (call->outcome() == ApiCall::Outcome::Unreachable && resultsKept()) {
                // The server is gone: as on the command line, what was accepted waits in the outbox
                // (the results create the run when they are delivered; then it gets its finish).
                if (m_prepared)
                    m_prepared->queue->reset(); // unlocks the batches for a retry
                done(false,
                    tr("The run was not created: %1. Its results wait in the outbox with its finish: "
                       "Outbox… sends them once the server answers.")
                        .arg(call->message()));
                return;
            }
            // Refused, or cancelled: nothing was sent, and nothing is kept.
            dropResults();
            clearFinish();
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
        dropResults(); // written, not sent: not kept
        finishRun();
        return;
    }
    m_preparer.setIncludeRunTags(m_implicitRuns);
    if (!m_implicitRuns && !m_preparer.runTags().isEmpty())
        emit logMessage(
            tr("This server (before late 2023) does not know run tags; they are left out of the results."));
    if (!m_preparer.runTags().isEmpty() && m_runTagsIncluded != m_implicitRuns) {
        prepare(m_implicitRuns, true); // written for the other kind of server: written again
        return;
    }
    send(*m_prepared);
}

void RunSubmitter::dropResults()
{
    if (m_prepared) {
        m_prepared->queue->reset(); // unlocks the batches
        m_prepared.reset();
    }
    QString ignored;
    for (const QString &id : std::as_const(m_batchIds))
        Outbox(m_outboxDirectory).drop(id, &ignored);
    m_batchIds.clear();
}

void RunSubmitter::clearFinish()
{
    if (std::exchange(m_finishRecorded, false))
        Outbox(m_outboxDirectory).clearPendingFinish(m_runId);
}

bool RunSubmitter::holdsResults() const
{
    return resultsKept() || (m_writing && !m_cancelled);
}

QJsonObject RunSubmitter::finishUpdate() const
{
    QJsonObject update = m_finish;
    update.insert("finished_timestamp"_L1, Augmenter::timestamp(QDateTime::currentDateTimeUtc()));
    return update;
}

void RunSubmitter::send(const Prepared &prepared)
{
    std::unique_ptr<ResultQueue> queue = std::move(*prepared.queue);
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
        for (const Submission::Failure &failure : submission->failures()) {
            if (!failure.refused)
                continue;
            // Kept apart in the outbox and not sent again: it cannot succeed as it is.
            m_refused.insert(failure.index);
            emit logMessage(tr("Refused by the server: %1: %2").arg(failure.origin, failure.message));
        }
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

bool RunSubmitter::keepFinishInOutbox(const QJsonObject &update, bool announce)
{
    if (m_implicitRuns)
        return false; // the server has no run to finish
    QString error;
    if (!Outbox(m_outboxDirectory)
             .recordPendingFinish({m_runId, m_client->settings().baseUrl.toString(), update}, &error)) {
        emit logMessage(tr("The run's finish could not be kept in the outbox: %1").arg(error));
        return false;
    }
    m_finishRecorded = true;
    if (!announce)
        return true;
    emit logMessage(
        tr("The run's finish waits in the outbox: Outbox… (or \"benchconnect outbox retry\") sends "
           "it once the run's results are delivered."));
    return true;
}

void RunSubmitter::finishRun()
{
    const QJsonObject update = finishUpdate();
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
            clearFinish();
            emit logMessage(m_finish.contains("error_type"_L1) || m_finish.contains("error_info"_L1)
                    ? tr("The server keeps runs implicitly (405): error_type and error_info cannot be stored "
                         "on it.")
                    : tr("The server keeps runs implicitly (405): there is no run to mark finished."));
        } else if (!call->succeeded()) {
            if (call->outcome() == ApiCall::Outcome::Unreachable
                || call->outcome() == ApiCall::Outcome::Aborted)
                keepFinishInOutbox(update);
            else
                clearFinish(); // refused: sending it again would not help
            done(false, tr("The run was not finished: %1 (%2)").arg(call->message(), counts));
            return;
        } else {
            clearFinish();
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
        if (m_runCreated || resultsKept())
            m_finishKept = keepFinishInOutbox(finishUpdate());
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

void RunSubmitter::quit()
{
    if (m_done)
        return;
    if (m_writing) {
        // Results being written are written whole, and kept (unless a Cancel stopped the writing).
        auto *watcher = static_cast<QFutureWatcher<Prepared> *>(m_writing.data());
        watcher->disconnect(this);
        watcher->waitForFinished();
        const Prepared prepared = watcher->result();
        watcher->deleteLater();
        m_writing = nullptr;
        if (!m_runCreated) {
            m_prepared = std::make_shared<Prepared>(prepared);
            m_batchIds = prepared.batchIds;
        } else if (!prepared.batchIds.isEmpty()) {
            dropResults(); // written again without run tags: those replace them
            m_prepared = std::make_shared<Prepared>(prepared);
            m_batchIds = prepared.batchIds;
        }
    }
    m_cancelled = true;
    m_abandoned = true;
    m_stopWriting->store(true);
    emit logMessage(tr("Cancelling now: the requests under way are abandoned."));
    if (m_runCreated || resultsKept())
        m_finishKept = keepFinishInOutbox(finishUpdate());
    else
        clearFinish();
    if (m_prepared)
        m_prepared->queue->reset(); // unlocks the batches not handed to the submission
    if (m_submission) {
        m_submission->cancel();
        m_submission->cancel();
    }
    m_client->abortAll();
}

void RunSubmitter::done(bool ok, const QString &summary)
{
    if (m_done)
        return;
    m_done = true;
    emit logMessage(summary);
    emit finished(ok, summary);
}

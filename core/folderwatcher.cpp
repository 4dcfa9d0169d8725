#include "folderwatcher.h"

#include "adaptersource.h"
#include "augmenter.h"
#include "conbenchclient.h"
#include "machineinfo.h"
#include "privatedirectory.h"
#include "projectenvironment.h"
#include "runstate.h"
#include "submission.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

QString runFileName()
{
    return u"run.json"_s;
}

// The files of a folder that count: regular files, not hidden (the marker is hidden by default),
// in name order.
QFileInfoList folderFiles(const QString &path)
{
    return QDir(path).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
}

// What the folder's files are: names, sizes and modification times (the marker left out).
QString fingerprint(const QString &path, const QString &marker, QDateTime *newest = nullptr)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QFileInfoList files
        = QDir(path).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &file : files) {
        if (file.fileName() == marker)
            continue;
        const QDateTime modified = file.lastModified().toUTC();
        if (newest && (!newest->isValid() || modified > *newest))
            *newest = modified;
        hash.addData(file.fileName().toUtf8());
        hash.addData(
            QByteArray::number(file.size()) + '\t' + QByteArray::number(modified.toMSecsSinceEpoch()) + '\n');
    }
    return QString::fromLatin1(hash.result().toHex());
}

// What the folder's files hold: their names and contents (the marker left out). Two folders with
// the same digest hold the same results.
QString contentDigest(const QString &path, const QString &marker)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QFileInfoList files
        = QDir(path).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : files) {
        if (info.fileName() == marker)
            continue;
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            return {}; // unknown: it matches nothing
        hash.addData(info.fileName().toUtf8() + '\0' + QByteArray::number(info.size()) + '\0');
        if (!hash.addData(&file))
            return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

// Copies the folder from into to (which must not exist), its subfolders too; false with *why when
// a file could not be copied (what was copied is removed again).
bool copyFolder(const QString &from, const QString &to, QString *why)
{
    const auto fail = [&](const QString &reason) {
        *why = reason;
        QDir(to).removeRecursively();
        return false;
    };
    if (!QDir().mkpath(to))
        return fail(FolderWatcher::tr("%1 cannot be created").arg(to));
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(info.filePath()));
        if (info.isDir() && !info.isSymLink()) {
            if (!QDir().mkpath(target))
                return fail(FolderWatcher::tr("%1 cannot be created").arg(target));
        } else if (QFile source(info.filePath()); !source.copy(target)) {
            return fail(u"%1: %2"_s.arg(info.filePath(), source.errorString()));
        }
    }
    return true;
}

// What is wrong in a folder's run.json that the server would not take as meant: a key it does
// not know (a 2023 server refuses the run, a current one drops it: a misspelt "reason" is lost) and
// a commit that is not a full SHA (Conbench files the run under a commit it does not know).
QStringList runFileProblems(const QJsonObject &run)
{
    // RunCreate's fields, and what watch reads besides: the result spellings and the README's names.
    static const QStringList known {u"reason"_s, u"name"_s, u"info"_s, u"github"_s, u"tags"_s, u"hardware"_s,
        u"machine_info"_s, u"cluster_info"_s, u"run_reason"_s, u"run_name"_s, u"run_tags"_s,
        u"finished_timestamp"_s, u"error_type"_s, u"error_info"_s, u"id"_s, u"run_id"_s};
    QStringList problems;
    for (auto it = run.constBegin(); it != run.constEnd(); ++it) {
        if (!known.contains(it.key()))
            problems.append(
                FolderWatcher::tr("%1: unknown key \"%2\": a Conbench server would refuse the run "
                                  "or drop the key (run.json gives reason, name, info, github, "
                                  "tags, hardware, or Conbench's other run fields)")
                    .arg(runFileName(), it.key()));
    }
    const QJsonValue commit = run.value("github"_L1).toObject().value("commit"_L1);
    if (commit.isString() && !ProjectEnvironment::isCommitHash(commit.toString()))
        problems.append(FolderWatcher::tr("%1: the commit \"%2\" is not a 40-character hexadecimal SHA: "
                                          "Conbench would file the run under a commit it does not know; give "
                                          "the full SHA (git rev-parse HEAD)")
                            .arg(runFileName(), commit.toString()));
    return problems;
}

// A result's problems, as one line.
QString problemText(const QList<ConbenchSchema::Problem> &problems)
{
    QStringList texts;
    for (const ConbenchSchema::Problem &problem : problems)
        texts.append(problem.text());
    return texts.join(u", "_s);
}

bool lacksGithub(const QList<ConbenchSchema::Problem> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const ConbenchSchema::Problem &problem) {
        return problem.field == "github"_L1 && problem.reason == ConbenchSchema::tr("missing (required)");
    });
}

// A batch_id that is the same every time the folder's results are read again after a restart, so
// that a result found on the server is recognised as the one about to be sent.
QString derivedBatchId(const QString &runId, const QString &origin)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((runId + u'\n' + origin).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(32));
}

} // namespace

// One folder's run, from its start to the journal's "done", step by step on the event loop.
class FolderJob : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(FolderWatcher)

public:
    enum class End
    {
        Done,
        Failed,
        Postponed, // the server could not be reached: tried again later
        Cancelled, // stopped: continued on the next start
        StorageError,
    };

    FolderJob(FolderWatcher *watcher, WatchJournal::Entry entry, bool fresh)
        : QObject(watcher)
        , m_watcher(watcher)
        , m_entry(std::move(entry))
        , m_fresh(fresh)
        , m_path(QDir(watcher->m_options.directory).filePath(m_entry.folder))
    { }

    QString folder() const { return m_entry.folder; }
    const WatchJournal::Entry &entry() const { return m_entry; }
    End end() const { return m_end; }
    QString message() const { return m_message; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    void start()
    {
        m_clock.start();
        if (m_entry.state == WatchJournal::State::Waiting) {
            m_entry.runId = Augmenter::newId();
            m_entry.startedAt = Augmenter::timestamp(QDateTime::currentDateTimeUtc());
            m_entry.fingerprint = fingerprint(m_path, m_watcher->m_options.doneMarker);
            m_entry.digest = contentDigest(m_path, m_watcher->m_options.doneMarker);
            m_entry.state = WatchJournal::State::Started;
            m_entry.results = m_entry.sent = 0;
            m_entry.reason.clear();
            m_entry.batchIds.clear();
            m_entry.changed = false;
            if (!record())
                return;
            m_fresh = true;
        } else {
            m_fresh = false;
        }
        if (m_entry.state == WatchJournal::State::Started) {
            if (!m_fresh && adopt())
                return send();
            if (m_entry.state == WatchJournal::State::Started)
                prepare();
            return;
        }
        send();
    }

    void cancel()
    {
        m_cancelled = true;
        if (m_submission)
            m_submission->cancel();
    }

private:
    ConbenchClient *client() const { return m_watcher->m_client; }
    Outbox *outbox() const { return m_watcher->m_outbox.get(); }
    QString server() const;

    bool record()
    {
        // The run id must be on the disk before the run is created; the rest can be found again.
        if (m_watcher->record(m_entry, m_entry.state == WatchJournal::State::Started))
            return true;
        finish(End::StorageError, tr("the watch journal cannot be written"));
        return false;
    }

    void finish(End end, const QString &message = {})
    {
        m_end = end;
        m_message = message;
        if (m_writer)
            m_writer->discard();
        m_writer.reset();
        QTimer::singleShot(0, m_watcher, [watcher = m_watcher, self = this] { watcher->jobEnded(self); });
    }

    // After a restart in the middle of writing the folder's results to the outbox: batches that
    // were committed are taken as the folder's (true when some were); unfinished ones are removed.
    bool adopt()
    {
        QString error;
        const QList<Outbox::Batch> batches = outbox()->list(&error);
        const QByteArray needle = m_entry.runId.toUtf8();
        QStringList committed;
        bool unfinished = false;
        for (const Outbox::Batch &batch : batches) {
            if (batch.kind == Outbox::Batch::Kind::Leftover || batch.inUse)
                continue;
            QString path = outbox()->batchPath(batch.id);
            if (batch.kind == Outbox::Batch::Kind::Unfinished) {
                const QStringList staged
                    = QDir(outbox()->directory()).entryList({batch.id + u".ndjson.staged*"_s}, QDir::Files);
                path = staged.isEmpty() ? QString()
                                        : QDir(outbox()->directory()).filePath(staged.constFirst());
            }
            QFile file(path);
            if (path.isEmpty() || !file.open(QIODevice::ReadOnly) || !file.readAll().contains(needle))
                continue;
            if (batch.kind == Outbox::Batch::Kind::Unfinished)
                unfinished = true;
            else
                committed.append(batch.id);
            if (batch.kind == Outbox::Batch::Kind::Unfinished)
                outbox()->drop(batch.id, &error);
        }
        if (committed.isEmpty())
            return false;
        if (unfinished) {
            // Part of the folder was committed: write all of it again (the look-up on the server
            // keeps what was sent of it from being stored twice).
            for (const QString &id : std::as_const(committed))
                outbox()->drop(id, &error);
            return false;
        }
        m_entry.batchIds = committed;
        m_entry.state = WatchJournal::State::Queued;
        return record();
    }

    void prepare()
    {
        const FolderWatcher::Options &options = m_watcher->m_options;
        QStringList problems;
        QJsonObject run;
        const QString runPath = QDir(m_path).filePath(runFileName());
        if (QFileInfo::exists(runPath)) {
            QFile file(runPath);
            QString error;
            if (!file.open(QIODevice::ReadOnly))
                problems.append(tr("%1: cannot be read: %2").arg(runFileName(), file.errorString()));
            else if (!InputLoader::parseObject(file.readAll(), &run, &error))
                problems.append(tr("%1: %2").arg(runFileName(), error));
        }
        problems += runFileProblems(run);
        if (run.contains("hardware"_L1) && !run.contains("machine_info"_L1)
            && !run.contains("cluster_info"_L1))
            run.insert("machine_info"_L1, run.value("hardware"_L1));
        run.remove("hardware"_L1);
        QJsonObject runTags = run.value("run_tags"_L1).toObject();
        if (runTags.isEmpty())
            runTags = run.value("tags"_L1).toObject();
        run.remove("run_tags"_L1);
        run.remove("tags"_L1);
        if (run.value("reason"_L1).toString().isEmpty() && run.value("run_reason"_L1).toString().isEmpty())
            run.insert("reason"_L1, options.reason);
        // The run's id is watch's own (in the journal: a restart continues the same run).
        for (const auto key : {"id"_L1, "run_id"_L1}) {
            const QString given = run.value(key).toString();
            if (!given.isEmpty() && given != m_entry.runId)
                emit m_watcher->notice(tr(
                    "%1: %2: the run id \"%3\" it gives is not used: watch gives each folder's run an id of "
                    "its own, kept in its journal so that a restart continues the same run (this one is %4)")
                                           .arg(m_entry.folder, runFileName(), given, m_entry.runId));
        }
        run.insert("id"_L1, m_entry.runId);
        run.remove("run_id"_L1);
        const Augmenter augmenter(options.project, [] { return MachineInfo::current(); });
        QString error;
        if (!augmenter.augmentRun(&run, nullptr, &error))
            problems.append(tr("%1: %2").arg(runFileName(), error));
        m_run = run;
        const QJsonObject state = RunState::fromRun(run);

        m_writer = outbox()->writer(server());
        for (const QFileInfo &file : folderFiles(m_path)) {
            if (file.fileName() == runFileName() || file.fileName() == options.doneMarker)
                continue;
            QString why; // each file's own
            auto source = AdapterSource::fromPath(file.filePath(), u"auto"_s, &why, options.limit);
            if (!source) {
                problems.append(why);
                continue;
            }
            for (;;) {
                QJsonObject result;
                const auto status = source->next(&result, &why);
                if (status == JsonObjectSource::Status::End)
                    break;
                if (status == JsonObjectSource::Status::Error) {
                    problems.append(why);
                    break;
                }
                const QString origin = source->origin();
                if (!RunState::applyTo(state, &result, &why)) {
                    problems.append(u"%1: %2"_s.arg(origin, why));
                    continue;
                }
                if (!runTags.isEmpty() && !result.contains("run_tags"_L1))
                    result.insert("run_tags"_L1, runTags);
                if (result.value("batch_id"_L1).toString().isEmpty())
                    result.insert("batch_id"_L1, derivedBatchId(m_entry.runId, origin));
                if (result.value("timestamp"_L1).toString().isEmpty())
                    result.insert("timestamp"_L1, m_entry.startedAt);
                if (!augmenter.augmentResult(&result, nullptr, &why)) {
                    problems.append(u"%1: %2"_s.arg(origin, why));
                    continue;
                }
                // What the server would refuse, checked before anything is sent, as submit result
                // checks it: with the rules of the server's generation once known, else with those
                // both share, and each generation's kept for when the run's answer tells which.
                const auto refusals = ConbenchSchema::checkResult(result, m_watcher->m_generation);
                if (!refusals.isEmpty()) {
                    problems.append(u"%1: %2"_s.arg(origin, problemText(refusals)));
                    continue;
                }
                if (m_watcher->m_generation == ConbenchSchema::Generation::Unknown) {
                    for (const auto generation :
                        {ConbenchSchema::Generation::Conbench2023, ConbenchSchema::Generation::Current}) {
                        const auto own = ConbenchSchema::of(generation).checkResult(result);
                        if (own.isEmpty())
                            continue;
                        m_refusedBy[generation].append(u"%1: %2"_s.arg(origin, problemText(own)));
                        m_lacksGithub[generation] = m_lacksGithub.value(generation) || lacksGithub(own);
                    }
                }
                if (!m_writer->append(result, origin, &why))
                    return finish(End::StorageError, why);
            }
            problems += source->takeWarnings(); // a line the adapter could not read, say
        }
        if (!problems.isEmpty() || m_writer->count() == 0) {
            // Everything is read and checked before the run is created, as `submit result` does: a
            // folder with a problem is sent whole once it is put right (scan() tries it again when
            // its files change), never in part under a run that lacks the rest.
            m_writer->discard();
            m_writer.reset();
            failUnsent(problems.isEmpty() ? tr("the folder holds no result files") : problems.join(u"; "_s));
            return;
        }
        if (m_cancelled)
            return finish(End::Cancelled);
        ApiCall *call = client()->createRun(m_run);
        connect(call, &ApiCall::finished, this, [this, call] { runCreated(call); });
    }

    // Failed before anything of the folder was sent: no run (its id is dropped, so that scan()
    // knows the folder may be tried again).
    void failUnsent(const QString &reason)
    {
        m_entry.state = WatchJournal::State::Failed;
        m_entry.runId.clear();
        m_entry.reason = reason;
        if (record())
            finish(End::Failed, m_entry.reason);
    }

    void runCreated(ApiCall *call)
    {
        // A run with our id that exists already is ours: a start before a restart created it.
        const bool ok
            = call->succeeded() || ConbenchClient::keepsRunsImplicitly(call) || call->httpStatus() == 409;
        if (!ok) {
            switch (call->outcome()) {
            case ApiCall::Outcome::Refused:
                m_writer->discard();
                m_writer.reset();
                return failUnsent(tr("the server refused the run: %1").arg(call->message()));
            case ApiCall::Outcome::Aborted:
                return finish(End::Cancelled);
            default:
                return finish(End::Postponed, call->message());
            }
        }
        // The answer tells the server's generation: a server that keeps runs implicitly is current.
        const auto generation = ConbenchClient::keepsRunsImplicitly(call)
            ? ConbenchSchema::Generation::Current
            : ConbenchSchema::Generation::Conbench2023;
        m_watcher->m_generation = generation;
        if (const QStringList refused = m_refusedBy.value(generation); !refused.isEmpty()) {
            m_writer->discard();
            m_writer.reset();
            QString reason = tr("%Ln of its results would be refused by the server, as the first: %1",
                nullptr, int(refused.size()))
                                 .arg(refused.constFirst());
            if (m_lacksGithub.value(generation))
                reason += u"; "_s
                    + tr(
                        "the server needs each result's github (its repository and commit): give it in the "
                        "folder's run.json, which sends the folder again, or set CONBENCH_PROJECT_REPOSITORY "
                        "and CONBENCH_PROJECT_COMMIT for the folders to come");
            return failUnsent(reason);
        }
        QString error;
        if (!m_writer->commit(&error))
            return finish(End::StorageError, error);
        m_entry.batchIds = m_writer->batchIds();
        m_entry.results = m_writer->count();
        m_writer.reset();
        m_entry.reason.clear();
        m_entry.state = WatchJournal::State::Queued;
        if (!record())
            return;
        if (m_cancelled)
            return finish(End::Cancelled);
        send();
    }

    void send()
    {
        if (m_fresh)
            return sendQueue(nullptr);
        // Continued after a restart: what the server holds of the run is not sent again.
        client()->fetchStoredResults({m_entry.runId}, this,
            [this](ApiCall::Outcome outcome, const QString &message, const StoredResults &stored) {
                if (outcome == ApiCall::Outcome::Aborted || m_cancelled)
                    return finish(End::Cancelled);
                if (outcome != ApiCall::Outcome::Success)
                    return finish(End::Postponed, message);
                sendQueue(std::make_shared<StoredResults>(stored));
            });
    }

    void sendQueue(const std::shared_ptr<StoredResults> &stored)
    {
        QStringList skipped;
        QString error;
        auto queue = outbox()->queue(server(), m_entry.batchIds, &skipped, &error);
        if (!queue)
            return finish(End::StorageError, error);
        if (!skipped.isEmpty())
            return finish(End::Postponed, tr("another process is sending its results"));
        m_submission = new Submission(client(), this);
        m_submission->setQueue(std::move(queue));
        if (stored)
            m_submission->setAlreadyStored(
                [stored](const QJsonObject &result) { return stored->take(result); });
        connect(m_submission, &Submission::finished, this, &FolderJob::sent);
        m_submission->start();
    }

    void sent()
    {
        Submission *submission = m_submission;
        if (!submission->storageError().isEmpty())
            return finish(End::StorageError, submission->storageError());
        if (submission->isCancelled())
            return finish(End::Cancelled);
        const auto &failures = submission->failures();
        for (const Submission::Failure &failure : failures) {
            if (!failure.refused)
                return finish(End::Postponed, failure.message);
        }
        if (submission->isHalted())
            return finish(End::Postponed, tr("the server could not be reached"));
        QJsonObject fields {{"finished_timestamp"_L1, Augmenter::timestamp(QDateTime::currentDateTimeUtc())}};
        ApiCall *call = client()->updateRun(m_entry.runId, fields);
        connect(call, &ApiCall::finished, this, [this, call] { runFinished(call); });
    }

    void runFinished(ApiCall *call)
    {
        QStringList reasons;
        if (!m_entry.reason.isEmpty())
            reasons.append(m_entry.reason);
        if (!call->succeeded() && !ConbenchClient::keepsRunsImplicitly(call)) {
            if (call->outcome() == ApiCall::Outcome::Aborted)
                return finish(End::Cancelled);
            if (call->outcome() != ApiCall::Outcome::Refused)
                return finish(End::Postponed, call->message());
            reasons.append(tr("the server refused to finish the run: %1").arg(call->message()));
        }
        // What the outbox still holds of the folder: results the server refused.
        qsizetype refused = 0;
        QString error;
        for (const Outbox::Batch &batch : outbox()->list(&error)) {
            if (!m_entry.batchIds.contains(batch.id))
                continue;
            refused += batch.refused;
            for (const QString &refusal : batch.refusals)
                reasons.append(tr("refused by the server: %1").arg(refusal));
        }
        m_entry.sent = m_entry.results - refused;
        m_entry.reason = reasons.join(u"; "_s);
        m_entry.state = reasons.isEmpty() ? WatchJournal::State::Done : WatchJournal::State::Failed;
        if (record())
            finish(reasons.isEmpty() ? End::Done : End::Failed, m_entry.reason);
    }

    FolderWatcher *m_watcher;
    WatchJournal::Entry m_entry;
    bool m_fresh;
    QString m_path;
    QElapsedTimer m_clock;
    QJsonObject m_run;
    std::unique_ptr<Outbox::Writer> m_writer;
    // While the generation is not known: what a server of each would refuse.
    QHash<ConbenchSchema::Generation, QStringList> m_refusedBy;
    QHash<ConbenchSchema::Generation, bool> m_lacksGithub;
    Submission *m_submission = nullptr;
    bool m_cancelled = false;
    End m_end = End::Cancelled;
    QString m_message;
};

QString FolderJob::server() const
{
    return m_watcher->m_client->settings().baseUrl.toString();
}

FolderWatcher::FolderWatcher(ConbenchClient *client, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{
    m_options.directory = WatchJournal::canonicalDirectory(m_options.directory);
    if (m_options.journalDirectory.isEmpty())
        m_options.journalDirectory = WatchJournal::defaultDirectory(m_options.outboxDirectory);
    m_options.maxParallel = std::max(1, m_options.maxParallel);
}

FolderWatcher::~FolderWatcher() = default;

QString FolderWatcher::stateName(FolderState state)
{
    switch (state) {
    case FolderState::Incomplete:
        return tr("incomplete");
    case FolderState::Waiting:
        return tr("waiting");
    case FolderState::Sending:
        return tr("sending");
    case FolderState::Done:
        return tr("done");
    case FolderState::Failed:
        return tr("failed");
    }
    return {};
}

QString FolderWatcher::journalPath() const
{
    return m_journal ? m_journal->path()
                     : WatchJournal::pathFor(m_options.journalDirectory, m_options.directory);
}

bool FolderWatcher::start(QString *error)
{
    if (!QFileInfo(m_options.directory).isDir()) {
        *error = tr("%1: not a directory; give the folder the rigs write their results into.")
                     .arg(m_options.directory);
        return false;
    }
    m_outbox = std::make_unique<Outbox>(m_options.outboxDirectory);
    if (!m_outbox->open(error))
        return false;
    m_journal = std::make_unique<WatchJournal>(
        WatchJournal::pathFor(m_options.journalDirectory, m_options.directory), m_options.directory);
    if (!m_journal->lock(error) || !m_journal->open(error)) {
        m_journal.reset();
        return false;
    }
    m_started = true;
    if (!m_options.once) {
        m_fsWatcher = new QFileSystemWatcher(this);
        m_fsWatcher->addPath(m_options.directory);
        connect(m_fsWatcher, &QFileSystemWatcher::directoryChanged, this, &FolderWatcher::scheduleScan);
        m_scanTimer = new QTimer(this);
        const int interval = m_options.settleSeconds >= 0
            ? std::clamp(m_options.settleSeconds * 1000 / 2, 200, m_options.rescanSeconds * 1000)
            : m_options.rescanSeconds * 1000;
        m_scanTimer->setInterval(std::max(200, interval));
        connect(m_scanTimer, &QTimer::timeout, this, &FolderWatcher::scan);
        m_scanTimer->start();
    }
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &FolderWatcher::scan);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(5000);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        m_serverDown = false;
        fill();
    });
    QTimer::singleShot(0, this, &FolderWatcher::scan);
    return true;
}

void FolderWatcher::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_scanTimer)
        m_scanTimer->stop();
    if (m_retryTimer)
        m_retryTimer->stop();
    for (FolderJob *job : std::as_const(m_jobs))
        job->cancel();
    if (!m_jobs.isEmpty())
        m_client->abortWaiting();
    maybeFinish();
}

void FolderWatcher::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        fill();
}

void FolderWatcher::scheduleScan()
{
    if (m_debounce && !m_stopping)
        m_debounce->start();
}

bool FolderWatcher::record(const WatchJournal::Entry &entry, bool sync)
{
    QString error;
    if (m_journal->record(entry, &error, sync))
        return true;
    emit notice(error);
    m_storageFailed = true;
    return false;
}

bool FolderWatcher::isComplete(const QString &name, const QString &path)
{
    if (QFileInfo::exists(QDir(path).filePath(m_options.doneMarker)))
        return true;
    if (m_options.settleSeconds < 0)
        return false;
    QDateTime newest;
    const QString print = fingerprint(path, m_options.doneMarker, &newest);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!newest.isValid())
        return false; // nothing in it yet
    if (m_lastFingerprint.value(name) != print) {
        const bool first = !m_lastFingerprint.contains(name);
        m_lastFingerprint.insert(name, print);
        m_lastChange.insert(name, first ? std::min(now, newest) : now);
    }
    return m_lastChange.value(name).msecsTo(now) >= qint64(m_options.settleSeconds) * 1000;
}

void FolderWatcher::setTransient(const QString &name, FolderState state)
{
    const auto it = m_transient.constFind(name);
    if (it != m_transient.constEnd() && *it == state)
        return;
    m_transient.insert(name, state);
    emit folderChanged(name);
}

void FolderWatcher::scan()
{
    if (m_stopping || !m_journal)
        return;
    const QDir dir(m_options.directory);
    const QString archive = m_options.archiveDirectory.isEmpty()
        ? QString()
        : WatchJournal::canonicalDirectory(m_options.archiveDirectory);
    const QFileInfoList subfolders = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QStringList incomplete;
    // The folders sent (or being sent), by their files: a folder renamed or moved within the
    // directory holds the same files (names, sizes and times, then the same contents), and is not
    // sent again as a new run.
    QMultiHash<QString, QString> sentFolders;
    for (const WatchJournal::Entry &entry : m_journal->entries()) {
        if (!entry.runId.isEmpty() && !entry.fingerprint.isEmpty() && !entry.digest.isEmpty()
            && entry.state != WatchJournal::State::Waiting)
            sentFolders.insert(entry.fingerprint, entry.folder);
    }
    const auto sameAsSent = [&](const QString &path) {
        const QStringList candidates = sentFolders.values(fingerprint(path, m_options.doneMarker));
        if (candidates.isEmpty())
            return QString();
        const QString digest = contentDigest(path, m_options.doneMarker);
        for (const QString &candidate : candidates) {
            if (!digest.isEmpty() && m_journal->entry(candidate).digest == digest)
                return candidate;
        }
        return QString();
    };
    // Records the folder as waiting for a new run, says why, and queues it; false when the journal
    // cannot be written.
    const auto sendAgain = [this](const QString &name, const QString &why) {
        WatchJournal::Entry fresh;
        fresh.folder = name;
        fresh.state = WatchJournal::State::Waiting;
        if (!record(fresh))
            return false;
        m_lastChange.remove(name);
        m_lastFingerprint.remove(name);
        emit notice(why);
        m_queue.append(name);
        m_queued.insert(name);
        emit folderChanged(name);
        return true;
    };
    // Folders whose run was started (by an earlier process too) are continued first, even when
    // the folder itself is gone: their results may wait in the outbox.
    for (const WatchJournal::Entry &entry : m_journal->entries()) {
        if (entry.state != WatchJournal::State::Started && entry.state != WatchJournal::State::Queued)
            continue;
        const bool running = std::any_of(m_jobs.cbegin(), m_jobs.cend(),
            [&entry](const FolderJob *job) { return job->folder() == entry.folder; });
        if (running || m_queued.contains(entry.folder))
            continue;
        m_queue.append(entry.folder);
        m_queued.insert(entry.folder);
    }
    for (const QFileInfo &info : subfolders) {
        const QString name = info.fileName();
        const QString path = info.filePath();
        if (!archive.isEmpty() && WatchJournal::canonicalDirectory(path) == archive)
            continue;
        const bool running = std::any_of(
            m_jobs.cbegin(), m_jobs.cend(), [&name](const FolderJob *job) { return job->folder() == name; });
        if (running || m_queued.contains(name))
            continue;
        if (m_journal->contains(name)) {
            WatchJournal::Entry entry = m_journal->entry(name);
            if (entry.state != WatchJournal::State::Done && entry.state != WatchJournal::State::Failed) {
                m_queue.append(name);
                m_queued.insert(name);
                continue;
            }
            if (entry.state == WatchJournal::State::Failed && entry.runId.isEmpty()) {
                // Nothing of it was sent (a file it could not read, a bad run.json, no results, the
                // run refused): tried again once it changes, and is complete again.
                if ((!entry.fingerprint.isEmpty()
                        && fingerprint(path, m_options.doneMarker) == entry.fingerprint)
                    || !isComplete(name, path))
                    continue;
                if (!sendAgain(name,
                        tr("%1: its files changed since it failed (nothing of it was sent); it is tried "
                           "again.")
                            .arg(name)))
                    return stop();
                continue;
            }
            if (entry.changed && !m_options.resendChanged)
                continue;
            if (entry.fingerprint.isEmpty() || fingerprint(path, m_options.doneMarker) == entry.fingerprint)
                continue;
            if (m_options.resendChanged) {
                if (!isComplete(name, path))
                    continue;
                if (!sendAgain(name,
                        tr("%1: its files changed after it was sent; sending it again as a new run "
                           "(--resend-changed).")
                            .arg(name)))
                    return stop();
                continue;
            }
            entry.changed = true;
            if (!record(entry))
                return stop();
            emit notice(tr("%1: its files changed after it was sent as run %2; it is not sent again (give "
                           "--resend-changed to send it as a new run).")
                            .arg(name, entry.runId));
            emit folderChanged(name);
            continue;
        }
        if (!isComplete(name, path)) {
            incomplete.append(path);
            setTransient(name, FolderState::Incomplete);
            continue;
        }
        WatchJournal::Entry entry;
        entry.folder = name;
        entry.state = WatchJournal::State::Waiting;
        if (const QString sameFiles = sameAsSent(path); !sameFiles.isEmpty()) {
            const WatchJournal::Entry original = m_journal->entry(sameFiles);
            entry.state = WatchJournal::State::Done;
            entry.runId = original.runId;
            entry.fingerprint = original.fingerprint;
            entry.digest = original.digest;
            entry.results = original.results;
            entry.sent = original.sent;
            entry.reason = tr("the same files as %1, sent as run %2; not sent again")
                               .arg(original.folder, original.runId);
            if (!record(entry))
                return stop();
            emit notice(tr("%1: it holds the same files as %2 (renamed or moved?), which was sent as run %3; "
                           "it is not sent again.")
                            .arg(name, original.folder, original.runId));
            m_transient.remove(name);
            m_lastChange.remove(name);
            m_lastFingerprint.remove(name);
            emit folderChanged(name);
            continue;
        }
        if (!record(entry))
            return stop();
        m_transient.remove(name);
        m_lastChange.remove(name);
        m_lastFingerprint.remove(name);
        m_queue.append(name);
        m_queued.insert(name);
        emit folderChanged(name);
    }
    std::sort(m_queue.begin(), m_queue.end());
    if (m_fsWatcher) {
        // Incomplete folders are watched for their marker; the others no longer.
        const QStringList watched = m_fsWatcher->directories();
        for (const QString &path : watched) {
            if (path != m_options.directory && !incomplete.contains(path))
                m_fsWatcher->removePath(path);
        }
        for (const QString &path : std::as_const(incomplete)) {
            if (!watched.contains(path))
                m_fsWatcher->addPath(path);
        }
    }
    fill();
    maybeFinish();
}

void FolderWatcher::fill()
{
    while (!m_paused && !m_stopping && !m_serverDown && !m_storageFailed
        && m_jobs.size() < m_options.maxParallel && !m_queue.isEmpty()) {
        const QString name = m_queue.takeFirst();
        m_queued.remove(name);
        WatchJournal::Entry entry = m_journal->entry(name);
        const bool exists = QFileInfo(QDir(m_options.directory).filePath(name)).isDir();
        if (!exists && entry.state != WatchJournal::State::Queued) {
            entry.state = WatchJournal::State::Failed;
            entry.reason = tr("the folder was removed before its results were read");
            record(entry);
            ++m_failedCount;
            emit folderChanged(name);
            continue;
        }
        auto *job = new FolderJob(this, entry, entry.state == WatchJournal::State::Waiting);
        m_jobs.append(job);
        m_transient.insert(name, FolderState::Sending);
        emit folderChanged(name);
        job->start();
    }
}

void FolderWatcher::jobEnded(FolderJob *job)
{
    m_jobs.removeOne(job);
    const QString name = job->folder();
    m_transient.remove(name);
    RunReport report;
    report.folder = name;
    report.runId = job->entry().runId;
    report.results = job->entry().results;
    report.sent = job->entry().sent;
    report.elapsedMs = job->elapsedMs();
    report.reason = job->message();
    switch (job->end()) {
    case FolderJob::End::Done:
        ++m_doneCount;
        report.ok = true;
        emit runFinished(report);
        archive(name);
        break;
    case FolderJob::End::Failed:
        ++m_failedCount;
        emit runFinished(report);
        break;
    case FolderJob::End::Postponed:
        ++m_postponed;
        m_queue.prepend(name);
        m_queued.insert(name);
        std::sort(m_queue.begin(), m_queue.end());
        m_serverDown = true;
        emit notice(tr("%1: not sent now (%2); it waits and is sent when the server can be reached.")
                        .arg(name, job->message()));
        if (!m_options.once && !m_stopping)
            m_retryTimer->start();
        break;
    case FolderJob::End::StorageError:
        m_storageFailed = true;
        emit notice(tr("%1: %2; stopping.").arg(name, job->message()));
        stop();
        break;
    case FolderJob::End::Cancelled:
        break;
    }
    emit folderChanged(name);
    job->deleteLater();
    fill();
    maybeFinish();
}

void FolderWatcher::archive(const QString &name)
{
    if (m_options.archiveDirectory.isEmpty())
        return;
    const QString from = QDir(m_options.directory).filePath(name);
    const QString to = QDir(m_options.archiveDirectory).filePath(name);
    QString why;
    const bool ready = makePrivateDirectory(m_options.archiveDirectory, &why); // or why says why not
    if (ready && QFileInfo::exists(to)) {
        why = tr("a folder of that name is there already");
    } else if (ready
        && ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        if (errno != EXDEV) {
            why = QString::fromLocal8Bit(std::strerror(errno));
        } else if (copyFolder(from, to, &why) && !QDir(from).removeRecursively()) {
            // On another file system: copied whole, then removed here.
            why = tr("it was copied there, but could not be removed from here");
        }
    }
    if (!why.isEmpty()) {
        emit notice(tr("%1: sent, but it could not be moved to %2 (%3); it stays where it is.")
                        .arg(name, m_options.archiveDirectory, why));
        return;
    }
    WatchJournal::Entry entry = m_journal->entry(name);
    entry.archived = true;
    record(entry);
}

void FolderWatcher::maybeFinish()
{
    if (m_finished || !m_started || !m_jobs.isEmpty())
        return;
    const bool onceDone = m_options.once && (m_queue.isEmpty() || m_serverDown || m_storageFailed);
    if (!m_stopping && !onceDone)
        return;
    m_finished = true;
    QTimer::singleShot(0, this, &FolderWatcher::finished);
}

QList<FolderWatcher::Folder> FolderWatcher::folders() const
{
    QStringList names;
    if (m_journal)
        names = m_journal->entries().keys();
    for (auto it = m_transient.cbegin(); it != m_transient.cend(); ++it) {
        if (!names.contains(it.key()))
            names.append(it.key());
    }
    std::sort(names.begin(), names.end());
    QList<Folder> list;
    list.reserve(names.size());
    for (const QString &name : std::as_const(names))
        list.append(folder(name));
    return list;
}

FolderWatcher::Folder FolderWatcher::folder(const QString &name) const
{
    Folder folder;
    folder.name = name;
    if (m_journal && m_journal->contains(name)) {
        const WatchJournal::Entry entry = m_journal->entry(name);
        folder.runId = entry.runId;
        folder.results = entry.results;
        folder.sent = entry.sent;
        folder.reason = entry.reason;
        folder.changed = entry.changed;
        switch (entry.state) {
        case WatchJournal::State::Waiting:
        case WatchJournal::State::Started:
        case WatchJournal::State::Queued:
            folder.state = FolderState::Waiting;
            break;
        case WatchJournal::State::Done:
            folder.state = FolderState::Done;
            break;
        case WatchJournal::State::Failed:
            folder.state = FolderState::Failed;
            break;
        }
    }
    const auto it = m_transient.constFind(name);
    if (it != m_transient.constEnd())
        folder.state = *it;
    return folder;
}

#include "watchcommand.h"

#include "exitcodes.h"
#include "folderwatcher.h"
#include "interruptwatcher.h"
#include "outbox.h"
#include "projectenvironment.h"
#include "watchjournal.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

using namespace Qt::StringLiterals;

QString WatchCommand::summary() const
{
    return tr("Watch a results folder: one run per finished subfolder, sent exactly once.");
}

QString WatchCommand::description() const
{
    return tr(
        "Watches DIR, where benchmark rigs write one subfolder of result files per build or per night, "
        "and sends each subfolder as one run once it is complete: when it holds the marker file "
        "(--done-marker, default .done) or, with --settle, when nothing in it changed for that long. "
        "For a complete folder the run is started (reason --reason, default lab; the folder's optional "
        "run.json may give the run's reason, name, info, github, tags and hardware), every result file "
        "in it is submitted (Conbench JSON and every tool format \"adapt\" reads, recognised by their "
        "content), and the run is finished. New folders are noticed at once on local disks and by a "
        "rescan (--rescan, default every 30 s) on network shares.\n\n"
        "Each folder is sent exactly once, across restarts: a journal beside the outbox records each "
        "folder's state (waiting, run started with its id, results in the outbox, done, failed with the "
        "reason). Killed at any moment and started again, watch continues what it had started with the "
        "same run id, and stores no result twice. A folder whose files change after it was sent is "
        "reported and not sent again, unless --resend-changed is given. While the server cannot be "
        "reached, complete folders are recorded and sent in order once it is back; a folder the server "
        "refuses is marked failed with the server's reason, and the others go on.\n\n"
        "One line per run goes to standard error: the time, the folder, the run id, the results sent "
        "and the time taken. Ctrl-C or SIGTERM finishes the requests under way and stops; what was not "
        "sent is continued on the next start. Only one watcher (this command or the window's watch mode) "
        "may watch a directory at a time.\n\n"
        "watch --status [DIR] prints each folder's state from the journal (every watched directory's "
        "without DIR) and talks to no server.");
}

QPair<QString, QString> WatchCommand::positionalArgument() const
{
    return {u"DIR"_s, tr("The directory whose subfolders are runs.")};
}

QString WatchCommand::examples() const
{
    return u"  benchconnect watch /srv/bench-results\n"
           u"  benchconnect watch --once --settle 60 --archive /srv/bench-sent /srv/bench-results\n"
           u"  benchconnect watch --status /srv/bench-results\n"_s;
}

QList<QCommandLineOption> WatchCommand::commandOptions() const
{
    return {
        QCommandLineOption(u"done-marker"_s,
            tr("A folder is complete once it holds a file of this name (default .done)."), u"NAME"_s),
        QCommandLineOption(u"settle"_s,
            tr("A folder is complete too once nothing in it changed for SECONDS."), u"SECONDS"_s),
        QCommandLineOption(
            u"reason"_s, tr("The run's reason, unless run.json gives one (default lab)."), u"REASON"_s),
        QCommandLineOption(
            u"once"_s, tr("Send what is complete now, then exit (for cron jobs and systemd timers).")),
        QCommandLineOption(
            u"max-runs-in-parallel"_s, tr("Send up to N folders at once (default 1)."), u"N"_s),
        QCommandLineOption(u"archive"_s,
            tr("Move each folder that was sent into DIR (default: leave it and record it)."), u"DIR"_s),
        QCommandLineOption(u"resend-changed"_s,
            tr("Send a folder whose files changed after it was sent again, as a new run.")),
        QCommandLineOption(u"rescan"_s,
            tr("Look for new folders every SECONDS too, for network shares (default 30)."), u"SECONDS"_s),
        QCommandLineOption(u"status"_s,
            tr("Print each folder's state from the journal (done, waiting, sending, failed) and exit.")),
    };
}

int WatchCommand::status(const QCommandLineParser &parser, CommandContext &ctx) const
{
    const QString journalDirectory = WatchJournal::defaultDirectory(outboxDirectory(parser, ctx));
    QStringList journals;
    const QStringList arguments = parser.positionalArguments();
    if (!arguments.isEmpty()) {
        journals.append(WatchJournal::pathFor(journalDirectory, arguments.constFirst()));
        if (!QFileInfo::exists(journals.constFirst())) {
            ctx.error(tr("%1 has not been watched yet (no journal in %2).")
                          .arg(WatchJournal::canonicalDirectory(arguments.constFirst()), journalDirectory));
            return ExitCode::State;
        }
    } else {
        for (const QString &name : QDir(journalDirectory).entryList({u"*.jsonl"_s}, QDir::Files, QDir::Name))
            journals.append(QDir(journalDirectory).filePath(name));
        if (journals.isEmpty()) {
            ctx.info(tr("No directory has been watched yet (no journal in %1).").arg(journalDirectory));
            return ExitCode::Success;
        }
    }
    for (const QString &path : std::as_const(journals)) {
        QString watched;
        QMap<QString, WatchJournal::Entry> entries;
        QString error;
        if (!WatchJournal::read(path, &watched, &entries, &error)) {
            ctx.error(error);
            return ExitCode::Storage;
        }
        *ctx.out << watched << u":\n"_s;
        QStringList incomplete;
        if (QFileInfo(watched).isDir()) {
            for (const QString &name :
                QDir(watched).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
                if (!entries.contains(name))
                    incomplete.append(name);
            }
        }
        for (const WatchJournal::Entry &entry : std::as_const(entries)) {
            QString state;
            switch (entry.state) {
            case WatchJournal::State::Waiting:
                state = tr("waiting");
                break;
            case WatchJournal::State::Started:
            case WatchJournal::State::Queued:
                state = tr("sending");
                break;
            case WatchJournal::State::Done:
                state = tr("done");
                break;
            case WatchJournal::State::Failed:
                state = tr("failed");
                break;
            }
            QString line = u"  %1  %2"_s.arg(entry.folder, state);
            if (!entry.runId.isEmpty())
                line += u"  "_s + tr("run %1").arg(entry.runId);
            if (entry.state == WatchJournal::State::Done || entry.state == WatchJournal::State::Failed)
                line += u"  "_s + tr("%L1 of %Ln results sent", nullptr, int(entry.results)).arg(entry.sent);
            if (entry.archived)
                line += u"  "_s + tr("(archived)");
            if (entry.changed)
                line += u"  "_s + tr("(changed after it was sent; not sent again)");
            if (!entry.reason.isEmpty())
                line += u"  "_s + entry.reason;
            *ctx.out << line << u'\n';
        }
        for (const QString &name : std::as_const(incomplete))
            *ctx.out << u"  %1  %2\n"_s.arg(name, tr("incomplete"));
    }
    return ExitCode::Success;
}

int WatchCommand::execute(const QCommandLineParser &parser, CommandContext &ctx)
{
    if (parser.isSet(u"status"_s))
        return status(parser, ctx);
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1) {
        ctx.error(arguments.isEmpty() ? tr("Give the directory to watch (see benchconnect watch --help).")
                                      : tr("Give one directory to watch (see benchconnect watch --help)."));
        return ExitCode::Usage;
    }
    FolderWatcher::Options options;
    options.directory = arguments.constFirst();
    options.once = parser.isSet(u"once"_s);
    options.resendChanged = parser.isSet(u"resend-changed"_s);
    if (parser.isSet(u"done-marker"_s)) {
        options.doneMarker = parser.value(u"done-marker"_s);
        if (options.doneMarker.contains(u'/')) {
            ctx.error(tr("--done-marker \"%1\" is a path; give a file name.").arg(options.doneMarker));
            return ExitCode::Usage;
        }
    }
    if (parser.isSet(u"reason"_s))
        options.reason = parser.value(u"reason"_s).trimmed();
    const auto number = [&](const QString &option, int low, int high, int *value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int n = parser.value(option).trimmed().toInt(&ok);
        if (!ok || n < low || n > high) {
            ctx.error(tr("--%1 \"%2\" is not a whole number from %3 to %4.")
                          .arg(option, parser.value(option))
                          .arg(low)
                          .arg(high));
            return false;
        }
        *value = n;
        return true;
    };
    if (!number(u"settle"_s, 0, 86400 * 7, &options.settleSeconds)
        || !number(u"max-runs-in-parallel"_s, 1, 64, &options.maxParallel)
        || !number(u"rescan"_s, 1, 86400, &options.rescanSeconds))
        return ExitCode::Usage;
    if (parser.isSet(u"archive"_s)) {
        options.archiveDirectory = QFileInfo(parser.value(u"archive"_s)).absoluteFilePath();
        if (WatchJournal::canonicalDirectory(options.archiveDirectory)
            == WatchJournal::canonicalDirectory(options.directory)) {
            ctx.error(tr("--archive must be another directory than the one watched."));
            return ExitCode::Usage;
        }
    }
    if (!QFileInfo(options.directory).isDir()) {
        ctx.error(tr("%1: not a directory; give the folder the rigs write their results into.")
                      .arg(options.directory));
        return ExitCode::Input;
    }
    options.project = ProjectEnvironment::fromEnvironment(ctx.env);
    for (const QString &warning : options.project.warnings())
        ctx.warning(warning);
    if (!options.project.errors().isEmpty()) {
        ctx.error(options.project.errors().constFirst());
        return ExitCode::Configuration;
    }
    int code = ExitCode::Success;
    auto client = makeClient(parser, ctx, &code);
    if (!client)
        return code;
    options.outboxDirectory = outboxDirectory(parser, ctx);

    FolderWatcher watcher(client.get(), options);
    QObject::connect(
        &watcher, &FolderWatcher::notice, &watcher, [&ctx](const QString &message) { ctx.warning(message); });
    QObject::connect(
        &watcher, &FolderWatcher::runFinished, &watcher, [&ctx](const FolderWatcher::RunReport &report) {
            const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
            const QString seconds = QString::number(report.elapsedMs / 1000.0, 'f', 1);
            QString line = report.ok
                ? tr("%1 %2: run %3, %Ln results sent in %L4 s", nullptr, int(report.sent))
                      .arg(when, report.folder, report.runId, seconds)
                : report.runId.isEmpty() ? tr("%1 %2: not sent, and tried again once its files change: %3")
                                               .arg(when, report.folder, report.reason)
                                         : tr("%1 %2: run %3 failed, %L4 of %Ln results sent in %L5 s: %6",
                                             nullptr, int(report.results))
                                               .arg(when, report.folder, report.runId)
                                               .arg(report.sent)
                                               .arg(seconds, report.reason);
            *ctx.err << line << u'\n';
            ctx.err->flush();
        });
    QString error;
    if (!watcher.start(&error)) {
        ctx.error(error);
        return error.contains(u"watched already"_s) ? int(ExitCode::State) : int(ExitCode::Storage);
    }
    if (!options.once)
        ctx.info(tr("Watching %1 (journal %2); Ctrl-C stops.")
                     .arg(WatchJournal::canonicalDirectory(options.directory), watcher.journalPath()));
    bool interrupted = false;
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &watcher, [&] {
        interrupted = true;
        ctx.info(tr("Stopping: the requests under way are finished; what was not sent is continued on the "
                    "next start. Press Ctrl-C again to quit now."));
        watcher.stop();
    });
    QEventLoop loop;
    QObject::connect(&watcher, &FolderWatcher::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (options.once) {
        ctx.info(tr("Folders sent: %1, failed: %2.").arg(watcher.doneCount()).arg(watcher.failedCount()));
        if (watcher.postponedCount() > 0)
            ctx.info(tr("The server could not be reached; the folders not sent wait in the journal and are "
                        "sent on the next start."));
    }
    if (watcher.storageFailed())
        return ExitCode::Storage;
    if (interrupted)
        return ExitCode::Interrupted;
    if (watcher.postponedCount() > 0 && options.once)
        return ExitCode::Unreachable;
    if (watcher.failedCount() > 0)
        return ExitCode::Failure;
    return ExitCode::Success;
}

#pragma once

#include "resultentry.h"
#include "resultpreparer.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <optional>

// Reads, parses and checks result files on a worker thread, and hands them over in batches, so that a
// folder of many thousands of results never stalls the window. Each folder or file is read as
// "submit result --path" reads it (AdapterSource with the format "auto"): each file in the format the
// core recognises from its content (Conbench JSON, Google Benchmark, hyperfine…), a Criterion folder
// as a whole; a file in no known format is one invalid row naming it. Lives in the thread it works in;
// load() is invoked there.
class ResultLoader : public QObject
{
    Q_OBJECT

public:
    explicit ResultLoader(QObject *parent = nullptr);

    // Runs in the loader's thread. Each path is a tool's output file or a folder of them. epoch is
    // handed back with what the load hands over: the window tells the loads it still wants from
    // those it dropped (Clear), whose last batches may still be on their way.
    // leaveOut: the canonical paths of files and folders added on their own, which a folder's
    // listing leaves out (its results would be sent twice).
    void load(const QStringList &paths, const ResultPreparer &preparer, quint64 epoch,
        const QSet<QString> &leaveOut = {});
    // Thread-safe: stops the load under way after the current file.
    void cancel() { m_cancel = true; }

    // Fills what is shown for an entry (name, unit, samples) from its result.
    static void describe(ResultEntry *entry);
    // Checks an entry against the run as composed: Valid, or Invalid with the reason.
    static void check(ResultEntry *entry, const ResultPreparer &preparer);

signals:
    void batchReady(const QList<ResultEntry> &entries, quint64 epoch);
    // Before reading a path: how many results it holds when known without reading them (else -1).
    void reading(const QString &path, bool isFolder, qint64 count);
    // What the adapters found but could not use, so left out (a line cut short, a file of several
    // that holds no result), as the command line says it without --verbose: "FILE: …".
    void warned(const QStringList &warnings, quint64 epoch);
    // done: entries read; all loads that were asked for have ended.
    void finished(qsizetype done, quint64 epoch);

private:
    std::atomic_bool m_cancel = false;
};

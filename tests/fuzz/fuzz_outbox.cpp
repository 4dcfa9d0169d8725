// SPDX-License-Identifier: MIT
// The outbox's readers: a batch file (NAME.ndjson), its journal (NAME.done) and a pending finish
// (RUN.finish), parts of one input separated by "\n@@\n". Listed (with recovery of what a damaged
// batch still holds), then queued for its server and read to the end, as "outbox retry" does.
#include "fuzzsupport.h"

#include "outbox.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {
void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QList<QByteArray> parts = FuzzSupport::split(FuzzSupport::bytes(data, size), 3);
    const QString path = dir.filePath(QStringLiteral("outbox"));
    QDir(path).removeRecursively();
    QDir().mkpath(path);
    Outbox outbox(path);
    writeFile(outbox.batchPath(QStringLiteral("fuzz")), parts.at(0));
    if (!parts.at(1).isEmpty())
        writeFile(outbox.journalPath(QStringLiteral("fuzz")), parts.at(1));
    if (!parts.at(2).isEmpty())
        writeFile(outbox.pendingFinishPath(QStringLiteral("run1")), parts.at(2));

    QString error;
    const QList<Outbox::Batch> batches = outbox.list(&error);
    outbox.pendingFinishes();
    outbox.runHasWaitingResults(QStringLiteral("run1"));
    outbox.runIds({QStringLiteral("fuzz")});
    for (const Outbox::Batch &batch : batches) {
        if (!batch.serverKnown())
            continue;
        QStringList skipped;
        auto queue = outbox.queue(batch.server, {}, &skipped, &error);
        if (!queue)
            continue;
        const qsizetype size = queue->size();
        ResultQueue::Item item;
        qsizetype taken = 0;
        while (queue->take(&item)) {
            if (++taken > size)
                __builtin_trap(); // handed out more than it said it holds
        }
        queue->close();
    }
    return 0;
}

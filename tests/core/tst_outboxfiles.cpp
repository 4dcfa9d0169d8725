#include "outbox.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

QJsonObject result(int i)
{
    return QJsonObject {{"tags"_L1, QJsonObject {{"name"_L1, u"b-%1"_s.arg(i)}}}, {"run_id"_L1, "r"_L1}};
}

const QString server = u"http://127.0.0.1:1"_s;

} // namespace

class TestOutboxFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(u"outbox"_s); }

    QStringList writeResults(Outbox &outbox, int count)
    {
        QString error;
        auto writer = outbox.writer(server);
        for (int i = 0; i < count; ++i) {
            if (!writer->append(result(i), &error))
                return {};
        }
        if (!writer->commit(&error))
            return {};
        return writer->batchIds();
    }

private slots:
    void init() { QDir(path()).removeRecursively(); }

    void batchesAppearOnlyWhenCommittedAndAreTheOwnersAlone()
    {
        Outbox outbox(path());
        QString error;
        QVERIFY(outbox.open(&error));
        {
            auto writer = outbox.writer(server);
            for (int i = 0; i < 1500; ++i)
                QVERIFY(writer->append(result(i), &error));
            QCOMPARE(outbox.list(&error).size(), 0); // the first batch is staged, not listed
        } // destroyed without commit: discarded
        QCOMPARE(QDir(path()).entryList(QDir::Files).size(), 0);

        const QStringList ids = writeResults(outbox, 2500);
        QCOMPARE(ids.size(), 3);
        const auto batches = outbox.list(&error);
        QCOMPARE(batches.size(), 3);
        QCOMPARE(batches.at(0).total + batches.at(1).total + batches.at(2).total, 2500);
        QCOMPARE(batches.at(0).server, server);
        QCOMPARE(QFile::permissions(path()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        for (const QString &id : ids)
            QCOMPARE(
                QFile::permissions(outbox.batchPath(id)) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                QFileDevice::Permissions());
    }

    // The batches are written by a thread of the writer's own: a write that fails there (here the
    // file size limit, as a full disk would) reaches the caller, by append() or by commit(), and
    // nothing of it is left in the outbox. The process's umask is what it was.
    void aWriteThatFailsInTheBackgroundReachesTheCaller()
    {
        Outbox outbox(path());
        QString error;
        QVERIFY(outbox.open(&error));
        const mode_t umaskBefore = ::umask(022);
        ::umask(umaskBefore);
        rlimit before {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &before), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = before;
        small.rlim_cur = 16 * 1024; // a batch of 1,000 results takes more
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        bool appended = true;
        bool committed = false;
        {
            auto writer = outbox.writer(server);
            for (int i = 0; i < 5000 && appended; ++i)
                appended = writer->append(result(i), &error);
            if (appended)
                committed = writer->commit(&error);
        }
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &before), 0);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(!committed);
        QVERIFY2(error.contains(u"cannot write to the outbox"_s), qPrintable(error));
        QCOMPARE(QDir(path()).entryList(QDir::Files), QStringList());
        const mode_t umaskAfter = ::umask(022);
        ::umask(umaskAfter);
        QCOMPARE(umaskAfter, umaskBefore);

        // The outbox takes the next writer's results as ever.
        QCOMPARE(writeResults(outbox, 1200).size(), 2);
    }

    // A writer's thread serialises the results after append() returned, a chunk at a time: each
    // result is written as it was when appended, with where it came from, in the order appended,
    // and a writer whose results fill no chunk writes them on the caller's thread, the same way.
    void resultsAreWrittenAsTheyWereWhenAppended()
    {
        Outbox outbox(path());
        QString error;
        QVERIFY(outbox.open(&error));
        for (const int count : {3, 2345}) {
            auto writer = outbox.writer(server);
            QJsonObject object;
            for (int i = 0; i < count; ++i) {
                object = result(i);
                QVERIFY(writer->append(object, u"results/%1.json"_s.arg(i), &error));
                object.insert("tags"_L1, QJsonObject {{"name"_L1, "changed after append"_L1}});
            }
            QVERIFY2(writer->commit(&error), qPrintable(error));
            QCOMPARE(writer->count(), count);
            QStringList skipped;
            auto queue = outbox.queue(server, writer->batchIds(), &skipped, &error);
            QVERIFY(queue);
            QCOMPARE(queue->size(), count);
            ResultQueue::Item item;
            for (int i = 0; i < count; ++i) {
                QVERIFY(queue->take(&item));
                QCOMPARE(item.result, result(i));
                QCOMPARE(item.origin, u"results/%1.json"_s.arg(i));
                QVERIFY(queue->settle(item, ResultQueue::Settlement::Stored, QString()));
            }
            QVERIFY(!queue->take(&item));
            queue->close();
        }
        QCOMPARE(outbox.list(&error).size(), 0);
    }

    void queueHandsOutEveryResultInOrderAndForgetsConfirmedBatches()
    {
        Outbox outbox(path());
        QString error;
        QVERIFY(outbox.open(&error));
        const QStringList ids = writeResults(outbox, 2500);
        QStringList skipped;
        {
            auto queue = outbox.queue(server, ids, &skipped, &error);
            QVERIFY(queue);
            QCOMPARE(queue->size(), 2500);
            // A second process cannot take the same batches meanwhile.
            QStringList skippedBySecond;
            auto second = outbox.queue(server, ids, &skippedBySecond, &error);
            QCOMPARE(skippedBySecond.size(), 3);
            QCOMPARE(second->size(), 0);

            ResultQueue::Item item;
            for (int i = 0; i < 2500; ++i) {
                QVERIFY(queue->take(&item));
                QCOMPARE(item.key, i);
                QCOMPARE(item.result, result(i));
                if (i < 1000 || i > 1000)
                    queue->settle(item,
                        i != 2499 ? ResultQueue::Settlement::Stored : ResultQueue::Settlement::Failed,
                        i == 2499 ? u"HTTP 400: bad"_s : QString());
                // 1000 is never settled: as after a crash
            }
            QVERIFY(!queue->take(&item));
            QVERIFY(!QFile::exists(outbox.batchPath(ids.at(0)))); // confirmed whole: gone
            queue->close();
        }
        const auto batches = outbox.list(&error);
        QCOMPARE(batches.size(), 2);
        QCOMPARE(batches.at(0).total - batches.at(0).confirmed, 1);
        QCOMPARE(batches.at(1).total - batches.at(1).confirmed, 1);
        QCOMPARE(batches.at(1).problems, QStringList {u"HTTP 400: bad"_s});
        QCOMPARE(batches.at(0).lineCount, 1000);
        QCOMPARE(batches.at(1).lineCount, 500);
        // This outbox wrote them and reads only the journals; another one reads every line: the same.
        const auto parsed = Outbox(path()).list(&error);
        QCOMPARE(parsed.size(), 2);
        for (int b = 0; b < 2; ++b) {
            QCOMPARE(parsed.at(b).total, batches.at(b).total);
            QCOMPARE(parsed.at(b).confirmed, batches.at(b).confirmed);
            QCOMPARE(parsed.at(b).lineCount, batches.at(b).lineCount);
            QCOMPARE(parsed.at(b).problems, batches.at(b).problems);
            QCOMPARE(parsed.at(b).damage, batches.at(b).damage);
        }

        // A journal line cut short by a crash is ignored.
        QFile journal(outbox.journalPath(ids.at(1)));
        QVERIFY(journal.open(QIODevice::Append));
        journal.write("{\"i\": 7");
        journal.close();

        auto again = outbox.queue(server, {}, &skipped, &error);
        QCOMPARE(again->size(), 2);
        ResultQueue::Item item;
        QVERIFY(again->take(&item));
        QCOMPARE(item.result, result(1000));
        again->settle(item, ResultQueue::Settlement::Stored, QString());
        QVERIFY(again->take(&item));
        QCOMPARE(item.result, result(2499));
        again->settle(item, ResultQueue::Settlement::Stored, QString());
        QVERIFY(!again->take(&item));
        again->close();
        QCOMPARE(outbox.list(&error).size(), 0);
        QCOMPARE(QDir(path()).entryList({u"*.ndjson"_s, u"*.done"_s}, QDir::Files).size(), 0);
    }

    void runIdsAndDrop()
    {
        Outbox outbox(path());
        QString error;
        QVERIFY(outbox.open(&error));
        const QStringList ids = writeResults(outbox, 10);
        QCOMPARE(outbox.runIds(ids), QSet<QString> {u"r"_s});
        QVERIFY(outbox.drop(ids.at(0), &error));
        QCOMPARE(outbox.list(&error).size(), 0);
        QVERIFY(!outbox.drop(u"no-such-batch"_s, &error));
        QVERIFY(error.contains(u"no batch"_s));
    }
};

QTEST_GUILESS_MAIN(TestOutboxFiles)
#include "tst_outboxfiles.moc"

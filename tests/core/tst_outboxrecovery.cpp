// The outbox's files: damaged batches are accounted for and never sent as empty results,
// old batches stay readable, the journal's writes are checked, modes are owner-only and the
// user's are left alone, server URLs match normalised.
#include "outbox.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString server = u"http://127.0.0.1:1"_s;

QJsonObject result(int i)
{
    return QJsonObject {{"tags"_L1, QJsonObject {{"name"_L1, u"b-%1"_s.arg(i)}}}, {"run_id"_L1, "r"_L1}};
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

int modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

class Umask
{
public:
    explicit Umask(mode_t mask)
        : m_old(::umask(mask))
    { }
    ~Umask() { ::umask(m_old); }

private:
    mode_t m_old;
};

} // namespace

class TestOutboxRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(u"outbox"_s); }

    QString writeBatch(Outbox &outbox, int count)
    {
        QString error;
        auto writer = outbox.writer(server);
        for (int i = 0; i < count; ++i) {
            if (!writer->append(result(i), u"NDJSON line %1"_s.arg(i + 1), &error))
                return {};
        }
        if (!writer->commit(&error))
            return {};
        return writer->batchIds().value(0);
    }

private slots:
    void init()
    {
        QDir(path()).removeRecursively();
        QVERIFY(QDir().mkpath(path()));
    }

    void damagedBatchesAreListedNotHidden()
    {
        Outbox outbox(path());
        QString error;
        QVERIFY(writeFile(outbox.batchPath(u"empty"_s), {}));
        QVERIFY(writeFile(outbox.batchPath(u"badheader"_s), "{\"benchconnect_outb\n" + line(result(1))));
        QVERIFY(writeFile(path() + u"/gone.done"_s, "{\"i\":0,\"ok\":true}\n"));
        const auto batches = outbox.list(&error);
        QVERIFY(error.isEmpty());
        QCOMPARE(batches.size(), 3);
        const Outbox::Batch &header = batches.at(0);
        QCOMPARE(header.id, u"badheader"_s);
        QVERIFY(header.isDamaged());
        QVERIFY(!header.serverKnown());
        QCOMPARE(header.total, 1); // its one line can be recovered
        QCOMPARE(batches.at(1).id, u"empty"_s);
        QVERIFY(batches.at(1).damage.contains(u"empty"_s));
        QCOMPARE(batches.at(2).kind, Outbox::Batch::Kind::Leftover);
        // Nothing with an unknown server is queued for any server.
        QStringList skipped;
        QCOMPARE(outbox.queue(server, {}, &skipped, &error)->size(), 0);
        for (const Outbox::Batch &batch : batches)
            QVERIFY2(outbox.drop(batch.id, &error), qPrintable(error));
        // A batch id is never a path out of the outbox.
        QVERIFY(writeFile(m_dir.filePath(u"outside.ndjson"_s), "{}\n"));
        QVERIFY(!outbox.drop(u"../outside"_s, &error));
        QVERIFY(QFile::exists(m_dir.filePath(u"outside.ndjson"_s)));
        QCOMPARE(QDir(path()).entryList(QDir::Files).size(), 0);
    }

    void damagedLinesAreNeverHandedOut()
    {
        Outbox outbox(path());
        QString error;
        const QString id = writeBatch(outbox, 4);
        QVERIFY(!id.isEmpty());
        QFile file(outbox.batchPath(id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.readAll().split('\n');
        file.close();
        lines[2] = lines[2].left(lines[2].size() / 2); // result #2 cut mid-line
        lines[3] = "not json at all";
        QVERIFY(writeFile(outbox.batchPath(id), lines.join('\n')));

        QStringList skipped;
        auto queue = outbox.queue(server, {}, &skipped, &error);
        QVERIFY(queue);
        QCOMPARE(queue->size(), 2);
        ResultQueue::Item item;
        QList<QJsonObject> handed;
        while (queue->take(&item)) {
            QVERIFY(!item.result.isEmpty());
            handed.append(item.result);
            QVERIFY(queue->settle(item, ResultQueue::Settlement::Stored, QString()));
        }
        QCOMPARE(handed, (QList<QJsonObject> {result(0), result(3)}));
        queue->close();
        // The damaged lines stay: the batch is kept, listed as damaged with nothing waiting.
        const auto batches = outbox.list(&error);
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.at(0).damagedLines, 2);
        QCOMPARE(batches.at(0).waiting(), 0);
        QVERIFY(batches.at(0).isDamaged());
    }

    void originsAreKeptAndOldBatchesStayReadable()
    {
        Outbox outbox(path());
        QString error;
        const QString id = writeBatch(outbox, 2);
        QVERIFY(writeFile(outbox.batchPath(u"0-old"_s),
            line({{"benchconnect_outbox"_L1, 1}, {"server"_L1, server}, {"count"_L1, 1}}) + line(result(7))));
        QStringList skipped;
        auto queue = outbox.queue(server, {}, &skipped, &error);
        QCOMPARE(queue->size(), 3);
        ResultQueue::Item item;
        QVERIFY(queue->take(&item));
        QCOMPARE(item.result, result(7));
        QCOMPARE(item.origin, u"outbox 0-old #1"_s);
        QVERIFY(queue->take(&item));
        QCOMPARE(item.result, result(0));
        QCOMPARE(item.origin, u"NDJSON line 1"_s);
        QVERIFY(queue->settle(item, ResultQueue::Settlement::Refused, u"unknown unit"_s));
        queue->close();
        const auto batches = outbox.list(&error);
        QCOMPARE(batches.size(), 2);
        QCOMPARE(batches.at(1).refused, 1);
        QCOMPARE(batches.at(1).waiting(), 1);
        QCOMPARE(batches.at(1).refusals, QStringList {u"NDJSON line 1: unknown unit"_s});
        // A refused result is not handed out again.
        auto again = outbox.queue(server, {id}, &skipped, &error);
        QCOMPARE(again->size(), 1);
        QVERIFY(again->take(&item));
        QCOMPARE(item.result, result(1));
        QVERIFY(!again->take(&item));
    }

    void aJournalThatCannotBeWrittenIsReported()
    {
        if (!QFile::exists(u"/dev/full"_s))
            QSKIP("no /dev/full");
        Outbox outbox(path());
        QString error;
        const QString id = writeBatch(outbox, 3);
        QVERIFY(QFile::link(u"/dev/full"_s, outbox.journalPath(id)));
        QStringList skipped;
        auto queue = outbox.queue(server, {}, &skipped, &error);
        QVERIFY2(queue, qPrintable(error));
        ResultQueue::Item item;
        QVERIFY(queue->take(&item));
        QVERIFY(!queue->settle(item, ResultQueue::Settlement::Stored, QString()));
        QVERIFY2(queue->errorString().contains(u"cannot record"_s), qPrintable(queue->errorString()));
    }

    // A process killed between creating a batch's lock file and writing its holder into it leaves
    // the file empty: the batch is not "being sent" for ever (retry would skip it every time); a
    // lock a live process holds still keeps others out.
    void anEmptyLockFileDoesNotStrandItsBatch()
    {
        Outbox outbox(path());
        QString error;
        QVERIFY(outbox.open(&error));
        const QString id = writeBatch(outbox, 3);
        QVERIFY(!id.isEmpty());
        QVERIFY(writeFile(outbox.lockPath(id), {}));
        const auto batches = outbox.list(&error);
        QCOMPARE(batches.size(), 1);
        QVERIFY(!batches.constFirst().inUse);
        QStringList skipped;
        auto queue = outbox.queue(server, {}, &skipped, &error);
        QVERIFY2(queue, qPrintable(error));
        QCOMPARE(skipped, QStringList());
        QCOMPARE(queue->size(), 3);
        // Held now: another queue of the same outbox skips it.
        QStringList skippedByOther;
        auto other = Outbox(path()).queue(server, {}, &skippedByOther, &error);
        QVERIFY2(other, qPrintable(error));
        QCOMPARE(skippedByOther, QStringList {id});
        QCOMPARE(other->size(), 0);
    }

    void filesAreOwnerOnlyWhateverTheUmask()
    {
        QDir(path()).removeRecursively();
        const Umask open(0);
        Outbox outbox(path());
        QString error;
        QVERIFY(outbox.open(&error));
        QCOMPARE(modeOf(path()), 0700);
        const QString id = writeBatch(outbox, 2);
        QCOMPARE(modeOf(outbox.batchPath(id)), 0600);
        QStringList skipped;
        auto queue = outbox.queue(server, {}, &skipped, &error);
        QVERIFY(queue);
        QCOMPARE(modeOf(outbox.lockPath(id)), 0600);
        QCOMPARE(modeOf(outbox.journalPath(id)), 0600);
    }

    void theUsersModeIsLeftAlone()
    {
        QVERIFY(QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner)); // 0500
        Outbox outbox(path());
        QString error;
        QStringList warnings;
        QVERIFY(outbox.open(&error, &warnings));
        QCOMPARE(modeOf(path()), 0500);
        if (::geteuid() != 0) { // root writes anyway
            QCOMPARE(warnings.size(), 1);
            QVERIFY(warnings.at(0).contains(u"not writable"_s));
        }
        ::chmod(QFile::encodeName(path()).constData(), 0755);
        warnings.clear();
        QVERIFY(outbox.open(&error, &warnings));
        QCOMPARE(modeOf(path()), 0755);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.at(0).contains(u"readable by others"_s));
    }

    void serversMatchNormalised_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("trailing slash") << u"http://127.0.0.1:5000/"_s << u"http://127.0.0.1:5000"_s << true;
        QTest::newRow("case") << u"HTTP://Conbench.Example.COM"_s << u"http://conbench.example.com"_s << true;
        QTest::newRow("default port") << u"https://c.example:443/"_s << u"https://c.example"_s << true;
        QTest::newRow("http port") << u"http://c.example:80"_s << u"http://c.example/"_s << true;
        QTest::newRow("other port") << u"http://c.example:8080"_s << u"http://c.example"_s << false;
        QTest::newRow("other host") << u"http://localhost:5000"_s << u"http://127.0.0.1:5000"_s << false;
        QTest::newRow("path") << u"https://c.example/conbench/"_s << u"https://c.example/conbench"_s << true;
        QTest::newRow("scheme") << u"http://c.example"_s << u"https://c.example"_s << false;
    }

    void serversMatchNormalised()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(Outbox::normalizedServer(a) == Outbox::normalizedServer(b), same);
    }
};

QTEST_GUILESS_MAIN(TestOutboxRecovery)
#include "tst_outboxrecovery.moc"

// Damaged outbox files are accounted for, not hidden: listed with what can be recovered, their
// intact lines sent (never a damaged line as an empty result), removable with outbox drop; a
// journal that cannot be written stops the submission. Runs the real benchconnect.
#include "outboxtestbase.h"

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace TestSupport;
using namespace OutboxTest;

class TestOutboxDamaged : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;

    QString outboxDir() const { return m_dir.filePath(u"outbox"_s); }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = m_server.environment();
        e.insert(u"BENCHCONNECT_OUTBOX"_s, outboxDir());
        e.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"20"_s);
        e.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"example/project"_s);
        e.insert(u"CONBENCH_PROJECT_COMMIT"_s, u"0123456789abcdef0123456789abcdef01234567"_s);
        return e;
    }

    ProgramRun bc(
        const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input = {})
    {
        return run(cliPath(), arguments, environment, input, m_dir.path());
    }

    // Submits count results while the server is down: they all wait in one batch. Returns its id.
    QString submitWhileDown(int count, const QString &prefix)
    {
        QFile state(m_dir.filePath(u"benchconnect-state.json"_s));
        if (!state.open(QIODevice::WriteOnly))
            return {};
        state.write(
            QJsonDocument(QJsonObject {{"run_id"_L1, u"run-"_s + prefix}, {"run_reason"_L1, "test"_L1}})
                .toJson());
        state.close();
        m_server.stop();
        QProcessEnvironment e = env();
        e.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"0.5"_s);
        const ProgramRun r = bc({u"submit"_s, u"result"_s, u"-"_s}, e, makeResults(count, prefix));
        if (r.exitCode != 6) {
            qWarning("submission: %d %s", r.exitCode, r.err.constData());
            return {};
        }
        if (!m_server.restart())
            return {};
        const QStringList files = batchFiles(outboxDir());
        return files.size() == 1 ? files.constFirst().chopped(7) : QString();
    }

    QString batchPath(const QString &id) const { return outboxDir() + u'/' + id + u".ndjson"_s; }

private slots:
    void init()
    {
        QDir(outboxDir()).removeRecursively();
        QVERIFY(m_server.start(u"current"_s));
    }
    void cleanup() { m_server.stop(); }

    void damagedAndEmptyBatchesAreListedAndDropped()
    {
        const QString id = submitWhileDown(3, u"hidden"_s);
        QVERIFY(!id.isEmpty());
        QByteArray data = readFile(batchPath(id));
        data[0] = '#'; // the header's first byte
        QVERIFY(writeFile(batchPath(id), data));
        QVERIFY(writeFile(batchPath(u"20260101T000000000-empty"_s), {}));

        const ProgramRun list = bc({u"outbox"_s, u"list"_s}, env());
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(!list.err.contains("empty ("), list.err.constData());
        QVERIFY2(
            list.out.contains(id.toUtf8()) && list.out.contains("(server unknown)"), list.out.constData());
        QVERIFY2(list.out.contains("20260101T000000000-empty"), list.out.constData());
        QVERIFY2(list.out.contains("recoverable: 3 readable results"), list.out.constData());
        QCOMPARE(list.out.count("damaged:"), 2);

        // The results wait, for a server only the user can name: work not done (1).
        const ProgramRun retry = bc({u"outbox"_s, u"retry"_s}, env());
        QCOMPARE(retry.exitCode, 1);
        QVERIFY2(retry.err.contains("error: 3 results wait in damaged batches whose server is unknown"),
            retry.err.constData());
        QCOMPARE(m_server.results().size(), 0);

        const ProgramRun drop = bc({u"outbox"_s, u"drop"_s, u"--all"_s}, env());
        QCOMPARE(drop.exitCode, 0);
        QVERIFY2(drop.err.contains("Dropped 2 batches"), drop.err.constData());
        QCOMPARE(QDir(outboxDir()).entryList(QDir::Files).size(), 0);
    }

    void aDamagedHeaderIsSentOnlyToANamedServer()
    {
        const QString id = submitWhileDown(4, u"header"_s);
        QVERIFY(!id.isEmpty());
        QByteArray data = readFile(batchPath(id));
        data = "garbage" + data.mid(data.indexOf('\n')); // the header replaced
        QVERIFY(writeFile(batchPath(id), data));

        const ProgramRun named = bc({u"outbox"_s, u"retry"_s, id}, env());
        QCOMPARE(named.exitCode, 2);
        QVERIFY2(named.err.contains("--to-server URL " + id.toUtf8()), named.err.constData());
        QCOMPARE(m_server.results().size(), 0);

        const ProgramRun sent = bc({u"outbox"_s, u"retry"_s, u"--to-server"_s, m_server.url(), id}, env());
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        const auto counts = storedCounts(m_server);
        QCOMPARE(counts.size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(counts.value(u"header-%1"_s.arg(i)), 1);
        QCOMPARE(batchFiles(outboxDir()).size(), 0); // whole again once its server is recorded
    }

    void damagedLinesAreNeverSentAsEmptyResults()
    {
        const QString id = submitWhileDown(5, u"cut"_s);
        QVERIFY(!id.isEmpty());
        QList<QByteArray> lines = readFile(batchPath(id)).split('\n');
        QCOMPARE(lines.size(), 7); // header, 5 results, the empty piece after the last newline
        lines[3] = lines[3].left(lines[3].size() / 2); // result #3 cut mid-line
        QVERIFY(writeFile(batchPath(id), lines.join('\n')));

        const ProgramRun retry = bc({u"outbox"_s, u"retry"_s}, env());
        QVERIFY2(retry.exitCode == 0, retry.err.constData());
        QVERIFY2(retry.err.contains("1 damaged line cannot be read and is not sent"), retry.err.constData());
        QCOMPARE(postsOfResults(m_server), 4); // nothing else was sent: no empty result
        const auto counts = storedCounts(m_server);
        QCOMPARE(counts.size(), 4);
        QVERIFY(!counts.contains(u"cut-2"_s));

        // The damaged line stays in the outbox, listed, until dropped.
        const ProgramRun list = bc({u"outbox"_s, u"list"_s}, env());
        QVERIFY2(list.out.contains(id.toUtf8() + "  " + m_server.url().toUtf8() + "  0 of 4 waiting"),
            list.out.constData());
        QVERIFY2(list.out.contains("damaged: 1 line cannot be read"), list.out.constData());
        QCOMPARE(bc({u"outbox"_s, u"drop"_s, id}, env()).exitCode, 0);
        QCOMPARE(batchFiles(outboxDir()).size(), 0);
    }

    void aConfirmationThatCannotBeRecordedStopsTheSubmission()
    {
        if (!QFile::exists(u"/dev/full"_s))
            QSKIP("no /dev/full");
        const QString id = submitWhileDown(6, u"full"_s);
        QVERIFY(!id.isEmpty());
        const QString journal = outboxDir() + u'/' + id + u".done"_s;
        QFile::remove(journal);
        QVERIFY(QFile::link(u"/dev/full"_s, journal)); // every write: no space left

        const ProgramRun retry = bc({u"outbox"_s, u"retry"_s, u"--max-in-flight"_s, u"1"_s}, env());
        QCOMPARE(retry.exitCode, 9);
        QVERIFY2(
            retry.err.contains("cannot record what the server did") && retry.err.contains("Sending stopped"),
            retry.err.constData());
        QCOMPARE(m_server.results().size(), 1); // stopped after the first

        // Once the journal can be written, the retry finds the stored one and sends the rest.
        QVERIFY(QFile::remove(journal));
        const ProgramRun again = bc({u"outbox"_s, u"retry"_s}, env());
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const auto counts = storedCounts(m_server);
        QCOMPARE(counts.size(), 6);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(counts.value(u"full-%1"_s.arg(i)), 1);
    }

    void anOutboxThatCannotBeWrittenIsNotDoneInPart()
    {
        // A directory its owner cannot write to (root writes anywhere: for root, a path below a
        // regular file, which no one can create).
        QString outbox = outboxDir();
        if (::geteuid() == 0) {
            QVERIFY(writeFile(m_dir.filePath(u"a-file"_s), "x"));
            outbox = m_dir.filePath(u"a-file/outbox"_s);
        } else {
            QVERIFY(QDir().mkpath(outbox));
            QVERIFY(QFile::setPermissions(outbox, QFileDevice::ReadOwner | QFileDevice::ExeOwner)); // 0500
        }
        QFile state(m_dir.filePath(u"benchconnect-state.json"_s));
        QVERIFY(state.open(QIODevice::WriteOnly));
        state.write(R"({"run_id": "run-ro", "run_reason": "test"})");
        state.close();
        QProcessEnvironment e = env();
        e.insert(u"BENCHCONNECT_OUTBOX"_s, outbox);
        const ProgramRun r = bc({u"submit"_s, u"result"_s, u"-"_s}, e, makeResults(2, u"ro"_s));
        const auto modeAfter = QFile::permissions(outboxDir());
        QFile::setPermissions(
            outboxDir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(r.exitCode, 9);
        QVERIFY2(r.err.contains("nothing was sent"), r.err.constData());
        if (::geteuid() != 0) {
            QVERIFY2(r.err.contains("not writable by its owner"), r.err.constData());
            QCOMPARE(
                modeAfter & QFileDevice::WriteOwner, QFileDevice::Permissions()); // left as the user set it
        }
        QCOMPARE(m_server.results().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutboxDamaged)
#include "tst_outbox_damaged.moc"

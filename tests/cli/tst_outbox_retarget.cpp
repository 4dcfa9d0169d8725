// The outbox is not bound to the exact URL string: URLs match normalised, "nothing waits" names
// the servers that do have waiting results, and retry --to-server sends batches to another server
// with the duplicate look-up against that one. Runs the real benchconnect against two test servers.
#include "outboxtestbase.h"

using namespace Qt::StringLiterals;
using namespace TestSupport;
using namespace OutboxTest;

class TestOutboxRetarget : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_old; // where the results were first sent
    TestServer m_new; // where the server moved

    QString outboxDir() const { return m_dir.filePath(u"outbox"_s); }

    QProcessEnvironment env(const TestServer &server) const
    {
        QProcessEnvironment e = server.environment();
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

    // Submits count results to m_old while it is down; returns the batch's id.
    QString submitWhileDown(int count, const QString &prefix)
    {
        QFile state(m_dir.filePath(u"benchconnect-state.json"_s));
        if (!state.open(QIODevice::WriteOnly))
            return {};
        state.write(
            QJsonDocument(QJsonObject {{"run_id"_L1, u"run-"_s + prefix}, {"run_reason"_L1, "test"_L1}})
                .toJson());
        state.close();
        m_old.stop();
        QProcessEnvironment e = env(m_old);
        e.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"0.5"_s);
        const ProgramRun r = bc({u"submit"_s, u"result"_s, u"-"_s}, e, makeResults(count, prefix));
        if (r.exitCode != 6) {
            qWarning("submission: %d %s", r.exitCode, r.err.constData());
            return {};
        }
        const QStringList files = batchFiles(outboxDir());
        return files.size() == 1 ? files.constFirst().chopped(7) : QString();
    }

    QString batchPath(const QString &id) const { return outboxDir() + u'/' + id + u".ndjson"_s; }

private slots:
    void init()
    {
        QDir(outboxDir()).removeRecursively();
        QVERIFY(m_old.start(u"current"_s));
        QVERIFY(m_new.start(u"current"_s));
    }
    void cleanup()
    {
        m_old.stop();
        m_new.stop();
    }

    void theSameServerWrittenAnotherWayMatches()
    {
        const QString id = submitWhileDown(3, u"norm"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(m_old.restart());
        // The batch recorded with the URL written another way (as a user's CONBENCH_URL may be).
        QByteArray data = readFile(batchPath(id));
        const QByteArray recorded = m_old.url().toUtf8();
        QVERIFY(data.contains("\"" + recorded + "\""));
        data.replace("\"" + recorded + "\"", "\"" + recorded.toUpper().replace("HTTP://", "HTTP://") + "/\"");
        QVERIFY(writeFile(batchPath(id), data));

        const ProgramRun retry = bc({u"outbox"_s, u"retry"_s}, env(m_old));
        QVERIFY2(retry.exitCode == 0, retry.err.constData());
        QCOMPARE(m_old.results().size(), 3);
        QCOMPARE(batchFiles(outboxDir()).size(), 0);
    }

    void aMovedServerGetsTheBatchesWhenNamed()
    {
        const QString id = submitWhileDown(4, u"moved"_s);
        QVERIFY(!id.isEmpty());
        // The new server holds one of them already (sent there by hand, say): not sent twice.
        const QList<QByteArray> lines = readFile(batchPath(id)).split('\n');
        const QJsonObject first = QJsonDocument::fromJson(lines.at(1)).object().value("result"_L1).toObject();
        QVERIFY(!first.isEmpty());
        QProcessEnvironment byHand = env(m_new);
        byHand.insert(u"BENCHCONNECT_OUTBOX"_s, m_dir.filePath(u"other-outbox"_s));
        QCOMPARE(bc({u"post"_s, u"result"_s, u"--json"_s,
                        QString::fromUtf8(QJsonDocument(first).toJson(QJsonDocument::Compact))},
                     byHand)
                     .exitCode,
            0);
        QCOMPARE(m_new.results().size(), 1);

        // Nothing waits for the new server: the message says how many results wait for which
        // server and how to send them, and the work is not done (1).
        const ProgramRun nothing = bc({u"outbox"_s, u"retry"_s}, env(m_new));
        QVERIFY2(nothing.exitCode == 1, nothing.err.constData());
        QVERIFY2(nothing.err.contains("error: Nothing in the outbox waits for " + m_new.url().toUtf8()),
            nothing.err.constData());
        const QByteArray oldUrl = m_old.url().toUtf8();
        const QByteArray newUrl = m_new.url().toUtf8();
        QVERIFY2(nothing.err.contains("error: 4 results wait for " + oldUrl
                     + ": send them there with CONBENCH_URL=" + oldUrl + " benchconnect outbox retry, or to "
                     + newUrl + " instead with benchconnect outbox retry --to-server " + newUrl + "."),
            nothing.err.constData());
        QCOMPARE(m_new.results().size(), 1);

        // Naming the batch alone is not enough: it is for another server.
        const ProgramRun named = bc({u"outbox"_s, u"retry"_s, id}, env(m_new));
        QCOMPARE(named.exitCode, 4);
        QVERIFY2(named.err.contains("--to-server " + m_new.url().toUtf8()), named.err.constData());

        // A --to-server URL ending with /api is refused, and the message names --to-server.
        const ProgramRun withApi
            = bc({u"outbox"_s, u"retry"_s, u"--to-server"_s, m_new.url() + u"/api"_s}, env(m_old));
        QCOMPARE(withApi.exitCode, 2);
        QVERIFY2(withApi.err.contains("--to-server \"" + m_new.url().toUtf8() + "/api\" ends with /api"),
            withApi.err.constData());
        QCOMPARE(m_new.results().size(), 1);

        const ProgramRun moved = bc({u"outbox"_s, u"retry"_s, u"--to-server"_s, m_new.url()}, env(m_old));
        QVERIFY2(moved.exitCode == 0, moved.err.constData());
        QVERIFY2(moved.err.contains("found stored already"), moved.err.constData());
        const auto counts = storedCounts(m_new);
        QCOMPARE(counts.size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(counts.value(u"moved-%1"_s.arg(i)), 1);
        QCOMPARE(m_old.results().size(), 0);
        QCOMPARE(batchFiles(outboxDir()).size(), 0);

        // Nothing waits anywhere: nothing to do is success.
        for (const TestServer *server : {&m_old, &m_new}) {
            const ProgramRun empty = bc({u"outbox"_s, u"retry"_s}, env(*server));
            QVERIFY2(empty.exitCode == 0, empty.err.constData());
            QVERIFY2(empty.err.contains("Nothing in the outbox waits for " + server->url().toUtf8() + ".\n"),
                empty.err.constData());
            QVERIFY2(!empty.err.contains("error:"), empty.err.constData());
        }
    }

    void whatFailsAtTheNewServerWaitsForIt()
    {
        const QString id = submitWhileDown(2, u"stays"_s);
        QVERIFY(!id.isEmpty());
        const QString newUrl = m_new.url();
        m_new.stop();
        QProcessEnvironment e = env(m_old);
        e.insert(u"BENCHCONNECT_RETRY_DEADLINE"_s, u"0.5"_s);
        const ProgramRun moved = bc({u"outbox"_s, u"retry"_s, u"--to-server"_s, newUrl, id}, e);
        QCOMPARE(moved.exitCode, 6);
        // Nothing was sent (the look-up failed), and the batch still waits for its old server.
        const ProgramRun list = bc({u"outbox"_s, u"list"_s}, env(m_old));
        QVERIFY2(list.out.contains(m_old.url().toUtf8() + "  2 of 2 waiting"), list.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestOutboxRetarget)
#include "tst_outbox_retarget.moc"

// ConbenchClient's look-ups of stored results and the matching of results against them, on the
// real client against the project's test server (and on plain objects for the matching).
#include "conbenchclient.h"
#include "testsupport.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject makeResult(const QString &runId, const QString &name)
{
    return QJsonObject {
        {"run_id"_L1, runId},
        {"batch_id"_L1, "batch-1"_L1},
        {"timestamp"_L1, "2026-11-28T02:00:00.250+00:00"_L1},
        {"tags"_L1, QJsonObject {{"name"_L1, name}, {"size"_L1, 32}}},
        {"context"_L1, QJsonObject {{"compiler"_L1, "gcc"_L1}}},
        {"info"_L1, QJsonObject {{"version"_L1, "1"_L1}}},
        {"stats"_L1, QJsonObject {{"data"_L1, QJsonArray {1.5, 2.5}}, {"unit"_L1, "s"_L1}}},
        {"cluster_info"_L1,
            QJsonObject {{"name"_L1, "cluster"_L1}, {"info"_L1, QJsonObject {{"nodes"_L1, "4"_L1}}},
                {"optional_info"_L1, QJsonObject {}}}},
        {"github"_L1,
            QJsonObject {{"repository"_L1, "https://github.com/example/project"_L1},
                {"commit"_L1, "0123456789abcdef0123456789abcdef01234567"_L1}}},
    };
}

ClientSettings settingsFor(const TestServer &server)
{
    ClientSettings settings;
    settings.baseUrl = QUrl(server.url());
    settings.retryDeadline = std::chrono::seconds(10);
    return settings;
}

} // namespace

class TestConbenchClient : public QObject
{
    Q_OBJECT

    TestServer m_server;

private slots:
    void initTestCase() { QVERIFY(m_server.start(u"current"_s)); }
    void init() { QVERIFY(m_server.reset()); }

    // Each look-up delivers its completion exactly once, from the event loop, never inside the
    // call that starts it: with no run to read (results without a run_id), one run, and many.
    void fetchStoredResultsCompletesLater_data()
    {
        QTest::addColumn<int>("runs");
        QTest::addColumn<int>("perRun");
        QTest::newRow("no run") << 0 << 0;
        QTest::newRow("one empty run") << 1 << 0;
        QTest::newRow("one run") << 1 << 3;
        QTest::newRow("many runs") << 7 << 2;
    }
    void fetchStoredResultsCompletesLater()
    {
        QFETCH(int, runs);
        QFETCH(int, perRun);
        ConbenchClient client(settingsFor(m_server));
        QSet<QString> runIds;
        for (int r = 0; r < runs; ++r) {
            const QString runId = u"run-%1"_s.arg(r);
            runIds.insert(runId);
            for (int i = 0; i < perRun; ++i) {
                ApiCall *call = client.postResult(makeResult(runId, u"bench-%1"_s.arg(i)));
                QSignalSpy finished(call, &ApiCall::finished);
                QVERIFY(finished.wait(10000));
                QVERIFY2(call->succeeded(), qPrintable(call->message()));
            }
        }
        QCOMPARE(m_server.results().size(), runs * perRun);

        int calls = 0;
        ApiCall::Outcome outcome = ApiCall::Outcome::Pending;
        qsizetype found = -1;
        QObject context;
        client.fetchStoredResults(
            runIds, &context, [&](ApiCall::Outcome o, const QString &, const StoredResults &stored) {
                ++calls;
                outcome = o;
                found = stored.size();
            });
        QCOMPARE(calls, 0); // not inside the call
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
        QCOMPARE(outcome, ApiCall::Outcome::Success);
        QTest::qWait(50);
        QCOMPARE(calls, 1);
        // Our own posts confirmed those results already: none is offered again.
        QCOMPARE(found, 0);

        // A fresh client (another process) finds every one of them.
        ConbenchClient other(settingsFor(m_server));
        calls = 0;
        other.fetchStoredResults(
            runIds, &context, [&](ApiCall::Outcome o, const QString &, const StoredResults &stored) {
                ++calls;
                outcome = o;
                found = stored.size();
            });
        QCOMPARE(calls, 0);
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
        QCOMPARE(found, qsizetype(runs * perRun));
    }

    void fetchRunResultsCompletesLater_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("many") << 5;
    }
    void fetchRunResultsCompletesLater()
    {
        QFETCH(int, count);
        ConbenchClient client(settingsFor(m_server));
        for (int i = 0; i < count; ++i) {
            ApiCall *call = client.postResult(makeResult(u"run-x"_s, u"bench-%1"_s.arg(i)));
            QSignalSpy finished(call, &ApiCall::finished);
            QVERIFY(finished.wait(10000));
        }
        int calls = 0;
        qsizetype seen = 0;
        QObject context;
        client.fetchRunResults(
            u"run-x"_s, &context,
            [&](const QJsonArray &page) {
                seen += page.size();
                return false;
            },
            [&](ApiCall::Outcome, const QString &) { ++calls; });
        QCOMPARE(calls, 0);
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
        QCOMPARE(seen, qsizetype(count));
    }

    // Two results that differ in one thing the server keeps are two stored results; a stored
    // result confirms one of them, not both.
    void storedResultConfirmsOneResult_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("other");
        QTest::newRow("context") << u"context"_s << QJsonValue(QJsonObject {{"compiler"_L1, "clang"_L1}});
        QTest::newRow("info") << u"info"_s << QJsonValue(QJsonObject {{"version"_L1, "2"_L1}});
        QTest::newRow("stats") << u"stats"_s
                               << QJsonValue(
                                      QJsonObject {{"data"_L1, QJsonArray {1.5, 2.75}}, {"unit"_L1, "s"_L1}});
        QTest::newRow("unit") << u"stats"_s
                              << QJsonValue(
                                     QJsonObject {{"data"_L1, QJsonArray {1.5, 2.5}}, {"unit"_L1, "ns"_L1}});
        QTest::newRow("error") << u"error"_s << QJsonValue(QJsonObject {{"stack"_L1, "boom"_L1}});
        QTest::newRow("cluster") << u"cluster_info"_s
                                 << QJsonValue(QJsonObject {{"name"_L1, "other"_L1},
                                        {"info"_L1, QJsonObject {}}, {"optional_info"_L1, QJsonObject {}}});
    }
    void storedResultConfirmsOneResult()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, other);
        const QJsonObject first = makeResult(u"run-1"_s, u"bench"_s);
        QJsonObject second = first;
        second.insert(field, other);
        QVERIFY(!ConbenchClient::sameResult(first, second));
        QVERIFY(!ConbenchClient::sameResult(second, first));

        StoredResults onlyFirst;
        onlyFirst.add(first);
        QVERIFY(!onlyFirst.take(second));
        QVERIFY(onlyFirst.take(first));
        QVERIFY(!onlyFirst.take(first)); // used up

        StoredResults both;
        both.add(second);
        both.add(first);
        QVERIFY(both.take(first));
        QVERIFY(both.take(second));
        QCOMPARE(both.size(), 0);
    }

    // Identical results sent twice are stored twice: each stored one confirms one of them.
    void identicalResultsCounted()
    {
        const QJsonObject result = makeResult(u"run-1"_s, u"bench"_s);
        StoredResults stored;
        stored.add(result);
        QVERIFY(stored.take(result));
        QVERIFY(!stored.take(result));
        stored.add(result);
        stored.add(result);
        QVERIFY(stored.take(result));
        QVERIFY(stored.take(result));
        QVERIFY(!stored.take(result));
    }

    // What Conbench gives back differs in form from what was sent: the same result still matches.
    void matchesWhatSurvivesTheRoundTrip()
    {
        const QJsonObject sent = makeResult(u"run-1"_s, u"bench"_s);
        QJsonObject stored = sent;
        stored.insert("id"_L1, "abc"_L1);
        stored.insert("timestamp"_L1, "2026-11-28T02:00:00Z"_L1); // to the second, in UTC
        stored.insert("tags"_L1, QJsonObject {{"name"_L1, "bench"_L1}, {"size"_L1, "32"_L1}}); // strings
        stored.insert("stats"_L1,
            QJsonObject {{"data"_L1, QJsonArray {"1.5"_L1, 2.5}}, {"unit"_L1, "s"_L1}, {"mean"_L1, 2.0},
                {"iterations"_L1, QJsonValue::Null}});
        stored.insert("error"_L1, QJsonValue::Null);
        stored.remove("context"_L1); // Conbench's list links context and info instead
        stored.remove("info"_L1);
        stored.remove("cluster_info"_L1);
        QVERIFY(ConbenchClient::sameResult(sent, stored));

        QJsonObject offset = sent;
        offset.insert("timestamp"_L1, "2026-11-28T04:00:00.9+02:00"_L1);
        QVERIFY(ConbenchClient::sameResult(offset, stored));

        QJsonObject legacyUnit = sent;
        legacyUnit.insert(
            "stats"_L1, QJsonObject {{"data"_L1, QJsonArray {1.5, 2.5}}, {"unit"_L1, "b/s"_L1}});
        QJsonObject storedUnit = stored;
        storedUnit.insert(
            "stats"_L1, QJsonObject {{"data"_L1, QJsonArray {1.5, 2.5}}, {"unit"_L1, "B/s"_L1}});
        QVERIFY(ConbenchClient::sameResult(legacyUnit, storedUnit));

        QJsonObject otherSecond = sent;
        otherSecond.insert("timestamp"_L1, "2026-11-28T02:00:01+00:00"_L1);
        QVERIFY(!ConbenchClient::sameResult(otherSecond, stored));
    }

    // Answers that are not Conbench's are summarised in one short line.
    void errorBodiesInOneLine()
    {
        QByteArray page = "<!DOCTYPE html>\n<html><head>\n<title>502 Bad Gateway</title></head><body>";
        page += QByteArray(2000, 'x') + "\n</body></html>\n";
        const QString line = ConbenchClient::describeErrorBody(502, page);
        QCOMPARE(line, u"HTTP 502: 502 Bad Gateway"_s);
        const QString text = ConbenchClient::describeErrorBody(503, "upstream down\nretry later\n");
        QCOMPARE(text, u"HTTP 503: upstream down"_s);
        QVERIFY(ConbenchClient::describeErrorBody(500, QByteArray(5000, 'y')).size() < 120);
    }
};

QTEST_GUILESS_MAIN(TestConbenchClient)
#include "tst_conbenchclient.moc"

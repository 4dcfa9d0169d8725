// The client's reading of a server's answer, through its pure functions (the same that
// fuzz_server_answer drives): Retry-After, what a 2xx answer must look like, paging.
#include "conbenchclient.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestServerAnswer : public QObject
{
    Q_OBJECT

    static QDateTime now() { return QDateTime(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC); }

private slots:
    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("absent") << QByteArray() << qint64(-1);
        QTest::newRow("seconds") << QByteArray(" 2 ") << qint64(2000);
        QTest::newRow("fraction") << QByteArray("0.5") << qint64(500);
        QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
        // Found while writing fuzz_server_answer's corpus: Qt 6.4 reads no date ending in "GMT",
        // the form HTTP uses, so a Retry-After date was ignored.
        QTest::newRow("date") << QByteArray("Sat, 28 Nov 2026 05:00:30 GMT") << qint64(30000);
        QTest::newRow("date passed") << QByteArray("Sat, 28 Nov 2026 04:00:00 GMT") << qint64(0);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        // Found by fuzz_server_answer: converted to milliseconds, these overflowed a qint64
        // (undefined behaviour); now they are a wait longer than any deadline.
        QTest::newRow("1e300") << QByteArray("1e300") << qint64(1e15);
        QTest::newRow("inf") << QByteArray("inf") << qint64(1e15);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, ms);
        QCOMPARE(ConbenchClient::retryAfterMs(header, now()), ms);
    }

    void unexpectedAnswers()
    {
        const ConbenchClient::AnswerContext postResult {"POST", u"/api/benchmark-results/"_s, false, true};
        QCOMPARE(
            ConbenchClient::unexpectedAnswer(postResult, 201, u"application/json"_s, false, R"({"id": "x"})"),
            QString());
        QCOMPARE(ConbenchClient::unexpectedAnswer(postResult, 201, u"application/json"_s, false, "{}"),
            u"HTTP 201, application/json, no id of a stored result"_s);
        const QString page = ConbenchClient::unexpectedAnswer(
            postResult, 200, u"text/html"_s, false, "<html><title>Sign in to the network</title></html>");
        QVERIFY2(page.startsWith(u"HTTP 200, text/html: "_s) && page.contains(u"Sign in to the network"_s),
            qPrintable(page));
        const ConbenchClient::AnswerContext login {"POST", u"/api/login/"_s, true, false};
        QCOMPARE(ConbenchClient::unexpectedAnswer(login, 200, QString(), true, QByteArray()), QString());
        QCOMPARE(ConbenchClient::unexpectedAnswer(login, 200, QString(), false, QByteArray()),
            u"HTTP 200, no body"_s);
    }

    void pages()
    {
        QString next;
        QJsonArray results = ConbenchClient::pageOfResults(
            QJsonDocument::fromJson(R"({"data": [{"id": "a"}], "metadata": {"next_page_cursor": "a"}})"),
            &next);
        QCOMPARE(results.size(), 1);
        QCOMPARE(next, u"a"_s);
        results
            = ConbenchClient::pageOfResults(QJsonDocument::fromJson(R"([{"id": "b"}, {"id": "c"}])"), &next);
        QCOMPARE(results.size(), 2);
        QCOMPARE(next, QString());
        results = ConbenchClient::pageOfResults(QJsonDocument::fromJson(R"({"metadata": 3})"), &next);
        QCOMPARE(results.size(), 0);
        QCOMPARE(next, QString());
    }
};

QTEST_GUILESS_MAIN(TestServerAnswer)
#include "tst_serveranswer.moc"

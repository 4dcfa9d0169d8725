// SPDX-License-Identifier: MIT
// Starts the real benchconnect-testserver with QProcess and talks HTTP to it.
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

class TestServer
{
public:
    ~TestServer() { stop(); }

    bool start(const QStringList &arguments)
    {
        m_process.setProgram(QStringLiteral(BENCHCONNECT_TESTSERVER));
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine() && timer.elapsed() < 10000) {
            if (!m_process.waitForReadyRead(200) && m_process.state() != QProcess::Running)
                break;
        }
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        if (!line.startsWith(u"listening on "_s)) {
            qWarning() << "server said" << line << m_process.readAllStandardError();
            return false;
        }
        m_url = QUrl(line.mid(13));
        return m_url.isValid() && m_url.port() > 0;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QUrl url(const QString &path) const
    {
        QUrl u = m_url;
        const qsizetype q = path.indexOf(u'?');
        u.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            u.setQuery(path.mid(q + 1));
        return u;
    }
    QUrl base() const { return m_url; }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QUrl m_url;
};

Reply send(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
    const QByteArray &contentType = "application/json", int timeoutMs = 15000)
{
    QNetworkRequest request(url);
    if (!contentType.isEmpty() && (!body.isEmpty() || verb == "POST" || verb == "PUT"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    if (!reply->isFinished()) {
        reply->abort();
        r.error = QNetworkReply::TimeoutError;
    } else {
        r.error = reply->error();
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    r.elapsedMs = timer.elapsed();
    reply->deleteLater();
    return r;
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray toJson(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QJsonObject machineInfo()
{
    // As the Python tool sends it: every scalar a string.
    return QJsonObject {{u"name"_s, u"bench-host"_s}, {u"os_name"_s, u"Linux"_s},
        {u"os_version"_s, u"6.1.0-13-amd64-x86_64-with-glibc2.36"_s}, {u"architecture_name"_s, u"x86_64"_s},
        {u"kernel_name"_s, u"6.1.0-13-amd64"_s}, {u"memory_bytes"_s, u"34359738368"_s},
        {u"cpu_model_name"_s, u"Some CPU"_s}, {u"cpu_core_count"_s, u"8"_s}, {u"cpu_thread_count"_s, u"16"_s},
        {u"cpu_l1d_cache_bytes"_s, u"32768"_s}, {u"cpu_l1i_cache_bytes"_s, u"32768"_s},
        {u"cpu_l2_cache_bytes"_s, u"524288"_s}, {u"cpu_l3_cache_bytes"_s, u"16777216"_s},
        {u"cpu_frequency_max_hz"_s, u"0"_s}, {u"gpu_count"_s, u"0"_s},
        {u"gpu_product_names"_s, QJsonArray {}}};
}

QJsonObject github()
{
    return QJsonObject {{u"repository"_s, u"https://github.com/org/repo"_s},
        {u"commit"_s, u"0123456789abcdef0123456789abcdef01234567"_s}, {u"pr_number"_s, QJsonValue::Null}};
}

QJsonObject result(const QString &runId = u"run-1"_s)
{
    return QJsonObject {{u"run_id"_s, runId}, {u"run_reason"_s, u"commit"_s},
        {u"run_name"_s, u"commit: 0123456"_s}, {u"batch_id"_s, u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s},
        {u"timestamp"_s, u"2023-09-01T10:00:00+00:00"_s},
        {u"tags"_s, QJsonObject {{u"name"_s, u"file-write"_s}, {u"size"_s, 3}}},
        {u"context"_s, QJsonObject {{u"compiler"_s, u"gcc"_s}}}, {u"info"_s, QJsonObject {}},
        {u"stats"_s,
            QJsonObject {
                {u"data"_s, QJsonArray {1.5, 1.25, u"1.75"_s}}, {u"unit"_s, u"s"_s}, {u"iterations"_s, 3}}},
        {u"machine_info"_s, machineInfo()}, {u"github"_s, github()}};
}

QStringList modeArgs(const QString &mode)
{
    return {u"--mode"_s, mode};
}

} // namespace

class TestServerTest : public QObject
{
    Q_OBJECT

private:
    QJsonObject state(TestServer &server)
    {
        QNetworkAccessManager nam;
        const Reply r = send(nam, "GET", server.url(u"/_test/state"_s));
        return r.object();
    }
    bool setFaults(TestServer &server, const QJsonArray &rules)
    {
        QNetworkAccessManager nam;
        return send(nam, "POST", server.url(u"/_test/faults"_s), toJson(rules)).status == 200;
    }

private slots:
    void modes_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("2023") << u"2023"_s;
        QTest::newRow("current") << u"current"_s;
    }

    void pingAndUnknown_data() { modes_data(); }
    void pingAndUnknown()
    {
        QFETCH(QString, mode);
        TestServer server;
        QVERIFY(server.start(modeArgs(mode)));
        QCOMPARE(server.base().scheme(), u"http"_s);
        QCOMPARE(server.base().host(), u"127.0.0.1"_s);
        QNetworkAccessManager nam;
        Reply r = send(nam, "GET", server.url(u"/api/ping/"_s));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.object().value(u"date"_s).toString().isEmpty());
        r = send(nam, "GET", server.url(u"/api/nothing-here/"_s));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object(), (QJsonObject {{u"code"_s, 404}, {u"name"_s, u"Not Found"_s}}));
        r = send(nam, "GET", server.url(u"/api/runs/unknown-run/"_s));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object(), (QJsonObject {{u"code"_s, 404}, {u"name"_s, u"Not Found"_s}}));
    }

    void validResult_data() { modes_data(); }
    void validResult()
    {
        QFETCH(QString, mode);
        TestServer server;
        QVERIFY(server.start(modeArgs(mode)));
        QNetworkAccessManager nam;
        Reply r = send(nam, "POST", server.url(u"/api/benchmark-results/"_s), toJson(result()));
        QCOMPARE(r.status, 201);
        const QString id = r.object().value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(r.header("Location").endsWith("/api/benchmarks/" + id.toLatin1() + "/"));
        QCOMPARE(r.object().value(u"run_id"_s).toString(), u"run-1"_s);

        // The older alias takes results too.
        r = send(nam, "POST", server.url(u"/api/benchmarks/"_s), toJson(result()));
        QCOMPARE(r.status, 201);

        // One by id, unknown id 404.
        r = send(nam, "GET", server.url(u"/api/benchmark-results/%1/"_s.arg(id)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"id"_s).toString(), id);
        r = send(nam, "GET", server.url(u"/api/benchmarks/nope/"_s));
        QCOMPARE(r.status, 404);

        // The run was created implicitly from the result.
        r = send(nam, "GET", server.url(u"/api/runs/run-1/"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"id"_s).toString(), u"run-1"_s);
        QCOMPARE(r.object().value(u"reason"_s).toString(), u"commit"_s);
        QCOMPARE(r.object().value(u"name"_s).toString(), u"commit: 0123456"_s);
        QCOMPARE(r.object().value(u"has_errors"_s).toBool(), false);

        // Listing by run: a plain array in 2023, {data, metadata} now.
        r = send(nam, "GET", server.url(u"/api/benchmark-results/?run_id=run-1"_s));
        QCOMPARE(r.status, 200);
        const QJsonDocument listing = QJsonDocument::fromJson(r.body);
        if (mode == u"2023"_s) {
            QVERIFY(listing.isArray());
            QCOMPARE(listing.array().size(), 2);
        } else {
            QVERIFY(listing.isObject());
            QCOMPARE(listing.object().value(u"data"_s).toArray().size(), 2);
            QVERIFY(listing.object().value(u"metadata"_s).toObject().contains(u"next_page_cursor"_s));
            QVERIFY(listing.object().value(u"metadata"_s).toObject().value(u"next_page_cursor"_s).isNull());
        }
        r = send(nam, "GET", server.url(u"/api/benchmarks/?run_id=other-run"_s));
        QCOMPARE(r.status, 200);

        const QJsonObject s = state(server);
        QCOMPARE(s.value(u"results"_s).toArray().size(), 2);
        QJsonObject stored = s.value(u"results"_s).toArray().at(0).toObject();
        QCOMPARE(stored.value(u"id"_s).toString(), id);
        stored.remove(u"id"_s);
        QCOMPARE(stored, result()); // exactly what was sent
        QVERIFY(s.value(u"runs"_s).toObject().contains(u"run-1"_s));
        const QJsonArray requests = s.value(u"requests"_s).toArray();
        QCOMPARE(requests.at(0).toObject().value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(requests.at(0).toObject().value(u"path"_s).toString(), u"/api/benchmark-results/"_s);
        QCOMPARE(requests.at(0).toObject().value(u"status"_s).toInt(), 201);
        QCOMPARE(requests.at(0).toObject().value(u"cookie"_s).toBool(), false);
    }

    void pagination()
    {
        TestServer server;
        QVERIFY(server.start(modeArgs(u"current"_s)));
        QNetworkAccessManager nam;
        for (int i = 0; i < 5; ++i)
            QCOMPARE(
                send(nam, "POST", server.url(u"/api/benchmark-results/"_s), toJson(result())).status, 201);
        Reply r = send(nam, "GET", server.url(u"/api/benchmark-results/?run_id=run-1&page_size=2"_s));
        QCOMPARE(r.status, 200);
        QStringList seen;
        QJsonValue cursor = r.object().value(u"metadata"_s).toObject().value(u"next_page_cursor"_s);
        for (const QJsonValue &v : r.object().value(u"data"_s).toArray())
            seen << v.toObject().value(u"id"_s).toString();
        while (cursor.isString()) {
            r = send(nam, "GET",
                server.url(
                    u"/api/benchmark-results/?run_id=run-1&page_size=2&cursor="_s + cursor.toString()));
            QCOMPARE(r.status, 200);
            for (const QJsonValue &v : r.object().value(u"data"_s).toArray())
                seen << v.toObject().value(u"id"_s).toString();
            cursor = r.object().value(u"metadata"_s).toObject().value(u"next_page_cursor"_s);
        }
        QCOMPARE(seen.size(), 5);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 5);
    }

    void runTags_data() { modes_data(); }
    void runTags()
    {
        QFETCH(QString, mode);
        TestServer server;
        QVERIFY(server.start(modeArgs(mode)));
        QNetworkAccessManager nam;
        QJsonObject body = result();
        body.insert(u"run_tags"_s, QJsonObject {{u"arch"_s, u"x86"_s}});
        const Reply r = send(nam, "POST", server.url(u"/api/benchmark-results/"_s), toJson(body));
        if (mode == u"2023"_s) {
            QCOMPARE(r.status, 400);
            QCOMPARE(r.object().value(u"code"_s).toInt(), 400);
            QCOMPARE(r.object().value(u"name"_s).toString(), u"Bad Request"_s);
            QCOMPARE(r.object().value(u"description"_s).toObject(),
                (QJsonObject {{u"run_tags"_s, QJsonArray {u"Unknown field."_s}}}));
            QCOMPARE(state(server).value(u"results"_s).toArray().size(), 0);
        } else {
            QCOMPARE(r.status, 201);
            // Legacy run_name folds into run_tags.name.
            QCOMPARE(
                r.object().value(u"run_tags"_s).toObject().value(u"name"_s).toString(), u"commit: 0123456"_s);
            QCOMPARE(r.object().value(u"run_tags"_s).toObject().value(u"arch"_s).toString(), u"x86"_s);
        }
    }

    void machineInfoTypes_data() { modes_data(); }
    void machineInfoTypes()
    {
        QFETCH(QString, mode);
        TestServer server;
        QVERIFY(server.start(modeArgs(mode)));
        QNetworkAccessManager nam;

        // Strings holding integers, and real integers, pass.
        QJsonObject body = result();
        QJsonObject machine = machineInfo();
        machine.insert(u"cpu_thread_count"_s, 16);
        body.insert(u"machine_info"_s, machine);
        QCOMPARE(send(nam, "POST", server.url(u"/api/benchmark-results/"_s), toJson(body)).status, 201);

        machine.insert(u"cpu_core_count"_s, u"abc"_s);
        machine.insert(u"name"_s, 42); // a number is not a string
        body.insert(u"machine_info"_s, machine);
        const Reply r = send(nam, "POST", server.url(u"/api/benchmark-results/"_s), toJson(body));
        QCOMPARE(r.status, 400);
        const QJsonObject description = r.object().value(u"description"_s).toObject();
        QCOMPARE(description,
            (QJsonObject {{u"machine_info"_s,
                QJsonObject {{u"cpu_core_count"_s, QJsonArray {u"Not a valid integer."_s}},
                    {u"name"_s, QJsonArray {u"Not a valid string."_s}}}}}));

        // A missing machine field, and a null one.
        machine = machineInfo();
        machine.remove(u"gpu_count"_s);
        machine.insert(u"memory_bytes"_s, QJsonValue::Null);
        body.insert(u"machine_info"_s, machine);
        const Reply r2 = send(nam, "POST", server.url(u"/api/benchmark-results/"_s), toJson(body));
        QCOMPARE(r2.status, 400);
        const QJsonObject m2
            = r2.object().value(u"description"_s).toObject().value(u"machine_info"_s).toObject();
        QCOMPARE(m2.value(u"gpu_count"_s).toArray(), QJsonArray {u"Missing data for required field."_s});
        QCOMPARE(m2.value(u"memory_bytes"_s).toArray(), QJsonArray {u"Field may not be null."_s});
    }

    void githubRequired_data() { modes_data(); }
    void githubRequired()
    {
        QFETCH(QString, mode);
        TestServer server;
        QVERIFY(server.start(modeArgs(mode)));
        QNetworkAccessManager nam;
        QJsonObject body = result();
        body.remove(u"github"_s);
        const Reply r = send(nam, "POST", server.url(u"/api/benchmark-results/"_s), toJson(body));
        if (mode == u"2023"_s) {
            QCOMPARE(r.status, 201);
        } else {
            QCOMPARE(r.status, 400);
            QCOMPARE(r.object().value(u"description"_s).toObject(),
                (QJsonObject {{u"github"_s, QJsonArray {u"Missing data for required field."_s}}}));
        }
    }

    void githubRepository_data() { modes_data(); }
    void githubRepository()
    {
        QFETCH(QString, mode);
        TestServer server;
        QVERIFY(server.start(modeArgs(mode)));
        QNetworkAccessManager nam;
        QJsonObject body = result();
        QJsonObject gh = github();
        gh.insert(u"repository"_s, u"org/repo"_s);
        body.insert(u"github"_s, gh);
        Reply r = send(nam, "POST", server.url(u"/api/benchmark-results/"_s), toJson(body));
        QCOMPARE(r.status, 400);
        const QJsonArray schemaErrors = r.object()
                                            .value(u"description"_s)
                                            .toObject()
                                            .value(u"github"_s)
                                            .toObject()
                                            .value(u"_schema"_s)
                                            .toArray();
        QCOMPARE(schemaErrors.size(), 1);
        QVERIFY(schemaErrors.at(0).toString().startsWith(
            u"'repository' must be a URL, starting with 'https://github.com'"_s));

        // pr_number: a string holding an integer passes, "" means null.
        gh = github();
        gh.insert(u"pr_number"_s, u"123"_s);
        body.insert(u"github"_s, gh);
        QCOMPARE(send(nam, "POST", server.url(u"/api/benchmark-results/"_s), toJson(body)).status, 201);
        gh.insert(u"pr_number"_s, u""_s);
        body.insert(u"github"_s, gh);
        QCOMPARE(send(nam, "POST", server.url(u"/api/benchmark-results/"_s), toJson(body)).status, 201);
    }

    void semanticRules_data() { modes_data(); }
    void semanticRules()
    {
        QFETCH(QString, mode);
        TestServer server;
        QVERIFY(server.start(modeArgs(mode)));
        QNetworkAccessManager nam;
        const QUrl url = server.url(u"/api/benchmark-results/"_s);

        // Neither machine_info nor cluster_info; neither stats nor error.
        QJsonObject body = result();
        body.remove(u"machine_info"_s);
        body.remove(u"stats"_s);
        Reply r = send(nam, "POST", url, toJson(body));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"description"_s).toObject().value(u"_schema"_s).toArray(),
            (QJsonArray {u"Either machine_info or cluster_info field is required"_s,
                u"Either stats or error field is required"_s}));

        // Both machine_info and cluster_info.
        body = result();
        body.insert(u"cluster_info"_s,
            QJsonObject {
                {u"name"_s, u"c"_s}, {u"info"_s, QJsonObject {}}, {u"optional_info"_s, QJsonObject {}}});
        r = send(nam, "POST", url, toJson(body));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"description"_s).toObject().value(u"_schema"_s).toArray(),
            QJsonArray {u"machine_info and cluster_info fields can not be used at the same time"_s});

        // cluster_info alone is fine; error without stats is fine.
        body.remove(u"machine_info"_s);
        body.remove(u"stats"_s);
        body.insert(u"error"_s, QJsonObject {{u"stack"_s, u"boom"_s}});
        QCOMPARE(send(nam, "POST", url, toJson(body)).status, 201);

        // tags without "name": Conbench answers only {"description": ...}.
        body = result();
        body.insert(u"tags"_s, QJsonObject {{u"size"_s, u"3"_s}});
        r = send(nam, "POST", url, toJson(body));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object(),
            (QJsonObject {{u"description"_s,
                u"`name` property must be present in `tags` (the name of the conceptual benchmark)"_s}}));

        // Unknown unit.
        body = result();
        QJsonObject stats = body.value(u"stats"_s).toObject();
        stats.insert(u"unit"_s, u"furlongs"_s);
        body.insert(u"stats"_s, stats);
        r = send(nam, "POST", url, toJson(body));
        QCOMPARE(r.status, 400);
        QVERIFY(r.object()
                    .value(u"description"_s)
                    .toString()
                    .startsWith(u"invalid unit string `furlongs`, pick one of: "_s));
        // ... accepted when the result is an error anyway.
        body.insert(u"error"_s, QJsonObject {{u"message"_s, u"failed"_s}});
        QCOMPARE(send(nam, "POST", url, toJson(body)).status, 201);

        // Bad number in stats.data, bad timestamp, blank run_reason.
        body = result();
        stats = body.value(u"stats"_s).toObject();
        stats.insert(u"data"_s, QJsonArray {1.0, u"x"_s, QJsonValue::Null});
        body.insert(u"stats"_s, stats);
        body.insert(u"timestamp"_s, u"yesterday"_s);
        body.insert(u"run_reason"_s, u" "_s);
        r = send(nam, "POST", url, toJson(body));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"description"_s).toObject(),
            (QJsonObject {
                {u"stats"_s,
                    QJsonObject {{u"data"_s, QJsonObject {{u"1"_s, QJsonArray {u"Not a valid number."_s}}}}}},
                {u"timestamp"_s, QJsonArray {u"Not a valid datetime."_s}},
                {u"run_reason"_s, QJsonArray {u"Field may not be null."_s}}}));

        // The unit list follows the mode's document ("B" came later).
        body = result();
        stats = body.value(u"stats"_s).toObject();
        stats.insert(u"unit"_s, u"B"_s);
        body.insert(u"stats"_s, stats);
        QCOMPARE(send(nam, "POST", url, toJson(body)).status, mode == u"2023"_s ? 400 : 201);
    }

    void badBodies()
    {
        TestServer server;
        QVERIFY(server.start(modeArgs(u"current"_s)));
        QNetworkAccessManager nam;
        const QUrl url = server.url(u"/api/benchmark-results/"_s);
        Reply r = send(nam, "POST", url, "{\"run_id\": ");
        QCOMPARE(r.status, 400);
        QVERIFY(r.object().value(u"description"_s).toString().startsWith(u"Failed to decode JSON object"_s));
        r = send(nam, "POST", url, toJson(result()), "text/plain");
        QCOMPARE(r.status, 415);
        r = send(nam, "POST", url, "[1,2]");
        QCOMPARE(r.status, 400);
        r = send(nam, "DELETE", url);
        QCOMPARE(r.status, 405);
        QCOMPARE(state(server).value(u"results"_s).toArray().size(), 0);
    }

    void runs2023()
    {
        TestServer server;
        QVERIFY(server.start(modeArgs(u"2023"_s)));
        QNetworkAccessManager nam;
        const QJsonObject run {{u"id"_s, u"run-a"_s}, {u"name"_s, u"commit: 0123456"_s},
            {u"reason"_s, u"commit"_s}, {u"info"_s, QJsonObject {}}, {u"machine_info"_s, machineInfo()},
            {u"github"_s, github()}};
        Reply r = send(nam, "POST", server.url(u"/api/runs/"_s), toJson(run));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value(u"id"_s).toString(), u"run-a"_s);
        QVERIFY(r.header("Location").endsWith("/api/runs/run-a/"));

        r = send(nam, "POST", server.url(u"/api/runs/"_s), toJson(run));
        QCOMPARE(r.status, 409);
        QCOMPARE(
            r.object().value(u"description"_s).toString(), u"conflict: a Run with ID run-a already exists"_s);

        QJsonObject noHardware = run;
        noHardware.insert(u"id"_s, u"run-b"_s);
        noHardware.remove(u"machine_info"_s);
        r = send(nam, "POST", server.url(u"/api/runs/"_s), toJson(noHardware));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"description"_s).toObject().value(u"_schema"_s).toArray(),
            QJsonArray {u"Either machine_info or cluster_info field is required"_s});

        const QJsonObject finish {
            {u"finished_timestamp"_s, u"2023-09-01T11:00:00Z"_s}, {u"error_type"_s, u"none"_s}};
        r = send(nam, "PUT", server.url(u"/api/runs/run-a/"_s), toJson(finish));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"finished_timestamp"_s).toString(), u"2023-09-01T11:00:00Z"_s);
        r = send(nam, "PUT", server.url(u"/api/runs/run-a/"_s), toJson(QJsonObject {{u"id"_s, u"run-a"_s}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"description"_s).toObject(),
            (QJsonObject {{u"id"_s, QJsonArray {u"Unknown field."_s}}}));
        r = send(nam, "PUT", server.url(u"/api/runs/run-a/"_s), "{}");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"description"_s).toObject(),
            (QJsonObject {{u"_errors"_s, QJsonArray {u"Empty request body."_s}}}));
        r = send(nam, "PUT", server.url(u"/api/runs/no-such-run/"_s), toJson(finish));
        QCOMPARE(r.status, 404);

        r = send(nam, "GET", server.url(u"/api/runs/run-a"_s)); // without trailing slash too
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"error_type"_s).toString(), u"none"_s);
        QCOMPARE(r.object().value(u"reason"_s).toString(), u"commit"_s);

        // A result with an error marks its run.
        QJsonObject failed = result(u"run-a"_s);
        failed.insert(u"error"_s, QJsonObject {{u"message"_s, u"boom"_s}});
        QCOMPARE(send(nam, "POST", server.url(u"/api/benchmark-results/"_s), toJson(failed)).status, 201);
        QCOMPARE(state(server)
                     .value(u"runs"_s)
                     .toObject()
                     .value(u"run-a"_s)
                     .toObject()
                     .value(u"has_errors"_s)
                     .toBool(),
            true);
    }

    void runsCurrent()
    {
        TestServer server;
        QVERIFY(server.start(modeArgs(u"current"_s) << u"--private"_s));
        QNetworkAccessManager nam;
        const QJsonObject run {{u"id"_s, u"run-a"_s}, {u"machine_info"_s, machineInfo()}};
        const QJsonObject expected {{u"code"_s, 405}, {u"name"_s, u"Method Not Allowed"_s}};
        // 405 comes from routing, before any login check.
        Reply r = send(nam, "POST", server.url(u"/api/runs/"_s), toJson(run));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.object(), expected);
        r = send(nam, "PUT", server.url(u"/api/runs/run-a/"_s),
            toJson(QJsonObject {{u"error_type"_s, u"none"_s}}));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.object(), expected);
    }

    void privateMode_data() { modes_data(); }
    void privateMode()
    {
        QFETCH(QString, mode);
        TestServer server;
        QVERIFY(server.start(modeArgs(mode) << u"--private"_s));
        QNetworkAccessManager nam; // has a cookie jar
        const QUrl url = server.url(u"/api/benchmark-results/"_s);
        Reply r = send(nam, "POST", url, toJson(result()));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object(), (QJsonObject {{u"code"_s, 401}, {u"name"_s, u"Unauthorized"_s}}));
        QCOMPARE(send(nam, "GET", server.url(u"/api/runs/run-1/"_s)).status, 401);
        QCOMPARE(send(nam, "GET", server.url(u"/api/ping/"_s)).status, 200);

        r = send(nam, "POST", server.url(u"/api/login/"_s),
            toJson(QJsonObject {{u"email"_s, u"user@example.com"_s}, {u"password"_s, u"wrong"_s}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object(),
            (QJsonObject {{u"code"_s, 400}, {u"name"_s, u"Bad Request"_s},
                {u"description"_s,
                    QJsonObject {{u"_errors"_s, QJsonArray {u"Invalid email or password."_s}}}}}));

        r = send(
            nam, "POST", server.url(u"/api/login/"_s), toJson(QJsonObject {{u"email"_s, u"not-an-email"_s}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"description"_s).toObject(),
            (QJsonObject {{u"email"_s, QJsonArray {u"Not a valid email address."_s}},
                {u"password"_s, QJsonArray {u"Missing data for required field."_s}}}));

        r = send(nam, "POST", server.url(u"/api/login/"_s),
            toJson(QJsonObject {{u"email"_s, u"user@example.com"_s}, {u"password"_s, u"s3cret-Pa55"_s}}));
        QCOMPARE(r.status, 204);
        QVERIFY(r.header("Set-Cookie").startsWith("session="));

        r = send(nam, "POST", url, toJson(result()));
        QCOMPARE(r.status, 201);

        QCOMPARE(send(nam, "GET", server.url(u"/api/logout/"_s)).status, 204);
        QCOMPARE(send(nam, "POST", url, toJson(result())).status, 401);

        const QJsonObject s = state(server);
        QCOMPARE(s.value(u"logins"_s).toInt(), 1);
        QCOMPARE(s.value(u"results"_s).toArray().size(), 1);
        bool sawCookie = false;
        for (const QJsonValue &v : s.value(u"requests"_s).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"path"_s).toString() == u"/api/benchmark-results/"_s
                && o.value(u"status"_s).toInt() == 201)
                sawCookie = o.value(u"cookie"_s).toBool();
        }
        QVERIFY(sawCookie);
    }

    void customCredentials()
    {
        TestServer server;
        QVERIFY(server.start({u"--private"_s, u"--email"_s, u"a@b.org"_s, u"--password"_s, u"pw"_s}));
        QNetworkAccessManager nam;
        QCOMPARE(
            send(nam, "POST", server.url(u"/api/login/"_s),
                toJson(QJsonObject {{u"email"_s, u"user@example.com"_s}, {u"password"_s, u"s3cret-Pa55"_s}}))
                .status,
            400);
        QCOMPARE(send(nam, "POST", server.url(u"/api/login/"_s),
                     toJson(QJsonObject {{u"email"_s, u"a@b.org"_s}, {u"password"_s, u"pw"_s}}))
                     .status,
            204);
    }

    void loginForWrites()
    {
        TestServer server;
        QVERIFY(server.start({u"--login-for-writes"_s}));
        QNetworkAccessManager nam;
        QCOMPARE(send(nam, "POST", server.url(u"/api/benchmark-results/"_s), toJson(result())).status, 401);
        QCOMPARE(send(nam, "GET", server.url(u"/api/benchmark-results/?run_id=x"_s)).status, 200);
    }

    void faultStatus()
    {
        TestServer server;
        QVERIFY(server.start({}));
        QVERIFY(setFaults(server,
            QJsonArray {QJsonObject {{u"kind"_s, u"status"_s}, {u"path"_s, u"/api/benchmark-results"_s},
                {u"method"_s, u"POST"_s}, {u"status"_s, 503}, {u"retry_after"_s, 7}, {u"count"_s, 2}}}));
        QNetworkAccessManager nam;
        const QUrl url = server.url(u"/api/benchmark-results/"_s);
        QCOMPARE(send(nam, "GET", server.url(u"/api/ping/"_s)).status, 200); // other paths untouched
        Reply r = send(nam, "POST", url, toJson(result()));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
        QCOMPARE(r.object().value(u"code"_s).toInt(), 503);
        QCOMPARE(send(nam, "POST", url, toJson(result())).status, 503);
        QCOMPARE(send(nam, "POST", url, toJson(result())).status, 201);
        const QJsonObject s = state(server);
        QCOMPARE(s.value(u"results"_s).toArray().size(), 1);
        QCOMPARE(s.value(u"requests"_s).toArray().at(1).toObject().value(u"fault"_s).toString(), u"status"_s);

        // DELETE clears the rules.
        QVERIFY(setFaults(server, QJsonArray {QJsonObject {{u"kind"_s, u"status"_s}, {u"status"_s, 429}}}));
        QCOMPARE(send(nam, "GET", server.url(u"/api/ping/"_s)).status, 429);
        QCOMPARE(send(nam, "DELETE", server.url(u"/_test/faults"_s)).status, 200);
        QCOMPARE(send(nam, "GET", server.url(u"/api/ping/"_s)).status, 200);
    }

    void faultDrop()
    {
        TestServer server;
        QVERIFY(server.start({}));
        QVERIFY(setFaults(server, QJsonArray {QJsonObject {{u"kind"_s, u"drop"_s}, {u"count"_s, 1}}}));
        // On a raw socket: the connection closes and not a byte comes back.
        QTcpSocket socket;
        socket.connectToHost(server.base().host(), quint16(server.base().port()));
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray body = toJson(result());
        socket.write("POST /api/benchmark-results/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(socket.readAll(), QByteArray());
        QJsonObject s = state(server);
        QCOMPARE(s.value(u"results"_s).toArray().size(), 0);
        QCOMPARE(s.value(u"requests"_s).toArray().at(0).toObject().value(u"fault"_s).toString(), u"drop"_s);

        // Through QNetworkAccessManager, with more drops than it resends on its own.
        QVERIFY(setFaults(server, QJsonArray {QJsonObject {{u"kind"_s, u"drop"_s}, {u"count"_s, 5}}}));
        QNetworkAccessManager nam;
        const Reply r = send(nam, "POST", server.url(u"/api/benchmark-results/"_s), body);
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        s = state(server);
        QCOMPARE(s.value(u"results"_s).toArray().size(), 0);
    }

    void faultLoseResponse()
    {
        TestServer server;
        QVERIFY(server.start({}));
        QVERIFY(setFaults(server,
            QJsonArray {QJsonObject {{u"kind"_s, u"lose-response"_s},
                {u"path"_s, u"/api/benchmark-results/"_s}, {u"count"_s, 1}}}));
        QTcpSocket socket;
        socket.connectToHost(server.base().host(), quint16(server.base().port()));
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray body = toJson(result());
        socket.write("POST /api/benchmark-results/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(socket.readAll(), QByteArray());
        const QJsonObject s = state(server);
        QCOMPARE(s.value(u"results"_s).toArray().size(), 1); // stored although unanswered
        QCOMPARE(s.value(u"requests"_s).toArray().at(0).toObject().value(u"status"_s).toInt(), 201);
        QCOMPARE(s.value(u"requests"_s).toArray().at(0).toObject().value(u"fault"_s).toString(),
            u"lose-response"_s);
    }

    void faultSlow()
    {
        TestServer server;
        QVERIFY(server.start({}));
        QVERIFY(setFaults(server,
            QJsonArray {QJsonObject {{u"kind"_s, u"slow"_s}, {u"path"_s, u"/api/benchmark-results/"_s},
                {u"delay_ms"_s, 1500}, {u"count"_s, 1}}}));
        QNetworkAccessManager slowNam;
        QNetworkRequest request(server.url(u"/api/benchmark-results/"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *slow = slowNam.post(request, toJson(result()));
        QTest::qWait(200);
        // Meanwhile the server answers others at once, and has stored the result.
        QNetworkAccessManager nam;
        const Reply quick = send(nam, "GET", server.url(u"/api/ping/"_s));
        QCOMPARE(quick.status, 200);
        QVERIFY(quick.elapsedMs < 1000);
        QCOMPARE(state(server).value(u"results"_s).toArray().size(), 1);
        QVERIFY(!slow->isFinished());
        QTRY_VERIFY_WITH_TIMEOUT(slow->isFinished(), 10000);
        QVERIFY(timer.elapsed() >= 1400);
        QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        delete slow;
    }

    void faultExpireSession()
    {
        TestServer server;
        QVERIFY(server.start({u"--private"_s}));
        QNetworkAccessManager nam;
        const QByteArray credentials
            = toJson(QJsonObject {{u"email"_s, u"user@example.com"_s}, {u"password"_s, u"s3cret-Pa55"_s}});
        QCOMPARE(send(nam, "POST", server.url(u"/api/login/"_s), credentials).status, 204);
        QCOMPARE(send(nam, "POST", server.url(u"/api/benchmark-results/"_s), toJson(result())).status, 201);
        QVERIFY(setFaults(server,
            QJsonArray {QJsonObject {{u"kind"_s, u"expire-session"_s},
                {u"path"_s, u"/api/benchmark-results/"_s}, {u"count"_s, 1}}}));
        QCOMPARE(send(nam, "POST", server.url(u"/api/benchmark-results/"_s), toJson(result())).status, 401);
        QCOMPARE(send(nam, "POST", server.url(u"/api/benchmark-results/"_s), toJson(result())).status, 401);
        QCOMPARE(send(nam, "POST", server.url(u"/api/login/"_s), credentials).status, 204);
        QCOMPARE(send(nam, "POST", server.url(u"/api/benchmark-results/"_s), toJson(result())).status, 201);
        const QJsonObject s = state(server);
        QCOMPARE(s.value(u"logins"_s).toInt(), 2);
        QCOMPARE(s.value(u"results"_s).toArray().size(), 2);
    }

    void faultProbabilityIsDeterministic()
    {
        TestServer server;
        QVERIFY(server.start({}));
        QNetworkAccessManager nam;
        auto run = [&] {
            const QJsonArray rules {QJsonObject {
                {u"kind"_s, u"status"_s}, {u"status"_s, 500}, {u"probability"_s, 0.5}, {u"seed"_s, 42}}};
            [&] { QVERIFY(setFaults(server, rules)); }();
            QList<int> statuses;
            for (int i = 0; i < 16; ++i)
                statuses << send(nam, "GET", server.url(u"/api/ping/"_s)).status;
            return statuses;
        };
        const QList<int> first = run();
        const QList<int> second = run();
        QCOMPARE(first, second);
        QVERIFY(first.contains(500));
        QVERIFY(first.contains(200));
    }

    void keepAliveOnOneConnection()
    {
        TestServer server;
        QVERIFY(server.start({}));
        QTcpSocket socket;
        socket.connectToHost(server.base().host(), quint16(server.base().port()));
        QVERIFY(socket.waitForConnected(5000));
        QByteArray received;
        for (int i = 0; i < 3; ++i) {
            socket.write("GET /api/ping/ HTTP/1.1\r\nHost: x\r\n\r\n");
            QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).count("HTTP/1.1 200 OK") == i + 1, 5000);
        }
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }

    // The log line of a request whose path is percent-encoded is the path as sent, with the status
    // where it belongs: "%25" decoded to "%" would take the status's place ("%2" is a place of
    // arg()), and "%FF" decoded is no character.
    void logShowsPathsAsSent()
    {
        TestServer server;
        QVERIFY(server.start({}));
        QTcpSocket socket;
        socket.connectToHost(server.base().host(), quint16(server.base().port()));
        QVERIFY(socket.waitForConnected(5000));
        const QList<QByteArray> paths {"/api/runs/caf%C3%A9%251/", "/api/runs/a%2541b%20c%FF%2F%3F/",
            "/_test/x%253", "/api/ping/\x01\xff"};
        QByteArray received;
        int answered = 0;
        for (const QByteArray &path : paths) {
            socket.write("GET " + path + "?q=%252 HTTP/1.1\r\nHost: x\r\n\r\n");
            ++answered;
            QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).count("HTTP/1.1 ") == answered, 5000);
        }
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += server.process().readAllStandardError()).count('\n') >= 4, 5000);
        const QList<QByteArray> lines = log.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QByteArray("GET /api/runs/caf%C3%A9%251/ 404"));
        QCOMPARE(lines.at(1), QByteArray("GET /api/runs/a%2541b%20c%FF%2F%3F/ 404"));
        QCOMPARE(lines.at(2), QByteArray("GET /_test/x%253 404 (control)"));
        QVERIFY2(lines.at(3).startsWith("GET /api/ping/%01%FF "), lines.at(3).constData());
    }

    void resetClearsEverything()
    {
        TestServer server;
        QVERIFY(server.start({}));
        QNetworkAccessManager nam;
        QCOMPARE(send(nam, "POST", server.url(u"/api/benchmark-results/"_s), toJson(result())).status, 201);
        QVERIFY(setFaults(
            server, QJsonArray {QJsonObject {{u"kind"_s, u"status"_s}, {u"path"_s, u"/api/runs"_s}}}));
        QCOMPARE(send(nam, "POST", server.url(u"/_test/reset"_s)).status, 200);
        const QJsonObject s = state(server);
        QCOMPARE(s.value(u"results"_s).toArray().size(), 0);
        QCOMPARE(s.value(u"runs"_s).toObject().size(), 0);
        QCOMPARE(s.value(u"requests"_s).toArray().size(), 0);
        QCOMPARE(send(nam, "GET", server.url(u"/api/runs/run-1/"_s)).status, 404); // no fault left
    }

    void storeSurvivesRestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString store = dir.filePath(u"store.json"_s);
        QString id;
        QByteArray cookie;
        {
            TestServer server;
            QVERIFY(server.start({u"--private"_s, u"--store"_s, store}));
            QNetworkAccessManager nam;
            QCOMPARE(send(nam, "POST", server.url(u"/api/login/"_s),
                         toJson(QJsonObject {
                             {u"email"_s, u"user@example.com"_s}, {u"password"_s, u"s3cret-Pa55"_s}}))
                         .status,
                204);
            const Reply r = send(nam, "POST", server.url(u"/api/benchmark-results/"_s), toJson(result()));
            QCOMPARE(r.status, 201);
            id = r.object().value(u"id"_s).toString();
            server.stop(); // SIGKILL
        }
        TestServer again;
        QVERIFY(again.start({u"--private"_s, u"--store"_s, store}));
        const QJsonObject s = state(again);
        QCOMPARE(s.value(u"results"_s).toArray().size(), 1);
        QCOMPARE(s.value(u"results"_s).toArray().at(0).toObject().value(u"id"_s).toString(), id);
        QVERIFY(s.value(u"runs"_s).toObject().contains(u"run-1"_s));
    }

    void tls()
    {
        const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
        if (openssl.isEmpty())
            QSKIP("openssl is not installed");
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QTemporaryDir dir;
        const QString cert = dir.filePath(u"cert.pem"_s);
        const QString key = dir.filePath(u"key.pem"_s);
        QProcess gen;
        gen.start(openssl,
            {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s,
                u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, key,
                u"-out"_s, cert});
        QVERIFY(gen.waitForFinished(60000));
        QCOMPARE(gen.exitCode(), 0);

        TestServer server;
        QVERIFY(server.start({u"--tls-cert"_s, cert, u"--tls-key"_s, key}));
        QCOMPARE(server.base().scheme(), u"https"_s);

        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(cert));
        QNetworkRequest request(server.url(u"/api/ping/"_s));
        request.setSslConfiguration(config);
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(request);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
    }
};

QTEST_GUILESS_MAIN(TestServerTest)
#include "tst_testserver.moc"

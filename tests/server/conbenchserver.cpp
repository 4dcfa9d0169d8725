// SPDX-License-Identifier: MIT
#include "conbenchserver.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <QUuid>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString normalizedPath(const QString &path)
{
    QString p = path;
    while (p.size() > 1 && p.endsWith(u'/'))
        p.chop(1);
    return p;
}

QJsonValue valueOrNull(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

// The request's path as the client sent it (still percent-encoded, so "%2F" and "/" stay apart),
// with any byte that is not printable ASCII percent-encoded too: one readable line per request.
QString pathForLog(const HttpRequest &request)
{
    const qsizetype query = request.target.indexOf('?');
    const QByteArray path = query < 0 ? request.target : request.target.left(query);
    QString text;
    text.reserve(path.size());
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte > 0x20 && byte < 0x7f)
            text += QLatin1Char(c);
        else
            text += u'%' + QString::number(byte, 16).toUpper().rightJustified(2, u'0');
    }
    return text;
}

void logLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

ConbenchServer::ConbenchServer(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

QString ConbenchServer::baseUrl() const
{
    QString host = m_options.host.toString();
    if (m_options.host.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return u"%1://%2:%3"_s.arg(m_tls ? u"https"_s : u"http"_s, host)
        .arg(m_server ? m_server->serverPort() : m_options.port);
}

bool ConbenchServer::start(QString *error)
{
    m_schema = std::make_unique<ConbenchSchema>(m_options.mode == Mode::Conbench2023
            ? ConbenchSchema::Generation::Conbench2023
            : ConbenchSchema::Generation::Current);
    if (!m_schema->isValid()) {
        *error = m_schema->loadError();
        return false;
    }

    if (!loadStore(error))
        return false;
    if (!loadCommitsFile(error))
        return false;

    if (!m_options.tlsCertificateFile.isEmpty() || !m_options.tlsKeyFile.isEmpty()) {
        if (m_options.tlsCertificateFile.isEmpty() || m_options.tlsKeyFile.isEmpty()) {
            *error = u"--tls-cert and --tls-key go together"_s;
            return false;
        }
        if (!QSslSocket::supportsSsl()) {
            *error = u"this Qt has no TLS backend"_s;
            return false;
        }
        QFile certFile(m_options.tlsCertificateFile);
        QFile keyFile(m_options.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = u"cannot read the TLS certificate or key"_s;
            return false;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyData = keyFile.readAll();
        QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            *error = u"cannot parse the TLS certificate or key (PEM expected)"_s;
            return false;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto *sslServer = new QSslServer(this);
        sslServer->setSslConfiguration(config);
        m_server = sslServer;
        m_tls = true;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &ConbenchServer::acceptConnections);
    if (!m_server->listen(m_options.host, m_options.port)) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(m_options.host.toString())
                     .arg(m_options.port)
                     .arg(m_server->errorString());
        return false;
    }
    return true;
}

void ConbenchServer::acceptConnections()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        auto *connection = new HttpConnection(socket, this);
        connect(connection, &HttpConnection::requestReceived, this, &ConbenchServer::handleRequest);
    }
}

// ---------------------------------------------------------------------------
// Dispatch, faults, logging

const ConbenchServer::FaultRule *ConbenchServer::matchFault(const HttpRequest &request)
{
    for (FaultRule &rule : m_faults) {
        if (rule.remaining == 0)
            continue;
        if (!rule.method.isEmpty()
            && rule.method.compare(QString::fromLatin1(request.method), Qt::CaseInsensitive) != 0)
            continue;
        if (!rule.pathPrefix.isEmpty() && !request.path.startsWith(rule.pathPrefix))
            continue;
        if (!rule.bodyContains.isEmpty() && !request.body.contains(rule.bodyContains))
            continue;
        if (rule.probability < 1.0 && m_faultRandom.generateDouble() >= rule.probability)
            continue;
        if (rule.remaining > 0)
            --rule.remaining;
        return &rule;
    }
    return nullptr;
}

void ConbenchServer::handleRequest(HttpConnection *connection, const HttpRequest &request)
{
    const QString method = QString::fromLatin1(request.method);
    if (request.path.startsWith(u"/_test/"_s) || request.path == u"/_test"_s) {
        const HttpResponse response = routeControl(request);
        logLine(u"%1 %2 %3 (control)"_s.arg(method, pathForLog(request), QString::number(response.status)));
        connection->respond(response);
        return;
    }

    if (!m_latencyServed && (m_options.latencyMs > 0 || m_options.maxConcurrent > 0)) {
        if (m_options.maxConcurrent > 0 && m_underWay >= m_options.maxConcurrent) {
            // Beyond the server's capacity: refused at once, as a busy server (or its proxy) does.
            const HttpResponse busy = jsonError(503);
            m_requests.append(QJsonObject {{u"method"_s, method}, {u"path"_s, request.path},
                {u"cookie"_s, !request.cookie("session").isEmpty()}, {u"status"_s, 503},
                {u"fault"_s, u"busy"_s}});
            logLine(u"%1 %2 503 [busy: %3 under way]"_s.arg(
                method, pathForLog(request), QString::number(m_underWay)));
            connection->respond(busy);
            return;
        }
        if (m_options.latencyMs > 0) {
            ++m_underWay;
            QPointer<HttpConnection> guard(connection);
            QTimer::singleShot(m_options.latencyMs, Qt::PreciseTimer, this, [this, guard, request] {
                --m_underWay;
                if (!guard)
                    return;
                m_latencyServed = true;
                handleRequest(guard, request);
                m_latencyServed = false;
            });
            return;
        }
    }

    QJsonObject entry {{u"method"_s, method}, {u"path"_s, request.path},
        {u"cookie"_s, !request.cookie("session").isEmpty()}};
    if (!request.query.isEmpty())
        entry.insert(u"query"_s, request.query.toString(QUrl::FullyDecoded));

    const FaultRule *fault = matchFault(request);
    const QString kind = fault ? fault->kind : QString();
    HttpResponse response;
    if (kind == u"drop"_s) {
        entry.insert(u"status"_s, 0);
    } else if (kind == u"status"_s) {
        response = jsonError(fault->status);
        if (fault->retryAfter >= 0)
            response.addHeader("Retry-After", QByteArray::number(fault->retryAfter));
    } else if (kind == u"redirect"_s) {
        response = jsonError(fault->status);
        response.addHeader("Location", (fault->location + request.path).toUtf8());
    } else {
        if (kind == u"expire-session"_s)
            m_sessions.clear();
        response = route(request);
    }
    if (kind != u"drop"_s)
        entry.insert(u"status"_s, response.status);
    if (!kind.isEmpty())
        entry.insert(u"fault"_s, kind);
    m_requests.append(entry);
    // One arg() call: a "%1" in the path is not taken for a place of the status.
    logLine(u"%1 %2 %3%4"_s.arg(method, pathForLog(request),
        kind == u"drop"_s ? u"-"_s : QString::number(response.status),
        kind.isEmpty() ? QString() : u" [fault: %1]"_s.arg(kind)));

    if (kind == u"drop"_s || kind == u"lose-response"_s) {
        connection->dropConnection();
    } else if (kind == u"slow"_s) {
        QPointer<HttpConnection> guard(connection);
        QTimer::singleShot(fault->delayMs, this, [guard, response] {
            if (guard)
                guard->respond(response);
        });
    } else {
        connection->respond(response);
    }
}

HttpResponse ConbenchServer::jsonError(int status, const QJsonValue &description)
{
    QJsonObject body {
        {u"code"_s, status}, {u"name"_s, QString::fromLatin1(HttpResponse::reasonPhrase(status))}};
    if (!description.isUndefined())
        body.insert(u"description"_s, description);
    return json(status, body);
}

HttpResponse ConbenchServer::json(int status, const QJsonValue &body)
{
    HttpResponse response;
    response.status = status;
    response.setJson(body);
    return response;
}

bool ConbenchServer::hasSession(const HttpRequest &request) const
{
    const QByteArray token = request.cookie("session");
    return !token.isEmpty() && m_sessions.contains(token);
}

bool ConbenchServer::needsLogin(const HttpRequest &request) const
{
    if (m_options.privateMode)
        return true;
    return m_options.loginForWrites && request.method != "GET" && request.method != "HEAD";
}

QString ConbenchServer::requestBase(const HttpRequest &request) const
{
    const QByteArray host = request.header("host");
    if (host.isEmpty())
        return baseUrl();
    return (m_tls ? u"https://"_s : u"http://"_s) + QString::fromLatin1(host);
}

HttpResponse ConbenchServer::route(const HttpRequest &request)
{
    const QString path = normalizedPath(request.path);
    if (path != u"/api"_s && !path.startsWith(u"/api/"_s))
        return jsonError(404);
    const QStringList segments = path.mid(4).split(u'/', Qt::SkipEmptyParts);
    const QByteArray &method = request.method;
    const bool is2023 = m_options.mode == Mode::Conbench2023;

    auto methodNotAllowed = [](const QByteArray &allow) {
        HttpResponse r = jsonError(405);
        r.addHeader("Allow", allow);
        return r;
    };
    // Routing happens before authentication, as in Flask: unknown paths are
    // 404 and wrong methods 405 whether logged in or not.
    auto guarded = [&](auto handler) -> HttpResponse {
        if (needsLogin(request) && !hasSession(request))
            return jsonError(401);
        return handler();
    };

    const QString first = segments.value(0);
    if (segments.size() == 1 && first == u"ping"_s) {
        if (method != "GET")
            return methodNotAllowed("GET, HEAD, OPTIONS");
        return ping();
    }
    if (segments.size() == 1 && first == u"login"_s) {
        if (method != "POST")
            return methodNotAllowed("OPTIONS, POST");
        return login(request);
    }
    if (segments.size() == 1 && first == u"logout"_s) {
        if (method != "GET")
            return methodNotAllowed("GET, HEAD, OPTIONS");
        return logout(request);
    }
    if (first == u"benchmark-results"_s || first == u"benchmarks"_s) {
        if (segments.size() == 1) {
            if (method == "GET")
                return guarded([&] { return listResults(request); });
            if (method == "POST")
                return guarded([&] { return postResult(request); });
            return methodNotAllowed("GET, HEAD, OPTIONS, POST");
        }
        if (segments.size() == 2) {
            if (method == "GET")
                return guarded([&] { return getResult(request, segments.at(1)); });
            return methodNotAllowed("GET, HEAD, OPTIONS");
        }
    }
    if (first == u"runs"_s) {
        if (segments.size() == 1) {
            if (method == "GET")
                return guarded([&] { return listRuns(request); });
            if (method == "POST" && is2023)
                return guarded([&] { return postRun(request); });
            return methodNotAllowed(is2023 ? "GET, HEAD, OPTIONS, POST" : "GET, HEAD, OPTIONS");
        }
        if (segments.size() == 2) {
            if (method == "GET")
                return guarded([&] { return getRun(request, segments.at(1)); });
            if (method == "PUT" && is2023)
                return guarded([&] { return putRun(request, segments.at(1)); });
            return methodNotAllowed(is2023 ? "GET, HEAD, OPTIONS, PUT" : "GET, HEAD, OPTIONS");
        }
    }
    if (first == u"compare"_s && segments.size() == 3 && segments.at(1) == u"runs"_s) {
        if (method == "GET")
            return guarded([&] { return compareRuns(request, segments.at(2)); });
        return methodNotAllowed("GET, HEAD, OPTIONS");
    }
    return jsonError(404);
}

// ---------------------------------------------------------------------------
// Validation

bool ConbenchServer::loadBody(
    const HttpRequest &request, const QString &schemaName, QJsonObject *data, HttpResponse *error)
{
    // Flask's request.get_json(): JSON content type or 415.
    const QByteArray mime = request.header("content-type").split(';').value(0).trimmed().toLower();
    static const QRegularExpression jsonMime(u"^application/([a-z0-9.+-]+\\+)?json$"_s);
    if (!jsonMime.match(QString::fromLatin1(mime)).hasMatch()) {
        *error = jsonError(415);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = jsonError(400,
            u"Failed to decode JSON object: %1 (at offset %2)"_s.arg(parseError.errorString())
                .arg(parseError.offset));
        return false;
    }
    if (!doc.isObject()) {
        // Conbench itself fails with a 500 here; a clear 400 is more useful.
        *error = jsonError(400, QJsonObject {{u"_schema"_s, QJsonArray {u"Invalid input type."_s}}});
        return false;
    }
    const QJsonObject original = doc.object();

    // ApiEndpoint.validate(): first-level blank strings count as null, and more (see the core's
    // ConbenchSchema::normalized).
    const QJsonObject errors = m_schema->validate(schemaName, original);
    if (!errors.isEmpty()) {
        *error = jsonError(400, errors);
        return false;
    }
    if (original.isEmpty()) {
        *error = jsonError(400, QJsonObject {{u"_errors"_s, QJsonArray {u"Empty request body."_s}}});
        return false;
    }
    *data = original;
    return true;
}

// ---------------------------------------------------------------------------
// /api/ endpoints

HttpResponse ConbenchServer::ping()
{
    const QString date
        = QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss 'UTC'"_s);
    return json(200, QJsonObject {{u"date"_s, date}});
}

HttpResponse ConbenchServer::login(const HttpRequest &request)
{
    QJsonObject data;
    HttpResponse error;
    if (!loadBody(request, u"Login"_s, &data, &error))
        return error;
    if (data.value(u"email"_s).toString() != m_options.email
        || data.value(u"password"_s).toString() != m_options.password) {
        ++m_failedLogins;
        m_sessions.remove(request.cookie("session"));
        return jsonError(400, QJsonObject {{u"_errors"_s, QJsonArray {u"Invalid email or password."_s}}});
    }
    const QByteArray token
        = QUuid::createUuid().toByteArray(QUuid::Id128) + QUuid::createUuid().toByteArray(QUuid::Id128);
    m_sessions.insert(token);
    ++m_logins;
    saveStore();
    HttpResponse response;
    response.status = 204;
    response.addHeader("Set-Cookie", "session=" + token + "; HttpOnly; Path=/");
    return response;
}

HttpResponse ConbenchServer::logout(const HttpRequest &request)
{
    m_sessions.remove(request.cookie("session"));
    saveStore();
    HttpResponse response;
    response.status = 204;
    response.addHeader("Set-Cookie", "session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Path=/");
    return response;
}

QString ConbenchServer::newResultId()
{
    // Lexicographic order follows insertion order (Conbench's cursor
    // pagination relies on that), also across restarts of a persisted store.
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    const quint32 counter = (m_idCounter++) & 0xffff;
    const QString random = QUuid::createUuid().toString(QUuid::Id128).left(16);
    return u"%1%2%3"_s.arg(ms, 12, 16, QChar(u'0')).arg(counter, 4, 16, QChar(u'0')).arg(random);
}

QJsonObject ConbenchServer::runFromResult(const QJsonObject &result) const
{
    QJsonObject run {{u"id"_s, result.value(u"run_id"_s)}, {u"name"_s, valueOrNull(result, u"run_name"_s)},
        {u"reason"_s, valueOrNull(result, u"run_reason"_s)}, {u"info"_s, QJsonValue::Null},
        {u"error_type"_s, QJsonValue::Null}, {u"error_info"_s, QJsonValue::Null},
        {u"finished_timestamp"_s, QJsonValue::Null}, {u"github"_s, valueOrNull(result, u"github"_s)},
        {u"has_errors"_s, result.contains(u"error"_s)}, {u"timestamp"_s, isoNow()},
        {u"created_from"_s, u"result"_s}};
    if (result.contains(u"machine_info"_s))
        run.insert(u"machine_info"_s, result.value(u"machine_info"_s));
    if (result.contains(u"cluster_info"_s))
        run.insert(u"cluster_info"_s, result.value(u"cluster_info"_s));
    if (m_options.mode == Mode::Current) {
        QJsonObject tags = result.value(u"run_tags"_s).toObject();
        if (result.contains(u"run_name"_s) && !tags.contains(u"name"_s))
            tags.insert(u"name"_s, result.value(u"run_name"_s));
        run.insert(u"tags"_s, tags);
        if (tags.contains(u"name"_s))
            run.insert(u"name"_s, tags.value(u"name"_s));
    }
    return run;
}

QJsonObject ConbenchServer::resultForApi(const QJsonObject &stored, const QString &base) const
{
    QJsonObject out = stored;
    const QString id = stored.value(u"id"_s).toString();
    const QString runId = stored.value(u"run_id"_s).toString();
    out.insert(u"links"_s,
        QJsonObject {{u"list"_s, base + u"/api/benchmarks/"_s},
            {u"self"_s, base + u"/api/benchmarks/%1/"_s.arg(id)},
            {u"run"_s, base + u"/api/runs/%1/"_s.arg(runId)}});
    if (m_options.mode == Mode::Current) {
        QJsonObject tags = stored.value(u"run_tags"_s).toObject();
        if (stored.contains(u"run_name"_s) && !tags.contains(u"name"_s))
            tags.insert(u"name"_s, stored.value(u"run_name"_s));
        out.insert(u"run_tags"_s, tags);
    }
    return out;
}

QJsonObject ConbenchServer::runForApi(const QJsonObject &run, const QString &base) const
{
    QJsonObject out = run;
    const QJsonObject github = run.value(u"github"_s).toObject();
    if (github.isEmpty()) {
        out.insert(u"commit"_s, QJsonValue::Null);
    } else {
        out.insert(u"commit"_s,
            QJsonObject {{u"sha"_s, valueOrNull(github, u"commit"_s)},
                {u"repository"_s, github.value(u"repository"_s).toString().section(u'/', 0, 4)},
                {u"branch"_s, valueOrNull(github, u"branch"_s)},
                {u"pr_number"_s, valueOrNull(github, u"pr_number"_s)}});
    }
    QJsonObject hardware = run.contains(u"machine_info"_s) ? run.value(u"machine_info"_s).toObject()
                                                           : run.value(u"cluster_info"_s).toObject();
    hardware.insert(u"type"_s, run.contains(u"machine_info"_s) ? u"machine"_s : u"cluster"_s);
    out.insert(u"hardware"_s, hardware);
    const QString id = run.value(u"id"_s).toString();
    out.insert(u"links"_s,
        QJsonObject {{u"list"_s, base + u"/api/runs/"_s}, {u"self"_s, base + u"/api/runs/%1/"_s.arg(id)}});
    return out;
}

HttpResponse ConbenchServer::postResult(const HttpRequest &request)
{
    QJsonObject data;
    HttpResponse error;
    if (!loadBody(request, u"BenchmarkResultCreate"_s, &data, &error))
        return error;
    // What BenchmarkResult.create() refuses after the schema: Conbench answers those with 400 and a
    // body of just {"description": "..."}.
    const QString semantic = m_schema->resultRefusal(data);
    if (!semantic.isEmpty())
        return json(400, QJsonObject {{u"description"_s, semantic}});

    QJsonObject stored = data;
    stored.insert(u"id"_s, newResultId());
    m_results.append(stored);

    const QString runId = data.value(u"run_id"_s).toString();
    if (!m_runs.contains(runId)) {
        m_runs.insert(runId, runFromResult(data));
    } else if (data.contains(u"error"_s)) {
        QJsonObject run = m_runs.value(runId).toObject();
        run.insert(u"has_errors"_s, true);
        m_runs.insert(runId, run);
    }
    saveStore();

    const QJsonObject body = resultForApi(stored, requestBase(request));
    HttpResponse response = json(201, body);
    response.addHeader("Location", body.value(u"links"_s).toObject().value(u"self"_s).toString().toUtf8());
    return response;
}

HttpResponse ConbenchServer::listResults(const HttpRequest &request)
{
    const QString base = requestBase(request);
    const QStringList runIds
        = request.query.queryItemValue(u"run_id"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
    const QStringList batchIds
        = request.query.queryItemValue(u"batch_id"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
    const QString runReason = request.query.queryItemValue(u"run_reason"_s, QUrl::FullyDecoded);
    if (runIds.size() > 5) {
        return json(400,
            QJsonObject {{u"description"_s,
                u"it is currently not allowed to set more than five run_id "
                "values; consider making separate requests (see issue 978)"_s}});
    }
    auto matches = [&](const QJsonObject &r) {
        if (!runIds.isEmpty() && !runIds.contains(r.value(u"run_id"_s).toString()))
            return false;
        if (!batchIds.isEmpty() && !batchIds.contains(r.value(u"batch_id"_s).toString()))
            return false;
        if (!runReason.isEmpty() && r.value(u"run_reason"_s).toString() != runReason)
            return false;
        return true;
    };

    if (m_options.mode == Mode::Conbench2023) {
        QJsonArray out;
        for (const QJsonValue &v : std::as_const(m_results)) {
            if (matches(v.toObject()))
                out.append(resultForApi(v.toObject(), base));
        }
        return json(200, out);
    }

    // Current Conbench: newest first, pages of page_size (default 100),
    // cursor = id of the last result of the previous page.
    bool ok = false;
    int pageSize = request.query.queryItemValue(u"page_size"_s).toInt(&ok);
    if (!ok)
        pageSize = 100;
    if (pageSize < 1 || pageSize > 1000) {
        return jsonError(400,
            QJsonObject {{u"page_size"_s,
                QJsonArray {u"Must be greater than or equal to 1 and less than or equal to 1000."_s}}});
    }
    const QString cursor = request.query.queryItemValue(u"cursor"_s);
    const bool useCursor = !cursor.isEmpty() && cursor != u"null"_s;
    QJsonArray page;
    bool more = false;
    for (qsizetype i = m_results.size() - 1; i >= 0; --i) {
        const QJsonObject r = m_results.at(i).toObject();
        if (!matches(r))
            continue;
        if (useCursor && r.value(u"id"_s).toString() >= cursor)
            continue;
        if (page.size() == pageSize) {
            more = true;
            break;
        }
        page.append(resultForApi(r, base));
    }
    const QJsonValue next = more ? QJsonValue(page.last().toObject().value(u"id"_s)) : QJsonValue();
    return json(
        200, QJsonObject {{u"data"_s, page}, {u"metadata"_s, QJsonObject {{u"next_page_cursor"_s, next}}}});
}

HttpResponse ConbenchServer::getResult(const HttpRequest &request, const QString &id)
{
    for (const QJsonValue &v : std::as_const(m_results)) {
        if (v.toObject().value(u"id"_s).toString() == id)
            return json(200, resultForApi(v.toObject(), requestBase(request)));
    }
    return jsonError(404);
}

HttpResponse ConbenchServer::postRun(const HttpRequest &request)
{
    QJsonObject data;
    HttpResponse error;
    if (!loadBody(request, u"RunCreate"_s, &data, &error))
        return error;
    const QString id = data.value(u"id"_s).toString();
    if (m_runs.contains(id)) {
        // Conbench 2023: f.jsonify(error=409, description=str(exc)), 409
        return json(409,
            QJsonObject {{u"error"_s, 409},
                {u"description"_s, u"conflict: a Run with ID %1 already exists"_s.arg(id)}});
    }
    QJsonObject run {{u"id"_s, id}, {u"name"_s, valueOrNull(data, u"name"_s)},
        {u"reason"_s, valueOrNull(data, u"reason"_s)}, {u"info"_s, valueOrNull(data, u"info"_s)},
        {u"error_type"_s, valueOrNull(data, u"error_type"_s)},
        {u"error_info"_s, valueOrNull(data, u"error_info"_s)},
        {u"finished_timestamp"_s, valueOrNull(data, u"finished_timestamp"_s)},
        {u"github"_s, valueOrNull(data, u"github"_s)}, {u"has_errors"_s, false}, {u"timestamp"_s, isoNow()},
        {u"created_from"_s, u"run"_s}};
    if (data.contains(u"machine_info"_s))
        run.insert(u"machine_info"_s, data.value(u"machine_info"_s));
    if (data.contains(u"cluster_info"_s))
        run.insert(u"cluster_info"_s, data.value(u"cluster_info"_s));
    m_runs.insert(id, run);
    saveStore();
    const QJsonObject body = runForApi(run, requestBase(request));
    HttpResponse response = json(201, body);
    response.addHeader("Location", body.value(u"links"_s).toObject().value(u"self"_s).toString().toUtf8());
    return response;
}

HttpResponse ConbenchServer::putRun(const HttpRequest &request, const QString &id)
{
    // Conbench 2023 looks the run up before it validates the body.
    if (!m_runs.contains(id))
        return jsonError(404);
    QJsonObject data;
    HttpResponse error;
    if (!loadBody(request, u"RunUpdate"_s, &data, &error))
        return error;
    QJsonObject run = m_runs.value(id).toObject();
    for (auto it = data.constBegin(); it != data.constEnd(); ++it)
        run.insert(it.key(), it.value());
    m_runs.insert(id, run);
    saveStore();
    return json(200, runForApi(run, requestBase(request)));
}

HttpResponse ConbenchServer::getRun(const HttpRequest &request, const QString &id)
{
    if (!m_runs.contains(id))
        return jsonError(404);
    QJsonObject run = runForApi(m_runs.value(id).toObject(), requestBase(request));
    // The 2023-08 generation's answer may lack the candidates; this one's does.
    if (m_options.mode == Mode::Current)
        run.insert(u"candidate_baseline_runs"_s, candidateBaselineRuns(id));
    return json(200, run);
}

HttpResponse ConbenchServer::listRuns(const HttpRequest &request)
{
    QJsonArray out;
    for (auto it = m_runs.constBegin(); it != m_runs.constEnd(); ++it)
        out.append(runForApi(it.value().toObject(), requestBase(request)));
    if (m_options.mode == Mode::Conbench2023)
        return json(200, out);
    return json(200,
        QJsonObject {
            {u"data"_s, out}, {u"metadata"_s, QJsonObject {{u"next_page_cursor"_s, QJsonValue::Null}}}});
}

// ---------------------------------------------------------------------------
// /_test/ control endpoints

HttpResponse ConbenchServer::routeControl(const HttpRequest &request)
{
    const QString path = normalizedPath(request.path);
    const QByteArray &method = request.method;

    if (path == u"/_test/state"_s && method == "GET") {
        QJsonArray sessions;
        for (const QByteArray &s : std::as_const(m_sessions))
            sessions.append(QString::fromLatin1(s));
        return json(200,
            QJsonObject {{u"mode"_s, m_options.mode == Mode::Conbench2023 ? u"2023"_s : u"current"_s},
                {u"results"_s, m_results}, {u"runs"_s, m_runs}, {u"logins"_s, m_logins},
                {u"failed_logins"_s, m_failedLogins}, {u"sessions"_s, int(m_sessions.size())},
                {u"requests"_s, m_requests}});
    }
    if (path == u"/_test/reset"_s && method == "POST") {
        resetAll();
        return json(200, QJsonObject {{u"reset"_s, true}});
    }
    if (path == u"/_test/commits"_s && method == "GET")
        return json(200, commitsForControl());
    if (path == u"/_test/commits"_s && method == "POST") {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        QString error;
        if (!doc.isObject() || !loadCommits(doc.object(), &error))
            return jsonError(400,
                error.isEmpty() ? u"expected {\"parents\": {sha: parent}, \"default_branch\": [sha]}"_s
                                : error);
        return json(200, commitsForControl());
    }
    if (path == u"/_test/sessions"_s && method == "DELETE") {
        m_sessions.clear();
        saveStore();
        return json(200, QJsonObject {{u"sessions"_s, 0}});
    }
    if (path == u"/_test/faults"_s) {
        if (method == "DELETE") {
            m_faults.clear();
            return json(200, QJsonObject {{u"rules"_s, 0}});
        }
        if (method == "GET") {
            QJsonArray rules;
            for (const FaultRule &r : std::as_const(m_faults)) {
                rules.append(QJsonObject {{u"kind"_s, r.kind}, {u"path"_s, r.pathPrefix},
                    {u"method"_s, r.method}, {u"remaining"_s, r.remaining}, {u"probability"_s, r.probability},
                    {u"status"_s, r.status}, {u"retry_after"_s, r.retryAfter}, {u"delay_ms"_s, r.delayMs},
                    {u"body"_s, QString::fromUtf8(r.bodyContains)}});
            }
            return json(200, rules);
        }
        if (method == "POST") {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
            QJsonArray array;
            quint32 seed = 1;
            if (doc.isArray()) {
                array = doc.array();
            } else if (doc.isObject() && doc.object().value(u"rules"_s).isArray()) {
                array = doc.object().value(u"rules"_s).toArray();
                seed = quint32(doc.object().value(u"seed"_s).toInteger(1));
            } else if (doc.isObject()) {
                array.append(doc.object());
            } else {
                return jsonError(400, u"expected a JSON array of fault rules"_s);
            }
            static const QStringList kinds
                = {u"drop"_s, u"lose-response"_s, u"status"_s, u"slow"_s, u"expire-session"_s, u"redirect"_s};
            QList<FaultRule> rules;
            for (const QJsonValue &v : std::as_const(array)) {
                const QJsonObject o = v.toObject();
                FaultRule rule;
                rule.kind = o.value(u"kind"_s).toString();
                if (!kinds.contains(rule.kind))
                    return jsonError(
                        400, u"unknown fault kind '%1'; one of: %2"_s.arg(rule.kind, kinds.join(u", "_s)));
                rule.pathPrefix = o.value(u"path"_s).toString();
                rule.method = o.value(u"method"_s).toString();
                rule.remaining = o.contains(u"count"_s) ? o.value(u"count"_s).toInt(-1) : -1;
                rule.probability = o.value(u"probability"_s).toDouble(1.0);
                rule.status = o.value(u"status"_s).toInt(rule.kind == u"redirect"_s ? 307 : 503);
                rule.location = o.value(u"location"_s).toString();
                rule.bodyContains = o.value(u"body"_s).toString().toUtf8();
                rule.retryAfter = o.value(u"retry_after"_s).toInt(-1);
                rule.delayMs = o.value(u"delay_ms"_s).toInt(rule.kind == u"slow"_s ? 2000 : 0);
                if (o.contains(u"seed"_s))
                    seed = quint32(o.value(u"seed"_s).toInteger(1));
                rules.append(rule);
            }
            m_faults = rules;
            m_faultRandom.seed(seed);
            return json(200, QJsonObject {{u"rules"_s, int(m_faults.size())}});
        }
    }
    return jsonError(404);
}

void ConbenchServer::resetAll()
{
    m_results = QJsonArray();
    m_runs = QJsonObject();
    m_sessions.clear();
    m_logins = 0;
    m_failedLogins = 0;
    m_requests = QJsonArray();
    m_faults.clear();
    saveStore();
}

// ---------------------------------------------------------------------------
// Persistence

// The store is a journal, one JSON object a line: {"result": …} for each accepted result, and
// {"runs", "logins", "sessions"} after each change (the last one wins). Appending keeps every
// change O(1), and what was answered is in the kernel before the answer leaves, so a server
// killed at any moment and started again holds everything it confirmed.
bool ConbenchServer::loadStore(QString *error)
{
    if (m_options.storeFile.isEmpty())
        return true;
    QFile file(m_options.storeFile);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(m_options.storeFile, file.errorString());
        return false;
    }
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        if (o.contains(u"result"_s)) {
            m_results.append(o.value(u"result"_s));
        } else if (o.contains(u"runs"_s)) {
            m_runs = o.value(u"runs"_s).toObject();
            m_logins = o.value(u"logins"_s).toInt();
            m_sessions.clear();
            for (const QJsonValue &session : o.value(u"sessions"_s).toArray())
                m_sessions.insert(session.toString().toLatin1());
        } // else: a line cut short when the server was killed
    }
    m_savedResults = m_results.size();
    return true;
}

void ConbenchServer::saveStore()
{
    if (m_options.storeFile.isEmpty())
        return;
    QFile file(m_options.storeFile);
    const bool rewrite = m_results.size() < m_savedResults; // reset: start the journal again
    if (!file.open(rewrite ? QIODevice::WriteOnly | QIODevice::Truncate : QIODevice::Append)) {
        logLine(u"warning: cannot write %1: %2"_s.arg(m_options.storeFile, file.errorString()));
        return;
    }
    if (rewrite)
        m_savedResults = 0;
    for (qsizetype i = m_savedResults; i < m_results.size(); ++i)
        file.write(QJsonDocument(QJsonObject {{u"result"_s, m_results.at(i)}}).toJson(QJsonDocument::Compact)
            + '\n');
    m_savedResults = m_results.size();
    QJsonArray sessions;
    for (const QByteArray &session : std::as_const(m_sessions))
        sessions.append(QString::fromLatin1(session));
    const QJsonObject state {{u"runs"_s, m_runs}, {u"logins"_s, m_logins}, {u"sessions"_s, sessions}};
    file.write(QJsonDocument(state).toJson(QJsonDocument::Compact) + '\n');
}

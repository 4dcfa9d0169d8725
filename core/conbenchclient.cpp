#include "conbenchclient.h"

#include "logging.h"
#include "secrets.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr auto resultsPath = "/api/benchmark-results/";

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

// Retry-After: seconds, or an HTTP date. -1 when absent or unreadable.
qint64 retryAfterOf(const QNetworkReply *reply)
{
    return ConbenchClient::retryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
}

void flattenDescription(const QJsonValue &value, const QString &prefix, QStringList *out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key().startsWith(u'_')
                ? prefix
                : (prefix.isEmpty() ? it.key() : prefix + u'.' + it.key());
            flattenDescription(it.value(), key, out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            flattenDescription(item, prefix, out);
    } else if (!value.isNull() && !value.isUndefined()) {
        const QString text = value.isString()
            ? value.toString()
            : QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
        out->append(prefix.isEmpty() ? text : prefix + u": "_s + text);
    }
}

QDateTime parseTimestamp(const QString &text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (when.isValid() && when.timeSpec() == Qt::LocalTime && !text.endsWith(u'Z') && !text.contains(u'+'))
        when.setTimeSpec(Qt::UTC); // Conbench reads a time without an offset as UTC
    return when;
}

// A request body that can be read once. QNetworkAccessManager silently sends a request again
// when a kept-alive connection closes before the answer, even a POST; for a result whose answer
// was lost that stores it twice. With a body it cannot rewind, it reports the failure instead,
// and the client looks the result up before sending it again.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }
    bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qMin<qint64>(max, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

QString problemOf(QNetworkReply *reply, bool timedOut, std::chrono::milliseconds timeout)
{
    if (timedOut)
        return ConbenchClient::tr("no answer within %L1 s").arg(timeout.count() / 1000.0);
    switch (reply->error()) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // closed before answering; our body is not sent twice
        return ConbenchClient::tr("the server closed the connection without answering");
    case QNetworkReply::HostNotFoundError:
        return ConbenchClient::tr("host %1 not found").arg(reply->url().host());
    case QNetworkReply::TimeoutError:
        return ConbenchClient::tr("the connection timed out");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return ConbenchClient::tr("the network is not available");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return ConbenchClient::tr("the proxy failed (%1)").arg(reply->errorString());
    default:
        break;
    }
    QString text = reply->errorString().simplified(); // not const: returned, it is moved
    if (text.isEmpty() || text == u"Unknown error"_s)
        return ConbenchClient::tr("network error %1").arg(int(reply->error()));
    return text;
}

// The first line of a text, white space simplified, at most 100 characters.
QString firstLine(const QString &text)
{
    const auto lines = QStringView(text).split(u'\n');
    for (const QStringView line : lines) {
        const QString simple = line.toString().simplified();
        if (simple.isEmpty())
            continue;
        return simple.size() > 100 ? simple.left(99) + QChar(0x2026) : simple;
    }
    return {};
}

// What a page says in a line: its <title>, else its first line of text.
QString summaryOfPage(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body.left(64 * 1024));
    static const QRegularExpression title(u"<title[^>]*>(.*?)</title>"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const auto match = title.match(text);
    if (match.hasMatch())
        return firstLine(match.captured(1).simplified());
    if (text.trimmed().startsWith(u'<'))
        return {}; // markup without a title says nothing in one line
    return firstLine(text);
}

// A JSON value as it survives a round trip through Conbench: numbers and strings holding numbers
// alike ("32768" and 32768, 1.0 and "1"), booleans like Python's str(), nulls left out of objects.
QJsonValue canonical(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isNull() && !it.value().isUndefined())
                out.insert(it.key(), canonical(it.value()));
        }
        return out;
    }
    case QJsonValue::Array: {
        QJsonArray out;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            out.append(canonical(item));
        return out;
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String: {
        const QString text = value.toString();
        if (text == u"True"_s || text == u"False"_s)
            return text.toLower();
        bool ok = false;
        const double number = text.trimmed().toDouble(&ok);
        return ok ? QString::number(number, 'g', 17) : text;
    }
    default:
        return QJsonValue::Null;
    }
}

QString canonicalText(const QJsonValue &value)
{
    const QJsonValue c = canonical(value);
    if (c.isObject())
        return QString::fromUtf8(QJsonDocument(c.toObject()).toJson(QJsonDocument::Compact));
    if (c.isArray())
        return QString::fromUtf8(QJsonDocument(c.toArray()).toJson(QJsonDocument::Compact));
    return c.toString();
}

// Tags as Conbench stores them: empty and null values dropped, other scalars as strings.
QJsonObject canonicalTags(const QJsonObject &tags)
{
    QJsonObject out;
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        if (it.value().isNull() || it.value().isUndefined() || it.value() == QJsonValue(QString()))
            continue;
        out.insert(it.key(), canonical(it.value()));
    }
    return out;
}

QString statsUnit(const QJsonObject &result)
{
    const QString unit = result.value("stats"_L1).toObject().value("unit"_L1).toString();
    return unit == u"b/s"_s ? u"B/s"_s : unit; // Conbench rewrites the legacy spelling
}

QJsonArray statsData(const QJsonObject &result)
{
    return canonical(result.value("stats"_L1).toObject().value("data"_L1).toArray()).toArray();
}

// Conbench marks a result without all of its samples as errored by itself.
bool looksErrored(const QJsonArray &data)
{
    if (data.isEmpty())
        return true;
    for (const QJsonValue &value : data) {
        if (value.isNull())
            return true;
    }
    return false;
}

QString contentTypeOf(const QNetworkReply *reply)
{
    return reply->header(QNetworkRequest::ContentTypeHeader).toString().section(u';', 0, 0).trimmed();
}

} // namespace

void ApiCall::abort()
{
    if (m_outcome != Outcome::Pending)
        return;
    m_client->complete(this, Outcome::Aborted, ConbenchClient::tr("stopped before the server confirmed it"));
}

void ApiCall::giveUpRetrying()
{
    if (m_outcome != Outcome::Pending)
        return;
    m_noRetry = true;
    if (!isOnTheWire())
        abort();
}

void ApiCall::stopTimeout()
{
    if (m_timeoutTimer != 0)
        killTimer(std::exchange(m_timeoutTimer, 0));
}

void ApiCall::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timeoutTimer) {
        QObject::timerEvent(event);
        return;
    }
    stopTimeout();
    if (m_reply) {
        m_timedOut = true;
        m_reply->abort();
    }
}

void ApiCall::resume()
{
    if (m_outcome != Outcome::Pending || !m_held)
        return;
    m_held = false;
    // 429 and 503 say that the server did not handle the request (RFC 9110): it goes again as it
    // is. (A look-up is still due when an earlier attempt may have been stored.)
    if (m_maybeDelivered && m_isResult)
        m_client->lookUpThenSend(this);
    else
        m_client->start(this);
}

ConbenchClient::ConbenchClient(ClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_network(new QNetworkAccessManager(this))
    , m_ssl(QSslConfiguration::defaultConfiguration())
    , m_loginState(m_settings.email.isEmpty() ? LoginState::NotNeeded : LoginState::LoggedOut)
{
    m_network->setCookieJar(new QNetworkCookieJar(m_network));
    if (!m_settings.password.isEmpty())
        Secrets::protectProcessMemory();
    if (!m_settings.caBundle.isEmpty()) {
        auto certificates = m_ssl.caCertificates();
        certificates += QSslCertificate::fromPath(m_settings.caBundle, QSsl::Pem);
        m_ssl.setCaCertificates(certificates);
    }
    if (m_settings.insecure)
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
}

ConbenchClient::~ConbenchClient()
{
    const auto calls = m_calls;
    for (ApiCall *call : calls) {
        if (call->m_reply)
            call->m_reply->abort();
    }
}

ApiCall *ConbenchClient::newCall(const QByteArray &method, const QString &path, const QByteArray &body)
{
    auto *call = new ApiCall(this);
    call->setParent(this);
    call->m_method = method;
    call->m_path = path;
    call->m_body = body;
    call->m_deadline = QDeadlineTimer(m_settings.retryDeadline);
    call->m_noRetry = m_retriesGivenUp;
    m_calls.append(call);
    return call;
}

ApiCall *ConbenchClient::create(const QByteArray &method, const QString &path, const QByteArray &body)
{
    ApiCall *call = newCall(method, path, body);
    // Started from the event loop, so that the caller can connect to finished() first.
    QMetaObject::invokeMethod(
        this, [this, call] { start(call); }, Qt::QueuedConnection);
    return call;
}

ApiCall *ConbenchClient::get(const QString &path)
{
    return create("GET", path, {});
}

ApiCall *ConbenchClient::post(const QString &path, const QJsonObject &body)
{
    return create("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiCall *ConbenchClient::put(const QString &path, const QJsonObject &body)
{
    return create("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiCall *ConbenchClient::postResult(const QJsonObject &result)
{
    ApiCall *call = post(QString::fromLatin1(resultsPath), result);
    call->m_result = result;
    call->m_isResult = true;
    return call;
}

ApiCall *ConbenchClient::postResult(const QByteArray &body)
{
    if (m_loginState != LoginState::NotNeeded && m_loginState != LoginState::LoggedIn) {
        ApiCall *call = create("POST", QString::fromLatin1(resultsPath), body);
        call->m_isResult = true;
        return call;
    }
    // Nothing to wait for: on the wire at once, without a turn of the event loop. An attempt never
    // finishes within this call, so the caller still connects to finished() in time.
    ApiCall *call = newCall("POST", QString::fromLatin1(resultsPath), body);
    call->m_isResult = true;
    sendAttempt(call);
    return call;
}

const QJsonObject &ConbenchClient::resultOf(ApiCall *call)
{
    if (call->m_result.isEmpty() && call->m_isResult)
        call->m_result = QJsonDocument::fromJson(call->m_body).object();
    return call->m_result;
}

ApiCall *ConbenchClient::logout()
{
    ApiCall *call = get(u"/api/logout/"_s);
    connect(call, &ApiCall::finished, this, [this] {
        if (m_loginState == LoginState::LoggedIn)
            m_loginState = LoginState::LoggedOut;
    });
    return call;
}

ApiCall *ConbenchClient::createRun(const QJsonObject &run)
{
    return post(u"/api/runs/"_s, run);
}

ApiCall *ConbenchClient::updateRun(const QString &id, QJsonObject fields)
{
    fields.remove("id"_L1);
    return put(u"/api/runs/%1/"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(id))), fields);
}

bool ConbenchClient::keepsRunsImplicitly(const ApiCall *call)
{
    return call->outcome() == ApiCall::Outcome::Refused && call->httpStatus() == 405;
}

void ConbenchClient::abortAll()
{
    const auto calls = m_calls;
    for (ApiCall *call : calls)
        call->abort();
}

void ConbenchClient::abortWaiting()
{
    m_retriesGivenUp = true;
    const QList<QPointer<ApiCall>> calls(m_calls.begin(), m_calls.end());
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->giveUpRetrying();
    }
}

QString ConbenchClient::describe(const ApiCall *call) const
{
    return QString::fromLatin1(call->m_method) + u' ' + call->m_path;
}

void ConbenchClient::start(ApiCall *call)
{
    if (call->m_outcome != ApiCall::Outcome::Pending)
        return;
    if (call->m_isLogin || m_loginState == LoginState::NotNeeded || m_loginState == LoginState::LoggedIn) {
        sendAttempt(call);
        return;
    }
    if (m_loginState == LoginState::Refused) {
        complete(call, ApiCall::Outcome::CredentialsRefused, m_loginProblem);
        return;
    }
    m_waitingForLogin.append(call);
    beginLogin();
}

void ConbenchClient::beginLogin()
{
    if (m_loginState == LoginState::LoggingIn)
        return;
    m_loginState = LoginState::LoggingIn;
    qCDebug(lcClient).noquote() << "logging in as" << m_settings.email;
    const QJsonObject credentials {{"email"_L1, m_settings.email}, {"password"_L1, m_settings.password}};
    ApiCall *login
        = newCall("POST", u"/api/login/"_s, QJsonDocument(credentials).toJson(QJsonDocument::Compact));
    login->m_isLogin = true;
    connect(login, &ApiCall::finished, this, [this, login] { loginFinished(login); });
    sendAttempt(login);
}

void ConbenchClient::loginFinished(ApiCall *login)
{
    const auto waiting = m_waitingForLogin;
    m_waitingForLogin.clear();
    if (login->succeeded()) {
        m_loginState = LoginState::LoggedIn;
        ++m_session;
        m_sessionUsed = false;
        qCDebug(lcClient) << "logged in";
        emit loggedIn();
        for (const auto &call : waiting) {
            if (call)
                start(call);
        }
        return;
    }
    if (login->outcome() == ApiCall::Outcome::CredentialsRefused) {
        m_loginState = LoginState::Refused;
        m_loginProblem = login->message();
    } else {
        m_loginState = LoginState::LoggedOut; // a later call may try again
    }
    for (const auto &call : waiting) {
        if (call)
            complete(call, login->outcome(), login->message());
    }
}

QNetworkRequest ConbenchClient::requestFor(const QString &path) const
{
    QNetworkRequest request(m_settings.apiUrl(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, u"benchconnect/" BENCHCONNECT_VERSION ""_s);
    // Credentials and the session never follow a redirect to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setSslConfiguration(m_ssl);
    return request;
}

void ConbenchClient::sendAttempt(ApiCall *call)
{
    ++call->m_attempts;
    call->m_timedOut = false;
    call->m_session = m_session;
    // The results endpoint gets one request per result: its request is made once, and copied.
    const bool toResults = call->m_path == QLatin1StringView(resultsPath);
    if (toResults && !m_resultsRequest)
        m_resultsRequest = requestFor(call->m_path);
    QNetworkRequest request = toResults ? *m_resultsRequest : requestFor(call->m_path);
    qCDebug(lcClient).noquote() << describe(call) << "attempt" << call->m_attempts;

    QNetworkReply *reply = nullptr;
    if (call->m_method == "GET") {
        reply = m_network->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->m_body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(call->m_body, nullptr);
        reply = m_network->sendCustomRequest(request, call->m_method, body);
        body->setParent(reply);
    }
    call->m_reply = reply;
    connect(reply, &QNetworkReply::finished, call, [this, call, reply] { attemptFinished(call, reply); });
    // No answer in time: ApiCall::timerEvent() aborts the reply, and attemptFinished() sees why.
    const auto timeout = call->m_isLogin ? m_settings.loginTimeout : m_settings.requestTimeout;
    call->stopTimeout();
    call->m_timeoutTimer = call->startTimer(timeout);
}

QString ConbenchClient::retryNotice(const QString &what, const QString &problem, qint64 delayMs)
{
    return tr("%1 failed (%2); trying again in %3 s.")
        .arg(what, problem, QString::number(delayMs / 1000.0, 'f', 1));
}

void ConbenchClient::attemptFinished(ApiCall *call, QNetworkReply *reply)
{
    reply->deleteLater();
    call->stopTimeout();
    if (call->m_outcome != ApiCall::Outcome::Pending)
        return;
    call->m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply (a time-out) is closed: reading it would only make Qt warn.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    call->m_status = status;
    qCDebug(lcClient).noquote() << describe(call) << "->"
                                << (status ? QString::number(status) : reply->errorString());

    if (status == 0) {
        const auto error = reply->error();
        const auto timeout = call->m_isLogin ? m_settings.loginTimeout : m_settings.requestTimeout;
        if (error == QNetworkReply::SslHandshakeFailedError) {
            complete(call, ApiCall::Outcome::Unreachable,
                tr("the TLS certificate of %1 is not trusted (%2); give its CA certificate with --ca-bundle "
                   "or BENCHCONNECT_CA_BUNDLE, or, only on a network you trust, use --insecure")
                    .arg(m_settings.baseUrl.host(), reply->errorString()));
            return;
        }
        if (error == QNetworkReply::OperationCanceledError && !call->m_timedOut)
            return; // aborted by us
        // A connection that was refused never carried the request; any other failure may have
        // happened after the server received it.
        if (call->m_method != "GET" && error != QNetworkReply::ConnectionRefusedError
            && error != QNetworkReply::HostNotFoundError)
            call->m_maybeDelivered = true;
        if (call->m_timedOut)
            emit overloaded();
        scheduleRetry(call, problemOf(reply, call->m_timedOut, timeout), -1);
        return;
    }

    if (isSuccess(status)) {
        const QString unexpected = checkAnswer(call, reply, status, body);
        if (!unexpected.isEmpty()) {
            call->m_answer = QJsonDocument();
            // Not Conbench: nothing says the request arrived, and asking again gets the same.
            complete(call, ApiCall::Outcome::Unreachable,
                tr("%1 did not give a Conbench answer (%2); check CONBENCH_URL and any proxy or network "
                   "log-in page in between")
                    .arg(m_settings.apiUrl(call->m_path).toDisplayString(QUrl::RemoveQuery), unexpected));
            return;
        }
        if (!call->m_isLogin && call->m_session == m_session)
            m_sessionUsed = true;
        if (call->m_isResult)
            m_confirmedIds.insert(call->m_answer.object().value("id"_L1).toString());
        complete(call, ApiCall::Outcome::Success);
        return;
    }
    if (call->m_isLogin && (status == 400 || status == 401 || status == 403)) {
        complete(call, ApiCall::Outcome::CredentialsRefused,
            tr("the server refused the credentials of %1 (%2)")
                .arg(m_settings.email, describeErrorBody(status, body)));
        return;
    }
    if (status == 401) {
        if (m_loginState == LoginState::NotNeeded) {
            complete(call, ApiCall::Outcome::Refused,
                tr("the server requires logging in (%1); set CONBENCH_EMAIL and CONBENCH_PASSWORD")
                    .arg(describeErrorBody(status, body)));
            return;
        }
        if (m_loginState == LoginState::Refused) {
            complete(call, ApiCall::Outcome::CredentialsRefused, m_loginProblem);
            return;
        }
        if (m_loginState == LoginState::LoggingIn) {
            m_waitingForLogin.append(call); // sent again once the log-in under way is done
            return;
        }
        if (call->m_session < m_session) {
            // Sent in a session that has been replaced already: send it again in the new one,
            // without another log-in.
            start(call);
            return;
        }
        if (m_sessionFromRelogin && !m_sessionUsed) {
            // Logged in again after a 401, and the very next answer is 401 again: the session
            // does not hold, and logging in for every request would not make it hold.
            sessionUnusable(call,
                tr("the server ended the session right after logging in again (%1 answered %2); nothing "
                   "more is sent. A proxy or load balancer in between may drop the session cookie; the "
                   "results wait in the outbox")
                    .arg(describe(call), describeErrorBody(status, body)));
            return;
        }
        if (!call->m_relogged) {
            // The session expired: log in again once, then repeat the request.
            call->m_relogged = true;
            qCDebug(lcClient) << "session expired; logging in again";
            m_loginState = LoginState::LoggedOut;
            m_sessionFromRelogin = true;
            m_waitingForLogin.append(call);
            beginLogin();
            return;
        }
        complete(call, ApiCall::Outcome::Refused,
            tr("the server refused the request even after logging in again (%1)")
                .arg(describeErrorBody(status, body)));
        return;
    }
    if (status == 409 && call->m_method == "POST" && call->m_path == u"/api/runs/"_s
        && call->m_attempts > 1) {
        // Our earlier attempt created the run; its answer was lost.
        complete(call, ApiCall::Outcome::Success);
        return;
    }
    if (status >= 300 && status < 400) {
        // Only a redirect to the same host is followed (by the network layer); anything that
        // arrives here would have taken the request, credentials and all, elsewhere.
        complete(call, ApiCall::Outcome::Refused,
            tr("the server redirected %1 to %2, which benchconnect does not follow (credentials never "
               "go to another host); set CONBENCH_URL to the address that answers")
                .arg(describe(call), QString::fromUtf8(reply->rawHeader("Location"))));
        return;
    }
    if (status == 429 || status >= 500) {
        const qint64 retryAfter = retryAfterOf(reply);
        if ((status == 429 || status == 503) && retryAfter < 0 && call->m_onOverloaded && !call->m_noRetry
            && call->m_onOverloaded()) {
            // The sender had more under way than the server takes, and has lowered the number:
            // the request waits for its turn instead of a back-off.
            call->m_lastProblem = describeErrorBody(status, body);
            call->m_held = true;
            emit call->held();
            return;
        }
        if (status >= 500 && call->m_method != "GET")
            call->m_maybeDelivered = true;
        if (status == 429 || status == 503)
            emit overloaded();
        scheduleRetry(call, describeErrorBody(status, body), retryAfter);
        return;
    }
    complete(call, ApiCall::Outcome::Refused, describeErrorBody(status, body));
}

// Empty when a 2xx answer is what Conbench gives to this request; else what came back instead.
QString ConbenchClient::checkAnswer(
    ApiCall *call, QNetworkReply *reply, int status, const QByteArray &body) const
{
    const AnswerContext request {call->m_method, call->m_path, call->m_isLogin, call->m_isResult};
    return unexpectedAnswer(
        request, status, contentTypeOf(reply), reply->hasRawHeader("Set-Cookie"), body, &call->m_answer);
}

QString ConbenchClient::unexpectedAnswer(
    const AnswerContext &request, int status, const QString &type, bool setsCookie, const QByteArray &body)
{
    QJsonDocument parsed;
    return unexpectedAnswer(request, status, type, setsCookie, body, &parsed);
}

QString ConbenchClient::unexpectedAnswer(const AnswerContext &request, int status, const QString &type,
    bool setsCookie, const QByteArray &body, QJsonDocument *parsed)
{
    QJsonParseError error {};
    *parsed = QJsonDocument::fromJson(body, &error);
    const QJsonDocument &doc = *parsed;
    const bool empty = body.trimmed().isEmpty();
    const bool json = !empty && error.error == QJsonParseError::NoError;

    bool expected = false;
    if (request.isLogin) {
        // Conbench answers 204; some versions 200, always with the session cookie.
        expected = (status == 204 || (status == 200 && setsCookie)) && (empty || json);
    } else if (request.method == "POST") {
        expected = status == 201 && (empty || json);
        if (request.createsResult) // a created result: its id is how we know it is stored
            expected = expected && doc.isObject() && !doc.object().value("id"_L1).toString().isEmpty();
    } else if (request.method == "PUT") {
        expected = (status == 200 || status == 201 || status == 204) && (empty || json);
    } else {
        expected = (status == 204 && empty)
            || (status == 200 && (json || (empty && request.path.startsWith(u"/api/logout/"_s))));
    }
    if (expected)
        return {};

    QString what = tr("HTTP %1").arg(status);
    if (!type.isEmpty())
        what += u", "_s + type;
    if (empty) {
        what += u", "_s + tr("no body");
    } else if (json) {
        if (request.createsResult && status == 201)
            what += u", "_s + tr("no id of a stored result");
    } else if (type.isEmpty() || type.startsWith(u"text/"_s) || type.contains(u"html"_s)
        || type.contains(u"xml"_s) || type.contains(u"json"_s)) {
        const QString line = summaryOfPage(body);
        if (!line.isEmpty())
            what += u": "_s + line;
    }
    return what;
}

void ConbenchClient::sessionUnusable(ApiCall *call, const QString &message)
{
    m_loginState = LoginState::Refused;
    m_loginProblem = message;
    complete(call, ApiCall::Outcome::CredentialsRefused, message);
    const auto waiting = m_waitingForLogin;
    m_waitingForLogin.clear();
    for (const auto &other : waiting) {
        if (other)
            complete(other, ApiCall::Outcome::CredentialsRefused, message);
    }
}

void ConbenchClient::scheduleRetry(ApiCall *call, const QString &problem, qint64 retryAfter)
{
    call->m_lastProblem = problem;
    if (call->m_noRetry) {
        complete(call, ApiCall::Outcome::Aborted, tr("cancelled after a failed attempt: %1").arg(problem));
        return;
    }
    const int exponent = qMin(call->m_attempts - 1, 20);
    qint64 delay
        = qMin<qint64>(m_settings.firstRetryDelay.count() << exponent, m_settings.maxRetryDelay.count());
    if (retryAfter >= 0)
        delay = retryAfter;
    if (retryAfter >= 0 && call->m_deadline.remainingTime() < delay) {
        complete(call, ApiCall::Outcome::Unreachable,
            tr("%1 asked to wait %2 s before trying again (Retry-After), longer than the retry deadline of "
               "%3 s allows (%4 s left); the results wait in the outbox, send them later with "
               "\"benchconnect outbox retry\" or allow more with --retry-deadline")
                .arg(m_settings.baseUrl.toDisplayString())
                .arg(QString::number(retryAfter / 1000.0, 'f', 0))
                .arg(m_settings.retryDeadline.count() / 1000.0)
                .arg(QString::number(qMax<qint64>(0, call->m_deadline.remainingTime()) / 1000.0, 'f', 0)));
        return;
    }
    if (call->m_deadline.remainingTime() < delay) {
        complete(call, ApiCall::Outcome::Unreachable,
            tr("no usable answer from %1 (attempts: %2, retried until the deadline of %3 s); the last "
               "problem: %4")
                .arg(m_settings.baseUrl.toDisplayString())
                .arg(call->m_attempts)
                .arg(m_settings.retryDeadline.count() / 1000.0)
                .arg(problem));
        return;
    }
    emit retrying(describe(call), problem, delay);
    qCDebug(lcClient).noquote() << describe(call) << "failed:" << problem << "- retrying in" << delay << "ms";
    QTimer::singleShot(delay, call, [this, call] {
        if (call->m_outcome != ApiCall::Outcome::Pending)
            return;
        if (call->m_maybeDelivered && call->m_isResult)
            lookUpThenSend(call);
        else
            start(call);
    });
}

void ConbenchClient::fetchRunResults(const QString &runId, QObject *context, const PageHandler &onPage,
    const DoneHandler &done, QDeadlineTimer deadline)
{
    // Pages through the run's results (newest first on current servers; one list on 2023 ones).
    // The function holds itself only weakly; each page's connection holds it strongly until the
    // next page is asked for, so it lives exactly as long as pages are under way. Every page is an
    // ApiCall, whose finished() comes from the event loop: so does done().
    auto fetchPage = std::make_shared<std::function<void(const QString &)>>();
    std::weak_ptr<std::function<void(const QString &)>> weakFetch = fetchPage;
    *fetchPage = [=, this](const QString &cursor) {
        const auto self = weakFetch.lock();
        QUrlQuery query;
        query.addQueryItem(u"run_id"_s, runId);
        query.addQueryItem(u"page_size"_s, u"1000"_s);
        if (!cursor.isEmpty())
            query.addQueryItem(u"cursor"_s, cursor);
        ApiCall *page = get(QString::fromLatin1(resultsPath) + u'?' + query.toString(QUrl::FullyEncoded));
        if (!deadline.isForever())
            page->m_deadline = deadline;
        page->m_parentCall = qobject_cast<ApiCall *>(context);
        connect(page, &ApiCall::finished, context, [=] {
            if (!page->succeeded()) {
                done(page->outcome(), page->message());
                return;
            }
            QString next;
            const QJsonArray results = pageOfResults(page->answer(), &next);
            if (onPage(results)) {
                done(ApiCall::Outcome::Success, QString());
                return;
            }
            if (!next.isEmpty() && !results.isEmpty())
                (*self)(next);
            else
                done(ApiCall::Outcome::Success, QString());
        });
    };
    (*fetchPage)(QString());
}

void ConbenchClient::fetchStoredResults(
    const QSet<QString> &runIds, QObject *context, const StoredHandler &done)
{
    struct Progress
    {
        QStringList pending;
        StoredResults stored;
    };
    auto progress = std::make_shared<Progress>();
    for (const QString &runId : runIds) {
        if (!runId.isEmpty())
            progress->pending.append(runId);
    }
    progress->pending.sort();
    auto next = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weakNext = next;
    *next = [=, this] {
        const auto self = weakNext.lock();
        if (progress->pending.isEmpty()) {
            // Also when there was nothing to read: from the event loop, after this call returned.
            QMetaObject::invokeMethod(
                context, [done, progress] { done(ApiCall::Outcome::Success, QString(), progress->stored); },
                Qt::QueuedConnection);
            return;
        }
        const QString runId = progress->pending.takeFirst();
        fetchRunResults(
            runId, context,
            [this, progress](const QJsonArray &page) {
                for (const QJsonValue &value : page) {
                    const QJsonObject stored = value.toObject();
                    const QString id = stored.value("id"_L1).toString();
                    if (m_confirmedIds.contains(id))
                        continue;
                    // Handed to the caller to match: a later look-up of ours never takes it again.
                    m_confirmedIds.insert(id);
                    progress->stored.add(stored);
                }
                return false;
            },
            [=](ApiCall::Outcome outcome, const QString &message) {
                if (outcome != ApiCall::Outcome::Success)
                    done(outcome, tr("cannot read the results of run %1: %2").arg(runId, message), {});
                else
                    (*self)();
            });
    };
    (*next)();
}

void ConbenchClient::lookUpThenSend(ApiCall *call)
{
    const QString runId = resultOf(call).value("run_id"_L1).toString();
    if (runId.isEmpty()) {
        // Conbench requires a run_id: a result without one cannot have been stored.
        call->m_maybeDelivered = false;
        start(call);
        return;
    }
    auto found = std::make_shared<QJsonObject>();
    fetchRunResults(
        runId, call,
        [this, call, found](const QJsonArray &page) {
            for (const QJsonValue &value : page) {
                const QJsonObject stored = value.toObject();
                // A stored result that confirmed another of our results is not this one.
                if (m_confirmedIds.contains(stored.value("id"_L1).toString()))
                    continue;
                if (sameResult(call->m_result, stored)) {
                    *found = stored;
                    return true;
                }
            }
            return false;
        },
        [this, call, found](ApiCall::Outcome outcome, const QString &message) {
            if (call->m_outcome != ApiCall::Outcome::Pending)
                return;
            const QString foundId = found->value("id"_L1).toString();
            if (outcome == ApiCall::Outcome::Success && !found->isEmpty()
                && !m_confirmedIds.contains(foundId)) {
                qCDebug(lcClient) << "the result was stored already; not sending it again";
                m_confirmedIds.insert(foundId);
                call->m_confirmedByLookup = true;
                call->m_status = 201;
                call->m_answer = QJsonDocument(*found);
                complete(call, ApiCall::Outcome::Success);
            } else if (outcome == ApiCall::Outcome::Success) {
                call->m_maybeDelivered = false;
                start(call);
            } else if (outcome == ApiCall::Outcome::Refused) {
                // Conbench answers this list with 200 (or 401): another answer is not its own. Sending
                // the result again without knowing could store it twice; it waits instead (in the
                // outbox), and the next retry looks again.
                complete(call, ApiCall::Outcome::Unreachable,
                    tr("cannot check whether the server stored it already (%1); it is not sent again until "
                       "that can be checked")
                        .arg(message));
            } else {
                complete(call, outcome, message);
            }
        },
        call->m_deadline);
}

QString ConbenchClient::resultKey(const QJsonObject &result)
{
    const QDateTime when = parseTimestamp(result.value("timestamp"_L1).toString());
    const QByteArray tags
        = QJsonDocument(canonicalTags(result.value("tags"_L1).toObject())).toJson(QJsonDocument::Compact);
    return result.value("run_id"_L1).toString() + u'\n' + result.value("batch_id"_L1).toString() + u'\n'
        + (when.isValid() ? QString::number(when.toSecsSinceEpoch()) : QString()) + u'\n'
        + QString::fromUtf8(tags);
}

bool ConbenchClient::sameResult(const QJsonObject &sent, const QJsonObject &stored)
{
    if (!parseTimestamp(sent.value("timestamp"_L1).toString()).isValid())
        return false;
    if (resultKey(sent) != resultKey(stored))
        return false;
    // What the server returns is compared; what it leaves out (Conbench's list gives context and
    // info only as links) cannot tell results apart, and counting does: see StoredResults.
    for (const auto key : {"context"_L1, "info"_L1, "machine_info"_L1, "cluster_info"_L1}) {
        if (stored.contains(key) && canonicalText(sent.value(key)) != canonicalText(stored.value(key)))
            return false;
    }
    if (stored.value("stats"_L1).isObject() || sent.value("stats"_L1).isObject()) {
        if (statsData(sent) != statsData(stored) || statsUnit(sent) != statsUnit(stored))
            return false;
    }
    // Conbench returns "error" always (null when none); a result without one may still come back
    // with Conbench's own error when samples are missing.
    const QJsonValue error = stored.value("error"_L1);
    const bool storedError = !error.isNull() && !error.isUndefined();
    if (sent.contains("error"_L1) && !sent.value("error"_L1).isNull())
        return storedError && canonicalText(sent.value("error"_L1)) == canonicalText(error);
    return !storedError || looksErrored(statsData(sent));
}

void StoredResults::add(const QJsonObject &stored)
{
    m_byKey[ConbenchClient::resultKey(stored)].append(stored);
    ++m_size;
}

bool StoredResults::take(const QJsonObject &result)
{
    auto it = m_byKey.find(ConbenchClient::resultKey(result));
    if (it == m_byKey.end())
        return false;
    QList<QJsonObject> &candidates = it.value();
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (ConbenchClient::sameResult(result, candidates.at(i))) {
            candidates.removeAt(i);
            --m_size;
            return true;
        }
    }
    return false;
}

QString ConbenchClient::describeErrorBody(int status, const QByteArray &body)
{
    const QString head = tr("HTTP %1").arg(status);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject object = doc.object();
        QStringList parts;
        flattenDescription(object.value("description"_L1), QString(), &parts);
        if (parts.isEmpty())
            flattenDescription(object.value("message"_L1), QString(), &parts);
        const QString name = object.value("name"_L1).toString();
        QString text = name.isEmpty() ? head : head + u' ' + name;
        if (!parts.isEmpty())
            text += u": "_s + parts.join(u"; "_s);
        return text;
    }
    const QString line = summaryOfPage(body);
    return line.isEmpty() ? head : head + u": "_s + line;
}

void ConbenchClient::complete(ApiCall *call, ApiCall::Outcome outcome, const QString &message)
{
    if (call->m_outcome != ApiCall::Outcome::Pending)
        return;
    call->m_outcome = outcome;
    call->m_message = message;
    call->stopTimeout();
    if (call->m_reply) {
        QNetworkReply *reply = call->m_reply;
        call->m_reply = nullptr;
        reply->abort();
    }
    m_calls.removeOne(call);
    m_waitingForLogin.removeAll(call);
    // A look-up made for this call is of no use any more.
    const auto calls = m_calls;
    for (ApiCall *other : calls) {
        if (other->m_parentCall == call)
            complete(other, ApiCall::Outcome::Aborted, message);
    }
    emit call->finished();
    call->deleteLater();
}

qint64 ConbenchClient::retryAfterMs(const QByteArray &header, const QDateTime &now)
{
    // Capped (at some 31,700 years, far past any retry deadline) so that the conversion to
    // milliseconds stays defined for "1e300" and "inf".
    constexpr double longestSeconds = 1e12;
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok && seconds >= 0)
        return qint64(qMin(seconds, longestSeconds) * 1000);
    // An HTTP date ends in "GMT", which Qt 6.4's RFC 2822 reader does not take: it is +0000.
    QString date = QString::fromLatin1(value);
    if (date.endsWith(u" GMT"_s))
        date = date.chopped(4) + u" +0000"_s;
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (when.isValid())
        return qMax<qint64>(0, now.msecsTo(when));
    return -1;
}

QJsonArray ConbenchClient::pageOfResults(const QJsonDocument &answer, QString *nextCursor)
{
    *nextCursor = answer.isObject()
        ? answer.object().value("metadata"_L1).toObject().value("next_page_cursor"_L1).toString()
        : QString();
    return answer.isArray() ? answer.array() : answer.object().value("data"_L1).toArray();
}

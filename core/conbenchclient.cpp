#include "conbenchclient.h"

#include "logging.h"
#include "secrets.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkRequest>
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
qint64 retryAfterMs(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok && seconds >= 0)
        return qint64(seconds * 1000);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid())
        return qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
    return -1;
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
        return ConbenchClient::tr("no answer within %1 s").arg(timeout.count() / 1000.0);
    return reply->errorString();
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
    call->m_timer = new QTimer(call);
    call->m_timer->setSingleShot(true);
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
    return call;
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

void ConbenchClient::sendAttempt(ApiCall *call)
{
    ++call->m_attempts;
    call->m_timedOut = false;
    QNetworkRequest request(m_settings.apiUrl(call->m_path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, u"benchconnect/" BENCHCONNECT_VERSION ""_s);
    // Credentials and the session never follow a redirect to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setSslConfiguration(m_ssl);
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
    const auto timeout = call->m_isLogin ? m_settings.loginTimeout : m_settings.requestTimeout;
    call->m_timer->disconnect();
    connect(call->m_timer, &QTimer::timeout, reply, [call, reply] {
        call->m_timedOut = true;
        reply->abort();
    });
    call->m_timer->start(timeout);
}

void ConbenchClient::attemptFinished(ApiCall *call, QNetworkReply *reply)
{
    reply->deleteLater();
    call->m_timer->stop();
    if (call->m_outcome != ApiCall::Outcome::Pending)
        return;
    call->m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
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
        scheduleRetry(call, problemOf(reply, call->m_timedOut, timeout), -1);
        return;
    }

    if (isSuccess(status)) {
        if (!body.trimmed().isEmpty())
            call->m_answer = QJsonDocument::fromJson(body);
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
        if (!call->m_relogged) {
            // The session expired: log in again once, then repeat the request.
            call->m_relogged = true;
            qCDebug(lcClient) << "session expired; logging in again";
            if (m_loginState != LoginState::LoggingIn)
                m_loginState = LoginState::LoggedOut;
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
        if (status >= 500 && call->m_method != "GET")
            call->m_maybeDelivered = true;
        scheduleRetry(call, describeErrorBody(status, body), retryAfterMs(reply));
        return;
    }
    complete(call, ApiCall::Outcome::Refused, describeErrorBody(status, body));
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
        if (call->m_maybeDelivered && !call->m_result.isEmpty())
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
    // next page is asked for, so it lives exactly as long as pages are under way.
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
            const QJsonDocument answer = page->answer();
            const QJsonArray results
                = answer.isArray() ? answer.array() : answer.object().value("data"_L1).toArray();
            if (onPage(results)) {
                done(ApiCall::Outcome::Success, QString());
                return;
            }
            const QString next = answer.isObject()
                ? answer.object().value("metadata"_L1).toObject().value("next_page_cursor"_L1).toString()
                : QString();
            if (!next.isEmpty() && !results.isEmpty())
                (*self)(next);
            else
                done(ApiCall::Outcome::Success, QString());
        });
    };
    (*fetchPage)(QString());
}

void ConbenchClient::fetchStoredResultKeys(
    const QSet<QString> &runIds, QObject *context, const KeysHandler &done)
{
    struct Progress
    {
        QStringList pending;
        QSet<QString> keys;
    };
    auto progress = std::make_shared<Progress>();
    progress->pending = QStringList(runIds.begin(), runIds.end());
    auto next = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weakNext = next;
    *next = [=, this] {
        const auto self = weakNext.lock();
        if (progress->pending.isEmpty()) {
            done(ApiCall::Outcome::Success, QString(), progress->keys);
            return;
        }
        const QString runId = progress->pending.takeFirst();
        fetchRunResults(
            runId, context,
            [progress](const QJsonArray &page) {
                for (const QJsonValue &value : page)
                    progress->keys.insert(resultKey(value.toObject()));
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
    const QString runId = call->m_result.value("run_id"_L1).toString();
    if (runId.isEmpty()) {
        start(call);
        return;
    }
    auto found = std::make_shared<QJsonObject>();
    fetchRunResults(
        runId, call,
        [call, found](const QJsonArray &page) {
            for (const QJsonValue &value : page) {
                if (sameResult(call->m_result, value.toObject())) {
                    *found = value.toObject();
                    return true;
                }
            }
            return false;
        },
        [this, call, found](ApiCall::Outcome outcome, const QString &message) {
            if (call->m_outcome != ApiCall::Outcome::Pending)
                return;
            if (outcome == ApiCall::Outcome::Success && !found->isEmpty()) {
                qCDebug(lcClient) << "the result was stored already; not sending it again";
                call->m_confirmedByLookup = true;
                call->m_status = 201;
                call->m_answer = QJsonDocument(*found);
                complete(call, ApiCall::Outcome::Success);
            } else if (outcome == ApiCall::Outcome::Success) {
                call->m_maybeDelivered = false;
                start(call);
            } else if (outcome == ApiCall::Outcome::Refused) {
                qCWarning(lcClient).noquote()
                    << tr("Cannot check whether the server stored a result already (%1); sending it again.")
                           .arg(message);
                call->m_maybeDelivered = false;
                start(call);
            } else {
                complete(call, outcome, message);
            }
        },
        call->m_deadline);
}

QString ConbenchClient::resultKey(const QJsonObject &result)
{
    const QDateTime when = parseTimestamp(result.value("timestamp"_L1).toString());
    if (!when.isValid())
        return {};
    const QByteArray tags = QJsonDocument(result.value("tags"_L1).toObject()).toJson(QJsonDocument::Compact);
    return result.value("run_id"_L1).toString() + u'\n' + result.value("batch_id"_L1).toString() + u'\n'
        + QString::number(when.toSecsSinceEpoch()) + u'\n' + QString::fromUtf8(tags);
}

bool ConbenchClient::sameResult(const QJsonObject &sent, const QJsonObject &stored)
{
    const QString key = resultKey(sent);
    return !key.isEmpty() && key == resultKey(stored);
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
    const QString plain = QString::fromUtf8(body).simplified();
    return plain.isEmpty() ? head : head + u": "_s + plain.left(300);
}

void ConbenchClient::complete(ApiCall *call, ApiCall::Outcome outcome, const QString &message)
{
    if (call->m_outcome != ApiCall::Outcome::Pending)
        return;
    call->m_outcome = outcome;
    call->m_message = message;
    call->m_timer->stop();
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

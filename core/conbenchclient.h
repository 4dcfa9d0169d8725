#pragma once

#include "clientsettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>

#include <functional>
#include <optional>

class ConbenchClient;
class QNetworkAccessManager;
class QTimer;

// What a server holds of some runs, to match results against before sending them. A stored result
// confirms at most one result: two results that look alike are stored twice and found twice.
class StoredResults
{
public:
    void add(const QJsonObject &stored);
    // True when a stored result that has not confirmed another one yet is this result
    // (ConbenchClient::sameResult); that stored result is then used up.
    bool take(const QJsonObject &result);
    qsizetype size() const { return m_size; }

private:
    QHash<QString, QList<QJsonObject>> m_byKey; // by ConbenchClient::resultKey
    qsizetype m_size = 0;
};

// One request to the Conbench API as the user sees it: through log-in, re-log-in after an
// expired session, and retries until the deadline. Emits finished() exactly once.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Pending,
        Success, // 2xx (or a 409 answering our own retried run creation)
        Refused, // a final 4xx; message() holds the server's description
        CredentialsRefused, // the log-in was refused
        Unreachable, // no usable answer before the retry deadline, or an answer that is not
                     // Conbench's (a proxy, a log-in page of the network, another web server)
        Aborted, // abort() or ConbenchClient::abortAll()
    };
    Q_ENUM(Outcome)

    Outcome outcome() const { return m_outcome; }
    bool succeeded() const { return m_outcome == Outcome::Success; }
    int httpStatus() const { return m_status; }
    QJsonDocument answer() const { return m_answer; }
    // A sentence for the user saying why the call failed (empty on success).
    QString message() const { return m_message; }
    int attempts() const { return m_attempts; }
    // True when the result turned out to be stored already (its answer had been lost), found by
    // looking it up instead of sending it again.
    bool confirmedByLookup() const { return m_confirmedByLookup; }
    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }

    void abort();
    // Ends the call at its next failed attempt instead of retrying it; a call that is only waiting
    // (for a retry, for the log-in, or for the look-up of a result that may have been stored) is
    // aborted at once. An attempt on the wire is left to finish.
    void giveUpRetrying();
    // True while an attempt is on the wire (as opposed to waiting for login or for a retry).
    bool isOnTheWire() const { return m_reply != nullptr; }

    // For a sender that paces its requests itself (Submission, with the number of requests under
    // way adapted to the server): asked when the server refuses this request as overloaded (429,
    // or 503, without Retry-After). When it answers true, the call does not retry after a back-off
    // but waits, held, until resume(); when false, it is retried like any other failure.
    void setOnOverloaded(std::function<bool()> decide) { m_onOverloaded = std::move(decide); }
    // Sends a held call again.
    void resume();

signals:
    void finished();
    // The server refused it as overloaded and setOnOverloaded's function answered true.
    void held();

private:
    friend class ConbenchClient;
    explicit ApiCall(ConbenchClient *client)
        : m_client(client)
    { }
    // The time-out of the attempt on the wire: a timer of this object, not a QTimer per call.
    void timerEvent(QTimerEvent *event) override;
    void stopTimeout();

    ConbenchClient *m_client;
    QByteArray m_method;
    QString m_path;
    QByteArray m_body;
    QJsonObject m_result; // of a result post: looked up before a resend (read from m_body when empty)
    bool m_isResult = false; // a result post
    bool m_isLogin = false;

    Outcome m_outcome = Outcome::Pending;
    int m_status = 0;
    QJsonDocument m_answer;
    QString m_message;
    QString m_lastProblem;
    int m_attempts = 0;
    bool m_relogged = false;
    bool m_maybeDelivered = false;
    bool m_confirmedByLookup = false;
    bool m_timedOut = false;
    int m_session = 0; // the session the last attempt was sent in
    bool m_noRetry = false;
    bool m_held = false;
    std::function<bool()> m_onOverloaded;
    QPointer<ApiCall> m_parentCall; // the call a look-up page serves: it ends with that call
    QDeadlineTimer m_deadline;
    QPointer<QNetworkReply> m_reply;
    int m_timeoutTimer = 0;
};

// The Conbench HTTP API on QNetworkAccessManager: asynchronous, one session per client, log-in
// when an e-mail is configured, retries with growing back-off for connection errors, time-outs,
// 5xx and 429 until the deadline, honouring Retry-After.
class ConbenchClient : public QObject
{
    Q_OBJECT

public:
    explicit ConbenchClient(ClientSettings settings, QObject *parent = nullptr);
    ~ConbenchClient() override;

    const ClientSettings &settings() const { return m_settings; }

    ApiCall *get(const QString &path);
    ApiCall *post(const QString &path, const QJsonObject &body);
    ApiCall *put(const QString &path, const QJsonObject &body);
    // POST /api/benchmark-results/. When an attempt may have reached the server without its answer
    // reaching us, the result is looked up (GET ?run_id=) before it is sent again: no duplicates.
    ApiCall *postResult(const QJsonObject &result);
    // The same for a result serialised already (compact JSON, as the outbox holds it): these bytes
    // are sent as they are, and read back only when the result has to be looked up.
    ApiCall *postResult(const QByteArray &body);
    ApiCall *logout();
    // POST /api/runs/ and PUT /api/runs/{id}/ (the id taken out of the body). A current server
    // answers 405 to both: see keepsRunsImplicitly().
    ApiCall *createRun(const QJsonObject &run);
    ApiCall *updateRun(const QString &id, QJsonObject fields);
    static bool keepsRunsImplicitly(const ApiCall *call);

    // Reads every stored result of a run, a page at a time: onPage returns true to stop early.
    // done() gets Success when the pages were read (or onPage stopped them), else why not.
    using PageHandler = std::function<bool(const QJsonArray &page)>;
    using DoneHandler = std::function<void(ApiCall::Outcome outcome, const QString &message)>;
    void fetchRunResults(const QString &runId, QObject *context, const PageHandler &onPage,
        const DoneHandler &done, QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));

    // Reads every stored result of these runs, run after run; done() gets Success and what is
    // stored, or why not (then the run it could not read is named in the message). Results without
    // a run_id cannot be stored by Conbench (it requires one), so there is nothing to read for them.
    // Like every handler here, done() is called from the event loop, never inside this call. What
    // it hands over is the caller's to match: a later look-up of this client (a lost answer while
    // sending) does not find it again.
    using StoredHandler
        = std::function<void(ApiCall::Outcome outcome, const QString &message, const StoredResults &stored)>;
    void fetchStoredResults(const QSet<QString> &runIds, QObject *context, const StoredHandler &done);

    // Aborts every call, those on the wire too.
    void abortAll();
    // Cancelling: every call that is only waiting (see ApiCall::giveUpRetrying) is aborted at once,
    // those on the wire end at their next failure, and calls made from now on get one attempt each.
    void abortWaiting();
    int callsUnderWay() const { return int(m_calls.size()); }

    // Whether a result as sent and one as the server returns it are the same: everything the
    // server keeps of a result and gives back is compared as it survives the round trip (run_id,
    // batch_id, the timestamp to the second, tags as Conbench stores them, context, info, stats
    // data and unit, error, machine_info / cluster_info when the server returns them).
    static bool sameResult(const QJsonObject &sent, const QJsonObject &stored);
    // A coarse key of that comparison (run_id, batch_id, timestamp, tags): equal for the same result.
    static QString resultKey(const QJsonObject &result);
    // One short line from an error answer: Conbench's {"code", "name", "description"}, or the
    // title or first line of a page from something else.
    static QString describeErrorBody(int status, const QByteArray &body);

    // --- Reading an answer: pure functions over what came back (tests/fuzz/fuzz_server_answer) ---
    // A Retry-After header: seconds, or an HTTP date (relative to now), in milliseconds; -1 when
    // absent or unreadable.
    static qint64 retryAfterMs(const QByteArray &header, const QDateTime &now);
    struct AnswerContext
    {
        QByteArray method;
        QString path;
        bool isLogin = false;
        bool createsResult = false; // POST of a benchmark result: the answer must hold its id
    };
    // Empty when a 2xx answer (its Content-Type without parameters, whether it set a cookie, its
    // body) is what Conbench gives to this request; else what came back instead.
    static QString unexpectedAnswer(const AnswerContext &request, int status, const QString &contentType,
        bool setsCookie, const QByteArray &body);
    // The same, keeping what the body holds (read once): *parsed is the body as JSON (null when
    // it is not).
    static QString unexpectedAnswer(const AnswerContext &request, int status, const QString &contentType,
        bool setsCookie, const QByteArray &body, QJsonDocument *parsed);
    // One page of a run's stored results: the results, and the cursor of the next page (empty at
    // the end).
    static QJsonArray pageOfResults(const QJsonDocument &answer, QString *nextCursor);

    // "POST /api/… failed (the reason); trying again in 2.0 s.": the line that says so, for retrying().
    static QString retryNotice(const QString &what, const QString &problem, qint64 delayMs);

signals:
    // A request failed in a way worth retrying; it is sent again after delayMs.
    void retrying(const QString &what, const QString &problem, qint64 delayMs);
    void loggedIn();
    // The server answered 429 or 503, or an attempt got no answer in time: signs of more requests
    // at once than it can take (Submission sends fewer when it adapts the number).
    void overloaded();

private:
    friend class ApiCall;
    enum class LoginState
    {
        NotNeeded,
        LoggedOut,
        LoggingIn,
        LoggedIn,
        Refused
    };

    ApiCall *newCall(const QByteArray &method, const QString &path, const QByteArray &body);
    ApiCall *create(const QByteArray &method, const QString &path, const QByteArray &body);
    void start(ApiCall *call);
    // A request to path with the headers every request carries.
    QNetworkRequest requestFor(const QString &path) const;
    void sendAttempt(ApiCall *call);
    void attemptFinished(ApiCall *call, QNetworkReply *reply);
    void scheduleRetry(ApiCall *call, const QString &problem, qint64 retryAfterMs);
    void lookUpThenSend(ApiCall *call);
    static const QJsonObject &resultOf(ApiCall *call);
    void complete(ApiCall *call, ApiCall::Outcome outcome, const QString &message = {});
    void beginLogin();
    void loginFinished(ApiCall *login);
    QString describe(const ApiCall *call) const;
    QString checkAnswer(ApiCall *call, QNetworkReply *reply, int status, const QByteArray &body) const;
    void sessionUnusable(ApiCall *call, const QString &message);

    ClientSettings m_settings;
    QNetworkAccessManager *m_network;
    QSslConfiguration m_ssl;
    LoginState m_loginState;
    QString m_loginProblem;
    QList<ApiCall *> m_calls;
    QList<QPointer<ApiCall>> m_waitingForLogin;
    int m_session = 0; // counts the log-ins that succeeded
    bool m_sessionFromRelogin = false; // the session was made after a 401
    bool m_sessionUsed = false; // a request succeeded in this session
    QSet<QString> m_confirmedIds; // stored results that confirmed one of our results
    std::optional<QNetworkRequest> m_resultsRequest; // requestFor() the results endpoint, made once
    bool m_retriesGivenUp = false;
};

// SPDX-License-Identifier: MIT
#pragma once

#include "conbenchschema.h"
#include "httpconnection.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTcpServer;

// A stand-in for a Conbench server: the /api/ routes benchconnect uses, with
// Conbench's validation (from the OpenAPI documents compiled into the
// executable), an in-memory store that can be persisted to a file, and
// control endpoints under /_test/ to inspect what arrived and to inject
// faults.
class ConbenchServer : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Conbench2023,
        Current
    };

    struct Options
    {
        QHostAddress host = QHostAddress::LocalHost;
        quint16 port = 0;
        Mode mode = Mode::Current;
        bool privateMode = false;
        bool loginForWrites = false; // like a real Conbench: POST/PUT need a session
        QString email = QStringLiteral("user@example.com");
        QString password = QStringLiteral("s3cret-Pa55");
        QString tlsCertificateFile;
        QString tlsKeyFile;
        QString storeFile;
        QString commitsFile; // the commit ancestry for comparisons (see compareroutes.cpp)
        // A server's capacity: every /api/ request is answered after latencyMs; while
        // maxConcurrent requests are being answered (waiting out their latency), more get 503 at
        // once (0: no limit).
        int latencyMs = 0;
        int maxConcurrent = 0;
    };

    explicit ConbenchServer(const Options &options, QObject *parent = nullptr);

    // Loads the schemas and the store, starts listening. On failure returns
    // false and sets *error.
    bool start(QString *error);
    QString baseUrl() const;

private:
    struct FaultRule
    {
        QString kind;
        QString pathPrefix;
        QString method;
        int remaining = -1; // -1: unlimited
        double probability = 1.0;
        int status = 503;
        int retryAfter = -1;
        int delayMs = 0;
        QString location; // redirect: where to (the request's path is appended)
        QByteArray bodyContains; // only requests whose body holds these bytes
    };

    void acceptConnections();
    void handleRequest(HttpConnection *connection, const HttpRequest &request);
    HttpResponse route(const HttpRequest &request);
    HttpResponse routeControl(const HttpRequest &request);
    const FaultRule *matchFault(const HttpRequest &request);

    // /api/ endpoints
    HttpResponse ping();
    HttpResponse login(const HttpRequest &request);
    HttpResponse logout(const HttpRequest &request);
    HttpResponse postResult(const HttpRequest &request);
    HttpResponse listResults(const HttpRequest &request);
    HttpResponse getResult(const HttpRequest &request, const QString &id);
    HttpResponse postRun(const HttpRequest &request);
    HttpResponse putRun(const HttpRequest &request, const QString &id);
    HttpResponse getRun(const HttpRequest &request, const QString &id);
    HttpResponse listRuns(const HttpRequest &request);

    // Parses and validates a JSON body like Conbench's ApiEndpoint.validate():
    // returns false and fills *error when the request is to be refused.
    bool loadBody(
        const HttpRequest &request, const QString &schemaName, QJsonObject *data, HttpResponse *error);

    bool hasSession(const HttpRequest &request) const;
    bool needsLogin(const HttpRequest &request) const;
    QString newResultId();
    QString requestBase(const HttpRequest &request) const;
    QJsonObject resultForApi(const QJsonObject &stored, const QString &base) const;
    QJsonObject runForApi(const QJsonObject &run, const QString &base) const;
    QJsonObject runFromResult(const QJsonObject &result) const;
    bool loadStore(QString *error);
    qsizetype m_savedResults = 0; // results already in the store's journal
    void saveStore();
    void resetAll();

    // Comparisons (compareroutes.cpp).
    HttpResponse compareRuns(const HttpRequest &request, const QString &ids);
    QJsonObject candidateBaselineRuns(const QString &contenderId) const;
    static QString historyFingerprint(const QJsonObject &result);
    static std::optional<double> singleValueSummary(const QJsonObject &result);
    bool loadCommits(const QJsonObject &body, QString *error);
    bool loadCommitsFile(QString *error);
    QJsonObject commitsForControl() const;
    QHash<QString, QString> m_parents; // commit -> parent commit
    QSet<QString> m_defaultBranch; // commits known to be on the default branch

    static HttpResponse jsonError(int status, const QJsonValue &description = QJsonValue::Undefined);
    static HttpResponse json(int status, const QJsonValue &body);

    Options m_options;
    QTcpServer *m_server = nullptr;
    std::unique_ptr<ConbenchSchema> m_schema; // the mode's documents and rules, from the core
    bool m_tls = false;

    QJsonArray m_results; // accepted result bodies, each with "id"
    QJsonObject m_runs; // run id -> run object
    QSet<QByteArray> m_sessions;
    int m_logins = 0;
    int m_failedLogins = 0;
    QJsonArray m_requests; // log of /api/ requests
    QList<FaultRule> m_faults;
    QRandomGenerator m_faultRandom;
    quint32 m_idCounter = 0;
    int m_underWay = 0; // /api/ requests waiting out --latency-ms
    bool m_latencyServed = false; // handleRequest() called again once the latency is over
};

#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <chrono>

// How to reach a Conbench server: its URL, the account, and the patience to have with it.
struct ClientSettings
{
    Q_DECLARE_TR_FUNCTIONS(ClientSettings)

public:
    QUrl baseUrl; // without /api, no trailing slash
    QString email;
    QString password; // never logged, printed or written to a file

    std::chrono::milliseconds retryDeadline = std::chrono::minutes(30);
    std::chrono::milliseconds loginTimeout = std::chrono::seconds(10);
    std::chrono::milliseconds requestTimeout = std::chrono::seconds(150);
    std::chrono::milliseconds firstRetryDelay = std::chrono::milliseconds(500);
    std::chrono::milliseconds maxRetryDelay = std::chrono::seconds(30);
    int maxInFlight = 4; // requests under way at once during a submission

    QString caBundle; // extra CA certificates (PEM) to trust
    bool insecure = false; // skip TLS verification (only when the user asks)

    // CONBENCH_URL, CONBENCH_EMAIL, CONBENCH_PASSWORD, BENCHCONNECT_RETRY_DEADLINE (seconds),
    // BENCHCONNECT_CA_BUNDLE. Returns false with *error when the configuration cannot be used.
    bool readEnvironment(const QProcessEnvironment &env, QStringList *warnings, QString *error);

    // Checks and normalises a CONBENCH_URL value: white space and trailing slashes removed, an
    // http(s) scheme and a host required, a trailing /api refused.
    static QUrl parseServerUrl(const QString &value, QString *error);
    static bool isLoopback(const QString &host);
    // A server URL in one form for comparing: scheme and host in lower case, the scheme's default
    // port left out, no trailing slash, no user info.
    static QString comparableUrl(const QUrl &url);
    static bool parseSeconds(const QString &value, std::chrono::milliseconds *result);

    QUrl apiUrl(const QString &path) const; // path like "/api/runs/"
};

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <chrono>

class QSettings;

// A named server in the settings file (the window's Preferences > Servers; the CLI's --profile):
// everything but the password, which lives in the system keychain (window) or CONBENCH_PASSWORD.
struct ServerProfile
{
    QString name;
    QString url;
    QString email;
    QString caBundle;
    bool insecure = false;

    bool operator==(const ServerProfile &) const = default;
};

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
    // Requests under way at once during a submission; automaticInFlight (the default): adapted to
    // the server (AdaptiveConcurrency), at most maxInFlightCap.
    static constexpr int automaticInFlight = 0;
    static constexpr int maxInFlightCap = 16;
    int maxInFlight = automaticInFlight;
    // "auto" or a number from 1 to 64 (as --max-in-flight and BENCHCONNECT_MAX_IN_FLIGHT take it).
    static bool parseInFlight(const QString &value, int *result);

    QString caBundle; // extra CA certificates (PEM) to trust
    bool insecure = false; // skip TLS verification (only when the user asks)

    QString profile; // the server profile these settings came from, if any

    // CONBENCH_URL, CONBENCH_EMAIL, CONBENCH_PASSWORD, BENCHCONNECT_RETRY_DEADLINE (seconds),
    // BENCHCONNECT_CA_BUNDLE. Returns false with *error when the configuration cannot be used.
    // A variable that is set wins over what readProfile() put here; one that is not leaves it.
    bool readEnvironment(const QProcessEnvironment &env, QStringList *warnings, QString *error);

    // Takes URL, e-mail, CA bundle and the insecure flag from the profile `name` in the settings
    // file at settingsPath (never a password: the file holds none). False with *error naming the
    // profiles there are when there is no such profile or its URL cannot be used.
    bool readProfile(const QString &name, const QString &settingsPath, QString *error);

    // The settings file the window writes (QSettings, organization and application "benchconnect"),
    // which the command-line program reads profiles from.
    static QString defaultSettingsPath();
    // The settings file (server URLs, e-mails, profile names) is its owner's alone: creates it empty
    // and owner-only when it does not exist yet (QSettings then keeps that mode when it writes it),
    // and takes the other users' access away when it exists. Called before each write.
    static void keepOwnerOnly(const QSettings &settings);
    // The profiles in a settings file, in their order; lastProfile() is the one the window used last.
    static QList<ServerProfile> readProfiles(const QSettings &settings);
    static void writeProfiles(QSettings &settings, const QList<ServerProfile> &profiles);
    static QString lastProfile(const QSettings &settings);
    static void setLastProfile(QSettings &settings, const QString &name);

    // Checks and normalises a CONBENCH_URL value: white space and trailing slashes removed, an
    // http(s) scheme and a host required, a trailing /api refused. name is the setting as the
    // user knows it, for the messages (CONBENCH_URL when empty; --to-server; the window's field).
    static QUrl parseServerUrl(const QString &value, QString *error, const QString &name = {});
    static bool isLoopback(const QString &host);
    // A server URL in one form for comparing: scheme and host in lower case, the scheme's default
    // port left out, no trailing slash, no user info.
    static QString comparableUrl(const QUrl &url);
    static bool parseSeconds(const QString &value, std::chrono::milliseconds *result);

    QUrl apiUrl(const QString &path) const; // path like "/api/runs/"
};

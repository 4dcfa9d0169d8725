#include "clientsettings.h"

#include "projectenvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>

using namespace Qt::StringLiterals;

bool ClientSettings::isLoopback(const QString &host)
{
    const QHostAddress address(host);
    if (!address.isNull())
        return address.isLoopback();
    return host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0
        || host.endsWith(u".localhost"_s, Qt::CaseInsensitive);
}

QUrl ClientSettings::parseServerUrl(const QString &value, QString *error, const QString &name)
{
    const QString setting = name.isEmpty() ? u"CONBENCH_URL"_s : name;
    QString text = value.trimmed();
    while (text.endsWith(u'/'))
        text.chop(1);
    if (text.isEmpty()) {
        *error = tr("%1 is not set; set it to the Conbench server's address, such as "
                    "https://conbench.example.org.")
                     .arg(setting);
        return {};
    }
    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty()) {
        *error = tr("%1 \"%2\" is not an http:// or https:// address with a host, such as "
                    "https://conbench.example.org.")
                     .arg(setting, value.trimmed());
        return {};
    }
    if (url.path().endsWith(u"/api"_s, Qt::CaseInsensitive)) {
        *error = tr("%1 \"%2\" ends with /api; give the server's address without it (%3).")
                     .arg(setting, value.trimmed(), text.left(text.size() - 4));
        return {};
    }
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        *error = tr("%1 \"%2\" has a query, fragment or user name; give only the server's address.")
                     .arg(setting, url.toDisplayString(QUrl::RemoveUserInfo));
        return {};
    }
    return url;
}

QString ClientSettings::comparableUrl(const QUrl &url)
{
    QUrl normal = url.adjusted(QUrl::RemoveUserInfo | QUrl::NormalizePathSegments);
    const QString scheme = normal.scheme().toLower();
    normal.setScheme(scheme);
    normal.setHost(normal.host().toLower());
    if ((scheme == u"http"_s && normal.port() == 80) || (scheme == u"https"_s && normal.port() == 443))
        normal.setPort(-1);
    QString path = normal.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    normal.setPath(path);
    return normal.toString(QUrl::FullyEncoded);
}

bool ClientSettings::parseSeconds(const QString &value, std::chrono::milliseconds *result)
{
    bool ok = false;
    const double seconds = value.trimmed().toDouble(&ok);
    if (!ok || seconds < 0 || seconds > 365.0 * 24 * 3600)
        return false;
    *result = std::chrono::milliseconds(qint64(seconds * 1000));
    return true;
}

QString ClientSettings::defaultSettingsPath()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, u"benchconnect"_s, u"benchconnect"_s)
        .fileName();
}

void ClientSettings::keepOwnerOnly(const QSettings &settings)
{
    const QString path = settings.fileName();
    if (settings.format() != QSettings::IniFormat && settings.format() != QSettings::NativeFormat)
        return;
    const QFileInfo info(path);
    if (!info.isAbsolute())
        return; // not a file (the registry, say)
    constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!info.exists()) {
        QDir().mkpath(info.absolutePath());
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly);
        return;
    }
    if ((info.permissions()
            & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther)))
        QFile::setPermissions(path,
            info.permissions() & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
}

QList<ServerProfile> ClientSettings::readProfiles(const QSettings &settings)
{
    // QSettings::beginReadArray is not const; read the array's keys by hand.
    QList<ServerProfile> profiles;
    const int size = settings.value(u"profiles/size"_s).toInt();
    for (int i = 1; i <= size; ++i) {
        const QString prefix = u"profiles/%1/"_s.arg(i);
        ServerProfile profile;
        profile.name = settings.value(prefix + u"name"_s).toString().trimmed();
        if (profile.name.isEmpty())
            continue;
        profile.url = settings.value(prefix + u"url"_s).toString().trimmed();
        profile.email = settings.value(prefix + u"email"_s).toString().trimmed();
        profile.caBundle = settings.value(prefix + u"caBundle"_s).toString().trimmed();
        profile.insecure = settings.value(prefix + u"insecure"_s, false).toBool();
        profiles.append(profile);
    }
    return profiles;
}

void ClientSettings::writeProfiles(QSettings &settings, const QList<ServerProfile> &profiles)
{
    settings.remove(u"profiles"_s);
    settings.beginWriteArray(u"profiles"_s, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ServerProfile &profile = profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"name"_s, profile.name);
        settings.setValue(u"url"_s, profile.url);
        settings.setValue(u"email"_s, profile.email);
        settings.setValue(u"caBundle"_s, profile.caBundle);
        settings.setValue(u"insecure"_s, profile.insecure);
    }
    settings.endArray();
}

QString ClientSettings::lastProfile(const QSettings &settings)
{
    return settings.value(u"server/profile"_s).toString();
}

void ClientSettings::setLastProfile(QSettings &settings, const QString &name)
{
    settings.setValue(u"server/profile"_s, name);
}

bool ClientSettings::readProfile(const QString &name, const QString &settingsPath, QString *error)
{
    const QString wanted = name.trimmed();
    const QList<ServerProfile> profiles = readProfiles(QSettings(settingsPath, QSettings::NativeFormat));
    QStringList names;
    for (const ServerProfile &profile : std::as_const(profiles)) {
        names.append(profile.name);
        if (profile.name != wanted)
            continue;
        QString why;
        baseUrl = parseServerUrl(profile.url, &why);
        if (baseUrl.isEmpty()) {
            *error
                = tr("The server profile \"%1\" has the URL \"%2\", which is not an http:// or https:// "
                     "address of a server (without /api); correct it in the window's Preferences > Servers.")
                      .arg(wanted, profile.url);
            return false;
        }
        email = profile.email;
        caBundle = profile.caBundle;
        insecure = profile.insecure;
        this->profile = profile.name;
        return true;
    }
    if (names.isEmpty())
        *error = tr("There is no server profile \"%1\": %2 holds no profiles; add them in the window's "
                    "Preferences > Servers.")
                     .arg(wanted, settingsPath);
    else
        *error = tr("There is no server profile \"%1\"; the profiles in %2 are: %3.")
                     .arg(wanted, settingsPath, names.join(u", "_s));
    return false;
}

bool ClientSettings::readEnvironment(const QProcessEnvironment &env, QStringList *warnings, QString *error)
{
    const QString url = ProjectEnvironment::variable(env, u"CONBENCH_URL"_s, warnings);
    if (!url.isEmpty() || baseUrl.isEmpty()) {
        baseUrl = parseServerUrl(url, error);
        if (baseUrl.isEmpty())
            return false;
    }
    const QString givenEmail = ProjectEnvironment::variable(env, u"CONBENCH_EMAIL"_s, warnings);
    const bool emailFromProfile = givenEmail.isEmpty() && !email.isEmpty();
    if (!emailFromProfile)
        email = givenEmail;
    // A password may legitimately begin or end with spaces: only a wholly blank one is ignored.
    password = env.value(u"CONBENCH_PASSWORD"_s);
    if (password.trimmed().isEmpty()) {
        if (env.contains(u"CONBENCH_PASSWORD"_s))
            warnings->append(tr("CONBENCH_PASSWORD is set but blank; ignoring it."));
        password.clear();
    }
    if (emailFromProfile && password.isEmpty()) {
        *error = tr("The server profile \"%1\" logs in as %2 but CONBENCH_PASSWORD is not set; set it (the "
                    "command-line program does not read the keychain).")
                     .arg(profile, email);
        return false;
    }
    if (!email.isEmpty() && password.isEmpty()) {
        *error = tr("CONBENCH_EMAIL is set but CONBENCH_PASSWORD is not; set both to log in, or neither "
                    "for a public server.");
        return false;
    }
    if (email.isEmpty() && !password.isEmpty())
        warnings->append(tr("CONBENCH_PASSWORD is set but CONBENCH_EMAIL is not; not logging in."));
    const QString deadline = ProjectEnvironment::variable(env, u"BENCHCONNECT_RETRY_DEADLINE"_s, warnings);
    if (!deadline.isEmpty() && !parseSeconds(deadline, &retryDeadline)) {
        *error = tr("BENCHCONNECT_RETRY_DEADLINE=\"%1\" is not a number of seconds.").arg(deadline);
        return false;
    }
    const QString inFlight = ProjectEnvironment::variable(env, u"BENCHCONNECT_MAX_IN_FLIGHT"_s, warnings);
    if (!inFlight.isEmpty()) {
        if (!parseInFlight(inFlight, &maxInFlight)) {
            *error = tr("BENCHCONNECT_MAX_IN_FLIGHT=\"%1\" is neither \"auto\" nor a number from 1 to 64.")
                         .arg(inFlight);
            return false;
        }
    }
    const QString givenBundle = ProjectEnvironment::variable(env, u"BENCHCONNECT_CA_BUNDLE"_s, warnings);
    if (!givenBundle.isEmpty())
        caBundle = givenBundle;
    if (!email.isEmpty() && baseUrl.scheme() == u"http"_s && !isLoopback(baseUrl.host()))
        warnings->append(tr("The credentials of %1 would travel unencrypted over plain http:// to %2; use "
                            "https:// unless this network is yours alone.")
                             .arg(email, baseUrl.host()));
    return true;
}

bool ClientSettings::parseInFlight(const QString &value, int *result)
{
    const QString text = value.trimmed();
    if (text.compare(u"auto"_s, Qt::CaseInsensitive) == 0) {
        *result = automaticInFlight;
        return true;
    }
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 1 || n > 64)
        return false;
    *result = n;
    return true;
}

QUrl ClientSettings::apiUrl(const QString &path) const
{
    QUrl url = baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    const qsizetype query = path.indexOf(u'?');
    url.setPath(base + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

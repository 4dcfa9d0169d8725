#pragma once

#include <QObject>
#include <QString>

// The Conbench password in the system keychain (QtKeychain: Secret Service, KWallet, macOS Keychain,
// Windows Credential Store), never in a settings file. When no keychain answers, says so once
// (unavailable()) and the window keeps the password for the session only.
class PasswordStore : public QObject
{
    Q_OBJECT

public:
    enum class Availability
    {
        Unknown, // not asked yet
        Available,
        Unavailable
    };
    Q_ENUM(Availability)

    explicit PasswordStore(QObject *parent = nullptr);

    Availability availability() const { return m_availability; }
    QString problem() const { return m_problem; }

    // The keychain entry for an account on a server.
    static QString account(const QString &serverUrl, const QString &email);
    // The keychain entry for a server profile: one password per profile, under its name.
    static QString profileAccount(const QString &profile);

    // Asynchronous; passwordRead() answers (an empty password when there is none stored).
    void read(const QString &account);
    void write(const QString &account, const QString &password);
    void remove(const QString &account);

signals:
    void passwordRead(const QString &account, const QString &password);
    void written(const QString &account);
    void availabilityChanged(PasswordStore::Availability availability);

private:
    void setAvailability(Availability availability, const QString &problem = {});

    Availability m_availability = Availability::Unknown;
    QString m_problem;
};

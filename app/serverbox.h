#pragma once

#include "clientsettings.h"

#include <QGroupBox>
#include <QHash>
#include <QPointer>

class ConbenchClient;
class PasswordStore;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

// The server to send to: URL, e-mail and password (the password in the system keychain, or for the
// session only when there is none), and a "Test connection" that pings and logs in.
class ServerBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit ServerBox(QWidget *parent = nullptr);

    // The client settings for what the user entered; false with *error when they cannot be used.
    bool clientSettings(ClientSettings *settings, QString *error) const;
    QString url() const;
    QString email() const;

    void restore(const QSettings &settings);
    void save(QSettings &settings) const; // never the password

    // Server profiles (Preferences > Servers): the picker chooses one, or none ("the server below").
    QList<ServerProfile> profiles() const { return m_profiles; }
    QString currentProfile() const; // empty when none is chosen
    void setCurrentProfile(const QString &name);
    // Replaces the profiles (from the settings dialog). passwords: profile name → password entered
    // there (kept for the session and in the keychain); renamed: new name → old name.
    void setProfiles(const QList<ServerProfile> &profiles, const QHash<QString, QString> &passwords,
        const QHash<QString, QString> &renamed);
    // The password of a profile known in this session (typed or read from the keychain), if any.
    QString sessionPassword(const QString &profile) const;

    PasswordStore *passwordStore() const { return m_store; }
    // After a successful log-in elsewhere (a submission): keep the password in the keychain.
    void rememberPassword();

    bool isTesting() const { return !m_testClient.isNull(); }

public slots:
    void testConnection();
    // Gives up the test under way (its requests too); connectionTested(false, ...) follows.
    void cancelTest();

signals:
    void logMessage(const QString &message);
    void connectionTested(bool ok, const QString &message);
    void testingChanged(bool testing);
    void editProfilesRequested();
    void profileChanged(const QString &name);

private:
    void showAnswer(bool ok, const QString &message);
    void lookUpPassword();
    void updateKeychainNote();
    void finishTest();
    void clearAnswer();
    void fillProfilePicker();
    void showProfile(int index);
    QString passwordAccount() const;

    QComboBox *m_profilePicker;
    QLineEdit *m_url;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_keychainNote;
    QPushButton *m_test;
    QLabel *m_answerIcon;
    QLabel *m_answer;
    PasswordStore *m_store;
    QString m_lookedUpAccount;
    QPointer<ConbenchClient> m_testClient;
    QList<ServerProfile> m_profiles;
    QHash<QString, QString> m_passwords; // keychain account → password typed or read this session
    // The server typed while no profile is chosen, kept while one is.
    QString m_plainUrl;
    QString m_plainEmail;
    int m_shownProfile = -1; // index in m_profiles shown in the fields, -1 for none
};

#pragma once

#include "clientsettings.h"

#include <QGroupBox>
#include <QPointer>

class ConbenchClient;
class PasswordStore;
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

private:
    void showAnswer(bool ok, const QString &message);
    void lookUpPassword();
    void updateKeychainNote();
    void finishTest();
    void clearAnswer();

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
};

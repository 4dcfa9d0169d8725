#pragma once

#include "clientsettings.h"

#include <QDialog>
#include <QHash>

class PasswordStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class ServerBox;

// Preferences: a category list and a page per category. Servers: the named server profiles (URL,
// e-mail, password in the keychain, CA bundle, insecure flag). General: the language, applied on
// the next start. OK writes the settings file at once (the command-line program reads profiles
// from it).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page
    {
        Servers,
        General
    };

    explicit SettingsDialog(ServerBox *server, QWidget *parent = nullptr);

    void showPage(Page page);
    QList<ServerProfile> profiles() const { return m_profiles; }

    // The language stored for the next start ("" for the system's), as BENCHCONNECT_LANGUAGE takes it.
    static QString storedLanguage();
    // Installs the translations (benchconnect's and Qt's own) for the language BENCHCONNECT_LANGUAGE
    // names, else the one stored, else the system's; returns the language loaded, as
    // Translations::install() does. What the window's start calls.
    static QString installLanguage(QStringList *warnings);

public slots:
    void accept() override;
    void addProfile();
    void removeProfile();

private:
    struct Entry
    {
        QString originalName; // as in the settings file; empty for a profile added here
        QString password;
        bool passwordEdited = false;
    };
    QWidget *makeServersPage();
    QWidget *makeGeneralPage();
    void showProfile(int row);
    void storeField();
    bool check(QString *error) const;

    ServerBox *m_server;
    PasswordStore *m_store;
    QListWidget *m_categories;
    QStackedWidget *m_pages;
    QListWidget *m_profileList;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_caBundle;
    QCheckBox *m_insecure;
    QPushButton *m_remove;
    QWidget *m_profileForm;
    QLabel *m_error;
    QComboBox *m_language;
    QList<ServerProfile> m_profiles;
    QList<Entry> m_entries;
    int m_shown = -1;
    bool m_filling = false;
};

#include "settingsdialog.h"

#include "icons.h"
#include "passwordstore.h"
#include "serverbox.h"
#include "translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(ServerBox *server, QWidget *parent)
    : QDialog(parent)
    , m_server(server)
    , m_store(new PasswordStore(this))
    , m_categories(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_profiles = server->profiles();
    for (const ServerProfile &profile : std::as_const(m_profiles))
        m_entries.append({profile.name, server->sessionPassword(profile.name), false});

    m_categories->setObjectName(u"settingsCategories"_s);
    m_categories->setIconSize(QSize(24, 24));
    m_categories->addItem(new QListWidgetItem(Icons::icon(u"server"_s), tr("Servers")));
    m_categories->addItem(new QListWidgetItem(Icons::icon(u"general"_s), tr("General")));
    m_categories->setFixedWidth(m_categories->sizeHintForColumn(0) + 4 * m_categories->frameWidth() + 16);
    m_pages->addWidget(makeServersPage());
    m_pages->addWidget(makeGeneralPage());
    connect(m_categories, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_error = new QLabel(this);
    m_error->setObjectName(u"settingsError"_s);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *content = new QHBoxLayout;
    content->addWidget(m_categories);
    content->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(content, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // The passwords of the profiles come from the keychain (those known this session are there).
    connect(
        m_store, &PasswordStore::passwordRead, this, [this](const QString &account, const QString &password) {
            for (int i = 0; i < m_entries.size(); ++i) {
                Entry &entry = m_entries[i];
                if (entry.passwordEdited || !entry.password.isEmpty() || entry.originalName.isEmpty()
                    || PasswordStore::profileAccount(entry.originalName) != account)
                    continue;
                entry.password = password;
                if (i == m_shown && m_password->text().isEmpty()) {
                    m_filling = true;
                    m_password->setText(password);
                    m_filling = false;
                }
            }
        });
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.password.isEmpty())
            m_store->read(PasswordStore::profileAccount(entry.originalName));
    }

    m_categories->setCurrentRow(0);
    showProfile(m_profiles.isEmpty() ? -1 : 0);
    resize(720, 440);
}

QWidget *SettingsDialog::makeServersPage()
{
    auto *page = new QWidget(this);
    m_profileList = new QListWidget(page);
    m_profileList->setObjectName(u"profileList"_s);
    for (const ServerProfile &profile : std::as_const(m_profiles))
        m_profileList->addItem(new QListWidgetItem(Icons::icon(u"server"_s), profile.name));
    auto *add = new QPushButton(Icons::icon(u"add"_s), tr("&Add"), page);
    add->setObjectName(u"addProfile"_s);
    add->setToolTip(tr("Add a server profile"));
    m_remove = new QPushButton(Icons::icon(u"remove"_s), tr("&Remove"), page);
    m_remove->setObjectName(u"removeProfile"_s);
    m_remove->setToolTip(tr("Remove the selected profile and its password in the keychain"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_profileList, 1);
    listColumn->addLayout(listButtons);

    m_profileForm = new QWidget(page);
    m_name = new QLineEdit(m_profileForm);
    m_name->setObjectName(u"profileName"_s);
    m_name->setPlaceholderText(tr("staging, production…"));
    m_name->setToolTip(
        tr("The profile's name, as the window's picker and \"benchconnect --profile\" take it"));
    m_url = new QLineEdit(m_profileForm);
    m_url->setObjectName(u"profileUrl"_s);
    m_url->setPlaceholderText(tr("https://conbench.example.org"));
    m_url->setToolTip(tr("The Conbench server's address, without /api"));
    m_email = new QLineEdit(m_profileForm);
    m_email->setObjectName(u"profileEmail"_s);
    m_email->setPlaceholderText(tr("the account to log in with"));
    m_password = new QLineEdit(m_profileForm);
    m_password->setObjectName(u"profilePassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept in the system keychain under the profile's name, never in a file. "
                              "The command-line program takes it from CONBENCH_PASSWORD."));
    m_caBundle = new QLineEdit(m_profileForm);
    m_caBundle->setObjectName(u"profileCaBundle"_s);
    m_caBundle->setPlaceholderText(tr("the system's certificates"));
    m_caBundle->setToolTip(tr("Extra CA certificates (a PEM file) to trust for this server"));
    auto *browse = new QToolButton(m_profileForm);
    browse->setIcon(Icons::icon(u"folder"_s));
    browse->setToolTip(tr("Choose the PEM file"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificates"), m_caBundle->text(),
            tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caBundle->setText(file);
    });
    m_insecure
        = new QCheckBox(tr("Do not verify the TLS certificate (only on a network you trust)"), m_profileForm);
    m_insecure->setObjectName(u"profileInsecure"_s);
    auto *bundleRow = new QHBoxLayout;
    bundleRow->addWidget(m_caBundle, 1);
    bundleRow->addWidget(browse);
    auto *form = new QFormLayout(m_profileForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("Pass&word:"), m_password);
    auto *bundleLabel = new QLabel(tr("&CA bundle:"), m_profileForm);
    bundleLabel->setBuddy(m_caBundle);
    form->addRow(bundleLabel, bundleRow);
    form->addRow(QString(), m_insecure);

    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(listColumn, 2);
    layout->addWidget(m_profileForm, 3);

    connect(add, &QPushButton::clicked, this, &SettingsDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
    connect(m_profileList, &QListWidget::currentRowChanged, this, &SettingsDialog::showProfile);
    for (QLineEdit *edit : {m_name, m_url, m_email, m_password, m_caBundle})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::storeField);
    connect(m_insecure, &QCheckBox::toggled, this, &SettingsDialog::storeField);
    return page;
}

QWidget *SettingsDialog::makeGeneralPage()
{
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    for (const QString &code : Translations::available()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        m_language->addItem(name.isEmpty() ? code : name, code);
    }
    const int index = m_language->findData(storedLanguage());
    m_language->setCurrentIndex(index < 0 ? 0 : index);
    auto *note = new QLabel(tr("Applies from the next start. BENCHCONNECT_LANGUAGE, when set, wins."), page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    return page;
}

namespace {
// Preferences > General's language. Not "general/language": QSettings writes a group named
// "general" as [%General] and reads that back as "General", so such a key was never found again
// (and each OK added one more [%General] section).
const QString languageKey = u"preferences/language"_s;
// Where the versions with that key left it, as read from their file and as written in this process.
const QStringList formerLanguageKeys {u"General/language"_s, u"general/language"_s};
} // namespace

QString SettingsDialog::storedLanguage()
{
    const QSettings settings;
    if (settings.contains(languageKey))
        return settings.value(languageKey).toString();
    for (const QString &key : formerLanguageKeys) {
        if (settings.contains(key))
            return settings.value(key).toString();
    }
    return {};
}

QString SettingsDialog::installLanguage(QStringList *warnings)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString language = storedLanguage();
    if (!env.contains(u"BENCHCONNECT_LANGUAGE"_s) && !language.isEmpty())
        env.insert(u"BENCHCONNECT_LANGUAGE"_s, language);
    return Translations::install(env, warnings);
}

void SettingsDialog::showPage(Page page)
{
    m_categories->setCurrentRow(page == Page::Servers ? 0 : 1);
}

void SettingsDialog::showProfile(int row)
{
    m_shown = row;
    const bool any = row >= 0 && row < m_profiles.size();
    m_profileForm->setEnabled(any);
    m_remove->setEnabled(any);
    m_filling = true;
    const ServerProfile profile = any ? m_profiles.at(row) : ServerProfile();
    m_name->setText(profile.name);
    m_url->setText(profile.url);
    m_email->setText(profile.email);
    m_password->setText(any ? m_entries.at(row).password : QString());
    m_caBundle->setText(profile.caBundle);
    m_insecure->setChecked(profile.insecure);
    m_filling = false;
    if (m_profileList->currentRow() != row)
        m_profileList->setCurrentRow(row);
}

void SettingsDialog::storeField()
{
    if (m_filling || m_shown < 0 || m_shown >= m_profiles.size())
        return;
    ServerProfile &profile = m_profiles[m_shown];
    profile.name = m_name->text().trimmed();
    profile.url = m_url->text().trimmed();
    profile.email = m_email->text().trimmed();
    profile.caBundle = m_caBundle->text().trimmed();
    profile.insecure = m_insecure->isChecked();
    Entry &entry = m_entries[m_shown];
    if (entry.password != m_password->text()) {
        entry.password = m_password->text();
        entry.passwordEdited = true;
    }
    m_profileList->item(m_shown)->setText(profile.name.isEmpty() ? tr("(no name)") : profile.name);
    m_error->setVisible(false);
}

void SettingsDialog::addProfile()
{
    // A new profile starts from the server shown in the window, under a name not taken yet.
    ServerProfile profile;
    QSet<QString> names;
    for (const ServerProfile &p : std::as_const(m_profiles))
        names.insert(p.name);
    profile.name = tr("New server");
    for (int i = 2; names.contains(profile.name); ++i)
        profile.name = tr("New server %1").arg(i);
    m_profiles.append(profile);
    m_entries.append(Entry());
    m_profileList->addItem(new QListWidgetItem(Icons::icon(u"server"_s), profile.name));
    showProfile(int(m_profiles.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void SettingsDialog::removeProfile()
{
    const int row = m_shown;
    if (row < 0 || row >= m_profiles.size())
        return;
    m_profiles.removeAt(row);
    m_entries.removeAt(row);
    m_shown = -1;
    delete m_profileList->takeItem(row);
    showProfile(m_profiles.isEmpty() ? -1 : qMin(row, int(m_profiles.size()) - 1));
}

bool SettingsDialog::check(QString *error) const
{
    QSet<QString> names;
    for (const ServerProfile &profile : m_profiles) {
        if (profile.name.isEmpty()) {
            *error = tr("A profile has no name; give it one.");
            return false;
        }
        if (names.contains(profile.name)) {
            *error = tr("Two profiles are named \"%1\"; give each its own name.").arg(profile.name);
            return false;
        }
        names.insert(profile.name);
        QString why;
        if (ClientSettings::parseServerUrl(profile.url, &why, tr("The URL")).isEmpty()) {
            *error = tr("Profile \"%1\": %2").arg(profile.name, why);
            return false;
        }
        if (!profile.caBundle.isEmpty() && !QFileInfo(profile.caBundle).isReadable()) {
            *error
                = tr("Profile \"%1\": the CA bundle %2 cannot be read.").arg(profile.name, profile.caBundle);
            return false;
        }
    }
    return true;
}

void SettingsDialog::accept()
{
    QString error;
    if (!check(&error)) {
        m_error->setText(error);
        m_error->setVisible(true);
        showPage(Page::Servers);
        return;
    }
    QHash<QString, QString> passwords;
    QHash<QString, QString> renamed;
    for (int i = 0; i < m_profiles.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        if (!entry.password.isEmpty())
            passwords.insert(m_profiles.at(i).name, entry.password);
        if (!entry.originalName.isEmpty())
            renamed.insert(m_profiles.at(i).name, entry.originalName);
    }
    m_server->setProfiles(m_profiles, passwords, renamed);
    QSettings settings;
    ClientSettings::keepOwnerOnly(settings);
    settings.setValue(languageKey, m_language->currentData().toString());
    for (const QString &key : formerLanguageKeys)
        settings.remove(key);
    QDialog::accept();
}

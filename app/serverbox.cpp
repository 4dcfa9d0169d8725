#include "serverbox.h"

#include "conbenchclient.h"
#include "icons.h"
#include "passwordstore.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

ServerBox::ServerBox(QWidget *parent)
    : QGroupBox(tr("Server"), parent)
    , m_profilePicker(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_keychainNote(new QLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_answerIcon(new QLabel(this))
    , m_answer(new QLabel(this))
    , m_store(new PasswordStore(this))
{
    m_profilePicker->setObjectName(u"serverProfile"_s);
    m_profilePicker->setToolTip(tr("The server profile to send to (Preferences > Servers); the fields "
                                   "below show it and edit it. None: the server typed below."));
    m_profilePicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profilePicker->setMinimumContentsLength(12);
    auto *editProfiles = new QToolButton(this);
    editProfiles->setObjectName(u"editProfiles"_s);
    editProfiles->setIcon(Icons::icon(u"settings"_s));
    editProfiles->setText(tr("Servers…"));
    editProfiles->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    editProfiles->setToolTip(tr("Add, change or remove server profiles"));
    m_url->setObjectName(u"serverUrl"_s);
    m_url->setPlaceholderText(tr("https://conbench.example.org"));
    m_url->setToolTip(tr("The Conbench server's address, without /api (CONBENCH_URL)"));
    m_url->setClearButtonEnabled(true);
    m_email->setObjectName(u"serverEmail"_s);
    m_email->setPlaceholderText(tr("the account to log in with"));
    m_email->setToolTip(tr("The account to log in with (CONBENCH_EMAIL). Conbench stores results only for a "
                           "logged-in user, on a public server too; leave it empty only for a server that "
                           "takes results without a log-in."));
    m_password->setObjectName(u"serverPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(
        tr("The account's password (CONBENCH_PASSWORD). Kept in the system keychain, never in a file."));
    m_keychainNote->setObjectName(u"keychainNote"_s);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setVisible(false);
    m_test->setObjectName(u"testConnection"_s);
    m_test->setToolTip(
        tr("Ask the server whether it answers (GET /api/ping/), then log in when an e-mail is given"));
    m_answer->setObjectName(u"connectionAnswer"_s);
    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profilePicker, 1);
    profileRow->addWidget(editProfiles);
    // Every letter of "Profile" is some other field's Alt+letter: Tab reaches the picker first.
    auto *profileLabel = new QLabel(tr("Profile:"), this);
    profileLabel->setBuddy(m_profilePicker);
    form->addRow(profileLabel, profileRow);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_keychainNote);
    auto *answerRow = new QHBoxLayout;
    answerRow->addWidget(m_test);
    answerRow->addWidget(m_answerIcon);
    answerRow->addWidget(m_answer, 1);
    form->addRow(answerRow);

    setTabOrder(m_profilePicker, editProfiles);
    setTabOrder(editProfiles, m_url);
    connect(editProfiles, &QToolButton::clicked, this, &ServerBox::editProfilesRequested);
    connect(m_profilePicker, &QComboBox::currentIndexChanged, this, [this](int index) {
        showProfile(index - 1);
        QSettings settings;
        ClientSettings::keepOwnerOnly(settings);
        ClientSettings::setLastProfile(settings, currentProfile());
    });
    // With a profile chosen, the fields edit it.
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        if (m_shownProfile >= 0)
            m_profiles[m_shownProfile].url = url();
    });
    connect(m_email, &QLineEdit::textChanged, this, [this] {
        if (m_shownProfile >= 0)
            m_profiles[m_shownProfile].email = email();
    });
    fillProfilePicker();

    connect(m_test, &QPushButton::clicked, this, [this] {
        if (isTesting())
            cancelTest();
        else
            testConnection();
    });
    // An answer is about the inputs it was given: it goes when they change.
    for (QLineEdit *edit : {m_url, m_email, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ServerBox::clearAnswer);
    connect(m_url, &QLineEdit::editingFinished, this, &ServerBox::lookUpPassword);
    connect(m_email, &QLineEdit::editingFinished, this, &ServerBox::lookUpPassword);
    connect(m_password, &QLineEdit::editingFinished, this, [this] {
        if (!m_email->text().trimmed().isEmpty() && !m_password->text().isEmpty())
            rememberPassword();
    });
    connect(
        m_store, &PasswordStore::passwordRead, this, [this](const QString &account, const QString &password) {
            if (!password.isEmpty())
                m_passwords.insert(account, password);
            if (account == passwordAccount() && m_password->text().isEmpty() && !password.isEmpty()) {
                m_password->setText(password);
                emit logMessage(tr("The password for %1 was taken from the system keychain.").arg(email()));
            }
        });
    connect(m_store, &PasswordStore::availabilityChanged, this, &ServerBox::updateKeychainNote);
}

QString ServerBox::url() const
{
    return m_url->text().trimmed();
}

QString ServerBox::email() const
{
    return m_email->text().trimmed();
}

bool ServerBox::clientSettings(ClientSettings *settings, QString *error) const
{
    settings->baseUrl = ClientSettings::parseServerUrl(m_url->text(), error, tr("The server URL"));
    if (settings->baseUrl.isEmpty())
        return false;
    settings->email = email();
    settings->password = m_password->text();
    if (m_shownProfile >= 0) {
        const ServerProfile &profile = m_profiles.at(m_shownProfile);
        settings->profile = profile.name;
        settings->caBundle = profile.caBundle;
        settings->insecure = profile.insecure;
        if (!profile.caBundle.isEmpty() && !QFileInfo(profile.caBundle).isReadable()) {
            *error = tr("The CA bundle %1 of the profile \"%2\" cannot be read; correct it in Preferences > "
                        "Servers.")
                         .arg(profile.caBundle, profile.name);
            return false;
        }
    }
    if (!settings->email.isEmpty() && settings->password.trimmed().isEmpty()) {
        *error
            = tr("An e-mail is given but no password; enter both to log in, or neither for a public server.");
        return false;
    }
    if (settings->email.isEmpty())
        settings->password.clear();
    return true;
}

void ServerBox::restore(const QSettings &settings)
{
    m_plainUrl = settings.value(u"server/url"_s).toString();
    m_plainEmail = settings.value(u"server/email"_s).toString();
    m_profiles = ClientSettings::readProfiles(settings);
    m_shownProfile = -2; // nothing shown yet: showProfile() fills the fields
    const QString last = ClientSettings::lastProfile(settings);
    int index = -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == last)
            index = i;
    }
    showProfile(index);
    fillProfilePicker();
}

void ServerBox::save(QSettings &settings) const
{
    settings.setValue(u"server/url"_s, m_shownProfile >= 0 ? m_plainUrl : url());
    settings.setValue(u"server/email"_s, m_shownProfile >= 0 ? m_plainEmail : email());
    ClientSettings::writeProfiles(settings, m_profiles);
    ClientSettings::setLastProfile(settings, currentProfile());
}

QString ServerBox::currentProfile() const
{
    return m_shownProfile >= 0 ? m_profiles.at(m_shownProfile).name : QString();
}

void ServerBox::setCurrentProfile(const QString &name)
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name) {
            m_profilePicker->setCurrentIndex(i + 1);
            return;
        }
    }
    m_profilePicker->setCurrentIndex(0);
}

QString ServerBox::sessionPassword(const QString &profile) const
{
    return m_passwords.value(PasswordStore::profileAccount(profile));
}

void ServerBox::setProfiles(const QList<ServerProfile> &profiles, const QHash<QString, QString> &passwords,
    const QHash<QString, QString> &renamed)
{
    QString current = currentProfile();
    if (m_shownProfile >= 0 && !m_password->text().isEmpty())
        m_passwords.insert(passwordAccount(), m_password->text());
    QSet<QString> kept;
    for (const ServerProfile &profile : profiles) {
        kept.insert(profile.name);
        const QString old = renamed.value(profile.name);
        if (!old.isEmpty() && old != profile.name) {
            kept.insert(old);
            if (current == old)
                current = profile.name;
            const QString oldAccount = PasswordStore::profileAccount(old);
            QString password = passwords.value(profile.name, m_passwords.value(oldAccount));
            m_passwords.remove(oldAccount);
            m_store->remove(oldAccount);
            if (!password.isEmpty() && !passwords.contains(profile.name)) {
                m_passwords.insert(PasswordStore::profileAccount(profile.name), password);
                m_store->write(PasswordStore::profileAccount(profile.name), password);
            }
        }
    }
    for (const ServerProfile &profile : std::as_const(m_profiles)) {
        if (!kept.contains(profile.name)) { // removed: its password goes too
            m_passwords.remove(PasswordStore::profileAccount(profile.name));
            m_store->remove(PasswordStore::profileAccount(profile.name));
        }
    }
    for (auto it = passwords.begin(); it != passwords.end(); ++it) {
        const QString account = PasswordStore::profileAccount(it.key());
        if (it.value().isEmpty() || m_passwords.value(account) == it.value())
            continue;
        m_passwords.insert(account, it.value());
        m_store->write(account, it.value());
    }
    m_profiles = profiles;
    int index = -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == current)
            index = i;
    }
    m_shownProfile = -2;
    showProfile(index);
    fillProfilePicker();
    // The command-line program reads the same file: write it now, not only when the window closes.
    QSettings settings;
    ClientSettings::keepOwnerOnly(settings);
    ClientSettings::writeProfiles(settings, m_profiles);
    ClientSettings::setLastProfile(settings, currentProfile());
}

void ServerBox::fillProfilePicker()
{
    const QSignalBlocker blocker(m_profilePicker);
    m_profilePicker->clear();
    m_profilePicker->addItem(tr("None"));
    for (const ServerProfile &profile : std::as_const(m_profiles))
        m_profilePicker->addItem(Icons::icon(u"server"_s), profile.name, profile.name);
    m_profilePicker->setCurrentIndex(m_shownProfile + 1);
}

void ServerBox::showProfile(int index)
{
    if (index == m_shownProfile)
        return;
    if (m_shownProfile >= -1 && !m_password->text().isEmpty() && !email().isEmpty())
        m_passwords.insert(passwordAccount(), m_password->text());
    if (m_shownProfile == -1) {
        m_plainUrl = url();
        m_plainEmail = email();
    }
    m_shownProfile = -1; // while the fields change, they edit no profile
    const ServerProfile profile = index >= 0 ? m_profiles.at(index) : ServerProfile();
    m_url->setText(index >= 0 ? profile.url : m_plainUrl);
    m_email->setText(index >= 0 ? profile.email : m_plainEmail);
    m_shownProfile = index;
    m_lookedUpAccount.clear();
    m_password->setText(m_passwords.value(passwordAccount()));
    if (m_password->text().isEmpty())
        lookUpPassword();
    emit profileChanged(currentProfile());
}

QString ServerBox::passwordAccount() const
{
    if (m_shownProfile >= 0)
        return PasswordStore::profileAccount(m_profiles.at(m_shownProfile).name);
    return PasswordStore::account(url(), email());
}

void ServerBox::lookUpPassword()
{
    if (email().isEmpty() || url().isEmpty())
        return;
    const QString account = passwordAccount();
    if (account == m_lookedUpAccount || m_store->availability() == PasswordStore::Availability::Unavailable)
        return;
    m_lookedUpAccount = account;
    m_store->read(account);
}

void ServerBox::rememberPassword()
{
    if (email().isEmpty() || m_password->text().isEmpty())
        return;
    m_passwords.insert(passwordAccount(), m_password->text());
    m_store->write(passwordAccount(), m_password->text());
}

void ServerBox::updateKeychainNote()
{
    const bool unavailable = m_store->availability() == PasswordStore::Availability::Unavailable;
    m_keychainNote->setVisible(unavailable);
    if (unavailable) {
        m_keychainNote->setText(
            tr("No system keychain answers (%1): the password is kept for this session only, "
               "never written to a file.")
                .arg(m_store->problem()));
        m_password->setToolTip(
            tr("The account's password (CONBENCH_PASSWORD). No system keychain is available: "
               "it is kept for this session only."));
    }
}

void ServerBox::showAnswer(bool ok, const QString &message)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const QIcon icon = Icons::icon(ok ? u"sent"_s : u"failed"_s);
    m_answerIcon->setPixmap(icon.pixmap(size, size, QIcon::Normal));
    m_answer->setText(message);
    emit logMessage(message);
    emit connectionTested(ok, message);
}

void ServerBox::testConnection()
{
    if (m_testClient)
        return;
    ClientSettings settings;
    QString error;
    if (!clientSettings(&settings, &error)) {
        showAnswer(false, error);
        return;
    }
    settings.retryDeadline = std::chrono::seconds(8);
    ClientSettings anonymous = settings;
    anonymous.email.clear();
    anonymous.password.clear();
    m_test->setText(tr("Stop &testing"));
    m_test->setToolTip(tr("Give up the connection test (Esc)"));
    m_answerIcon->clear();
    m_answer->setText(tr("Asking %1…").arg(settings.baseUrl.toDisplayString()));

    auto *client = new ConbenchClient(anonymous, this);
    m_testClient = client;
    emit testingChanged(true);
    connect(client, &ConbenchClient::retrying, this,
        [this](const QString &what, const QString &problem, qint64 delayMs) {
            emit logMessage(ConbenchClient::retryNotice(what, problem, delayMs));
        });
    ApiCall *ping = client->get(u"/api/ping/"_s);
    connect(ping, &ApiCall::finished, this, [this, ping, client, settings] {
        const QString server = settings.baseUrl.toDisplayString();
        if (!ping->succeeded()) {
            client->deleteLater();
            finishTest();
            if (ping->outcome() == ApiCall::Outcome::Aborted)
                showAnswer(false, tr("Test stopped before %1 answered.").arg(server));
            else
                showAnswer(
                    false, tr("%1 did not answer as a Conbench server: %2").arg(server, ping->message()));
            return;
        }
        if (settings.email.isEmpty()) {
            client->deleteLater();
            finishTest();
            showAnswer(true, tr("Connected: %1 answers (no log-in; a public server).").arg(server));
            return;
        }
        client->deleteLater();
        auto *loginClient = new ConbenchClient(settings, this);
        m_testClient = loginClient;
        ApiCall *again = loginClient->get(u"/api/ping/"_s); // logs in first
        connect(again, &ApiCall::finished, this, [this, again, loginClient, settings, server] {
            loginClient->deleteLater();
            finishTest();
            if (again->succeeded()) {
                rememberPassword();
                showAnswer(
                    true, tr("Connected: %1 answers and %2 is logged in.").arg(server, settings.email));
            } else if (again->outcome() == ApiCall::Outcome::Aborted) {
                showAnswer(false, tr("Test stopped before %1 answered the log-in.").arg(server));
            } else if (again->outcome() == ApiCall::Outcome::CredentialsRefused) {
                showAnswer(false,
                    tr("%1 answers, but refused the e-mail or password: %2").arg(server, again->message()));
            } else {
                showAnswer(false, tr("%1 answers, but logging in failed: %2").arg(server, again->message()));
            }
        });
    });
}

void ServerBox::finishTest()
{
    m_testClient = nullptr;
    m_test->setText(tr("&Test connection"));
    m_test->setToolTip(
        tr("Ask the server whether it answers (GET /api/ping/), then log in when an e-mail is given"));
    emit testingChanged(false);
}

void ServerBox::cancelTest()
{
    if (m_testClient)
        m_testClient->abortAll(); // the call's finished() reports it
}

void ServerBox::clearAnswer()
{
    if (isTesting())
        return;
    m_answerIcon->clear();
    m_answer->clear();
}

#include "serverbox.h"

#include "conbenchclient.h"
#include "passwordstore.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyle>

using namespace Qt::StringLiterals;

ServerBox::ServerBox(QWidget *parent)
    : QGroupBox(tr("Server"), parent)
    , m_url(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_keychainNote(new QLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_answerIcon(new QLabel(this))
    , m_answer(new QLabel(this))
    , m_store(new PasswordStore(this))
{
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
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_keychainNote);
    auto *answerRow = new QHBoxLayout;
    answerRow->addWidget(m_test);
    answerRow->addWidget(m_answerIcon);
    answerRow->addWidget(m_answer, 1);
    form->addRow(answerRow);

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
            if (account == PasswordStore::account(url(), email()) && m_password->text().isEmpty()
                && !password.isEmpty()) {
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
    settings->baseUrl = ClientSettings::parseServerUrl(m_url->text(), error);
    if (settings->baseUrl.isEmpty())
        return false;
    settings->email = email();
    settings->password = m_password->text();
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
    m_url->setText(settings.value(u"server/url"_s).toString());
    m_email->setText(settings.value(u"server/email"_s).toString());
    lookUpPassword();
}

void ServerBox::save(QSettings &settings) const
{
    settings.setValue(u"server/url"_s, url());
    settings.setValue(u"server/email"_s, email());
}

void ServerBox::lookUpPassword()
{
    if (email().isEmpty() || url().isEmpty())
        return;
    const QString account = PasswordStore::account(url(), email());
    if (account == m_lookedUpAccount || m_store->availability() == PasswordStore::Availability::Unavailable)
        return;
    m_lookedUpAccount = account;
    m_store->read(account);
}

void ServerBox::rememberPassword()
{
    if (email().isEmpty() || m_password->text().isEmpty())
        return;
    m_store->write(PasswordStore::account(url(), email()), m_password->text());
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
    const QIcon icon = ok ? QIcon::fromTheme(u"emblem-ok-symbolic"_s, QIcon(u":/icons/sent.svg"_s))
                          : style()->standardIcon(QStyle::SP_MessageBoxCritical);
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
            emit logMessage(tr("%1 failed (%2); trying again in %3 s.")
                                .arg(what, problem, QString::number(delayMs / 1000.0, 'f', 1)));
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

#include "passwordstore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {
const QString service = u"benchconnect"_s;

bool meansNoKeychain(QKeychain::Error error)
{
    return error != QKeychain::NoError && error != QKeychain::EntryNotFound;
}
} // namespace

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
{ }

QString PasswordStore::account(const QString &serverUrl, const QString &email)
{
    return email.trimmed() + u" on "_s + serverUrl.trimmed();
}

QString PasswordStore::profileAccount(const QString &profile)
{
    return u"profile "_s + profile.trimmed();
}

void PasswordStore::setAvailability(Availability availability, const QString &problem)
{
    m_problem = problem;
    if (m_availability == availability)
        return;
    m_availability = availability;
    emit availabilityChanged(availability);
}

// A keychain job is never a child of the store: the keychain backends call back into the job
// from asynchronous (GLib, D-Bus) callbacks, so a job deleted while under way would be used after
// it is gone. Each job deletes itself when it has finished (autoDelete); the store's connections
// end with the store.

void PasswordStore::read(const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        if (meansNoKeychain(job->error())) {
            setAvailability(Availability::Unavailable, job->errorString());
            emit passwordRead(account, QString());
            return;
        }
        setAvailability(Availability::Available);
        emit passwordRead(account, job->error() == QKeychain::NoError ? job->textData() : QString());
    });
    job->start();
}

void PasswordStore::write(const QString &account, const QString &password)
{
    if (m_availability == Availability::Unavailable)
        return;
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        if (job->error() != QKeychain::NoError) {
            setAvailability(Availability::Unavailable, job->errorString());
            return;
        }
        setAvailability(Availability::Available);
        emit written(account);
    });
    job->start();
}

void PasswordStore::remove(const QString &account)
{
    if (m_availability == Availability::Unavailable)
        return;
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->start();
}

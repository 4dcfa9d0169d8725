#include "gitprobe.h"

#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;

GitProbe::GitProbe(QObject *parent)
    : QObject(parent)
{ }

QProcess *GitProbe::run(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProgram(u"git"_s);
    process->setArguments(QStringList {u"-C"_s, m_directory} + arguments);
    ++m_pending;
    // Never wait on a git that hangs (a credential prompt, a network file system).
    QTimer::singleShot(15000, process, [process] { process->kill(); });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // finished() follows
        m_error = tr("git could not be started (%1); is it installed?").arg(process->errorString());
        process->deleteLater();
        oneDone();
    });
    process->start();
    return process;
}

void GitProbe::start(const QString &directory)
{
    if (m_pending > 0)
        return;
    m_directory = directory;
    m_commit.clear();
    m_remote.clear();
    m_error.clear();
    QProcess *head = run({u"rev-parse"_s, u"HEAD"_s});
    connect(head, &QProcess::finished, this, [this, head](int code, QProcess::ExitStatus status) {
        if (status == QProcess::NormalExit && code == 0)
            m_commit = QString::fromUtf8(head->readAllStandardOutput()).trimmed();
        else if (m_error.isEmpty())
            m_error = tr("%1 is not a git checkout with a commit: %2")
                          .arg(m_directory, QString::fromUtf8(head->readAllStandardError()).trimmed());
        head->deleteLater();
        oneDone();
    });
    QProcess *remote = run({u"remote"_s, u"get-url"_s, u"origin"_s});
    connect(remote, &QProcess::finished, this, [this, remote](int code, QProcess::ExitStatus status) {
        if (status == QProcess::NormalExit && code == 0)
            m_remote = QString::fromUtf8(remote->readAllStandardOutput()).trimmed();
        remote->deleteLater();
        oneDone();
    });
}

void GitProbe::oneDone()
{
    if (--m_pending > 0)
        return;
    emit finished(m_commit, m_remote, m_commit.isEmpty() ? m_error : QString());
}

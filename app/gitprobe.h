#pragma once

#include <QObject>
#include <QString>

class QProcess;

// Reads the commit and the origin remote of a local git checkout, asynchronously
// (git -C DIR rev-parse HEAD; git -C DIR remote get-url origin), so the window never waits on git.
class GitProbe : public QObject
{
    Q_OBJECT

public:
    explicit GitProbe(QObject *parent = nullptr);

    void start(const QString &directory);
    bool isRunning() const { return m_pending > 0; }

signals:
    // error is empty on success; remote may be empty when the checkout has no "origin".
    void finished(const QString &commit, const QString &remote, const QString &error);

private:
    QProcess *run(const QStringList &arguments);
    void oneDone();

    QString m_directory;
    QString m_commit;
    QString m_remote;
    QString m_error;
    int m_pending = 0;
};

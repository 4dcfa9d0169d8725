#pragma once

#include "clientsettings.h"

#include <QDialog>

#include <functional>

class ConbenchClient;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;
class Submission;

// The outbox seen from the window: the batches waiting, Retry (what the server holds already is
// looked up and not sent again, as "benchconnect outbox retry" does) and Drop.
class OutboxDialog : public QDialog
{
    Q_OBJECT

public:
    // settings gives the server to retry to, as the window's server box holds it.
    using SettingsProvider = std::function<bool(ClientSettings *settings, QString *error)>;
    OutboxDialog(QString directory, SettingsProvider settings, QWidget *parent = nullptr);

    void refresh();
    void retry();
    void dropSelected();
    qsizetype waiting() const { return m_waiting; }
    // A retry is under way.
    bool isSending() const { return m_client != nullptr; }

signals:
    void retryFinished(bool ok, const QString &summary);
    // The table was read again: the results waiting to be sent, as waiting() gives them.
    void waitingChanged(qsizetype waiting);

private:
    void finishRetry(bool ok, const QString &summary);
    // What Retry says of results another process is sending to server.
    static QString othersSending(const QString &server);
    void updateButtons();

    QString m_directory;
    SettingsProvider m_settings;
    QTableWidget *m_table;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_retry;
    QPushButton *m_drop;
    // While a retry sends: the table is read again from the outbox at most this often, not once
    // per result.
    QTimer *m_refreshTimer;
    ConbenchClient *m_client = nullptr;
    qsizetype m_waiting = 0;
};

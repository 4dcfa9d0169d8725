#pragma once

#include "folderwatcher.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class ConbenchClient;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class ServerBox;

// The window's watch mode: a results folder watched by the same FolderWatcher (and the same
// journal) as "benchconnect watch", each subfolder's run shown as it is processed (folder, state,
// results sent, run link), with start, stop, pause and resume. The journal's lock keeps this and
// the command line from ever both sending one folder.
class WatchView : public QWidget
{
    Q_OBJECT

public:
    explicit WatchView(ServerBox *server, QWidget *parent = nullptr);
    ~WatchView() override;

    void setDirectory(const QString &directory);
    QString directory() const;
    // Starts watching; false (with the reason shown in the view) when it cannot.
    bool startWatching();
    void stopWatching();
    bool isWatching() const { return m_watcher != nullptr; }
    // cppcheck reads QPointer's conversion to a pointer as an integer returned as a pointer.
    // cppcheck-suppress CastIntegerToAddressAtReturn
    FolderWatcher *watcher() const { return m_watcher.data(); }
    QTableWidget *table() const { return m_table; }
    QString message() const;

    enum Column
    {
        FolderColumn,
        StateColumn,
        SentColumn,
        RunColumn,
        ColumnCount
    };

private:
    void chooseDirectory();
    void updateFolder(const QString &name);
    void updateButtons();
    void showMessage(const QString &text, bool error);

    ServerBox *m_server;
    QLineEdit *m_directory;
    QSpinBox *m_settle;
    QPushButton *m_browse;
    QPushButton *m_startStop;
    QPushButton *m_pause;
    QLabel *m_message;
    QTableWidget *m_table;
    std::unique_ptr<ConbenchClient> m_client;
    QPointer<FolderWatcher> m_watcher;
    QHash<QString, int> m_rows;
};

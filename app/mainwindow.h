#pragma once

#include <QHash>
#include <QSet>

#include "resultentry.h"
#include "resultpreparer.h"
#include "runsubmitter.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

class CompareTab;
class DropArea;
class ResultFilterModel;
class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class OutboxDialog;
class QThread;
class QTimer;
class ResultLoader;
class ResultModel;
class RunComposer;
class ServerBox;
class WatchView;
class SettingsDialog;

// The desktop window: compose a run, drop result folders, submit, watch it arrive.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ResultModel *model() const { return m_model; }
    // What the results table shows: the model sorted and filtered.
    ResultFilterModel *shownModel() const { return m_shown; }
    ServerBox *serverBox() const { return m_server; }
    // Shows the outbox dialog (created on first use) and returns it.
    OutboxDialog *showOutbox();
    // Shows the watch mode (created on first use) and returns it.
    WatchView *showWatchView();
    RunComposer *composer() const { return m_composer; }
    CompareTab *compareTab() const { return m_compare; }
    bool isLoading() const { return m_loadsUnderWay > 0; }
    // Sending, or about to (waiting for the rows to be checked against the run).
    bool isSubmitting() const { return m_submitter != nullptr || m_submitAfterRecheck; }
    QString lastRunId() const { return m_lastRunId; }
    QString commandLine() const;
    // Results waiting in the outbox (as the status bar and the Outbox action show them).
    qsizetype outboxWaiting() const { return m_outboxWaiting; }

    void saveSettings() const;
    // What benchconnect-gui says of an argument that is neither a subcommand nor a path.
    static QString unknownOptionMessage(const QString &option);
    // Neither an X11 nor a Wayland display to open the window on.
    static QString noDisplayMessage();

public slots:
    // Reads the files and folders given, but for those in the list already (or inside a folder in it).
    void addPaths(const QStringList &chosen);
    // The files and folders given on the command line ("benchconnect-gui results/ other.json"),
    // added as if dropped on the window. Returns what could not be added (a path that does not
    // exist), each said in the Log and the status bar too.
    QStringList addCommandLinePaths(const QStringList &paths);
    void addFiles(); // the "Add files…" dialog
    void addFolder(); // the "Add folder…" dialog
    // Opens the outbox and sends what waits there to the server set in the window.
    void sendOutbox();
    // Opens Preferences (window-modal, not blocking) on the Servers page and returns it.
    SettingsDialog *showPreferences();
    void showHelp();
    void showAbout();
    void showShortcuts();
    void submitRun();
    void cancel();
    void copyCommandLine();
    void clearResults();
    // True while the rows are being checked again against a changed run (or will be shortly).
    bool isRechecking() const;

signals:
    void loadFinished();
    // The rows were checked again against the run as changed.
    void recheckFinished();
    void submitFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    // Asks whether to quit while results are being sent, text saying what stays; true to quit.
    bool askQuitWhileSending(const QString &text);

private:
    void createActions();
    void restoreSettings();
    bool makePreparer(QJsonObject *run, ResultPreparer *preparer, QString *error) const;
    ResultPreparer currentPreparer() const;
    void showSelected();
    void updateCounts();
    void updateActions();
    // Why Submit cannot send anything as the run is composed ("Submit is not possible: The commit is
    // missing: …"); empty when the run can be composed.
    QString submitProblem() const;
    void recheck();
    // Computes the table's sort keys from the rows, off the UI thread (again when rows came meanwhile).
    void computeSortKeys();
    // Puts a slice of the rows read into the table (about 20 ms worth), then tells the loads that ended.
    void appendPending();
    void log(const QString &message);
    void showError(const QString &message);
    void updateOutboxHint();
    void showOutboxWaiting(qsizetype waiting);
    // Rows shown "in outbox" become "sent" once the outbox no longer holds their result.
    void followOutbox();

    ServerBox *m_server;
    RunComposer *m_composer;
    DropArea *m_drop;
    ResultModel *m_model;
    ResultFilterModel *m_shown;
    QTimer *m_appendTimer;
    // Read, not yet in the table: the loader's batches as they came (the first from m_pendingNext on).
    QList<QList<ResultEntry>> m_pendingBatches;
    qsizetype m_pendingNext = 0;
    QList<qsizetype> m_pendingFinishes; // loads that ended, told once their rows are in the table
    QLineEdit *m_filter;
    QTimer *m_filterTimer;
    QTableView *m_table;
    QPlainTextEdit *m_preview;
    QPlainTextEdit *m_log;
    QTabWidget *m_tabs;
    CompareTab *m_compare = nullptr;
    QLabel *m_runLink;
    QLabel *m_counts;
    QProgressBar *m_progress;
    QSplitter *m_mainSplitter;
    QSplitter *m_rightSplitter;
    QAction *m_addAction = nullptr;
    QAction *m_addFolderAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_sendOutboxAction = nullptr;
    QAction *m_helpAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QPushButton *m_outboxHint = nullptr;
    QAction *m_submitAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_outboxAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_watchAction = nullptr;
    WatchView *m_watchView = nullptr;
    QThread *m_loaderThread;
    ResultLoader *m_loader;
    QTimer *m_recheckTimer;
    QPointer<RunSubmitter> m_submitter;
    int m_loadsUnderWay = 0;
    qsizetype m_loadWarnings = 0; // the adapters' warnings of the loads under way
    quint64 m_loadEpoch = 0; // the loads begun since the last Clear; older ones are dropped
    bool m_recheckRunning = false;
    bool m_sortKeysRunning = false;
    bool m_recheckAgain = false;
    bool m_submitAfterRecheck = false; // Submit was chosen while the rows were being checked again
    QStringList m_paths; // every folder and file added, for the command line
    QStringList m_canonicalPaths; // the same, as canonical paths: what is added is not added twice
    QString m_runId; // the id the next run gets
    QString m_lastRunId;
    QString m_lastDirectory;
    QHash<size_t, int> m_outboxRows; // RunSubmitter::outboxKey → row, for rows in the outbox
    // The rows handed to the current submission, by its index, and the outbox key of each result.
    QList<int> m_sendingRows;
    QList<size_t> m_sendingKeys;
    qsizetype m_outboxWaiting = 0;
    QString m_lastError; // the status bar's error message, cleared when the inputs change
    QString m_submitProblem; // the submitProblem() the status bar was last told
};

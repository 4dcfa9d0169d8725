#include "mainwindow.h"

#include "outbox.h"
#include "outboxdialog.h"

#include "augmenter.h"
#include "commandlinebuilder.h"
#include "droparea.h"
#include "resultloader.h"
#include "resultmodel.h"
#include "runcomposer.h"
#include "runstate.h"
#include "runsubmitter.h"
#include "serverbox.h"
#include "submission.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

static void initResources()
{
    Q_INIT_RESOURCE(benchconnect);
}

namespace {
QIcon themeIcon(const QString &name, const QString &fallback)
{
    return QIcon::fromTheme(name, QIcon(fallback));
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_server(nullptr)
    , m_composer(nullptr)
    , m_drop(nullptr)
    , m_model(new ResultModel(this))
    , m_table(nullptr)
    , m_preview(nullptr)
    , m_log(nullptr)
    , m_tabs(nullptr)
    , m_runLink(nullptr)
    , m_counts(nullptr)
    , m_progress(nullptr)
    , m_mainSplitter(nullptr)
    , m_rightSplitter(nullptr)
    , m_loaderThread(new QThread(this))
    , m_loader(new ResultLoader)
    , m_recheckTimer(new QTimer(this))
    , m_runId(Augmenter::newId())
{
    initResources();
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("benchconnect"));
    setWindowIcon(themeIcon(u"benchconnect"_s, u":/icons/benchconnect.svg"_s));
    setAcceptDrops(false);

    // --- Left: server and run ------------------------------------------------------------------
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    m_server = new ServerBox(left);
    m_composer = new RunComposer(left);
    leftLayout->addWidget(m_server);
    leftLayout->addWidget(m_composer, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(left->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());

    // --- Right: results, preview, log ----------------------------------------------------------
    m_drop = new DropArea(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"resultsTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(
        ResultModel::NameColumn, m_table->fontMetrics().horizontalAdvance(u"parse-csv-throughput-xx"_s));
    m_table->setColumnWidth(
        ResultModel::UnitColumn, m_table->fontMetrics().horizontalAdvance(u"Unit-B/s-"_s));
    m_table->setColumnWidth(
        ResultModel::SamplesColumn, m_table->fontMetrics().horizontalAdvance(u"Samples-xx"_s));
    m_table->setColumnWidth(ResultModel::FileColumn,
        m_table->fontMetrics().horizontalAdvance(u"/home/user/results/sort-int64.json"_s));
    m_table->setToolTip(tr("Every result found; select one to see the JSON that will be sent"));
    auto *resultsPane = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(resultsPane);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_drop);
    resultsLayout->addWidget(m_table, 1);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(u"resultPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setPlaceholderText(tr("Select a result to see the JSON that will be sent."));
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(u"log"_s);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setPlaceholderText(tr("What happened appears here."));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_preview, tr("&JSON to send"));
    m_tabs->addTab(m_log, tr("&Log"));
    m_runLink = new QLabel(this);
    m_runLink->setObjectName(u"runLink"_s);
    m_runLink->setVisible(false);
    m_runLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_tabs, 1);
    bottomLayout->addWidget(m_runLink);

    m_rightSplitter = new QSplitter(Qt::Vertical, this);
    m_rightSplitter->setObjectName(u"rightSplitter"_s);
    m_rightSplitter->addWidget(resultsPane);
    m_rightSplitter->addWidget(bottom);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
    m_rightSplitter->setChildrenCollapsible(false);
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->addWidget(scroll);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);

    // --- Status bar ----------------------------------------------------------------------------
    m_counts = new QLabel(this);
    m_counts->setObjectName(u"counts"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(m_progress->fontMetrics().horizontalAdvance(u"0"_s) * 40);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_progress);

    createActions();

    // --- Loading off the UI thread -------------------------------------------------------------
    m_loader->moveToThread(m_loaderThread);
    connect(m_loaderThread, &QThread::finished, m_loader, &QObject::deleteLater);
    m_loaderThread->setObjectName(u"result loader"_s);
    m_loaderThread->start();
    connect(m_loader, &ResultLoader::batchReady, this, [this](const QList<ResultEntry> &entries) {
        if (m_loadsUnderWay > 0)
            m_model->append(entries);
    });
    connect(m_loader, &ResultLoader::finished, this, [this](qsizetype done) {
        if (m_loadsUnderWay == 0)
            return;
        --m_loadsUnderWay;
        log(tr("Results read: %1.").arg(done));
        if (m_loadsUnderWay == 0) {
            statusBar()->showMessage(tr("Results found: %1.").arg(m_model->rowCount()), 5000);
            if (m_recheckAgain)
                m_recheckTimer->start();
            updateActions();
            emit loadFinished();
        }
    });

    m_recheckTimer->setSingleShot(true);
    m_recheckTimer->setInterval(300);
    connect(m_recheckTimer, &QTimer::timeout, this, &MainWindow::recheck);
    connect(m_composer, &RunComposer::changed, this, [this] {
        m_recheckTimer->start();
        showSelected();
    });
    connect(m_composer, &RunComposer::logMessage, this, &MainWindow::log);
    connect(m_server, &ServerBox::logMessage, this, &MainWindow::log);
    connect(m_drop, &DropArea::pathsDropped, this, &MainWindow::addPaths);
    connect(m_drop, &DropArea::addRequested, this, &MainWindow::addFiles);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showSelected);
    connect(m_model, &ResultModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_runLink, &QLabel::linkActivated, this,
        [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });

    restoreSettings();
    m_composer->applyEnvironment(QProcessEnvironment::systemEnvironment());
    updateCounts();
    updateActions();
    statusBar()->showMessage(tr("Compose the run, drop result folders, then submit."));
}

MainWindow::~MainWindow()
{
    m_loader->cancel();
    m_loaderThread->quit();
    m_loaderThread->wait();
}

void MainWindow::createActions()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_addAction = new QAction(themeIcon(u"list-add"_s, u":/icons/add.svg"_s), tr("&Add…"), this);
    m_addAction->setShortcut(QKeySequence::Open);
    m_addAction->setToolTip(tr("Add result files or a folder of them (Ctrl+O)"));
    connect(m_addAction, &QAction::triggered, this, &MainWindow::addFiles);

    m_clearAction = new QAction(themeIcon(u"edit-clear"_s, u":/icons/clear.svg"_s), tr("C&lear"), this);
    m_clearAction->setToolTip(tr("Remove every result from the list"));
    connect(m_clearAction, &QAction::triggered, this, &MainWindow::clearResults);

    m_submitAction = new QAction(themeIcon(u"mail-send"_s, u":/icons/submit.svg"_s), tr("&Submit run"), this);
    m_submitAction->setObjectName(u"submitAction"_s);
    m_submitAction->setShortcut(Qt::CTRL | Qt::Key_Return);
    m_submitAction->setToolTip(tr("Create the run, send its valid results, and finish it (Ctrl+Return)"));
    connect(m_submitAction, &QAction::triggered, this, &MainWindow::submitRun);

    m_cancelAction = new QAction(themeIcon(u"process-stop"_s, u":/icons/cancel.svg"_s), tr("&Cancel"), this);
    m_cancelAction->setShortcut(Qt::Key_Escape);
    m_cancelAction->setToolTip(tr("Stop loading or sending (Esc); what was sent stays sent"));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancel);

    m_copyAction
        = new QAction(themeIcon(u"edit-copy"_s, u":/icons/copy.svg"_s), tr("Copy as co&mmand line"), this);
    m_copyAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    m_copyAction->setToolTip(
        tr("Copy the benchconnect commands that do the same from a shell (Ctrl+Shift+C)"));
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copyCommandLine);

    m_outboxAction = new QAction(themeIcon(u"mail-outbox"_s, u":/icons/sending.svg"_s), tr("&Outbox…"), this);
    m_outboxAction->setObjectName(u"outboxAction"_s);
    m_outboxAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    m_outboxAction->setToolTip(
        tr("Show the results waiting in the outbox, and send them again (Ctrl+Shift+O)"));
    connect(m_outboxAction, &QAction::triggered, this, &MainWindow::showOutbox);

    toolbar->addAction(m_addAction);
    toolbar->addAction(m_clearAction);
    toolbar->addSeparator();
    toolbar->addAction(m_submitAction);
    toolbar->addAction(m_cancelAction);
    toolbar->addSeparator();
    toolbar->addAction(m_copyAction);
    toolbar->addAction(m_outboxAction);
    for (QAction *action :
        {m_addAction, m_clearAction, m_submitAction, m_cancelAction, m_copyAction, m_outboxAction})
        addAction(action);
}

OutboxDialog *MainWindow::showOutbox()
{
    auto *dialog = findChild<OutboxDialog *>();
    if (!dialog) {
        dialog = new OutboxDialog(
            Outbox::defaultDirectory(QProcessEnvironment::systemEnvironment()),
            [this](ClientSettings *settings, QString *error) {
                return m_server->clientSettings(settings, error);
            },
            this);
        connect(dialog, &OutboxDialog::retryFinished, this,
            [this](bool, const QString &summary) { log(summary); });
    }
    dialog->refresh();
    dialog->show();
    dialog->raise();
    return dialog;
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1180, 760); // first start: room for the composer, the table and the JSON
    restoreState(settings.value(u"window/state"_s).toByteArray());
    if (!m_mainSplitter->restoreState(settings.value(u"window/mainSplitter"_s).toByteArray()))
        m_mainSplitter->setSizes({420, 700});
    m_rightSplitter->restoreState(settings.value(u"window/rightSplitter"_s).toByteArray());
    m_lastDirectory = settings.value(u"input/lastDirectory"_s).toString();
    m_server->restore(settings);
    m_composer->restore(settings);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/mainSplitter"_s, m_mainSplitter->saveState());
    settings.setValue(u"window/rightSplitter"_s, m_rightSplitter->saveState());
    settings.setValue(u"input/lastDirectory"_s, m_lastDirectory);
    m_server->save(settings);
    m_composer->save(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_submitter)
        m_submitter->cancel();
    saveSettings();
    event->accept();
}

void MainWindow::log(const QString &message)
{
    m_log->appendPlainText(u"%1  %2"_s.arg(QTime::currentTime().toString(u"HH:mm:ss"_s), message));
}

void MainWindow::showError(const QString &message)
{
    log(message);
    statusBar()->showMessage(message, 15000);
    m_tabs->setCurrentWidget(m_log);
}

bool MainWindow::makePreparer(QJsonObject *run, ResultPreparer *preparer, QString *error) const
{
    QJsonObject r;
    if (!m_composer->composeRun(&r, error))
        return false;
    r.insert("id"_L1, m_runId);
    const QJsonObject machine = m_composer->usesCluster() ? QJsonObject() : m_composer->machineInfo();
    const Augmenter augmenter(ProjectEnvironment(), [machine] { return machine; });
    QStringList warnings;
    if (!augmenter.augmentRun(&r, &warnings, error))
        return false;
    *run = r;
    *preparer = ResultPreparer(RunState::fromRun(r), augmenter, m_composer->runTags());
    return true;
}

ResultPreparer MainWindow::currentPreparer() const
{
    QJsonObject run;
    ResultPreparer preparer({}, Augmenter(ProjectEnvironment(), {}));
    QString error;
    if (makePreparer(&run, &preparer, &error))
        return preparer;
    // The run cannot be composed yet: check what the files alone decide.
    const QJsonObject machine = m_composer->machineInfo();
    return ResultPreparer({}, Augmenter(ProjectEnvironment(), [machine] { return machine; }));
}

void MainWindow::addPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    for (const QString &path : paths) {
        if (!m_paths.contains(path))
            m_paths.append(path);
    }
    m_lastDirectory = QFileInfo(paths.constFirst()).absolutePath();
    ++m_loadsUnderWay;
    log(tr("Reading %1…").arg(paths.join(u", "_s)));
    statusBar()->showMessage(tr("Reading results…"));
    updateActions();
    const ResultPreparer preparer = currentPreparer();
    ResultLoader *loader = m_loader;
    QMetaObject::invokeMethod(m_loader, [loader, paths, preparer] { loader->load(paths, preparer); });
}

void MainWindow::addFiles()
{
    QFileDialog dialog(
        this, tr("Add results"), m_lastDirectory, tr("Benchmark results (*.json);;All files (*)"));
    dialog.setFileMode(QFileDialog::ExistingFiles);
    dialog.setOption(QFileDialog::DontUseNativeDialog, false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addPaths(dialog.selectedFiles());
}

void MainWindow::clearResults()
{
    if (m_submitter)
        return;
    if (m_loadsUnderWay > 0) {
        m_loader->cancel();
        m_loadsUnderWay = 0; // batches still queued are dropped
    }
    m_model->clear();
    m_paths.clear();
    m_preview->clear();
    m_runLink->setVisible(false);
    updateActions();
}

void MainWindow::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_preview->clear();
        return;
    }
    const ResultEntry &entry = m_model->entry(current.row());
    if (entry.result.isEmpty()) {
        m_preview->setPlainText(tr("%1\n\nThis file cannot be read: %2").arg(entry.origin, entry.message));
        return;
    }
    QJsonObject prepared;
    QString why;
    if (currentPreparer().prepare(entry.result, &prepared, &why)) {
        m_preview->setPlainText(QString::fromUtf8(QJsonDocument(prepared).toJson(QJsonDocument::Indented)));
    } else {
        m_preview->setPlainText(
            tr("This result cannot be sent with the run as composed: %1\n\nAs read from %2:\n%3")
                .arg(why, entry.origin,
                    QString::fromUtf8(QJsonDocument(entry.result).toJson(QJsonDocument::Indented))));
    }
    m_tabs->setCurrentWidget(m_preview);
}

void MainWindow::recheck()
{
    if (m_loadsUnderWay > 0 || m_submitter) {
        m_recheckAgain = true;
        return;
    }
    if (m_recheckRunning) {
        m_recheckAgain = true;
        return;
    }
    m_recheckAgain = false;
    m_recheckRunning = true;
    const QList<ResultEntry> entries = m_model->entries();
    const ResultPreparer preparer = currentPreparer();
    auto *watcher = new QFutureWatcher<QList<QPair<ResultEntry::Status, QString>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const auto statuses = watcher->result();
        watcher->deleteLater();
        m_recheckRunning = false;
        if (!m_submitter && m_loadsUnderWay == 0 && statuses.size() == m_model->rowCount())
            m_model->setStatuses(statuses);
        if (m_recheckAgain)
            m_recheckTimer->start();
        updateActions();
    });
    watcher->setFuture(QtConcurrent::run([entries, preparer] {
        QList<QPair<ResultEntry::Status, QString>> statuses;
        statuses.reserve(entries.size());
        for (ResultEntry entry : entries) {
            if (entry.status == ResultEntry::Status::Valid
                || (entry.status == ResultEntry::Status::Invalid && !entry.result.isEmpty()))
                ResultLoader::check(&entry, preparer);
            statuses.append({entry.status, entry.message});
        }
        return statuses;
    }));
}

void MainWindow::updateCounts()
{
    const auto n = [this](ResultEntry::Status s) { return m_model->count(s); };
    QStringList parts {tr("Results: %1").arg(m_model->rowCount()),
        tr("%1 valid").arg(n(ResultEntry::Status::Valid)),
        tr("%1 invalid").arg(n(ResultEntry::Status::Invalid))};
    if (n(ResultEntry::Status::Sent) > 0)
        parts.append(tr("%1 sent").arg(n(ResultEntry::Status::Sent)));
    if (n(ResultEntry::Status::Failed) > 0)
        parts.append(tr("%1 failed").arg(n(ResultEntry::Status::Failed)));
    if (n(ResultEntry::Status::InOutbox) > 0)
        parts.append(tr("%1 in the outbox").arg(n(ResultEntry::Status::InOutbox)));
    m_counts->setText(parts.join(tr(", ")));
    updateActions();
}

void MainWindow::updateActions()
{
    const bool busy = m_submitter != nullptr;
    const bool sendable
        = m_model->count(ResultEntry::Status::Valid) + m_model->count(ResultEntry::Status::Failed) > 0;
    m_submitAction->setEnabled(!busy && m_loadsUnderWay == 0 && sendable);
    m_cancelAction->setEnabled(busy || m_loadsUnderWay > 0);
    m_clearAction->setEnabled(!busy && m_model->rowCount() > 0);
    m_addAction->setEnabled(!busy);
    m_drop->setEnabled(!busy);
}

void MainWindow::cancel()
{
    if (m_submitter) {
        m_submitter->cancel();
        return;
    }
    if (m_loadsUnderWay > 0) {
        m_loader->cancel();
        log(tr("Reading cancelled."));
    }
}

void MainWindow::submitRun()
{
    if (m_submitter || m_loadsUnderWay > 0)
        return;
    ClientSettings settings;
    QString error;
    if (!m_server->clientSettings(&settings, &error)) {
        showError(error);
        return;
    }
    QJsonObject run;
    ResultPreparer preparer({}, Augmenter(ProjectEnvironment(), {}));
    if (!makePreparer(&run, &preparer, &error)) {
        showError(tr("The run cannot be sent: %1").arg(error));
        return;
    }
    QJsonObject finish;
    if (!m_composer->composeFinish(&finish, &error)) {
        showError(error);
        return;
    }
    QList<RunSubmitter::Input> inputs;
    const QList<ResultEntry> &entries = m_model->entries();
    for (int row = 0; row < entries.size(); ++row) {
        const auto status = entries.at(row).status;
        if (status == ResultEntry::Status::Valid || status == ResultEntry::Status::Failed)
            inputs.append({row, entries.at(row).result});
    }
    if (inputs.isEmpty()) {
        showError(tr("There is no valid result to send."));
        return;
    }

    m_runLink->setVisible(false);
    m_tabs->setCurrentWidget(m_log);
    m_progress->setRange(0, int(inputs.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("Creating the run…"));
    m_progress->setVisible(true);
    auto *submitter = new RunSubmitter(settings, this);
    m_submitter = submitter;
    connect(submitter, &RunSubmitter::logMessage, this, &MainWindow::log);
    connect(submitter, &RunSubmitter::resultRejected, this,
        [this](int row, const QString &why) { m_model->setStatus(row, ResultEntry::Status::Invalid, why); });
    connect(submitter, &RunSubmitter::submissionStarted, this,
        [this](Submission *submission, const QList<int> &rows) {
            m_sendingRows = QSet<int>(rows.begin(), rows.end());
            for (int row : rows)
                m_model->setStatus(row, ResultEntry::Status::Sending);
            m_progress->setRange(0, int(rows.size()));
            m_progress->setFormat(tr("%v of %m sent"));
            connect(submission, &Submission::progress, m_progress,
                [this](qsizetype done, qsizetype failed, qsizetype total) {
                    m_progress->setMaximum(int(total));
                    m_progress->setValue(int(done));
                    m_progress->setFormat(failed > 0
                            ? tr("%1 of %2 done, %3 failed").arg(done).arg(total).arg(failed)
                            : tr("%1 of %2 sent").arg(done).arg(total));
                });
            connect(submission, &Submission::resultFinished, this,
                [this, rows](qsizetype index, bool ok, const QString &message) {
                    if (index >= 0 && index < rows.size())
                        m_model->setStatus(rows.at(index),
                            ok ? ResultEntry::Status::Sent : ResultEntry::Status::Failed, message);
                });
        });
    connect(submitter, &RunSubmitter::finished, this, [this, submitter](bool ok, const QString &summary) {
        // What was handed to the server but not confirmed waits in the outbox.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const ResultEntry &entry = m_model->entry(row);
            if (entry.status == ResultEntry::Status::Sending
                || (entry.status == ResultEntry::Status::Failed && m_sendingRows.contains(row)))
                m_model->setStatus(row, ResultEntry::Status::InOutbox,
                    entry.message.isEmpty() ? tr("not sent yet") : entry.message);
        }
        m_sendingRows.clear();
        m_progress->setVisible(false);
        statusBar()->showMessage(summary, 15000);
        const qsizetype sent = m_model->count(ResultEntry::Status::Sent);
        if (sent > 0 || ok) {
            const QUrl url = submitter->runUrl();
            m_runLink->setText(tr("<a href=\"%1\">Open run %2 on %3</a>")
                                   .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), submitter->runId(),
                                       submitter->client()->settings().baseUrl.host().toHtmlEscaped()));
            m_runLink->setToolTip(url.toDisplayString());
            m_runLink->setVisible(true);
            m_lastRunId = submitter->runId();
            m_runId = Augmenter::newId(); // the next submission is a new run
            if (!submitter->client()->settings().email.isEmpty())
                m_server->rememberPassword();
        }
        submitter->deleteLater();
        m_submitter = nullptr;
        updateActions();
        showSelected();
        emit submitFinished(ok);
    });
    updateActions();
    log(tr("Submitting results: %1…").arg(inputs.size()));
    submitter->start(run, preparer, inputs, finish);
}

QString MainWindow::commandLine() const
{
    CommandLineBuilder builder;
    ClientSettings settings;
    QString error;
    builder.serverUrl
        = m_server->clientSettings(&settings, &error) ? settings.baseUrl.toString() : m_server->url();
    builder.email = m_server->email();
    QJsonObject run;
    if (!m_composer->composeRun(&run, &error))
        run = QJsonObject();
    run.remove("machine_info"_L1); // gathered by the command-line program itself
    const QJsonObject github = run.value("github"_L1).toObject();
    if (!github.isEmpty()) {
        builder.repository = m_composer->repository();
        builder.commit = m_composer->commit();
        builder.prNumber = m_composer->prNumber();
    }
    if (github.isEmpty() || !github.contains("branch"_L1))
        run.remove("github"_L1); // the CONBENCH_PROJECT_* variables carry it
    if (!m_composer->usesCluster())
        builder.hostNameOverride = m_composer->hostNameOverride();
    builder.run = run;
    builder.runTags = m_composer->runTags();
    builder.paths = m_paths;
    QJsonObject finish;
    if (m_composer->composeFinish(&finish, &error))
        builder.finish = finish;
    return builder.build();
}

void MainWindow::copyCommandLine()
{
    const QString text = commandLine();
    QGuiApplication::clipboard()->setText(text);
    log(tr("Copied to the clipboard:\n%1").arg(text.trimmed()));
    statusBar()->showMessage(tr("The benchconnect commands are on the clipboard."), 5000);
}

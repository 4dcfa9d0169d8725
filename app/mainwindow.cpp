#include "mainwindow.h"

#include "outbox.h"
#include "outboxdialog.h"

#include "augmenter.h"
#include "commandlinebuilder.h"
#include "comparetab.h"
#include "droparea.h"
#include "icons.h"
#include "inputloader.h"
#include "resultfiltermodel.h"
#include "resultloader.h"
#include "resultmodel.h"
#include "runcomposer.h"
#include "runstate.h"
#include "runsubmitter.h"
#include "serverbox.h"
#include "settingsdialog.h"
#include "submission.h"
#include "watchview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyledItemDelegate>
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
// A status is read from its start ("invalid: stats.unit: …"): it is cut at the end, where the
// table cuts paths in the middle. The tooltip holds all of it.
class StartFirstDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideRight;
    }
};
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_server(nullptr)
    , m_composer(nullptr)
    , m_drop(nullptr)
    , m_model(new ResultModel(this))
    , m_shown(new ResultFilterModel(m_model, this))
    , m_appendTimer(new QTimer(this))
    , m_filter(nullptr)
    , m_filterTimer(new QTimer(this))
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
    setWindowIcon(Icons::icon(u"benchconnect"_s));
    setAcceptDrops(false);

    // --- Left: server and run ------------------------------------------------------------------
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    m_server = new ServerBox(left);
    m_composer = new RunComposer(left);
    leftLayout->addWidget(m_server);
    leftLayout->addWidget(m_composer, 1);
    // Every form of the left pane starts its fields at one x: the labels share the widest's width.
    int labelWidth = 0;
    const QList<QFormLayout *> forms = left->findChildren<QFormLayout *>();
    QList<QWidget *> labels;
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (item && item->widget()) {
                labels.append(item->widget());
                labelWidth = std::max(labelWidth, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(labelWidth);
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
    m_table->setModel(m_shown);
    // A click on a column's header sorts by it, a second the other way, a third shows the rows as
    // read again.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The benchmark and the file share the spare width; unit, samples and format are as wide as they need;
    // the status is cut (its tooltip holds all of it). Every column can be resized by hand.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ResultModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ResultModel::FileColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Each at least as wide as its title in the language shown, with room for the sort arrow
    // ("Échantillons" is wider than "Samples").
    const auto setWidth = [this](int column, const QString &sample) {
        m_table->setColumnWidth(column,
            std::max(m_table->fontMetrics().horizontalAdvance(sample),
                m_table->horizontalHeader()->sectionSizeHint(column)));
    };
    setWidth(ResultModel::UnitColumn, u"Unit-B/s-"_s);
    setWidth(ResultModel::SamplesColumn, u"Samples-xx"_s);
    setWidth(ResultModel::FormatColumn, u"Google Benchmark-x"_s);
    setWidth(ResultModel::StatusColumn, u"invalid: no stats or x"_s);
    m_table->setItemDelegateForColumn(ResultModel::StatusColumn, new StartFirstDelegate(m_table));
    m_table->setToolTip(tr("Every result found; select one to see the JSON that will be sent"));
    auto *resultsPane = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(resultsPane);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"resultsFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter the results: benchmark, unit, format, file or status"));
    m_filter->setToolTip(tr("Shows only the results whose benchmark, unit, format, file or status "
                            "contains this text. Submitting sends every result, shown or not."));
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150); // typing a word filters once, when the typing pauses
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] {
        m_shown->setFilterText(m_filter->text());
        updateCounts();
    });
    resultsLayout->addWidget(m_drop);
    resultsLayout->addWidget(m_filter);
    resultsLayout->addWidget(m_table, 1);
    setTabOrder(m_filter, m_table);

    m_tabs = new QTabWidget(this); // before its pages: Tab reaches the tab bar, then the page
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
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_preview, tr("&JSON to send"));
    m_tabs->addTab(m_log, tr("&Log"));
    m_compare = new CompareTab([this](ClientSettings *settings,
                                   QString *error) { return m_server->clientSettings(settings, error); },
        this);
    m_tabs->addTab(m_compare, tr("Compare"));
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
    m_outboxHint = new QPushButton(this);
    m_outboxHint->setObjectName(u"outboxHint"_s);
    m_outboxHint->setFlat(true);
    m_outboxHint->setFocusPolicy(Qt::NoFocus);
    m_outboxHint->setIcon(Icons::icon(u"outbox"_s));
    m_outboxHint->setVisible(false);
    statusBar()->addPermanentWidget(m_outboxHint);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_progress);

    createActions();

    // --- Loading off the UI thread -------------------------------------------------------------
    m_loader->moveToThread(m_loaderThread);
    connect(m_loaderThread, &QThread::finished, m_loader, &QObject::deleteLater);
    m_loaderThread->setObjectName(u"result loader"_s);
    m_loaderThread->start();
    // What the loader hands over waits here and goes into the table a slice at a time, each in its
    // own turn of the event loop: queued batches are delivered together, and adding them all at
    // once would hold the window up.
    m_appendTimer->setInterval(0);
    connect(m_appendTimer, &QTimer::timeout, this, &MainWindow::appendPending);
    connect(
        m_loader, &ResultLoader::batchReady, this, [this](const QList<ResultEntry> &entries, quint64 epoch) {
            if (m_loadsUnderWay == 0 || epoch != m_loadEpoch)
                return; // of a load cleared away
            m_pendingBatches.append(entries);
            m_appendTimer->start();
        });
    connect(m_loader, &ResultLoader::reading, this, [this](const QString &path, bool isFolder, qint64 count) {
        // A folder is one line, however many files it holds.
        const QString shown = QDir::toNativeSeparators(path);
        if (isFolder && count >= 0)
            log(tr("Reading %Ln files from %1…", nullptr, int(count)).arg(shown));
        else
            log(tr("Reading %1…").arg(shown));
    });
    // What a file held but could not be used is said, as the command line says it: a benchmark
    // left out has no row to show it.
    connect(m_loader, &ResultLoader::warned, this, [this](const QStringList &warnings, quint64 epoch) {
        if (m_loadsUnderWay == 0 || epoch != m_loadEpoch)
            return;
        for (const QString &warning : warnings)
            log(tr("Warning: %1").arg(warning));
        m_loadWarnings += warnings.size();
    });
    connect(m_loader, &ResultLoader::finished, this, [this](qsizetype done, quint64 epoch) {
        if (m_loadsUnderWay == 0 || epoch != m_loadEpoch)
            return;
        m_pendingFinishes.append(done); // told once its rows are in the table
        m_appendTimer->start();
    });

    m_recheckTimer->setSingleShot(true);
    m_recheckTimer->setInterval(300);
    connect(m_recheckTimer, &QTimer::timeout, this, &MainWindow::recheck);
    // A message about the inputs goes when they change.
    const auto inputsChanged = [this] {
        if (!m_lastError.isEmpty() && statusBar()->currentMessage() == m_lastError)
            statusBar()->clearMessage();
        m_lastError.clear();
    };
    connect(m_composer, &RunComposer::changed, this, [this, inputsChanged] {
        inputsChanged();
        m_recheckTimer->start();
        updateActions();
        showSelected();
    });
    for (QLineEdit *edit : m_server->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, inputsChanged);
    connect(m_server, &ServerBox::testingChanged, this, &MainWindow::updateActions);
    connect(m_composer, &RunComposer::logMessage, this, &MainWindow::log);
    connect(m_server, &ServerBox::logMessage, this, &MainWindow::log);
    connect(m_server, &ServerBox::editProfilesRequested, this, &MainWindow::showPreferences);
    connect(m_server, &ServerBox::profileChanged, this, [this](const QString &name) {
        if (!name.isEmpty())
            statusBar()->showMessage(tr("Sending to the server profile \"%1\".").arg(name), 5000);
    });
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
    updateOutboxHint();
    if (m_outboxWaiting > 0)
        statusBar()->showMessage(tr("%Ln results from an earlier session wait in the outbox; the button "
                                    "on the right sends them.",
            nullptr, m_outboxWaiting));
}

MainWindow::~MainWindow()
{
    m_loader->cancel();
    m_loaderThread->quit();
    m_loaderThread->wait();
}

void MainWindow::createActions()
{
    // Each action is defined once, with its shortcut and status tip, and shown in the menus and
    // the tool bar.
    const auto makeAction = [this](const QIcon &icon, const QString &text, const QKeySequence &shortcut,
                                const QString &tip, const char *name) {
        auto *action = new QAction(icon, text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(shortcut);
        action->setStatusTip(tip);
        action->setToolTip(
            shortcut.isEmpty() ? tip : tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    m_addAction = makeAction(Icons::icon(u"add"_s), tr("&Add files…"), QKeySequence(Qt::CTRL | Qt::Key_O),
        tr("Add result files (*.json, NDJSON)"), "addAction");
    connect(m_addAction, &QAction::triggered, this, &MainWindow::addFiles);
    m_addFolderAction
        = makeAction(Icons::icon(u"add-folder"_s), tr("Add &folder…"), QKeySequence(Qt::CTRL | Qt::Key_D),
            tr("Add a folder of result files (its *.json files)"), "addFolderAction");
    connect(m_addFolderAction, &QAction::triggered, this, &MainWindow::addFolder);
    m_quitAction = makeAction(Icons::icon(u"quit"_s), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q),
        tr("Close the window"), "quitAction");
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_preferencesAction = makeAction(Icons::icon(u"settings"_s), tr("&Preferences…"),
        QKeySequence(Qt::CTRL | Qt::Key_Comma), tr("Server profiles and the language"), "preferencesAction");
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_submitAction
        = makeAction(Icons::icon(u"submit"_s), tr("&Submit run"), QKeySequence(Qt::CTRL | Qt::Key_Return),
            tr("Create the run, send its valid results, and finish it"), "submitAction");
    connect(m_submitAction, &QAction::triggered, this, &MainWindow::submitRun);
    m_cancelAction = makeAction(Icons::icon(u"cancel"_s), tr("&Cancel"), QKeySequence(Qt::Key_Escape),
        tr("Stop loading, sending or testing; again to abandon the requests on the wire. What was not "
           "confirmed stays in the outbox"),
        "cancelAction");
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancel);
    m_copyAction = makeAction(Icons::icon(u"copy"_s), tr("Copy as co&mmand line"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
        tr("Copy the benchconnect commands that do the same from a shell"), "copyAction");
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copyCommandLine);
    m_clearAction = makeAction(Icons::icon(u"clear"_s), tr("C&lear results"), QKeySequence(),
        tr("Remove every result from the list"), "clearAction");
    connect(m_clearAction, &QAction::triggered, this, &MainWindow::clearResults);

    m_outboxAction
        = makeAction(Icons::icon(u"outbox"_s), tr("&Outbox…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
            tr("Show the results waiting in the outbox, send them again or drop them"), "outboxAction");
    connect(m_outboxAction, &QAction::triggered, this, &MainWindow::showOutbox);
    m_sendOutboxAction
        = makeAction(Icons::icon(u"send-waiting"_s), tr("&Send waiting results"), QKeySequence(),
            tr("Send what waits in the outbox to the server set in the window"), "sendOutboxAction");
    connect(m_sendOutboxAction, &QAction::triggered, this, &MainWindow::sendOutbox);

    m_helpAction = makeAction(Icons::icon(u"help"_s), tr("benchconnect &help"), QKeySequence(Qt::Key_F1),
        tr("Open the README (the user guide) in the web browser"), "helpAction");
    connect(m_helpAction, &QAction::triggered, this, &MainWindow::showHelp);
    auto *shortcutsAction = makeAction(Icons::icon(u"keyboard"_s), tr("&Keyboard shortcuts"), QKeySequence(),
        tr("List the keyboard shortcuts of the window"), "shortcutsAction");
    connect(shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_aboutAction = makeAction(Icons::icon(u"about"_s), tr("&About benchconnect"), QKeySequence(),
        tr("The version of benchconnect and of Qt"), "aboutAction");
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_watchAction = makeAction(Icons::icon(u"folder"_s), tr("&Watch folder…"), QKeySequence(),
        tr("Send each finished subfolder of a results folder as one run, unattended"), "watchAction");
    connect(m_watchAction, &QAction::triggered, this, &MainWindow::showWatchView);

    auto *filterAction = makeAction(QIcon(), tr("&Filter results"), QKeySequence::Find,
        tr("Type a part of a benchmark, unit, format, file or status to show only those results"),
        "filterAction");
    connect(filterAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addAction);
    file->addAction(m_addFolderAction);
    file->addAction(m_watchAction);
    file->addSeparator();
    file->addAction(m_preferencesAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_submitAction);
    run->addAction(m_cancelAction);
    run->addSeparator();
    run->addAction(m_copyAction);
    run->addAction(filterAction);
    run->addAction(m_clearAction);
    QMenu *outbox = menuBar()->addMenu(tr("Outbo&x"));
    outbox->addAction(m_outboxAction);
    outbox->addAction(m_sendOutboxAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_helpAction);
    help->addAction(shortcutsAction);
    help->addAction(m_aboutAction);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_addAction);
    toolbar->addAction(m_addFolderAction);
    toolbar->addAction(m_clearAction);
    toolbar->addSeparator();
    toolbar->addAction(m_submitAction);
    toolbar->addAction(m_cancelAction);
    toolbar->addSeparator();
    toolbar->addAction(m_copyAction);
    toolbar->addAction(m_outboxAction);
    connect(m_outboxHint, &QPushButton::clicked, this, &MainWindow::sendOutbox);
}

SettingsDialog *MainWindow::showPreferences()
{
    auto *dialog = new SettingsDialog(m_server, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        log(m_server->profiles().isEmpty() ? tr("Preferences saved.")
                                           : tr("Preferences saved; server profiles: %1.").arg([this] {
                                                 QStringList names;
                                                 for (const ServerProfile &profile : m_server->profiles())
                                                     names.append(profile.name);
                                                 return names.join(tr(", "));
                                             }()));
    });
    dialog->open();
    return dialog;
}

void MainWindow::showHelp()
{
    // The README is the user guide: installed beside the program, or in the source tree of a build.
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates {appDir + u"/../share/doc/benchconnect-gui/README.md"_s,
        QStringLiteral(BENCHCONNECT_SOURCE_DIR "/README.md")};
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate)) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(candidate).canonicalFilePath()));
            log(tr("Opened the user guide: %1")
                    .arg(QDir::toNativeSeparators(QFileInfo(candidate).canonicalFilePath())));
            return;
        }
    }
    showError(
        tr("The user guide (README.md) is not installed; \"benchconnect --help\" describes the commands."));
}

void MainWindow::showShortcuts()
{
    // From the actions themselves: a shortcut is defined once.
    QString rows;
    for (QAction *action : actions()) {
        if (action->shortcut().isEmpty())
            continue;
        rows += u"<tr><td><b>%1</b></td><td>&nbsp;&nbsp;%2</td></tr>"_s.arg(
            action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
            action->text().remove(u'&').toHtmlEscaped());
    }
    QMessageBox box(QMessageBox::Information, tr("Keyboard shortcuts"),
        tr("<table>%1</table><p>Alt and the underlined letter reaches each field; Tab goes from field "
           "to field.</p>")
            .arg(rows),
        QMessageBox::Close, this);
    box.setObjectName(u"shortcutsBox"_s);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About benchconnect"),
        tr("<p><b>benchconnect %1</b></p><p>Sends benchmark results to a Conbench server.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QStringLiteral(BENCHCONNECT_VERSION), QStringLiteral(QT_VERSION_STR),
                QString::fromLatin1(qVersion())));
}

void MainWindow::updateOutboxHint()
{
    QString error;
    qsizetype waiting = 0;
    for (const Outbox::Batch &batch :
        Outbox(Outbox::defaultDirectory(QProcessEnvironment::systemEnvironment())).list(&error)) {
        // Refused results do not wait: they are not sent again; nor do those of a batch that was
        // never finished, or of a file that is no batch. (As the Outbox dialog counts them.)
        if (batch.kind == Outbox::Batch::Kind::Batch)
            waiting += batch.waiting();
    }
    showOutboxWaiting(waiting);
}

void MainWindow::showOutboxWaiting(qsizetype waiting)
{
    m_outboxWaiting = waiting;
    m_outboxAction->setText(waiting > 0 ? tr("&Outbox (%Ln)…", nullptr, waiting) : tr("&Outbox…"));
    m_outboxHint->setText(tr("Send the %Ln waiting…", nullptr, waiting));
    m_outboxHint->setToolTip(tr("Results from earlier submissions wait in the outbox; click to send them to "
                                "the server set in the window"));
    // Not offered while a submission or the Outbox dialog sends.
    const auto *dialog = findChild<OutboxDialog *>();
    const bool sending = m_submitter || (dialog && dialog->isSending());
    m_outboxHint->setVisible(waiting > 0 && !sending);
    m_sendOutboxAction->setEnabled(waiting > 0 && !sending);
}

void MainWindow::sendOutbox()
{
    OutboxDialog *dialog = showOutbox();
    if (dialog->waiting() > 0)
        dialog->retry();
}

void MainWindow::followOutbox()
{
    if (m_outboxRows.isEmpty())
        return;
    // What the outbox still holds; every other result it held for this window was confirmed.
    QSet<size_t> waiting;
    Outbox outbox(Outbox::defaultDirectory(QProcessEnvironment::systemEnvironment()));
    QString error;
    const auto batches = outbox.list(&error);
    if (!error.isEmpty())
        return;
    for (const Outbox::Batch &batch : batches) {
        if (batch.inUse)
            return; // being sent now: look again when that ends
        QStringList skipped;
        auto queue = outbox.queue(batch.server, {batch.id}, &skipped, &error);
        if (!queue || !skipped.isEmpty())
            return; // or locked since the list was read
        ResultQueue::Item item;
        while (queue->take(&item))
            waiting.insert(RunSubmitter::outboxKey(item.result));
        queue->close();
    }
    for (auto it = m_outboxRows.begin(); it != m_outboxRows.end();) {
        const int row = it.value();
        if (waiting.contains(it.key())) {
            ++it;
            continue;
        }
        if (row < m_model->rowCount() && m_model->entry(row).status == ResultEntry::Status::InOutbox)
            m_model->setStatus(row, ResultEntry::Status::Sent, tr("sent from the outbox"));
        it = m_outboxRows.erase(it);
    }
    m_model->flushStatusChanges();
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
        connect(dialog, &OutboxDialog::waitingChanged, this, &MainWindow::showOutboxWaiting);
        connect(dialog, &OutboxDialog::retryFinished, this, [this](bool, const QString &summary) {
            log(summary);
            followOutbox();
            updateOutboxHint();
        });
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
    ClientSettings::keepOwnerOnly(settings);
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/mainSplitter"_s, m_mainSplitter->saveState());
    settings.setValue(u"window/rightSplitter"_s, m_rightSplitter->saveState());
    settings.setValue(u"input/lastDirectory"_s, m_lastDirectory);
    m_server->save(settings);
    m_composer->save(settings);
}

bool MainWindow::askQuitWhileSending(const QString &text)
{
    QMessageBox box(QMessageBox::Question, tr("Quit while sending?"), text, QMessageBox::NoButton, this);
    box.setObjectName(u"quitWhileSending"_s);
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("&Keep sending"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == quit;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_submitter) {
        // The results are in the outbox from the moment Submit was pressed (or are being written
        // there, and quitting waits for that): the question says what quitting keeps.
        const qsizetype unsent = m_model->count(ResultEntry::Status::Sending);
        const QString text = !m_submitter->holdsResults()
            ? tr("The run is still being sent, and none of its results is in the outbox: if you quit, "
                 "nothing of it is kept.")
            : unsent > 0 ? tr("%Ln results are still being sent; they stay in the outbox if you quit, and "
                              "Outbox… sends them later.",
                  nullptr, unsent)
                         : tr("The run is still being sent; what was not confirmed stays in the outbox if "
                              "you quit.");
        if (!askQuitWhileSending(text) || !m_submitter) {
            if (m_submitter) {
                event->ignore();
                return;
            }
        } else {
            m_submitter->quit(); // abandons the requests on the wire: nothing accepted is lost
        }
    } else if (auto *dialog = findChild<OutboxDialog *>(); dialog && dialog->isSending()) {
        if (!askQuitWhileSending(tr("The outbox is being sent; what was not confirmed stays in the outbox if "
                                    "you quit, and Outbox… sends it later."))
            && dialog->isSending()) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    event->accept();
}

void MainWindow::log(const QString &message)
{
    m_log->appendPlainText(u"%1  %2"_s.arg(QTime::currentTime().toString(u"HH:mm:ss"_s), message));
    m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum()); // the newest line
}

void MainWindow::showError(const QString &message)
{
    log(message);
    m_lastError = message;
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
    const Augmenter augmenter(ProjectEnvironment(), [machine] { return QJsonObject(machine); });
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
    // The run cannot be composed yet: check what the files alone decide, and say what the run lacks.
    const QJsonObject machine = m_composer->machineInfo();
    ResultPreparer files({}, Augmenter(ProjectEnvironment(), [machine] { return QJsonObject(machine); }));
    files.setRunProblem(error);
    return files;
}

void MainWindow::addPaths(const QStringList &chosen)
{
    if (chosen.isEmpty())
        return;
    m_lastDirectory = QFileInfo(chosen.constFirst()).absolutePath();
    // A file or folder already in the list (however it is written: a link, "..", a trailing slash),
    // or a file or folder inside a folder already added, is not read again: its results would be sent
    // twice.
    QStringList paths;
    for (const QString &path : chosen) {
        const QFileInfo info(path);
        const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
        const auto covers = [&canonical](const QString &added) {
            return canonical == added || canonical.startsWith(added.endsWith(u'/') ? added : added + u'/');
        };
        if (std::any_of(m_canonicalPaths.cbegin(), m_canonicalPaths.cend(), covers)) {
            const QString message
                = tr("%1 is in the list already; it is not added again.").arg(QDir::toNativeSeparators(path));
            log(message);
            statusBar()->showMessage(message, 8000);
            continue;
        }
        m_paths.append(path);
        m_canonicalPaths.append(canonical);
        paths.append(path);
    }
    if (paths.isEmpty())
        return;
    // The other way round: a folder holding a file (or a folder format's folder) added on its own
    // leaves it out.
    const QSet<QString> added(m_canonicalPaths.cbegin(), m_canonicalPaths.cend());
    for (const QString &path : std::as_const(paths)) {
        const QFileInfo info(path);
        if (!info.isDir())
            continue;
        const QString folder = info.canonicalFilePath();
        for (const QString &inside : std::as_const(m_canonicalPaths)) {
            if (inside != folder && QFileInfo(inside).absolutePath() == folder)
                log(tr("%1 is in the list already; it is not read again with the folder %2.")
                        .arg(QDir::toNativeSeparators(inside), QDir::toNativeSeparators(path)));
        }
    }
    ++m_loadsUnderWay;

    statusBar()->showMessage(tr("Reading results…"));
    updateActions();
    const ResultPreparer preparer = currentPreparer();
    ResultLoader *loader = m_loader;
    const quint64 epoch = m_loadEpoch;
    QMetaObject::invokeMethod(
        m_loader, [loader, paths, preparer, epoch, added] { loader->load(paths, preparer, epoch, added); });
}

QStringList MainWindow::addCommandLinePaths(const QStringList &paths)
{
    QStringList existing;
    QStringList problems;
    for (const QString &path : paths) {
        // As a drop: what is there is read (a FIFO given is a row saying it cannot be read); what
        // is not there is said here, since no row would name it.
        if (!path.isEmpty() && QFileInfo::exists(path)) {
            // Absolute, as a drop gives it: the rows and the copied commands name it wherever they go.
            existing.append(QDir::cleanPath(QDir::current().absoluteFilePath(path)));
            continue;
        }
        if (path.isEmpty()) {
            problems.append(tr("An empty path was given on the command line; nothing was added for it."));
            continue;
        }
        QString problem = InputLoader::pathProblem(path);
        if (problem.isEmpty()) // gone since it was looked at
            problem = tr("%1: no such file or folder").arg(path);
        problems.append(tr("%1 (given on the command line); nothing was added for it.").arg(problem));
    }
    addPaths(existing);
    for (const QString &problem : std::as_const(problems))
        showError(problem);
    return problems;
}

QString MainWindow::unknownOptionMessage(const QString &option)
{
    return tr("Unknown option \"%1\". benchconnect-gui takes files and folders of results to add to the "
              "window (\"--\" before a path that begins with \"-\"), or a subcommand; see "
              "\"benchconnect-gui --help\".")
        .arg(option);
}

QString MainWindow::noDisplayMessage()
{
    return tr("There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start "
              "benchconnect-gui in a desktop session, or give it a subcommand to run without a window "
              "(\"benchconnect-gui --help\" lists them).");
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

void MainWindow::addFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Add a folder of results"), m_lastDirectory);
    if (folder.isEmpty())
        return;
    addPaths({folder});
    m_lastDirectory = folder;
}

void MainWindow::clearResults()
{
    if (m_submitter)
        return;
    if (m_loadsUnderWay > 0) {
        m_loader->cancel();
        m_loadsUnderWay = 0;
        ++m_loadEpoch; // what those loads still hand over is dropped
    }
    m_appendTimer->stop();
    m_pendingBatches.clear();
    m_pendingNext = 0;
    m_pendingFinishes.clear();
    m_loadWarnings = 0;
    m_model->clear();
    m_paths.clear();
    m_canonicalPaths.clear();
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
    const ResultEntry &entry = m_model->entry(m_shown->sourceRow(current));
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

bool MainWindow::isRechecking() const
{
    return m_recheckRunning || m_recheckTimer->isActive() || m_recheckAgain;
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
    const ResultEntries entries = m_model->entries(); // shares the slices: no copy
    const ResultPreparer preparer = currentPreparer();
    auto *watcher = new QFutureWatcher<QList<QPair<ResultEntry::Status, QString>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const auto statuses = watcher->result();
        watcher->deleteLater();
        m_recheckRunning = false;
        if (!m_submitter && m_loadsUnderWay == 0 && statuses.size() == m_model->rowCount())
            m_model->setStatuses(statuses);
        if (m_recheckAgain) {
            if (m_submitAfterRecheck)
                recheck(); // a submission waits for it
            else
                m_recheckTimer->start();
        }
        updateActions();
        if (!isRechecking()) {
            emit recheckFinished();
            if (std::exchange(m_submitAfterRecheck, false))
                submitRun();
        }
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
    QStringList parts {tr("Results: %L1").arg(m_model->rowCount()),
        tr("%L1 valid").arg(n(ResultEntry::Status::Valid)),
        tr("%L1 invalid").arg(n(ResultEntry::Status::Invalid))};
    // While a submission is under way its rows are neither valid nor invalid any more.
    if (n(ResultEntry::Status::Sending) > 0)
        parts.append(tr("%L1 sending").arg(n(ResultEntry::Status::Sending)));
    if (n(ResultEntry::Status::Sent) > 0)
        parts.append(tr("%L1 sent").arg(n(ResultEntry::Status::Sent)));
    if (n(ResultEntry::Status::Failed) > 0)
        parts.append(tr("%L1 failed").arg(n(ResultEntry::Status::Failed)));
    if (n(ResultEntry::Status::InOutbox) > 0)
        parts.append(tr("%L1 in the outbox").arg(n(ResultEntry::Status::InOutbox)));
    if (!m_shown->filterText().isEmpty())
        parts.append(tr("%L1 shown").arg(m_shown->rowCount()));
    m_counts->setText(parts.join(tr(", ")));
    updateActions();
}

void MainWindow::updateActions()
{
    const bool busy = m_submitter != nullptr || m_submitAfterRecheck;
    // While the rows wait to be checked against a changed run, an invalid one may be valid: Submit
    // waits for the check (and says so if it leaves nothing to send).
    const bool sendable
        = m_model->count(ResultEntry::Status::Valid) + m_model->count(ResultEntry::Status::Failed) > 0
        || (isRechecking() && m_model->count(ResultEntry::Status::Invalid) > 0);
    m_submitAction->setEnabled(!busy && m_loadsUnderWay == 0 && sendable);
    // A run that cannot be composed (the commit missing, say) leaves nothing to send: Submit says why,
    // and so does the status bar when that changes.
    const QString problem = busy || m_model->rowCount() == 0 ? QString() : submitProblem();
    const QString tip
        = problem.isEmpty() ? tr("Create the run, send its valid results, and finish it") : problem;
    m_submitAction->setStatusTip(tip);
    m_submitAction->setToolTip(
        tr("%1 (%2)").arg(tip, m_submitAction->shortcut().toString(QKeySequence::NativeText)));
    if (problem != m_submitProblem) {
        if (!problem.isEmpty() && m_loadsUnderWay == 0)
            statusBar()->showMessage(problem);
        else if (!m_submitProblem.isEmpty() && statusBar()->currentMessage() == m_submitProblem)
            statusBar()->clearMessage();
        m_submitProblem = problem;
    }
    m_cancelAction->setEnabled(busy || m_loadsUnderWay > 0);
    m_clearAction->setEnabled(!busy && m_model->rowCount() > 0);
    m_cancelAction->setEnabled(busy || m_loadsUnderWay > 0 || m_server->isTesting());
    m_addAction->setEnabled(!busy);
    m_addFolderAction->setEnabled(!busy);
    m_drop->setEnabled(!busy);
}

QString MainWindow::submitProblem() const
{
    const QString problem = m_composer->problem();
    return problem.isEmpty() ? QString() : tr("Submit is not possible: %1").arg(problem);
}

void MainWindow::cancel()
{
    if (m_submitAfterRecheck) {
        m_submitAfterRecheck = false;
        statusBar()->clearMessage(); // that the results are being checked before sending
        log(tr("Submission cancelled before it started; nothing was sent."));
        updateActions();
        return;
    }
    if (m_submitter) {
        m_submitter->cancel();
        return;
    }
    if (m_server->isTesting()) {
        m_server->cancelTest();
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
    if (isRechecking()) {
        // The run changed since the rows were checked: they are checked against it first, on the
        // checking thread (for many rows that takes a while, and the window stays responsive), so
        // that a row the change made valid is sent and one it made invalid is not. The submission
        // starts when that is done.
        const QString checking = tr("Checking the results against the run before sending them…");
        if (!m_submitAfterRecheck)
            log(checking);
        m_submitAfterRecheck = true;
        statusBar()->showMessage(checking); // in place of one about an earlier submission
        m_lastError.clear();
        if (!m_recheckRunning) {
            m_recheckTimer->stop();
            recheck();
        }
        updateActions();
        return;
    }
    QList<RunSubmitter::Input> inputs;
    const ResultEntries &entries = m_model->entries();
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
    statusBar()->clearMessage(); // an earlier message is about an earlier submission
    m_lastError.clear();
    m_outboxHint->setVisible(false);
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
    // The results are in the outbox before the run is created: from then on they are being sent.
    connect(submitter, &RunSubmitter::resultsWritten, this,
        [this](const QList<int> &rows, const QList<size_t> &keys) {
            m_sendingRows = rows;
            m_sendingKeys = keys;
            for (int row : rows)
                m_model->setStatus(row, ResultEntry::Status::Sending);
        });
    connect(submitter, &RunSubmitter::submissionStarted, this,
        [this](Submission *submission, const QList<int> &rows, const QList<size_t> &keys) {
            m_sendingRows = rows;
            m_sendingKeys = keys;
            for (int row : rows)
                m_model->setStatus(row, ResultEntry::Status::Sending);
            m_progress->setRange(0, int(rows.size()));
            m_progress->setFormat(tr("%v of %m sent"));
            connect(submission, &Submission::progress, m_progress,
                [this](qsizetype done, qsizetype failed, qsizetype total) {
                    m_progress->setMaximum(int(total));
                    m_progress->setValue(int(done));
                    m_progress->setFormat(failed > 0
                            ? tr("%L1 of %L2 done, %L3 failed").arg(done).arg(total).arg(failed)
                            : tr("%L1 of %L2 sent").arg(done).arg(total));
                });
            connect(submission, &Submission::resultFinished, this,
                [this, rows](qsizetype index, bool ok, const QString &message) {
                    if (index >= 0 && index < rows.size())
                        m_model->setStatus(rows.at(index),
                            ok ? ResultEntry::Status::Sent : ResultEntry::Status::Failed, message);
                });
        });
    connect(submitter, &RunSubmitter::finished, this, [this, submitter](bool ok, const QString &) {
        // What was handed to the server but not confirmed waits in the outbox; when nothing of the
        // submission was kept there (it was cancelled or refused before anything was sent), the rows
        // are as they were.
        const bool resultsKept = submitter->resultsKept();
        for (qsizetype i = 0; i < m_sendingRows.size(); ++i) {
            const int row = m_sendingRows.at(i);
            if (row >= m_model->rowCount())
                continue;
            const ResultEntry &entry = m_model->entry(row);
            if (!resultsKept && entry.status == ResultEntry::Status::Sending) {
                m_model->setStatus(row, ResultEntry::Status::Valid);
                continue;
            }
            if (submitter->refusedResults().contains(i)) {
                // Kept apart in the outbox, never sent again: it is not waiting.
                m_model->setStatus(row, ResultEntry::Status::Failed,
                    tr("refused by the server (kept apart in the outbox): %1").arg(entry.message));
                continue;
            }
            if (entry.status == ResultEntry::Status::Sending || entry.status == ResultEntry::Status::Failed) {
                m_model->setStatus(row, ResultEntry::Status::InOutbox,
                    entry.message.isEmpty() ? tr("not sent yet") : entry.message);
                if (i < m_sendingKeys.size())
                    m_outboxRows.insert(m_sendingKeys.at(i), row);
            }
        }
        m_sendingRows.clear();
        m_sendingKeys.clear();
        m_model->flushStatusChanges(); // the table and the counts show how it ended, now
        m_progress->setVisible(false);
        // One short line (the log has the details): how it ended, what was sent, what waits.
        const qsizetype kept = m_model->count(ResultEntry::Status::InOutbox);
        const qsizetype sentNow = m_model->count(ResultEntry::Status::Sent);
        QString line = submitter->isCancelled() ? tr("Cancelled: %Ln sent", nullptr, sentNow)
            : ok                                ? tr("Done: %Ln sent", nullptr, sentNow)
                                                : tr("Not all sent: %Ln sent", nullptr, sentNow);
        if (kept > 0)
            line += tr(", %Ln in the outbox", nullptr, kept);
        line += ok ? tr(".") : tr("; details in the Log.");
        statusBar()->showMessage(line);
        const qsizetype sent = m_model->count(ResultEntry::Status::Sent);
        if (resultsKept)
            m_runId = Augmenter::newId(); // its results wait in the outbox: the next submission is a new run
        if (sent > 0 || ok) {
            const QUrl url = submitter->runUrl();
            m_runLink->setText(tr("<a href=\"%1\">Open run %2 on %3</a>")
                                   .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), submitter->runId(),
                                       submitter->client()->settings().baseUrl.host().toHtmlEscaped()));
            m_runLink->setToolTip(url.toDisplayString());
            m_runLink->setVisible(true);
            m_lastRunId = submitter->runId();
            m_compare->setRunId(m_lastRunId, true);
            m_runId = Augmenter::newId(); // the next submission is a new run
            if (!submitter->client()->settings().email.isEmpty())
                m_server->rememberPassword();
        }
        submitter->deleteLater();
        m_submitter = nullptr;
        if (m_recheckAgain)
            m_recheckTimer->start(); // the run changed while this one was sent
        updateOutboxHint();
        updateActions();
        showSelected();
        if (!ok)
            m_tabs->setCurrentWidget(m_log); // the details the status line points to
        emit submitFinished(ok);
    });
    updateActions();
    log(tr("Submitting results: %L1…").arg(inputs.size()));
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
    // Only what the window would send: a folder or file whose results can all be sent is given
    // whole; of the others, each file that can be sent is given alone.
    for (qsizetype i = 0; i < m_paths.size(); ++i) {
        const QString &path = m_paths.at(i);
        const bool isDir = QFileInfo(path).isDir();
        const QString prefix = path.endsWith(u'/') ? path : path + u'/';
        // A folder that holds a file added on its own left it out: given whole, the command line
        // would read that file twice.
        const QString canonical = m_canonicalPaths.value(i);
        const bool leftOut = isDir
            && std::any_of(
                m_canonicalPaths.cbegin(), m_canonicalPaths.cend(), [&canonical](const QString &other) {
                    return other != canonical && QFileInfo(other).absolutePath() == canonical;
                });
        QStringList files; // in the order read
        QSet<QString> bad;
        for (const ResultEntry &entry : m_model->entries()) {
            const QString &file = entry.file.isEmpty() ? entry.origin : entry.file;
            if (file != path && !(isDir && file.startsWith(prefix)))
                continue;
            if (file != path && m_paths.contains(file))
                continue; // added on its own: given on its own
            if (!files.contains(file))
                files.append(file);
            if (entry.status == ResultEntry::Status::Invalid)
                bad.insert(file);
        }
        if (bad.isEmpty() && !leftOut) {
            if (!files.isEmpty())
                builder.paths.append(path);
            continue;
        }
        for (const QString &file : std::as_const(files)) {
            if (bad.contains(file))
                builder.leftOut.append(file);
            else
                builder.paths.append(file);
        }
    }
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

WatchView *MainWindow::showWatchView()
{
    if (!m_watchView) {
        m_watchView = new WatchView(m_server, this);
        m_watchView->setWindowFlag(Qt::Window);
    }
    m_watchView->show();
    m_watchView->raise();
    m_watchView->activateWindow();
    return m_watchView;
}

void MainWindow::appendPending()
{
    QElapsedTimer slice;
    slice.start();
    constexpr qsizetype rowsAtOnce = 1000;
    while (!m_pendingBatches.isEmpty() && slice.elapsed() < 20) {
        const QList<ResultEntry> &batch = m_pendingBatches.constFirst();
        const qsizetype n = qMin(rowsAtOnce, batch.size() - m_pendingNext);
        m_model->append(n == batch.size() ? batch : batch.mid(m_pendingNext, n));
        m_pendingNext += n;
        if (m_pendingNext == batch.size()) {
            m_pendingBatches.removeFirst();
            m_pendingNext = 0;
        }
    }
    if (!m_pendingBatches.isEmpty())
        return; // the rest in the next turn
    m_appendTimer->stop();
    const QList<qsizetype> finishes = std::exchange(m_pendingFinishes, {});
    for (const qsizetype done : finishes) {
        if (m_loadsUnderWay == 0)
            return;
        --m_loadsUnderWay;
        log(tr("Results read: %L1.").arg(done));
        if (m_loadsUnderWay == 0) {
            if (const qsizetype warnings = std::exchange(m_loadWarnings, 0); warnings > 0) {
                // Not a passing message: what was left out is not in the table.
                statusBar()->showMessage(tr("Results found: %L1. %Ln warnings: something the files held "
                                            "could not be read and was left out; see the Log.",
                    nullptr, int(warnings))
                                             .arg(m_model->rowCount()));
                m_tabs->setCurrentWidget(m_log);
            } else {
                statusBar()->showMessage(tr("Results found: %L1.").arg(m_model->rowCount()), 5000);
            }
            m_submitProblem.clear(); // said again, after what was found
            if (m_recheckAgain)
                m_recheckTimer->start();
            computeSortKeys();
            updateActions();
            emit loadFinished();
        }
    }
}

void MainWindow::computeSortKeys()
{
    if (m_sortKeysRunning)
        return; // when it ends, it sees that the rows changed and computes them again
    m_sortKeysRunning = true;
    const ResultEntries entries = m_model->entries(); // shares the slices: no copy
    const quint64 generation = m_model->generation();
    auto *watcher = new QFutureWatcher<ResultFilterModel::SortKeys>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        ResultFilterModel::SortKeys keys = watcher->result();
        watcher->deleteLater();
        m_sortKeysRunning = false;
        if (keys.generation == m_model->generation())
            m_shown->setSortKeys(std::move(keys));
        else if (m_loadsUnderWay == 0)
            computeSortKeys();
    });
    watcher->setFuture(QtConcurrent::run(
        [entries, generation] { return ResultFilterModel::makeSortKeys(entries, generation); }));
}

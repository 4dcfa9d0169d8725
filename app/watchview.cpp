#include "watchview.h"

#include "conbenchclient.h"
#include "icons.h"
#include "outbox.h"
#include "serverbox.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WatchView::WatchView(ServerBox *server, QWidget *parent)
    : QWidget(parent)
    , m_server(server)
{
    setWindowTitle(tr("Watch folder — benchconnect"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each subfolder of the watched folder is sent as one run once it holds a "
                                ".done file (or, with a settle time, once nothing in it changed for that "
                                "long). Each folder is sent once, also after a restart."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    m_directory = new QLineEdit(this);
    m_directory->setObjectName("watchDirectory");
    m_directory->setPlaceholderText(tr("The folder the rigs write their results into"));
    row->addWidget(new QLabel(tr("&Folder:"), this));
    qobject_cast<QLabel *>(row->itemAt(0)->widget())->setBuddy(m_directory);
    row->addWidget(m_directory, 1);
    m_browse = new QPushButton(Icons::icon(u"folder"_s), tr("&Browse…"), this);
    connect(m_browse, &QPushButton::clicked, this, &WatchView::chooseDirectory);
    row->addWidget(m_browse);
    auto *settleLabel = new QLabel(tr("S&ettle:"), this);
    m_settle = new QSpinBox(this);
    m_settle->setRange(0, 86400);
    m_settle->setSpecialValueText(tr("marker only"));
    m_settle->setSuffix(tr(" s"));
    m_settle->setToolTip(tr("A folder is complete too once nothing in it changed for this long"));
    settleLabel->setBuddy(m_settle);
    row->addWidget(settleLabel);
    row->addWidget(m_settle);
    m_startStop = new QPushButton(this);
    m_startStop->setObjectName("watchStartStop");
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (isWatching())
            stopWatching();
        else
            startWatching();
    });
    row->addWidget(m_startStop);
    m_pause = new QPushButton(this);
    m_pause->setObjectName("watchPause");
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_watcher)
            m_watcher->setPaused(!m_watcher->isPaused());
        updateButtons();
    });
    row->addWidget(m_pause);
    layout->addLayout(row);

    m_message = new QLabel(this);
    m_message->setObjectName("watchMessage");
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName("watchTable");
    m_table->setHorizontalHeaderLabels({tr("Folder"), tr("State"), tr("Results sent"), tr("Run")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    resize(820, 480);
    updateButtons();
}

WatchView::~WatchView()
{
    if (m_watcher)
        m_watcher->disconnect(this);
    delete m_watcher.data();
}

void WatchView::setDirectory(const QString &directory)
{
    m_directory->setText(directory);
}

QString WatchView::directory() const
{
    return m_directory->text().trimmed();
}

QString WatchView::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void WatchView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error
            ? u"QLabel { color: palette(bright-text); background: #c0392b; padding: 6px; }"_s
            : u"QLabel { padding: 6px; }"_s);
    m_message->setVisible(!text.isEmpty());
}

void WatchView::chooseDirectory()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder to watch"), directory());
    if (!chosen.isEmpty())
        setDirectory(chosen);
}

bool WatchView::startWatching()
{
    if (m_watcher)
        return true;
    ClientSettings settings;
    QString error;
    if (!m_server->clientSettings(&settings, &error)) {
        showMessage(error, true);
        return false;
    }
    if (directory().isEmpty()) {
        showMessage(tr("Choose the folder to watch first."), true);
        return false;
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    FolderWatcher::Options options;
    options.directory = directory();
    options.settleSeconds = m_settle->value() > 0 ? m_settle->value() : -1;
    options.outboxDirectory = Outbox::defaultDirectory(env);
    options.project = ProjectEnvironment::fromEnvironment(env);
    m_client = std::make_unique<ConbenchClient>(settings);
    auto *watcher = new FolderWatcher(m_client.get(), options);
    connect(watcher, &FolderWatcher::folderChanged, this, &WatchView::updateFolder);
    connect(watcher, &FolderWatcher::notice, this, [this](const QString &text) { showMessage(text, false); });
    connect(watcher, &FolderWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_watcher = nullptr;
        updateButtons();
    });
    if (!watcher->start(&error)) {
        delete watcher;
        showMessage(error, true);
        return false;
    }
    m_watcher = watcher;
    showMessage({}, false);
    m_table->setRowCount(0);
    m_rows.clear();
    for (const FolderWatcher::Folder &folder : watcher->folders())
        updateFolder(folder.name);
    updateButtons();
    return true;
}

void WatchView::stopWatching()
{
    if (m_watcher)
        m_watcher->stop();
    updateButtons();
}

void WatchView::updateButtons()
{
    const bool watching = isWatching();
    m_startStop->setText(watching ? tr("S&top") : tr("&Start"));
    m_startStop->setEnabled(!watching || !m_watcher->isStopping());
    m_pause->setEnabled(watching);
    m_pause->setText(watching && m_watcher->isPaused() ? tr("&Resume") : tr("&Pause"));
    m_directory->setEnabled(!watching);
    m_browse->setEnabled(!watching);
    m_settle->setEnabled(!watching);
}

void WatchView::updateFolder(const QString &name)
{
    if (!m_watcher)
        return;
    const FolderWatcher::Folder folder = m_watcher->folder(name);
    int row = m_rows.value(name, -1);
    if (row < 0) {
        row = m_table->rowCount();
        m_table->insertRow(row);
        m_rows.insert(name, row);
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem);
        m_table->item(row, FolderColumn)->setText(name);
    }
    QString state = FolderWatcher::stateName(folder.state);
    QString icon;
    switch (folder.state) {
    case FolderWatcher::FolderState::Sending:
        icon = u"sending"_s;
        break;
    case FolderWatcher::FolderState::Done:
        icon = u"sent"_s;
        break;
    case FolderWatcher::FolderState::Failed:
        icon = u"failed"_s;
        break;
    default:
        icon = u"in-outbox"_s;
        break;
    }
    if (folder.changed)
        state += u" "_s + tr("(changed after it was sent)");
    QTableWidgetItem *stateItem = m_table->item(row, StateColumn);
    stateItem->setText(state);
    stateItem->setIcon(Icons::icon(icon));
    stateItem->setData(Qt::UserRole, int(folder.state));
    stateItem->setToolTip(folder.reason);
    const bool finished = folder.state == FolderWatcher::FolderState::Done
        || folder.state == FolderWatcher::FolderState::Failed;
    m_table->item(row, SentColumn)
        ->setText(finished ? tr("%1 of %2").arg(folder.sent).arg(folder.results) : QString());
    QString link;
    if (!folder.runId.isEmpty() && m_client)
        link = m_client->settings().baseUrl.toString() + u"/runs/"_s + folder.runId + u'/';
    m_table->item(row, RunColumn)->setText(link);
    m_table->item(row, RunColumn)->setToolTip(folder.reason);
}

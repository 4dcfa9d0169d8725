#include "outboxdialog.h"

#include "conbenchclient.h"
#include "outbox.h"
#include "pendingfinishes.h"
#include "submission.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

OutboxDialog::OutboxDialog(QString directory, SettingsProvider settings, QWidget *parent)
    : QDialog(parent)
    , m_directory(std::move(directory))
    , m_settings(std::move(settings))
    , m_table(new QTableWidget(0, 6, this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_drop(new QPushButton(tr("&Drop…"), this))
    , m_refreshTimer(new QTimer(this))
{
    setWindowTitle(tr("Outbox"));
    setObjectName(u"outboxDialog"_s);
    m_table->setObjectName(u"outboxTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Batch"), tr("Server"), tr("Waiting"), tr("Refused"), tr("Made"), tr("Last problem")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"outboxStatus"_s);
    m_progress->setVisible(false);
    m_retry->setObjectName(u"outboxRetry"_s);
    m_retry->setToolTip(tr("Send the waiting results of the selected batches (all of them when none is "
                           "selected) to the server set in the window; results the server holds already are "
                           "not sent again"));
    m_drop->setObjectName(u"outboxDrop"_s);
    m_drop->setToolTip(tr("Remove the selected batches without sending them"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_drop, QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &OutboxDialog::retry);
    connect(m_drop, &QPushButton::clicked, this, &OutboxDialog::dropSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OutboxDialog::updateButtons);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(500);
    connect(m_refreshTimer, &QTimer::timeout, this, &OutboxDialog::refresh);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Results wait here until the server confirmed them: <tt>%1</tt>").arg(m_directory.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 360);
    refresh();
}

void OutboxDialog::refresh()
{
    m_refreshTimer->stop();
    QString error;
    const auto batches = Outbox(m_directory).list(&error);
    // The batches selected stay selected (those still there).
    QSet<QString> selected;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        selected.insert(m_table->item(index.row(), 0)->text());
    m_table->setRowCount(0);
    m_waiting = 0;
    qsizetype refused = 0;
    for (const Outbox::Batch &batch : batches) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const bool sendable = batch.kind == Outbox::Batch::Kind::Batch;
        if (sendable) {
            m_waiting += batch.waiting();
            refused += batch.refused;
        }
        auto *id = new QTableWidgetItem(batch.id);
        id->setData(Qt::UserRole, sendable && batch.waiting() > 0 && !batch.inUse);
        m_table->setItem(row, 0, id);
        m_table->setItem(row, 1,
            new QTableWidgetItem(batch.serverKnown() ? batch.server : tr("unknown (damaged header)")));
        m_table->setItem(row, 2,
            new QTableWidgetItem(
                sendable ? tr("%L1 of %L2").arg(batch.waiting()).arg(batch.total) : QString()));
        auto *refusedItem
            = new QTableWidgetItem(batch.refused > 0 ? QLocale().toString(batch.refused) : QString());
        refusedItem->setToolTip(batch.refusals.join(u'\n'));
        m_table->setItem(row, 3, refusedItem);
        m_table->setItem(row, 4,
            new QTableWidgetItem(QLocale().toString(batch.created.toLocalTime(), QLocale::ShortFormat)));
        QString note;
        if (batch.inUse)
            note = tr("being sent now");
        else if (batch.kind == Outbox::Batch::Kind::Unfinished)
            note = tr("unfinished: written by a submission that stopped before sending; Drop removes it");
        else if (batch.kind == Outbox::Batch::Kind::Leftover)
            note = tr("leftover file: %1").arg(batch.damage);
        else if (batch.isDamaged())
            note = tr("damaged: %1").arg(batch.damage);
        else if (!batch.refusals.isEmpty())
            note = tr("refused: %1").arg(batch.refusals.constFirst());
        else
            note = batch.problems.value(0);
        m_table->setItem(row, 5, new QTableWidgetItem(note));
        if (selected.contains(batch.id))
            m_table->selectionModel()->select(
                m_table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    m_table->resizeColumnsToContents();
    if (error.isEmpty())
        emit waitingChanged(m_waiting); // the window's "Outbox (N)" follows a retry as it goes
    if (!error.isEmpty())
        m_status->setText(error);
    else if (!m_client) {
        QString text = batches.isEmpty()
            ? tr("The outbox is empty.")
            : tr("Results waiting: %L1, in batches: %L2.").arg(m_waiting).arg(batches.size());
        if (refused > 0)
            text += u' '
                + tr("%Ln results the server refused are kept apart and not sent again; correct and submit "
                     "them again, then drop their batches.",
                    nullptr, int(refused));
        m_status->setText(text);
    }
    updateButtons();
}

void OutboxDialog::updateButtons()
{
    const bool busy = m_client != nullptr;
    m_retry->setEnabled(!busy && m_waiting > 0);
    m_drop->setEnabled(!busy && !m_table->selectedItems().isEmpty());
}

void OutboxDialog::retry()
{
    if (m_client)
        return; // one retry at a time (the window's "Send the N waiting" while this one looks up)
    ClientSettings settings;
    QString error;
    if (!m_settings(&settings, &error)) {
        m_status->setText(tr("Set the server in the window first: %1").arg(error));
        return;
    }
    const QString server = settings.baseUrl.toString();
    const QString target = Outbox::normalizedServer(server);
    QSet<QString> selected;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        selected.insert(m_table->item(index.row(), 0)->text());
    QStringList ids;
    QStringList retarget;
    QSet<QString> otherServers;
    QString listError;
    const auto batches = Outbox(m_directory).list(&listError);
    bool beingSent = false; // what Retry would send is being sent by another process
    for (const Outbox::Batch &batch : batches) {
        if (batch.kind != Outbox::Batch::Kind::Batch || batch.waiting() == 0)
            continue;
        const bool sameServer = batch.serverKnown() && Outbox::normalizedServer(batch.server) == target;
        // With nothing selected: everything for this server. Batches for another server are sent there
        // only when the user selects them and confirms.
        if (selected.isEmpty() ? !sameServer : !selected.contains(batch.id))
            continue;
        if (batch.inUse) {
            beingSent = true;
            continue;
        }
        ids.append(batch.id);
        if (!sameServer) {
            retarget.append(batch.id);
            otherServers.insert(
                batch.serverKnown() ? batch.server : tr("an unknown server (damaged header)"));
        }
    }
    if (ids.isEmpty()) {
        if (beingSent) {
            // By the command line or another window: the results wait, but not for this one.
            m_status->setText(othersSending(server));
            return;
        }
        QStringList others;
        for (const Outbox::Batch &batch : batches) {
            if (batch.kind == Outbox::Batch::Kind::Batch && batch.waiting() > 0 && batch.serverKnown()
                && Outbox::normalizedServer(batch.server) != target && !others.contains(batch.server))
                others.append(batch.server);
        }
        m_status->setText(others.isEmpty()
                ? tr("Nothing waits for %1.").arg(server)
                : tr(
                    "Nothing waits for %1. Results wait for %2: select their batches and press Retry to send "
                    "them to %1.")
                      .arg(server, others.join(u", "_s)));
        return;
    }
    if (!retarget.isEmpty()) {
        QStringList from(otherServers.begin(), otherServers.end());
        from.sort();
        const auto answer = QMessageBox::question(this, tr("Send to another server"),
            tr("%Ln of the selected batches were made for %1. Send them to %2 instead? They are then "
               "recorded as being for %2; what %2 holds already is looked up first and not sent again.",
                nullptr, int(retarget.size()))
                .arg(from.join(u", "_s), server));
        if (answer != QMessageBox::Yes)
            return;
    }
    m_client = new ConbenchClient(settings, this);
    // A server that went away while sending: said here, where the user watches, not only in a log.
    connect(m_client, &ConbenchClient::retrying, this,
        [this](const QString &what, const QString &problem, qint64 delayMs) {
            m_status->setText(ConbenchClient::retryNotice(what, problem, delayMs));
        });
    updateButtons();
    emit waitingChanged(m_waiting); // the window offers no second sending meanwhile
    m_status->setText(tr("Reading what %1 holds already…").arg(server));
    const Outbox outbox(m_directory);
    m_client->fetchStoredResults(outbox.runIds(ids), this,
        [this, ids, retarget, server](
            ApiCall::Outcome outcome, const QString &message, const StoredResults &found) {
            if (outcome != ApiCall::Outcome::Success) {
                finishRetry(false,
                    tr("Nothing was sent, since sending without knowing what the server holds "
                       "could store results twice: %1")
                        .arg(message));
                return;
            }
            Outbox outbox(m_directory);
            QStringList skipped;
            QString error;
            if (!retarget.isEmpty()
                && !outbox.retarget(retarget, m_client->settings().baseUrl.toString(), &error)) {
                finishRetry(false, tr("%1 (nothing was sent)").arg(error));
                return;
            }
            auto queue = outbox.queue(m_client->settings().baseUrl.toString(), ids, &skipped, &error);
            if (!queue) {
                finishRetry(false, error);
                return;
            }
            // Batches another process began to send since the list was read: they are left to it.
            const QString leftToOthers = skipped.isEmpty() ? QString() : othersSending(server);
            if (queue->size() == 0 && !leftToOthers.isEmpty()) {
                finishRetry(true, leftToOthers);
                return;
            }
            auto *submission = new Submission(m_client, m_client);
            submission->setQueue(std::move(queue));
            auto stored = std::make_shared<StoredResults>(found);
            submission->setAlreadyStored(
                [stored](const QJsonObject &result) { return stored->take(result); });
            m_progress->setRange(0, int(submission->total()));
            m_progress->setValue(0);
            m_progress->setVisible(true);
            connect(submission, &Submission::progress, m_progress,
                [this](qsizetype done, qsizetype, qsizetype total) {
                    m_progress->setMaximum(int(total));
                    m_progress->setValue(int(done));
                    // The table follows what the server confirmed (the journals are written as
                    // answers come), read again twice a second at most.
                    if (!m_refreshTimer->isActive())
                        m_refreshTimer->start();
                });
            connect(submission, &Submission::finished, this, [this, submission, leftToOthers] {
                QString summary
                    = tr("Sent: %L1, failed: %L2.").arg(submission->sent()).arg(submission->failed());
                if (!leftToOthers.isEmpty())
                    summary += u' ' + leftToOthers;
                if (submission->confirmedByLookup() > 0)
                    summary += u' '
                        + tr("%Ln of them were found stored already and not sent again.", nullptr,
                            int(submission->confirmedByLookup()));
                if (!submission->failures().isEmpty())
                    summary += u' ' + submission->failures().constFirst().message;
                // Then the finish-run updates that waited for these results.
                auto *finishes = new PendingFinishes(m_directory, m_client, m_client);
                connect(finishes, &PendingFinishes::finished, this, [this, finishes, submission, summary] {
                    QString text = summary;
                    for (const QString &run : finishes->finishedRuns())
                        text += u' ' + tr("Run %1 finished: its results were all delivered.").arg(run);
                    for (const QString &problem : finishes->problems())
                        text += u' ' + problem;
                    finishRetry(submission->failed() == 0 && finishes->problems().isEmpty(), text);
                });
                finishes->start();
            });
            m_status->setText(tr("Sending…"));
            submission->start();
        });
}

QString OutboxDialog::othersSending(const QString &server)
{
    return tr("Another process is sending the results that wait for %1 now; they stay in the outbox until "
              "the server has confirmed them.")
        .arg(server);
}

void OutboxDialog::finishRetry(bool ok, const QString &summary)
{
    m_progress->setVisible(false);
    m_client->deleteLater();
    m_client = nullptr;
    refresh();
    m_status->setText(summary);
    emit retryFinished(ok, summary);
}

void OutboxDialog::dropSelected()
{
    QSet<QString> selected;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        selected.insert(m_table->item(index.row(), 0)->text());
    // What cannot be dropped is said before the question, which is asked only of the rest: a batch
    // another process is sending, a file that is not the outbox's.
    QStringList ids;
    QStringList refusals;
    Outbox outbox(m_directory);
    QString error;
    for (const Outbox::Batch &batch : outbox.list(&error)) {
        if (!selected.contains(batch.id))
            continue;
        if (const QString why = outbox.whyNotDroppable(batch); !why.isEmpty())
            refusals.append(why);
        else
            ids.append(batch.id);
    }
    m_status->setText(refusals.join(u' '));
    if (ids.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Drop from the outbox"),
            tr("Remove %Ln batches without sending them? Their results are lost for good.", nullptr,
                int(ids.size())))
        != QMessageBox::Yes)
        return;
    for (const QString &id : std::as_const(ids)) {
        if (!outbox.drop(id, &error))
            break;
    }
    refresh();
    refusals.append(error);
    if (!refusals.join(QString()).isEmpty())
        m_status->setText(refusals.join(u' ').trimmed());
}

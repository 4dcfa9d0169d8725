#include "runcomposer.h"

#include "icons.h"

#include "gitprobe.h"
#include "machineinfo.h"
#include "projectenvironment.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {

// A JSON object typed by the user; empty text is an empty object.
bool parseJsonObject(const QString &text, QJsonObject *object, QString *error)
{
    if (text.trimmed().isEmpty()) {
        *object = {};
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = RunComposer::tr("not valid JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = RunComposer::tr("not a JSON object ({...})");
        return false;
    }
    *object = doc.object();
    return true;
}

QString scalarText(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            parts.append(item.toString());
        return parts.join(u", "_s);
    }
    return value.toVariant().toString();
}

// A view in the scrolling left pane is as tall as its rows (at least `minimum`), with no scroll
// bar of its own: one scroll bar for the pane, not one inside another.
void fitToRows(QAbstractItemView *view, int minimum)
{
    int height = 2 * view->frameWidth();
    if (auto *table = qobject_cast<QTableView *>(view)) {
        height += table->horizontalHeader()->sizeHint().height();
        height += std::max(minimum, int(table->model()->rowCount()))
            * table->verticalHeader()->defaultSectionSize();
    } else if (auto *tree = qobject_cast<QTreeView *>(view)) {
        height += tree->header()->sizeHint().height();
        const int rows = tree->model()->rowCount();
        const int rowHeight = rows > 0 ? tree->sizeHintForRow(0) : tree->fontMetrics().height() + 6;
        height += std::max(minimum, rows) * rowHeight;
    }
    view->setFixedHeight(height);
}

} // namespace

RunComposer::RunComposer(QWidget *parent)
    : QWidget(parent)
    , m_reason(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_tags(new QTableWidget(0, 2, this))
    , m_repository(new QLineEdit(this))
    , m_commit(new QLineEdit(this))
    , m_prNumber(new QLineEdit(this))
    , m_branch(new QLineEdit(this))
    , m_gitNote(new QLabel(this))
    , m_repositoryProblem(new QLabel(this))
    , m_commitProblem(new QLabel(this))
    , m_clusterInfoProblem(new QLabel(this))
    , m_errorInfoProblem(new QLabel(this))
    , m_machineChoice(new QRadioButton(tr("Th&is machine"), this))
    , m_clusterChoice(new QRadioButton(tr("&A cluster"), this))
    , m_machineStack(new QStackedWidget(this))
    , m_hostName(new QLineEdit(this))
    , m_machineView(new QTreeWidget(this))
    , m_clusterName(new QLineEdit(this))
    , m_clusterInfo(new QPlainTextEdit(this))
    , m_errorType(new QLineEdit(this))
    , m_errorInfo(new QPlainTextEdit(this))
    , m_git(new GitProbe(this))
{
    // --- Run -----------------------------------------------------------------------------------
    auto *runBox = new QGroupBox(tr("Run"), this);
    m_reason->setObjectName(u"runReason"_s);
    m_reason->setEditable(true);
    m_reason->addItems({u"commit"_s, u"pull-request"_s, u"nightly"_s, u"manual"_s});
    m_reason->setToolTip(tr("Why the benchmarks ran (the run's reason; each result's run_reason)"));
    m_name->setObjectName(u"runName"_s);
    m_name->setClearButtonEnabled(true);
    m_name->setToolTip(tr("The run's name. Empty: \"REASON: COMMIT\" when both are known."));
    m_tags->setObjectName(u"runTags"_s);
    m_tags->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_tags->horizontalHeader()->setStretchLastSection(true);
    m_tags->verticalHeader()->setVisible(false);
    m_tags->setToolTip(tr("Run tags, sent as each result's run_tags (servers since late 2023 store them)"));
    // The left pane scrolls as a whole: the table is as tall as its rows, with no scroll bar of its own.
    m_tags->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tags->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tags->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_tags->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    fitToRows(m_tags, 2);
    auto *addTag = new QToolButton(this);
    addTag->setIcon(Icons::icon(u"add"_s));
    addTag->setToolTip(tr("Add a run tag"));
    auto *removeTag = new QToolButton(this);
    removeTag->setIcon(Icons::icon(u"remove"_s));
    removeTag->setToolTip(tr("Remove the selected run tag"));
    auto *tagButtons = new QVBoxLayout;
    tagButtons->addWidget(addTag);
    tagButtons->addWidget(removeTag);
    tagButtons->addStretch();
    auto *tagRow = new QHBoxLayout;
    tagRow->addWidget(m_tags, 1);
    tagRow->addLayout(tagButtons);
    auto *runForm = new QFormLayout(runBox);
    runForm->addRow(tr("Rea&son:"), m_reason);
    runForm->addRow(tr("&Name:"), m_name);
    auto *tagsLabel = new QLabel(tr("Run ta&gs:"), this);
    tagsLabel->setBuddy(m_tags);
    runForm->addRow(tagsLabel, tagRow);

    // --- GitHub --------------------------------------------------------------------------------
    auto *githubBox = new QGroupBox(tr("GitHub"), this);
    m_repository->setObjectName(u"githubRepository"_s);
    m_repository->setPlaceholderText(tr("org/repo"));
    m_repository->setToolTip(tr("The benchmarked repository (CONBENCH_PROJECT_REPOSITORY)"));
    m_commit->setObjectName(u"githubCommit"_s);
    m_commit->setPlaceholderText(tr("40-character commit SHA"));
    m_commit->setToolTip(tr("The benchmarked commit (CONBENCH_PROJECT_COMMIT)"));
    m_prNumber->setObjectName(u"githubPrNumber"_s);
    m_prNumber->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,9}"_s), m_prNumber));
    m_prNumber->setPlaceholderText(tr("its number; none: a default-branch run"));
    m_prNumber->setToolTip(tr("The pull request's number (CONBENCH_PROJECT_PR_NUMBER)"));
    m_branch->setObjectName(u"githubBranch"_s);
    m_branch->setPlaceholderText(tr("org:branch, rarely needed"));
    m_branch->setToolTip(
        tr("A commit that is not on the default branch and has no pull request (github.branch)"));
    auto *fromGit = new QPushButton(Icons::icon(u"folder"_s), tr("From a git chec&kout…"), this);
    fromGit->setObjectName(u"fromGitCheckout"_s);
    fromGit->setToolTip(tr("Fill the repository and commit from a local git checkout"));
    m_gitNote->setWordWrap(true);
    m_gitNote->setVisible(false);
    auto *githubForm = new QFormLayout(githubBox);
    m_repositoryProblem->setObjectName(u"githubRepositoryProblem"_s);
    m_commitProblem->setObjectName(u"githubCommitProblem"_s);
    m_clusterInfoProblem->setObjectName(u"clusterInfoProblem"_s);
    m_errorInfoProblem->setObjectName(u"errorInfoProblem"_s);
    for (QLabel *problem : {m_repositoryProblem, m_commitProblem, m_clusterInfoProblem, m_errorInfoProblem}) {
        problem->setWordWrap(true);
        problem->setVisible(false);
        QPalette palette = problem->palette();
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
        problem->setPalette(palette);
    }
    githubForm->addRow(tr("Re&pository:"), m_repository);
    githubForm->addRow(QString(), m_repositoryProblem);
    githubForm->addRow(tr("&Commit:"), m_commit);
    githubForm->addRow(QString(), m_commitProblem);
    githubForm->addRow(tr("Pull re&quest:"), m_prNumber);
    githubForm->addRow(tr("&Branch:"), m_branch);
    githubForm->addRow(QString(), fromGit);
    githubForm->addRow(QString(), m_gitNote);

    // --- Machine / cluster ---------------------------------------------------------------------
    auto *machineBox = new QGroupBox(tr("Hardware"), this);
    m_machineChoice->setObjectName(u"useMachine"_s);
    m_clusterChoice->setObjectName(u"useCluster"_s);
    m_machineChoice->setChecked(true);
    m_machineChoice->setToolTip(tr("Send this machine's machine_info"));
    m_clusterChoice->setToolTip(tr("Send cluster_info instead of machine_info"));
    auto *choice = new QButtonGroup(this);
    choice->addButton(m_machineChoice);
    choice->addButton(m_clusterChoice);
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_machineChoice);
    choiceRow->addWidget(m_clusterChoice);
    choiceRow->addStretch();

    auto *machinePage = new QWidget(this);
    m_hostName->setObjectName(u"hostNameOverride"_s);
    m_hostName->setToolTip(
        tr("Send this name as machine_info.name instead of the host name (CONBENCH_MACHINE_INFO_NAME)"));
    m_hostName->setClearButtonEnabled(true);
    m_machineView->setObjectName(u"machineInfo"_s);
    m_machineView->setColumnCount(2);
    m_machineView->setHeaderLabels({tr("Field"), tr("Value")});
    m_machineView->setRootIsDecorated(false);
    m_machineView->setUniformRowHeights(true);
    m_machineView->setAlternatingRowColors(true);
    m_machineView->setToolTip(tr("The machine_info that will be sent (read-only)"));
    // As tall as what it holds: the left pane scrolls as a whole.
    m_machineView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_machineView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *loading = new QTreeWidgetItem(m_machineView, {tr("Collecting…"), QString()});
    Q_UNUSED(loading);
    fitToRows(m_machineView, 1);
    auto *machineForm = new QFormLayout(machinePage);
    machineForm->setContentsMargins(0, 0, 0, 0);
    machineForm->addRow(tr("Host name o&verride:"), m_hostName);
    machineForm->addRow(m_machineView);

    auto *clusterPage = new QWidget(this);
    m_clusterName->setObjectName(u"clusterName"_s);
    m_clusterName->setToolTip(tr("The cluster's distinct name (cluster_info.name)"));
    m_clusterInfo->setObjectName(u"clusterInfo"_s);
    m_clusterInfo->setPlaceholderText(tr("{\"nodes\": 4, \"workers\": 32}"));
    m_clusterInfo->setToolTip(tr("What sets the cluster apart, as a JSON object (cluster_info.info)"));
    m_clusterInfo->setTabChangesFocus(true);
    auto *clusterForm = new QFormLayout(clusterPage);
    clusterForm->setContentsMargins(0, 0, 0, 0);
    clusterForm->addRow(tr("Cluster na&me:"), m_clusterName);
    clusterForm->addRow(tr("Cluster inf&o (JSON):"), m_clusterInfo);
    clusterForm->addRow(QString(), m_clusterInfoProblem);
    m_machineStack->addWidget(machinePage);
    m_machineStack->addWidget(clusterPage);
    auto *machineLayout = new QVBoxLayout(machineBox);
    machineLayout->addLayout(choiceRow);
    machineLayout->addWidget(m_machineStack);

    // --- Finish --------------------------------------------------------------------------------
    auto *finishBox = new QGroupBox(tr("When the run failed"), this);
    m_errorType->setObjectName(u"errorType"_s);
    m_errorType->setPlaceholderText(tr("empty: the run succeeded"));
    m_errorType->setToolTip(tr("Sent as the run's error_type when the run is finished"));
    m_errorInfo->setObjectName(u"errorInfo"_s);
    m_errorInfo->setPlaceholderText(tr("{\"step\": \"join\"}"));
    m_errorInfo->setToolTip(tr("Sent as the run's error_info (a JSON object) when the run is finished"));
    m_errorInfo->setTabChangesFocus(true);
    m_errorInfo->setMaximumHeight(m_errorInfo->fontMetrics().lineSpacing() * 4 + 12);
    auto *finishForm = new QFormLayout(finishBox);
    finishForm->addRow(tr("Error t&ype:"), m_errorType);
    finishForm->addRow(tr("Error &details (JSON):"), m_errorInfo);
    finishForm->addRow(QString(), m_errorInfoProblem);

    // Tab goes top to bottom, left to right (the tag buttons sit right of the tag table).
    const QList<QWidget *> order {m_reason, m_name, m_tags, addTag, removeTag, m_repository, m_commit,
        m_prNumber, m_branch, fromGit, m_machineChoice, m_clusterChoice, m_hostName, m_machineView,
        m_clusterName, m_clusterInfo, m_errorType, m_errorInfo};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(runBox);
    layout->addWidget(githubBox);
    layout->addWidget(machineBox);
    layout->addWidget(finishBox);
    layout->addStretch();

    connect(addTag, &QToolButton::clicked, this, [this] {
        addTagRow();
        m_tags->setCurrentCell(m_tags->rowCount() - 1, 0);
        m_tags->editItem(m_tags->item(m_tags->rowCount() - 1, 0));
    });
    connect(removeTag, &QToolButton::clicked, this, [this] {
        if (m_tags->currentRow() >= 0) {
            m_tags->removeRow(m_tags->currentRow());
            fitToRows(m_tags, 2);
            emit changed();
        }
    });
    connect(m_tags, &QTableWidget::itemChanged, this, &RunComposer::changed);
    connect(fromGit, &QPushButton::clicked, this, &RunComposer::chooseGitCheckout);
    connect(m_machineChoice, &QRadioButton::toggled, this, [this](bool machine) {
        m_machineStack->setCurrentIndex(machine ? 0 : 1);
        emit changed();
    });
    for (QLineEdit *edit :
        {m_name, m_repository, m_commit, m_prNumber, m_branch, m_hostName, m_clusterName, m_errorType})
        connect(edit, &QLineEdit::textChanged, this, &RunComposer::changed);
    connect(m_reason, &QComboBox::currentTextChanged, this, &RunComposer::changed);
    // A field's problem is shown next to it as it is typed, not only when submitting.
    connect(m_repository, &QLineEdit::textChanged, this, &RunComposer::checkFields);
    connect(m_commit, &QLineEdit::textChanged, this, &RunComposer::checkFields);
    connect(m_clusterInfo, &QPlainTextEdit::textChanged, this, &RunComposer::checkFields);
    connect(m_errorInfo, &QPlainTextEdit::textChanged, this, &RunComposer::checkFields);
    connect(m_clusterInfo, &QPlainTextEdit::textChanged, this, &RunComposer::changed);
    connect(m_errorInfo, &QPlainTextEdit::textChanged, this, &RunComposer::changed);
    connect(this, &RunComposer::changed, this, &RunComposer::updateNamePlaceholder);
    connect(m_hostName, &QLineEdit::textChanged, this, [this] {
        if (!m_machineInfo.isEmpty())
            showMachineInfo(m_machineInfo);
    });

    connect(m_git, &GitProbe::finished, this,
        [this](const QString &commit, const QString &remote, const QString &error) {
            m_gitNote->setVisible(true);
            if (!error.isEmpty()) {
                m_gitNote->setText(error);
                emit logMessage(error);
                emit gitCheckoutRead(false);
                return;
            }
            m_commit->setText(commit);
            const QString repository = ProjectEnvironment::normalizeRepository(remote);
            if (!repository.isEmpty())
                m_repository->setText(repository.mid(QStringLiteral("https://github.com/").size()));
            const QString note = repository.isEmpty()
                ? tr("Commit read from %1; its origin (%2) is not on GitHub: enter the repository.")
                      .arg(m_gitDirectory, remote.isEmpty() ? tr("none") : remote)
                : tr("Read from %1.").arg(m_gitDirectory);
            m_gitNote->setText(note);
            emit logMessage(tr("Git checkout %1: commit %2, origin %3").arg(m_gitDirectory, commit, remote));
            emit gitCheckoutRead(true);
        });

    // Machine facts come from lscpu, /proc and nvidia-smi: gathered off the UI thread.
    auto *watcher = new QFutureWatcher<QJsonObject>(this);
    connect(watcher, &QFutureWatcher<QJsonObject>::finished, this, [this, watcher] {
        m_machineInfo = watcher->result();
        watcher->deleteLater();
        if (m_hostName->placeholderText().isEmpty())
            m_hostName->setPlaceholderText(m_machineInfo.value("name"_L1).toString());
        showMachineInfo(m_machineInfo);
        emit changed();
    });
    watcher->setFuture(QtConcurrent::run([] { return MachineInfo::current(); }));
    updateNamePlaceholder();
}

void RunComposer::addTagRow(const QString &key, const QString &value)
{
    const QSignalBlocker blocker(m_tags);
    const int row = m_tags->rowCount();
    m_tags->insertRow(row);
    m_tags->setItem(row, 0, new QTableWidgetItem(key));
    m_tags->setItem(row, 1, new QTableWidgetItem(value));
    fitToRows(m_tags, 2);
}

QString RunComposer::reason() const
{
    return m_reason->currentText().trimmed();
}
QString RunComposer::repository() const
{
    return m_repository->text().trimmed();
}
QString RunComposer::commit() const
{
    return m_commit->text().trimmed();
}
QString RunComposer::prNumber() const
{
    return m_prNumber->text().trimmed();
}
QString RunComposer::branch() const
{
    return m_branch->text().trimmed();
}
QString RunComposer::hostNameOverride() const
{
    return m_hostName->text().trimmed();
}
bool RunComposer::usesCluster() const
{
    return m_clusterChoice->isChecked();
}

QJsonObject RunComposer::machineInfo() const
{
    const QJsonObject info = m_machineInfo.isEmpty() ? MachineInfo::current() : m_machineInfo;
    return MachineInfo::withNameOverride(info, hostNameOverride());
}

void RunComposer::updateNamePlaceholder()
{
    const QString r = reason().isEmpty() ? tr("REASON") : reason();
    const QString c = commit().isEmpty() ? tr("COMMIT") : commit();
    if (reason().isEmpty() || commit().isEmpty())
        m_name->setPlaceholderText(tr("\"%1: %2\" when a reason and a commit are given").arg(r, c));
    else
        m_name->setPlaceholderText(u"%1: %2"_s.arg(r, c));
}

void RunComposer::showMachineInfo(const QJsonObject &info)
{
    const QJsonObject shown = MachineInfo::withNameOverride(info, hostNameOverride());
    m_machineView->clear();
    const QStringList fields = MachineInfo::fieldNames();
    for (const QString &field : fields)
        new QTreeWidgetItem(m_machineView, {field, scalarText(shown.value(field))});
    m_machineView->resizeColumnToContents(0);
    fitToRows(m_machineView, 1);
}

QJsonObject RunComposer::runTags() const
{
    QJsonObject tags;
    for (int row = 0; row < m_tags->rowCount(); ++row) {
        const QString key = m_tags->item(row, 0) ? m_tags->item(row, 0)->text().trimmed() : QString();
        const QString value = m_tags->item(row, 1) ? m_tags->item(row, 1)->text() : QString();
        if (!key.isEmpty())
            tags.insert(key, value);
    }
    return tags;
}

QString RunComposer::problem() const
{
    if (repository().isEmpty() && commit().isEmpty()) {
        if (!prNumber().isEmpty() || !branch().isEmpty())
            return tr("A pull request number or branch needs a repository and a commit.");
    } else {
        if (commit().isEmpty())
            return tr("The commit is missing: a run with a GitHub repository needs the commit it "
                      "benchmarked (or no repository).");
        if (repository().isEmpty())
            return tr("The GitHub repository is missing: a run with a commit needs its repository (or "
                      "no commit).");
        if (ProjectEnvironment::normalizeRepository(repository()).isEmpty())
            return tr("\"%1\" is not a GitHub repository; use org/repo or https://github.com/org/repo.")
                .arg(repository());
        if (!ProjectEnvironment::isCommitHash(commit()))
            return tr("The commit \"%1\" is not a 40-character hexadecimal SHA.").arg(commit());
    }
    if (usesCluster()) {
        if (m_clusterName->text().trimmed().isEmpty())
            return tr("The cluster needs a name.");
        QJsonObject info;
        QString why;
        if (!parseJsonObject(m_clusterInfo->toPlainText(), &info, &why))
            return tr("The cluster info is %1.").arg(why);
    }
    return {};
}

bool RunComposer::composeRun(QJsonObject *run, QString *error) const
{
    if (const QString why = problem(); !why.isEmpty()) {
        *error = why;
        return false;
    }
    QJsonObject r;
    if (!reason().isEmpty())
        r.insert("reason"_L1, reason());
    if (!m_name->text().trimmed().isEmpty())
        r.insert("name"_L1, m_name->text().trimmed());

    if (repository().isEmpty() && commit().isEmpty()) {
        r.insert("github"_L1, QJsonValue::Null); // no commit context
    } else {
        QJsonObject github {{"repository"_L1, repository()}, {"commit"_L1, commit()}};
        if (!prNumber().isEmpty())
            github.insert("pr_number"_L1, prNumber().toLongLong());
        if (!branch().isEmpty())
            github.insert("branch"_L1, branch());
        r.insert("github"_L1, github);
    }

    if (usesCluster()) {
        QJsonObject info;
        QString why;
        parseJsonObject(m_clusterInfo->toPlainText(), &info, &why);
        r.insert("cluster_info"_L1,
            QJsonObject {{"name"_L1, m_clusterName->text().trimmed()}, {"info"_L1, info},
                {"optional_info"_L1, QJsonObject()}});
    } else {
        r.insert("machine_info"_L1, machineInfo());
    }
    *run = r;
    return true;
}

bool RunComposer::composeFinish(QJsonObject *update, QString *error) const
{
    QJsonObject u;
    if (!m_errorType->text().trimmed().isEmpty())
        u.insert("error_type"_L1, m_errorType->text().trimmed());
    QJsonObject info;
    QString why;
    if (!parseJsonObject(m_errorInfo->toPlainText(), &info, &why)) {
        *error = tr("The error info is %1.").arg(why);
        return false;
    }
    if (!info.isEmpty())
        u.insert("error_info"_L1, info);
    *update = u;
    return true;
}

void RunComposer::restore(const QSettings &settings)
{
    const QString r = settings.value(u"run/reason"_s, u"commit"_s).toString();
    m_reason->setCurrentText(r);
    // The run's name, tags, commit, pull request and branch belong to one run: a new session starts
    // without them, so that today's results are not sent under yesterday's commit.
    m_repository->setText(settings.value(u"github/repository"_s).toString());
    m_hostName->setText(settings.value(u"machine/hostName"_s).toString());
    (settings.value(u"machine/cluster"_s).toBool() ? m_clusterChoice : m_machineChoice)->setChecked(true);
    m_clusterName->setText(settings.value(u"machine/clusterName"_s).toString());
    m_clusterInfo->setPlainText(settings.value(u"machine/clusterInfo"_s).toString());
}

void RunComposer::save(QSettings &settings) const
{
    settings.setValue(u"run/reason"_s, reason());
    settings.setValue(u"github/repository"_s, repository());
    for (const char *perRun : {"run/name", "run/tags", "github/commit", "github/prNumber", "github/branch"})
        settings.remove(QString::fromLatin1(perRun)); // written by earlier versions
    settings.setValue(u"machine/hostName"_s, hostNameOverride());
    settings.setValue(u"machine/cluster"_s, usesCluster());
    settings.setValue(u"machine/clusterName"_s, m_clusterName->text());
    settings.setValue(u"machine/clusterInfo"_s, m_clusterInfo->toPlainText());
}

void RunComposer::applyEnvironment(const QProcessEnvironment &env)
{
    const auto value
        = [&env](const QString &name) { return ProjectEnvironment::variable(env, name, nullptr); };
    const QString repository = value(u"CONBENCH_PROJECT_REPOSITORY"_s);
    const QString commit = value(u"CONBENCH_PROJECT_COMMIT"_s);
    QString pr = value(u"CONBENCH_PROJECT_PR_NUMBER"_s);
    if (pr.isEmpty())
        pr = value(u"BENCHMARKABLE_PR_NUMBER"_s);
    if (!repository.isEmpty() || !commit.isEmpty()) {
        const QString url = ProjectEnvironment::normalizeRepository(repository);
        m_repository->setText(
            url.isEmpty() ? repository : url.mid(QStringLiteral("https://github.com/").size()));
        m_commit->setText(commit);
        m_prNumber->setText(pr);
        m_branch->clear();
    }
    const QString host = value(u"CONBENCH_MACHINE_INFO_NAME"_s);
    if (!host.isEmpty())
        m_hostName->setText(host);
}

void RunComposer::chooseGitCheckout()
{
    const QString directory
        = QFileDialog::getExistingDirectory(this, tr("Choose a git checkout"), m_gitDirectory);
    if (!directory.isEmpty())
        readGitCheckout(directory);
}

void RunComposer::readGitCheckout(const QString &directory)
{
    m_gitDirectory = directory;
    m_gitNote->setVisible(true);
    m_gitNote->setText(tr("Reading %1…").arg(directory));
    m_git->start(directory);
}

void RunComposer::checkFields()
{
    const QString repo = repository();
    const bool badRepository = !repo.isEmpty() && ProjectEnvironment::normalizeRepository(repo).isEmpty();
    m_repositoryProblem->setText(badRepository
            ? tr("Not a GitHub repository: use org/repo or https://github.com/org/repo.")
            : QString());
    m_repositoryProblem->setVisible(badRepository);
    // One of the two alone cannot be sent: the empty one says it needs a value.
    const bool missingRepository = repo.isEmpty() && !commit().isEmpty();
    if (missingRepository) {
        m_repositoryProblem->setText(tr("Needed: the run has a commit, so it needs its repository."));
        m_repositoryProblem->setVisible(true);
    }
    const bool badCommit = !commit().isEmpty() && !ProjectEnvironment::isCommitHash(commit());
    const bool missingCommit = !repo.isEmpty() && commit().isEmpty();
    m_commitProblem->setText(badCommit
            ? tr("Not a full commit SHA: it has 40 hexadecimal characters (git rev-parse HEAD).")
            : missingCommit
            ? tr("Needed: the run has a repository, so it needs the commit (git rev-parse HEAD).")
            : QString());
    m_commitProblem->setVisible(badCommit || missingCommit);
    const auto checkJson = [](QPlainTextEdit *edit, QLabel *problem) {
        QJsonObject object;
        QString why;
        const bool bad = !parseJsonObject(edit->toPlainText(), &object, &why);
        problem->setText(bad ? tr("Not a JSON object: %1.").arg(why) : QString());
        problem->setVisible(bad);
    };
    checkJson(m_clusterInfo, m_clusterInfoProblem);
    checkJson(m_errorInfo, m_errorInfoProblem);
}

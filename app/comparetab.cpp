#include "comparetab.h"

#include "conbenchclient.h"
#include "icons.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QRegularExpression>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString formatNumber(const std::optional<double> &value, int decimals = -1, const QString &suffix = {})
{
    if (!value)
        return u"\u2014"_s;
    if (decimals < 0)
        return QString::number(*value, 'g', 6);
    return (*value > 0 ? u"+"_s : QString()) + QString::number(*value, 'f', decimals) + suffix;
}

// A background that stands out from the palette's base without leaving the palette's lightness.
QColor tint(const QColor &base, const QColor &accent)
{
    const double a = 0.22;
    return QColor::fromRgbF(float(base.redF() * (1 - a) + accent.redF() * a),
        float(base.greenF() * (1 - a) + accent.greenF() * a),
        float(base.blueF() * (1 - a) + accent.blueF() * a));
}

} // namespace

// --- ComparisonModel --------------------------------------------------------------------------

void ComparisonModel::setRows(const QList<ComparisonRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VerdictColumn:
        return tr("Verdict");
    case BenchmarkColumn:
        return tr("Benchmark");
    case UnitColumn:
        return tr("Unit");
    case BaselineColumn:
        return tr("Baseline");
    case ContenderColumn:
        return tr("Contender");
    case ChangeColumn:
        return tr("Change");
    case ZScoreColumn:
        return tr("z-score");
    default:
        return {};
    }
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ComparisonRow &row = m_rows.at(index.row());
    using V = ComparisonRow::Verdict;
    const bool alarming = row.verdict == V::Regression || row.verdict == V::Error;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VerdictColumn:
            return ComparisonRow::verdictName(row.verdict);
        case BenchmarkColumn:
            return row.label();
        case UnitColumn:
            return row.unitText();
        case BaselineColumn:
            return formatNumber(row.baseline);
        case ContenderColumn:
            return formatNumber(row.contender);
        case ChangeColumn:
            return formatNumber(row.change, 1, u" %"_s);
        case ZScoreColumn:
            return formatNumber(row.zScore, 2);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case VerdictColumn: {
            // Regressions first, as the command line orders them.
            static const QList<V> order
                = {V::Regression, V::Error, V::Missing, V::NotCompared, V::Improvement, V::New, V::NoChange};
            return int(order.indexOf(row.verdict));
        }
        case BaselineColumn:
            return row.baseline ? *row.baseline : -HUGE_VAL;
        case ContenderColumn:
            return row.contender ? *row.contender : -HUGE_VAL;
        case ChangeColumn:
            return row.change ? *row.change : HUGE_VAL;
        case ZScoreColumn:
            return row.zScore ? *row.zScore : HUGE_VAL;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (index.column() != VerdictColumn)
            return {};
        if (row.verdict == V::Regression)
            return Icons::icon(u"failed"_s);
        if (row.verdict == V::Error)
            return Icons::icon(u"invalid"_s);
        if (row.verdict == V::Improvement)
            return Icons::icon(u"valid"_s);
        return {};
    case Qt::FontRole:
        if (alarming) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (alarming)
            return tint(QPalette().color(QPalette::Base), QColor(0xd0, 0x30, 0x30));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= BaselineColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        // The note says why a row is an error or not compared.
        const QString text = row.note.isEmpty() ? row.label() : row.label() + u'\n' + row.note;
        if (row.link.isValid())
            return tr("%1\nDouble-click to open the result's page: %2").arg(text, row.link.toDisplayString());
        return text;
    }
    case LinkRole:
        return row.link;
    default:
        return {};
    }
}

// --- CompareTab -------------------------------------------------------------------------------

CompareTab::CompareTab(SettingsProvider settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(std::move(settings))
{
    setObjectName(u"compareTab"_s);
    m_run = new QLineEdit(this);
    m_run->setObjectName(u"compareRun"_s);
    m_run->setPlaceholderText(tr("The run to compare (the last one submitted)"));
    m_baseline = new QComboBox(this);
    m_baseline->setObjectName(u"compareBaseline"_s);
    m_baseline->setEditable(true);
    m_baseline->setInsertPolicy(QComboBox::NoInsert);
    m_baseline->addItem(tr("First candidate the server offers"), QString());
    m_baseline->addItem(tr("Parent commit"), u"parent"_s);
    m_baseline->addItem(tr("Fork point"), u"fork_point"_s);
    m_baseline->addItem(tr("Latest default-branch commit"), u"latest_default"_s);
    m_baseline->setToolTip(tr("A candidate baseline the server names, or type the id of a baseline run"));
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setObjectName(u"compareThreshold"_s);
    m_threshold->setRange(0, 10000);
    m_threshold->setDecimals(1);
    m_threshold->setSuffix(u" %"_s);
    m_threshold->setSpecialValueText(tr("server default"));
    m_threshold->setToolTip(tr("A change larger than this is a regression or improvement"));
    m_thresholdZ = new QDoubleSpinBox(this);
    m_thresholdZ->setObjectName(u"compareThresholdZ"_s);
    m_thresholdZ->setRange(0, 1000);
    m_thresholdZ->setDecimals(1);
    m_thresholdZ->setSpecialValueText(tr("server default"));
    m_thresholdZ->setToolTip(tr("A lookback z-score beyond this is a regression or improvement"));
    m_compareButton = new QPushButton(tr("Compare"), this);
    m_compareButton->setObjectName(u"compareButton"_s);
    m_compareButton->setToolTip(tr("Read the comparison from the server again (its z-scores change as "
                                   "history arrives)"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"compareFilter"_s);
    m_filter->setPlaceholderText(tr("Filter benchmarks"));
    m_filter->setClearButtonEnabled(true);
    m_message = new QLabel(this);
    m_message->setObjectName(u"compareMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_message->setOpenExternalLinks(true);
    m_message->setText(tr("Submit a run, or enter a run's id, then compare it with its baseline."));

    m_model = new ComparisonModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ComparisonModel::SortRole);
    m_proxy->setFilterKeyColumn(ComparisonModel::BenchmarkColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setObjectName(u"compareTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the order the comparison has
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(ComparisonModel::BenchmarkColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    // Two rows: what to compare, then how.
    auto *form = new QHBoxLayout;
    auto *runLabel = new QLabel(tr("Run:"), this);
    runLabel->setBuddy(m_run);
    auto *baselineLabel = new QLabel(tr("Baseline:"), this);
    baselineLabel->setBuddy(m_baseline);
    auto *thresholdLabel = new QLabel(tr("Threshold:"), this);
    thresholdLabel->setBuddy(m_threshold);
    auto *zLabel = new QLabel(tr("z:"), this);
    zLabel->setBuddy(m_thresholdZ);
    m_run->setMinimumWidth(m_run->fontMetrics().horizontalAdvance(QString(32, u'0')) + 12);
    form->addWidget(runLabel);
    form->addWidget(m_run, 3);
    form->addWidget(baselineLabel);
    form->addWidget(m_baseline, 2);
    auto *how = new QHBoxLayout;
    how->addWidget(thresholdLabel);
    how->addWidget(m_threshold);
    how->addWidget(zLabel);
    how->addWidget(m_thresholdZ);
    how->addStretch(1);
    how->addWidget(m_compareButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addLayout(how);
    layout->addWidget(m_message);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);

    connect(m_compareButton, &QPushButton::clicked, this, &CompareTab::compare);
    connect(m_run, &QLineEdit::returnPressed, this, &CompareTab::compare);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, [this](const QString &text) {
        m_proxy->setFilterRegularExpression(QRegularExpression(
            QRegularExpression::escape(text.trimmed()), QRegularExpression::CaseInsensitiveOption));
    });
    connect(m_table, &QTableView::doubleClicked, this, [](const QModelIndex &index) {
        const QUrl link = index.data(ComparisonModel::LinkRole).toUrl();
        if (link.isValid())
            QDesktopServices::openUrl(link);
    });
}

CompareTab::~CompareTab()
{
    if (m_comparison)
        m_comparison->disconnect(this);
}

void CompareTab::setRunId(const QString &runId, bool autoCompare)
{
    m_run->setText(runId);
    m_comparePending = false;
    if (autoCompare && !runId.isEmpty()) {
        // Compared when the tab is seen: a submission does not wait for it.
        if (isVisible())
            compare();
        else
            m_comparePending = true;
    }
}

void CompareTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_comparePending) {
        m_comparePending = false;
        compare();
    }
}

QString CompareTab::runId() const
{
    return m_run->text().trimmed();
}

void CompareTab::setBaseline(const QString &baseline)
{
    const int index = m_baseline->findData(baseline);
    if (index >= 0)
        m_baseline->setCurrentIndex(index);
    else
        m_baseline->setEditText(baseline);
}

QString CompareTab::message() const
{
    return m_message->text();
}

void CompareTab::showMessage(const QString &text, bool problem)
{
    m_message->setTextFormat(Qt::RichText);
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
        problem ? tint(palette.color(QPalette::WindowText), QColor(0xd0, 0x30, 0x30))
                : QWidget::palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
}

void CompareTab::compare()
{
    if (m_comparison) { // the button says Cancel while the server is asked
        m_comparison->abort();
        return;
    }
    const QString run = runId();
    if (run.isEmpty()) {
        showMessage(tr("Enter the id of the run to compare.").toHtmlEscaped(), true);
        return;
    }
    ClientSettings settings;
    QString error;
    if (!m_settings || !m_settings(&settings, &error)) {
        showMessage((error.isEmpty() ? tr("Set the server first.") : error).toHtmlEscaped(), true);
        return;
    }
    Comparison::Options options;
    options.contenderRunId = run;
    const int index = m_baseline->findText(m_baseline->currentText());
    options.baseline
        = index >= 0 ? m_baseline->itemData(index).toString() : m_baseline->currentText().trimmed();
    if (m_threshold->value() > 0)
        options.threshold = m_threshold->value();
    if (m_thresholdZ->value() > 0)
        options.thresholdZ = m_thresholdZ->value();

    m_client = std::make_unique<ConbenchClient>(settings);
    m_comparison = new Comparison(m_client.get(), options, this);
    connect(m_comparison, &Comparison::finished, this, &CompareTab::finished);
    m_compareButton->setText(tr("Cancel"));
    showMessage(tr("Comparing run %1…").arg(run).toHtmlEscaped(), false);
    m_comparison->start();
}

void CompareTab::finished()
{
    Comparison *comparison = m_comparison;
    if (!comparison)
        return;
    m_comparison = nullptr;
    comparison->deleteLater();
    m_compareButton->setText(tr("Refresh"));
    if (comparison->outcome() != ApiCall::Outcome::Success) {
        m_model->setRows({});
        showMessage(comparison->message().toHtmlEscaped(), true);
        emit comparisonFinished(false);
        return;
    }
    const ComparisonReport &report = comparison->report();
    for (const ComparisonReport::Candidate &candidate : report.candidates) {
        const int index = m_baseline->findData(candidate.kind);
        if (index >= 0)
            m_baseline->setItemData(index,
                candidate.runId.isEmpty() ? tr("None: %1").arg(candidate.error)
                                          : tr("Run %1").arg(candidate.runId),
                Qt::ToolTipRole);
    }
    m_model->setRows(report.rows);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_proxy->sort(-1);
    if (!report.hasBaseline()) {
        showMessage(tr("Run %1 has no baseline to compare with: %2")
                        .arg(report.contenderRunId, report.noBaselineReason)
                        .toHtmlEscaped(),
            false);
    } else {
        QString text = tr("Run %1 compared with baseline run %2: %3.")
                           .arg(report.contenderRunId, report.baselineRunId, report.summary())
                           .toHtmlEscaped();
        if (report.compareLink.isValid())
            text += u" <a href=\"%1\">%2</a>"_s.arg(
                report.compareLink.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                tr("Open the comparison on the server"));
        showMessage(text, report.count(ComparisonRow::Verdict::Regression) > 0);
    }
    m_table->resizeColumnToContents(ComparisonModel::VerdictColumn);
    emit comparisonFinished(true);
}

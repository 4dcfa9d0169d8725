#pragma once

#include "clientsettings.h"
#include "comparison.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class ConbenchClient;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The rows of a comparison for a table view: regressions and errors in bold with an icon and a
// tinted background taken from the palette, so that colour is never the only sign.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        VerdictColumn,
        BenchmarkColumn,
        UnitColumn,
        BaselineColumn,
        ContenderColumn,
        ChangeColumn,
        ZScoreColumn,
        ColumnCount
    };
    static constexpr int LinkRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<ComparisonRow> &rows);
    const QList<ComparisonRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ComparisonRow> m_rows;
};

// The Compare tab: a run (by default the last one the window submitted) compared with the baseline
// of the user's choice, read asynchronously from the server; sortable, filterable, refreshable.
class CompareTab : public QWidget
{
    Q_OBJECT

public:
    // settings: the server the window is set to (false with a reason when it cannot be used).
    using SettingsProvider = std::function<bool(ClientSettings *settings, QString *error)>;
    explicit CompareTab(SettingsProvider settings, QWidget *parent = nullptr);
    ~CompareTab() override;

    // The run the window submitted last: filled in, and compared when autoCompare (at once when the
    // tab is shown, else when it is next shown).
    void setRunId(const QString &runId, bool autoCompare = false);
    QString runId() const;
    void setBaseline(const QString &baseline); // "", parent, fork_point, latest_default, or a run id
    bool isComparing() const { return m_comparison != nullptr; }
    ComparisonModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString message() const;

public slots:
    void compare();

signals:
    void comparisonFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void finished();
    void showMessage(const QString &text, bool problem);

    SettingsProvider m_settings;
    QLineEdit *m_run;
    QComboBox *m_baseline;
    QDoubleSpinBox *m_threshold;
    QDoubleSpinBox *m_thresholdZ;
    QPushButton *m_compareButton;
    QLineEdit *m_filter;
    QLabel *m_message;
    QTableView *m_table;
    ComparisonModel *m_model;
    QSortFilterProxyModel *m_proxy;
    std::unique_ptr<ConbenchClient> m_client;
    QPointer<Comparison> m_comparison;
    bool m_comparePending = false;
};

#pragma once

#include "resultentry.h"

#include <QAbstractTableModel>
#include <QIcon>

// Every result the window knows about, one row each: benchmark, unit, samples, format, file, status.
class ResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        UnitColumn,
        SamplesColumn,
        FormatColumn,
        FileColumn,
        StatusColumn,
        ColumnCount
    };

    explicit ResultModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const QList<ResultEntry> &entries);
    void clear();
    const ResultEntry &entry(int row) const { return m_entries.at(row); }
    const QList<ResultEntry> &entries() const { return m_entries; }
    void setStatus(int row, ResultEntry::Status status, const QString &message = {});
    // Replaces the status of every row at once (after checking them again against a changed run).
    void setStatuses(const QList<QPair<ResultEntry::Status, QString>> &statuses);

    qsizetype count(ResultEntry::Status status) const;
    static QString statusText(ResultEntry::Status status);
    // tags.name, then the result's other tags: "sort (type=int64, size=1000)".
    static QString benchmarkText(const ResultEntry &entry);
    // The tool whose output the result was read from ("Google Benchmark"); empty when unknown.
    static QString formatText(const ResultEntry &entry);

signals:
    void countsChanged();

private:
    QList<ResultEntry> m_entries;
    QList<qsizetype> m_counts;
};

#pragma once

#include "resultentry.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QTimer>

// The results of a ResultModel, kept in slices of 4,096: adding rows never moves those already
// there (one contiguous list of 100,000 results would be copied whole each time it grows, holding
// the window up), and a copy (for a check on another thread) shares every slice until one changes.
class ResultEntries
{
public:
    static constexpr int sliceBits = 12;
    static constexpr qsizetype sliceSize = qsizetype(1) << sliceBits;

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const ResultEntry &at(qsizetype i) const { return m_slices.at(i >> sliceBits).at(i & (sliceSize - 1)); }
    ResultEntry &operator[](qsizetype i) { return m_slices[i >> sliceBits][i & (sliceSize - 1)]; }
    void append(const QList<ResultEntry> &entries);
    void clear()
    {
        m_slices.clear();
        m_size = 0;
    }

    class const_iterator
    {
    public:
        const_iterator(const ResultEntries *entries, qsizetype i)
            : m_entries(entries)
            , m_i(i)
        { }
        const ResultEntry &operator*() const { return m_entries->at(m_i); }
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        bool operator!=(const const_iterator &other) const { return m_i != other.m_i; }

    private:
        const ResultEntries *m_entries;
        qsizetype m_i;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, m_size}; }

private:
    QList<QList<ResultEntry>> m_slices;
    qsizetype m_size = 0;
};

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
    const ResultEntries &entries() const { return m_entries; }
    // Changes one row's status at once (entry() and count() see it); the views hear of the changes
    // in batches, every 50 ms, so that sending 100,000 results does not repaint the table 100,000 times.
    void setStatus(int row, ResultEntry::Status status, const QString &message = {});
    // Tells the views now of the status changes not told yet.
    void flushStatusChanges();
    // Replaces the status of every row at once (after checking them again against a changed run).
    void setStatuses(const QList<QPair<ResultEntry::Status, QString>> &statuses);

    qsizetype count(ResultEntry::Status status) const;
    // Changes whenever rows are added or removed (not when a status changes): what was computed
    // from the rows (sort keys) is current while it is the same.
    quint64 generation() const { return m_generation; }
    static QString statusText(ResultEntry::Status status);
    // tags.name, then the result's other tags: "sort (type=int64, size=1000)". makeBenchmarkText()
    // builds it from the result (when the entry is read); benchmarkText() returns what was built.
    static QString makeBenchmarkText(const ResultEntry &entry);
    static const QString &benchmarkText(const ResultEntry &entry)
    {
        return entry.benchmark.isEmpty() ? entry.name : entry.benchmark;
    }
    // The tool whose output the result was read from ("Google Benchmark"); empty when unknown.
    static QString formatText(const ResultEntry &entry);

signals:
    void countsChanged();

private:
    ResultEntries m_entries;
    QList<qsizetype> m_counts;
    QTimer m_flushTimer;
    quint64 m_generation = 0;
    int m_changedFirst = -1; // the rows whose status changed since the views last heard
    int m_changedLast = -1;
};

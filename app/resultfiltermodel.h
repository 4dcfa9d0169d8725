#pragma once

#include "resultmodel.h"

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QStringMatcher>

// The results table's view of the ResultModel: sorted by any column and filtered by a text, without
// changing the model's rows (which the submission refers to by number). Compares the entries' own
// fields rather than the strings data() builds, so that 100,000 rows sort and filter in a blink.
class ResultFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ResultFilterModel(ResultModel *source, QObject *parent = nullptr);

    // Shows only the rows whose benchmark, unit, format, file or status contains text (any case);
    // every row when it is empty.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // The model's row shown at index; -1 for an invalid index.
    int sourceRow(const QModelIndex &index) const;

    // Each row's place in the order by benchmark and by file, computed from the rows (on any
    // thread, in a time proportional to sorting them): with them, sorting by those columns compares
    // two numbers instead of two strings. Used while the model's generation is the one given.
    struct SortKeys
    {
        quint64 generation = 0;
        QList<int> byBenchmark;
        QList<int> byFile;
    };
    static SortKeys makeSortKeys(const ResultEntries &entries, quint64 generation);
    void setSortKeys(SortKeys keys) { m_keys = std::move(keys); }
    bool hasSortKeys() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const QString &formatText(const ResultEntry &entry) const;

    ResultModel *m_source;
    QString m_text;
    // Finds m_text in any case; made once per filter text, its table of skips serves every row.
    QStringMatcher m_matcher;
    QList<bool> m_statusMatches; // whether statusText() of each status contains the text
    mutable QHash<QString, QString> m_formatTexts; // adapter name -> the tool's name shown
    SortKeys m_keys;
};

#include "resultfiltermodel.h"

#include <algorithm>
#include <numeric>

namespace {
bool benchmarkBefore(const ResultEntry &l, const ResultEntry &r)
{
    // The keys were case-folded when the results were read: one plain comparison.
    const int byKey = QString::compare(l.benchmarkKey, r.benchmarkKey);
    return byKey != 0 ? byKey < 0 : ResultModel::benchmarkText(l) < ResultModel::benchmarkText(r);
}

bool fileBefore(const ResultEntry &l, const ResultEntry &r)
{
    return l.origin < r.origin; // file names are told apart by case
}

// rank[row]: the row's place when the rows are sorted by before.
QList<int> ranks(const ResultEntries &entries, bool (*before)(const ResultEntry &, const ResultEntry &))
{
    QList<int> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&entries, before](int a, int b) { return before(entries.at(a), entries.at(b)); });
    QList<int> rank(entries.size());
    for (qsizetype place = 0; place < order.size(); ++place)
        rank[order.at(place)] = int(place);
    return rank;
}
} // namespace

ResultFilterModel::ResultFilterModel(ResultModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    // Re-sorting and re-filtering follow changed rows (a status that changes while sorted by status).
    setDynamicSortFilter(true);
}

void ResultFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_matcher = QStringMatcher(m_text, Qt::CaseInsensitive);
    m_statusMatches.clear();
    for (int s = 0; s <= int(ResultEntry::Status::InOutbox); ++s)
        m_statusMatches.append(m_matcher.indexIn(ResultModel::statusText(ResultEntry::Status(s))) >= 0);
    // One rebuild of the whole mapping: filtering and sorting again from scratch is n log n, where
    // invalidateFilter() would insert the rows that come back one at a time into a sorted view.
    invalidate();
}

ResultFilterModel::SortKeys ResultFilterModel::makeSortKeys(const ResultEntries &entries, quint64 generation)
{
    return SortKeys {generation, ranks(entries, benchmarkBefore), ranks(entries, fileBefore)};
}

bool ResultFilterModel::hasSortKeys() const
{
    return m_keys.generation == m_source->generation()
        && m_keys.byBenchmark.size() == m_source->entries().size();
}

int ResultFilterModel::sourceRow(const QModelIndex &index) const
{
    return index.isValid() ? mapToSource(index).row() : -1;
}

const QString &ResultFilterModel::formatText(const ResultEntry &entry) const
{
    auto it = m_formatTexts.constFind(entry.format);
    if (it == m_formatTexts.constEnd())
        it = m_formatTexts.insert(entry.format, ResultModel::formatText(entry));
    return *it;
}

bool ResultFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_text.isEmpty())
        return true;
    const ResultEntry &e = m_source->entry(sourceRow);
    const auto has = [this](const QString &field) { return m_matcher.indexIn(field) >= 0; };
    return has(ResultModel::benchmarkText(e)) || has(e.origin) || has(e.unit) || has(formatText(e))
        || m_statusMatches.value(int(e.status)) || has(e.message);
}

bool ResultFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const ResultEntry &l = m_source->entry(left.row());
    const ResultEntry &r = m_source->entry(right.row());
    const auto text = [](const QString &a, const QString &b) {
        const int byCase = a.compare(b, Qt::CaseInsensitive);
        return byCase != 0 ? byCase < 0 : a < b;
    };
    switch (left.column()) {
    case ResultModel::NameColumn:
        return hasSortKeys() ? m_keys.byBenchmark.at(left.row()) < m_keys.byBenchmark.at(right.row())
                             : benchmarkBefore(l, r);
    case ResultModel::UnitColumn:
        return text(l.unit, r.unit);
    case ResultModel::SamplesColumn:
        return l.samples < r.samples;
    case ResultModel::FormatColumn:
        return text(formatText(l), formatText(r));
    case ResultModel::FileColumn:
        return hasSortKeys() ? m_keys.byFile.at(left.row()) < m_keys.byFile.at(right.row())
                             : fileBefore(l, r);
    case ResultModel::StatusColumn:
        return l.status != r.status ? int(l.status) < int(r.status) : text(l.message, r.message);
    default:
        return left.row() < right.row();
    }
}

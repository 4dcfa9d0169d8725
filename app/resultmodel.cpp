#include "resultmodel.h"

#include "adapter.h"
#include "icons.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QApplication>
#include <QDir>
#include <QStyle>

using namespace Qt::StringLiterals;

void ResultEntries::append(const QList<ResultEntry> &entries)
{
    qsizetype from = 0;
    while (from < entries.size()) {
        if (m_slices.isEmpty() || m_slices.constLast().size() == sliceSize) {
            m_slices.append(QList<ResultEntry>());
            m_slices.last().reserve(sliceSize);
        }
        QList<ResultEntry> &slice = m_slices.last();
        const qsizetype n = qMin(entries.size() - from, sliceSize - slice.size());
        for (qsizetype i = from; i < from + n; ++i)
            slice.append(entries.at(i));
        from += n;
    }
    m_size += entries.size();
}

ResultModel::ResultModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_counts(int(ResultEntry::Status::InOutbox) + 1, 0)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &ResultModel::flushStatusChanges);
}

int ResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResultModel::statusText(ResultEntry::Status status)
{
    switch (status) {
    case ResultEntry::Status::Valid:
        return tr("valid");
    case ResultEntry::Status::Invalid:
        return tr("invalid");
    case ResultEntry::Status::Sending:
        return tr("sending");
    case ResultEntry::Status::Sent:
        return tr("sent");
    case ResultEntry::Status::Failed:
        return tr("failed");
    case ResultEntry::Status::InOutbox:
        return tr("in outbox");
    }
    return {};
}

static QIcon statusIcon(ResultEntry::Status status)
{
    switch (status) {
    case ResultEntry::Status::Valid:
        return Icons::icon(QStringLiteral("valid"));
    case ResultEntry::Status::Invalid:
        return Icons::icon(QStringLiteral("invalid"));
    case ResultEntry::Status::Sending:
        return Icons::icon(QStringLiteral("sending"));
    case ResultEntry::Status::Sent:
        return Icons::icon(QStringLiteral("sent"));
    case ResultEntry::Status::Failed:
        return Icons::icon(QStringLiteral("failed"));
    case ResultEntry::Status::InOutbox:
        return Icons::icon(QStringLiteral("in-outbox"));
    }
    return {};
}

QString ResultModel::makeBenchmarkText(const ResultEntry &e)
{
    // Parameterised results share a name: their other tags tell them apart.
    const QJsonObject tags = e.result.value("tags"_L1).toObject();
    QStringList others;
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        if (it.key() == "name"_L1)
            continue;
        const QJsonValue value = it.value();
        const QString text = value.isString()
            ? value.toString()
            : QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
                  .mid(1)
                  .chopped(1);
        others.append(u"%1=%2"_s.arg(it.key(), text));
    }
    return others.isEmpty() ? e.name : tr("%1 (%2)").arg(e.name, others.join(u", "_s));
}

QString ResultModel::formatText(const ResultEntry &entry)
{
    const Adapter *adapter = entry.format.isEmpty() ? nullptr : Adapters::byName(entry.format);
    return adapter ? adapter->tool() : entry.format;
}

QVariant ResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ResultEntry &e = m_entries.at(index.row());
    const bool withMessage
        = e.status == ResultEntry::Status::Invalid || e.status == ResultEntry::Status::Failed;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return benchmarkText(e);
        case UnitColumn:
            return e.unit;
        case SamplesColumn:
            return e.samples < 0 ? QVariant() : QVariant(e.samples);
        case FormatColumn:
            return formatText(e);
        case FileColumn:
            return QDir::toNativeSeparators(e.origin);
        case StatusColumn:
            return withMessage && !e.message.isEmpty() ? tr("%1: %2").arg(statusText(e.status), e.message)
                                                       : statusText(e.status);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return benchmarkText(e);
        if (index.column() == StatusColumn && !e.message.isEmpty())
            return e.message;
        if (index.column() == FileColumn)
            return QDir::toNativeSeparators(e.origin);
        if (index.column() == FormatColumn) {
            const Adapter *adapter = e.format.isEmpty() ? nullptr : Adapters::byName(e.format);
            if (adapter)
                return adapter->title();
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusIcon(e.status);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SamplesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::UserRole:
        return int(e.status);
    }
    return {};
}

QVariant ResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Benchmark");
        case UnitColumn:
            return tr("Unit");
        case SamplesColumn:
            return tr("Samples");
        case FormatColumn:
            return tr("Format");
        case FileColumn:
            return tr("File");
        case StatusColumn:
            return tr("Status");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn:
            return tr("The benchmark's name (tags.name), then its other tags (its parameters)");
        case UnitColumn:
            return tr("The unit of the samples (stats.unit)");
        case SamplesColumn:
            return tr("How many samples the result holds (the length of stats.data)");
        case FormatColumn:
            return tr("The benchmark tool whose output the result was read from");
        case FileColumn:
            return tr("The file the result was read from");
        case StatusColumn:
            return tr("Whether the result can be sent, and how far it got");
        }
    }
    return {};
}

void ResultModel::append(const QList<ResultEntry> &entries)
{
    if (entries.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    ++m_generation;
    m_entries.append(entries);
    for (const ResultEntry &e : entries)
        ++m_counts[int(e.status)];
    endInsertRows();
    emit countsChanged();
}

void ResultModel::clear()
{
    beginResetModel();
    m_flushTimer.stop();
    m_changedFirst = m_changedLast = -1;
    ++m_generation;
    m_entries.clear();
    m_counts.fill(0);
    endResetModel();
    emit countsChanged();
}

void ResultModel::setStatus(int row, ResultEntry::Status status, const QString &message)
{
    if (row < 0 || row >= m_entries.size())
        return;
    ResultEntry &e = m_entries[row];
    --m_counts[int(e.status)];
    e.status = status;
    e.message = message;
    ++m_counts[int(status)];
    m_changedFirst = m_changedFirst < 0 ? row : qMin(m_changedFirst, row);
    m_changedLast = qMax(m_changedLast, row);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ResultModel::flushStatusChanges()
{
    m_flushTimer.stop();
    if (m_changedFirst < 0)
        return;
    const int first = m_changedFirst;
    const int last = qMin(m_changedLast, int(m_entries.size()) - 1);
    m_changedFirst = m_changedLast = -1;
    if (first <= last)
        emit dataChanged(index(first, StatusColumn), index(last, StatusColumn));
    emit countsChanged();
}

void ResultModel::setStatuses(const QList<QPair<ResultEntry::Status, QString>> &statuses)
{
    const qsizetype n = qMin(statuses.size(), m_entries.size());
    if (n == 0)
        return;
    flushStatusChanges();
    m_counts.fill(0);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        ResultEntry &e = m_entries[i];
        if (i < n) {
            e.status = statuses.at(i).first;
            e.message = statuses.at(i).second;
        }
        ++m_counts[int(e.status)];
    }
    emit dataChanged(index(0, StatusColumn), index(int(n) - 1, StatusColumn));
    emit countsChanged();
}

qsizetype ResultModel::count(ResultEntry::Status status) const
{
    return m_counts.at(int(status));
}

#include "adapter.h"

#include "inputloader.h"

#include "catch2adapter.h"
#include "conbenchadapter.h"
#include "criterionadapter.h"
#include "customadapter.h"
#include "gbenchadapter.h"
#include "goadapter.h"
#include "hyperfineadapter.h"
#include "pytestbenchmarkadapter.h"
#include "vitestadapter.h"

#include <QCborMap>
#include <QCborValue>
#include <QLocale>

using namespace Qt::StringLiterals;

void ConvertedResults::append(const QJsonObject &result)
{
    if (!m_hasFirst) {
        m_first = result;
        m_hasFirst = true;
        return;
    }
    m_encoded.append(QCborMap::fromJsonObject(result).toCborValue().toCbor());
    m_ends.append(m_encoded.size());
}

void ConvertedResults::append(const QJsonObject &result, qsizetype line)
{
    m_lines.resize(size()); // 0 for results appended without a line
    m_lines.append(line);
    append(result);
}

QJsonObject ConvertedResults::at(qsizetype index) const
{
    if (index == 0)
        return m_first;
    const qsizetype start = index == 1 ? 0 : m_ends.at(index - 2);
    return QCborValue::fromCbor(m_encoded.constData() + start, m_ends.at(index - 1) - start)
        .toMap()
        .toJsonObject();
}

void ConvertedResults::clear()
{
    m_first = {};
    m_hasFirst = false;
    m_encoded = {};
    m_ends = {};
    m_lines = {};
    m_warnings = {};
}

bool Adapter::conbenchTime(const QString &unit, double *factor, QString *conbenchUnit)
{
    if (unit == u"ns"_s) {
        *factor = 1;
        *conbenchUnit = u"ns"_s;
    } else if (unit == u"us"_s || unit == u"µs"_s) {
        *factor = 1e3;
        *conbenchUnit = u"ns"_s;
    } else if (unit == u"ms"_s) {
        *factor = 1e-3;
        *conbenchUnit = u"s"_s;
    } else if (unit == u"s"_s) {
        *factor = 1;
        *conbenchUnit = u"s"_s;
    } else {
        return false;
    }
    return true;
}

bool Adapter::parseJson(QByteArray &&content, QJsonDocument *doc, QString *error)
{
    const QByteArray bytes = std::move(content); // freed when this returns, not when the caller does
    QJsonParseError parseError;
    *doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return true;
    *error = tr("not valid JSON %1").arg(InputLoader::describeParseError(bytes, parseError));
    return false;
}

namespace {

// The length of the non-finite token (NaN, Infinity, -Infinity, -NaN) at data[i], or 0.
qsizetype nonFiniteTokenAt(const QByteArray &data, qsizetype i)
{
    const auto isWordCharacter = [&data](qsizetype at) {
        if (at < 0 || at >= data.size())
            return false;
        const char c = data.at(at);
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
            || c == '.';
    };
    if (isWordCharacter(i - 1))
        return 0;
    const qsizetype sign = data.at(i) == '-' ? 1 : 0;
    for (const QByteArrayView word : {QByteArrayView("NaN"), QByteArrayView("Infinity")}) {
        const qsizetype length = sign + word.size();
        if (QByteArrayView(data).sliced(i + sign).startsWith(word) && !isWordCharacter(i + length))
            return length;
    }
    return 0;
}

} // namespace

bool Adapter::parseJsonWithNonFinite(
    QByteArray &&content, QJsonDocument *doc, QString *error, qsizetype *nonFinite)
{
    *nonFinite = 0;
    const QByteArray bytes = std::move(content);
    // Where each replacement ends in the copy, and how much longer the copy is there: "NaN" becomes
    // "null", one character more, so that an error in the copy is placed in the original.
    QList<std::pair<qsizetype, qsizetype>> shifts;
    QByteArray copy;
    qsizetype copied = 0; // bytes of the original already in the copy
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        if (c != 'N' && c != 'I' && c != '-')
            continue;
        const qsizetype length = nonFiniteTokenAt(bytes, i);
        if (length == 0)
            continue;
        if (copy.isEmpty())
            copy.reserve(bytes.size() + 64);
        copy.append(bytes.constData() + copied, i - copied);
        copy.append("null");
        if (length > 4)
            copy.append(length - 4, ' ');
        copied = i + length;
        shifts.append({copy.size(), copy.size() - copied});
        i += length - 1;
        ++*nonFinite;
    }
    if (*nonFinite == 0)
        return parseJson(QByteArray(bytes), doc, error);
    copy.append(bytes.constData() + copied, bytes.size() - copied);
    QJsonParseError parseError;
    *doc = QJsonDocument::fromJson(copy, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return true;
    // Placed in the original, which the message quotes.
    qsizetype shift = 0;
    for (const auto &[end, by] : std::as_const(shifts)) {
        if (end > parseError.offset)
            break;
        shift = by;
    }
    parseError.offset = int(qMax(qsizetype(0), parseError.offset - shift));
    *error = tr("not valid JSON %1").arg(InputLoader::describeParseError(bytes, parseError));
    return false;
}

QString Adapter::nonFiniteNote(qsizetype count)
{
    return tr("%Ln values written as NaN or Infinity are read as null.", nullptr, int(count));
}

QString Adapter::nameProblem(const QJsonValue &value, QLatin1StringView key)
{
    if (value.isUndefined())
        return tr("it has no \"%1\"").arg(key);
    if (!value.isString())
        return tr("its \"%1\" is not a string").arg(key);
    if (value.toString().isEmpty())
        return tr("its \"%1\" is empty; give the benchmark's name").arg(key);
    return {};
}

bool Adapter::scale(double value, double factor, double *scaled, const QString &benchmark,
    const QString &unit, const QString &conbenchUnit, QString *error)
{
    *scaled = value * factor;
    if (qIsFinite(*scaled) || !qIsFinite(value))
        return true;
    *error = tr("%1: the value %2 %3 is too large: in %4 it is beyond the largest number a result can "
                "hold. Check the value and its unit; nothing of the file is converted.")
                 .arg(benchmark, QString::number(value, 'g', QLocale::FloatingPointShortest), unit,
                     conbenchUnit);
    return false;
}

double Adapter::meanOf(const QList<double> &values)
{
    if (values.isEmpty())
        return 0;
    double sum = 0;
    for (const double value : values)
        sum += value;
    if (qIsFinite(sum))
        return sum / double(values.size());
    double mean = 0;
    for (const double value : values)
        mean += value / double(values.size());
    return mean;
}

bool Adapter::convertFolder(
    const QString &path, qint64, ConvertedResults *, QStringList *, QString *error) const
{
    *error = tr("%1 is a folder; %2 reads files").arg(path, name());
    return false;
}

const std::vector<std::unique_ptr<Adapter>> &Adapters::all()
{
    static const std::vector<std::unique_ptr<Adapter>> adapters = [] {
        std::vector<std::unique_ptr<Adapter>> list;
        list.push_back(std::make_unique<GbenchAdapter>());
        list.push_back(std::make_unique<HyperfineAdapter>());
        list.push_back(std::make_unique<CustomAdapter>());
        list.push_back(std::make_unique<PytestBenchmarkAdapter>());
        list.push_back(std::make_unique<Catch2Adapter>());
        list.push_back(std::make_unique<GoAdapter>());
        list.push_back(std::make_unique<CriterionAdapter>());
        list.push_back(std::make_unique<VitestAdapter>());
        list.push_back(std::make_unique<ConbenchAdapter>()); // last: any other JSON object
        return list;
    }();
    return adapters;
}

const Adapter *Adapters::byName(const QString &name)
{
    for (const auto &adapter : all()) {
        if (adapter->name() == name)
            return adapter.get();
    }
    return nullptr;
}

const Adapter *Adapters::recognize(const QString &fileName, const QByteArray &head)
{
    for (const auto &adapter : all()) {
        if (adapter->recognizes(fileName, head))
            return adapter.get();
    }
    return nullptr;
}

const Adapter *Adapters::recognizeFolder(const QString &path)
{
    for (const auto &adapter : all()) {
        if (adapter->readsFolders() && adapter->recognizesFolder(path))
            return adapter.get();
    }
    return nullptr;
}

QStringList Adapters::names()
{
    QStringList list;
    for (const auto &adapter : all())
        list.append(adapter->name());
    return list;
}

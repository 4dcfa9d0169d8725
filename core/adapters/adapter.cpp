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

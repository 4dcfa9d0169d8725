#include "customadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool CustomAdapter::recognizes(const QString &, const QByteArray &head) const
{
    static const QRegularExpression start(u"^\\s*\\[\\s*\\{"_s);
    const QString text = QString::fromUtf8(head.left(2000));
    return start.match(text).hasMatch() && text.contains(u"\"value\""_s) && text.contains(u"\"unit\""_s)
        && text.contains(u"\"name\""_s);
}

bool CustomAdapter::conbenchUnit(const QString &unit, double *factor, QString *conbench)
{
    const QString u = unit.trimmed();
    if (conbenchTime(u, factor, conbench))
        return true;
    static const QHash<QString, QPair<double, QString>> units {
        {u"sec"_s, {1, u"s"_s}},
        {u"second"_s, {1, u"s"_s}},
        {u"seconds"_s, {1, u"s"_s}},
        {u"i/s"_s, {1, u"i/s"_s}},
        {u"ops/s"_s, {1, u"i/s"_s}},
        {u"ops/sec"_s, {1, u"i/s"_s}},
        {u"op/s"_s, {1, u"i/s"_s}},
        {u"iter/s"_s, {1, u"i/s"_s}},
        {u"iter/sec"_s, {1, u"i/s"_s}},
        {u"Hz"_s, {1, u"i/s"_s}},
        {u"B/s"_s, {1, u"B/s"_s}},
        {u"bytes/s"_s, {1, u"B/s"_s}},
        {u"bytes/sec"_s, {1, u"B/s"_s}},
        {u"KB/s"_s, {1e3, u"B/s"_s}},
        {u"kB/s"_s, {1e3, u"B/s"_s}},
        {u"MB/s"_s, {1e6, u"B/s"_s}},
        {u"GB/s"_s, {1e9, u"B/s"_s}},
        {u"KiB/s"_s, {1024.0, u"B/s"_s}},
        {u"MiB/s"_s, {1048576.0, u"B/s"_s}},
        {u"GiB/s"_s, {1073741824.0, u"B/s"_s}},
    };
    const auto it = units.constFind(u);
    if (it == units.constEnd())
        return false;
    *factor = it->first;
    *conbench = it->second;
    return true;
}

bool CustomAdapter::convert(
    QByteArray content, ConvertedResults *results, QStringList *notes, QString *error) const
{
    QJsonDocument doc;
    qsizetype nonFinite = 0; // written by Python's json module as NaN or Infinity
    if (!parseJsonWithNonFinite(std::move(content), &doc, error, &nonFinite))
        return false;
    if (!doc.isArray()) {
        *error = tr("not github-action-benchmark JSON: it is not a list of {\"name\", \"unit\", \"value\"}");
        return false;
    }
    int index = 0;
    for (const QJsonValue &value : doc.array()) {
        ++index;
        const QJsonObject entry = value.toObject();
        const QString name = entry.value("name"_L1).toString();
        if (const QString problem = nameProblem(entry.value("name"_L1), "name"_L1); !problem.isEmpty()) {
            *error = tr("entry %1: %2").arg(index).arg(problem);
            return false;
        }
        // A value that is not a number: NaN or Infinity from Python, null from JavaScript's JSON.
        const QJsonValue given = entry.value("value"_L1);
        if (!(given.isDouble() || given.isNull())) {
            *error = tr("entry %1 (%2) has no numeric \"value\"").arg(index).arg(name);
            return false;
        }
        const QString unit = entry.value("unit"_L1).toString();
        double factor = 1;
        QString conbench;
        if (!conbenchUnit(unit, &factor, &conbench)) {
            notes->append(
                tr("%1: the unit \"%2\" has no Conbench unit (s, ns, B/s, i/s); left out.").arg(name, unit));
            continue;
        }
        QJsonValue point(QJsonValue::Null); // Conbench's mark of a measurement that is not a number
        if (given.isDouble()) {
            double scaled = 0;
            if (!scale(given.toDouble(), factor, &scaled, name, unit, conbench, error))
                return false;
            point = scaled;
        }
        QJsonObject info;
        if (entry.contains("range"_L1))
            info.insert("range"_L1, entry.value("range"_L1));
        if (entry.contains("extra"_L1))
            info.insert("extra"_L1, entry.value("extra"_L1));
        if (conbench != unit)
            info.insert("original_unit"_L1, unit);
        results->append(QJsonObject {{"tags"_L1, QJsonObject {{"name"_L1, name}}},
            {"context"_L1, QJsonObject()}, {"info"_L1, info},
            {"stats"_L1, QJsonObject {{"data"_L1, QJsonArray {point}}, {"unit"_L1, conbench}}}});
    }
    if (nonFinite > 0)
        notes->append(nonFiniteNote(nonFinite));
    return true;
}

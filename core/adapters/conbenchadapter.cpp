#include "conbenchadapter.h"

#include "inputloader.h"

using namespace Qt::StringLiterals;

bool ConbenchAdapter::recognizes(const QString &, const QByteArray &head) const
{
    return head.trimmed().startsWith('{');
}

bool ConbenchAdapter::convert(
    QByteArray content, ConvertedResults *results, QStringList *, QString *error) const
{
    QJsonObject object;
    if (InputLoader::parseObject(content, &object, error)) {
        results->append(object);
        return true;
    }
    // NDJSON: one object per line.
    const QList<QByteArray> lines = content.split('\n');
    ConvertedResults objects;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        QString lineError;
        if (!InputLoader::parseObject(lines.at(i), &object, &lineError)) {
            *error = i == 0 || objects.isEmpty() ? *error : tr("line %1: %2").arg(i + 1).arg(lineError);
            return false;
        }
        objects.append(object, i + 1);
    }
    if (objects.isEmpty()) {
        *error = tr("the file holds no JSON object");
        return false;
    }
    error->clear();
    *results = std::move(objects);
    return true;
}

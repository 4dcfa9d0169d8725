#include "icons.h"

#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

static void initIconResources()
{
    Q_INIT_RESOURCE(benchconnect);
}

QIcon Icons::icon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    if (const auto it = cache.constFind(name); it != cache.constEnd())
        return it.value();
    initIconResources();
    const QString path = u":/icons/%1.svg"_s.arg(name);
    QIcon icon;
    if (QFile::exists(path))
        icon = QIcon(path);
    else
        qWarning("No icon named %s", qPrintable(name));
    cache.insert(name, icon);
    return icon;
}

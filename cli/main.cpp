#include "cliapplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("benchconnect"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BENCHCONNECT_VERSION));
    return CliApplication::run(app.arguments().mid(1));
}

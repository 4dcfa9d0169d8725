#include "cliapplication.h"
#include "dispatcher.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>

#include <csignal>

int main(int argc, char *argv[])
{
    // A write beyond the file size limit (ulimit -f) fails with its reason, as at a full disk,
    // rather than killing the program halfway through writing the outbox.
    std::signal(SIGXFSZ, SIG_IGN);
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Given a subcommand, behave exactly as the command-line program: same dispatcher, no display.
    if (Dispatcher().handles(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("benchconnect"));
        QCoreApplication::setApplicationVersion(QStringLiteral(BENCHCONNECT_VERSION));
        return CliApplication::run(app.arguments().mid(1));
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("benchconnect"));
    QCoreApplication::setApplicationName(QStringLiteral("benchconnect"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BENCHCONNECT_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("benchconnect"));
    // The language chosen in Preferences > General, unless BENCHCONNECT_LANGUAGE says otherwise.
    QStringList warnings;
    SettingsDialog::installLanguage(&warnings);
    for (const QString &warning : std::as_const(warnings))
        qWarning().noquote() << warning;
    QGuiApplication::setDesktopFileName(QStringLiteral("benchconnect-gui"));
    MainWindow window;
    window.show();
    return app.exec();
}

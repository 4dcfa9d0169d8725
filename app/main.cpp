#include "cliapplication.h"
#include "dispatcher.h"
#include "exitcodes.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>

#include <csignal>
#include <cstdio>

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
    // Any other argument is a file or folder of results, added as if dropped on the window (Qt's own
    // options, -platform and the like, are taken out by QApplication). "--" ends the options.
    QStringList paths;
    bool onlyPaths = false;
    for (const QString &argument : app.arguments().mid(1)) {
        if (!onlyPaths && argument == QStringLiteral("--")) {
            onlyPaths = true;
        } else if (!onlyPaths && argument.size() > 1 && argument.startsWith(u'-')) {
            std::fprintf(
                stderr, "benchconnect-gui: %s\n", qUtf8Printable(MainWindow::unknownOptionMessage(argument)));
            return ExitCode::Usage;
        } else {
            paths.append(argument);
        }
    }
    QGuiApplication::setDesktopFileName(QStringLiteral("benchconnect-gui"));
    MainWindow window;
    window.show();
    for (const QString &problem : window.addCommandLinePaths(paths))
        std::fprintf(stderr, "benchconnect-gui: %s\n", qUtf8Printable(problem));
    return app.exec();
}

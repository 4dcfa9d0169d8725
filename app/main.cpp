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

namespace {

// Qt's own options, which QApplication takes out of the arguments; those of them that take a value.
bool isQtOption(const QString &argument, bool *takesValue)
{
    static const QStringList withValue {QStringLiteral("platform"), QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"), QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"),
        QStringLiteral("qwindowicon"), QStringLiteral("qwindowtitle"), QStringLiteral("session"),
        QStringLiteral("display"), QStringLiteral("geometry"), QStringLiteral("name"),
        QStringLiteral("title"), QStringLiteral("style"), QStringLiteral("stylesheet"),
        QStringLiteral("qmljsdebugger")};
    static const QStringList flags {QStringLiteral("reverse"), QStringLiteral("widgetcount"),
        QStringLiteral("nograb"), QStringLiteral("dograb"), QStringLiteral("sync")};
    if (!argument.startsWith(u'-'))
        return false;
    QString name = argument.mid(argument.startsWith(QStringLiteral("--")) ? 2 : 1);
    const bool joined = name.contains(u'=');
    name = name.section(u'=', 0, 0);
    *takesValue = !joined && withValue.contains(name);
    return withValue.contains(name) || flags.contains(name);
}

// The paths among the arguments (Qt's options already taken out, unless withQtOptions), or the
// first option that is neither a path nor Qt's. "--" ends the options.
QString splitArguments(const QStringList &arguments, bool withQtOptions, QStringList *paths)
{
    bool onlyPaths = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        bool takesValue = false;
        if (!onlyPaths && argument == QStringLiteral("--")) {
            onlyPaths = true;
        } else if (!onlyPaths && withQtOptions && isQtOption(argument, &takesValue)) {
            i += takesValue ? 1 : 0;
        } else if (!onlyPaths && argument.size() > 1 && argument.startsWith(u'-')) {
            return argument;
        } else {
            paths->append(argument);
        }
    }
    return QString();
}

// On X11 or Wayland with neither there, QApplication would abort the program (and leave a core
// dump) with a message about platform plugins.
bool noDisplay(const QStringList &arguments)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    for (const QString &argument : arguments) {
        bool takesValue = false;
        if (isQtOption(argument, &takesValue)
            && argument.section(u'=', 0, 0).endsWith(QStringLiteral("platform")))
            return false; // the user chose the platform
    }
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith(QStringLiteral("xcb"))
        && !platform.startsWith(QStringLiteral("wayland")))
        return false;
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    Q_UNUSED(arguments);
    return false;
#endif
}

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("benchconnect"));
    QCoreApplication::setApplicationName(QStringLiteral("benchconnect"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BENCHCONNECT_VERSION));
}

// The language chosen in Preferences > General, unless BENCHCONNECT_LANGUAGE says otherwise.
void installLanguage()
{
    QStringList warnings;
    SettingsDialog::installLanguage(&warnings);
    for (const QString &warning : std::as_const(warnings))
        qWarning().noquote() << warning;
}

void printProblem(const QString &problem)
{
    std::fprintf(stderr, "benchconnect-gui: %s\n", qUtf8Printable(problem));
}

// The paths among the arguments; false, the problem said, when an option is not known.
bool takePaths(const QStringList &arguments, bool withQtOptions, QStringList *paths)
{
    const QString unknown = splitArguments(arguments, withQtOptions, paths);
    if (unknown.isEmpty())
        return true;
    printProblem(MainWindow::unknownOptionMessage(unknown));
    return false;
}

} // namespace

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
    if (noDisplay(arguments)) {
        // Said in the user's language, with the arguments checked as the window would check them.
        QCoreApplication app(argc, argv);
        setNames();
        installLanguage();
        QStringList paths;
        if (!takePaths(app.arguments().mid(1), true, &paths))
            return ExitCode::Usage;
        printProblem(MainWindow::noDisplayMessage());
        return ExitCode::Failure;
    }
    QApplication app(argc, argv);
    setNames();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("benchconnect"));
    installLanguage();
    // Any other argument is a file or folder of results, added as if dropped on the window (Qt's own
    // options, -platform and the like, are taken out by QApplication).
    QStringList paths;
    if (!takePaths(app.arguments().mid(1), false, &paths))
        return ExitCode::Usage;
    QGuiApplication::setDesktopFileName(QStringLiteral("benchconnect-gui"));
    MainWindow window;
    window.show();
    for (const QString &problem : window.addCommandLinePaths(paths))
        printProblem(problem);
    return app.exec();
}

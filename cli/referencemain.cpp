// Writes the man pages and shell completions into a directory, from the dispatcher's registry.
// Run by the build (the "reference" target); not installed.
#include "dispatcher.h"
#include "referencewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 2) {
        QTextStream(stderr) << "Usage: benchconnect-reference OUTPUT_DIRECTORY\n";
        return 2;
    }
    const QDir out(arguments.at(1));
    if (!QDir().mkpath(out.filePath(u"man/man1"_s)) || !QDir().mkpath(out.filePath(u"completions"_s)))
        return 1;
    const Dispatcher dispatcher;
    const ReferenceWriter writer(dispatcher);
    const QList<QPair<QString, QString>> files {
        {u"man/man1/benchconnect.1"_s, writer.manPage()},
        {u"man/man1/benchconnect-gui.1"_s, writer.guiManPage()},
        {u"completions/benchconnect.bash"_s, writer.bashCompletion()},
        {u"completions/_benchconnect"_s, writer.zshCompletion()},
        {u"completions/benchconnect.fish"_s, writer.fishCompletion()},
    };
    for (const auto &[name, text] : files) {
        QFile file(out.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0) {
            QTextStream(stderr) << out.filePath(name) << ": " << file.errorString() << '\n';
            return 1;
        }
    }
    return 0;
}

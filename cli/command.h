#pragma once

#include "inputloader.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

class JsonObjectSource;
class QIODevice;

// Everything a subcommand reads and writes besides its arguments, so that tests and the window
// can run subcommands with their own streams and environment.
struct CommandContext
{
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
    QIODevice *in = nullptr;
    bool inIsTerminal = true;
    bool errIsTerminal = false;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString workingDirectory; // where the run's state file lives; empty: the current directory

    bool quiet = false;
    bool verbose = false;

    void warning(const QString &message) const;
    void error(const QString &message) const;
    void info(const QString &message) const; // progress notes; not shown with --quiet
};

// One subcommand: its name, help and options, and what it does. Each subcommand is registered
// with the Dispatcher by name; both programs reach it through the same dispatcher.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;

    virtual QString name() const = 0; // "augment result"
    virtual QString summary() const = 0; // one line, for the list of subcommands
    virtual QString description() const = 0; // paragraphs separated by blank lines

    struct Section
    {
        QString title;
        QList<QPair<QString, QString>> rows;
    };
    // What --help says, in parts, so that the man page is written from the same words.
    struct Help
    {
        QString usage; // "benchconnect augment result [options] [NDJSON]"
        QStringList paragraphs; // the description
        QList<Section> sections; // input, arguments, options, environment
        QString examples; // command lines, one per line
    };
    Help help() const;
    QString helpText() const;
    // Every option the subcommand takes, its own and the common ones (--json, --path, -q, -v, -h).
    QList<QCommandLineOption> commandLineOptions() const;
    // The variables a subcommand that talks to a server (server) or reads results and runs (input)
    // reads, with what each means.
    static QList<QPair<QString, QString>> environmentRows(bool server, bool input);
    // The name of the positional argument that is not input ("BATCH..."), empty when none.
    QString argumentName() const { return positionalArgument().first; }
    // "-p, --path PATH"
    static QString optionSynopsis(const QCommandLineOption &option);
    // Parses the arguments that follow the subcommand's name, then runs it.
    int run(const QStringList &arguments, CommandContext &ctx);

    static QString formatRows(const QList<QPair<QString, QString>> &rows);
    // Wraps a paragraph at the width of the help texts.
    static QString wrapText(const QString &text);

protected:
    enum class Input
    {
        None,
        Optional,
        Required
    };
    virtual Input input() const { return Input::None; }
    virtual QString inputNoun() const { return tr("object"); }
    virtual bool talksToServer() const { return false; }
    // Whether --path (and, with --format, standard input) may be a benchmark tool's output, read
    // through the adapters: --format FORMAT, "auto" by default for --path.
    virtual bool readsToolFormats() const { return false; }
    virtual QList<QCommandLineOption> options() const { return {}; }
    virtual QString examples() const { return {}; }
    // A positional argument that is not input (name, description); none by default.
    virtual QPair<QString, QString> positionalArgument() const { return {}; }

    virtual int execute(const QCommandLineParser &parser, CommandContext &ctx) = 0;

    // Opens the input the user gave (--json, --path, NDJSON, standard input); prints the reason
    // and returns null when there is none.
    std::unique_ptr<JsonObjectSource> openInput(const QCommandLineParser &parser, CommandContext &ctx) const;
    // The same for Conbench's JSON only (no --format).
    std::unique_ptr<JsonObjectSource> openConbenchInput(
        const QCommandLineParser &parser, CommandContext &ctx) const;
    // Whether something can be read from standard input (data, or its end) within timeoutMs: true
    // at once for a file or a device that is not a pipe or socket.
    static bool standardInputArrives(QIODevice *in, int timeoutMs);
    // The limit on one input file or NDJSON line: --max-input-size (checked by run()), else the default.
    static InputSizeLimit inputSizeLimit(const QCommandLineParser &parser);
};

#pragma once

#include "command.h"

#include <map>
#include <memory>

// Finds the subcommand named by the first one or two arguments and runs it. The command-line
// program and the desktop window both hand their arguments to this one dispatcher.
class Dispatcher
{
    Q_DECLARE_TR_FUNCTIONS(Dispatcher)

public:
    Dispatcher();

    // arguments: what follows the program's name.
    int run(const QStringList &arguments, CommandContext &ctx) const;

    QString helpText() const;
    // The parts of the help that the man page shares.
    static QString description();
    static QString typicalUse(); // command lines, one per line
    static QList<QPair<int, QString>> exitCodes();
    static QList<QPair<QString, QString>> environmentVariables();
    static QString groupDescription(const QString &group);
    // The help of a group of subcommands ("augment", "post", ...): what the group does, each of its
    // subcommands with its summary, and how to get each one's help.
    QString groupHelpText(const QString &group) const;
    // The first words of the subcommands, in order.
    QStringList groupNames() const;
    QStringList commandNames() const;
    const Command *command(const QString &name) const;

    // True when the first argument is a subcommand's first word, --help or --version; the window
    // takes anything else (no arguments, or Qt's own options such as -platform).
    bool handles(const QStringList &arguments) const;

private:
    void add(std::unique_ptr<Command> command);

    std::map<QString, std::unique_ptr<Command>> m_commands;
};

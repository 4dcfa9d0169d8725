#include "referencewriter.h"

#include "dispatcher.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

struct OptionInfo
{
    QStringList names; // "--path", "-q"
    bool takesValue = false;
    bool takesFile = false;
    QString description;
};

struct CommandInfo
{
    QString name; // "augment result"
    QList<OptionInfo> options;
    QStringList allNames; // of every option
    QStringList valueOptions; // the names of those that take a value
    QStringList fileOptions; // the names of those whose value is a file or folder
    bool takesBatches = false; // its arguments are outbox batch ids
};

QString firstSentence(const QString &text)
{
    const qsizetype end = text.indexOf(u". "_s);
    QString sentence = (end < 0 ? text : text.left(end + 1)).simplified();
    if (sentence.endsWith(u'.'))
        sentence.chop(1);
    return sentence;
}

// The options whose value is a file or directory name, by the name of their value.
bool takesFileName(const QString &valueName)
{
    return valueName == u"PATH"_s || valueName == u"DIR"_s || valueName == u"FILE"_s;
}

QString shellWords(const QStringList &words)
{
    return words.join(u' ');
}

QString shellQuote(const QString &text)
{
    return u'\'' + QString(text).replace(u"'"_s, u"'\\''"_s) + u'\'';
}

} // namespace

QString ReferenceWriter::roff(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        line.replace(u'\\', u"\\e"_s);
        line.replace(u'-', u"\\-"_s);
        if (line.startsWith(u'.') || line.startsWith(u'\''))
            line.prepend(u"\\&"_s);
    }
    return lines.join(u'\n');
}

namespace {

QList<CommandInfo> commandInfos(const Dispatcher &dispatcher)
{
    QList<CommandInfo> infos;
    for (const QString &name : dispatcher.commandNames()) {
        const Command *command = dispatcher.command(name);
        CommandInfo info;
        info.name = name;
        info.takesBatches = command->argumentName().startsWith(u"BATCH"_s);
        for (const QCommandLineOption &option : command->commandLineOptions()) {
            OptionInfo o;
            for (const QString &n : option.names())
                o.names.append(n.size() == 1 ? u"-"_s + n : u"--"_s + n);
            o.takesValue = !option.valueName().isEmpty();
            o.takesFile = takesFileName(option.valueName());
            o.description = firstSentence(option.description());
            info.options.append(o);
            info.allNames += o.names;
            if (o.takesValue)
                info.valueOptions += o.names;
            if (o.takesFile)
                info.fileOptions += o.names;
        }
        infos.append(info);
    }
    return infos;
}

// The subcommands of one word ("watch"): their options follow the first word.
QStringList singleWords(const Dispatcher &dispatcher)
{
    QStringList words;
    for (const QString &name : dispatcher.commandNames()) {
        if (!name.contains(u' '))
            words.append(name);
    }
    return words;
}

QStringList secondWords(const Dispatcher &dispatcher, const QString &group)
{
    QStringList words;
    for (const QString &name : dispatcher.commandNames()) {
        if (name.section(u' ', 0, 0) == group)
            words.append(name.section(u' ', 1));
    }
    return words;
}

} // namespace

QString ReferenceWriter::subcommandSections() const
{
    QString page = u".SH SUBCOMMANDS\n"_s;
    for (const QString &name : m_dispatcher.commandNames()) {
        const Command::Help help = m_dispatcher.command(name)->help();
        page += u".SS \""_s + name + u"\"\n"_s;
        page += u".B "_s + roff(help.usage.section(u": "_s, 1)) + u'\n';
        for (const QString &paragraph : help.paragraphs)
            page += u".PP\n"_s + roff(paragraph) + u'\n';
        for (const Command::Section &section : help.sections) {
            page += u".PP\n.B "_s + roff(section.title) + u'\n';
            for (const auto &[left, right] : section.rows)
                page += u".TP\n.B "_s + roff(left) + u'\n' + roff(right) + u'\n';
        }
        if (!help.examples.isEmpty()) {
            page += u".PP\n.B "_s + roff(tr("Examples:")) + u"\n.PP\n.nf\n.RS\n"_s;
            for (const QString &line : help.examples.split(u'\n', Qt::SkipEmptyParts))
                page += roff(line.trimmed()) + u'\n';
            page += u".RE\n.fi\n"_s;
        }
    }
    return page;
}

QString ReferenceWriter::commonSections(const QString &program) const
{
    QString page = u".SH ENVIRONMENT\n"_s;
    for (const auto &[variable, meaning] : Dispatcher::environmentVariables())
        page += u".TP\n.B "_s + roff(variable) + u'\n' + roff(meaning) + u'\n';
    page += u".PP\n"_s + roff(tr("A variable that is set but blank is ignored with a warning.")) + u'\n';

    page += u".SH FILES\n"_s;
    page += u".TP\n.I ~/.local/share/benchconnect/outbox/\n"_s
        + roff(
            tr("The outbox (or --outbox DIR, or BENCHCONNECT_OUTBOX). %1 Results are kept in batches of up "
               "to 1,000 (ID.ndjson), with a journal of confirmations beside each (ID.done); the "
               "directory and its files are readable by their owner only and never hold credentials. "
               "\"%2 outbox list\" shows what waits, \"%2 outbox retry\" sends it, \"%2 outbox drop\" "
               "removes it.")
                .arg(Dispatcher::groupDescription(u"outbox"_s), program))
        + u'\n';
    page += u".TP\n.I benchconnect-state.json\n"_s
        + roff(tr("The run's state file, in the current directory: written by \"start run\" once the server "
                  "accepted the run, read by \"submit result\" and \"finish run\", removed by \"finish run\" "
                  "once the server accepted the finish. It holds what every result of the run shares "
                  "(run_id, run_name, run_reason, github, machine_info or cluster_info), never a password, "
                  "and is readable by its owner only."))
        + u'\n';

    page += u".SH \"EXIT STATUS\"\n"_s;
    for (const auto &[code, meaning] : Dispatcher::exitCodes())
        page += u".TP\n.B "_s + QString::number(code) + u'\n' + roff(meaning) + u'\n';

    page += u".SH EXAMPLES\n"_s + roff(tr("A run in a CI job:")) + u"\n.PP\n.nf\n.RS\n"_s;
    for (const QString &line : Dispatcher::typicalUse().split(u'\n', Qt::SkipEmptyParts))
        page += roff(QString(line).replace(u"benchconnect"_s, program)) + u'\n';
    page += u".RE\n.fi\n.PP\n"_s + roff(tr("Fill in the defaults of results, then post them:"))
        + u"\n.PP\n.nf\n.RS\n"_s + roff(u"%1 augment result --path results/ | %1 post result"_s.arg(program))
        + u"\n.RE\n.fi\n.PP\n"_s + roff(tr("Send what a failed submission left in the outbox:"))
        + u"\n.PP\n.nf\n.RS\n"_s + roff(u"%1 outbox list\n%1 outbox retry"_s.arg(program))
        + u"\n.RE\n.fi\n"_s;
    return page;
}

QString ReferenceWriter::manPage() const
{
    QString page = u".TH BENCHCONNECT 1 \"\" \"benchconnect %1\" \"User Commands\"\n"_s.arg(
        QStringLiteral(BENCHCONNECT_VERSION));
    page
        += u".SH NAME\nbenchconnect \\- "_s + roff(tr("send benchmark results to a Conbench server")) + u'\n';
    page += u".SH SYNOPSIS\n.B benchconnect\n.I SUBCOMMAND\n.RI [ options ]\n.br\n"
            u".B benchconnect\n.RB [ \\-\\-help | \\-\\-version ]\n"_s;
    page += u".SH DESCRIPTION\n"_s + roff(Dispatcher::description()) + u'\n';
    page += u".PP\n"_s
        + roff(
            tr("Each subcommand explains itself with --help; \"benchconnect GROUP --help\" (augment, post, "
               "put, outbox) lists the subcommands of a group."))
        + u'\n';
    page += subcommandSections();
    page += commonSections(u"benchconnect"_s);
    page += u".SH \"SEE ALSO\"\n.BR benchconnect\\-gui (1)\n"_s;
    return page;
}

QString ReferenceWriter::guiManPage() const
{
    QString page = u".TH BENCHCONNECT\\-GUI 1 \"\" \"benchconnect %1\" \"User Commands\"\n"_s.arg(
        QStringLiteral(BENCHCONNECT_VERSION));
    page += u".SH NAME\nbenchconnect\\-gui \\- "_s
        + roff(tr("the desktop window for sending benchmark results to a Conbench server")) + u'\n';
    page += u".SH SYNOPSIS\n.B benchconnect\\-gui\n.RB [ \\-\\- ]\n.RI [ PATH ...]\n.br\n"
            u".B benchconnect\\-gui\n.I SUBCOMMAND\n.RI [ options ]\n"_s;
    page += u".SH DESCRIPTION\n"_s
        + roff(
            tr("Without a subcommand, opens the window: the server, the run (reason, name, commit, branch, "
               "machine or cluster), and the results, dropped as files or folders on the window. Submit "
               "run creates the run, sends the results through the outbox and finishes the run, with "
               "progress and Cancel. The password is kept in the desktop's keychain, never in a file."))
        + u"\n.PP\n"_s
        + roff(tr(
            "Each PATH, a file or a folder of results, is added to the window as if dropped on it "
            "(\"benchconnect-gui results/ other.json\"); a path that does not exist is said in the "
            "window's Log and on standard error. An argument that begins with \"-\" and is not a "
            "subcommand is refused with exit status 2; \"--\" before the paths lets one begin with \"-\"."))
        + u"\n.PP\n"_s
        + roff(tr(
            "Where there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set), "
            "it says so and ends with exit status 1."))
        + u"\n.PP\n"_s
        + roff(tr("Given a subcommand, it behaves exactly as benchconnect(1), with the same subcommands, "
                  "options, environment and exit status, and opens no window."))
        + u'\n';
    page += subcommandSections();
    page += commonSections(u"benchconnect-gui"_s);
    page += u".SH \"SEE ALSO\"\n.BR benchconnect (1)\n"_s;
    return page;
}

QString ReferenceWriter::bashCompletion() const
{
    const auto infos = commandInfos(m_dispatcher);
    QString script = u"# bash completion for benchconnect and benchconnect-gui; generated from the program's "
                     u"subcommands.\n"
                     u"_benchconnect()\n{\n"
                     u"    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
                     u"    local group=${COMP_WORDS[1]} sub=${COMP_WORDS[2]} key\n"
                     u"    COMPREPLY=()\n"
                     u"    if [ \"$COMP_CWORD\" -eq 1 ]; then\n"_s;
    script += u"        COMPREPLY=($(compgen -W \"%1 help --help --version\" -- \"$cur\"))\n"_s.arg(
        shellWords(m_dispatcher.groupNames()));
    script
        += u"        return\n    fi\n"
           u"    case \" %1 \" in *\" $group \"*) key=$group ;; *) key=\"$group $sub\" ;; esac\n"
           u"    if [ \"$COMP_CWORD\" -eq 2 ] && [ \"$key\" != \"$group\" ]; then\n        case $group in\n"_s
               .arg(shellWords(singleWords(m_dispatcher)));
    for (const QString &group : m_dispatcher.groupNames())
        script += u"        %1) COMPREPLY=($(compgen -W \"%2 --help\" -- \"$cur\")) ;;\n"_s.arg(
            group, shellWords(secondWords(m_dispatcher, group)));
    script += u"        help) COMPREPLY=($(compgen -W \"%1\" -- \"$cur\")) ;;\n"_s.arg(
        shellWords(m_dispatcher.groupNames()));
    script += u"        esac\n        return\n    fi\n"
              u"    local options='' files='' values='' batches=''\n"
              u"    case \"$key\" in\n"_s;
    for (const CommandInfo &info : infos) {
        script += u"    \"%1\") options=%2; files=%3; values=%4%5 ;;\n"_s.arg(info.name,
            shellQuote(shellWords(info.allNames)), shellQuote(shellWords(info.fileOptions)),
            shellQuote(shellWords(info.valueOptions)), info.takesBatches ? u"; batches=1"_s : QString());
    }
    script += u"    esac\n"
              u"    case \" $files \" in *\" $prev \"*)\n"
              u"        compopt -o filenames 2>/dev/null\n"
              u"        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
              u"        return ;;\n"
              u"    esac\n"
              u"    case \" $values \" in *\" $prev \"*) return ;; esac\n"
              u"    if [[ $cur == -* ]]; then\n"
              u"        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
              u"        return\n"
              u"    fi\n"
              u"    if [ -n \"$batches\" ]; then\n"
              u"        local outbox=() i\n"
              u"        for ((i = 3; i < COMP_CWORD; i++)); do\n"
              u"            [ \"${COMP_WORDS[i]}\" = --outbox ] && outbox=(--outbox \"${COMP_WORDS[i+1]}\")\n"
              u"        done\n"
              u"        COMPREPLY=($(compgen -W \"$(\"${COMP_WORDS[0]}\" outbox list \"${outbox[@]}\" -q "
              u"2>/dev/null | awk '/^[^ \\t]/ {print $1}')\" -- \"$cur\"))\n"
              u"    fi\n"
              u"}\n"
              u"complete -F _benchconnect benchconnect benchconnect-gui\n"_s;
    return script;
}

QString ReferenceWriter::zshCompletion() const
{
    const auto infos = commandInfos(m_dispatcher);
    QString script = u"#compdef benchconnect benchconnect-gui\n"
                     u"# zsh completion for benchconnect and benchconnect-gui; generated from the program's "
                     u"subcommands.\n"
                     u"_benchconnect() {\n"
                     u"    local group=${words[2]} sub=${words[3]} prev=${words[CURRENT-1]} key\n"
                     u"    local -a options files values\n"
                     u"    local batches=\n"
                     u"    if (( CURRENT == 2 )); then\n"_s;
    script += u"        compadd -- %1 help --help --version\n        return\n    fi\n"_s.arg(
        shellWords(m_dispatcher.groupNames()));
    script += u"    case \" %1 \" in *\" $group \"*) key=$group ;; *) key=\"$group $sub\" ;; esac\n"
              u"    if (( CURRENT == 3 )) && [[ $key != $group ]]; then\n        case $group in\n"_s.arg(
                  shellWords(singleWords(m_dispatcher)));
    for (const QString &group : m_dispatcher.groupNames())
        script += u"        %1) compadd -- %2 --help ;;\n"_s.arg(
            group, shellWords(secondWords(m_dispatcher, group)));
    script += u"        help) compadd -- %1 ;;\n"_s.arg(shellWords(m_dispatcher.groupNames()));
    script += u"        esac\n        return\n    fi\n    case \"$key\" in\n"_s;
    for (const CommandInfo &info : infos) {
        script += u"    \"%1\") options=(%2); files=(%3); values=(%4)%5 ;;\n"_s.arg(info.name,
            shellWords(info.allNames), shellWords(info.fileOptions), shellWords(info.valueOptions),
            info.takesBatches ? u"; batches=1"_s : QString());
    }
    script += u"    esac\n"
              u"    if (( ${files[(Ie)$prev]} )); then _files; return; fi\n"
              u"    if (( ${values[(Ie)$prev]} )); then return; fi\n"
              u"    if [[ ${words[CURRENT]} == -* ]]; then compadd -- $options; return; fi\n"
              u"    if [[ -n $batches ]]; then\n"
              u"        local -a outbox\n"
              u"        local i=${words[(Ie)--outbox]}\n"
              u"        (( i > 0 )) && outbox=(--outbox ${words[i+1]})\n"
              u"        compadd -- ${(f)\"$(${words[1]} outbox list $outbox -q 2>/dev/null | awk '/^[^ \\t]/ "
              u"{print $1}')\"}\n"
              u"    fi\n"
              u"}\n"
              u"_benchconnect \"$@\"\n"_s;
    return script;
}

QString ReferenceWriter::fishCompletion() const
{
    const auto infos = commandInfos(m_dispatcher);
    QString script = u"# fish completion for benchconnect and benchconnect-gui; generated from the program's "
                     u"subcommands.\n"
                     u"function __benchconnect_at_group\n"
                     u"    test (count (commandline -opc)) -eq 1\n"
                     u"end\n"
                     u"function __benchconnect_in_group\n"
                     u"    set -l tokens (commandline -opc)\n"
                     u"    test (count $tokens) -eq 2; and test \"$tokens[2]\" = \"$argv[1]\"\n"
                     u"end\n"
                     u"function __benchconnect_is\n"
                     u"    set -l tokens (commandline -opc)\n"
                     u"    test (count $tokens) -ge 3; and test \"$tokens[2]\" = \"$argv[1]\"; and test "
                     u"\"$tokens[3]\" = "
                     u"\"$argv[2]\"\n"
                     u"end\n"
                     u"function __benchconnect_is_single\n"
                     u"    set -l tokens (commandline -opc)\n"
                     u"    test (count $tokens) -ge 2; and test \"$tokens[2]\" = \"$argv[1]\"\n"
                     u"end\n"
                     u"function __benchconnect_batches\n"
                     u"    set -l tokens (commandline -opc)\n"
                     u"    set -l outbox\n"
                     u"    set -l i (contains -i -- --outbox $tokens)\n"
                     u"    and set outbox --outbox $tokens[(math $i + 1)]\n"
                     u"    $tokens[1] outbox list $outbox -q 2>/dev/null | string match -r '^\\S+'\n"
                     u"end\n"
                     u"complete -c benchconnect -f\n"
                     u"complete -c benchconnect-gui --wraps benchconnect\n"_s;
    for (const QString &group : m_dispatcher.groupNames())
        script += u"complete -c benchconnect -n __benchconnect_at_group -a %1 -d %2\n"_s.arg(
            group, shellQuote(firstSentence(Dispatcher::groupDescription(group))));
    script += u"complete -c benchconnect -n __benchconnect_at_group -l help -d %1\n"
              u"complete -c benchconnect -n __benchconnect_at_group -l version -d %2\n"_s.arg(
                  shellQuote(tr("Show the help")), shellQuote(tr("Show the version")));
    for (const QString &name : m_dispatcher.commandNames()) {
        if (!name.contains(u' '))
            continue;
        script += u"complete -c benchconnect -n '__benchconnect_in_group %1' -a %2 -d %3\n"_s.arg(
            name.section(u' ', 0, 0), name.section(u' ', 1),
            shellQuote(firstSentence(m_dispatcher.command(name)->summary())));
    }
    for (const CommandInfo &info : infos) {
        const QString condition = info.name.contains(u' ')
            ? u"'__benchconnect_is %1'"_s.arg(info.name)
            : u"'__benchconnect_is_single %1'"_s.arg(info.name);
        for (const OptionInfo &option : info.options) {
            QString line = u"complete -c benchconnect -n "_s + condition;
            for (const QString &n : option.names)
                line += n.startsWith(u"--"_s) ? u" -l "_s + n.mid(2) : u" -s "_s + n.mid(1);
            if (option.takesValue)
                line += u" -r"_s;
            if (option.takesFile)
                line += u" -F"_s;
            line += u" -d "_s + shellQuote(option.description);
            script += line + u'\n';
        }
        if (info.takesBatches)
            script += u"complete -c benchconnect -n %1 -a '(__benchconnect_batches)'\n"_s.arg(condition);
    }
    return script;
}

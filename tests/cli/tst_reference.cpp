// The man pages and shell completions the build writes from the registry: every subcommand and
// option that --help prints is in each of them, the man page renders without warnings, and the
// completions work in the shells themselves.
#include "outbox.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

QString referenceFile(const QString &name)
{
    return QStringLiteral(BENCHCONNECT_BINARY_DIR) + u"/reference/"_s + name;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The subcommands as "benchconnect --help" lists them.
QStringList listedSubcommands()
{
    const ProgramRun help = run(cliPath(), {u"--help"_s}, cleanEnvironment());
    QStringList names;
    bool inList = false;
    for (const QString &line : help.outLines()) {
        if (line == u"Subcommands:"_s) {
            inList = true;
            continue;
        }
        if (inList && line.trimmed().isEmpty())
            break;
        if (inList)
            names.append(line.trimmed().section(u"  "_s, 0, 0)); // the name ends at two spaces ("watch")
    }
    return names;
}

// The options "benchconnect NAME --help" prints ("--path", "-q").
QStringList listedOptions(const QString &name)
{
    const ProgramRun help = run(cliPath(), name.split(u' ') + QStringList {u"--help"_s}, cleanEnvironment());
    QStringList options;
    static const QRegularExpression row(u"^  (-[a-zA-Z], )?(--[a-z][a-z-]*)"_s);
    for (const QString &line : help.outLines()) {
        const auto match = row.match(line);
        if (!match.hasMatch())
            continue;
        if (match.hasCaptured(1))
            options.append(match.captured(1).chopped(2));
        options.append(match.captured(2));
    }
    return options;
}

// What bash's completion offers for the words of a command line (the last one being completed).
QStringList bashCompletes(const QStringList &words)
{
    QStringList quoted;
    for (const QString &word : words)
        quoted.append(u'\'' + word + u'\'');
    const QString script = u"source '%1'; COMP_WORDS=(%2); COMP_CWORD=%3; _benchconnect; "
                           u"printf '%s\\n' \"${COMPREPLY[@]}\""_s
                               .arg(referenceFile(u"completions/benchconnect.bash"_s), quoted.join(u' '))
                               .arg(words.size() - 1);
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"PATH"_s, QFileInfo(cliPath()).path() + u':' + env.value(u"PATH"_s));
    const ProgramRun bash = run(u"bash"_s, {u"-c"_s, script}, env);
    return bash.outLines();
}

} // namespace

class TestReference : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const QString &name : {u"man/man1/benchconnect.1"_s, u"man/man1/benchconnect-gui.1"_s,
                 u"completions/benchconnect.bash"_s, u"completions/_benchconnect"_s,
                 u"completions/benchconnect.fish"_s})
            QVERIFY2(!readText(referenceFile(name)).isEmpty(), qPrintable(name + u" was not written"_s));
    }

    void everySubcommandAndOptionIsCovered()
    {
        const QString man = readText(referenceFile(u"man/man1/benchconnect.1"_s)).replace(u"\\-"_s, u"-"_s);
        const QString guiMan
            = readText(referenceFile(u"man/man1/benchconnect-gui.1"_s)).replace(u"\\-"_s, u"-"_s);
        const QString bash = readText(referenceFile(u"completions/benchconnect.bash"_s));
        const QString zsh = readText(referenceFile(u"completions/_benchconnect"_s));
        const QString fish = readText(referenceFile(u"completions/benchconnect.fish"_s));
        const QStringList subcommands = listedSubcommands();
        QVERIFY(subcommands.size() >= 11);
        for (const QString &name : subcommands) {
            QVERIFY2(man.contains(u".SS \"%1\""_s.arg(name)), qPrintable(name));
            QVERIFY2(guiMan.contains(u".SS \"%1\""_s.arg(name)), qPrintable(name));
            // The completion's line for the subcommand, in each shell.
            const QString bashLine = bash.section(u"\"%1\") options="_s.arg(name), 1, 1).section(u'\n', 0, 0);
            const QString zshLine = zsh.section(u"\"%1\") options="_s.arg(name), 1, 1).section(u'\n', 0, 0);
            QVERIFY2(!bashLine.isEmpty(), qPrintable(name));
            QVERIFY2(!zshLine.isEmpty(), qPrintable(name));
            if (name.contains(u' ')) {
                QVERIFY2(fish.contains(u"-n '__benchconnect_in_group %1' -a %2 "_s.arg(
                             name.section(u' ', 0, 0), name.section(u' ', 1))),
                    qPrintable(name));
            } else { // "watch": its options follow the first word
                QVERIFY2(fish.contains(u"-n '__benchconnect_is_single %1' "_s.arg(name)), qPrintable(name));
            }
            const QStringList options = listedOptions(name);
            QVERIFY2(options.contains(u"--help"_s), qPrintable(name));
            for (const QString &option : options) {
                const QString what = name + u' ' + option;
                QVERIFY2(man.contains(option), qPrintable(what));
                QVERIFY2(bashLine.section(u"; files="_s, 0, 0)
                             .split(QRegularExpression(u"[' ]"_s))
                             .contains(option),
                    qPrintable(what));
                QVERIFY2(zshLine.section(u"; files="_s, 0, 0)
                             .split(QRegularExpression(u"[( )]"_s))
                             .contains(option),
                    qPrintable(what));
                const QString fishOption
                    = option.startsWith(u"--"_s) ? u" -l "_s + option.mid(2) : u" -s "_s + option.mid(1);
                bool inFish = false;
                for (const QString &line : fish.split(u'\n')) {
                    if ((line.contains(u"'__benchconnect_is %1'"_s.arg(name))
                            || line.contains(u"'__benchconnect_is_single %1'"_s.arg(name)))
                        && (line.contains(fishOption + u' ') || line.endsWith(fishOption)))
                        inFish = true;
                }
                QVERIFY2(inFish, qPrintable(what));
            }
        }
        // What the man page must explain besides the subcommands.
        for (const QString &heading :
            {u".SH ENVIRONMENT"_s, u".SH FILES"_s, u".SH \"EXIT STATUS\""_s, u".SH EXAMPLES"_s})
            QVERIFY2(man.contains(heading), qPrintable(heading));
        for (const QString &variable : {u"CONBENCH_URL"_s, u"CONBENCH_PASSWORD"_s, u"BENCHCONNECT_OUTBOX"_s,
                 u"BENCHCONNECT_RETRY_DEADLINE"_s, u"BENCHCONNECT_MAX_IN_FLIGHT"_s,
                 u"BENCHCONNECT_CA_BUNDLE"_s})
            QVERIFY2(man.section(u".SH ENVIRONMENT"_s, 1).contains(variable), qPrintable(variable));
        QVERIFY(man.contains(u"benchconnect-state.json"_s));
        QVERIFY(man.contains(u".local/share/benchconnect/outbox"_s));
        for (const int code : {0, 1, 2, 3, 4, 5, 6, 7, 9, 130})
            QVERIFY2(man.section(u".SH \"EXIT STATUS\""_s, 1).contains(u".B %1\n"_s.arg(code)),
                qPrintable(QString::number(code)));
    }

    void manPagesRenderWithoutWarnings()
    {
        if (QStandardPaths::findExecutable(u"groff"_s).isEmpty())
            QSKIP("groff is not installed (scripts/install-deps.sh installs it)");
        for (const QString &page : {u"man/man1/benchconnect.1"_s, u"man/man1/benchconnect-gui.1"_s}) {
            const ProgramRun groff = run(u"groff"_s,
                {u"-man"_s, u"-Tutf8"_s, u"-ww"_s, u"-P-bu"_s, u"-rLL=80n"_s, referenceFile(page)},
                cleanEnvironment());
            QCOMPARE(groff.exitCode, 0);
            QVERIFY2(groff.err.isEmpty(), groff.err.constData());
            QVERIFY(groff.out.contains("SUBCOMMANDS"));
        }
    }

    void bashCompletesSubcommandsOptionsFilesAndBatches()
    {
        QVERIFY(bashCompletes({u"benchconnect"_s, u"sub"_s}).contains(u"submit"_s));
        QCOMPARE(bashCompletes({u"benchconnect"_s, u"outbox"_s, u"r"_s}), QStringList {u"retry"_s});
        // A subcommand of one word takes its options right after it.
        QCOMPARE(bashCompletes({u"benchconnect"_s, u"wat"_s}), QStringList {u"watch"_s});
        QCOMPARE(
            bashCompletes({u"benchconnect"_s, u"watch"_s, u"--done"_s}), QStringList {u"--done-marker"_s});
        QCOMPARE(bashCompletes({u"benchconnect"_s, u"watch"_s, u"--once"_s, u"--sett"_s}),
            QStringList {u"--settle"_s});
        const QStringList options = bashCompletes({u"benchconnect"_s, u"submit"_s, u"result"_s, u"--p"_s});
        QCOMPARE(options, (QStringList {u"--path"_s, u"--profile"_s}));

        QTemporaryDir dir;
        QVERIFY(QFile(dir.filePath(u"results.json"_s)).open(QIODevice::WriteOnly));
        QCOMPARE(
            bashCompletes({u"benchconnect"_s, u"post"_s, u"result"_s, u"--path"_s, dir.filePath(u"res"_s)}),
            QStringList {dir.filePath(u"results.json"_s)});

        // Batch ids of the outbox, read with "outbox list".
        Outbox outbox(dir.filePath(u"outbox"_s));
        QString error;
        QVERIFY(outbox.open(&error));
        auto writer = outbox.writer(u"http://127.0.0.1:1"_s);
        QVERIFY(writer->append(QJsonObject {{"tags"_L1, QJsonObject {{"name"_L1, "a"_L1}}}}, &error));
        QVERIFY(writer->commit(&error));
        const QString id = writer->batchIds().value(0);
        QVERIFY(!id.isEmpty());
        QCOMPARE(bashCompletes({u"benchconnect"_s, u"outbox"_s, u"drop"_s, u"--outbox"_s,
                     dir.filePath(u"outbox"_s), u""_s}),
            QStringList {id});
    }

    void zshAndFishReadTheirScripts()
    {
        for (const auto &[shell, file] : {std::pair {u"zsh"_s, u"completions/_benchconnect"_s},
                 std::pair {u"fish"_s, u"completions/benchconnect.fish"_s}}) {
            if (QStandardPaths::findExecutable(shell).isEmpty())
                QSKIP("zsh or fish is not installed (scripts/install-deps.sh installs them)");
            const ProgramRun check = run(shell, {u"-n"_s, referenceFile(file)}, cleanEnvironment());
            QVERIFY2(check.exitCode == 0, check.err.constData());
        }
        // fish offers the subcommands and a subcommand's options.
        QProcessEnvironment env = cleanEnvironment();
        env.insert(u"HOME"_s, QDir::tempPath());
        const QString load = u"source '%1'; "_s.arg(referenceFile(u"completions/benchconnect.fish"_s));
        const ProgramRun groups = run(u"fish"_s, {u"-c"_s, load + u"complete -C 'benchconnect sub'"_s}, env);
        QVERIFY2(groups.out.startsWith("submit"), groups.out.constData());
        const ProgramRun options
            = run(u"fish"_s, {u"-c"_s, load + u"complete -C 'benchconnect outbox retry --max'"_s}, env);
        QVERIFY2(options.out.startsWith("--max-in-flight"), options.out.constData());
        const ProgramRun watch
            = run(u"fish"_s, {u"-c"_s, load + u"complete -C 'benchconnect watch --sett'"_s}, env);
        QVERIFY2(watch.out.startsWith("--settle"), watch.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestReference)
#include "tst_reference.moc"

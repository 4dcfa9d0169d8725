// What every subcommand's common options promise, checked on each subcommand the dispatcher knows
// by running the real benchconnect: -q with -v is refused.
#include "dispatcher.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestCommonOptions : public QObject
{
    Q_OBJECT

private slots:
    // -q and -v say opposite things: a usage error (2) for every subcommand, before any work.
    void quietAndVerboseTogetherAreAUsageError()
    {
        QTemporaryDir dir;
        const Dispatcher dispatcher;
        const QStringList names = dispatcher.commandNames();
        QVERIFY(names.size() > 10);
        for (const QString &name : names) {
            for (const QStringList &both :
                {QStringList {u"-q"_s, u"-v"_s}, QStringList {u"--verbose"_s, u"--quiet"_s}}) {
                const ProgramRun r
                    = run(cliPath(), name.split(u' ') + both, cleanEnvironment(), {}, dir.path());
                QVERIFY2(r.exitCode == 2, qPrintable(name + u": "_s + QString::fromUtf8(r.err)));
                QCOMPARE(r.errLines(),
                    QStringList {
                        u"benchconnect: error: -q (--quiet) prints only errors and -v (--verbose) every "
                        u"step: give one of them, not both (see benchconnect %1 --help)."_s.arg(name)});
                QVERIFY(r.out.isEmpty());
            }
        }
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommonOptions)
#include "tst_commonoptions.moc"

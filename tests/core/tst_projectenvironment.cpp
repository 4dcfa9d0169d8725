#include "projectenvironment.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestProjectEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void repositoryForms_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QString url = u"https://github.com/apache/arrow"_s;
        QTest::newRow("org/repo") << u"apache/arrow"_s << url;
        QTest::newRow("url") << url << url;
        QTest::newRow("trailing slash") << u"https://github.com/apache/arrow/"_s << url;
        QTest::newRow(".git") << u"https://github.com/apache/arrow.git"_s << url;
        QTest::newRow("ssh") << u"git@github.com:apache/arrow.git"_s << url;
        QTest::newRow("ssh URL") << u"ssh://git@github.com/apache/arrow.git"_s << url;
        QTest::newRow("ssh URL, no user") << u"ssh://github.com/apache/arrow"_s << url;
        QTest::newRow("no scheme") << u"github.com/apache/arrow"_s << url;
        QTest::newRow("white space") << u"  apache/arrow \n"_s << url;
        QTest::newRow("one word") << u"arrow"_s << QString();
        QTest::newRow("other host") << u"https://gitlab.com/apache/arrow"_s << QString();
        QTest::newRow("too deep") << u"apache/arrow/tree/main"_s << QString();
    }

    void repositoryForms()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ProjectEnvironment::normalizeRepository(input), expected);
    }

    void variables_data()
    {
        QTest::addColumn<QStringList>("assignments");
        QTest::addColumn<QString>("github"); // compact JSON or empty
        QTest::addColumn<QString>("error"); // part of the first error, or empty
        QTest::addColumn<QString>("warning");
        const QString sha = u"0123456789abcdef0123456789abcdef01234567"_s;
        QTest::newRow("nothing") << QStringList() << QString() << QString() << QString();
        QTest::newRow("repo and commit")
            << QStringList {u"CONBENCH_PROJECT_REPOSITORY=org/r"_s, u"CONBENCH_PROJECT_COMMIT="_s + sha}
            << uR"({"commit":"%1","repository":"https://github.com/org/r"})"_s.arg(sha) << QString()
            << QString();
        QTest::newRow("pr number is an integer")
            << QStringList {u"CONBENCH_PROJECT_REPOSITORY=org/r"_s, u"CONBENCH_PROJECT_COMMIT="_s + sha,
                   u"CONBENCH_PROJECT_PR_NUMBER=42"_s}
            << uR"({"commit":"%1","pr_number":42,"repository":"https://github.com/org/r"})"_s.arg(sha)
            << QString() << QString();
        QTest::newRow("CONBENCH_ pr wins over BENCHMARKABLE_")
            << QStringList {u"CONBENCH_PROJECT_REPOSITORY=org/r"_s, u"CONBENCH_PROJECT_COMMIT="_s + sha,
                   u"CONBENCH_PROJECT_PR_NUMBER=42"_s, u"BENCHMARKABLE_PR_NUMBER=7"_s}
            << uR"({"commit":"%1","pr_number":42,"repository":"https://github.com/org/r"})"_s.arg(sha)
            << QString() << QString();
        QTest::newRow("legacy pr number is read")
            << QStringList {u"CONBENCH_PROJECT_REPOSITORY=org/r"_s, u"CONBENCH_PROJECT_COMMIT="_s + sha,
                   u"BENCHMARKABLE_PR_NUMBER=7"_s}
            << uR"({"commit":"%1","pr_number":7,"repository":"https://github.com/org/r"})"_s.arg(sha)
            << QString() << QString();
        QTest::newRow("blank variable is ignored with a warning")
            << QStringList {u"CONBENCH_PROJECT_REPOSITORY=org/r"_s, u"CONBENCH_PROJECT_COMMIT="_s + sha,
                   u"CONBENCH_PROJECT_PR_NUMBER=   "_s}
            << uR"({"commit":"%1","repository":"https://github.com/org/r"})"_s.arg(sha) << QString()
            << u"CONBENCH_PROJECT_PR_NUMBER is set but blank"_s;
        QTest::newRow("short commit")
            << QStringList {u"CONBENCH_PROJECT_REPOSITORY=org/r"_s, u"CONBENCH_PROJECT_COMMIT=abc123"_s}
            << QString() << u"not a 40-character hexadecimal commit SHA"_s << QString();
        QTest::newRow("commit without repository")
            << QStringList {u"CONBENCH_PROJECT_COMMIT="_s + sha} << QString()
            << u"CONBENCH_PROJECT_REPOSITORY is not"_s << QString();
        QTest::newRow("bad pr") << QStringList {u"CONBENCH_PROJECT_REPOSITORY=org/r"_s,
            u"CONBENCH_PROJECT_COMMIT="_s + sha, u"CONBENCH_PROJECT_PR_NUMBER=12a"_s}
                                << QString()
                                << u"CONBENCH_PROJECT_PR_NUMBER=\"12a\" is not a pull request number"_s
                                << QString();
        QTest::newRow("bad legacy pr")
            << QStringList {u"CONBENCH_PROJECT_REPOSITORY=org/r"_s, u"CONBENCH_PROJECT_COMMIT="_s + sha,
                   u"BENCHMARKABLE_PR_NUMBER=-3"_s}
            << QString() << u"BENCHMARKABLE_PR_NUMBER=\"-3\" is not a pull request number"_s << QString();
    }

    void variables()
    {
        QFETCH(QStringList, assignments);
        QFETCH(QString, github);
        QFETCH(QString, error);
        QFETCH(QString, warning);
        QProcessEnvironment env;
        for (const QString &assignment : assignments)
            env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
        const ProjectEnvironment project = ProjectEnvironment::fromEnvironment(env);
        if (error.isEmpty()) {
            QVERIFY2(project.errors().isEmpty(), qPrintable(project.errors().join(u'\n')));
        } else {
            QVERIFY(!project.errors().isEmpty());
            QVERIFY2(
                project.errors().constFirst().contains(error), qPrintable(project.errors().constFirst()));
        }
        const QString actual = project.github().isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(project.github()).toJson(QJsonDocument::Compact));
        QCOMPARE(actual, github);
        if (warning.isEmpty())
            QVERIFY(project.warnings().isEmpty());
        else
            QVERIFY2(
                project.warnings().join(u'\n').contains(warning), qPrintable(project.warnings().join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestProjectEnvironment)
#include "tst_projectenvironment.moc"

#include "augmenter.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString sha = u"0123456789abcdef0123456789abcdef01234567"_s;

QJsonObject fakeMachine()
{
    return QJsonObject {{"name"_L1, "bench-01"_L1}, {"cpu_core_count"_L1, "8"_L1}};
}

QProcessEnvironment projectEnv(bool withPr = false)
{
    QProcessEnvironment env;
    env.insert(u"CONBENCH_PROJECT_REPOSITORY"_s, u"apache/arrow"_s);
    env.insert(u"CONBENCH_PROJECT_COMMIT"_s, sha);
    if (withPr)
        env.insert(u"CONBENCH_PROJECT_PR_NUMBER"_s, u"1234"_s);
    return env;
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestAugmenter : public QObject
{
    Q_OBJECT

    Augmenter make(const QProcessEnvironment &env = QProcessEnvironment()) const
    {
        return Augmenter(ProjectEnvironment::fromEnvironment(env), fakeMachine,
            [] { return QDateTime(QDate(2026, 11, 27), QTime(21, 8, 22, 5), Qt::UTC); });
    }

private slots:
    void resultDefaults()
    {
        QJsonObject result = parse(R"({"run_reason": "commit", "stats": {"data": [1], "unit": "s"}})");
        QStringList warnings;
        QString error;
        QVERIFY(make(projectEnv(true)).augmentResult(&result, &warnings, &error));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        QVERIFY(
            QRegularExpression(u"^[0-9a-f]{32}$"_s).match(result.value("batch_id"_L1).toString()).hasMatch());
        QCOMPARE(result.value("timestamp"_L1).toString(), u"2026-11-27T21:08:22.005+00:00"_s);
        QCOMPARE(result.value("tags"_L1).toObject(), QJsonObject());
        QCOMPARE(result.value("info"_L1).toObject(), QJsonObject());
        QCOMPARE(result.value("context"_L1).toObject(), QJsonObject());
        QCOMPARE(result.value("machine_info"_L1).toObject(), fakeMachine());
        const QJsonObject github = result.value("github"_L1).toObject();
        QCOMPARE(github.value("repository"_L1).toString(), u"https://github.com/apache/arrow"_s);
        QCOMPARE(github.value("commit"_L1).toString(), sha);
        QVERIFY(github.value("pr_number"_L1).isDouble());
        QCOMPARE(github.value("pr_number"_L1).toInteger(), 1234);
        QCOMPARE(result.value("run_name"_L1).toString(), u"commit: "_s + sha);
        for (const auto key : {"run_id"_L1, "run_tags"_L1, "error"_L1, "validation"_L1,
                 "optional_benchmark_info"_L1, "cluster_info"_L1})
            QVERIFY2(!result.contains(key), key.data());
    }

    void givenValuesAreNeverReplaced()
    {
        QJsonObject result = parse(
            R"({ "batch_id": "b1", "timestamp": "2020-01-01T00:00:00+00:00", "run_id": "r1", "run_name": "my name", "run_reason": "nightly", "tags": {"name": "x"}, "info": {"i": 1}, "context": {"c": 2}, "machine_info": {"name": "given"}, "github": {"repository": "https:\/\/github.com\/org\/repo", "commit": "abc"}, "stats": {"data": [1], "unit": "s"}, "run_tags": {"arch": "arm64"}})");
        const QJsonObject before = result;
        QStringList warnings;
        QString error;
        QVERIFY(make(projectEnv()).augmentResult(&result, &warnings, &error));
        QCOMPARE(result, before);
    }

    void nullFieldsGetDefaults()
    {
        QJsonObject result = parse(
            R"({"batch_id": null, "timestamp": null, "tags": null, "info": null, "context": null, "machine_info": null, "run_id": null, "error": {"e": 1}})");
        QStringList warnings;
        QString error;
        QVERIFY(make().augmentResult(&result, &warnings, &error));
        QCOMPARE(result.value("batch_id"_L1).toString().size(), 32);
        QVERIFY(result.value("timestamp"_L1).isString());
        QVERIFY(result.value("tags"_L1).isObject());
        QCOMPARE(result.value("machine_info"_L1).toObject(), fakeMachine());
        QVERIFY(!result.contains("run_id"_L1));
        QVERIFY(warnings.isEmpty());
    }

    void emptyOptionalFieldsAreLeftOut()
    {
        QJsonObject result = parse(
            R"({"run_tags": {}, "stats": {"data": [1], "unit": "s"}, "error": null, "validation": {}, "optional_benchmark_info": null, "cluster_info": {}})");
        QStringList warnings;
        QString error;
        QVERIFY(make().augmentResult(&result, &warnings, &error));
        for (const auto key :
            {"run_tags"_L1, "error"_L1, "validation"_L1, "optional_benchmark_info"_L1, "cluster_info"_L1})
            QVERIFY2(!result.contains(key), key.data());
        QVERIFY(result.contains("machine_info"_L1)); // empty cluster_info does not count
    }

    void clusterInfoMeansNoMachineInfo()
    {
        QJsonObject result = parse(
            R"({"cluster_info": {"name": "c", "info": {}, "optional_info": {}}, "stats": {"data": [1], "unit": "s"}})");
        QStringList warnings;
        QString error;
        QVERIFY(make().augmentResult(&result, &warnings, &error));
        QVERIFY(!result.contains("machine_info"_L1));
        QVERIFY(warnings.isEmpty());
    }

    void githubRules_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("useEnv");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QByteArray>("expectedGithub"); // "absent" or JSON
        QTest::newRow("explicit null drops it even with the environment set")
            << QByteArray(R"({"github": null})") << true << true << QByteArray("absent");
        QTest::newRow("no environment, no github")
            << QByteArray("{}") << false << true << QByteArray("absent");
        QTest::newRow("org/repo becomes the URL form")
            << QByteArray(R"({"github": {"repository": "org/repo", "commit": "c1"}})") << false << true
            << QByteArray("{\"repository\": \"https://github.com/org/repo\", \"commit\": \"c1\"}");
        QTest::newRow("missing commit is an error")
            << QByteArray(R"({"github": {"repository": "org/repo"}})") << false << false << QByteArray();
        QTest::newRow("missing repository is an error")
            << QByteArray(R"({"github": {"commit": "c1"}})") << true << false << QByteArray();
        QTest::newRow("not an object is an error")
            << QByteArray(R"({"github": "org/repo"})") << false << false << QByteArray();
    }

    void githubRules()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, useEnv);
        QFETCH(bool, ok);
        QFETCH(QByteArray, expectedGithub);
        QJsonObject result = QJsonDocument::fromJson(input).object();
        QStringList warnings;
        QString error;
        QCOMPARE(
            make(useEnv ? projectEnv() : QProcessEnvironment()).augmentResult(&result, &warnings, &error),
            ok);
        if (!ok) {
            QVERIFY2(error.contains(u"github"_s), qPrintable(error));
            return;
        }
        if (expectedGithub == "absent")
            QVERIFY(!result.contains("github"_L1));
        else
            QCOMPARE(result.value("github"_L1).toObject(), QJsonDocument::fromJson(expectedGithub).object());
    }

    void runNameNeedsReasonAndCommit()
    {
        QJsonObject noReason = parse(R"({"stats": {"data": [1], "unit": "s"}})");
        QStringList warnings;
        QString error;
        QVERIFY(make(projectEnv()).augmentResult(&noReason, &warnings, &error));
        QVERIFY(!noReason.contains("run_name"_L1));

        QJsonObject noCommit = parse(R"({"run_reason": "commit", "stats": {"data": [1], "unit": "s"}})");
        QVERIFY(make().augmentResult(&noCommit, &warnings, &error));
        QVERIFY(!noCommit.contains("run_name"_L1));
    }

    void publishabilityWarnings_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no stats, no error") << QByteArray("{}") << u"neither \"stats\" nor \"error\""_s;
        QTest::newRow("both machine and cluster") << QByteArray(
            R"({"machine_info": {"name": "m"}, "cluster_info": {"name": "c"}, "error": {"x": 1}})")
                                                  << u"both \"machine_info\" and \"cluster_info\""_s;
    }

    void publishabilityWarnings()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, problem);
        QJsonObject result = QJsonDocument::fromJson(input).object();
        QStringList warnings;
        QString error;
        QVERIFY(make().augmentResult(&result, &warnings, &error));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.at(0).contains(problem), qPrintable(warnings.at(0)));
    }

    void runDefaults()
    {
        QJsonObject run = parse(R"({"reason": "nightly", "finished_timestamp": null, "error_info": {}})");
        QStringList warnings;
        QString error;
        QVERIFY(make(projectEnv()).augmentRun(&run, &warnings, &error));
        QVERIFY(warnings.isEmpty());
        QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(run.value("id"_L1).toString()).hasMatch());
        QCOMPARE(run.value("name"_L1).toString(), u"nightly: "_s + sha);
        QCOMPARE(run.value("info"_L1).toObject(), QJsonObject());
        QCOMPARE(run.value("machine_info"_L1).toObject(), fakeMachine());
        QCOMPARE(run.value("github"_L1).toObject().value("commit"_L1).toString(), sha);
        for (const auto key : {"finished_timestamp"_L1, "error_type"_L1, "error_info"_L1})
            QVERIFY2(!run.contains(key), key.data());
    }

    void runWithoutReasonWarns()
    {
        QJsonObject run;
        QStringList warnings;
        QString error;
        QVERIFY(make().augmentRun(&run, &warnings, &error));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.at(0).contains(u"reason"_s));
        QVERIFY(!run.contains("name"_L1));
    }

    void idsAreFresh()
    {
        QCOMPARE(Augmenter::newId().size(), 32);
        QVERIFY(Augmenter::newId() != Augmenter::newId());
    }
};

QTEST_GUILESS_MAIN(TestAugmenter)
#include "tst_augmenter.moc"

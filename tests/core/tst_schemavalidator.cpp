// The check of a result against what a Conbench server refuses (ConbenchSchema, over the
// marshmallow-like SchemaValidator), rule by rule, for both generations and for the rules both
// share; and that its verdict is the test server's (which answers with the same rules in
// Conbench's words).
#include "conbenchschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

using Generation = ConbenchSchema::Generation;

namespace {

QJsonObject machineInfo()
{
    return QJsonObject {{u"name"_s, u"host"_s}, {u"os_name"_s, u"Linux"_s}, {u"os_version"_s, u"6.1"_s},
        {u"architecture_name"_s, u"x86_64"_s}, {u"kernel_name"_s, u"6.1.0"_s},
        {u"memory_bytes"_s, u"34359738368"_s}, {u"cpu_model_name"_s, u"CPU"_s}, {u"cpu_core_count"_s, u"8"_s},
        {u"cpu_thread_count"_s, 16}, {u"cpu_l1d_cache_bytes"_s, u"0"_s}, {u"cpu_l1i_cache_bytes"_s, u"0"_s},
        {u"cpu_l2_cache_bytes"_s, u"0"_s}, {u"cpu_l3_cache_bytes"_s, u"0"_s},
        {u"cpu_frequency_max_hz"_s, u"0"_s}, {u"gpu_count"_s, u"0"_s},
        {u"gpu_product_names"_s, QJsonArray {}}};
}

// A result both generations store.
QJsonObject validResult()
{
    return QJsonObject {{u"batch_id"_s, u"b1"_s}, {u"run_id"_s, u"r1"_s},
        {u"timestamp"_s, u"2026-01-31T12:00:00+00:00"_s}, {u"tags"_s, QJsonObject {{u"name"_s, u"sort"_s}}},
        {u"context"_s, QJsonObject {}}, {u"info"_s, QJsonObject {}},
        {u"github"_s,
            QJsonObject {{u"repository"_s, u"https://github.com/org/repo"_s},
                {u"commit"_s, u"0123456789abcdef0123456789abcdef01234567"_s}}},
        {u"machine_info"_s, machineInfo()},
        {u"stats"_s, QJsonObject {{u"data"_s, QJsonArray {1.5, 2.5}}, {u"unit"_s, u"s"_s}}}};
}

// Applies a change: each key of patch replaces the result's (a dotted key reaches into an object);
// a null value removes the key.
QJsonObject changed(const QByteArray &patchJson)
{
    QJsonObject result = validResult();
    const QJsonObject patch = QJsonDocument::fromJson(patchJson).object();
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        const QStringList path = it.key().split(u'.');
        if (path.size() == 1) {
            if (it.value().isNull())
                result.remove(it.key());
            else
                result.insert(it.key(), it.value());
            continue;
        }
        QJsonObject inner = result.value(path.at(0)).toObject();
        if (it.value().isNull())
            inner.remove(path.at(1));
        else
            inner.insert(path.at(1), it.value());
        result.insert(path.at(0), inner);
    }
    return result;
}

QStringList fields(const QList<ConbenchSchema::Problem> &problems)
{
    QStringList out;
    for (const auto &problem : problems)
        out << problem.field;
    return out;
}

// The test server's verdict: the schema, then what Conbench checks when it stores the result.
bool serverStores(const ConbenchSchema &schema, const QJsonObject &result)
{
    return schema.validate(u"BenchmarkResultCreate"_s, result).isEmpty()
        && schema.resultRefusal(result).isEmpty();
}

} // namespace

class TestSchemaValidator : public QObject
{
    Q_OBJECT

private slots:
    void documentsLoad()
    {
        for (Generation g : {Generation::Conbench2023, Generation::Current}) {
            const ConbenchSchema &schema = ConbenchSchema::of(g);
            QVERIFY2(schema.isValid(), qPrintable(schema.loadError()));
            QVERIFY(schema.validator().hasSchema(u"BenchmarkResultCreate"_s));
        }
        QCOMPARE(ConbenchSchema::of(Generation::Conbench2023).allowedUnits(),
            (QStringList {u"B/s"_s, u"s"_s, u"ns"_s, u"i/s"_s}));
        QCOMPARE(ConbenchSchema::of(Generation::Current).allowedUnits(),
            (QStringList {u"B"_s, u"B/s"_s, u"s"_s, u"ns"_s, u"i/s"_s}));
    }

    void generations()
    {
        Generation g = Generation::Unknown;
        QVERIFY(ConbenchSchema::parseGeneration(u"2023"_s, &g));
        QCOMPARE(g, Generation::Conbench2023);
        QVERIFY(ConbenchSchema::parseGeneration(u"2023-08"_s, &g));
        QCOMPARE(g, Generation::Conbench2023);
        QVERIFY(ConbenchSchema::parseGeneration(u"current"_s, &g));
        QCOMPARE(g, Generation::Current);
        QVERIFY(!ConbenchSchema::parseGeneration(u"2024"_s, &g));
        QVERIFY(!ConbenchSchema::parseGeneration(QString(), &g));
    }

    // Each rule with a valid and an invalid sample. The columns name the field the problem is
    // about in each generation and by the shared rules; empty: the result is valid there.
    void rules_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QString>("field2023");
        QTest::addColumn<QString>("fieldCurrent");
        QTest::addColumn<QString>("fieldShared");

        auto row = [](const char *name, const char *patch, const char *f2023, const char *fCurrent,
                       const char *fShared) {
            QTest::newRow(name) << QByteArray(patch) << QString::fromUtf8(f2023)
                                << QString::fromUtf8(fCurrent) << QString::fromUtf8(fShared);
        };
        row("valid", "{}", "", "", "");
        // The schema: unknown fields, required fields, types (with marshmallow's coercion), null.
        row("unknown field", R"({"foo": 1})", "foo", "foo", "foo");
        row("run_tags (2023: unknown field)", R"({"run_tags": {"env": "ci"}})", "run_tags", "", "");
        row("batch_id missing", R"({"batch_id": null})", "batch_id", "batch_id", "batch_id");
        row("context missing", R"({"context": null})", "context", "context", "context");
        row("github missing (current requires it)", R"({"github": null})", "", "github", "");
        row("integer as a string", R"({"machine_info.cpu_core_count": "12"})", "", "", "");
        row("not an integer", R"({"machine_info.cpu_core_count": "twelve"})", "machine_info.cpu_core_count",
            "machine_info.cpu_core_count", "machine_info.cpu_core_count");
        row("machine_info field missing", R"({"machine_info.gpu_count": null})", "machine_info.gpu_count",
            "machine_info.gpu_count", "machine_info.gpu_count");
        row("machine_info not an object", R"({"machine_info": "host"})", "machine_info", "machine_info",
            "machine_info");
        row("timestamp not a date", R"({"timestamp": "yesterday"})", "timestamp", "timestamp", "timestamp");
        row("blank run_reason is null", R"({"run_reason": "  "})", "run_reason", "run_reason", "run_reason");
        row("run_reason given", R"({"run_reason": "commit"})", "", "", "");
        row("pr_number empty is null", R"({"github.pr_number": ""})", "", "", "");
        row("pr_number as a string", R"({"github.pr_number": "12"})", "", "", "");
        row("pr_number not an integer", R"({"github.pr_number": "twelve"})", "github.pr_number",
            "github.pr_number", "github.pr_number");
        row("stats data not numbers", R"({"stats": {"data": ["x"], "unit": "s"}})", "stats.data.0",
            "stats.data.0", "stats.data.0");
        row("stats data NaN", R"({"stats": {"data": ["nan"], "unit": "s"}})", "stats.data.0", "stats.data.0",
            "stats.data.0");
        row("stats unit missing", R"({"stats": {"data": [1]}})", "stats.unit", "stats.unit", "stats.unit");
        row("tags not an object", R"({"tags": ["sort"]})", "tags", "tags", "tags");
        // Object-level rules.
        row("no machine_info nor cluster_info", R"({"machine_info": null})", "machine_info", "machine_info",
            "machine_info");
        row("machine_info and cluster_info",
            R"({"cluster_info": {"name": "c", "info": {}, "optional_info": {}}})", "cluster_info",
            "cluster_info", "cluster_info");
        row("cluster_info alone",
            R"({"machine_info": null, "cluster_info": {"name": "c", "info": {}, "optional_info": {}}})", "",
            "", "");
        row("no stats nor error", R"({"stats": null})", "stats", "stats", "stats");
        row("error alone", R"({"stats": null, "error": {"stack": "boom"}})", "", "", "");
        row("repository not GitHub", R"({"github.repository": "https://gitlab.com/org/repo"})",
            "github.repository", "github.repository", "github.repository");
        row("repository as git@", R"({"github.repository": "git@github.com:org/repo"})", "", "", "");
        row("commit empty", R"({"github.commit": ""})", "github.commit", "github.commit", "github.commit");
        row("commit left out (2023 requires it)", R"({"github.commit": null})", "github.commit", "", "");
        row("run_tags value not a string", R"({"run_tags": {"n": 1}})", "run_tags", "run_tags.n", "run_tags");
        // What Conbench checks when it stores a result.
        row("tags.name missing", R"({"tags": {"dataset": "x"}})", "tags.name", "tags.name", "tags.name");
        row("tag value an object", R"({"tags": {"name": "sort", "p": {"a": 1}}})", "tags.p", "tags.p",
            "tags.p");
        row("unit unknown", R"({"stats": {"data": [1], "unit": "ms"}})", "stats.unit", "stats.unit",
            "stats.unit");
        row("unit B (current only)", R"({"stats": {"data": [1], "unit": "B"}})", "stats.unit", "", "");
        row("unit b/s", R"({"stats": {"data": [1], "unit": "b/s"}})", "", "", "");
        row("unit unknown with an error", R"({"stats": {"data": [1], "unit": "ms"}, "error": {"x": 1}})", "",
            "", "");
        row("unit unknown with a missing value", R"({"stats": {"data": [1, null], "unit": "ms"}})", "", "",
            "");
    }

    void rules()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QString, field2023);
        QFETCH(QString, fieldCurrent);
        QFETCH(QString, fieldShared);
        const QJsonObject result = changed(patch);

        const QList<QPair<Generation, QString>> expectations
            = {{Generation::Conbench2023, field2023}, {Generation::Current, fieldCurrent}};
        for (const auto &[generation, field] : expectations) {
            const auto problems = ConbenchSchema::checkResult(result, generation);
            const QString name = ConbenchSchema::generationName(generation);
            if (field.isEmpty()) {
                QVERIFY2(problems.isEmpty(), qPrintable(name + u": "_s + fields(problems).join(u", "_s)));
            } else {
                QVERIFY2(fields(problems).contains(field),
                    qPrintable(name + u": "_s + fields(problems).join(u", "_s)));
                for (const auto &problem : problems)
                    QVERIFY2(!problem.reason.isEmpty(), qPrintable(problem.field));
            }
            // The same verdict as the test server, which answers with Conbench's words.
            QCOMPARE(serverStores(ConbenchSchema::of(generation), result), field.isEmpty());
        }
        const auto shared = ConbenchSchema::checkResult(result, Generation::Unknown);
        if (fieldShared.isEmpty())
            QVERIFY2(shared.isEmpty(), qPrintable(fields(shared).join(u", "_s)));
        else
            QVERIFY2(fields(shared).contains(fieldShared), qPrintable(fields(shared).join(u", "_s)));
        // Shared rules: refused only when both generations refuse.
        QCOMPARE(shared.isEmpty(), field2023.isEmpty() || fieldCurrent.isEmpty());
    }

    void messagesNameTheFieldAndTheReason()
    {
        const auto problems = ConbenchSchema::checkResult(
            changed(R"({"stats": {"data": [1], "unit": "ms"}})"), Generation::Unknown);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.constFirst().text(),
            u"stats.unit: \"ms\" is not a unit Conbench accepts (s, ns, B/s, i/s)"_s);
        const auto current = ConbenchSchema::checkResult(
            changed(R"({"stats": {"data": [1], "unit": "ms"}})"), Generation::Current);
        QCOMPARE(current.constFirst().text(),
            u"stats.unit: \"ms\" is not a unit Conbench accepts (s, ns, B, B/s, i/s)"_s);
        const auto integer = ConbenchSchema::checkResult(
            changed(R"({"machine_info.cpu_core_count": "twelve"})"), Generation::Current);
        QCOMPARE(integer.constFirst().text(), u"machine_info.cpu_core_count: \"twelve\" is not an integer"_s);
        // Every problem of a result is named, not only the first.
        const auto several = ConbenchSchema::checkResult(
            changed(R"({"foo": 1, "timestamp": "yesterday", "batch_id": null})"), Generation::Current);
        QCOMPARE(fields(several), (QStringList {u"batch_id"_s, u"foo"_s, u"timestamp"_s}));
        // What the server would refuse after the schema is said too, so that one round of fixes
        // is enough (the server itself stops at the schema).
        const auto beyond = ConbenchSchema::checkResult(
            changed(R"({"batch_id": null, "stats": {"data": [1], "unit": "ms"}})"), Generation::Current);
        QCOMPARE(fields(beyond), (QStringList {u"batch_id"_s, u"stats.unit"_s}));
        QVERIFY(!ConbenchSchema::of(Generation::Current)
                     .validate(u"BenchmarkResultCreate"_s, changed(R"({"batch_id": null})"))
                     .isEmpty());
    }

    // The test server's answers stay in Conbench's words.
    void conbenchWords()
    {
        const ConbenchSchema &current = ConbenchSchema::of(Generation::Current);
        const QJsonObject errors
            = current.validate(u"BenchmarkResultCreate"_s, changed(R"({"stats": null})"));
        QCOMPARE(
            errors.value(u"_schema"_s).toArray(), QJsonArray {u"Either stats or error field is required"_s});
        const QJsonObject typed = current.validate(
            u"BenchmarkResultCreate"_s, changed(R"({"machine_info.cpu_core_count": "twelve"})"));
        QCOMPARE(typed.value(u"machine_info"_s).toObject().value(u"cpu_core_count"_s).toArray(),
            QJsonArray {u"Not a valid integer."_s});
        QCOMPARE(current.resultRefusal(changed(R"({"stats": {"data": [1], "unit": "ms"}})")),
            u"invalid unit string `ms`, pick one of: B, B/s, s, ns, i/s"_s);
        const ConbenchSchema &older = ConbenchSchema::of(Generation::Conbench2023);
        QCOMPARE(older.validate(u"BenchmarkResultCreate"_s, changed(R"({"run_tags": {"a": "b"}})"))
                     .value(u"run_tags"_s)
                     .toArray(),
            QJsonArray {u"Unknown field."_s});
    }
};

QTEST_GUILESS_MAIN(TestSchemaValidator)
#include "tst_schemavalidator.moc"

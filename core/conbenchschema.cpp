// SPDX-License-Identifier: MIT
#include "conbenchschema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A value as it appears in the JSON, shortened for a message.
QString shown(const QJsonValue &value)
{
    QString text;
    if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else
        text = QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
                   .mid(1)
                   .chopped(1);
    constexpr qsizetype longest = 60;
    if (text.size() > longest)
        text = text.left(longest - 1) + u'\u2026';
    return text;
}

QString joined(const QString &prefix, const QString &field)
{
    if (prefix.isEmpty())
        return field;
    if (field.isEmpty())
        return prefix;
    return prefix + u'.' + field;
}

QJsonValue child(const QJsonValue &value, const QString &key)
{
    if (value.isObject())
        return value.toObject().value(key);
    if (value.isArray()) {
        bool ok = false;
        const int index = key.toInt(&ok);
        if (ok)
            return value.toArray().at(index);
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

QString ConbenchSchema::generationName(Generation generation)
{
    switch (generation) {
    case Generation::Conbench2023:
        return u"2023"_s;
    case Generation::Current:
        return u"current"_s;
    case Generation::Unknown:
        break;
    }
    return {};
}

bool ConbenchSchema::parseGeneration(const QString &text, Generation *generation)
{
    const QString t = text.trimmed().toLower();
    if (t == u"2023"_s || t == u"2023-08"_s) {
        *generation = Generation::Conbench2023;
        return true;
    }
    if (t == u"current"_s) {
        *generation = Generation::Current;
        return true;
    }
    return false;
}

QString ConbenchSchema::Problem::text() const
{
    return field.isEmpty() ? reason : u"%1: %2"_s.arg(field, reason);
}

const ConbenchSchema &ConbenchSchema::of(Generation generation)
{
    static const ConbenchSchema conbench2023(Generation::Conbench2023);
    static const ConbenchSchema current(Generation::Current);
    return generation == Generation::Conbench2023 ? conbench2023 : current;
}

ConbenchSchema::ConbenchSchema(Generation generation)
    : m_generation(generation == Generation::Unknown ? Generation::Current : generation)
{
    // However the document turns out (the list has a default).
    const auto readUnits = qScopeGuard([this] { m_allowedUnits = readAllowedUnits(); });
    const QString name = m_generation == Generation::Conbench2023 ? u":/openapi/openapi-2023-08.json"_s
                                                                  : u":/openapi/openapi-current.json"_s;
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadError = u"cannot read %1"_s.arg(name);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        m_loadError = u"cannot parse %1: %2"_s.arg(name, parseError.errorString());
        return;
    }
    m_validator = SchemaValidator(document.object());
    if (!m_validator.hasSchema(u"BenchmarkResultCreate"_s) || !m_validator.hasSchema(u"Login"_s)) {
        m_loadError = u"%1 lacks the expected schemas"_s.arg(name);
        return;
    }
    auto inConbenchWords = [](QList<Finding> (*rule)(const QJsonObject &)) {
        return [rule](const QJsonObject &object) {
            QStringList messages;
            for (const Finding &finding : rule(object))
                messages << finding.conbench;
            return messages;
        };
    };
    m_validator.addSchemaRule(u"SchemaGitHubCreate"_s, inConbenchWords(&ConbenchSchema::githubFindings));
    m_validator.addSchemaRule(u"BenchmarkResultCreate"_s, inConbenchWords(&ConbenchSchema::resultFindings));
    m_validator.addSchemaRule(u"RunCreate"_s, inConbenchWords(&ConbenchSchema::hardwareFindings));
}

// conbench/entities/benchmark_result.py SchemaGitHubCreate.validate_props
QList<ConbenchSchema::Finding> ConbenchSchema::githubFindings(const QJsonObject &github)
{
    QString url = github.value(u"repository"_s).toString();
    if (url.startsWith(u"git@github.com:"_s))
        url.replace(u"git@github.com:"_s, u"https://github.com/"_s);
    if (!url.startsWith(u"https://github.com"_s)) {
        return {{u"repository"_s,
            u"'repository' must be a URL, starting with 'https://github.com', got `%1`"_s.arg(url),
            tr("%1 is not a GitHub repository URL (https://github.com/ORG/REPO)")
                .arg(shown(github.value(u"repository"_s)))}};
    }
    if (github.contains(u"commit"_s) && github.value(u"commit"_s).toString().isEmpty())
        return {{u"commit"_s, u"'commit' must be a non-empty string"_s,
            tr("is empty (give the commit's hash, or leave the field out)")}};
    return {};
}

QList<ConbenchSchema::Finding> ConbenchSchema::hardwareFindings(const QJsonObject &data)
{
    QList<Finding> findings;
    const bool machine = data.contains(u"machine_info"_s);
    const bool cluster = data.contains(u"cluster_info"_s);
    if (!machine && !cluster)
        findings.append({u"machine_info"_s, u"Either machine_info or cluster_info field is required"_s,
            tr("missing (give machine_info or cluster_info)")});
    if (machine && cluster)
        findings.append(
            {u"cluster_info"_s, u"machine_info and cluster_info fields can not be used at the same time"_s,
                tr("given together with machine_info (give only one of them)")});
    return findings;
}

QList<ConbenchSchema::Finding> ConbenchSchema::resultFindings(const QJsonObject &data)
{
    QList<Finding> findings;
    if (data.contains(u"run_tags"_s)) {
        const QJsonValue tags = data.value(u"run_tags"_s);
        if (!tags.isObject()) {
            findings.append({u"run_tags"_s, u"run_tags must be a map object"_s,
                tr("%1 is not an object of strings").arg(shown(tags))});
        } else {
            const QJsonObject o = tags.toObject();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (it.key().isEmpty()) {
                    findings.append({u"run_tags"_s, u"run_tags keys must be non-empty strings"_s,
                        tr("holds an empty key (keys must be non-empty strings)")});
                    break;
                }
                if (!it.value().isString()) {
                    findings.append({u"run_tags."_s + it.key(), u"run_tags values must be strings"_s,
                        tr("%1 is not a string (run_tags values must be strings)").arg(shown(it.value()))});
                    break;
                }
            }
        }
    }
    findings << hardwareFindings(data);
    if (!data.contains(u"stats"_s) && !data.contains(u"error"_s))
        findings.append({u"stats"_s, u"Either stats or error field is required"_s,
            tr("missing (give stats, or error for a benchmark that failed)")});
    return findings;
}

QJsonObject ConbenchSchema::normalized(const QJsonObject &body)
{
    QJsonObject munged = body;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.value().isString() && it.value().toString().trimmed().isEmpty())
            munged.insert(it.key(), QJsonValue::Null);
    }
    // SchemaGitHubCreate pre_load: "" means null for pr_number and branch.
    if (munged.value(u"github"_s).isObject()) {
        QJsonObject github = munged.value(u"github"_s).toObject();
        for (const QString &key : {u"pr_number"_s, u"branch"_s}) {
            if (github.value(key) == QJsonValue(QString()))
                github.insert(key, QJsonValue::Null);
        }
        munged.insert(u"github"_s, github);
    }
    return munged;
}

QJsonObject ConbenchSchema::validate(const QString &schemaName, const QJsonObject &body) const
{
    return m_validator.validate(schemaName, normalized(body));
}

QStringList ConbenchSchema::readAllowedUnits() const
{
    // The stats schema's description says "Allowed values: B, B/s, s, ns, i/s".
    const QString description = m_validator.schema(u"BenchmarkResultStats"_s)
                                    .value(u"properties"_s)
                                    .toObject()
                                    .value(u"unit"_s)
                                    .toObject()
                                    .value(u"description"_s)
                                    .toString();
    const qsizetype at = description.indexOf(u"Allowed values:"_s);
    if (at < 0)
        return {u"B/s"_s, u"s"_s, u"ns"_s, u"i/s"_s};
    QStringList units;
    for (const QString &u : description.mid(at + 15).split(u',', Qt::SkipEmptyParts))
        units << u.trimmed();
    return units;
}

// What BenchmarkResult.create() refuses after schema validation. Conbench stops at the first.
QList<ConbenchSchema::Finding> ConbenchSchema::findingsAfterSchema(const QJsonObject &result) const
{
    QList<Finding> findings;
    const QJsonObject tags = result.value(u"tags"_s).toObject();
    if (!tags.contains(u"name"_s))
        findings.append({u"tags.name"_s,
            u"`name` property must be present in `tags` (the name of the conceptual benchmark)"_s,
            tr("missing (Conbench needs the benchmark's name there)")});
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it) {
        if (it.key().isEmpty()) {
            findings.append({u"tags"_s, u"tags: zero-length string as key is not allowed"_s,
                tr("holds an empty key (keys must be non-empty strings)")});
            break;
        }
        if (it.value().isObject() || it.value().isArray()) {
            // Conbench's message really has a literal {key} in it.
            findings.append({u"tags."_s + it.key(),
                u"tags: bad value type for key `{key}`, JSON object and array is not allowed`"_s,
                tr("%1 is an object or a list (tag values must be plain values)").arg(shown(it.value()))});
            break;
        }
    }
    if (!result.contains(u"error"_s) && result.value(u"stats"_s).isObject()) {
        const QJsonObject stats = result.value(u"stats"_s).toObject();
        const QJsonArray data = stats.value(u"data"_s).toArray();
        bool complete = !data.isEmpty();
        for (const QJsonValue &v : data) {
            if (v.isNull())
                complete = false;
        }
        if (complete) {
            QString unit = stats.value(u"unit"_s).toString();
            if (unit == u"b/s"_s)
                unit = u"B/s"_s;
            const QStringList units = allowedUnits();
            if (!units.contains(unit)) {
                // For people, the usual units first.
                QStringList listed;
                for (const QString &u : {u"s"_s, u"ns"_s, u"B"_s, u"B/s"_s, u"i/s"_s}) {
                    if (units.contains(u))
                        listed << u;
                }
                for (const QString &u : units) {
                    if (!listed.contains(u))
                        listed << u;
                }
                findings.append({u"stats.unit"_s,
                    u"invalid unit string `%1`, pick one of: %2"_s.arg(unit, units.join(u", "_s)),
                    tr("%1 is not a unit Conbench accepts (%2)")
                        .arg(shown(stats.value(u"unit"_s)), listed.join(u", "_s))});
            }
        }
    }
    return findings;
}

QString ConbenchSchema::resultRefusal(const QJsonObject &result) const
{
    const QList<Finding> findings = findingsAfterSchema(result);
    return findings.isEmpty() ? QString() : findings.constFirst().conbench;
}

QList<ConbenchSchema::Finding> ConbenchSchema::rulesOf(
    const QString &schemaName, const QJsonObject &object) const
{
    if (schemaName == u"SchemaGitHubCreate"_s)
        return githubFindings(object);
    if (schemaName == u"BenchmarkResultCreate"_s)
        return resultFindings(object);
    if (schemaName == u"RunCreate"_s)
        return hardwareFindings(object);
    return {};
}

namespace {

// marshmallow's messages, in words that go with the field's name.
QString describe(const QString &message, const QJsonValue &value)
{
    const QString v = shown(value);
    if (message == u"Unknown field."_s)
        return ConbenchSchema::tr("not a field the server knows");
    if (message == u"Missing data for required field."_s)
        return ConbenchSchema::tr("missing (required)");
    if (message == u"Field may not be null."_s)
        return ConbenchSchema::tr("may not be null, empty or blank");
    if (message == u"Not a valid string."_s)
        return ConbenchSchema::tr("%1 is not a string").arg(v);
    if (message == u"Not a valid integer."_s)
        return ConbenchSchema::tr("%1 is not an integer").arg(v);
    if (message == u"Not a valid number."_s)
        return ConbenchSchema::tr("%1 is not a number").arg(v);
    if (message == u"Special numeric values (nan or infinity) are not permitted."_s)
        return ConbenchSchema::tr("%1: NaN and infinity are not allowed").arg(v);
    if (message == u"Not a valid boolean."_s)
        return ConbenchSchema::tr("%1 is not true or false").arg(v);
    if (message == u"Not a valid list."_s)
        return ConbenchSchema::tr("%1 is not a list").arg(v);
    if (message == u"Not a valid mapping type."_s || message == u"Invalid input type."_s)
        return ConbenchSchema::tr("%1 is not an object").arg(v);
    if (message == u"Not a valid datetime."_s)
        return ConbenchSchema::tr("%1 is not an ISO 8601 date and time (2026-01-31T12:00:00+00:00)").arg(v);
    if (message == u"Not a valid email address."_s)
        return ConbenchSchema::tr("%1 is not an email address").arg(v);
    return message;
}

} // namespace

void ConbenchSchema::collect(const QJsonObject &errors, const QString &schemaName, const QJsonValue &value,
    const QString &prefix, QList<Problem> *problems) const
{
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
        if (it.key() == u"_schema"_s) {
            const QList<Finding> findings
                = value.isObject() ? rulesOf(schemaName, value.toObject()) : QList<Finding>();
            for (const Finding &finding : findings)
                problems->append({joined(prefix, finding.field), finding.reason});
            if (findings.isEmpty()) {
                for (const QJsonValue &message : it.value().toArray())
                    problems->append({prefix, describe(message.toString(), value)});
            }
            continue;
        }
        const QString path = joined(prefix, it.key());
        if (it.value().isObject()) {
            const QString nested
                = value.isObject() ? m_validator.propertySchemaName(schemaName, it.key()) : QString();
            collect(it.value().toObject(), nested, child(value, it.key()), path, problems);
            continue;
        }
        for (const QJsonValue &message : it.value().toArray())
            problems->append({path, describe(message.toString(), child(value, it.key()))});
    }
}

QList<ConbenchSchema::Problem> ConbenchSchema::checkResult(const QJsonObject &result) const
{
    QList<Problem> problems;
    if (!isValid()) {
        problems.append({QString(), m_loadError});
        return problems;
    }
    const QJsonObject body = normalized(result);
    const QJsonObject errors = m_validator.validate(u"BenchmarkResultCreate"_s, body);
    if (!errors.isEmpty()) {
        collect(errors, u"BenchmarkResultCreate"_s, body, QString(), &problems);
        // The server stops at the schema; what it would refuse next is said too, so that one round
        // of fixes is enough. The verdict is the same: refused.
        QList<Finding> later;
        if (!errors.contains(u"_schema"_s))
            later << resultFindings(body);
        later << findingsAfterSchema(result);
        for (const Finding &finding : std::as_const(later)) {
            const bool named = std::any_of(problems.cbegin(), problems.cend(), [&](const Problem &problem) {
                return problem.field == finding.field || finding.field.startsWith(problem.field + u'.')
                    || problem.field.startsWith(finding.field + u'.');
            });
            if (!named)
                problems.append({finding.field, finding.reason});
        }
        return problems;
    }
    for (const Finding &finding : findingsAfterSchema(result))
        problems.append({finding.field, finding.reason});
    return problems;
}

QList<ConbenchSchema::Problem> ConbenchSchema::checkResult(const QJsonObject &result, Generation generation)
{
    if (generation != Generation::Unknown)
        return of(generation).checkResult(result);
    const QList<Problem> older = of(Generation::Conbench2023).checkResult(result);
    if (older.isEmpty())
        return {};
    const QList<Problem> newer = of(Generation::Current).checkResult(result);
    if (newer.isEmpty())
        return {};
    // Refused by both: what both say about the same fields, else everything either says.
    QList<Problem> common;
    for (const Problem &problem : older) {
        for (const Problem &other : newer) {
            if (other.field == problem.field) {
                common.append(problem);
                break;
            }
        }
    }
    if (!common.isEmpty())
        return common;
    QList<Problem> all = older;
    for (const Problem &problem : newer) {
        if (!all.contains(problem))
            all.append(problem);
    }
    return all;
}

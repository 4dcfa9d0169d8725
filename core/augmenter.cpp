#include "augmenter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

bool isMissing(const QJsonObject &object, QLatin1StringView key)
{
    const auto it = object.constFind(key);
    return it == object.constEnd() || it->isNull() || it->isUndefined();
}

// Empty: absent, null, {} or [].
bool isEmptyValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isObject() && value.toObject().isEmpty())
        || (value.isArray() && value.toArray().isEmpty());
}

void dropIfEmpty(QJsonObject *object, QLatin1StringView key)
{
    const auto it = object->find(key);
    if (it != object->end() && isEmptyValue(*it))
        object->erase(it);
}

void dropIfNull(QJsonObject *object, QLatin1StringView key)
{
    const auto it = object->find(key);
    if (it != object->end() && (it->isNull() || it->isUndefined()))
        object->erase(it);
}

void defaultObject(QJsonObject *object, QLatin1StringView key)
{
    if (isMissing(*object, key))
        object->insert(key, QJsonObject());
}

QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QString commitOf(const QJsonObject &object)
{
    return object.value("github"_L1).toObject().value("commit"_L1).toString();
}

} // namespace

Augmenter::Augmenter(ProjectEnvironment project, MachineInfoProvider machineInfo, Clock clock)
    : m_project(std::move(project))
    , m_machineInfo(std::move(machineInfo))
    , m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentDateTimeUtc(); };
}

QString Augmenter::newId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

QString Augmenter::timestamp(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"+00:00"_s;
}

bool Augmenter::applyGithub(QJsonObject *object, QString *error) const
{
    const auto it = object->constFind("github"_L1);
    if (it == object->constEnd()) {
        if (!m_project.github().isEmpty())
            object->insert("github"_L1, m_project.github());
        return true;
    }
    if (it->isNull()) { // explicit null: no commit context
        object->remove("github"_L1);
        return true;
    }
    if (!it->isObject()) {
        *error = tr("\"github\" must be an object with \"repository\" and \"commit\", or null.");
        return false;
    }
    QJsonObject github = it->toObject();
    QStringList missing;
    for (const auto key : {"repository"_L1, "commit"_L1}) {
        if (github.value(key).toString().trimmed().isEmpty())
            missing.append(key);
    }
    if (!missing.isEmpty()) {
        *error = tr("\"github\" lacks %1; give both \"repository\" and \"commit\", or null for no commit "
                    "context.")
                     .arg(missing.join(tr(" and ")));
        return false;
    }
    const QString repository = github.value("repository"_L1).toString();
    const QString url = ProjectEnvironment::normalizeRepository(repository);
    if (url.isEmpty()) {
        *error = tr("\"github.repository\" is \"%1\", not a GitHub repository; use org/repo or "
                    "https://github.com/org/repo.")
                     .arg(repository);
        return false;
    }
    github.insert("repository"_L1, url);
    object->insert("github"_L1, github);
    return true;
}

void Augmenter::applyMachine(QJsonObject *object) const
{
    dropIfEmpty(object, "cluster_info"_L1);
    if (object->contains("cluster_info"_L1)) {
        dropIfNull(object, "machine_info"_L1);
        return;
    }
    if (isMissing(*object, "machine_info"_L1) && m_machineInfo)
        object->insert("machine_info"_L1, m_machineInfo());
}

bool Augmenter::augmentResult(QJsonObject *result, QStringList *warnings, QString *error) const
{
    QJsonObject &r = *result;
    if (isMissing(r, "batch_id"_L1))
        r.insert("batch_id"_L1, newId());
    if (isMissing(r, "timestamp"_L1))
        r.insert("timestamp"_L1, timestamp(m_clock()));
    for (const auto key : {"run_id"_L1, "run_reason"_L1, "run_name"_L1})
        dropIfNull(&r, key);
    dropIfEmpty(&r, "run_tags"_L1);
    for (const auto key : {"tags"_L1, "info"_L1, "context"_L1})
        defaultObject(&r, key);
    for (const auto key : {"stats"_L1, "error"_L1, "validation"_L1, "optional_benchmark_info"_L1})
        dropIfEmpty(&r, key);
    applyMachine(&r);
    if (!applyGithub(&r, error))
        return false;
    const QString commit = commitOf(r);
    if (isMissing(r, "run_name"_L1) && !commit.isEmpty() && !isMissing(r, "run_reason"_L1))
        r.insert("run_name"_L1, u"%1: %2"_s.arg(r.value("run_reason"_L1).toString(), commit));

    const QStringList problems = publishabilityProblems(r);
    if (warnings) {
        for (const QString &problem : problems)
            warnings->append(tr("This result cannot be posted yet: %1").arg(problem));
    }
    return true;
}

bool Augmenter::augmentRun(QJsonObject *run, QStringList *warnings, QString *error, QStringList *notes) const
{
    QJsonObject &r = *run;
    // The result spelling of a run's fields, as the Python tool's documentation starts a run.
    for (const auto &[resultKey, runKey] :
        {std::pair {"run_reason"_L1, "reason"_L1}, {"run_name"_L1, "name"_L1}}) {
        if (!r.contains(resultKey))
            continue;
        const QJsonValue given = r.take(resultKey);
        if (given.isNull() || given.isUndefined())
            continue;
        if (!isMissing(r, runKey) && r.value(runKey) != given) {
            *error = tr("the run gives both \"%1\" (%2) and \"%3\" (%4); give one of them.")
                         .arg(resultKey, jsonText(given), runKey, jsonText(r.value(runKey)));
            return false;
        }
        r.insert(runKey, given);
        if (notes)
            notes->append(tr("\"%1\" is taken as the run's \"%2\".").arg(resultKey, runKey));
    }
    if (isMissing(r, "id"_L1))
        r.insert("id"_L1, newId());
    for (const auto key : {"reason"_L1, "name"_L1, "finished_timestamp"_L1, "error_type"_L1})
        dropIfNull(&r, key);
    dropIfEmpty(&r, "error_info"_L1);
    defaultObject(&r, "info"_L1);
    applyMachine(&r);
    if (!applyGithub(&r, error))
        return false;
    const QString commit = commitOf(r);
    if (isMissing(r, "name"_L1) && !commit.isEmpty() && !isMissing(r, "reason"_L1))
        r.insert("name"_L1, u"%1: %2"_s.arg(r.value("reason"_L1).toString(), commit));
    if (warnings && isMissing(r, "reason"_L1))
        warnings->append(tr("The run has no \"reason\" (such as commit, pull-request or nightly); Conbench "
                            "groups runs by it."));
    return true;
}

QStringList Augmenter::publishabilityProblems(const QJsonObject &result)
{
    QStringList problems;
    const bool machine = !isEmptyValue(result.value("machine_info"_L1));
    const bool cluster = !isEmptyValue(result.value("cluster_info"_L1));
    if (machine && cluster)
        problems.append(tr("it holds both \"machine_info\" and \"cluster_info\"; give exactly one."));
    else if (!machine && !cluster)
        problems.append(tr("it holds neither \"machine_info\" nor \"cluster_info\"; give exactly one."));
    if (isEmptyValue(result.value("stats"_L1)) && isEmptyValue(result.value("error"_L1)))
        problems.append(tr("it holds neither \"stats\" nor \"error\"."));
    return problems;
}

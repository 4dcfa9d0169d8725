#include "runstate.h"

#include "clientsettings.h"
#include "inputloader.h"
#include "logging.h"
#include "wholewrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

bool isEmptyValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isObject() && value.toObject().isEmpty())
        || (value.isArray() && value.toArray().isEmpty()) || (value.isString() && value.toString().isEmpty());
}

QString compact(const QJsonValue &value)
{
    if (value.isString())
        return u"\"%1\""_s.arg(value.toString());
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

QString RunState::pathIn(const QString &directory)
{
    return QDir(directory.isEmpty() ? QDir::currentPath() : directory).filePath(fileName());
}

QJsonObject RunState::fromRun(const QJsonObject &run)
{
    static const QList<QPair<QLatin1StringView, QLatin1StringView>> mapping = {
        {"id"_L1, "run_id"_L1},
        {"name"_L1, "run_name"_L1},
        {"reason"_L1, "run_reason"_L1},
        {"github"_L1, "github"_L1},
        {"machine_info"_L1, "machine_info"_L1},
        {"cluster_info"_L1, "cluster_info"_L1},
    };
    QJsonObject state;
    for (const auto &[runKey, resultKey] : mapping) {
        const QJsonValue value = run.value(runKey);
        if (!isEmptyValue(value))
            state.insert(resultKey, value);
    }
    return state;
}

void RunState::setServer(QJsonObject *state, const QUrl &server)
{
    state->insert(serverKey(), server.toString(QUrl::RemoveUserInfo));
}

bool RunState::checkServer(const QJsonObject &state, const QUrl &server, QString *error, QString *note)
{
    const QString recorded = state.value(serverKey()).toString().trimmed();
    if (recorded.isEmpty()) {
        *note = tr("The run's state file does not say which server run %1 was started on (it was written "
                   "by an earlier benchconnect); using %2.")
                    .arg(state.value("run_id"_L1).toString(), server.toDisplayString(QUrl::RemoveUserInfo));
        return true;
    }
    if (ClientSettings::comparableUrl(QUrl(recorded)) == ClientSettings::comparableUrl(server))
        return true;
    *error = tr("Run %1 was started on %2, but CONBENCH_URL is %3; set CONBENCH_URL=%2 to continue the run "
                "(nothing was sent).")
                 .arg(state.value("run_id"_L1).toString(), recorded,
                     server.toDisplayString(QUrl::RemoveUserInfo));
    return false;
}

void RunState::setGeneration(QJsonObject *state, ConbenchSchema::Generation generation)
{
    if (generation == ConbenchSchema::Generation::Unknown)
        state->remove(generationKey());
    else
        state->insert(generationKey(), ConbenchSchema::generationName(generation));
}

ConbenchSchema::Generation RunState::generation(const QJsonObject &state)
{
    ConbenchSchema::Generation generation = ConbenchSchema::Generation::Unknown;
    if (!ConbenchSchema::parseGeneration(state.value(generationKey()).toString(), &generation))
        return ConbenchSchema::Generation::Unknown;
    return generation;
}

QString RunState::pathProblem(const QString &directory)
{
    const QString path = pathIn(directory);
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (info.isDir())
        return tr("%1 is a directory, not the run's state file: the state of a run started here is kept in "
                  "a file of that name. Remove or rename the directory, or work in another directory.")
            .arg(path);
    if (!info.isFile())
        return tr(
            "%1 is not a regular file, so it cannot be the run's state file: the state of a run started "
            "here is kept in a file of that name. Remove it, or work in another directory.")
            .arg(path);
    return {};
}

bool RunState::exists(const QString &directory)
{
    return QFile::exists(pathIn(directory));
}

bool RunState::load(const QString &directory, QJsonObject *state, QString *error)
{
    const QString path = pathIn(directory);
    if (const QString problem = pathProblem(directory); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QFile file(path);
    if (!file.exists()) {
        *error = tr("No run has been started here: %1 does not exist. Run \"benchconnect start run\" first "
                    "(in this directory).")
                     .arg(path);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the run's state file: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1: the run's state file is not valid JSON %2; repair it, or remove it and start the "
                    "run again.")
                     .arg(path, InputLoader::describeParseError(data, parseError));
        return false;
    }
    if (!doc.isObject() || doc.object().value("run_id"_L1).toString().isEmpty()) {
        *error = tr("%1 is not a benchconnect state file (it holds no run_id); remove it and start the run "
                    "again.")
                     .arg(path);
        return false;
    }
    *state = doc.object();
    return true;
}

bool RunState::save(const QString &directory, const QJsonObject &state, QString *error)
{
    const QString path = pathIn(directory);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write the run's state file: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString why;
    if (!commitWhole(file, {QJsonDocument(state).toJson(QJsonDocument::Indented)}, &why)) {
        *error = tr("%1: cannot write the run's state file: %2").arg(path, why);
        return false;
    }
    qCDebug(lcState) << "wrote" << path;
    return true;
}

bool RunState::checkWritable(const QString &directory, const QJsonObject &state, QString *error)
{
    const QString path = pathIn(directory);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write the run's state file: %2").arg(path, file.errorString());
        return false;
    }
    QString why;
    if (!writeWhole(file, {QJsonDocument(state).toJson(QJsonDocument::Indented)}, &why)) {
        *error = tr("%1: cannot write the run's state file: %2").arg(path, why);
        return false;
    }
    file.cancelWriting(); // nothing is kept
    return true;
}

bool RunState::remove(const QString &directory, QString *error)
{
    QFile file(pathIn(directory));
    if (file.exists() && !file.remove()) {
        *error = tr("%1: cannot remove the run's state file: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool RunState::applyTo(const QJsonObject &state, QJsonObject *result, QString *error)
{
    for (auto it = state.begin(); it != state.end(); ++it) {
        if (it.key() == serverKey() || it.key() == generationKey())
            continue;
        const QJsonValue given = result->value(it.key());
        if (given.isUndefined() || given.isNull()) {
            result->insert(it.key(), it.value());
            continue;
        }
        if (given != it.value()) {
            *error = tr("\"%1\" is %2 in the result but %3 in the started run; leave it out of the result or "
                        "start another run.")
                         .arg(it.key(), compact(given), compact(it.value()));
            return false;
        }
    }
    return true;
}

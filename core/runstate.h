#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The state file of a started run (benchconnect-state.json): the fields every result of the run
// shares, under their result names (run_id, run_name, run_reason, github, machine_info,
// cluster_info). Written atomically, readable by its owner only.
class RunState
{
    Q_DECLARE_TR_FUNCTIONS(RunState)

public:
    static QString fileName() { return QStringLiteral("benchconnect-state.json"); }
    static QString pathIn(const QString &directory);

    // The state's fields from an augmented run (empty fields left out).
    static QJsonObject fromRun(const QJsonObject &run);

    static bool exists(const QString &directory);
    // Reads the state file; false with *error when it is missing or unreadable.
    static bool load(const QString &directory, QJsonObject *state, QString *error);
    static bool save(const QString &directory, const QJsonObject &state, QString *error);
    static bool remove(const QString &directory, QString *error);

    // Copies the state's fields into a result. A field that both hold with different values is an
    // error naming the key and both values.
    static bool applyTo(const QJsonObject &state, QJsonObject *result, QString *error);
};

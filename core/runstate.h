#pragma once

#include "conbenchschema.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// The state file of a started run (benchconnect-state.json): the fields every result of the run
// shares, under their result names (run_id, run_name, run_reason, github, machine_info,
// cluster_info), the server the run was started on (conbench_url) and the generation of its API
// that start run found (conbench_generation); those two are not copied into results. Written atomically,
// readable by its owner only.
class RunState
{
    Q_DECLARE_TR_FUNCTIONS(RunState)

public:
    static QString fileName() { return QStringLiteral("benchconnect-state.json"); }
    static QString pathIn(const QString &directory);

    // The state's fields from an augmented run (empty fields left out).
    static QJsonObject fromRun(const QJsonObject &run);

    // The key under which the state file records the server; it is not a field of results.
    static QString serverKey() { return QStringLiteral("conbench_url"); }
    static void setServer(QJsonObject *state, const QUrl &server);
    // Whether the run may be continued on server: true when the state names the same server
    // (compared as ClientSettings::comparableUrl does); true with *note set when the state names
    // none (written by an earlier version); false with *error naming both servers.
    static bool checkServer(const QJsonObject &state, const QUrl &server, QString *error, QString *note);

    // The key under which the state file records the generation of the server's API ("2023" or
    // "current", as start run learned it from the answer to POST /api/runs/); not a field of results.
    static QString generationKey() { return QStringLiteral("conbench_generation"); }
    // Unknown leaves the key out.
    static void setGeneration(QJsonObject *state, ConbenchSchema::Generation generation);
    // Unknown when the state records none (or one this version does not know).
    static ConbenchSchema::Generation generation(const QJsonObject &state);

    // Why the state file's path cannot hold the state file (it is a directory, a FIFO, a device),
    // saying what to do; empty when it is a regular file or nothing is there.
    static QString pathProblem(const QString &directory);
    static bool exists(const QString &directory);
    // Reads the state file; false with *error when it is missing, unreadable, not valid JSON (with
    // where) or holds no run_id.
    static bool load(const QString &directory, QJsonObject *state, QString *error);
    static bool save(const QString &directory, const QJsonObject &state, QString *error);
    // Whether save() could write state now: writes it whole and synced (no permission, a full disk
    // and the file size limit all show), then leaves nothing; false with *error as save() says it.
    static bool checkWritable(const QString &directory, const QJsonObject &state, QString *error);
    static bool remove(const QString &directory, QString *error);

    // Copies the state's fields (not the server nor the generation) into a result. A field that both hold
    // with different values is an error naming the key and both values.
    static bool applyTo(const QJsonObject &state, QJsonObject *result, QString *error);
};

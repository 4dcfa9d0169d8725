#pragma once

#include "projectenvironment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <functional>

// Fills the defaults of a benchmark result or a run, as the reference describes: missing or null
// fields get their default, a value the user gave is never replaced, empty optional fields are
// left out. Talks to no server.
class Augmenter
{
    Q_DECLARE_TR_FUNCTIONS(Augmenter)

public:
    using MachineInfoProvider = std::function<QJsonObject()>;
    using Clock = std::function<QDateTime()>;

    explicit Augmenter(ProjectEnvironment project, MachineInfoProvider machineInfo, Clock clock = {});

    // Returns false (with *error) when the input cannot be augmented at all (for example a github
    // object without repository or commit). *warnings receives publishability problems.
    bool augmentResult(QJsonObject *result, QStringList *warnings, QString *error) const;
    // A run may name its reason and name as results do ("run_reason", "run_name", as the Python
    // tool's documentation shows): they are taken as "reason" and "name", and *notes says so.
    bool augmentRun(
        QJsonObject *run, QStringList *warnings, QString *error, QStringList *notes = nullptr) const;

    // Why a result could not be published (empty when it can): machine_info xor cluster_info,
    // stats and/or error.
    static QStringList publishabilityProblems(const QJsonObject &result);

    static QString newId(); // random UUID, 32 hex digits
    static QString timestamp(const QDateTime &when); // ISO 8601 with offset, UTC

private:
    bool applyGithub(QJsonObject *object, QString *error) const;
    void applyMachine(QJsonObject *object) const;

    ProjectEnvironment m_project;
    MachineInfoProvider m_machineInfo;
    Clock m_clock;
};

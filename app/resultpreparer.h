#pragma once

#include "augmenter.h"

#include <QCoreApplication>
#include <QJsonObject>

// Makes a result ready to be sent with a run, the way "submit result" does: the run's shared fields
// (RunState::fromRun of the augmented run) are copied in with RunState::applyTo, the defaults filled by
// the Augmenter, the result checked against the server's schema (ConbenchSchema::checkResult, for the
// generation the run state records) and publishability checked. A value type: a copy is handed to worker
// threads.
class ResultPreparer
{
    Q_DECLARE_TR_FUNCTIONS(ResultPreparer)

public:
    ResultPreparer(QJsonObject runState, Augmenter augmenter, QJsonObject runTags = {});

    // Returns false with *why when the result cannot be sent with this run.
    bool prepare(const QJsonObject &input, QJsonObject *output, QString *why) const;

    // Run tags go into each result as run_tags; only servers since late 2023 accept the field.
    void setIncludeRunTags(bool include) { m_includeRunTags = include; }
    // The run cannot be composed (problem says why: "The commit is missing: …"): a result is checked
    // for what its file decides, and found not sendable for that reason when nothing else is wrong.
    void setRunProblem(const QString &problem) { m_runProblem = problem; }
    const QJsonObject &runState() const { return m_runState; }
    const QJsonObject &runTags() const { return m_runTags; }

private:
    QJsonObject m_runState;
    Augmenter m_augmenter;
    QJsonObject m_runTags;
    bool m_includeRunTags = true;
    QString m_runProblem;
};

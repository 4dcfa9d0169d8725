#include "resultpreparer.h"

#include "conbenchschema.h"
#include "runstate.h"

using namespace Qt::StringLiterals;

ResultPreparer::ResultPreparer(QJsonObject runState, Augmenter augmenter, QJsonObject runTags)
    : m_runState(std::move(runState))
    , m_augmenter(std::move(augmenter))
    , m_runTags(std::move(runTags))
{ }

bool ResultPreparer::prepare(const QJsonObject &input, QJsonObject *output, QString *why) const
{
    QJsonObject result = input;
    // Without a run, the result has no run_id: the schema is not to say so, the run's problem does.
    if (!m_runProblem.isEmpty() && !result.contains("run_id"_L1))
        result.insert("run_id"_L1, u"run-not-composed"_s);
    if (!RunState::applyTo(m_runState, &result, why))
        return false;
    if (m_includeRunTags && !m_runTags.isEmpty()) {
        QJsonObject tags = result.value("run_tags"_L1).toObject();
        for (auto it = m_runTags.begin(); it != m_runTags.end(); ++it) {
            if (!tags.contains(it.key()))
                tags.insert(it.key(), it.value());
        }
        result.insert("run_tags"_L1, tags);
    }
    if (!m_augmenter.augmentResult(&result, nullptr, why))
        return false;
    // What the server would refuse, in the schema's words naming the field (as the command line
    // checks before sending); then what would make the result useless on the server.
    QStringList reasons;
    for (const ConbenchSchema::Problem &problem :
        ConbenchSchema::checkResult(result, RunState::generation(m_runState)))
        reasons.append(problem.text());
    if (!reasons.isEmpty()) {
        *why = reasons.join(u"; "_s);
        return false;
    }
    const QStringList problems = Augmenter::publishabilityProblems(result);
    if (!problems.isEmpty()) {
        *why = problems.join(u' ');
        return false;
    }
    if (!m_runProblem.isEmpty()) {
        *why = m_runProblem;
        return false;
    }
    *output = result;
    return true;
}

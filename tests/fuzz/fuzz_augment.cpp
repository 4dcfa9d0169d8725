// SPDX-License-Identifier: MIT
// Augmentation of an arbitrary object as a result and as a run: defaults filled, the user's values
// kept, whatever types they have.
#include "fuzzsupport.h"

#include "augmenter.h"
#include "inputloader.h"
#include "projectenvironment.h"

#include <QProcessEnvironment>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonObject object;
    QString error;
    if (!InputLoader::parseObject(FuzzSupport::bytes(data, size), &object, &error))
        return 0;
    static const Augmenter augmenter = [] {
        QProcessEnvironment env;
        env.insert(QStringLiteral("CONBENCH_PROJECT_REPOSITORY"), QStringLiteral("apache/arrow"));
        env.insert(QStringLiteral("CONBENCH_PROJECT_COMMIT"),
            QStringLiteral("2e8d6f1f0c4a1b3c5d7e9f0a1b2c3d4e5f6a7b8c"));
        ProjectEnvironment::Detection detection;
        detection.ci = detection.git = false; // nothing of the machine the fuzzer runs on
        return Augmenter(
            ProjectEnvironment::fromEnvironment(env, detection),
            [] {
                return QJsonObject {{QStringLiteral("name"), QStringLiteral("fuzz")}};
            },
            [] { return QDateTime(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC); });
    }();
    QStringList warnings;
    QStringList notes;
    QJsonObject result = object;
    augmenter.augmentResult(&result, &warnings, &error);
    Augmenter::publishabilityProblems(result);
    QJsonObject run = object;
    augmenter.augmentRun(&run, &warnings, &error, &notes);
    return 0;
}

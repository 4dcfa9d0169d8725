// SPDX-License-Identifier: MIT
// The state file of a started run (benchconnect-state.json), read as `submit` and `finish run` read
// it, then applied to a result and checked against a server.
#include "fuzzsupport.h"

#include "runstate.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    QFile file(RunState::pathIn(dir.path()));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    QJsonObject state;
    QString error;
    QString note;
    if (!RunState::load(dir.path(), &state, &error))
        return 0;
    RunState::generation(state);
    RunState::checkServer(state, QUrl(QStringLiteral("https://conbench.example.org")), &error, &note);
    QJsonObject result {{QStringLiteral("run_id"), QStringLiteral("r1")},
        {QStringLiteral("stats"), QJsonObject {{QStringLiteral("unit"), QStringLiteral("s")}}}};
    RunState::applyTo(state, &result, &error);
    return 0;
}

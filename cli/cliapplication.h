#pragma once

#include <QStringList>

// Runs the dispatcher over the process's standard streams; shared by both programs' main().
namespace CliApplication {
int run(const QStringList &arguments);
}

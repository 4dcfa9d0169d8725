#pragma once

#include <QLoggingCategory>

// Core code never writes to a terminal: it reports through return values, signals and these
// logging categories, which the programs route (the CLI to stderr with --verbose).
Q_DECLARE_LOGGING_CATEGORY(lcInput)
Q_DECLARE_LOGGING_CATEGORY(lcAugment)
Q_DECLARE_LOGGING_CATEGORY(lcClient)
Q_DECLARE_LOGGING_CATEGORY(lcState)
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

#include "logging.h"

Q_LOGGING_CATEGORY(lcInput, "benchconnect.input", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAugment, "benchconnect.augment", QtWarningMsg)
Q_LOGGING_CATEGORY(lcClient, "benchconnect.client", QtWarningMsg)
Q_LOGGING_CATEGORY(lcState, "benchconnect.state", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOutbox, "benchconnect.outbox", QtWarningMsg)

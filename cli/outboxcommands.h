#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace OutboxCommands {
// outbox list, outbox retry, outbox drop.
std::vector<std::unique_ptr<Command>> create();
} // namespace OutboxCommands

#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace ServerCommands {
// The subcommands that talk to a Conbench server.
std::vector<std::unique_ptr<Command>> create();
} // namespace ServerCommands

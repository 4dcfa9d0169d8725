#pragma once

// Keeps a password held in memory out of core dumps: once a process holds one, it is no longer
// dumpable (Linux), so a crash leaves no core file with the password in it.
namespace Secrets {
void protectProcessMemory();
}

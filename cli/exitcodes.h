#pragma once

// The exit status of every subcommand. Documented in `benchconnect --help` and the README.
namespace ExitCode {
enum : int
{
    Success = 0,
    Failure = 1, // the work was done only in part (the server refused some results and stored others)
    Usage = 2, // unknown subcommand, bad option or option value
    Input = 3, // no input, unreadable file, invalid JSON, a field that cannot be used
    Configuration = 4, // CONBENCH_* variables missing or invalid
    Refused = 5, // the server refused the request (4xx), credentials refused
    Unreachable = 6, // no answer from the server before the retry deadline (at the start or part-way)
    State = 7, // the run's state file: missing, exists already, disagrees with the input, cannot be written
    Regressions = 8, // compare --fail-on: the comparison shows what --fail-on names
    Storage = 9, // the outbox could not be written or read (disk full, permissions)
    Interrupted = 130, // stopped by Ctrl-C; nothing accepted was lost
};
} // namespace ExitCode

#pragma once

#include <QString>

// Creates directory and each of its parents that does not exist yet, every one with mode 0700
// (its owner's alone) whatever the process's umask. Directories that exist already are left as
// they are. False with *why (the system's reason) when one cannot be created.
bool makePrivateDirectory(const QString &directory, QString *why);

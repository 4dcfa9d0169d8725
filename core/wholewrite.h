#pragma once

#include <QByteArrayView>
#include <QSaveFile>
#include <QString>

#include <cerrno>
#include <cstring>
#include <initializer_list>

#include <unistd.h>

// Writes all of parts into an open QSaveFile, flushes it and syncs it to disk, without committing
// it; false with *why otherwise (and the file is then cancelled: nothing of it will be kept).
// QIODevice::write() may write a part and report no error (at a full disk, or at the file size
// limit), so the rest is written until it is all there or the write fails. And a QSaveFile keeps
// what it is given in a buffer that only its commit() writes out, ignoring a write that fails
// there (Qt 6.4 then syncs and renames the file cut short, or empty, all the same): the buffer is
// flushed here, and the sync checked, before anything is committed.
inline bool writeWhole(QSaveFile &file, std::initializer_list<QByteArrayView> parts, QString *why)
{
    const auto fail = [&file, why](int error) {
        *why = error != 0 ? QString::fromLocal8Bit(std::strerror(error)) : file.errorString();
        file.cancelWriting();
        return false;
    };
    for (QByteArrayView data : parts) {
        while (!data.isEmpty()) {
            errno = 0;
            const qint64 written = file.write(data.data(), data.size());
            if (written <= 0)
                return fail(errno);
            data = data.sliced(written);
        }
    }
    errno = 0;
    if (!file.flush() || file.error() != QFileDevice::NoError)
        return fail(errno);
    // A file system that cannot sync this file (EINVAL) has nothing more to write to the disk.
    if (::fdatasync(file.handle()) != 0 && errno != EINVAL)
        return fail(errno);
    return true;
}

// Writes all of parts into a QSaveFile as writeWhole() does and commits it; false with *why
// otherwise, and then no file is left (the one it replaces, if any, stays as it was).
inline bool commitWhole(QSaveFile &file, std::initializer_list<QByteArrayView> parts, QString *why)
{
    if (!writeWhole(file, parts, why))
        return false;
    if (!file.commit()) {
        *why = file.errorString();
        return false;
    }
    return true;
}

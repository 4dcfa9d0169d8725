#pragma once

#include <QByteArrayView>
#include <QSaveFile>
#include <QString>

#include <cerrno>
#include <cstring>
#include <initializer_list>

// Writes all of parts into a QSaveFile and commits it; false with *why otherwise. QIODevice::write()
// may write a part and report no error (at a full disk, or at the file size limit), and commit()
// would then keep the file cut short: here the rest is written until it is all there or the
// write fails, and then nothing is kept.
inline bool commitWhole(QSaveFile &file, std::initializer_list<QByteArrayView> parts, QString *why)
{
    for (QByteArrayView data : parts) {
        while (!data.isEmpty()) {
            errno = 0;
            const qint64 written = file.write(data.data(), data.size());
            if (written <= 0) {
                const int error = errno;
                *why = error != 0 ? QString::fromLocal8Bit(std::strerror(error)) : file.errorString();
                file.cancelWriting();
                return false;
            }
            data = data.sliced(written);
        }
    }
    if (!file.commit()) {
        *why = file.errorString();
        return false;
    }
    return true;
}

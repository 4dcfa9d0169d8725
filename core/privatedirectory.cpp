#include "privatedirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>

bool makePrivateDirectory(const QString &directory, QString *why)
{
    // The directories missing, from the one below the first that exists down to the deepest.
    QStringList missing;
    QString path = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    while (!QFileInfo(path).isDir()) {
        if (QFileInfo::exists(path)) {
            *why = QString::fromLocal8Bit(std::strerror(ENOTDIR));
            return false;
        }
        missing.prepend(path);
        const QString parent = QFileInfo(path).path();
        if (parent == path)
            break;
        path = parent;
    }
    for (const QString &each : std::as_const(missing)) {
        const QByteArray name = QFile::encodeName(each);
        if (::mkdir(name.constData(), 0700) != 0) {
            const int error = errno;
            if (error == EEXIST && QFileInfo(each).isDir())
                continue; // made meanwhile by another process: theirs, left as it is
            *why = QString::fromLocal8Bit(std::strerror(error));
            return false;
        }
        // The umask may have taken bits of the owner's away too (umask 0277).
        if (::chmod(name.constData(), 0700) != 0) {
            *why = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
    }
    return true;
}

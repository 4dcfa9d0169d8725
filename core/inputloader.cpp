#include "inputloader.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QScopeGuard>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString sizeText(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return InputLoader::tr("%Ln bytes", nullptr, int(bytes));
    return InputLoader::tr("%1 MiB").arg(QString::number(bytes / (1024.0 * 1024.0), 'f', 1));
}

// size < 0: not known (a line not read to its end).
QString tooLarge(const QString &what, qint64 size, const InputSizeLimit &limit)
{
    QString message = size < 0 ? InputLoader::tr("%1 is longer than the %2 that one input object may take")
                                     .arg(what, sizeText(limit.bytes))
                               : InputLoader::tr("%1 is %2, more than the %3 that one input object may take")
                                     .arg(what, sizeText(size), sizeText(limit.bytes));
    if (!limit.howToRaise.isEmpty())
        message += u"; "_s + limit.howToRaise;
    return message;
}

QString positionOf(const QByteArray &data, int offset)
{
    int line = 1;
    int column = 1;
    const int end = qMin<int>(offset, data.size());
    for (int i = 0; i < end; ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return InputLoader::tr("at offset %1 (line %2, column %3)").arg(offset).arg(line).arg(column);
}

class SingleObjectSource final : public JsonObjectSource
{
public:
    SingleObjectSource(QByteArray data, QString origin)
        : m_data(std::move(data))
        , m_origin(std::move(origin))
    { }

    Status next(QJsonObject *object, QString *error) override
    {
        if (m_done)
            return Status::End;
        m_done = true;
        QString why;
        if (!InputLoader::parseObject(m_data, object, &why)) {
            *error = u"%1: %2"_s.arg(m_origin, why);
            return Status::Error;
        }
        m_data.clear();
        return Status::Object;
    }
    QString origin() const override { return m_origin; }
    qint64 sizeHint() const override { return 1; }

private:
    QByteArray m_data;
    QString m_origin;
    bool m_done = false;
};

// Newline-delimited JSON from a device (standard input) or from text given on the command line.
class NdjsonSource final : public JsonObjectSource
{
public:
    NdjsonSource(QIODevice *device, const InputSizeLimit &limit, QString name)
        : m_device(device)
        , m_limit(limit)
        , m_name(std::move(name))
    { }
    NdjsonSource(const QString &text, QString name)
        : m_text(text.toUtf8())
        , m_name(std::move(name))
    { }

    Status next(QJsonObject *object, QString *error) override
    {
        for (;;) {
            QByteArray line;
            if (!readLine(&line))
                return Status::End;
            ++m_lineNumber;
            if (m_tooLong) {
                *error = tooLarge(origin(), -1, m_limit);
                return Status::Error;
            }
            if (line.trimmed().isEmpty())
                continue;
            QString why;
            if (!InputLoader::parseObject(line, object, &why)) {
                *error = u"%1: %2"_s.arg(origin(), why);
                return Status::Error;
            }
            return Status::Object;
        }
    }
    // "standard input, line 3": named as a file's results are, by where they came from.
    QString origin() const override { return InputLoader::lineOrigin(m_name, m_lineNumber); }

private:
    bool readLine(QByteArray *line)
    {
        if (m_device) {
            // Blocking reads, in pieces, so that a line past the limit is refused without holding it
            // whole: an empty answer is the end of the input (a line holds at least "\n").
            line->clear();
            char chunk[64 * 1024];
            for (;;) {
                const qint64 n = m_device->readLine(chunk, sizeof chunk);
                if (n <= 0)
                    break;
                line->append(chunk, n);
                if (chunk[n - 1] == '\n')
                    break;
                if (line->size() > m_limit.bytes) {
                    m_tooLong = true;
                    break;
                }
            }
            if (line->size() - (line->endsWith('\n') ? 1 : 0) > m_limit.bytes)
                m_tooLong = true;
            return !line->isEmpty();
        }
        if (m_pos >= m_text.size())
            return false;
        qsizetype end = m_text.indexOf('\n', m_pos);
        if (end < 0)
            end = m_text.size();
        *line = m_text.mid(m_pos, end - m_pos);
        m_pos = end + 1;
        return true;
    }

    QIODevice *m_device = nullptr;
    InputSizeLimit m_limit;
    bool m_tooLong = false;
    QByteArray m_text;
    qsizetype m_pos = 0;
    QString m_name; // where the lines come from
    int m_lineNumber = 0;
};

class DirectorySource final : public JsonObjectSource
{
public:
    DirectorySource(QString directory, QStringList files, InputSizeLimit limit)
        : m_directory(std::move(directory))
        , m_files(std::move(files))
        , m_limit(std::move(limit))
    { }

    Status next(QJsonObject *object, QString *error) override
    {
        if (m_index >= m_files.size())
            return Status::End;
        m_current = QDir(m_directory).filePath(m_files.at(m_index++));
        // The entry may have been replaced since it was listed (by a FIFO, say): readFile says so.
        QByteArray data;
        if (!InputLoader::readFile(m_current, m_limit, &data, error))
            return Status::Error;
        QString why;
        if (!InputLoader::parseObject(data, object, &why)) {
            *error = u"%1: %2"_s.arg(m_current, why);
            return Status::Error;
        }
        return Status::Object;
    }
    QString origin() const override { return m_current; }
    qint64 sizeHint() const override { return m_files.size(); }

private:
    QString m_directory;
    QStringList m_files;
    InputSizeLimit m_limit;
    qsizetype m_index = 0;
    QString m_current;
};

} // namespace

QString InputLoader::describeParseError(const QByteArray &data, const QJsonParseError &parseError)
{
    if (parseError.error == QJsonParseError::IllegalNumber) {
        // Qt says "illegal number" both for what is not a number and for a valid number that does
        // not fit a double (1e400): tell them apart.
        const auto isNumberCharacter = [&data](qsizetype i) {
            const char c = data.at(i);
            return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
        };
        qsizetype start = qBound(qsizetype(0), qsizetype(parseError.offset), data.size());
        qsizetype end = start;
        while (start > 0 && isNumberCharacter(start - 1))
            --start;
        while (end < data.size() && isNumberCharacter(end))
            ++end;
        const QString token = QString::fromLatin1(data.mid(start, end - start));
        static const QRegularExpression jsonNumber(uR"(^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$)"_s);
        if (jsonNumber.match(token).hasMatch())
            return tr("%1: the number %2 is out of range (a number must fit a double: at most about "
                      "1.8e308 in size, and 0 or at least about 2.2e-308)")
                .arg(positionOf(data, int(start)), token);
    }
    return tr("%1: %2").arg(positionOf(data, parseError.offset), parseError.errorString());
}

bool InputLoader::parseObject(const QByteArray &data, QJsonObject *object, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // A number, a string, true, false or null is JSON too, but QJsonDocument reads only
        // objects and arrays: say what was expected instead of "illegal value".
        QJsonParseError inArray;
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + data + ']', &inArray);
        if (inArray.error == QJsonParseError::NoError && wrapped.array().size() == 1) {
            *error = tr("expected one JSON object ({…}), found a JSON value that is not one");
            return false;
        }
        *error = tr("invalid JSON %1").arg(describeParseError(data, parseError));
        return false;
    }
    if (!doc.isObject()) {
        *error = doc.isArray() ? tr("expected one JSON object, found an array (use NDJSON, one object per "
                                    "line, or a directory of files for several)")
                               : tr("expected one JSON object");
        return false;
    }
    *object = doc.object();
    return true;
}

std::unique_ptr<JsonObjectSource> InputLoader::fromJsonText(const QString &text, const QString &origin)
{
    return std::make_unique<SingleObjectSource>(text.toUtf8(), origin);
}

std::unique_ptr<JsonObjectSource> InputLoader::fromNdjsonText(const QString &text, const QString &name)
{
    return std::make_unique<NdjsonSource>(text, name.isEmpty() ? tr("the NDJSON argument") : name);
}

std::unique_ptr<JsonObjectSource> InputLoader::fromNdjsonDevice(
    QIODevice *device, const InputSizeLimit &limit, const QString &name)
{
    return std::make_unique<NdjsonSource>(device, limit, name.isEmpty() ? tr("standard input") : name);
}

QString InputLoader::lineOrigin(const QString &name, qint64 line)
{
    return tr("%1, line %2").arg(name).arg(line);
}

QString InputLoader::tooLargeMessage(const QString &path, qint64 size, const InputSizeLimit &limit)
{
    return tooLarge(path, size, limit);
}

bool InputLoader::readFile(const QString &path, const InputSizeLimit &limit, QByteArray *data, QString *error)
{
    // Four system calls: a folder of 100,000 small files is mostly this. Opened without waiting
    // (a FIFO put in the file's place would block), and read only when it is a regular file.
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        const int why = errno;
        const QString problem = pathProblem(path);
        *error = !problem.isEmpty()
            ? problem
            : tr("%1: cannot read the file: %2").arg(path, QString::fromLocal8Bit(std::strerror(why)));
        return false;
    }
    const auto closeFile = qScopeGuard([fd] { ::close(fd); });
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        const QString problem = pathProblem(path);
        *error = !problem.isEmpty() ? problem : tr("%1: not a regular file.").arg(path);
        return false;
    }
    if (info.st_size > limit.bytes) {
        *error = tooLarge(path, info.st_size, limit);
        return false;
    }
    // One byte more than its size: a file that grew while it was read is read to its end.
    QByteArray bytes(qsizetype(info.st_size) + 1, Qt::Uninitialized);
    qsizetype filled = 0;
    for (;;) {
        if (filled == bytes.size()) {
            if (filled > limit.bytes) { // it grew while we read it
                *error = tooLarge(path, filled, limit);
                return false;
            }
            bytes.resize(qMin<qint64>(filled * 2, limit.bytes + 1));
        }
        const qsizetype wanted = bytes.size() - filled;
        const ssize_t got = ::read(fd, bytes.data() + filled, size_t(wanted));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            *error
                = tr("%1: cannot read the file: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        filled += got;
        if (got < wanted) // a regular file reads short only at its end
            break;
    }
    if (filled > limit.bytes) {
        *error = tooLarge(path, filled, limit);
        return false;
    }
    bytes.truncate(filled);
    *data = std::move(bytes);
    return true;
}

QString InputLoader::pathProblem(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat target
    {
    };
    if (::stat(native.constData(), &target) != 0) {
        const int why = errno;
        struct stat link
        {
        };
        const bool isLink = ::lstat(native.constData(), &link) == 0 && S_ISLNK(link.st_mode);
        if (why == ELOOP)
            return tr("%1: a symbolic link loop; nothing can be read through it").arg(path);
        if (isLink && (why == ENOENT || why == ENOTDIR))
            return tr("%1: a dangling symbolic link (its target %2 does not exist)")
                .arg(path, QFileInfo(path).symLinkTarget());
        if (why == ENOENT || why == ENOTDIR)
            return tr("%1: no such file or directory").arg(path);
        return tr("%1: cannot read it: %2").arg(path, QString::fromLocal8Bit(std::strerror(why)));
    }
    if (S_ISREG(target.st_mode) || S_ISDIR(target.st_mode))
        return {};
    const QString kind = S_ISFIFO(target.st_mode)              ? tr("a FIFO (named pipe)")
        : S_ISSOCK(target.st_mode)                             ? tr("a socket")
        : (S_ISCHR(target.st_mode) || S_ISBLK(target.st_mode)) ? tr("a device")
                                                               : tr("a special file");
    return tr("%1 is %2, not a regular file; give a file or a directory of files (NDJSON can be piped "
              "to standard input)")
        .arg(path, kind);
}

std::unique_ptr<JsonObjectSource> InputLoader::fromPath(
    const QString &path, QString *error, const InputSizeLimit &limit)
{
    if (const QString problem = pathProblem(path); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    const QFileInfo info(path);
    if (info.isDir()) {
        const QDir dir(path);
        if (!dir.isReadable()) {
            *error = tr("%1: cannot read the directory").arg(path);
            return nullptr;
        }
        // Everything named *.json, whatever it is, so that nothing is left out without a word: a
        // dangling link, a FIFO or a sub-directory is an error naming it.
        const QStringList names = dir.entryList(
            {u"*.json"_s}, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : names) {
            const QString file = dir.filePath(name);
            if (const QString problem = pathProblem(file); !problem.isEmpty()) {
                *error = problem;
                return nullptr;
            }
            const QFileInfo entry(file);
            if (entry.isDir()) {
                *error = tr("%1 is a directory; only the *.json files directly in %2 are read (not "
                            "sub-directories)")
                             .arg(file, path);
                return nullptr;
            }
            if (!entry.isReadable()) {
                *error = tr("%1: cannot read the file").arg(file);
                return nullptr;
            }
        }
        if (names.isEmpty()) {
            *error = tr("%1: the directory holds no *.json files").arg(path);
            return nullptr;
        }
        qCDebug(lcInput) << "reading" << names.size() << "files from" << path;
        return std::make_unique<DirectorySource>(path, names, limit);
    }
    QByteArray data;
    if (!readFile(path, limit, &data, error))
        return nullptr;
    return std::make_unique<SingleObjectSource>(std::move(data), path);
}

std::unique_ptr<JsonObjectSource> InputLoader::open(
    const InputOptions &options, QStringList *warnings, QString *error)
{
    const bool hasNdjson = !options.ndjson.isEmpty();
    const bool hasPath = options.path.has_value();
    // A --path that names nothing is a mistake worth stopping for, even when another input wins.
    if (hasPath && options.path->trimmed().isEmpty()) {
        *error = tr("--path was given an empty value.");
        return nullptr;
    }
    if (hasPath) {
        if (const QString problem = pathProblem(*options.path); !problem.isEmpty()) {
            *error = problem;
            return nullptr;
        }
    }
    if (options.json) {
        if (hasNdjson || hasPath)
            warnings->append(tr("Several inputs were given; using --json and ignoring %1.")
                                 .arg(hasNdjson && hasPath ? tr("the NDJSON argument and --path")
                                         : hasNdjson       ? tr("the NDJSON argument")
                                                           : tr("--path")));
        return fromJsonText(*options.json, u"--json"_s);
    }
    if (hasNdjson) {
        if (hasPath)
            warnings->append(tr("Several inputs were given; using the NDJSON argument and ignoring --path."));
        if (options.ndjson == QStringList {u"-"_s}) {
            if (!options.standardInput) {
                *error = tr("Standard input is not available.");
                return nullptr;
            }
            return fromNdjsonDevice(options.standardInput, options.limit);
        }
        // The argument is NDJSON text, as the Python tool reads it: a file's name there is a slip.
        if (const QString &first = options.ndjson.constFirst();
            options.ndjson.size() == 1 && !first.trimmed().startsWith(u'{') && QFileInfo::exists(first)) {
            *error = tr("%1 is read as NDJSON text, but it names a file or folder: give it with --path %1.")
                         .arg(first);
            return nullptr;
        }
        return fromNdjsonText(options.ndjson.join(u'\n'));
    }
    if (hasPath) {
        auto source = fromPath(*options.path, error, options.limit);
        if (source && source->sizeHint() > manyFolderFiles)
            warnings->append(tr("%1 holds %Ln *.json files, more than %L2; each is read on its own, which "
                                "takes a while. Is it the right folder?",
                nullptr, int(qMin<qint64>(source->sizeHint(), std::numeric_limits<int>::max())))
                                 .arg(*options.path)
                                 .arg(manyFolderFiles));
        return source;
    }
    if (options.standardInput && !options.standardInputIsTerminal)
        return fromNdjsonDevice(options.standardInput, options.limit);
    *error = tr("No input: give --json '{...}', --path FILE_OR_DIRECTORY, NDJSON as an argument, "
                "or pipe NDJSON to standard input.");
    return nullptr;
}

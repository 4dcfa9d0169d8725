#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;
struct QJsonParseError;

// The largest object (a file, or one NDJSON line) that is read: past it the input is refused with
// a message, rather than taking several times its size in memory.
struct InputSizeLimit
{
    static constexpr qint64 defaultBytes = qint64(64) * 1024 * 1024;
    qint64 bytes = defaultBytes;
    QString howToRaise; // appended to the message, such as "raise it with --max-input-size"
};

// A stream of JSON objects from one input: the --json text, a file, a directory of *.json files,
// or newline-delimited JSON. Objects are read one at a time so that large inputs never sit in
// memory whole; an adapter for another benchmark tool's output is one more source.
class JsonObjectSource
{
public:
    enum class Status
    {
        Object,
        End,
        Error
    };

    virtual ~JsonObjectSource() = default;
    // Reads the next object into *object. On Error, *error says what and where.
    virtual Status next(QJsonObject *object, QString *error) = 0;
    // Where the object last returned by next() came from: a file name, or "standard input, line N"
    // (see InputLoader::lineOrigin).
    virtual QString origin() const = 0;
    // How many objects the source holds, when known without reading them (else -1).
    virtual qint64 sizeHint() const { return -1; }
};

struct InputOptions
{
    std::optional<QString> json; // --json
    std::optional<QString> path; // --path
    QStringList ndjson; // positional arguments; "-" stands for standard input
    QIODevice *standardInput = nullptr;
    bool standardInputIsTerminal = true;
    InputSizeLimit limit;
};

class InputLoader
{
    Q_DECLARE_TR_FUNCTIONS(InputLoader)

public:
    // A --path folder holding more *.json files than this is read with a warning: each file is
    // opened and parsed on its own, so that many takes long, and is often the wrong folder.
    static constexpr qsizetype manyFolderFiles = 10000;

    // Picks the input by precedence (--json, then NDJSON, then --path; standard input only when
    // none of them is given) and opens it. Returns null with *error set when there is no usable
    // input; *warnings says which input was used when several were given, and when a --path folder
    // holds more than manyFolderFiles files.
    static std::unique_ptr<JsonObjectSource> open(
        const InputOptions &options, QStringList *warnings, QString *error);

    static std::unique_ptr<JsonObjectSource> fromJsonText(const QString &text, const QString &origin);
    // NDJSON given as text (the positional argument) or read from a device (standard input); name
    // says where the lines come from, in their origins and errors ("the NDJSON argument" and
    // "standard input" when empty).
    static std::unique_ptr<JsonObjectSource> fromNdjsonText(const QString &text, const QString &name = {});
    static std::unique_ptr<JsonObjectSource> fromNdjsonDevice(
        QIODevice *device, const InputSizeLimit &limit = {}, const QString &name = {});
    // The origin of an object read from a line of NDJSON: "standard input, line 3",
    // "results.ndjson, line 12".
    static QString lineOrigin(const QString &name, qint64 line);
    // A file holding one object, or a directory whose *.json files (not recursive) hold one each.
    // Only regular files are read: a FIFO, device, dangling symbolic link or symbolic link loop is
    // an error naming it (a FIFO would block, a device never end), as is a directory named *.json.
    static std::unique_ptr<JsonObjectSource> fromPath(
        const QString &path, QString *error, const InputSizeLimit &limit = {});

    // Parses one JSON object; on failure returns false with *error naming the offset, line and column.
    static bool parseObject(const QByteArray &data, QJsonObject *object, QString *error);
    // "at offset N (line L, column C): what", for a parse error of data; a number that is valid
    // JSON but does not fit a double is said to be out of range.
    static QString describeParseError(const QByteArray &data, const QJsonParseError &parseError);
    // Why path cannot be read as input (empty when it can): missing, a dangling symbolic link, a
    // loop, or not a regular file or directory.
    static QString pathProblem(const QString &path);
    // Reads a regular file of at most limit.bytes; false with *error (naming it) otherwise. What is
    // not a regular file (a FIFO, a device) is never read or waited on.
    static bool readFile(const QString &path, const InputSizeLimit &limit, QByteArray *data, QString *error);
    // "PATH is 65.0 MiB, more than the 64.0 MiB that one input object may take; HOW TO RAISE".
    static QString tooLargeMessage(const QString &path, qint64 size, const InputSizeLimit &limit);
};

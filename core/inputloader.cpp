#include "inputloader.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace {

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
    explicit NdjsonSource(QIODevice *device)
        : m_device(device)
    { }
    explicit NdjsonSource(const QString &text)
        : m_text(text.toUtf8())
    { }

    Status next(QJsonObject *object, QString *error) override
    {
        for (;;) {
            QByteArray line;
            if (!readLine(&line))
                return Status::End;
            ++m_lineNumber;
            if (line.trimmed().isEmpty())
                continue;
            QString why;
            if (!InputLoader::parseObject(line, object, &why)) {
                *error = InputLoader::tr("NDJSON line %1: %2").arg(m_lineNumber).arg(why);
                return Status::Error;
            }
            return Status::Object;
        }
    }
    QString origin() const override { return InputLoader::tr("NDJSON line %1").arg(m_lineNumber); }

private:
    bool readLine(QByteArray *line)
    {
        if (m_device) {
            // A blocking read: an empty answer is the end of the input (a line holds at least "\n").
            *line = m_device->readLine();
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
    QByteArray m_text;
    qsizetype m_pos = 0;
    int m_lineNumber = 0;
};

class DirectorySource final : public JsonObjectSource
{
public:
    DirectorySource(QString directory, QStringList files)
        : m_directory(std::move(directory))
        , m_files(std::move(files))
    { }

    Status next(QJsonObject *object, QString *error) override
    {
        if (m_index >= m_files.size())
            return Status::End;
        m_current = QDir(m_directory).filePath(m_files.at(m_index++));
        QFile file(m_current);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = InputLoader::tr("%1: cannot read the file: %2").arg(m_current, file.errorString());
            return Status::Error;
        }
        QString why;
        if (!InputLoader::parseObject(file.readAll(), object, &why)) {
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
    qsizetype m_index = 0;
    QString m_current;
};

} // namespace

bool InputLoader::parseObject(const QByteArray &data, QJsonObject *object, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("invalid JSON %1: %2").arg(positionOf(data, parseError.offset), parseError.errorString());
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

std::unique_ptr<JsonObjectSource> InputLoader::fromNdjsonText(const QString &text)
{
    return std::make_unique<NdjsonSource>(text);
}

std::unique_ptr<JsonObjectSource> InputLoader::fromNdjsonDevice(QIODevice *device)
{
    return std::make_unique<NdjsonSource>(device);
}

std::unique_ptr<JsonObjectSource> InputLoader::fromPath(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1: no such file or directory").arg(path);
        return nullptr;
    }
    if (info.isDir()) {
        const QDir dir(path);
        if (!dir.isReadable()) {
            *error = tr("%1: cannot read the directory").arg(path);
            return nullptr;
        }
        const QStringList files
            = dir.entryList({u"*.json"_s}, QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name);
        const QStringList all = dir.entryList({u"*.json"_s}, QDir::Files | QDir::Hidden, QDir::Name);
        if (all.size() != files.size()) {
            for (const QString &name : all) {
                if (!files.contains(name)) {
                    *error = tr("%1: cannot read the file").arg(dir.filePath(name));
                    return nullptr;
                }
            }
        }
        if (files.isEmpty()) {
            *error = tr("%1: the directory holds no *.json files").arg(path);
            return nullptr;
        }
        qCDebug(lcInput) << "reading" << files.size() << "files from" << path;
        return std::make_unique<DirectorySource>(path, files);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the file: %2").arg(path, file.errorString());
        return nullptr;
    }
    return std::make_unique<SingleObjectSource>(file.readAll(), path);
}

std::unique_ptr<JsonObjectSource> InputLoader::open(
    const InputOptions &options, QStringList *warnings, QString *error)
{
    const bool hasNdjson = !options.ndjson.isEmpty();
    const bool hasPath = options.path.has_value();
    // A --path that names nothing is a mistake worth stopping for, even when another input wins.
    if (hasPath && (options.path->isEmpty() || !QFileInfo::exists(*options.path))) {
        *error = options.path->isEmpty() ? tr("--path was given an empty value.")
                                         : tr("%1: no such file or directory").arg(*options.path);
        return nullptr;
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
            return fromNdjsonDevice(options.standardInput);
        }
        return fromNdjsonText(options.ndjson.join(u'\n'));
    }
    if (hasPath)
        return fromPath(*options.path, error);
    if (options.standardInput && !options.standardInputIsTerminal)
        return fromNdjsonDevice(options.standardInput);
    *error = tr("No input: give --json '{...}', --path FILE_OR_DIRECTORY, NDJSON as an argument, "
                "or pipe NDJSON to standard input.");
    return nullptr;
}

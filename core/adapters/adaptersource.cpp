#include "adaptersource.h"

#include "adapter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace {

const Adapter *formatByName(const QString &format, QString *error)
{
    if (format == u"auto"_s)
        return nullptr;
    const Adapter *adapter = Adapters::byName(format);
    if (!adapter)
        *error = AdapterSource::tr("Unknown format \"%1\"; the formats are: auto, %2.")
                     .arg(format, Adapters::names().join(u", "_s));
    return adapter;
}

// Whether a file directly in the folder is in a known format: then the folder is a mix of files
// (and folders) to read one by one, not one folder format's output as a whole.
bool holdsKnownFile(const QString &path)
{
    const QDir dir(path);
    for (const QFileInfo &entry : dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot)) {
        if (!InputLoader::pathProblem(entry.filePath()).isEmpty() || !entry.isFile())
            continue;
        QFile file(entry.filePath());
        if (file.open(QIODevice::ReadOnly) && Adapters::recognize(entry.fileName(), file.read(4096)))
            return true;
    }
    return false;
}

// What is wrong with JSON that no format recognised: an array (of results, or nested too deeply to
// be read) is not a result, and saying "not in a format" of it would hide which. Empty for
// anything else.
QString notAResult(const QByteArray &content)
{
    if (!content.trimmed().startsWith('['))
        return {};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error == QJsonParseError::DeepNesting)
        return AdapterSource::tr("not a benchmark result: JSON nested too deeply to be read (more than 1,024 "
                                 "arrays and objects inside one another): %1")
            .arg(InputLoader::describeParseError(content, parseError));
    if (parseError.error == QJsonParseError::NoError && doc.isArray())
        return AdapterSource::tr(
            "not a benchmark result: a JSON array; benchconnect reads one Conbench result "
            "object to a file (or one to a line, NDJSON) or a benchmark tool's output (%1)")
            .arg(Adapters::names().join(u", "_s));
    return {};
}

} // namespace

std::unique_ptr<AdapterSource> AdapterSource::fromPath(const QString &path, const QString &format,
    QString *error, const InputSizeLimit &limit, const FolderListing &listing)
{
    const Adapter *adapter = formatByName(format, error);
    if (!error->isEmpty())
        return nullptr;
    const QFileInfo info(path);
    if (const QString problem = InputLoader::pathProblem(path); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    QList<File> files;
    if (info.isDir()) {
        const Adapter *folderFormat = adapter
            ? (adapter->readsFolders() ? adapter : nullptr)
            : (holdsKnownFile(path) ? nullptr : Adapters::recognizeFolder(path));
        if (folderFormat) {
            files.append({path, path, {}, folderFormat});
        } else {
            const QDir dir(path);
            const QString canonicalDir = listing.leaveOut.isEmpty() ? QString() : info.canonicalFilePath();
            qsizetype leftOut = 0;
            // Files, and with "auto" the subfolders in a folder format too, in name order. Whatever
            // is not a file or folder (a dangling link, a FIFO) is an error naming it.
            for (const QFileInfo &entry :
                dir.entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name)) {
                if (!listing.leaveOut.isEmpty()
                    && listing.leaveOut.contains(entry.isSymLink()
                            ? entry.canonicalFilePath()
                            : canonicalDir + u'/' + entry.fileName())) {
                    ++leftOut;
                    continue;
                }
                // The type the listing gave (no system call) for a plain file or folder; anything
                // else (a link, a FIFO) is looked at.
                const bool plain = !entry.isSymLink() && (entry.isFile() || entry.isDir());
                if (const QString problem = plain ? QString() : InputLoader::pathProblem(entry.filePath());
                    !problem.isEmpty()) {
                    if (listing.specialEntriesInTurn) {
                        files.append({QString(), entry.filePath(), {}, nullptr, problem});
                        continue;
                    }
                    *error = problem;
                    return nullptr;
                }
                if (entry.isDir()) {
                    if (const Adapter *inside
                        = adapter ? nullptr : Adapters::recognizeFolder(entry.filePath()))
                        files.append({entry.filePath(), entry.filePath(), {}, inside});
                } else {
                    files.append({entry.filePath(), entry.filePath(), {}});
                }
            }
            if (files.isEmpty() && leftOut == 0) {
                *error = tr("%1: the folder holds no files.").arg(path);
                return nullptr;
            }
        }
    } else if (info.exists()) {
        files.append({path, path, {}});
    } else {
        *error = tr("%1: no such file or folder.").arg(path);
        return nullptr;
    }
    auto source = std::unique_ptr<AdapterSource>(new AdapterSource(adapter, files));
    source->m_limit = limit;
    return source;
}

std::unique_ptr<AdapterSource> AdapterSource::fromContent(
    const QByteArray &content, const QString &origin, const QString &format, QString *error)
{
    const Adapter *adapter = formatByName(format, error);
    if (!error->isEmpty())
        return nullptr;
    return std::unique_ptr<AdapterSource>(new AdapterSource(adapter, {{QString(), origin, content}}));
}

QString AdapterSource::standardInputHint(const QByteArray &head)
{
    const Adapter *adapter = Adapters::recognize(QString(), head);
    if (adapter && adapter->name() != u"conbench"_s)
        return tr("standard input looks like %1 output: give --format %2 (or --format auto) to read it whole "
                  "in that format")
            .arg(adapter->tool(), adapter->name());
    const QByteArray start = head.trimmed();
    if ((start.startsWith('{') || start.startsWith('[')) && start.contains('\n'))
        return tr("standard input looks like one JSON document over several lines, not NDJSON (one object "
                  "per line): give --format auto to read it whole");
    return {};
}

bool AdapterSource::convertNext(QString *error)
{
    // Taken out of the list: the file's bytes are released as soon as its adapter has parsed them.
    File file = std::exchange(m_files[m_nextFile++], {});
    m_results.clear();
    m_nextResult = 0;
    // An error names this file, not the one before it.
    m_currentOrigin = file.origin;
    m_currentFormat.clear();
    if (!file.problem.isEmpty()) {
        *error = file.problem;
        return false;
    }
    if (file.folderFormat) {
        m_currentOrigin = file.origin;
        m_currentFormat = file.folderFormat->name();
        QStringList notes;
        QString why;
        if (!file.folderFormat->convertFolder(file.path, m_limit.bytes, &m_results, &notes, &why)) {
            *error = tr("%1: %2: %3").arg(file.origin, m_currentFormat, why);
            return false;
        }
        m_notes.append(tr("%1: read as %2, %Ln results.", nullptr, int(m_results.size()))
                           .arg(file.origin, m_currentFormat));
        for (const QString &note : std::as_const(notes))
            m_notes.append(u"%1: %2"_s.arg(file.origin, note));
        takeResultWarnings(file.origin);
        return true;
    }
    if (!file.path.isEmpty() && !InputLoader::readFile(file.path, m_limit, &file.content, error))
        return false;
    m_currentOrigin = file.origin;
    m_results.clear();
    m_nextResult = 0;
    if (file.content.trimmed().isEmpty()) {
        *error = tr("%1: the file is empty.").arg(file.origin);
        return false;
    }
    const Adapter *adapter = m_format;
    if (!adapter) {
        adapter = Adapters::recognize(QFileInfo(file.path).fileName(), file.content.left(4096));
        if (!adapter) {
            const QString why = notAResult(file.content);
            *error = !why.isEmpty() ? u"%1: %2"_s.arg(file.origin, why)
                                    : tr("%1: not in a format benchconnect reads (%2).")
                                          .arg(file.origin, Adapters::names().join(u", "_s));
            return false;
        }
    }
    m_currentFormat = adapter->name();
    QStringList notes;
    QString why;
    if (!adapter->convert(std::exchange(file.content, {}), &m_results, &notes, &why)) {
        *error = tr("%1: %2: %3").arg(file.origin, adapter->name(), why);
        return false;
    }
    m_notes.append(
        tr("%1: read as %2, %Ln results.", nullptr, int(m_results.size())).arg(file.origin, adapter->name()));
    for (const QString &note : std::as_const(notes))
        m_notes.append(u"%1: %2"_s.arg(file.origin, note));
    takeResultWarnings(file.origin);
    return true;
}

void AdapterSource::takeResultWarnings(const QString &origin)
{
    for (const QString &warning : m_results.warnings())
        m_warnings.append(u"%1: %2"_s.arg(origin, warning));
    // One file of several that holds nothing would otherwise be passed over in silence: the others'
    // results are sent, and nothing says this one's were not. (A single file without results is the
    // command's error.)
    if (m_results.isEmpty() && m_files.size() > 1)
        m_warnings.append(tr("%1: read as %2, but it holds no results (--verbose says more).")
                              .arg(origin, m_currentFormat));
}

JsonObjectSource::Status AdapterSource::next(QJsonObject *object, QString *error)
{
    while (m_nextResult >= m_results.size()) {
        if (m_nextFile >= m_files.size())
            return Status::End;
        if (!convertNext(error))
            return Status::Error;
    }
    *object = m_results.at(m_nextResult++);
    return Status::Object;
}

QString AdapterSource::origin() const
{
    // Conbench's own JSON, one result to a file: the file alone, as the Conbench-JSON loader names it.
    if (m_currentFormat == u"conbench"_s && m_results.size() == 1)
        return m_currentOrigin;
    // Conbench's NDJSON: the line, as for NDJSON read without an adapter.
    if (const qsizetype line = m_nextResult > 0 ? m_results.lineOf(m_nextResult - 1) : 0; line > 0)
        return InputLoader::lineOrigin(m_currentOrigin, line);
    return tr("%1 (%2) #%3").arg(m_currentOrigin, m_currentFormat).arg(m_nextResult);
}

QStringList AdapterSource::takeNotes()
{
    return std::exchange(m_notes, {});
}

QStringList AdapterSource::takeWarnings()
{
    return std::exchange(m_warnings, {});
}

#pragma once

#include "adapter.h"
#include "inputloader.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

// How AdapterSource::fromPath takes a folder's listing.
struct FolderListing
{
    // Whatever in the folder is neither a file nor a folder (a FIFO, a socket, a dangling link) is,
    // in its turn, an error naming it and saying why (next() returns Error, and the next call goes on
    // with the rest), instead of making the whole folder an error. Never opened, so never waited on.
    bool specialEntriesInTurn = false;
    // Files and folders in the folder not to read, by canonical path: given on their own already.
    QSet<QString> leaveOut;
};

// Results converted from benchmark tools' output files, one file at a time: a file, the files of
// a folder (name order, not recursive, hidden files left out), or content read from standard
// input. The format is an adapter's name, or "auto" to recognize each file's format from its
// content; a file in no known format is an error that names it. Formats whose output is a folder
// (Criterion) take the folder given, or with "auto" each subfolder of it in that format.
class AdapterSource final : public JsonObjectSource
{
    Q_DECLARE_TR_FUNCTIONS(AdapterSource)

public:
    // null with *error when the format is unknown or the path cannot be read. Files larger than limit
    // are refused (a tool's output is read whole).
    static std::unique_ptr<AdapterSource> fromPath(const QString &path, const QString &format, QString *error,
        const InputSizeLimit &limit = {}, const FolderListing &listing = {});
    static std::unique_ptr<AdapterSource> fromContent(
        const QByteArray &content, const QString &origin, const QString &format, QString *error);

    // What to say when standard input that begins with head was read as NDJSON (no --format) and
    // could not be: that it looks like a tool's output, or like one JSON document over several
    // lines, and which --format reads it. Empty when it looks like neither.
    static QString standardInputHint(const QByteArray &head);

    Status next(QJsonObject *object, QString *error) override;
    QString origin() const override;
    // The format the current file was read as ("gbench"), and its name.
    QString currentFormat() const { return m_currentFormat; }
    QString currentFile() const { return m_currentOrigin; }
    // How many files (and folders in a folder format) the source reads.
    qsizetype fileCount() const { return m_files.size(); }
    // What the adapters said since the last call ("file: gbench: …"), for --verbose.
    QStringList takeNotes();
    // What the adapters found but could not use since the last call ("file: line 12 …"), and the
    // files of several that held no result: to be said without --verbose.
    QStringList takeWarnings();

private:
    struct File
    {
        QString path; // empty for content given directly
        QString origin;
        QByteArray content;
        const Adapter *folderFormat = nullptr; // set: a folder in this format
        QString problem = {}; // set: not a file or folder (FolderListing::specialEntriesInTurn), and why
    };
    AdapterSource(const Adapter *format, QList<File> files)
        : m_format(format)
        , m_files(std::move(files))
    { }
    bool convertNext(QString *error);
    // Moves the current file's warnings to m_warnings.
    void takeResultWarnings(const QString &origin);

    const Adapter *m_format; // null: auto
    QList<File> m_files;
    qsizetype m_nextFile = 0;
    ConvertedResults m_results; // of the current file
    qsizetype m_nextResult = 0;
    QString m_currentOrigin;
    QString m_currentFormat;
    QStringList m_notes;
    QStringList m_warnings;
    InputSizeLimit m_limit;
};

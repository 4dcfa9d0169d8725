#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

// The results converted from one file, kept encoded (CBOR, a few hundred bytes each) until they
// are handed out one at a time: a QJsonObject tree takes several times that, and a tool's file
// may hold a hundred thousand results.
class ConvertedResults
{
public:
    void append(const QJsonObject &result);
    // With the line of the file it was read from (NDJSON): its origin names the line.
    void append(const QJsonObject &result, qsizetype line);
    // The line the result at index was read from; 0 when not known.
    qsizetype lineOf(qsizetype index) const { return m_lines.value(index); }
    qsizetype size() const { return m_hasFirst ? m_ends.size() + 1 : 0; }
    bool isEmpty() const { return !m_hasFirst; }
    QJsonObject at(qsizetype index) const;
    void clear();
    // What the adapter found in the file but could not use (a line it cannot read): said even
    // without --verbose, unlike the notes.
    void warn(const QString &warning) { m_warnings.append(warning); }
    const QStringList &warnings() const { return m_warnings; }

private:
    // The first result as it is: a file of one result (Conbench's own JSON, most often) is never
    // encoded and decoded again.
    QJsonObject m_first;
    bool m_hasFirst = false;
    QByteArray m_encoded; // the other results' CBOR, one after another
    QList<qsizetype> m_ends; // where each of them ends in m_encoded
    QList<qsizetype> m_lines; // the line of each result, when appended with one
    QStringList m_warnings;
};

// One benchmark tool's output format, turned into Conbench results (not augmented: tags, stats,
// context, info, error). Each format is one class; the registry below knows them all, and the
// command line, the window and the folder watcher all ask it.
class Adapter
{
    Q_DECLARE_TR_FUNCTIONS(Adapter)

public:
    virtual ~Adapter() = default;
    virtual QString name() const = 0; // "gbench"
    virtual QString title() const = 0; // "Google Benchmark JSON (--benchmark_format=json)"
    virtual QString tool() const = 0; // "Google Benchmark"
    // Whether a file of this name starting with these bytes is in this format.
    virtual bool recognizes(const QString &fileName, const QByteArray &head) const = 0;
    // Converts one file's content (released as soon as it is parsed). false with *error when it is not in
    // this format or damaged; *notes says what was left out or moved (a metric without a Conbench unit, say).
    virtual bool convert(
        QByteArray content, ConvertedResults *results, QStringList *notes, QString *error) const = 0;

    // Formats whose output is a folder rather than a file (Criterion's target/criterion) say yes
    // here and convert the folder as a whole; the others read files only.
    virtual bool readsFolders() const { return false; }
    // Whether this folder holds this format's output.
    virtual bool recognizesFolder(const QString &path) const
    {
        Q_UNUSED(path);
        return false;
    }
    // Converts a folder, reading no file larger than maxFileBytes.
    virtual bool convertFolder(const QString &path, qint64 maxFileBytes, ConvertedResults *results,
        QStringList *notes, QString *error) const;

    // A time measured in unit ("ns", "us", "ms", "s") as Conbench keeps it: nanoseconds below a
    // millisecond's scale, seconds above. Returns false for an unknown unit.
    static bool conbenchTime(const QString &unit, double *factor, QString *conbenchUnit);
    // Parses a tool's JSON file, releasing the bytes once parsed; false with *error saying where it is not
    // valid JSON.
    static bool parseJson(QByteArray &&content, QJsonDocument *doc, QString *error);
    // The same for the tools whose JSON writers print a number that is not finite as a bare token
    // (Google Benchmark; pytest-benchmark through Python's json module): NaN, Infinity and
    // -Infinity outside strings are read as null, and *nonFinite says how many there were.
    static bool parseJsonWithNonFinite(
        QByteArray &&content, QJsonDocument *doc, QString *error, qsizetype *nonFinite);
    // The note saying how many values were read as null so.
    static QString nonFiniteNote(qsizetype count);
    // What is wrong with a benchmark's name given as key: no such key, an empty string, not a string;
    // empty when it is a name.
    static QString nameProblem(const QJsonValue &value, QLatin1StringView key);
    // value, as the file gives it, times factor (a unit's conversion): false when the product is
    // beyond a double's range although value is not (1e300 GB/s in B/s), which JSON would carry as
    // null. *error then says so, naming the benchmark and the value with its unit.
    static bool scale(double value, double factor, double *scaled, const QString &benchmark,
        const QString &unit, const QString &conbenchUnit, QString *error);
    // The mean of values, beyond a double's range only if one of them is: their sum divided, or,
    // when the sum overflows, each value's share added up. 0 when there are none.
    static double meanOf(const QList<double> &values);
};

class Adapters
{
    Q_DECLARE_TR_FUNCTIONS(Adapters)

public:
    static const std::vector<std::unique_ptr<Adapter>> &all();
    static const Adapter *byName(const QString &name);
    // The format of a file, from its name and first bytes; null when none recognizes it.
    static const Adapter *recognize(const QString &fileName, const QByteArray &head);
    // The folder format a folder is in; null when none recognizes it.
    static const Adapter *recognizeFolder(const QString &path);
    static QStringList names();
};

#pragma once

// What the outbox's CLI tests share: results to submit, a submission to a server that is down
// (so that everything waits in the outbox), and what the server holds.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace OutboxTest {

using namespace Qt::StringLiterals;

// The result at refusedAt is one the server refuses when it is sent (400): the check before
// sending lets it through, as without a generation it counts only what servers of both
// generations refuse, but it has no commit context ("github": null), which current servers require.
inline QByteArray makeResults(int count, const QString &prefix, int refusedAt = -1)
{
    QByteArray ndjson;
    for (int i = 0; i < count; ++i) {
        QJsonObject result {
            {"tags"_L1, QJsonObject {{"name"_L1, u"%1-%2"_s.arg(prefix).arg(i)}}},
            {"stats"_L1, QJsonObject {{"data"_L1, QJsonArray {1.0 + i, 1.1 + i}}, {"unit"_L1, "s"_L1}}},
        };
        if (i == refusedAt)
            result.insert("github"_L1, QJsonValue::Null);
        ndjson += QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n';
    }
    return ndjson;
}

// How many times each benchmark name is stored.
inline QHash<QString, int> storedCounts(const TestServer &server)
{
    QHash<QString, int> counts;
    for (const QJsonValue &value : server.results())
        ++counts[value.toObject().value("tags"_L1).toObject().value("name"_L1).toString()];
    return counts;
}

inline int postsOfResults(const TestServer &server)
{
    int posts = 0;
    for (const QJsonValue &request : server.state().value("requests"_L1).toArray()) {
        const QJsonObject r = request.toObject();
        posts += r.value("method"_L1).toString() == "POST"_L1
            && r.value("path"_L1).toString().startsWith("/api/benchmark"_L1);
    }
    return posts;
}

inline QStringList batchFiles(const QString &outboxDir)
{
    return QDir(outboxDir).entryList({u"*.ndjson"_s}, QDir::Files, QDir::Name);
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace OutboxTest

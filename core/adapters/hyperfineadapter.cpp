#include "hyperfineadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool HyperfineAdapter::recognizes(const QString &, const QByteArray &head) const
{
    static const QRegularExpression start(
        u"^\\s*\\{\\s*\"results\"\\s*:\\s*\\[\\s*(\\{\\s*\"command\"|\\])"_s);
    return start.match(QString::fromUtf8(head.left(200))).hasMatch();
}

bool HyperfineAdapter::convert(
    QByteArray content, ConvertedResults *results, QStringList *notes, QString *error) const
{
    // hyperfine writes a time that is not a number as null; a file passed through Python's json
    // module has NaN or Infinity there, read as null too: a null data point.
    QJsonDocument doc;
    qsizetype nonFinite = 0;
    if (!parseJsonWithNonFinite(std::move(content), &doc, error, &nonFinite))
        return false;
    if (!doc.object().value("results"_L1).isArray()) {
        *error = tr("not hyperfine JSON: it has no \"results\" list");
        return false;
    }
    const QJsonObject context {{"benchmark_tool"_L1, "hyperfine"_L1}};
    int index = 0;
    for (const QJsonValue &value : doc.object().value("results"_L1).toArray()) {
        ++index;
        const QJsonObject entry = value.toObject();
        const QString command = entry.value("command"_L1).toString();
        if (const QString problem = nameProblem(entry.value("command"_L1), "command"_L1);
            !problem.isEmpty()) {
            *error = tr("result %1: %2").arg(index).arg(problem);
            return false;
        }
        QJsonObject tags {{"name"_L1, command}};
        const QJsonObject parameters = entry.value("parameters"_L1).toObject();
        for (auto it = parameters.begin(); it != parameters.end(); ++it)
            tags.insert(it.key(),
                it.value().isString() ? it.value().toString() : QString::number(it.value().toDouble()));
        QJsonObject info;
        for (const auto key : {"user"_L1, "system"_L1})
            if (entry.contains(key))
                info.insert(key == "user"_L1 ? "user_time_s"_L1 : "system_time_s"_L1, entry.value(key));
        QJsonObject result {{"tags"_L1, tags}, {"context"_L1, context}, {"info"_L1, info}};
        const QJsonArray times = entry.value("times"_L1).toArray();
        if (!times.isEmpty())
            result.insert("stats"_L1, QJsonObject {{"data"_L1, times}, {"unit"_L1, "s"_L1}});
        const QJsonArray exitCodes = entry.value("exit_codes"_L1).toArray();
        int failed = 0;
        for (const QJsonValue &code : exitCodes) {
            if (code.toInt() != 0)
                ++failed;
        }
        if (failed > 0) {
            result.insert("error"_L1,
                QJsonObject {{"message"_L1,
                                 tr("the command exited with a non-zero status in %L1 of %L2 runs")
                                     .arg(failed)
                                     .arg(exitCodes.size())},
                    {"exit_codes"_L1, exitCodes}});
        }
        if (!result.contains("stats"_L1) && !result.contains("error"_L1)) {
            *error = tr("%1: no run times").arg(command);
            return false;
        }
        results->append(result);
    }
    if (nonFinite > 0)
        notes->append(nonFiniteNote(nonFinite));
    return true;
}

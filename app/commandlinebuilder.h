#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The benchconnect commands that do from a shell what the window does: the CONBENCH_* exports (the
// password only as a placeholder), start run, submit result per folder or file, finish run.
class CommandLineBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineBuilder)

public:
    QString serverUrl;
    QString email;
    QString repository;
    QString commit;
    QString prNumber;
    QString hostNameOverride;
    QJsonObject run; // start run --json: reason, name, github (only with a branch), cluster_info
    QJsonObject runTags; // not part of a run: a note says so
    QStringList paths; // folders and files whose every result would be sent
    QStringList leftOut; // files with results that cannot be sent: named in a comment
    QJsonObject finish; // finish run --json: error_type, error_info

    QString build() const;

    // Quotes a word for a POSIX shell: unchanged when it is safe, else in single quotes.
    static QString shellQuote(const QString &word);
};

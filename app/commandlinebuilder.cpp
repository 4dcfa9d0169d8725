#include "commandlinebuilder.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString CommandLineBuilder::shellQuote(const QString &word)
{
    static const QRegularExpression safe(uR"(^[A-Za-z0-9_@%+=:,./-]+$)"_s);
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

QString CommandLineBuilder::build() const
{
    QStringList lines;
    const auto exportLine = [&lines](const QString &name, const QString &value) {
        if (!value.isEmpty())
            lines.append(u"export %1=%2"_s.arg(name, shellQuote(value)));
    };
    exportLine(u"CONBENCH_URL"_s, serverUrl);
    if (!email.isEmpty()) {
        exportLine(u"CONBENCH_EMAIL"_s, email);
        lines.append(u"# "_s
            + tr("The password is not copied. Set it first, without echoing it: "
                 "read -rs CONBENCH_PASSWORD && export CONBENCH_PASSWORD"));
    }
    exportLine(u"CONBENCH_PROJECT_REPOSITORY"_s, repository);
    exportLine(u"CONBENCH_PROJECT_COMMIT"_s, commit);
    exportLine(u"CONBENCH_PROJECT_PR_NUMBER"_s, prNumber);
    exportLine(u"CONBENCH_MACHINE_INFO_NAME"_s, hostNameOverride);
    if (!runTags.isEmpty()) {
        lines.append(u"# "_s
            + tr("Run tags (%1) are not part of a run: the command-line program sends the run_tags each "
                 "result file holds.")
                  .arg(QString::fromUtf8(QJsonDocument(runTags).toJson(QJsonDocument::Compact))));
    }
    const QString runJson = QString::fromUtf8(QJsonDocument(run).toJson(QJsonDocument::Compact));
    lines.append(run.isEmpty() ? u"benchconnect start run"_s
                               : u"benchconnect start run --json %1"_s.arg(shellQuote(runJson)));
    for (const QString &file : leftOut)
        lines.append(u"# "_s + tr("Left out, as in the window (cannot be sent): %1").arg(file));
    for (const QString &path : paths)
        lines.append(u"benchconnect submit result --path %1"_s.arg(shellQuote(path)));
    const QString finishJson = QString::fromUtf8(QJsonDocument(finish).toJson(QJsonDocument::Compact));
    lines.append(finish.isEmpty() ? u"benchconnect finish run"_s
                                  : u"benchconnect finish run --json %1"_s.arg(shellQuote(finishJson)));
    return lines.join(u'\n') + u'\n';
}

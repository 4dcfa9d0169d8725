#pragma once

#include "comparison.h"
#include "servercommand.h"

#include <QCommandLineOption>
#include <QList>

// compare run: compares a run with its baseline on the server and prints the comparison (text,
// markdown or JSON); --fail-on makes it a CI gate (exit status 8). submit result --compare and
// finish run --compare run the same comparison at their end.
class CompareCommand : public ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString description() const override;

    // The options of the comparison, shared with submit result and finish run (formatName: "format"
    // for compare run, "compare-format" where --format could mean something else).
    static QList<QCommandLineOption> comparisonOptions(const QString &formatName);
    struct Settings
    {
        Comparison::Options options;
        QString format; // text, markdown, json
        ComparisonReport::FailOn failOn = ComparisonReport::FailOn::Never;
        QString failOnText;
    };
    // Reads the comparison's options; prints the problem and returns false (exit status 2) when one is
    // unusable. submit result and finish run read them before they send anything.
    static bool readSettings(
        const QCommandLineParser &parser, CommandContext &ctx, const QString &formatName, Settings *settings);
    // Compares runId with its baseline as the options say, prints the comparison, appends the markdown
    // to $GITHUB_STEP_SUMMARY when set; returns the exit status (8 when --fail-on names what was found).
    // With keptImplicitly (finish run, on a server that keeps runs through their results), a run the
    // server does not have holds no results, and is said to, as on a 2023 server (status 5).
    static int compare(const QCommandLineParser &parser, CommandContext &ctx, ConbenchClient *client,
        const QString &runId, const QString &formatName, bool keptImplicitly = false);

protected:
    QList<QCommandLineOption> commandOptions() const override;
    QPair<QString, QString> positionalArgument() const override;
    QString examples() const override;
    int execute(const QCommandLineParser &parser, CommandContext &ctx) override;
};

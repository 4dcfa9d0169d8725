#pragma once

#include "servercommand.h"

// benchconnect watch DIR: an unattended uploader for a lab's results folder (FolderWatcher), and
// watch --status [DIR], which prints each folder's state from the journal.
class WatchCommand : public ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(WatchCommand)

public:
    QString name() const override { return QStringLiteral("watch"); }
    QString summary() const override;
    QString description() const override;

protected:
    QList<QCommandLineOption> commandOptions() const override;
    QString examples() const override;
    QPair<QString, QString> positionalArgument() const override;
    int execute(const QCommandLineParser &parser, CommandContext &ctx) override;

private:
    int status(const QCommandLineParser &parser, CommandContext &ctx) const;
};

#pragma once

#include "command.h"

#include <memory>
#include <vector>

class Adapter;

// adapt FORMAT: a benchmark tool's output file turned into Conbench results, augmented as
// "augment result" does, printed as NDJSON. One subcommand per format of the adapter registry,
// and "adapt auto", which recognizes each file's format.
class AdaptCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AdaptCommand)

public:
    explicit AdaptCommand(const Adapter *adapter)
        : m_adapter(adapter)
    { }
    static std::vector<std::unique_ptr<Command>> create();

    QString name() const override;
    QString summary() const override;
    QString description() const override;

protected:
    QList<QCommandLineOption> options() const override;
    QString examples() const override;
    int execute(const QCommandLineParser &parser, CommandContext &ctx) override;

private:
    QString formatName() const;
    const Adapter *m_adapter; // null: auto
};

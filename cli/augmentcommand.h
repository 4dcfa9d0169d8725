#pragma once

#include "command.h"

// `augment result` and `augment run`: fill in defaults and print NDJSON; no server is involved.
class AugmentCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AugmentCommand)

public:
    enum class Kind
    {
        Result,
        Run
    };
    explicit AugmentCommand(Kind kind)
        : m_kind(kind)
    { }

    QString name() const override;
    QString summary() const override;
    QString description() const override;

protected:
    Input input() const override { return Input::Required; }
    QString inputNoun() const override;
    QString examples() const override;
    int execute(const QCommandLineParser &parser, CommandContext &ctx) override;

private:
    Kind m_kind;
};

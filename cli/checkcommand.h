#pragma once

#include "command.h"

#include "conbenchschema.h"
#include "inputloader.h"

#include <QJsonObject>

#include <functional>
#include <memory>

// check result: every result of the input checked against the rules of a Conbench server (its
// OpenAPI document and the checks it makes after it), without talking to one. One line per invalid
// result; exit status 3 when any is invalid.
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check result"); }
    QString summary() const override;
    QString description() const override;

    // --generation 2023|current, which post result takes too.
    static QCommandLineOption generationOption();
    // The generation --generation names (Unknown when not given); false with the reason printed
    // when the value is not one.
    static bool readGeneration(
        const QCommandLineParser &parser, CommandContext &ctx, ConbenchSchema::Generation *generation);
    // "the rules of servers up to August 2023", ...: for messages.
    static QString rulesName(ConbenchSchema::Generation generation);
    // "line 50: stats.unit: ...; tags.name: ..."
    static QString describe(const QString &origin, const QList<ConbenchSchema::Problem> &problems);

protected:
    Input input() const override { return Input::Required; }
    QString inputNoun() const override { return tr("result"); }
    // --path and --format read what "submit result" and "post result" read: NDJSON files too.
    bool readsToolFormats() const override { return true; }
    QList<QCommandLineOption> options() const override { return {generationOption()}; }
    QString examples() const override;
    int execute(const QCommandLineParser &parser, CommandContext &ctx) override;
};

// The results of a source, each prepared (state fields copied in, defaults filled in: whatever the
// subcommand does before sending) and then checked against the rules of the server's generation,
// as "submit result" and "post result" read their input. An invalid result is reported through
// onInvalid and not passed on; reading goes on, so that every invalid one is named, and the end
// of the input becomes an error when any was invalid. A result that prepare refused is passed on
// with its status and reason kept (status(), error()) for the caller to report.
class CheckedResultSource : public JsonObjectSource
{
    Q_DECLARE_TR_FUNCTIONS(CheckedResultSource)

public:
    using Prepare = std::function<int(QJsonObject *object, QStringList *warnings, QString *error)>;
    using InvalidHandler
        = std::function<void(const QString &origin, const QList<ConbenchSchema::Problem> &problems)>;
    CheckedResultSource(std::unique_ptr<JsonObjectSource> source, ConbenchSchema::Generation generation,
        Prepare prepare, InvalidHandler onInvalid);

    // With one invalid result only, the error at the end names it (one line for one problem)
    // instead of onInvalid; from the second on, each goes to onInvalid.
    void setNameASingleInvalidInTheError(bool on) { m_fold = on; }

    Status next(QJsonObject *object, QString *error) override;
    QString origin() const override { return m_source->origin(); }
    qint64 sizeHint() const override { return m_source->sizeHint(); }

    // What prepare said about the object last returned.
    int status() const { return m_status; }
    QString error() const { return m_error; }
    QStringList warnings() const { return m_warnings; }
    qsizetype invalidCount() const { return m_invalid; }
    // Whether the input was read to its end (an Error then says how many results were invalid).
    bool atEnd() const { return m_atEnd; }

private:
    std::unique_ptr<JsonObjectSource> m_source;
    ConbenchSchema::Generation m_generation;
    Prepare m_prepare;
    InvalidHandler m_onInvalid;
    int m_status = 0;
    QString m_error;
    QStringList m_warnings;
    qsizetype m_count = 0;
    qsizetype m_invalid = 0;
    bool m_lacksGithub = false; // a result refused for want of github: the project variables are not set
    bool m_atEnd = false;
    bool m_fold = false;
    QString m_firstOrigin; // the first invalid result, while it is the only one (m_fold)
    QList<ConbenchSchema::Problem> m_firstProblems;
};

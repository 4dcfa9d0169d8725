#pragma once

#include <QCoreApplication>
#include <QString>

class Dispatcher;

// Writes the man pages and the shell completions from the dispatcher's registry: the same words
// as --help, so that they never drift from it. Run at build time by benchconnect-reference.
class ReferenceWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceWriter)

public:
    explicit ReferenceWriter(const Dispatcher &dispatcher)
        : m_dispatcher(dispatcher)
    { }

    QString manPage() const; // benchconnect.1
    QString guiManPage() const; // benchconnect-gui.1
    QString bashCompletion() const;
    QString zshCompletion() const;
    QString fishCompletion() const;

    // Escapes text for a troff line (backslashes, hyphens, a leading dot or quote).
    static QString roff(const QString &text);

private:
    QString subcommandSections() const;
    QString commonSections(const QString &program) const;

    const Dispatcher &m_dispatcher;
};

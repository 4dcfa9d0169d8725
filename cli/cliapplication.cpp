#include "cliapplication.h"

#include "dispatcher.h"
#include "translations.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

#include <csignal>

using namespace Qt::StringLiterals;

int CliApplication::run(const QStringList &arguments)
{
    qSetMessagePattern(u"benchconnect: %{if-debug}debug: %{endif}%{if-warning}warning: %{endif}%{message}"_s);
    // A write beyond the file size limit (ulimit -f) fails with its reason, as at a full disk,
    // rather than killing the program halfway through writing the outbox.
    std::signal(SIGXFSZ, SIG_IGN);
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandContext ctx;
    ctx.out = &out;
    ctx.err = &err;
    ctx.in = &in;
    ctx.inIsTerminal = ::isatty(STDIN_FILENO);
    ctx.errIsTerminal = ::isatty(STDERR_FILENO);
    QStringList warnings;
    Translations::install(ctx.env, &warnings);
    for (const QString &warning : std::as_const(warnings))
        ctx.warning(warning);
    const Dispatcher dispatcher;
    return dispatcher.run(arguments, ctx);
}

#include "gitcheckout.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

struct GitOutput
{
    bool started = false;
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

GitOutput runGit(const QString &git, const QString &directory, const QStringList &arguments,
    const QProcessEnvironment &environment, int timeoutMs)
{
    GitOutput output;
    QProcess process;
    process.setProgram(git);
    // No fsmonitor hook from the checkout's settings: reading the checkout runs no other program.
    process.setArguments(QStringList {u"-c"_s, u"core.fsmonitor=false"_s} + arguments);
    process.setWorkingDirectory(directory);
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(timeoutMs))
        return output;
    output.started = true;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return output;
    }
    output.finished = process.exitStatus() == QProcess::NormalExit;
    output.exitCode = process.exitCode();
    output.out = QString::fromUtf8(process.readAllStandardOutput());
    output.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return output;
}

QString firstLine(const QString &text)
{
    return text.section(u'\n', 0, 0).trimmed();
}

} // namespace

QProcessEnvironment GitCheckout::gitEnvironment(const QProcessEnvironment &env)
{
    QProcessEnvironment environment;
    for (const QString &name : {u"PATH"_s, u"HOME"_s, u"XDG_CONFIG_HOME"_s, u"TMPDIR"_s, u"SYSTEMROOT"_s}) {
        if (env.contains(name))
            environment.insert(name, env.value(name));
    }
    environment.insert(u"LC_ALL"_s, u"C"_s);
    environment.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
    environment.insert(u"GIT_OPTIONAL_LOCKS"_s, u"0"_s); // git status must not write the index
    return environment;
}

ProjectSource GitCheckout::probe(
    const QString &directory, const QProcessEnvironment &env, int timeoutMs, QString *whyNot, bool *failed)
{
    QString ignored;
    QString &why = whyNot ? *whyNot : ignored;
    bool ignoredFailure = false;
    bool &gitFailed = failed ? *failed : ignoredFailure;
    gitFailed = false;
    const QString dir = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    const QStringList path = env.value(u"PATH"_s).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    // findExecutable() with no paths would search our own PATH: env decides.
    const QString git = path.isEmpty() ? QString() : QStandardPaths::findExecutable(u"git"_s, path);
    if (git.isEmpty()) {
        why = tr("git is not installed (not found in PATH); the checkout in %1 is not read.").arg(dir);
        return {};
    }
    if (!QFileInfo(dir).isDir()) {
        why = tr("%1 is not a directory.").arg(dir);
        return {};
    }
    const QProcessEnvironment environment = gitEnvironment(env);
    const double seconds = timeoutMs / 1000.0;

    // One call answers commit, branch and changes: "# branch.oid SHA|(initial)",
    // "# branch.head NAME|(detached)", then a line per changed tracked file.
    const GitOutput status = runGit(git, dir,
        {u"status"_s, u"--porcelain=v2"_s, u"--branch"_s, u"--untracked-files=no"_s}, environment, timeoutMs);
    if (!status.started) {
        why = tr("git (%1) could not be started.").arg(git);
        gitFailed = true;
        return {};
    }
    if (!status.finished) {
        why = tr("git did not answer within %L1 s in %2; the checkout is not read.").arg(seconds).arg(dir);
        gitFailed = true;
        return {};
    }
    if (status.exitCode != 0) {
        if (status.err.contains(u"not a git repository"_s, Qt::CaseInsensitive)) {
            why = tr("%1 is not in a git checkout.").arg(dir);
        } else {
            why = tr("git could not read the checkout in %1: %2").arg(dir, firstLine(status.err));
            gitFailed = true;
        }
        return {};
    }

    ProjectSource source;
    source.name = tr("the git checkout in %1").arg(dir);
    const QStringList lines = status.out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.startsWith(u"# branch.oid "_s)) {
            const QString oid = line.mid(13).trimmed();
            if (oid != u"(initial)"_s)
                source.commit = {oid, tr("HEAD (git status)")};
        } else if (line.startsWith(u"# branch.head "_s)) {
            const QString head = line.mid(14).trimmed();
            if (head == u"(detached)"_s)
                source.detached = true;
            else
                source.branch = {head, tr("the branch checked out (git status)")};
        } else if (!line.startsWith(u'#')) {
            source.dirty = true;
        }
    }
    if (source.commit.isEmpty()) {
        why = tr("The git checkout in %1 has no commit yet.").arg(dir);
        return {};
    }

    const GitOutput remote
        = runGit(git, dir, {u"remote"_s, u"get-url"_s, u"origin"_s}, environment, timeoutMs);
    if (remote.finished && remote.exitCode == 0 && !firstLine(remote.out).isEmpty()) {
        source.repository = {CiEnvironment::withoutCredentials(firstLine(remote.out)),
            tr("the origin remote (git remote get-url origin)")};
        // origin/HEAD names the remote's default branch when the clone recorded it.
        const GitOutput originHead
            = runGit(git, dir, {u"symbolic-ref"_s, u"-q"_s, u"--short"_s, u"refs/remotes/origin/HEAD"_s},
                environment, timeoutMs);
        const QString name = firstLine(originHead.out);
        if (originHead.finished && originHead.exitCode == 0 && name.startsWith(u"origin/"_s))
            source.defaultBranch = {name.mid(7), tr("origin/HEAD (git symbolic-ref)")};
    } else if (!remote.finished) {
        source.notes.append(tr("git did not name the origin remote within %L1 s.").arg(seconds));
    } else {
        source.notes.append(tr("The git checkout in %1 has no origin remote.").arg(dir));
    }
    return source;
}

#include "projectenvironment.h"

#include "cienvironment.h"
#include "gitcheckout.h"

#include <QDir>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcProject, "benchconnect.project", QtWarningMsg)

QString ProjectEnvironment::variable(
    const QProcessEnvironment &env, const QString &name, QStringList *warnings)
{
    if (!env.contains(name))
        return {};
    QString value = env.value(name).trimmed(); // not const: returned, it is moved
    if (value.isEmpty() && warnings)
        warnings->append(tr("%1 is set but blank; ignoring it.").arg(name));
    return value;
}

QString ProjectEnvironment::normalizeRepository(const QString &repository)
{
    QString repo = repository.trimmed();
    static const QRegularExpression prefix(
        uR"(^(?:https?://(?:www\.)?github\.com/|github\.com/|git@github\.com:|ssh://(?:git@)?github\.com/))"_s,
        QRegularExpression::CaseInsensitiveOption);
    repo.remove(prefix);
    while (repo.endsWith(u'/'))
        repo.chop(1);
    if (repo.endsWith(u".git"_s))
        repo.chop(4);
    static const QRegularExpression orgRepo(uR"(^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$)"_s);
    if (!orgRepo.match(repo).hasMatch())
        return {};
    return u"https://github.com/"_s + repo;
}

bool ProjectEnvironment::isCommitHash(const QString &commit)
{
    static const QRegularExpression sha(uR"(^[0-9a-fA-F]{40}$)"_s);
    return sha.match(commit).hasMatch();
}

ProjectEnvironment ProjectEnvironment::fromEnvironment(const QProcessEnvironment &env)
{
    const QString name = u"BENCHCONNECT_PROJECT_DETECTION"_s;
    QStringList warnings;
    const QString mode = variable(env, name, &warnings).toLower();
    Detection detection;
    if (mode == u"off"_s) {
        detection.ci = detection.git = false;
    } else if (mode == u"ci"_s) {
        detection.git = false;
    } else if (mode == u"git"_s) {
        detection.ci = false;
    } else if (!mode.isEmpty() && mode != u"auto"_s) {
        warnings.append(tr("%1=\"%2\" is not one of auto, ci, git or off; using auto.")
                            .arg(name, env.value(name).trimmed()));
    }
    ProjectEnvironment pe = fromEnvironment(env, detection);
    pe.m_warnings = warnings + pe.m_warnings;
    return pe;
}

ProjectEnvironment ProjectEnvironment::fromEnvironment(
    const QProcessEnvironment &env, const Detection &detection)
{
    ProjectEnvironment pe;
    pe.resolve(env, detection);
    return pe;
}

void ProjectEnvironment::note(const QString &text)
{
    m_notes.append(text);
    qCDebug(lcProject).noquote() << text;
}

void ProjectEnvironment::resolve(const QProcessEnvironment &env, const Detection &detection)
{
    const QString repositoryVariable = u"CONBENCH_PROJECT_REPOSITORY"_s;
    const QString commitVariable = u"CONBENCH_PROJECT_COMMIT"_s;
    QString prVariable = u"CONBENCH_PROJECT_PR_NUMBER"_s;
    const QString explicitRepository = variable(env, repositoryVariable, &m_warnings);
    const QString explicitCommit = variable(env, commitVariable, &m_warnings);
    QString explicitPr = variable(env, prVariable, &m_warnings);
    const QString legacyPr = variable(env, u"BENCHMARKABLE_PR_NUMBER"_s, &m_warnings);
    if (explicitPr.isEmpty() && !legacyPr.isEmpty()) {
        explicitPr = legacyPr;
        prVariable = u"BENCHMARKABLE_PR_NUMBER"_s;
    }
    variable(env, u"CONBENCH_MACHINE_INFO_NAME"_s, &m_warnings); // read by MachineInfo; warn when blank

    // What the variables give, checked first: a value the user set that is wrong is an error
    // whatever else could be found.
    QString url;
    if (!explicitRepository.isEmpty()) {
        url = normalizeRepository(explicitRepository);
        if (url.isEmpty())
            m_errors.append(tr("CONBENCH_PROJECT_REPOSITORY=\"%1\" is not a GitHub repository; "
                               "use org/repo or https://github.com/org/repo.")
                                .arg(explicitRepository));
    }
    if (!explicitCommit.isEmpty() && !isCommitHash(explicitCommit)) {
        m_errors.append(tr("CONBENCH_PROJECT_COMMIT=\"%1\" is not a 40-character hexadecimal commit SHA.")
                            .arg(explicitCommit));
    }
    qint64 prNumber = 0;
    if (!explicitPr.isEmpty()) {
        bool ok = false;
        prNumber = explicitPr.toLongLong(&ok);
        if (!ok || prNumber <= 0)
            m_errors.append(tr("%1=\"%2\" is not a pull request number (a positive integer).")
                                .arg(prVariable, explicitPr));
    }
    if (!m_errors.isEmpty())
        return;

    DetectedValue repository {url, explicitRepository.isEmpty() ? QString() : repositoryVariable};
    DetectedValue commit {explicitCommit, explicitCommit.isEmpty() ? QString() : commitVariable};
    DetectedValue pr {explicitPr, explicitPr.isEmpty() ? QString() : prVariable};
    DetectedValue branch;
    DetectedValue defaultBranch;
    ProjectSource commitSource; // the detected source the commit came from
    bool notOnGitHub = false;

    // Takes from a detected source what is still missing, when it speaks of the same repository.
    const auto consider = [&](const ProjectSource &source) {
        for (const QString &text : source.notes)
            note(text);
        const QString of = tr("%1 of %2");
        const QString sourceUrl = normalizeRepository(source.repository.value);
        if (repository.isEmpty() && !source.repository.isEmpty()) {
            if (sourceUrl.isEmpty()) {
                note(tr("The repository %1 (%2) is not on github.com; Conbench takes GitHub repositories "
                        "only, so no github information is added. Set CONBENCH_PROJECT_REPOSITORY (and "
                        "CONBENCH_PROJECT_COMMIT) to send it.")
                         .arg(source.repository.value, of.arg(source.repository.origin, source.name)));
                notOnGitHub = true;
                return;
            }
            repository = {sourceUrl, of.arg(source.repository.origin, source.name)};
        } else if (!sourceUrl.isEmpty() && sourceUrl != repository.value) {
            note(tr("%1 names the repository %2, not %3; its values are not used.")
                     .arg(source.name, sourceUrl, repository.value));
            return;
        }
        if (commit.isEmpty() && !source.commit.isEmpty()) {
            if (isCommitHash(source.commit.value)) {
                commit = {source.commit.value, of.arg(source.commit.origin, source.name)};
                commitSource = source;
            } else {
                note(tr("%1 gives \"%2\" (%3), not a 40-character commit SHA; it is not used.")
                         .arg(source.name, source.commit.value, source.commit.origin));
            }
        }
        // A pull request number means something only on the GitHub repository the source names.
        if (pr.isEmpty() && !source.prNumber.isEmpty() && !sourceUrl.isEmpty()) {
            bool ok = false;
            const qint64 number = source.prNumber.value.toLongLong(&ok);
            if (ok && number > 0) {
                pr = {source.prNumber.value, of.arg(source.prNumber.origin, source.name)};
                prNumber = number;
            } else {
                note(tr("%1 gives \"%2\" (%3), not a pull request number; it is not used.")
                         .arg(source.name, source.prNumber.value, source.prNumber.origin));
            }
        }
        if (branch.isEmpty() && !source.branch.isEmpty())
            branch = {source.branch.value, of.arg(source.branch.origin, source.name)};
        if (defaultBranch.isEmpty() && !source.defaultBranch.isEmpty())
            defaultBranch = {source.defaultBranch.value, of.arg(source.defaultBranch.origin, source.name)};
    };

    const bool bothGiven = !repository.isEmpty() && !commit.isEmpty();
    if (!bothGiven && detection.ci) {
        const ProjectSource ci = CiEnvironment::detect(env);
        if (ci.isEmpty())
            note(tr("No CI system was recognised by its variables."));
        else
            consider(ci);
    }
    if (!bothGiven && !notOnGitHub && detection.git && (repository.isEmpty() || commit.isEmpty())) {
        const QString directory
            = detection.workingDirectory.isEmpty() ? QDir::currentPath() : detection.workingDirectory;
        QString whyNot;
        bool failed = false;
        const ProjectSource checkout
            = GitCheckout::probe(directory, env, detection.gitTimeoutMs, &whyNot, &failed);
        if (checkout.isEmpty() && failed)
            m_warnings.append(whyNot);
        else if (checkout.isEmpty())
            note(whyNot);
        else
            consider(checkout);
    }

    if (repository.isEmpty() && commit.isEmpty()) {
        if (!pr.isEmpty())
            m_warnings.append(tr("A pull request number is set but CONBENCH_PROJECT_REPOSITORY and "
                                 "CONBENCH_PROJECT_COMMIT are not; no github information is added."));
        return;
    }
    if (repository.isEmpty()) {
        if (!explicitCommit.isEmpty())
            m_errors.append(
                tr("CONBENCH_PROJECT_COMMIT is set but CONBENCH_PROJECT_REPOSITORY is not, and no "
                   "GitHub repository was found in the CI variables or the git checkout; set "
                   "both (e.g. CONBENCH_PROJECT_REPOSITORY=org/repo)."));
        else if (!notOnGitHub)
            note(tr("Commit %1 (%2) was found, but no repository; no github information is added.")
                     .arg(commit.value, commit.origin));
        return;
    }
    if (commit.isEmpty()) {
        if (!explicitRepository.isEmpty())
            m_errors.append(
                tr("CONBENCH_PROJECT_REPOSITORY is set but CONBENCH_PROJECT_COMMIT is not, and no "
                   "commit was found in the CI variables or the git checkout; set both (the "
                   "commit is a 40-character hexadecimal SHA)."));
        else
            note(tr("The repository %1 (%2) was found, but no commit; no github information is added.")
                     .arg(repository.value, repository.origin));
        return;
    }

    m_github.insert(u"repository"_s, repository.value);
    m_github.insert(u"commit"_s, commit.value);
    note(tr("github.repository is %1, from %2.").arg(repository.value, repository.origin));
    note(tr("github.commit is %1, from %2.").arg(commit.value, commit.origin));
    if (prNumber > 0) {
        m_github.insert(u"pr_number"_s, prNumber);
        note(tr("github.pr_number is %1, from %2.").arg(prNumber).arg(pr.origin));
    } else if (!branch.isEmpty()) {
        // Conbench reads a branch as "a commit off the default branch": it is sent only when the
        // default branch is known to be another one.
        if (defaultBranch.isEmpty()) {
            note(tr("The branch %1 (%2) is not sent: the repository's default branch is not known.")
                     .arg(branch.value, branch.origin));
        } else if (branch.value != defaultBranch.value) {
            const QString org = repository.value.section(u'/', 3, 3);
            const QString value = org + u':' + branch.value;
            m_github.insert(u"branch"_s, value);
            note(tr("github.branch is %1, from %2 (the default branch is %3).")
                     .arg(value, branch.origin, defaultBranch.value));
        } else {
            note(tr("The branch %1 (%2) is the default branch; no branch is sent.")
                     .arg(branch.value, branch.origin));
        }
    }
    if (commitSource.detached)
        note(tr("HEAD of %1 is detached (no branch is checked out).").arg(commitSource.name));
    if (commitSource.dirty)
        m_warnings.append(tr("The results are not those of commit %1 alone: %2 has uncommitted changes to "
                             "tracked files.")
                              .arg(commit.value, commitSource.name));
}

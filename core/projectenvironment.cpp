#include "projectenvironment.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString ProjectEnvironment::variable(
    const QProcessEnvironment &env, const QString &name, QStringList *warnings)
{
    if (!env.contains(name))
        return {};
    const QString value = env.value(name).trimmed();
    if (value.isEmpty() && warnings)
        warnings->append(tr("%1 is set but blank; ignoring it.").arg(name));
    return value;
}

QString ProjectEnvironment::normalizeRepository(const QString &repository)
{
    QString repo = repository.trimmed();
    static const QRegularExpression prefix(
        uR"(^(?:https?://(?:www\.)?github\.com/|github\.com/|git@github\.com:|ssh://git@github\.com/))"_s,
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
    ProjectEnvironment pe;
    const QString repository = variable(env, u"CONBENCH_PROJECT_REPOSITORY"_s, &pe.m_warnings);
    const QString commit = variable(env, u"CONBENCH_PROJECT_COMMIT"_s, &pe.m_warnings);
    QString pr = variable(env, u"CONBENCH_PROJECT_PR_NUMBER"_s, &pe.m_warnings);
    const QString legacyPr = variable(env, u"BENCHMARKABLE_PR_NUMBER"_s, &pe.m_warnings);
    if (pr.isEmpty())
        pr = legacyPr;
    variable(env, u"CONBENCH_MACHINE_INFO_NAME"_s, &pe.m_warnings); // read by MachineInfo; warn when blank

    if (repository.isEmpty() && commit.isEmpty()) {
        if (!pr.isEmpty())
            pe.m_warnings.append(tr("A pull request number is set but CONBENCH_PROJECT_REPOSITORY and "
                                    "CONBENCH_PROJECT_COMMIT are not; no github information is added."));
        return pe;
    }
    if (repository.isEmpty()) {
        pe.m_errors.append(tr("CONBENCH_PROJECT_COMMIT is set but CONBENCH_PROJECT_REPOSITORY is not; "
                              "set both (e.g. CONBENCH_PROJECT_REPOSITORY=org/repo)."));
        return pe;
    }
    if (commit.isEmpty()) {
        pe.m_errors.append(tr("CONBENCH_PROJECT_REPOSITORY is set but CONBENCH_PROJECT_COMMIT is not; "
                              "set both (the commit is a 40-character hexadecimal SHA)."));
        return pe;
    }
    const QString url = normalizeRepository(repository);
    if (url.isEmpty()) {
        pe.m_errors.append(tr("CONBENCH_PROJECT_REPOSITORY=\"%1\" is not a GitHub repository; "
                              "use org/repo or https://github.com/org/repo.")
                               .arg(repository));
    }
    if (!isCommitHash(commit)) {
        pe.m_errors.append(
            tr("CONBENCH_PROJECT_COMMIT=\"%1\" is not a 40-character hexadecimal commit SHA.").arg(commit));
    }
    qint64 prNumber = 0;
    if (!pr.isEmpty()) {
        bool ok = false;
        prNumber = pr.toLongLong(&ok);
        if (!ok || prNumber <= 0)
            pe.m_errors.append(tr("The pull request number \"%1\" is not a positive integer.").arg(pr));
    }
    if (!pe.m_errors.isEmpty())
        return pe;

    pe.m_github.insert(u"repository"_s, url);
    pe.m_github.insert(u"commit"_s, commit);
    if (prNumber > 0)
        pe.m_github.insert(u"pr_number"_s, prNumber);
    return pe;
}

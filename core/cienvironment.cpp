#include "cienvironment.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// An event file larger than this is not read (GitHub's are a few kilobytes to a few megabytes).
constexpr qint64 maxEventFileSize = 32 * 1024 * 1024;

// The variable's value, trimmed, with its name as the origin; empty when unset or blank (CI
// systems set many variables blank when they do not apply, such as GITHUB_HEAD_REF on a push).
DetectedValue take(const QProcessEnvironment &env, const QString &name)
{
    const QString value = env.value(name).trimmed();
    if (value.isEmpty())
        return {};
    return {value, name};
}

// The first of the variables that is set and not blank.
DetectedValue first(const QProcessEnvironment &env, std::initializer_list<QString> names)
{
    for (const QString &name : names) {
        DetectedValue value = take(env, name);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

bool isSet(const QProcessEnvironment &env, const QString &name)
{
    return !env.value(name).trimmed().isEmpty();
}

// "refs/heads/main" → "main"; a ref of another kind (a tag, a pull request) → empty.
QString branchOfRef(const QString &ref)
{
    static const QString heads = u"refs/heads/"_s;
    return ref.startsWith(heads) ? ref.mid(heads.size()) : QString();
}

// "refs/pull/12/merge" or "refs/pull/12/head" → "12"; otherwise empty.
QString pullRequestOfRef(const QString &ref)
{
    static const QRegularExpression pull(uR"(^refs/pull/(\d+)/(?:merge|head)$)"_s);
    const auto match = pull.match(ref);
    return match.hasMatch() ? match.captured(1) : QString();
}

DetectedValue withValue(DetectedValue value, const QString &newValue)
{
    value.value = newValue;
    if (newValue.isEmpty())
        value.origin.clear();
    return value;
}

DetectedValue repositoryValue(DetectedValue value)
{
    value.value = CiEnvironment::withoutCredentials(value.value);
    return value;
}

} // namespace

QString CiEnvironment::withoutCredentials(const QString &url)
{
    // Only URLs with a scheme can carry credentials ("git@host:org/repo" names a user, not a
    // secret, and QUrl does not parse that form).
    if (!url.contains(u"://"_s))
        return url;
    const QUrl parsed(url);
    if (!parsed.isValid() || (parsed.userInfo().isEmpty()))
        return url;
    return parsed.adjusted(QUrl::RemoveUserInfo).toString();
}

ProjectSource CiEnvironment::detect(const QProcessEnvironment &env)
{
    if (isSet(env, u"GITHUB_ACTIONS"_s))
        return gitHubActions(env);
    if (isSet(env, u"GITLAB_CI"_s))
        return gitLab(env);
    if (isSet(env, u"BUILDKITE"_s))
        return buildkite(env);
    if (isSet(env, u"JENKINS_URL"_s))
        return jenkins(env);
    if (isSet(env, u"CIRCLECI"_s))
        return circleCi(env);
    if (isSet(env, u"TF_BUILD"_s))
        return azurePipelines(env);
    return {};
}

// https://docs.github.com/en/actions/reference/variables-reference
ProjectSource CiEnvironment::gitHubActions(const QProcessEnvironment &env)
{
    ProjectSource source;
    source.name = tr("GitHub Actions");
    const DetectedValue repository = take(env, u"GITHUB_REPOSITORY"_s); // "org/repo"
    if (!repository.isEmpty()) {
        // GitHub Enterprise Server names its own host in GITHUB_SERVER_URL: not github.com.
        QString server = env.value(u"GITHUB_SERVER_URL"_s).trimmed();
        while (server.endsWith(u'/'))
            server.chop(1);
        if (server.isEmpty())
            server = u"https://github.com"_s;
        source.repository = {withoutCredentials(server) + u'/' + repository.value,
            server == u"https://github.com"_s ? repository.origin
                                              : u"GITHUB_SERVER_URL, GITHUB_REPOSITORY"_s};
    }
    const DetectedValue sha = take(env, u"GITHUB_SHA"_s);
    const DetectedValue ref = take(env, u"GITHUB_REF"_s);
    source.commit = sha;
    source.branch = first(env, {u"GITHUB_HEAD_REF"_s});
    if (source.branch.isEmpty())
        source.branch = withValue(ref, branchOfRef(ref.value));
    source.prNumber = withValue(ref, pullRequestOfRef(ref.value));

    // The event that started the workflow: the pull request's number and head commit (GITHUB_SHA
    // is the merge commit GitHub made for a pull_request event, and the base branch's last commit
    // for pull_request_target), and the repository's default branch.
    const QString eventPath = env.value(u"GITHUB_EVENT_PATH"_s).trimmed();
    if (eventPath.isEmpty())
        return source;
    QFile file(eventPath);
    // Read with a bound: the path could name a device that never ends (/dev/zero).
    const QByteArray content
        = file.open(QIODevice::ReadOnly) ? file.read(maxEventFileSize + 1) : QByteArray();
    if (!file.isOpen() || content.size() > maxEventFileSize) {
        source.notes.append(tr("The event file %1 (GITHUB_EVENT_PATH) could not be read: %2.")
                                .arg(eventPath, file.isOpen() ? tr("it is too large") : file.errorString()));
        return source;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(content, &error);
    if (!document.isObject()) {
        source.notes.append(tr("The event file %1 (GITHUB_EVENT_PATH) is not a JSON object: %2.")
                                .arg(eventPath, error.errorString()));
        return source;
    }
    const QJsonObject event = document.object();
    const QString inEvent = tr("%1 in GITHUB_EVENT_PATH");
    const QString defaultBranch
        = event.value("repository"_L1).toObject().value("default_branch"_L1).toString();
    if (!defaultBranch.isEmpty())
        source.defaultBranch = {defaultBranch, inEvent.arg(u"repository.default_branch"_s)};
    const QJsonObject pullRequest = event.value("pull_request"_L1).toObject();
    const qint64 number = pullRequest.value("number"_L1).toInteger();
    if (number > 0) {
        source.prNumber = {QString::number(number), inEvent.arg(u"pull_request.number"_s)};
        const QJsonObject head = pullRequest.value("head"_L1).toObject();
        const QString headSha = head.value("sha"_L1).toString();
        if (!headSha.isEmpty()) {
            if (headSha != sha.value && !sha.isEmpty())
                source.notes.append(tr("GITHUB_SHA (%1) is not the pull request's head commit; the head "
                                       "commit is used.")
                                        .arg(sha.value));
            source.commit = {headSha, inEvent.arg(u"pull_request.head.sha"_s)};
        }
        if (source.branch.isEmpty() && !head.value("ref"_L1).toString().isEmpty())
            source.branch = {head.value("ref"_L1).toString(), inEvent.arg(u"pull_request.head.ref"_s)};
    }
    return source;
}

// https://docs.gitlab.com/ci/variables/predefined_variables/
ProjectSource CiEnvironment::gitLab(const QProcessEnvironment &env)
{
    ProjectSource source;
    source.name = tr("GitLab CI");
    source.repository = repositoryValue(take(env, u"CI_PROJECT_URL"_s));
    source.defaultBranch = take(env, u"CI_DEFAULT_BRANCH"_s);
    // A pipeline for a GitHub pull request of a project that mirrors a GitHub repository ("CI/CD
    // for external repositories") names the GitHub repository and pull request.
    const DetectedValue externalPr = take(env, u"CI_EXTERNAL_PULL_REQUEST_IID"_s);
    const DetectedValue target = take(env, u"CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY"_s);
    if (!externalPr.isEmpty() && !target.isEmpty()) {
        source.repository = {u"https://github.com/"_s + target.value, target.origin};
        source.prNumber = externalPr;
        source.commit = first(env, {u"CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_SHA"_s, u"CI_COMMIT_SHA"_s});
        source.branch
            = first(env, {u"CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME"_s, u"CI_COMMIT_REF_NAME"_s});
        return source;
    }
    // In a merged results pipeline CI_COMMIT_SHA is the merge GitLab made; the source branch's
    // head is the benchmarked commit of the merge request.
    source.commit = first(env, {u"CI_MERGE_REQUEST_SOURCE_BRANCH_SHA"_s, u"CI_COMMIT_SHA"_s});
    const DetectedValue mergeRequest = take(env, u"CI_MERGE_REQUEST_IID"_s);
    if (!mergeRequest.isEmpty()) {
        source.notes.append(tr("Merge request !%1 (CI_MERGE_REQUEST_IID) is GitLab's, not a GitHub pull "
                               "request; it is not sent as a pull request number.")
                                .arg(mergeRequest.value));
        source.branch = take(env, u"CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"_s);
    } else if (!isSet(env, u"CI_COMMIT_TAG"_s)) {
        source.branch = first(env, {u"CI_COMMIT_BRANCH"_s, u"CI_COMMIT_REF_NAME"_s});
    }
    return source;
}

// https://buildkite.com/docs/pipelines/configure/environment-variables
ProjectSource CiEnvironment::buildkite(const QProcessEnvironment &env)
{
    ProjectSource source;
    source.name = tr("Buildkite");
    source.repository = repositoryValue(take(env, u"BUILDKITE_REPO"_s));
    source.commit = take(env, u"BUILDKITE_COMMIT"_s); // may be "HEAD" for a build started by hand
    source.branch = take(env, u"BUILDKITE_BRANCH"_s);
    source.defaultBranch = take(env, u"BUILDKITE_PIPELINE_DEFAULT_BRANCH"_s);
    const DetectedValue pr = take(env, u"BUILDKITE_PULL_REQUEST"_s); // "false" when no pull request
    if (pr.value != u"false"_s)
        source.prNumber = pr;
    return source;
}

// https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#using-environment-variables and the Git
// plugin's variables (GIT_COMMIT, GIT_URL, GIT_BRANCH); CHANGE_* in multibranch pipelines.
ProjectSource CiEnvironment::jenkins(const QProcessEnvironment &env)
{
    ProjectSource source;
    source.name = tr("Jenkins");
    source.repository = repositoryValue(first(env, {u"GIT_URL"_s, u"GIT_URL_1"_s}));
    source.commit = take(env, u"GIT_COMMIT"_s);
    const DetectedValue change = take(env, u"CHANGE_ID"_s);
    if (!change.isEmpty()) {
        source.prNumber = change;
        source.branch = take(env, u"CHANGE_BRANCH"_s); // BRANCH_NAME is "PR-12" here
        if (source.repository.isEmpty()) {
            // CHANGE_URL is the pull request's page: https://github.com/org/repo/pull/12
            const DetectedValue url = take(env, u"CHANGE_URL"_s);
            static const QRegularExpression pullPage(uR"(^(https://github\.com/[^/]+/[^/]+)/pull/\d+/?$)"_s);
            const auto match = pullPage.match(url.value);
            if (match.hasMatch())
                source.repository = {match.captured(1), url.origin};
        }
        return source;
    }
    source.branch = take(env, u"BRANCH_NAME"_s);
    if (source.branch.isEmpty()) {
        DetectedValue gitBranch = take(env, u"GIT_BRANCH"_s); // "origin/main"
        if (gitBranch.value.startsWith(u"origin/"_s))
            gitBranch.value = gitBranch.value.mid(7);
        source.branch = gitBranch;
    }
    return source;
}

// https://circleci.com/docs/reference/variables/
ProjectSource CiEnvironment::circleCi(const QProcessEnvironment &env)
{
    ProjectSource source;
    source.name = tr("CircleCI");
    source.repository = repositoryValue(take(env, u"CIRCLE_REPOSITORY_URL"_s));
    source.commit = take(env, u"CIRCLE_SHA1"_s);
    source.branch = take(env, u"CIRCLE_BRANCH"_s);
    source.prNumber = take(env, u"CIRCLE_PR_NUMBER"_s); // pull requests from forks only
    if (source.prNumber.isEmpty()) {
        // The pull request's page, https://github.com/org/repo/pull/12 (CIRCLE_PULL_REQUESTS
        // lists all of them when a branch has several).
        const DetectedValue url = take(env, u"CIRCLE_PULL_REQUEST"_s);
        static const QRegularExpression pullPage(uR"(/pull/(\d+)/?$)"_s);
        const auto match = pullPage.match(url.value);
        if (match.hasMatch())
            source.prNumber = {match.captured(1), url.origin};
    }
    return source;
}

// https://learn.microsoft.com/azure/devops/pipelines/build/variables
ProjectSource CiEnvironment::azurePipelines(const QProcessEnvironment &env)
{
    ProjectSource source;
    source.name = tr("Azure Pipelines");
    source.repository = repositoryValue(take(env, u"BUILD_REPOSITORY_URI"_s));
    const DetectedValue sourceBranch = take(env, u"BUILD_SOURCEBRANCH"_s);
    // For a GitHub pull request the number (SYSTEM_PULLREQUEST_PULLREQUESTID is another id);
    // BUILD_SOURCEVERSION is then the merge commit, SYSTEM_PULLREQUEST_SOURCECOMMITID the head.
    source.prNumber = take(env, u"SYSTEM_PULLREQUEST_PULLREQUESTNUMBER"_s);
    if (source.prNumber.isEmpty())
        source.prNumber = withValue(sourceBranch, pullRequestOfRef(sourceBranch.value));
    if (!source.prNumber.isEmpty()) {
        source.commit = first(env, {u"SYSTEM_PULLREQUEST_SOURCECOMMITID"_s, u"BUILD_SOURCEVERSION"_s});
        DetectedValue branch = take(env, u"SYSTEM_PULLREQUEST_SOURCEBRANCH"_s);
        if (branch.value.startsWith(u"refs/heads/"_s))
            branch.value = branchOfRef(branch.value);
        source.branch = branch;
    } else {
        source.commit = take(env, u"BUILD_SOURCEVERSION"_s);
        source.branch = withValue(sourceBranch, branchOfRef(sourceBranch.value));
    }
    return source;
}

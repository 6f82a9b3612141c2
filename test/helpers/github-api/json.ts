// JSON bodies of the stateful resources, shaped as the OpenAPI response schemas require
// (test/unit/helpers/github-api-server.test.ts validates them against those schemas).
import {
  ACTIONS_BOT_LOGIN,
  actionsApp,
  actionsBot,
  loginId,
  loginType,
  nodeId,
  reactions,
  repository,
  user,
  WEB_URL,
  type ResourceContext,
} from './resources.js'
import type {
  CheckRunRecord,
  DeploymentRecord,
  DeploymentStatusRecord,
  IssueCommentRecord,
  IssueRecord,
  PullRequestFixture,
} from './state.js'

/** Where the default branch points, for pull requests' `base`. */
export interface BranchSettings {
  readonly defaultBranch: string
  readonly defaultBranchSha: string
}

export function repoApi(context: ResourceContext): string {
  return `${context.apiUrl}/repos/${context.owner}/${context.repo}`
}

export function commentJson(context: ResourceContext, c: IssueCommentRecord): Record<string, unknown> {
  const url = `${repoApi(context)}/issues/comments/${c.id}`
  return {
    url,
    html_url: `${WEB_URL}/${context.owner}/${context.repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${repoApi(context)}/issues/${c.issueNumber}`,
    id: c.id,
    node_id: nodeId('IC', c.id),
    user:
      c.login === ACTIONS_BOT_LOGIN
        ? actionsBot(context)
        : user(context, c.login, loginId(c.login), loginType(c.login)),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: c.login.endsWith('[bot]') ? 'NONE' : 'CONTRIBUTOR',
    body: c.body,
    reactions: reactions(url),
    performed_via_github_app: c.login === ACTIONS_BOT_LOGIN ? actionsApp(context) : null,
  }
}

export function pullMinimal(
  context: ResourceContext,
  p: PullRequestFixture,
  settings: BranchSettings,
): Record<string, unknown> {
  const repo = { id: context.repositoryId, url: repoApi(context), name: context.repo }
  return {
    url: `${repoApi(context)}/pulls/${p.number}`,
    id: 2_000_000_000 + p.number,
    number: p.number,
    head: { ref: p.headRef ?? `modelgate-pr-${p.number}`, sha: p.headSha, repo },
    base: { ref: p.baseRef ?? settings.defaultBranch, sha: p.baseSha ?? settings.defaultBranchSha, repo },
  }
}

export function checkRunJson(
  context: ResourceContext,
  c: CheckRunRecord,
  pullRequests: readonly Record<string, unknown>[],
): Record<string, unknown> {
  const url = `${repoApi(context)}/check-runs/${c.id}`
  const htmlUrl = `${WEB_URL}/${context.owner}/${context.repo}/runs/${c.id}`
  return {
    id: c.id,
    name: c.name,
    node_id: nodeId('CR', c.id),
    head_sha: c.headSha,
    external_id: c.externalId,
    url,
    html_url: htmlUrl,
    details_url: c.detailsUrl ?? htmlUrl,
    status: c.status,
    conclusion: c.conclusion,
    started_at: c.startedAt,
    completed_at: c.completedAt,
    output: { ...c.output, annotations_count: c.annotations.length, annotations_url: `${url}/annotations` },
    check_suite: { id: 3_000_000_000 + (c.id % 1000) },
    app: actionsApp(context),
    pull_requests: pullRequests,
  }
}

export function deploymentJson(context: ResourceContext, d: DeploymentRecord): Record<string, unknown> {
  const url = `${repoApi(context)}/deployments/${d.id}`
  return {
    url,
    id: d.id,
    node_id: nodeId('DE', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.originalEnvironment,
    environment: d.environment,
    description: d.description,
    creator: actionsBot(context),
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoApi(context),
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment,
    performed_via_github_app: actionsApp(context),
  }
}

export function deploymentStatusJson(context: ResourceContext, s: DeploymentStatusRecord): Record<string, unknown> {
  const deploymentUrl = `${repoApi(context)}/deployments/${s.deploymentId}`
  return {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DES', s.id),
    state: s.state,
    creator: actionsBot(context),
    description: s.description,
    environment: s.environment,
    target_url: s.targetUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: deploymentUrl,
    repository_url: repoApi(context),
    environment_url: s.environmentUrl,
    log_url: s.logUrl,
    performed_via_github_app: actionsApp(context),
  }
}

export function pullRequestJson(
  context: ResourceContext,
  p: PullRequestFixture,
  settings: BranchSettings,
): Record<string, unknown> {
  const api = `${repoApi(context)}/pulls/${p.number}`
  const issue = `${repoApi(context)}/issues/${p.number}`
  const html = `${WEB_URL}/${context.owner}/${context.repo}/pull/${p.number}`
  const author = user(context, p.author ?? 'octocat', 583231, 'User')
  const baseRepo = repository(context, false)
  const [headOwner, headName] = (p.headRepoFullName ?? `${context.owner}/${context.repo}`).split('/') as [
    string,
    string,
  ]
  const headRepo =
    p.headRepoFullName === undefined
      ? baseRepo
      : {
          ...repository(
            { ...context, owner: headOwner, repo: headName, repositoryId: context.repositoryId + 1 },
            false,
          ),
          fork: true,
        }
  const headRef = p.headRef ?? `modelgate-pr-${p.number}`
  const baseRef = p.baseRef ?? settings.defaultBranch
  const created = '2026-01-05T12:00:00Z'
  return {
    url: api,
    id: 2_000_000_000 + p.number,
    node_id: nodeId('PR', p.number),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApi(context)}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: `${repoApi(context)}/statuses/${p.headSha}`,
    number: p.number,
    state: p.state ?? 'open',
    locked: false,
    title: p.title ?? `Model update #${p.number}`,
    user: author,
    body: null,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: created,
    updated_at: created,
    closed_at: p.state === 'closed' ? created : null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: { label: `${headOwner}:${headRef}`, ref: headRef, sha: p.headSha, user: headRepo.owner, repo: headRepo },
    base: {
      label: `${context.owner}:${baseRef}`,
      ref: baseRef,
      sha: p.baseSha ?? settings.defaultBranchSha,
      user: baseRepo.owner,
      repo: baseRepo,
    },
    _links: {
      self: { href: api },
      html: { href: html },
      issue: { href: issue },
      comments: { href: `${issue}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repoApi(context)}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: `${repoApi(context)}/statuses/${p.headSha}` },
    },
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    draft: p.draft ?? false,
    merged: false,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 10,
    deletions: 2,
    changed_files: 1,
  }
}

export function issueJson(context: ResourceContext, i: IssueRecord): Record<string, unknown> {
  const url = `${repoApi(context)}/issues/${i.number}`
  return {
    id: i.id,
    node_id: nodeId('I', i.id),
    url,
    repository_url: repoApi(context),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${WEB_URL}/${context.owner}/${context.repo}/issues/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.stateReason,
    title: i.title,
    body: i.body,
    user:
      i.login === ACTIONS_BOT_LOGIN
        ? actionsBot(context)
        : user(context, i.login, loginId(i.login), loginType(i.login)),
    labels: i.labels.map((name, index) => ({
      id: loginId(name) + index,
      node_id: nodeId('LA', loginId(name) + index),
      url: `${repoApi(context)}/labels/${encodeURIComponent(name)}`,
      name,
      color: 'ededed',
      default: false,
      description: null,
    })),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: 0,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_at: i.closedAt,
    author_association: i.login.endsWith('[bot]') ? 'NONE' : 'CONTRIBUTOR',
    reactions: reactions(url),
    performed_via_github_app: i.login === ACTIONS_BOT_LOGIN ? actionsApp(context) : null,
  }
}

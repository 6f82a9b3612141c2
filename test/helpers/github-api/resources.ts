// Response bodies shaped like api.github.com's: every field the OpenAPI response schema requires,
// with the values GitHub really returns for a workflow token (github-actions[bot], the GitHub Actions app).

/** Where the fake lives and which repository it serves. */
export interface ResourceContext {
  /** Base URL of the fake API (no trailing slash), as GITHUB_API_URL. */
  readonly apiUrl: string
  readonly owner: string
  readonly repo: string
  readonly repositoryId: number
  readonly defaultBranch: string
}

export const WEB_URL = 'https://github.com'

/** GitHub timestamps: ISO 8601, whole seconds, `Z`. */
export function timestamp(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** A node id in GitHub's prefixed base64 style (`IC_kwDO…`). */
export function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(`${prefix}${id}`).toString('base64').replace(/=+$/, '')}`
}

export function user(
  context: ResourceContext,
  login: string,
  id: number,
  type: 'User' | 'Bot' | 'Organization',
): Record<string, unknown> {
  const api = `${context.apiUrl}/users/${encodeURIComponent(login)}`
  return {
    login,
    id,
    node_id: nodeId(type === 'Bot' ? 'BOT' : type === 'Organization' ? 'O' : 'U', id),
    avatar_url:
      type === 'Bot'
        ? 'https://avatars.githubusercontent.com/in/15368?v=4'
        : `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: type === 'Bot' ? `${WEB_URL}/apps/${login.replace(/\[bot\]$/, '')}` : `${WEB_URL}/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: false,
  }
}

/** The login of the account that owns a workflow token's writes. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/** The account that owns a workflow token's writes. */
export function actionsBot(context: ResourceContext): Record<string, unknown> {
  return user(context, ACTIONS_BOT_LOGIN, 41898282, 'Bot')
}

/** A stable account id for any other login (GitHub App bots end in `[bot]`). */
export function loginId(login: string): number {
  let hash = 11
  for (const char of login.toLowerCase()) hash = (hash * 31 + char.charCodeAt(0)) % 90_000_000
  return 10_000_000 + hash
}

export function loginType(login: string): 'User' | 'Bot' {
  return login.endsWith('[bot]') ? 'Bot' : 'User'
}

/** The GitHub Actions app, as `performed_via_github_app` and a check run's `app`. */
export function actionsApp(context: ResourceContext): Record<string, unknown> {
  return {
    id: 15368,
    slug: 'github-actions',
    client_id: 'Iv1.05c79e9ad1f6bdfa',
    node_id: 'MDM6QXBwMTUzNjg=',
    owner: user(context, 'github', 9919, 'Organization'),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${WEB_URL}/apps/github-actions`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: {
      actions: 'write',
      checks: 'write',
      contents: 'write',
      deployments: 'write',
      issues: 'write',
      metadata: 'read',
      pull_requests: 'write',
      statuses: 'write',
    },
    events: [
      'check_run',
      'check_suite',
      'deployment',
      'deployment_status',
      'issue_comment',
      'pull_request',
      'push',
      'workflow_dispatch',
    ],
  }
}

export function reactions(url: string): Record<string, unknown> {
  return {
    url: `${url}/reactions`,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    confused: 0,
    heart: 0,
    hooray: 0,
    eyes: 0,
    rocket: 0,
  }
}

/** `repository` / `full-repository` for the served repository. */
export function repository(context: ResourceContext, full: boolean): Record<string, unknown> {
  const fullName = `${context.owner}/${context.repo}`
  const api = `${context.apiUrl}/repos/${fullName}`
  const created = '2024-01-15T09:00:00Z'
  const templates: Record<string, string> = {
    archive_url: '/{archive_format}{/ref}',
    assignees_url: '/assignees{/user}',
    blobs_url: '/git/blobs{/sha}',
    branches_url: '/branches{/branch}',
    collaborators_url: '/collaborators{/collaborator}',
    comments_url: '/comments{/number}',
    commits_url: '/commits{/sha}',
    compare_url: '/compare/{base}...{head}',
    contents_url: '/contents/{+path}',
    contributors_url: '/contributors',
    deployments_url: '/deployments',
    downloads_url: '/downloads',
    events_url: '/events',
    forks_url: '/forks',
    git_commits_url: '/git/commits{/sha}',
    git_refs_url: '/git/refs{/sha}',
    git_tags_url: '/git/tags{/sha}',
    hooks_url: '/hooks',
    issue_comment_url: '/issues/comments{/number}',
    issue_events_url: '/issues/events{/number}',
    issues_url: '/issues{/number}',
    keys_url: '/keys{/key_id}',
    labels_url: '/labels{/name}',
    languages_url: '/languages',
    merges_url: '/merges',
    milestones_url: '/milestones{/number}',
    notifications_url: '/notifications{?since,all,participating}',
    pulls_url: '/pulls{/number}',
    releases_url: '/releases{/id}',
    stargazers_url: '/stargazers',
    statuses_url: '/statuses/{sha}',
    subscribers_url: '/subscribers',
    subscription_url: '/subscription',
    tags_url: '/tags',
    teams_url: '/teams',
    trees_url: '/git/trees{/sha}',
  }
  const urls = Object.fromEntries(Object.entries(templates).map(([key, suffix]) => [key, `${api}${suffix}`]))
  const base = {
    id: context.repositoryId,
    node_id: nodeId('R', context.repositoryId),
    name: context.repo,
    full_name: fullName,
    private: false,
    owner: user(context, context.owner, 1_000_001, 'Organization'),
    html_url: `${WEB_URL}/${fullName}`,
    description: 'Models gated by modelgate',
    fork: false,
    url: api,
    ...urls,
    created_at: created,
    updated_at: created,
    pushed_at: created,
    git_url: `git://github.com/${fullName}.git`,
    ssh_url: `git@github.com:${fullName}.git`,
    clone_url: `${WEB_URL}/${fullName}.git`,
    svn_url: `${WEB_URL}/${fullName}`,
    homepage: null,
    size: 1024,
    stargazers_count: 0,
    watchers_count: 0,
    language: 'Python',
    has_issues: true,
    has_projects: true,
    has_downloads: true,
    has_wiki: false,
    has_pages: false,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: 1,
    license: null,
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    topics: [],
    visibility: 'public',
    forks: 0,
    open_issues: 1,
    watchers: 0,
    default_branch: context.defaultBranch,
  }
  if (!full) return base
  return {
    ...base,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    network_count: 0,
    subscribers_count: 1,
    organization: base.owner,
  }
}

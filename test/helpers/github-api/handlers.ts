// The stateful operations of the fake GitHub API. Requests reach these only after the server has
// matched them to an OpenAPI operation and validated their parameters and body against it; the
// rules here are the ones GitHub enforces beyond its schema (documented limits, existing commits).
import {
  checkRunJson,
  commentJson,
  deploymentJson,
  deploymentStatusJson,
  issueJson,
  pullMinimal,
  pullRequestJson,
} from './json.js'
import { repository, timestamp, type ResourceContext } from './resources.js'
import {
  checkRunProblem,
  commentTooLong,
  errorBody,
  notFound,
  SHA,
  unprocessable,
  validationFailed,
  type HandlerResponse,
} from './rules.js'
import {
  sameRepository,
  type AnnotationRecord,
  type CheckRunRecord,
  type DeploymentRecord,
  type DeploymentState,
  type DeploymentStatusRecord,
  type GitHubState,
  type IssueCommentRecord,
  type IssueRecord,
  type PullRequestFixture,
} from './state.js'

export type { HandlerResponse } from './rules.js'

export interface HandlerRequest {
  readonly operationId: string
  /** Typed path parameters (`owner`, `repo`, `comment_id`, …). */
  readonly params: Record<string, unknown>
  /** Typed query parameters. */
  readonly query: Record<string, unknown>
  /** The JSON body, `{}` where none was sent. */
  readonly body: Record<string, unknown>
  /** The full request URL, for `Link` headers. */
  readonly url: URL
  /** Who the request's token belongs to (`user.login` of what it creates). */
  readonly login: string
}

export interface HandlerSettings {
  readonly apiUrl: string
  readonly defaultBranch: string
  readonly defaultBranchSha: string
  /** `undefined`: any PR number exists, with `headSha`. */
  readonly pullRequests: readonly PullRequestFixture[] | undefined
  readonly headSha: string
  /** Extra branch or tag names → commit SHA that deployments and workflow dispatches may name. */
  readonly refs: Readonly<Record<string, string>>
  /** Workflow file names or ids that exist; `undefined`: any. */
  readonly workflows: readonly string[] | undefined
}

/** One page of `items` and the `Link` header GitHub sends with it (per_page at most 100). */
export function paginate<T>(
  items: readonly T[],
  request: HandlerRequest,
): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(request.query.per_page ?? 30), 1), 100)
  const page = Math.max(Number(request.query.page ?? 1), 1)
  const last = Math.max(Math.ceil(items.length / perPage), 1)
  const link = (target: number, rel: string): string => {
    const url = new URL(request.url.href)
    url.searchParams.set('per_page', String(perPage))
    url.searchParams.set('page', String(target))
    return `<${url.href}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page > 1) links.push(link(page - 1, 'prev'))
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  if (page > 1) links.push(link(1, 'first'))
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length === 0 ? {} : { link: links.join(', ') },
  }
}

export class GitHubHandlers {
  readonly #state: GitHubState
  readonly #settings: HandlerSettings

  constructor(state: GitHubState, settings: HandlerSettings) {
    this.#state = state
    this.#settings = settings
  }

  handle(request: HandlerRequest): HandlerResponse {
    const owner = String(request.params.owner)
    const repo = String(request.params.repo)
    const context: ResourceContext = {
      apiUrl: this.#settings.apiUrl,
      owner,
      repo,
      repositoryId: repositoryId(owner, repo),
      defaultBranch: this.#settings.defaultBranch,
    }
    const handler = this.#table[request.operationId]
    if (handler === undefined) return notFound()
    return handler(request, context, owner, repo)
  }

  readonly #table: Record<
    string,
    (request: HandlerRequest, context: ResourceContext, owner: string, repo: string) => HandlerResponse
  > = {
    'repos/get': (_request, context) => ({ status: 200, body: repository(context, true) }),
    'pulls/get': (request, context) => {
      const pull = this.#pullRequest(Number(request.params.pull_number))
      return pull === undefined ? notFound() : { status: 200, body: pullRequestJson(context, pull, this.#settings) }
    },
    'issues/list-comments': (request, context, owner, repo) => {
      const since = typeof request.query.since === 'string' ? request.query.since : undefined
      const all = this.#state.comments.filter(
        (c) =>
          sameRepository(c, owner, repo) &&
          c.issueNumber === request.params.issue_number &&
          (since === undefined || c.updatedAt >= timestamp(new Date(since))),
      )
      const { page, headers } = paginate(all, request)
      return { status: 200, body: page.map((c) => commentJson(context, c)), headers }
    },
    'issues/create-comment': (request, context, owner, repo) => {
      const body = String(request.body.body)
      const tooLong = commentTooLong(body)
      if (tooLong !== undefined) return tooLong
      const now = timestamp()
      const record: IssueCommentRecord = {
        id: this.#state.nextId(),
        owner,
        repo,
        issueNumber: Number(request.params.issue_number),
        body,
        login: request.login,
        createdAt: now,
        updatedAt: now,
      }
      this.#state.comments.push(record)
      const json = commentJson(context, record)
      return { status: 201, body: json, headers: { location: String(json.url) } }
    },
    'issues/get-comment': (request, context, owner, repo) => {
      const record = this.#comment(request, owner, repo)
      return record === undefined ? notFound() : { status: 200, body: commentJson(context, record) }
    },
    'issues/update-comment': (request, context, owner, repo) => {
      const record = this.#comment(request, owner, repo)
      if (record === undefined) return notFound()
      const body = String(request.body.body)
      const tooLong = commentTooLong(body)
      if (tooLong !== undefined) return tooLong
      record.body = body
      record.updatedAt = timestamp()
      return { status: 200, body: commentJson(context, record) }
    },
    'issues/delete-comment': (request, _context, owner, repo) => {
      const record = this.#comment(request, owner, repo)
      if (record === undefined) return notFound()
      this.#state.comments.splice(this.#state.comments.indexOf(record), 1)
      return { status: 204 }
    },
    'checks/create': (request, context, owner, repo) => {
      const body = request.body
      const headSha = String(body.head_sha)
      if (!SHA.test(headSha)) return validationFailed('CheckRun', 'head_sha', `No commit found for SHA: ${headSha}`)
      const problem = checkRunProblem(body, undefined)
      if (problem !== undefined) return problem
      const conclusion = typeof body.conclusion === 'string' ? body.conclusion : null
      const status = conclusion !== null ? 'completed' : typeof body.status === 'string' ? body.status : 'queued'
      const now = timestamp()
      const record: CheckRunRecord = {
        id: this.#state.nextId(),
        owner,
        repo,
        name: String(body.name),
        headSha,
        status,
        conclusion,
        startedAt: typeof body.started_at === 'string' ? timestamp(new Date(body.started_at)) : now,
        completedAt:
          status === 'completed'
            ? typeof body.completed_at === 'string'
              ? timestamp(new Date(body.completed_at))
              : now
            : null,
        detailsUrl: typeof body.details_url === 'string' ? body.details_url : null,
        externalId: typeof body.external_id === 'string' ? body.external_id : '',
        output: { title: null, summary: null, text: null },
        annotations: [],
        updates: 0,
      }
      applyOutput(record, body.output)
      this.#state.checkRuns.push(record)
      return { status: 201, body: checkRunJson(context, record, this.#pullsFor(context, headSha)) }
    },
    'checks/get': (request, context, owner, repo) => {
      const record = this.#state.checkRuns.find(
        (c) => sameRepository(c, owner, repo) && c.id === request.params.check_run_id,
      )
      return record === undefined
        ? notFound()
        : { status: 200, body: checkRunJson(context, record, this.#pullsFor(context, record.headSha)) }
    },
    'checks/update': (request, context, owner, repo) => {
      const record = this.#state.checkRuns.find(
        (c) => sameRepository(c, owner, repo) && c.id === request.params.check_run_id,
      )
      if (record === undefined) return notFound()
      const body = request.body
      const problem = checkRunProblem(body, record)
      if (problem !== undefined) return problem
      if (typeof body.name === 'string') record.name = body.name
      if (typeof body.details_url === 'string') record.detailsUrl = body.details_url
      if (typeof body.external_id === 'string') record.externalId = body.external_id
      if (typeof body.started_at === 'string') record.startedAt = timestamp(new Date(body.started_at))
      if (typeof body.status === 'string') record.status = body.status
      if (typeof body.conclusion === 'string') {
        record.conclusion = body.conclusion
        record.status = 'completed'
      }
      if (record.status === 'completed')
        record.completedAt =
          typeof body.completed_at === 'string'
            ? timestamp(new Date(body.completed_at))
            : (record.completedAt ?? timestamp())
      applyOutput(record, body.output)
      record.updates += 1
      return { status: 200, body: checkRunJson(context, record, this.#pullsFor(context, record.headSha)) }
    },
    'checks/list-for-ref': (request, context, owner, repo) => {
      const sha = this.#resolveRef(String(request.params.ref))
      let runs = this.#state.checkRuns.filter((c) => sameRepository(c, owner, repo) && c.headSha === sha)
      if (typeof request.query.check_name === 'string') runs = runs.filter((c) => c.name === request.query.check_name)
      if (typeof request.query.status === 'string') runs = runs.filter((c) => c.status === request.query.status)
      if ((request.query.filter ?? 'latest') === 'latest')
        runs = runs.filter((c) => !runs.some((other) => other.name === c.name && other.id > c.id))
      const newestFirst = [...runs].reverse()
      const { page, headers } = paginate(newestFirst, request)
      return {
        status: 200,
        body: {
          total_count: newestFirst.length,
          check_runs: page.map((c) => checkRunJson(context, c, this.#pullsFor(context, c.headSha))),
        },
        headers,
      }
    },
    'repos/create-deployment': (request, context, owner, repo) => {
      const body = request.body
      const ref = String(body.ref)
      const sha = this.#resolveRef(ref)
      if (sha === undefined) return unprocessable(`No ref found for: ${ref}`)
      const required = Array.isArray(body.required_contexts) ? (body.required_contexts as string[]) : undefined
      const failing = this.#failingContexts(owner, repo, sha, required)
      if (failing.length > 0) {
        return {
          status: 409,
          body: errorBody(`Conflict: Commit status checks failed for ${ref}.`, 409, {
            errors: failing.map((name) => ({
              contexts: [{ context: name, state: 'failure' }],
              resource: 'Deployment',
              field: 'required_contexts',
              code: 'invalid',
            })),
          }),
        }
      }
      const environment = typeof body.environment === 'string' ? body.environment : 'production'
      const now = timestamp()
      const record: DeploymentRecord = {
        id: this.#state.nextId(),
        owner,
        repo,
        ref,
        sha,
        task: typeof body.task === 'string' ? body.task : 'deploy',
        environment,
        originalEnvironment: environment,
        payload: parsePayload(body.payload),
        description: body.description === undefined ? '' : (body.description as string | null),
        transientEnvironment: body.transient_environment === true,
        productionEnvironment:
          typeof body.production_environment === 'boolean' ? body.production_environment : environment === 'production',
        createdAt: now,
        updatedAt: now,
      }
      this.#state.deployments.push(record)
      return { status: 201, body: deploymentJson(context, record) }
    },
    'repos/list-deployments': (request, context, owner, repo) => {
      const q = request.query
      const matches = this.#state.deployments.filter(
        (d) =>
          sameRepository(d, owner, repo) &&
          (q.sha === undefined || q.sha === 'none' || d.sha === q.sha) &&
          (q.ref === undefined || q.ref === 'none' || d.ref === q.ref) &&
          (q.task === undefined || q.task === 'none' || d.task === q.task) &&
          (q.environment === undefined || q.environment === 'none' || d.environment === q.environment),
      )
      const { page, headers } = paginate([...matches].reverse(), request)
      return { status: 200, body: page.map((d) => deploymentJson(context, d)), headers }
    },
    'repos/get-deployment': (request, context, owner, repo) => {
      const record = this.#deployment(request, owner, repo)
      return record === undefined ? notFound() : { status: 200, body: deploymentJson(context, record) }
    },
    'repos/create-deployment-status': (request, context, owner, repo) => {
      const deployment = this.#deployment(request, owner, repo)
      if (deployment === undefined) return notFound()
      const body = request.body
      const description = typeof body.description === 'string' ? body.description : ''
      // https://docs.github.com/rest/deployments/statuses#create-a-deployment-status: "The maximum description length is 140 characters."
      if (description.length > 140)
        return validationFailed(
          'DeploymentStatus',
          'description',
          'description is too long (maximum is 140 characters)',
        )
      if (typeof body.environment === 'string') deployment.environment = body.environment
      const logUrl =
        typeof body.log_url === 'string' ? body.log_url : typeof body.target_url === 'string' ? body.target_url : ''
      const state = body.state as DeploymentState
      const now = timestamp()
      deployment.updatedAt = now
      const record: DeploymentStatusRecord = {
        id: this.#state.nextId(),
        deploymentId: deployment.id,
        state,
        description,
        environment: deployment.environment,
        targetUrl: logUrl,
        logUrl,
        environmentUrl: typeof body.environment_url === 'string' ? body.environment_url : '',
        createdAt: now,
        automatic: false,
      }
      this.#state.deploymentStatuses.push(record)
      if (state === 'success' && body.auto_inactive !== false) this.#autoInactivate(deployment, now)
      return { status: 201, body: deploymentStatusJson(context, record) }
    },
    'repos/list-deployment-statuses': (request, context, owner, repo) => {
      const deployment = this.#deployment(request, owner, repo)
      if (deployment === undefined) return notFound()
      const statuses = this.#state.deploymentStatuses.filter((s) => s.deploymentId === deployment.id).reverse()
      const { page, headers } = paginate(statuses, request)
      return { status: 200, body: page.map((s) => deploymentStatusJson(context, s)), headers }
    },
    'issues/create': (request, context, owner, repo) => {
      const body = typeof request.body.body === 'string' ? request.body.body : ''
      const tooLong = commentTooLong(body)
      if (tooLong !== undefined) return tooLong
      const title =
        typeof request.body.title === 'string' || typeof request.body.title === 'number'
          ? String(request.body.title)
          : ''
      if (title === '') return validationFailed('Issue', 'title', 'title cannot be blank')
      const now = timestamp()
      const record: IssueRecord = {
        id: this.#state.nextId(),
        owner,
        repo,
        number: this.#state.nextIssueNumber(owner, repo),
        title,
        body,
        labels: labelNames(request.body.labels),
        state: 'open',
        stateReason: null,
        login: request.login,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
      }
      this.#state.issues.push(record)
      const json = issueJson(context, record)
      return { status: 201, body: json, headers: { location: String(json.url) } }
    },
    'issues/get': (request, context, owner, repo) => {
      const record = this.#issue(request, owner, repo)
      return record === undefined ? notFound() : { status: 200, body: issueJson(context, record) }
    },
    'issues/update': (request, context, owner, repo) => {
      const record = this.#issue(request, owner, repo)
      if (record === undefined) return notFound()
      const { body, title, state, labels } = request.body
      if (typeof body === 'string') {
        const tooLong = commentTooLong(body)
        if (tooLong !== undefined) return tooLong
        record.body = body
      }
      if (typeof title === 'string' && title !== '') record.title = title
      if (labels !== undefined) record.labels = labelNames(labels)
      const now = timestamp()
      if (state === 'closed' && record.state === 'open') {
        record.state = 'closed'
        record.closedAt = now
        record.stateReason =
          typeof request.body.state_reason === 'string' ? issueStateReason(request.body.state_reason) : 'completed'
      } else if (state === 'open' && record.state === 'closed') {
        record.state = 'open'
        record.closedAt = null
        record.stateReason = 'reopened'
      }
      record.updatedAt = now
      return { status: 200, body: issueJson(context, record) }
    },
    'issues/list-for-repo': (request, context, owner, repo) => {
      const state = typeof request.query.state === 'string' ? request.query.state : 'open'
      const wanted = typeof request.query.labels === 'string' ? labelNames(request.query.labels.split(',')) : []
      const creator = typeof request.query.creator === 'string' ? request.query.creator.toLowerCase() : undefined
      const matching = this.#state.issues
        .filter(
          (i) =>
            sameRepository(i, owner, repo) &&
            (state === 'all' || i.state === state) &&
            wanted.every((label) => i.labels.some((l) => l.toLowerCase() === label.toLowerCase())) &&
            (creator === undefined || i.login.toLowerCase() === creator),
        )
        .sort((a, b) => (request.query.direction === 'asc' ? a.number - b.number : b.number - a.number))
      const { page, headers } = paginate(matching, request)
      return { status: 200, body: page.map((i) => issueJson(context, i)), headers }
    },
    'repos/create-dispatch-event': (request, _context, owner, repo) => {
      const clientPayload = (request.body.client_payload ?? {}) as Record<string, unknown>
      this.#state.repositoryDispatches.push({ owner, repo, eventType: String(request.body.event_type), clientPayload })
      return { status: 204 }
    },
    'actions/create-workflow-dispatch': (request, context, owner, repo) => {
      const workflowId = request.params.workflow_id as string | number
      const workflows = this.#settings.workflows
      if (workflows !== undefined && !workflows.includes(String(workflowId))) return notFound()
      const ref = String(request.body.ref)
      if (this.#resolveRef(ref) === undefined) return unprocessable(`No ref found for: ${ref}`)
      const inputs = (request.body.inputs ?? {}) as Record<string, unknown>
      this.#state.workflowDispatches.push({ owner, repo, workflowId, ref, inputs })
      if (request.body.return_run_details !== true) return { status: 204 }
      // API versions from 2026-03-10 (and `return_run_details: true` before them) answer 200 with the run.
      const runId = this.#state.nextId()
      return {
        status: 200,
        body: {
          workflow_run_id: runId,
          run_url: `${context.apiUrl}/repos/${owner}/${repo}/actions/runs/${runId}`,
          html_url: `https://github.com/${owner}/${repo}/actions/runs/${runId}`,
        },
      }
    },
  }

  #issue(request: HandlerRequest, owner: string, repo: string): IssueRecord | undefined {
    return this.#state.issues.find((i) => sameRepository(i, owner, repo) && i.number === request.params.issue_number)
  }

  #comment(request: HandlerRequest, owner: string, repo: string): IssueCommentRecord | undefined {
    return this.#state.comments.find((c) => sameRepository(c, owner, repo) && c.id === request.params.comment_id)
  }

  #deployment(request: HandlerRequest, owner: string, repo: string): DeploymentRecord | undefined {
    return this.#state.deployments.find((d) => sameRepository(d, owner, repo) && d.id === request.params.deployment_id)
  }

  #pullRequest(number: number): PullRequestFixture | undefined {
    if (this.#settings.pullRequests === undefined) return { number, headSha: this.#settings.headSha }
    return this.#settings.pullRequests.find((p) => p.number === number)
  }

  /** `pull_requests` of a check run: same-repository PRs whose head is `sha` (GitHub leaves fork PRs out). */
  #pullsFor(context: ResourceContext, sha: string): Record<string, unknown>[] {
    return (this.#settings.pullRequests ?? [{ number: 1, headSha: this.#settings.headSha }])
      .filter((p) => p.headSha === sha && p.headRepoFullName === undefined)
      .map((p) => pullMinimal(context, p, this.#settings))
  }

  /** A branch, tag, `refs/…` name or SHA → the commit it names; undefined where GitHub knows no such ref. */
  #resolveRef(ref: string): string | undefined {
    if (SHA.test(ref)) return ref
    const name = ref.replace(/^refs\//, '').replace(/^(heads|tags)\//, '')
    if (name === this.#settings.defaultBranch) return this.#settings.defaultBranchSha
    const fixed = this.#settings.refs[name]
    if (fixed !== undefined) return fixed
    const pulls = this.#settings.pullRequests ?? [{ number: 1, headSha: this.#settings.headSha }]
    const pull = pulls.find((p) => (p.headRef ?? `modelgate-pr-${p.number}`) === name)
    if (pull !== undefined) return pull.headSha
    if (/^[0-9a-f]{7,39}$/.test(ref))
      return [this.#settings.defaultBranchSha, this.#settings.headSha, ...pulls.map((p) => p.headSha)].find((sha) =>
        sha.startsWith(ref),
      )
    return undefined
  }

  /**
   * GitHub verifies commit checks before creating a deployment: every named context (default: every
   * check on the commit) must have succeeded. Returns the names that have not.
   */
  #failingContexts(owner: string, repo: string, sha: string, required: string[] | undefined): string[] {
    const runs = this.#state.checkRuns.filter((c) => sameRepository(c, owner, repo) && c.headSha === sha)
    const latest = runs.filter((c) => !runs.some((other) => other.name === c.name && other.id > c.id))
    const passed = (run: CheckRunRecord): boolean =>
      run.status === 'completed' && ['success', 'neutral', 'skipped'].includes(run.conclusion ?? '')
    if (required === undefined) return latest.filter((run) => !passed(run)).map((run) => run.name)
    return required.filter((name) => {
      const run = latest.find((candidate) => candidate.name === name)
      return run === undefined || !passed(run)
    })
  }

  /**
   * `auto_inactive`: "Adds a new inactive status to all prior non-transient, non-production environment
   * deployments with the same repository and environment name as the created status's deployment. An
   * inactive status is only added to deployments that had a success state." (GitHub REST docs)
   */
  #autoInactivate(current: DeploymentRecord, now: string): void {
    for (const prior of this.#state.deployments) {
      if (
        prior.id >= current.id ||
        prior.environment !== current.environment ||
        !sameRepository(prior, current.owner, current.repo)
      )
        continue
      if (prior.transientEnvironment || prior.productionEnvironment) continue
      const statuses = this.#state.deploymentStatuses.filter((s) => s.deploymentId === prior.id)
      if (statuses.at(-1)?.state !== 'success') continue
      this.#state.deploymentStatuses.push({
        id: this.#state.nextId(),
        deploymentId: prior.id,
        state: 'inactive',
        description: '',
        environment: prior.environment,
        targetUrl: '',
        logUrl: '',
        environmentUrl: '',
        createdAt: now,
        automatic: true,
      })
    }
  }
}

function repositoryId(owner: string, repo: string): number {
  let hash = 7
  for (const char of `${owner}/${repo}`.toLowerCase()) hash = (hash * 31 + char.charCodeAt(0)) % 900_000_000
  return 100_000_000 + hash
}

function applyOutput(record: CheckRunRecord, output: unknown): void {
  if (output === undefined || output === null) return
  const o = output as { title?: string; summary?: string; text?: string; annotations?: AnnotationRecord[] }
  if (o.title !== undefined) record.output.title = o.title
  if (o.summary !== undefined) record.output.summary = o.summary
  if (o.text !== undefined) record.output.text = o.text
  record.annotations.push(...(o.annotations ?? []))
}

function parsePayload(payload: unknown): Record<string, unknown> | string {
  if (typeof payload === 'object' && payload !== null) return payload as Record<string, unknown>
  if (typeof payload !== 'string' || payload === '') return {}
  try {
    const parsed: unknown = JSON.parse(payload)
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : payload
  } catch {
    return payload
  }
}

/** Label names from a request's `labels` (strings or `{ name }` objects), trimmed, blanks dropped. */
function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return []
  return labels
    .map((label: unknown) =>
      typeof label === 'string' ? label : typeof label === 'object' && label !== null ? nameOf(label) : '',
    )
    .map((name) => name.trim())
    .filter((name) => name !== '')
}

function issueStateReason(reason: string): IssueRecord['stateReason'] {
  return reason === 'not_planned' || reason === 'duplicate' || reason === 'reopened' ? reason : 'completed'
}

function nameOf(label: object): string {
  const name = (label as { name?: unknown }).name
  return typeof name === 'string' ? name : ''
}

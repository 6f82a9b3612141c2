// What the fake GitHub API remembers, in the shapes tests read (`server.comments`, `server.checkRuns`, …).

/** A pull request the fake serves from `pulls/get`. */
export interface PullRequestFixture {
  readonly number: number
  /** 40 hex characters: the commit check runs and deployments are made for. */
  readonly headSha: string
  /** Branch name; default `modelgate-pr-<number>`. */
  readonly headRef?: string
  /** Default: the repository's default branch. */
  readonly baseRef?: string
  readonly baseSha?: string
  readonly title?: string
  /** `owner/name` of the head repository when the PR comes from a fork; default the served repository. */
  readonly headRepoFullName?: string
  readonly state?: 'open' | 'closed'
  readonly draft?: boolean
  /** Author login; default `octocat`. */
  readonly author?: string
}

export interface IssueCommentRecord {
  readonly id: number
  readonly owner: string
  readonly repo: string
  readonly issueNumber: number
  body: string
  readonly login: string
  readonly createdAt: string
  updatedAt: string
}

export interface AnnotationRecord {
  readonly path: string
  readonly start_line: number
  readonly end_line: number
  readonly start_column?: number
  readonly end_column?: number
  readonly annotation_level: 'notice' | 'warning' | 'failure'
  readonly message: string
  readonly title?: string
  readonly raw_details?: string
}

export interface CheckRunRecord {
  readonly id: number
  readonly owner: string
  readonly repo: string
  name: string
  readonly headSha: string
  status: string
  conclusion: string | null
  startedAt: string | null
  completedAt: string | null
  detailsUrl: string | null
  externalId: string
  output: { title: string | null; summary: string | null; text: string | null }
  /** Every annotation sent, accumulated over create and updates as GitHub keeps them. */
  readonly annotations: AnnotationRecord[]
  /** How many PATCH requests changed it. */
  updates: number
}

export interface DeploymentRecord {
  readonly id: number
  readonly owner: string
  readonly repo: string
  readonly ref: string
  readonly sha: string
  readonly task: string
  environment: string
  readonly originalEnvironment: string
  readonly payload: Record<string, unknown> | string
  readonly description: string | null
  readonly transientEnvironment: boolean
  readonly productionEnvironment: boolean
  readonly createdAt: string
  updatedAt: string
}

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success'

export interface DeploymentStatusRecord {
  readonly id: number
  readonly deploymentId: number
  readonly state: DeploymentState
  readonly description: string
  readonly environment: string
  readonly targetUrl: string
  readonly logUrl: string
  readonly environmentUrl: string
  readonly createdAt: string
  /** True where GitHub added it itself (`auto_inactive`), not a client. */
  readonly automatic: boolean
}

export interface WorkflowDispatchRecord {
  readonly owner: string
  readonly repo: string
  readonly workflowId: string | number
  readonly ref: string
  readonly inputs: Record<string, unknown>
}

/** An issue (not a pull request): what `issues/create` made, or a test planted. */
export interface IssueRecord {
  readonly id: number
  readonly owner: string
  readonly repo: string
  readonly number: number
  title: string
  body: string
  labels: string[]
  state: 'open' | 'closed'
  stateReason: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null
  readonly login: string
  readonly createdAt: string
  updatedAt: string
  closedAt: string | null
}

export interface RepositoryDispatchRecord {
  readonly owner: string
  readonly repo: string
  readonly eventType: string
  readonly clientPayload: Record<string, unknown>
}

/** All of the fake's state; arrays are in creation order. */
export class GitHubState {
  readonly comments: IssueCommentRecord[] = []
  readonly checkRuns: CheckRunRecord[] = []
  readonly deployments: DeploymentRecord[] = []
  readonly deploymentStatuses: DeploymentStatusRecord[] = []
  readonly workflowDispatches: WorkflowDispatchRecord[] = []
  readonly issues: IssueRecord[] = []
  readonly repositoryDispatches: RepositoryDispatchRecord[] = []
  #nextId = 1_000_001

  /** Ids increase across every resource, as GitHub's do within each. */
  nextId(): number {
    this.#nextId += 1
    return this.#nextId
  }

  /** Issue numbers are per repository and shared with pull requests; the fake starts issues at 101. */
  nextIssueNumber(owner: string, repo: string): number {
    const numbers = this.issues.filter((i) => sameRepository(i, owner, repo)).map((i) => i.number)
    return Math.max(100, ...numbers) + 1
  }
}

export function sameRepository(record: { owner: string; repo: string }, owner: string, repo: string): boolean {
  return record.owner.toLowerCase() === owner.toLowerCase() && record.repo.toLowerCase() === repo.toLowerCase()
}

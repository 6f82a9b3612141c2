/**
 * Runs a shipped workflow's jobs and steps in order, as GitHub and actions/runner would, as far as a test can:
 * jobs in `needs:` order with their `if:`; a job with `environment:` first gets the deployment GitHub creates for
 * it (startJobDeployment; no variable tells the steps); each step's `if:`; `uses: ./actions/<name>` runs
 * dist/<name> through the runner harness (runBundle: `with:` values interpolated, every other input at its
 * action.yml default, the post step at the end of the job); `run:` steps run in bash when the workflow's list of
 * executed commands names them; everything else is stubbed, and each stub is recorded with its reason.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../../helpers/fixture-path.js'
import {
  HARNESS_JOB_TOKEN,
  runBundle,
  runPostBundle,
  startJobDeployment,
  type BundleRun,
} from '../../helpers/run-bundle.js'
import { condition, interpolate, type ExpressionContext, type Value } from './expressions.js'

interface Step {
  readonly id?: string
  readonly name?: string
  readonly uses?: string
  readonly run?: string
  readonly if?: unknown
  readonly with?: Record<string, unknown>
  readonly env?: Record<string, unknown>
}

interface Job {
  readonly needs?: string | string[]
  readonly if?: unknown
  readonly environment?: string | { name: string }
  readonly outputs?: Record<string, string>
  readonly strategy?: unknown
  readonly steps: Step[]
}

export interface Workflow {
  readonly name: string
  readonly jobs: Record<string, Job>
}

/** What the test states: the event, the expression contexts, and how ghcr.io is reached. */
export interface RunContext {
  readonly event: { readonly name: string; readonly payload: Readonly<Record<string, unknown>> }
  readonly inputs?: Readonly<Record<string, string>>
  readonly vars?: Readonly<Record<string, string>>
  readonly secrets?: Readonly<Record<string, string>>
  readonly workspace: string
  readonly api: { readonly url: string }
  /** `oci://ghcr.io/` in a `with:` value becomes this (`oci://127.0.0.1:PORT/`): the local docker-registry. */
  readonly ghcr: string
  /** `run:` steps (by name, or their first line) that are plain offline commands and are executed. */
  readonly executed: readonly string[]
  readonly runId: string
}

export interface StepRecord {
  readonly job: string
  readonly step: string
  readonly how: 'bundle' | 'bash' | 'stub' | 'skipped'
  readonly why?: string
  readonly run?: BundleRun
  readonly exitCode?: number | null
}

export interface WorkflowRun {
  readonly steps: readonly StepRecord[]
  readonly jobs: Readonly<
    Record<string, { result: 'success' | 'failure' | 'skipped'; outputs: Record<string, string> }>
  >
}

export function loadWorkflow(file: string): Workflow {
  return parse(readFileSync(join(repoRoot, '.github', 'workflows', file), 'utf8')) as Workflow
}

const needsOf = (job: Job): string[] =>
  job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs]

/** Job ids in an order that respects `needs:` (GitHub starts a job when all it needs finished). */
function jobOrder(workflow: Workflow): string[] {
  const order: string[] = []
  const visit = (id: string): void => {
    if (order.includes(id)) return
    for (const need of needsOf(workflow.jobs[id] as Job)) visit(need)
    order.push(id)
  }
  for (const id of Object.keys(workflow.jobs)) visit(id)
  return order
}

const label = (step: Step, index: number): string =>
  step.id ?? step.name ?? step.uses ?? step.run?.split('\n')[0] ?? `step ${index}`

/** Third-party steps and why the harness does not run them. */
function stubReason(uses: string): string {
  if (uses.startsWith('actions/checkout@')) return 'the workspace already holds a copy of the repository files'
  if (uses.startsWith('actions/cache/restore@') || uses.startsWith('actions/cache/save@'))
    return 'the Actions cache is a local folder: save stores the path under its key once (entries are immutable), restore takes the exact key or the newest entry with a restore-keys prefix'
  if (uses.startsWith('actions/upload-artifact@') || uses.startsWith('actions/download-artifact@'))
    return 'the artifact service is a local folder: upload copies the files (common parent stripped), download copies them back'
  throw new Error(`run-workflow: no stub for ${uses}; add one with its reason`)
}

interface JobResult {
  result: 'success' | 'failure' | 'skipped'
  outputs: Record<string, string>
}

/** What one job's steps share while it runs. */
interface JobRun {
  readonly file: string
  readonly workflow: Workflow
  readonly jobId: string
  /** The job id, with the matrix values of its leg. */
  readonly label: string
  readonly context: RunContext
  readonly records: StepRecord[]
  /** Artifact name → its folder in the local artifact store. */
  readonly uploaded: Map<string, string>
  readonly steps: Record<string, Value>
  readonly posts: { name: string; inputs: Record<string, string>; state: Record<string, string> }[]
  failed: boolean
}

/** Runs every job of `workflow` and returns what each step did. */
export async function runWorkflow(file: string, context: RunContext): Promise<WorkflowRun> {
  const workflow = loadWorkflow(file)
  const records: StepRecord[] = []
  const jobs: Record<string, JobResult> = {}
  const uploaded = new Map<string, string>()
  for (const jobId of jobOrder(workflow)) {
    const job = workflow.jobs[jobId] as Job
    for (const matrix of matrixLegs(job, `${file} jobs.${jobId}`)) {
      const result = await runJob({ file, workflow, jobId, job, matrix, context, records, uploaded, jobs })
      // A matrix job's result is a failure when any leg failed (fail-fast aside); outputs are the last leg's.
      jobs[jobId] = jobs[jobId]?.result === 'failure' ? { ...result, result: 'failure' } : result
    }
  }
  return { steps: records, jobs }
}

/** The legs of a job: one per combination of its `strategy.matrix` lists, or one without a matrix. */
function matrixLegs(job: Job, at: string): Record<string, Value>[] {
  const matrix = (job.strategy as { matrix?: Record<string, unknown> } | undefined)?.matrix
  if (matrix === undefined) return [{}]
  let legs: Record<string, Value>[] = [{}]
  for (const [key, values] of Object.entries(matrix)) {
    if (!Array.isArray(values))
      throw new Error(`run-workflow: ${at}: matrix.${key} is not a list (include/exclude are not supported)`)
    legs = legs.flatMap((leg) => (values as Value[]).map((value) => ({ ...leg, [key]: value })))
  }
  return legs
}

interface JobInput {
  readonly file: string
  readonly workflow: Workflow
  readonly jobId: string
  readonly job: Job
  readonly matrix: Record<string, Value>
  readonly context: RunContext
  readonly records: StepRecord[]
  readonly uploaded: Map<string, string>
  readonly jobs: Readonly<Record<string, JobResult>>
}

async function runJob(input: JobInput): Promise<JobResult> {
  const { file, workflow, jobId, job, matrix, context, records, uploaded, jobs } = input
  const legs = Object.values(matrix).map((value) => JSON.stringify(value).replace(/^"|"$/g, ''))
  const jobLabel = legs.length === 0 ? jobId : `${jobId} (${legs.join(', ')})`
  {
    const needs: Record<string, Value> = {}
    for (const need of needsOf(job))
      needs[need] = { result: jobs[need]?.result ?? 'skipped', outputs: jobs[need]?.outputs ?? {} }
    const neededOk = needsOf(job).every((need) => jobs[need]?.result === 'success')
    const run: JobRun = {
      file,
      workflow,
      jobId,
      label: jobLabel,
      context,
      records,
      uploaded,
      steps: {},
      posts: [],
      failed: false,
    }
    const expressions = (): ExpressionContext => ({
      contexts: {
        ...baseContexts(context),
        needs,
        matrix,
        steps: run.steps,
        job: { status: run.failed ? 'failure' : 'success' },
      },
      jobFailed: run.failed,
    })
    if (!neededOk || !condition(job.if, expressions())) {
      const why = neededOk ? 'its if: is false' : 'a needed job did not succeed'
      records.push({ job: jobLabel, step: '(job)', how: 'skipped', why })
      return { result: 'skipped', outputs: {} }
    }
    const environment = typeof job.environment === 'object' ? job.environment.name : job.environment
    if (environment !== undefined) await startJobDeployment(context.api, environment, { runId: context.runId })
    for (const [index, step] of job.steps.entries()) await runStep(run, step, label(step, index), expressions())
    for (const post of run.posts) {
      const done = await runPostBundle(post.name, {
        inputs: post.inputs,
        state: post.state,
        api: context.api,
        cwd: context.workspace,
        timeoutMs: 60_000,
      })
      records.push({ job: jobLabel, step: `post ${post.name}`, how: 'bundle', run: done, exitCode: done.exitCode })
    }
    const outputs = Object.fromEntries(
      Object.entries(job.outputs ?? {}).map(([key, value]) => [key, interpolate(value, expressions())]),
    )
    return { result: run.failed ? 'failure' : 'success', outputs }
  }
}

/** The contexts every expression sees: github (the stated run), inputs, vars and secrets. */
function baseContexts(context: RunContext): Record<string, Value> {
  return {
    github: {
      repository: 'octo-org/churn-model',
      repository_owner: 'octo-org',
      event_name: context.event.name,
      event: context.event.payload as Value,
      token: HARNESS_JOB_TOKEN,
      actor: 'octocat',
      run_id: context.runId,
    },
    inputs: { ...context.inputs },
    vars: { ...context.vars },
    secrets: { ...context.secrets },
  }
}

/** `with:`/`env:` values interpolated; `oci://ghcr.io/` pointed at the local registry. */
function values(map: Record<string, unknown> | undefined, expressions: ExpressionContext, ghcr: string) {
  return Object.fromEntries(
    Object.entries(map ?? {}).map(([key, value]) => [
      key,
      interpolate(typeof value === 'string' ? value : JSON.stringify(value), expressions).replace(
        /^oci:\/\/ghcr\.io\//,
        ghcr,
      ),
    ]),
  )
}

async function runStep(run: JobRun, step: Step, at: string, expressions: ExpressionContext): Promise<void> {
  const { context, jobId, records } = run
  if (!condition(step.if, expressions)) {
    records.push({ job: run.label, step: at, how: 'skipped', why: 'its if: is false' })
    return
  }
  const own = /^\.\/actions\/([a-z-]+)$/.exec(step.uses ?? '')?.[1]
  if (own !== undefined) return await runOwnAction(run, own, step, at, expressions)
  if (step.uses !== undefined) {
    const why = stubReason(step.uses)
    const given = values(step.with, expressions, context.ghcr)
    if (step.uses.startsWith('actions/upload-artifact@')) upload(run, given, `${run.file} ${jobId} ${at}`)
    if (step.uses.startsWith('actions/download-artifact@')) download(run, given, `${run.file} ${jobId} ${at}`)
    if (step.uses.startsWith('actions/cache/save@')) saveCache(run.context.workspace, given)
    if (step.uses.startsWith('actions/cache/restore@')) restoreCache(run.context.workspace, given)
    records.push({ job: run.label, step: at, how: 'stub', why })
    return
  }
  if (!context.executed.includes(step.name ?? step.run?.split('\n')[0] ?? ''))
    throw new Error(`${run.file} ${jobId} ${at}: a run: step the test does not list as an offline command`)
  mkdirSync(join(context.workspace, '.runner'), { recursive: true })
  const result = spawnSync('bash', ['-e', '-c', interpolate(step.run ?? '', expressions)], {
    cwd: context.workspace,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? context.workspace,
      GITHUB_STEP_SUMMARY: join(context.workspace, '.runner', 'summary.md'),
      ...values(step.env, expressions, context.ghcr),
    },
    encoding: 'utf8',
    timeout: 120_000,
  })
  records.push({ job: run.label, step: at, how: 'bash', exitCode: result.status })
  if (result.status !== 0) run.failed = true
}

async function runOwnAction(run: JobRun, own: string, step: Step, at: string, expressions: ExpressionContext) {
  const { context, jobId } = run
  const inputs = values(step.with, expressions, context.ghcr)
  const done = await runBundle(own, {
    inputs,
    api: context.api,
    event: context.event.payload,
    cwd: context.workspace,
    timeoutMs: 240_000,
    env: {
      GITHUB_EVENT_NAME: context.event.name,
      GITHUB_WORKFLOW: run.workflow.name,
      GITHUB_JOB: jobId,
      GITHUB_RUN_ID: context.runId,
      ...values(step.env, expressions, context.ghcr),
    },
  })
  run.records.push({ job: run.label, step: at, how: 'bundle', run: done, exitCode: done.exitCode })
  if (step.id !== undefined)
    run.steps[step.id] = { outputs: done.outputs, outcome: done.exitCode === 0 ? 'success' : 'failure' }
  if (done.exitCode !== 0) run.failed = true
  // train-on-runner uploads its model itself (artifact-name); here it stays in the shared workspace.
  if (own === 'train-on-runner' && inputs['artifact-name'] !== undefined && done.exitCode === 0)
    upload(run, { name: inputs['artifact-name'], path: inputs['model-dir'] ?? '.' }, `${run.file} ${jobId} ${at}`)
  if (existsSync(join(repoRoot, 'dist', `${own}-post`, 'index.js')))
    run.posts.unshift({ name: own, inputs, state: done.state })
}

/**
 * actions/upload-artifact into the local store: every path (file or folder) is copied below the paths' longest
 * common parent folder, as the action roots an artifact there; a missing path fails the step's check.
 */
function upload(run: JobRun, given: Record<string, string>, at: string): void {
  const paths = (given.path ?? '')
    .split('\n')
    .map((p) => p.trim().replace(/\/$/, ''))
    .filter((p) => p !== '')
  for (const path of paths)
    if (!existsSync(join(run.context.workspace, path))) throw new Error(`${at}: ${path} was not written`)
  const single = paths.length === 1 && statSync(join(run.context.workspace, paths[0] ?? '')).isDirectory()
  const parent = single ? (paths[0] ?? '') : commonParent(paths)
  const store = join(run.context.workspace, '.runner', 'artifacts', given.name ?? 'artifact')
  for (const path of paths) {
    const inside = single ? '' : relative(parent, path)
    cpSync(join(run.context.workspace, path), join(store, inside), { recursive: true })
  }
  run.uploaded.set(given.name ?? 'artifact', store)
}

function commonParent(paths: readonly string[]): string {
  const parts = paths.map((p) => dirname(p).split('/'))
  const first = parts[0] ?? []
  let length = 0
  while (length < first.length && parts.every((p) => p[length] === first[length])) length += 1
  return first.slice(0, length).join('/') || '.'
}

/** actions/download-artifact from the local store: `name` into `path`; `pattern` into path/<name>, or merged. */
function download(run: JobRun, given: Record<string, string>, at: string): void {
  const target = join(run.context.workspace, given.path ?? '.')
  const names =
    given.name !== undefined
      ? [given.name]
      : [...run.uploaded.keys()].filter((name) =>
          new RegExp(`^${(given.pattern ?? '*').replace(/\*/g, '.*')}$`).test(name),
        )
  if (names.length === 0) throw new Error(`${at}: no artifact matches ${given.name ?? given.pattern ?? ''}`)
  for (const name of names) {
    const store = run.uploaded.get(name)
    if (store === undefined) throw new Error(`${at}: artifact ${name} was never uploaded`)
    const into = given.name !== undefined || given['merge-multiple'] === 'true' ? target : join(target, name)
    cpSync(store, into, { recursive: true })
  }
}

/** actions/cache/save into `.runner/cache/<key>`: each path copied under it; an existing key is left as it is. */
function saveCache(workspace: string, given: Record<string, string>): void {
  const entry = join(workspace, '.runner', 'cache', given.key ?? '')
  if (existsSync(entry)) return
  for (const path of (given.path ?? '')
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    if (!existsSync(join(workspace, path))) continue
    cpSync(join(workspace, path), join(entry, path), { recursive: true })
  }
  mkdirSync(entry, { recursive: true })
}

/** actions/cache/restore: the exact key, else the newest saved entry whose key starts with a restore-keys line. */
function restoreCache(workspace: string, given: Record<string, string>): void {
  const store = join(workspace, '.runner', 'cache')
  if (!existsSync(store)) return
  const keys = readdirSync(store)
  const prefixes = (given['restore-keys'] ?? '')
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p !== '')
  const newest = (candidates: string[]) =>
    candidates.sort((a, b) => statSync(join(store, b)).mtimeMs - statSync(join(store, a)).mtimeMs)[0]
  const hit = keys.includes(given.key ?? '')
    ? given.key
    : prefixes.map((prefix) => newest(keys.filter((k) => k.startsWith(prefix)))).find((k) => k !== undefined)
  if (hit !== undefined) cpSync(join(store, hit), workspace, { recursive: true })
}

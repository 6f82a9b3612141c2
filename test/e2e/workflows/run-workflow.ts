/**
 * Runs a shipped workflow's jobs and steps in order, as GitHub and actions/runner would, as far as a test can:
 * jobs in `needs:` order with their `if:`; a job with `environment:` first gets the deployment GitHub creates for
 * it (startJobDeployment; no variable tells the steps); each step's `if:`; `uses: ./actions/<name>` runs
 * dist/<name> through the runner harness (runBundle: `with:` values interpolated, every other input at its
 * action.yml default, the post step at the end of the job); `run:` steps run in bash when the workflow's list of
 * executed commands names them; everything else is stubbed, and each stub is recorded with its reason.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
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
  if (uses.startsWith('actions/upload-artifact@') || uses.startsWith('actions/download-artifact@'))
    return 'every job of this harness shares one workspace, so an uploaded path is already where the download puts it (checked)'
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
  readonly context: RunContext
  readonly records: StepRecord[]
  readonly uploaded: Map<string, string[]>
  readonly steps: Record<string, Value>
  readonly posts: { name: string; inputs: Record<string, string>; state: Record<string, string> }[]
  failed: boolean
}

/** Runs every job of `workflow` and returns what each step did. */
export async function runWorkflow(file: string, context: RunContext): Promise<WorkflowRun> {
  const workflow = loadWorkflow(file)
  const records: StepRecord[] = []
  const jobs: Record<string, JobResult> = {}
  const uploaded = new Map<string, string[]>()
  for (const jobId of jobOrder(workflow)) {
    const job = workflow.jobs[jobId] as Job
    if (job.strategy !== undefined) throw new Error(`run-workflow: ${file} jobs.${jobId} has a matrix; not supported`)
    const needs: Record<string, Value> = {}
    for (const need of needsOf(job))
      needs[need] = { result: jobs[need]?.result ?? 'skipped', outputs: jobs[need]?.outputs ?? {} }
    const neededOk = needsOf(job).every((need) => jobs[need]?.result === 'success')
    const run: JobRun = { file, workflow, jobId, context, records, uploaded, steps: {}, posts: [], failed: false }
    const expressions = (): ExpressionContext => ({
      contexts: {
        ...baseContexts(context),
        needs,
        steps: run.steps,
        job: { status: run.failed ? 'failure' : 'success' },
      },
      jobFailed: run.failed,
    })
    if (!neededOk || !condition(job.if, expressions())) {
      jobs[jobId] = { result: 'skipped', outputs: {} }
      const why = neededOk ? 'its if: is false' : 'a needed job did not succeed'
      records.push({ job: jobId, step: '(job)', how: 'skipped', why })
      continue
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
      records.push({ job: jobId, step: `post ${post.name}`, how: 'bundle', run: done, exitCode: done.exitCode })
    }
    const outputs = Object.fromEntries(
      Object.entries(job.outputs ?? {}).map(([key, value]) => [key, interpolate(value, expressions())]),
    )
    jobs[jobId] = { result: run.failed ? 'failure' : 'success', outputs }
  }
  return { steps: records, jobs }
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
    records.push({ job: jobId, step: at, how: 'skipped', why: 'its if: is false' })
    return
  }
  const own = /^\.\/actions\/([a-z-]+)$/.exec(step.uses ?? '')?.[1]
  if (own !== undefined) return await runOwnAction(run, own, step, at, expressions)
  if (step.uses !== undefined) {
    const why = stubReason(step.uses)
    const given = values(step.with, expressions, context.ghcr)
    if (step.uses.startsWith('actions/upload-artifact@')) {
      const paths = (given.path ?? '')
        .split('\n')
        .map((p) => p.trim())
        .filter((p) => p !== '')
      for (const path of paths)
        if (!existsSync(join(context.workspace, path)))
          throw new Error(`${run.file} ${jobId} ${at}: ${path} was not written`)
      run.uploaded.set(given.name ?? 'artifact', paths)
    }
    if (step.uses.startsWith('actions/download-artifact@'))
      checkDownload(given, run.uploaded, `${run.file} ${jobId} ${at}`)
    records.push({ job: jobId, step: at, how: 'stub', why })
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
  records.push({ job: jobId, step: at, how: 'bash', exitCode: result.status })
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
  run.records.push({ job: jobId, step: at, how: 'bundle', run: done, exitCode: done.exitCode })
  if (step.id !== undefined)
    run.steps[step.id] = { outputs: done.outputs, outcome: done.exitCode === 0 ? 'success' : 'failure' }
  if (done.exitCode !== 0) run.failed = true
  // train-on-runner uploads its model itself (artifact-name); here it stays in the shared workspace.
  if (own === 'train-on-runner' && inputs['artifact-name'] !== undefined)
    run.uploaded.set(inputs['artifact-name'], [inputs['model-dir'] ?? '.'])
  if (existsSync(join(repoRoot, 'dist', `${own}-post`, 'index.js')))
    run.posts.unshift({ name: own, inputs, state: done.state })
}

/** A download stub is honest only when what it names was uploaded to where it downloads to. */
function checkDownload(given: Record<string, string>, uploaded: ReadonlyMap<string, string[]>, at: string): void {
  const target = (given.path ?? '.').replace(/\/$/, '')
  const names =
    given.name !== undefined
      ? [given.name]
      : [...uploaded.keys()].filter((name) => new RegExp(`^${(given.pattern ?? '*').replace(/\*/g, '.*')}$`).test(name))
  if (names.length === 0) throw new Error(`${at}: nothing uploaded matches ${given.name ?? given.pattern ?? ''}`)
  for (const name of names) {
    const paths = uploaded.get(name)
    if (paths === undefined) throw new Error(`${at}: artifact ${name} was never uploaded`)
    // One artifact by name lands at `path`; with merge-multiple every file lands directly under `path`.
    const ok =
      given.name !== undefined
        ? paths.length === 1 && paths[0]?.replace(/\/$/, '') === target
        : given['merge-multiple'] === 'true' &&
          paths.every((p) => p.startsWith(`${target}/`) && !p.slice(target.length + 1).includes('/'))
    if (!ok) throw new Error(`${at}: artifact ${name} (${paths.join(', ')}) would not land where ${target} expects it`)
  }
}

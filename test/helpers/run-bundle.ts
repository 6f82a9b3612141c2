import { tmpdir } from 'node:os'
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { parse } from 'yaml'
import type { GateReport } from '../../src/core/gate/gate-report.js'
import { repoRoot } from './fixture-path.js'
import { makeTempDir } from './tmp-dir.js'

/**
 * Test files live in temporary folders, and fixtures in the repository even when a test runs in a temporary
 * workspace: both are listed roots of input path containment (src/io/paths). Containment tests pass their own.
 */
const TEST_PATH_ROOTS = [tmpdir(), repoRoot].join(delimiter)

export interface RunBundleOptions {
  /** The step's `with:`; every other input action.yml declares gets its `default:` (see actionInputs). */
  readonly inputs?: Readonly<Record<string, string>>
  readonly env?: Readonly<Record<string, string>>
  /** A fixture event by name (fixtures/events/<name>.json) or a payload object. */
  readonly event?: 'pull_request' | 'workflow_dispatch' | 'push' | Readonly<Record<string, unknown>>
  readonly cwd?: string
  readonly api?: { readonly url: string }
  readonly timeoutMs?: number
  readonly signalAfterMs?: { readonly signal: 'SIGINT' | 'SIGTERM'; readonly afterMs: number }
  /** SIGKILL the step as soon as this file exists (polled every 25 ms), as a runner losing the job at that point would. */
  readonly killWhenFileExists?: string
  /** STATE_* values for a post step (what the main step saved). */
  readonly state?: Readonly<Record<string, string>>
  /**
   * The job's `environment:` in the workflow file. As on GitHub, the job then has a deployment of it for the run
   * (startJobDeployment, through `api`, which it needs); as on a runner, no variable tells the step about it.
   */
  readonly jobEnvironment?: string
  /** The job's `strategy` context: a matrix leg (`jobIndex` of `jobTotal`); default a job without a matrix. */
  readonly strategy?: MatrixLeg
}

/** The parts of the runner's `strategy` context an action.yml default reads. */
export interface MatrixLeg {
  readonly jobIndex: number
  readonly jobTotal: number
}

/** What `${{ }}` in a default may read besides the token: GITHUB_JOB and the strategy context. */
interface DefaultContexts {
  readonly job: string
  readonly strategy: MatrixLeg
}

const NO_MATRIX: DefaultContexts = { job: 'gate', strategy: { jobIndex: 0, jobTotal: 1 } }

/** The report-key default (actions/<gate>/action.yml): `<job>-<index>` in a matrix job, '' outside one. */
const MATRIX_LEG_KEY = "strategy.job-total > 1 && format('{0}-{1}', github.job, strategy.job-index) || ''"

export interface BundleRun {
  readonly exitCode: number | null
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  readonly summary: string
  /** What the step saved with core.saveState, for the post step. */
  readonly state: Record<string, string>
  readonly report?: GateReport
}

/** Parses GITHUB_OUTPUT / GITHUB_STATE files: `name<<DELIM\nvalue\nDELIM` blocks, as the runner does. */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc !== null) {
      const [, name = '', delimiter] = heredoc
      const body: string[] = []
      while (++i < lines.length && lines[i] !== delimiter) body.push(lines[i] ?? '')
      values[name] = body.join('\n')
    } else if (line.includes('=')) {
      const at = line.indexOf('=')
      values[line.slice(0, at)] = line.slice(at + 1)
    }
  }
  return values
}

function eventPayload(event: RunBundleOptions['event']): { name: string; payload: Readonly<Record<string, unknown>> } {
  if (event === undefined)
    return {
      name: 'push',
      payload: JSON.parse(readFileSync(join(repoRoot, 'fixtures/events/push.json'), 'utf8')) as Record<string, unknown>,
    }
  if (typeof event === 'string')
    return {
      name: event,
      payload: JSON.parse(readFileSync(join(repoRoot, `fixtures/events/${event}.json`), 'utf8')) as Record<
        string,
        unknown
      >,
    }
  return { name: typeof event.pull_request === 'object' ? 'pull_request' : 'workflow_dispatch', payload: event }
}

/**
 * The job token `${{ github.token }}` evaluates to. A runner always has one; here a job has a GitHub API only when
 * the test starts one (`options.api`), so without it the token is empty, as if the workflow had passed
 * `github-token: ''`, and nothing tries to reach GitHub.
 */
export const HARNESS_JOB_TOKEN = 'ghs_harnessjobtoken0000000000000000000'

/** What `${{ … }}` in an action.yml default may refer to here: the runner's expression contexts, as far as used. */
function evaluateDefault(
  action: string,
  input: string,
  text: string,
  jobToken: string,
  contexts: DefaultContexts,
): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
    if (expression === 'github.token') return jobToken
    if (expression === 'github.job') return contexts.job
    if (expression === MATRIX_LEG_KEY)
      return contexts.strategy.jobTotal > 1 ? `${contexts.job}-${contexts.strategy.jobIndex}` : ''
    throw new Error(
      `actions/${action}/action.yml: the default of input "${input}" uses \${{ ${expression} }}, which ` +
        'test/helpers/run-bundle.ts cannot evaluate yet; add it to evaluateDefault as the runner evaluates it',
    )
  })
}

/** The action a bundle belongs to: `<name>-post` is the post step of actions/<name>. */
export function actionOf(bundle: string): string {
  return bundle.endsWith('-post') ? bundle.slice(0, -'-post'.length) : bundle
}

/** The runner's name of an input's variable: INPUT_ + the name upper-cased, spaces as `_` (hyphens stay). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/**
 * The INPUT_* variables the runner gives a step of `bundle` (actions/runner ActionRunner.RunAsync,
 * ActionManifestManager.ConvertInputs): the step's `with:` values, then every input actions/<action>/action.yml
 * declares that `with:` leaves out, set to its `default:` with `${{ }}` evaluated. An input without a default is
 * set to '' (the runner adds an empty default), which @actions/core reads as unset. A `with:` key the action does
 * not declare is a mistake in the test (the runner would only warn "Unexpected input(s)"), so it throws.
 */
export function actionInputs(
  bundle: string,
  given: Readonly<Record<string, string>>,
  jobToken: string,
  contexts: DefaultContexts = NO_MATRIX,
): Record<string, string> {
  const action = actionOf(bundle)
  // The failsafe schema keeps every scalar as the text written (default: 1.0 stays "1.0"), as the runner reads it.
  const manifest = parse(readFileSync(join(repoRoot, 'actions', action, 'action.yml'), 'utf8'), {
    schema: 'failsafe',
  }) as { inputs?: Record<string, { default?: string }> }
  const declared = manifest.inputs ?? {}
  const byVariable = new Map(Object.keys(declared).map((name) => [inputVariable(name), name]))
  const unexpected = Object.keys(given).filter((name) => !byVariable.has(inputVariable(name)))
  if (unexpected.length > 0)
    throw new Error(
      `runBundle('${bundle}'): actions/${action}/action.yml declares no input ${unexpected.map((n) => `"${n}"`).join(', ')}`,
    )
  const env: Record<string, string> = {}
  for (const [name, spec] of Object.entries(declared))
    env[inputVariable(name)] = evaluateDefault(action, name, spec?.default ?? '', jobToken, contexts)
  for (const [name, value] of Object.entries(given)) env[inputVariable(name)] = value
  return env
}

/** The run the harness pretends to be (runnerEnvironment's GITHUB_* values). */
export const HARNESS_RUN = {
  repository: 'octo-org/churn-model',
  sha: 'ffac537e6cbbf934b08745a378932722df287a53',
  runId: '4242',
} as const

/**
 * What GitHub does when a job that declares `environment: <name>` starts, after the environment's protection rules
 * (required reviewers) passed: it creates a deployment of that environment for the run's commit (task `deploy`) and
 * gives it an `in_progress` status whose log and target URLs are the run's job page. Done here through the fake
 * GitHub API, with the job token. The runner exports nothing of it to the steps; neither does the harness.
 */
export async function startJobDeployment(
  api: { readonly url: string },
  environment: string,
  run: { readonly repository?: string; readonly sha?: string; readonly runId?: string } = {},
): Promise<number> {
  const { repository, sha, runId } = { ...HARNESS_RUN, ...run }
  const post = async (path: string, body: Record<string, unknown>): Promise<{ id: number }> => {
    const response = await fetch(`${api.url}/repos/${repository}${path}`, {
      method: 'POST',
      headers: {
        authorization: `token ${HARNESS_JOB_TOKEN}`,
        'user-agent': 'github-actions',
        accept: 'application/vnd.github+json',
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`startJobDeployment: POST ${path} answered ${response.status}`)
    return (await response.json()) as { id: number }
  }
  const jobUrl = `https://github.com/${repository}/actions/runs/${runId}/job/${Number(runId) * 10 + 1}`
  const { id } = await post('/deployments', {
    ref: sha,
    environment,
    task: 'deploy',
    auto_merge: false,
    required_contexts: [],
    payload: {},
  })
  await post(`/deployments/${id}/statuses`, { state: 'in_progress', log_url: jobUrl, environment })
  return id
}

/** Variables a runner never gives a step, so a test that sets them tests a job that cannot exist. */
const NEVER_SET_BY_THE_RUNNER = ['GITHUB_ENVIRONMENT']

/** The environment a GitHub runner gives a JavaScript action step of `bundle`; `dir` receives its files. */
export function runnerEnvironment(bundle: string, dir: string, options: RunBundleOptions): Record<string, string> {
  for (const variable of NEVER_SET_BY_THE_RUNNER)
    if (options.env?.[variable] !== undefined)
      throw new Error(
        `runBundle('${bundle}'): a runner never sets ${variable} (a job's environment: is not exported to its steps); ` +
          'give the action its environment through an input instead',
      )
  const { name, payload } = eventPayload(options.event)
  const eventPath = join(dir, 'event.json')
  writeFileSync(eventPath, JSON.stringify(payload))
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path'),
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const runnerTemp = join(dir, 'runner-temp')
  mkdirSync(runnerTemp, { recursive: true })
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    LANG: 'C.UTF-8',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: HARNESS_RUN.repository,
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SHA: HARNESS_RUN.sha,
    GITHUB_REF: name === 'pull_request' ? 'refs/pull/42/merge' : 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.api?.url ?? 'http://127.0.0.1:9',
    GITHUB_RUN_ID: HARNESS_RUN.runId,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'pr-gate',
    GITHUB_JOB: 'gate',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKSPACE: options.cwd ?? repoRoot,
    RUNNER_TEMP: runnerTemp,
    RUNNER_NAME: 'test-runner-1',
    RUNNER_OS: 'Linux',
    MODELGATE_PATH_ROOTS: TEST_PATH_ROOTS,
    ...files,
    ...actionInputs(bundle, options.inputs ?? {}, options.api === undefined ? '' : HARNESS_JOB_TOKEN, {
      job: NO_MATRIX.job,
      strategy: options.strategy ?? NO_MATRIX.strategy,
    }),
  }
  for (const [key, value] of Object.entries(options.state ?? {})) env[`STATE_${key}`] = value
  return { ...env, ...options.env }
}

function spawnNode(
  script: string,
  args: readonly string[],
  env: Record<string, string>,
  options: RunBundleOptions,
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: options.cwd ?? repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timers: NodeJS.Timeout[] = []
    if (options.signalAfterMs !== undefined) {
      const { signal, afterMs } = options.signalAfterMs
      timers.push(setTimeout(() => child.kill(signal), afterMs))
    }
    timers.push(setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000))
    const marker = options.killWhenFileExists
    if (marker !== undefined)
      timers.push(
        setInterval(() => {
          if (existsSync(marker)) child.kill('SIGKILL')
        }, 25),
      )
    child.on('error', reject)
    child.on('close', (exitCode) => {
      for (const timer of timers) clearTimeout(timer)
      resolvePromise({ exitCode, stdout, stderr })
    })
  })
}

function bundlePath(name: string): string {
  const path = join(repoRoot, 'dist', name, 'index.js')
  if (!existsSync(path)) throw new Error(`${path} does not exist: run \`node scripts/build.mjs ${name}\` first`)
  return path
}

async function run(name: string, options: RunBundleOptions): Promise<BundleRun> {
  const dir = makeTempDir('modelgate-run-')
  const env = runnerEnvironment(name, dir, options)
  if (options.jobEnvironment !== undefined) {
    if (options.api === undefined) throw new Error(`runBundle('${name}'): jobEnvironment needs a fake GitHub API (api)`)
    await startJobDeployment(options.api, options.jobEnvironment, {
      ...(env.GITHUB_REPOSITORY === undefined ? {} : { repository: env.GITHUB_REPOSITORY }),
      ...(env.GITHUB_SHA === undefined ? {} : { sha: env.GITHUB_SHA }),
      ...(env.GITHUB_RUN_ID === undefined ? {} : { runId: env.GITHUB_RUN_ID }),
    })
  }
  const result = await spawnNode(bundlePath(name), [], env, options)
  const outputs = parseCommandFile(readFileSync(env.GITHUB_OUTPUT ?? '', 'utf8'))
  const reportPath = outputs['report-path']
  const report =
    reportPath !== undefined && existsSync(reportPath)
      ? (JSON.parse(readFileSync(reportPath, 'utf8')) as GateReport)
      : undefined
  return {
    ...result,
    outputs,
    summary: readFileSync(env.GITHUB_STEP_SUMMARY ?? '', 'utf8'),
    state: parseCommandFile(readFileSync(env.GITHUB_STATE ?? '', 'utf8')),
    ...(report === undefined ? {} : { report }),
  }
}

/** Runs dist/<name>/index.js as a runner runs a JavaScript action's main step. */
export function runBundle(name: string, options: RunBundleOptions = {}): Promise<BundleRun> {
  return run(name, options)
}

/** Runs dist/<name>-post/index.js with the state the main step saved (`options.state`). */
export function runPostBundle(name: string, options: RunBundleOptions = {}): Promise<BundleRun> {
  return run(`${name}-post`, options)
}

/** Runs the CLI bundle (dist/cli/index.js) from a terminal-like environment (no GitHub variables). */
export async function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Readonly<Record<string, string>>; timeoutMs?: number } = {},
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    LANG: 'C.UTF-8',
    MODELGATE_PATH_ROOTS: TEST_PATH_ROOTS,
    ...options.env,
  }
  return spawnNode(join(repoRoot, 'dist', 'cli', 'index.js'), args, env, {
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  })
}

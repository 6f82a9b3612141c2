import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import type { GateReport } from '../../src/core/gate/gate-report.js'
import { repoRoot } from './fixture-path.js'
import { makeTempDir } from './tmp-dir.js'

export interface RunBundleOptions {
  readonly inputs?: Readonly<Record<string, string>>
  readonly env?: Readonly<Record<string, string>>
  /** A fixture event by name (fixtures/events/<name>.json) or a payload object. */
  readonly event?: 'pull_request' | 'workflow_dispatch' | 'push' | Readonly<Record<string, unknown>>
  readonly cwd?: string
  readonly api?: { readonly url: string }
  readonly timeoutMs?: number
  readonly signalAfterMs?: { readonly signal: 'SIGINT' | 'SIGTERM'; readonly afterMs: number }
  /** STATE_* values for a post step (what the main step saved). */
  readonly state?: Readonly<Record<string, string>>
}

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

/** The environment a GitHub runner gives a JavaScript action step. */
function runnerEnvironment(dir: string, options: RunBundleOptions): Record<string, string> {
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
    GITHUB_REPOSITORY: 'octo-org/churn-model',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_REF: name === 'pull_request' ? 'refs/pull/42/merge' : 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.api?.url ?? 'http://127.0.0.1:9',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'pr-gate',
    GITHUB_JOB: 'gate',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKSPACE: options.cwd ?? repoRoot,
    RUNNER_TEMP: runnerTemp,
    RUNNER_NAME: 'test-runner-1',
    RUNNER_OS: 'Linux',
    ...files,
  }
  for (const [input, value] of Object.entries(options.inputs ?? {}))
    env[`INPUT_${input.replace(/ /g, '_').toUpperCase()}`] = value
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
  const env = runnerEnvironment(dir, options)
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
    ...options.env,
  }
  return spawnNode(join(repoRoot, 'dist', 'cli', 'index.js'), args, env, {
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  })
}

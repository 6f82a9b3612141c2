// Issue #15 "Done when": the hostile corpus (fixtures/hostile/generate.mjs, generated into a temporary folder at
// test time) runs through the bundles against the OpenAPI-checked fake GitHub API with planted secrets in the
// environment (the token input, ACTIONS_RUNTIME_TOKEN, a job secret, a registry token) and, case by case: no raw
// stack trace, no "this is a bug", no planted secret in any byte sent to the API or written to the report, the job
// summary, the run folder or the log, no forged or hidden PR comment section, no case over its time bound, no
// silent pass, and the case's own expected status and message parts. One test per case, named by its class.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync, truncateSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { getOctokit } from '@actions/github'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { describe, expect, it } from 'vitest'
import { parseCommentSections, COMMENT_MARKER } from '../../../src/core/report/sticky-comment-body.js'
import type { GateReport } from '../../../src/core/gate/gate-report.js'
import { startGitHubApiServer, type GitHubApiServer } from '../../helpers/github-api-server.js'
import { repoRoot } from '../../helpers/fixture-path.js'
import { runBundle, runCli, type BundleRun, type MatrixLeg } from '../../helpers/run-bundle.js'
import { makeTempDir } from '../../helpers/tmp-dir.js'

interface Expectation {
  readonly status?: GateReport['status']
  readonly mentions?: readonly string[]
  readonly forbid?: readonly string[]
  readonly exitCode?: number
  readonly sections?: readonly string[]
  /** At least this many annotations sent (so that checks.update batches are exercised). */
  readonly annotations?: number
}
type PreRun = { bundle: string; inputs: Record<string, string> } | { truncate: string; name: string }
interface HostileCase {
  readonly id: string
  readonly class: string
  readonly bundle?: string
  readonly cli?: readonly string[]
  readonly legs?: readonly MatrixLeg[]
  readonly inputs: Readonly<Record<string, string>>
  readonly event?: 'pull_request'
  readonly api?: { plant?: { as: 'attacker' | 'bot'; body: string }[]; latencyMs?: number; keep?: string[] }
  readonly preRun?: readonly PreRun[]
  readonly boundMs: number
  readonly mayPass: boolean
  readonly expect: Expectation
  readonly waitsFor?: string
}
interface Corpus {
  readonly classes: readonly string[]
  readonly planted: Readonly<Record<string, string>>
  readonly cases: readonly HostileCase[]
}

const dir = makeTempDir('modelgate-hostile-')
execFileSync(process.execPath, [join(repoRoot, 'fixtures/hostile/generate.mjs'), dir], { stdio: 'ignore' })
const corpus = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as Corpus
const planted = Object.values(corpus.planted)
const ATTACKER_TOKEN = 'ghp_attackerstoken000000000000000000000'
const BOT_TOKEN = 'ghs_earlierrunoftheworkflow0000000000000'
const TOKEN_INPUT_ACTIONS = new Set(['canary-deploy', 'evaluate-vs-champion', 'register-model'])
const target = { owner: 'octo-org', repo: 'churn-model', issue_number: 42 }

const toHtml = (markdown: string): string =>
  micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] })

/** A raw stack frame: `    at fn (file.js:1:2)`, as Node prints an uncaught error (debug lines encode newlines). */
const STACK_FRAME = /^\s*at [^\n]*(?:\.[cm]?[jt]s|node:internal[^\n]*):\d+:\d+\)?\s*$/m

/** Every text file (under 8 MB) a run left in its runner temp folder: reports, lineage, cards, logs. */
function runFolderTexts(reportPath: string | undefined): { path: string; text: string }[] {
  if (reportPath === undefined || basename(dirname(reportPath)) !== 'modelgate') return []
  const files: { path: string; text: string }[] = []
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      // The training command's own input (it needs its params), not something modelgate publishes.
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile() && entry.name !== 'params.json' && statSync(path).size < 8 * 1024 * 1024)
        files.push({ path, text: readFileSync(path, 'utf8') })
    }
  }
  walk(dirname(reportPath))
  return files
}

function truncateAll(folder: string, name: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name === name) {
      const path = join(entry.parentPath, entry.name)
      truncateSync(path, Math.floor(statSync(path).size / 2))
    }
  }
}

async function plant(
  api: GitHubApiServer,
  comments: readonly { as: 'attacker' | 'bot'; body: string }[],
): Promise<void> {
  for (const comment of comments) {
    const client = getOctokit(comment.as === 'attacker' ? ATTACKER_TOKEN : BOT_TOKEN, { baseUrl: api.url })
    await client.rest.issues.createComment({ ...target, body: comment.body })
  }
}

function inputsOf(c: HostileCase, bundle: string): Record<string, string> {
  return {
    'github-token': corpus.planted.workflowToken!,
    ...(TOKEN_INPUT_ACTIONS.has(bundle) ? { 'registry-token': corpus.planted.registryToken! } : {}),
    ...c.inputs,
  }
}

const environment = (): Record<string, string> => ({
  ACTIONS_RUNTIME_TOKEN: corpus.planted.runtimeToken!,
  MY_SERVICE_API_KEY: corpus.planted.jobSecret!,
})

/** Runs a case; returns what went wrong, one line each (empty: the case holds). */
async function runCase(c: HostileCase): Promise<string[]> {
  const problems: string[] = []
  const started = Date.now()
  if (c.cli !== undefined) {
    const cli = await runCli(c.cli, {
      cwd: dir,
      env: { GITHUB_TOKEN: corpus.planted.workflowToken!, ...environment() },
      timeoutMs: c.boundMs + 5000,
    })
    const elapsed = Date.now() - started
    if (elapsed > c.boundMs) problems.push(`took ${elapsed} ms, over its bound of ${c.boundMs} ms`)
    const text = cli.stdout + cli.stderr
    if (c.expect.exitCode !== undefined && cli.exitCode !== c.expect.exitCode)
      problems.push(`exit code ${cli.exitCode}, expected ${c.expect.exitCode}`)
    for (const mention of c.expect.mentions ?? [])
      if (!text.includes(mention)) problems.push(`says nothing of "${mention}"`)
    commonChecks(problems, [{ where: 'CLI output', text }])
    return problems
  }
  const api = await startGitHubApiServer({ identities: { [ATTACKER_TOKEN]: 'mallory' } })
  try {
    return await runBundleCase(c, c.bundle!, api, problems)
  } finally {
    await api.close()
  }
}

async function runBundleCase(
  c: HostileCase,
  bundle: string,
  api: GitHubApiServer,
  problems: string[],
): Promise<string[]> {
  await plant(api, c.api?.plant ?? [])
  const plantedComments = api.comments.map((comment) => ({ id: comment.id, body: comment.body, login: comment.login }))
  for (const step of c.preRun ?? []) {
    if ('truncate' in step) truncateAll(join(dir, step.truncate), step.name)
    else await runBundle(step.bundle, { inputs: step.inputs, cwd: dir })
  }
  if (c.api?.latencyMs !== undefined) api.setLatency(c.api.latencyMs)
  const runs: BundleRun[] = []
  const runStarted = Date.now()
  for (const leg of c.legs ?? [undefined]) {
    try {
      runs.push(
        await runBundle(bundle, {
          inputs: inputsOf(c, bundle),
          env: environment(),
          cwd: dir,
          api,
          timeoutMs: c.boundMs + 5000,
          ...(c.event === undefined ? {} : { event: c.event }),
          ...(leg === undefined ? {} : { strategy: leg }),
        }),
      )
    } catch (error) {
      // The Mermaid check of every summary (test/helpers/mermaid-in-summaries.ts) rejects the call.
      problems.push(`the run was refused: ${error instanceof Error ? error.message.slice(0, 400) : String(error)}`)
      return problems
    }
  }
  const elapsed = Date.now() - runStarted
  if (elapsed > c.boundMs * runs.length) problems.push(`took ${elapsed} ms, over its bound of ${c.boundMs} ms a run`)
  api.setLatency(0)
  for (const run of runs) {
    if (run.exitCode === null) problems.push('the step was killed (it did not end by itself)')
    if (run.report === undefined) problems.push('no report was written')
    checkRun(c, run, problems)
  }
  const texts = [
    ...api.requests.map((request) => ({
      where: `${request.method} ${request.path}`,
      text: JSON.stringify(request.body ?? ''),
    })),
    ...runs.flatMap((run) => [
      { where: 'job summary', text: run.summary },
      { where: 'outputs', text: JSON.stringify(run.outputs) },
      {
        where: 'stdout',
        text: run.stdout
          .split('\n')
          .filter((line) => !line.startsWith('::add-mask::'))
          .join('\n'),
      },
      { where: 'stderr', text: run.stderr },
      ...runFolderTexts(run.outputs['report-path']).map((file) => ({ where: file.path, text: file.text })),
    ]),
  ]
  commonChecks(problems, texts)
  checkComments(c, api, plantedComments, problems)
  checkLimits(c, api, runs, problems)
  if (api.violations.length > 0)
    problems.push(`GitHub would reject: ${api.violations.map((v) => `${v.method} ${v.path}: ${v.reason}`).join('; ')}`)
  return problems
}

function checkRun(c: HostileCase, run: BundleRun, problems: string[]): void {
  const report = run.report
  if (report === undefined) return
  if (!c.mayPass && report.status === 'pass') problems.push(`passed silently: ${report.title}`)
  if (c.expect.status !== undefined && report.status !== c.expect.status)
    problems.push(`status ${report.status} (${report.title}), expected ${c.expect.status}`)
  const messages = JSON.stringify(report.checks.map((check) => check.message))
  for (const mention of c.expect.mentions ?? [])
    if (!messages.includes(mention))
      problems.push(`the report's messages do not name "${mention}": ${messages.slice(0, 300)}`)
  for (const forbidden of c.expect.forbid ?? [])
    if (messages.toLowerCase().includes(forbidden))
      problems.push(`the report says "${forbidden}": ${messages.slice(0, 300)}`)
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'))
  if (new Set(errors).size !== errors.length)
    problems.push(`the same ::error:: line twice: ${errors[0]?.slice(0, 200)}`)
}

function commonChecks(problems: string[], texts: readonly { where: string; text: string }[]): void {
  for (const { where, text } of texts) {
    if (STACK_FRAME.test(text)) problems.push(`a raw stack trace in ${where}: ${STACK_FRAME.exec(text)?.[0].trim()}`)
    if (/this is a bug/i.test(text))
      problems.push(`"this is a bug" in ${where}: ${/[^\n]*this is a bug[^\n]*/i.exec(text)?.[0].slice(0, 300)}`)
    for (const secret of planted)
      if (text.includes(secret)) problems.push(`a planted secret (${secret.slice(0, 6)}…) in ${where}`)
  }
}

/** A section renders nothing from data as markup: no HTML comment, tag, link, image or mention. */
function checkSection(id: string, content: string, problems: string[]): void {
  const html = toHtml(content)
  if (/<!--|<!\[|<\?/.test(html)) problems.push(`section ${id} holds an HTML comment that hides what follows`)
  // The renderer's own markup is allowed in exactly its own form: links to github.com, and the fold of passing
  // checks (its label holds only counts). Anything else tag-shaped came from data.
  const own = html
    .replace(/<a href="https:\/\/github\.com\/[^"]*">/g, '')
    .replace(/<details><summary>(?:All \d+ check\(s\) passed|\d+ passing check\(s\))<\/summary>/g, '')
  const tag = /<(?:img|script|details|a|iframe|svg)\b[^>]*>/i.exec(own)
  if (tag !== null) problems.push(`section ${id} renders markup from data: ${tag[0]}`)
  const prose = html.replace(/<code>[\s\S]*?<\/code>|<pre>[\s\S]*?<\/pre>/g, '').replace(/<[^>]*>/g, '')
  if (/(^|[^\p{L}\p{N}_`])@(?:octocat|org)\b/u.test(prose)) problems.push(`section ${id} mentions someone`)
}

/** The comments someone else wrote are neither deleted nor edited, whatever they say. */
function checkOthersComments(
  api: GitHubApiServer,
  before: readonly { id: number; body: string; login: string }[],
  problems: string[],
): void {
  for (const comment of before.filter((comment) => comment.login === 'mallory')) {
    const now = api.comments.find((other) => other.id === comment.id)
    if (now === undefined) problems.push(`the comment ${comment.id} by mallory was deleted`)
    else if (now.body !== comment.body) problems.push(`the comment ${comment.id} by mallory was edited`)
  }
}

/** Only our sections, none forged or hidden; the comments other people wrote are left as they were. */
function checkComments(
  c: HostileCase,
  api: GitHubApiServer,
  before: readonly { id: number; body: string; login: string }[],
  problems: string[],
): void {
  const gate = c.bundle!
  checkOthersComments(api, before, problems)
  const ours = api.comments.filter((comment) => comment.login !== 'mallory' && comment.body.includes(COMMENT_MARKER))
  if (ours.length > 1) problems.push(`${ours.length} modelgate comments on one PR`)
  const comment = ours[0]
  if (comment === undefined) return
  const sections = parseCommentSections(comment.body)
  const allowed = new Set(c.api?.keep ?? [])
  for (const id of sections.keys())
    if (id.split(':')[0] !== gate && !allowed.has(id)) problems.push(`a section "${id}" that ${gate} did not write`)
  for (const kept of allowed) if (!sections.has(kept)) problems.push(`the section "${kept}" was dropped`)
  if (c.expect.sections !== undefined && JSON.stringify([...sections.keys()]) !== JSON.stringify(c.expect.sections))
    problems.push(`sections ${JSON.stringify([...sections.keys()])}, expected ${JSON.stringify(c.expect.sections)}`)
  for (const [id, content] of sections) if (!allowed.has(id)) checkSection(id, content, problems)
  for (const run of api.checkRuns) {
    const html = toHtml(`${run.output.summary ?? ''}\n\n${run.output.text ?? ''}`)
    if (/<!--/.test(html)) problems.push(`check run ${run.name} holds an HTML comment that hides what follows`)
  }
}

function checkLimits(c: HostileCase, api: GitHubApiServer, runs: readonly BundleRun[], problems: string[]): void {
  for (const run of runs) {
    const bytes = Buffer.byteLength(run.summary)
    if (bytes > 1024 * 1024) problems.push(`the job summary is ${bytes} bytes, over GitHub's 1 MiB`)
  }
  let sent = 0
  for (const request of api.requests) {
    const output = (request.body as { output?: { text?: unknown; annotations?: { message: string }[] } } | undefined)
      ?.output
    if (output === undefined) continue
    for (const annotation of output.annotations ?? [])
      if (Buffer.byteLength(annotation.message) > 64 * 1024)
        problems.push(`an annotation message of ${Buffer.byteLength(annotation.message)} bytes`)
    if (request.operationId === 'checks/update' && typeof output.text !== 'string')
      problems.push('a checks.update without output.text (it clears the figures)')
    sent += output.annotations?.length ?? 0
  }
  if (c.expect.annotations !== undefined && sent < c.expect.annotations)
    problems.push(`${sent} annotations sent, expected at least ${c.expect.annotations}`)
}

describe('the hostile corpus (issue #15)', () => {
  it('has at least 60 cases and covers every class of the issue', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(60)
    expect([...new Set(corpus.cases.map((c) => c.class))].sort()).toEqual([...corpus.classes].sort())
    expect(new Set(corpus.cases.map((c) => c.id)).size).toBe(corpus.cases.length)
  })

  describe.concurrent.each(corpus.classes)('%s', (name) => {
    it.each(corpus.cases.filter((c) => c.class === name).map((c) => [c.id, c] as const))(
      '%s',
      async (_id, c) => {
        expect(await runCase(c)).toEqual([])
      },
      200_000,
    )
  })
})

// The shared report pipeline, through a real bundle run as a runner runs it, against the OpenAPI-checked
// fake GitHub API: comment + check run + summary, fork degrade, bad policy, and racing gates on one comment.
// And the one lifecycle seen from outside: every action's bundle and the CLI bundle give the same report for
// the same failing input, the CLI writes it too, and `comment: flase` is refused by both.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { getOctokit } from '@actions/github'
import { DEFAULT_HEAD_SHA, startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js'
import { fixturePath } from '../helpers/fixture-path.js'
import { runBundle, runCli } from '../helpers/run-bundle.js'
import { makeTempDir } from '../helpers/tmp-dir.js'
import { upsertStickySection } from '../../src/github/sticky-comment.js'
import { parseCommentSections, COMMENT_MARKER } from '../../src/core/report/sticky-comment-body.js'
import { missingPermission } from '../../src/core/messages.js'
import { dataMessages } from '../../src/core/data/messages.js'
import { DataError, isUserError, type Surface } from '../../src/core/errors.js'
import type { GateName } from '../../src/core/gate/gate-name.js'
import type { GateReport } from '../../src/core/gate/gate-report.js'
import { readPublishSwitches, SharedInputs } from '../../src/github/action-session.js'
import { InputReader } from '../../src/github/input-reader.js'

let api: GitHubApiServer | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

const fairInputs = {
  'github-token': 'ghs_testtoken123',
  predictions: fixturePath('datasets/fairness/fair.csv'),
  'score-column': 'score',
  'sensitive-columns': 'gender,region',
}

describe('report pipeline through a bundle', () => {
  it('a gate posts its report as PR comment section, check run on the PR head SHA, and job summary', async () => {
    api = await startGitHubApiServer()
    const run = await runBundle('fairness-gate', { inputs: fairInputs, event: 'pull_request', api })
    expect(run.exitCode).toBe(0)
    api.assertNoViolations()
    expect(run.summary).toContain('modelgate/fairness-gate')
    const [comment] = api.comments
    expect(comment?.body).toContain(COMMENT_MARKER)
    expect(parseCommentSections(comment!.body).get('fairness-gate')).toContain('modelgate/fairness-gate')
    const [checkRun] = api.checkRuns
    expect(checkRun).toMatchObject({
      name: 'modelgate/fairness-gate',
      headSha: DEFAULT_HEAD_SHA,
      conclusion: 'success',
    })
    // GITHUB_SHA (the merge commit) is never used for the check run on pull_request events.
    expect(api.checkRuns.some((c) => c.headSha === 'ffac537e6cbbf934b08745a378932722df287a53')).toBe(false)
    // The token is registered for masking (the runner then hides it) and never printed otherwise.
    expect(run.stdout).toContain('::add-mask::ghs_testtoken123')
    expect(run.stdout.split('ghs_testtoken123')).toHaveLength(2)
  })

  it('a fork PR (read-only token) degrades to the job summary with a warning naming the permission; the verdict stands', async () => {
    api = await startGitHubApiServer({ readOnly: true })
    const run = await runBundle('fairness-gate', {
      inputs: fairInputs,
      event: JSON.parse(
        await import('node:fs').then((fs) => fs.readFileSync(fixturePath('events/pull_request.fork.json'), 'utf8')),
      ) as Record<string, unknown>,
      api,
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.verdict).toBe('pass')
    expect(run.stdout).toContain(missingPermission('update the PR comment', 'pull-requests: write', 403))
    expect(run.stdout).toContain(
      missingPermission('create the check run modelgate/fairness-gate', 'checks: write', 403),
    )
    expect(run.summary).toContain('modelgate/fairness-gate')
  })

  it('an invalid policy file fails with its YAML path and line, and the check run still completes as failure', async () => {
    api = await startGitHubApiServer()
    const dir = makeTempDir()
    const policy = join(dir, 'modelgate.yml')
    writeFileSync(policy, 'version: 1\nfairness-gate:\n  min_group_size: -5\n')
    const run = await runBundle('fairness-gate', { inputs: { ...fairInputs, policy }, event: 'pull_request', api })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/policy file: fairness-gate\.min_group_size must be >= \d+ \(value: -5\)/)
    expect(run.stdout).toContain(`${policy}:3`)
    expect(run.stdout).not.toMatch(/\n\s+at .*\.js:\d+/)
    expect(api.checkRuns[0]).toMatchObject({ name: 'modelgate/fairness-gate', conclusion: 'failure' })
    expect(run.outputs.verdict).toBe('fail')
  })

  it('fail-on: never reports a failing gate without failing the step', async () => {
    const run = await runBundle('fairness-gate', {
      inputs: {
        ...fairInputs,
        predictions: fixturePath('datasets/fairness/unfair.csv'),
        'fail-on': 'never',
        comment: 'false',
        'check-run': 'false',
      },
      event: 'pull_request',
    })
    expect(run.outputs.verdict).toBe('fail')
    expect(run.exitCode).toBe(0)
  })
})

describe('upsertStickySection races', () => {
  it('three gates updating one PR comment at once keep all three sections', async () => {
    api = await startGitHubApiServer({ latencyMs: 60 })
    const client = getOctokit('ghs_race', { baseUrl: api.url })
    const target = { owner: 'octo-org', repo: 'churn-model', issueNumber: 42 }
    await Promise.all([
      upsertStickySection(client, target, 'validate-data', 'V section'),
      upsertStickySection(client, target, 'fairness-gate', 'F section'),
      upsertStickySection(client, target, 'evaluate-vs-champion', 'E section'),
    ])
    const marked = api.comments.filter((c) => c.body.includes(COMMENT_MARKER))
    expect(marked).toHaveLength(1)
    expect(Object.fromEntries(parseCommentSections(marked[0]!.body))).toEqual({
      'validate-data': 'V section',
      'evaluate-vs-champion': 'E section',
      'fairness-gate': 'F section',
    })
    api.assertNoViolations()
  })

  it('two gates racing on an existing comment keep both sections (repeated 5 times)', async () => {
    api = await startGitHubApiServer({ latencyMs: 40 })
    const client = getOctokit('ghs_race', { baseUrl: api.url })
    const target = { owner: 'octo-org', repo: 'churn-model', issueNumber: 7 }
    await upsertStickySection(client, target, 'canary-deploy', 'old canary')
    for (let round = 0; round < 5; round++) {
      await Promise.all([
        upsertStickySection(client, target, 'validate-data', `V${round}`),
        upsertStickySection(client, target, 'register-model', `R${round}`),
      ])
      const sections = parseCommentSections(api.comments.find((c) => c.body.includes(COMMENT_MARKER))!.body)
      expect(sections.get('validate-data')).toBe(`V${round}`)
      expect(sections.get('register-model')).toBe(`R${round}`)
      expect(sections.get('canary-deploy')).toBe('old canary')
    }
  })
})

/** The refusal a reader of `src/` writes for a missing dataset (the session adds where and how to fix it). */
const missingDataset = (path: string): string =>
  new DataError(
    dataMessages.unreadablePath(path, 'ENOENT'),
    { file: path },
    dataMessages.unreadablePathHint(),
  ).describe()

/**
 * A cheap input each action refuses (a missing file, an invalid value), relative to the run's working folder, and
 * how the one check of its error report begins.
 */
const FAILING: Readonly<
  Record<GateName, { inputs: Readonly<Record<string, string>>; refusal: string; cliRefusal?: string }>
> = {
  'validate-data': { inputs: { data: 'missing.csv' }, refusal: missingDataset('missing.csv') },
  'train-on-runner': {
    inputs: { command: '["node", "train.mjs"]', 'timeout-minutes': 'soon' },
    refusal: 'input "timeout-minutes" must be a number, got "soon"',
    cliRefusal: '--timeout-minutes must be a number, got "soon"',
  },
  'evaluate-vs-champion': {
    inputs: { predictions: 'missing.csv', 'champion-predictions': 'missing-champion.csv' },
    refusal: missingDataset('missing.csv'),
  },
  'fairness-gate': {
    inputs: { predictions: 'missing.csv', 'sensitive-columns': 'gender' },
    refusal: missingDataset('missing.csv'),
  },
  'register-model': {
    inputs: { 'model-name': 'churn', mode: 'publish' },
    refusal: 'input "mode" is "publish"',
    cliRefusal: '--mode is "publish"',
  },
  'canary-deploy': {
    inputs: { traffic: 'carrier-pigeon' },
    refusal: 'input "traffic" is "carrier-pigeon"',
    cliRefusal: '--traffic is "carrier-pigeon"',
  },
}
const GATES = Object.keys(FAILING) as GateName[]

/** `modelgate <gate> --name value …`, the CLI spelling of a step's `with:`. */
const cliArguments = (gate: GateName, inputs: Readonly<Record<string, string>>): string[] => [
  gate,
  ...Object.entries(inputs).flatMap(([name, value]) => [`--${name}`, value]),
]

/**
 * A report without what differs between two runs of the same input: the timing, the working folder, and the run
 * the runner names in the subject (its commit and run URL; a terminal has neither).
 */
function comparable(report: GateReport, dir: string): unknown {
  const { startedAt: _startedAt, durationMs: _durationMs, subject, ...rest } = report
  const { commit: _commit, runUrl: _runUrl, ...judged } = subject
  return JSON.parse(JSON.stringify({ ...rest, subject: judged }).replaceAll(dir, '<dir>'))
}

/**
 * The same without the error's wording, which names inputs as each surface does (`input "mode"` / `--mode`,
 * UserError.describe): the tests compare those texts on their own.
 */
function comparableBesidesWording(report: GateReport, dir: string): unknown {
  const { title: _title, checks, ...rest } = report
  return comparable({ ...rest, title: '', checks: checks.map((check) => ({ ...check, message: '' })) }, dir)
}

/**
 * Runs the same inputs through the action's bundle (as a runner) and through the CLI bundle, in one folder; the
 * CLI's report is read from where it writes it by default (.modelgate/<gate>-report.json).
 */
async function runBoth(gate: GateName, inputs: Readonly<Record<string, string>>) {
  const dir = makeTempDir(`modelgate-${gate}-`)
  const [action, cli] = await Promise.all([
    runBundle(gate, { inputs, cwd: dir }),
    runCli(cliArguments(gate, inputs), { cwd: dir }),
  ])
  const cliReportPath = join(dir, '.modelgate', `${gate}-report.json`)
  const cliReport = existsSync(cliReportPath)
    ? (JSON.parse(readFileSync(cliReportPath, 'utf8')) as GateReport)
    : undefined
  return { dir, action, cli, cliReport }
}

/** The error readPublishSwitches throws for `comment: flase`: the expected text is the reader's own. */
function flaseRefusal(surface: Surface = 'action'): string {
  try {
    readPublishSwitches(new InputReader((name) => (name === SharedInputs.Comment ? 'flase' : undefined)))
  } catch (error) {
    if (isUserError(error)) return error.describe(surface)
  }
  throw new Error('readPublishSwitches accepted comment: flase')
}

// Concurrent: each test waits on two child processes; the local `expect` keeps each assertion on its own test.
describe('one lifecycle for the runner and the CLI', () => {
  it.concurrent.for(GATES)(
    '%s: a failing input gives the same error report through the bundle and the CLI, which writes it too',
    async (gate, { expect }) => {
      const { dir, action, cli, cliReport } = await runBoth(gate, FAILING[gate].inputs)
      expect(action.exitCode, action.stdout).toBe(1)
      expect(cli.exitCode, cli.stderr).toBe(1)
      expect(action.outputs.verdict).toBe('fail')
      expect(action.report?.status).toBe('error')
      expect(action.report?.checks.map((check) => check.id)).toEqual([`${gate}.run`])
      expect(
        action.report?.checks[0]?.message.startsWith(FAILING[gate].refusal),
        action.report?.checks[0]?.message,
      ).toBe(true)
      expect(cliReport, 'the CLI wrote no report').toBeDefined()
      expect(comparableBesidesWording(cliReport!, dir)).toEqual(comparableBesidesWording(action.report!, dir))
      // The CLI's error names the flag (--mode), the action's the input (input "mode"), from one wording.
      const cliMessage = cliReport!.checks[0]?.message ?? ''
      expect(cliMessage.startsWith(FAILING[gate].cliRefusal ?? FAILING[gate].refusal), cliMessage).toBe(true)
      expect(cliMessage).not.toMatch(/input "|`with:`/)
    },
  )

  it.concurrent.for(GATES)(
    '%s: comment: flase is a configuration error naming the input (bundle and CLI)',
    async (gate, { expect }) => {
      const flase = flaseRefusal()
      expect(flase).toContain('input "comment" must be true or false, got "flase"')
      const { dir, action, cli, cliReport } = await runBoth(gate, { ...FAILING[gate].inputs, comment: 'flase' })
      expect(action.exitCode).toBe(1)
      expect(action.stdout).toContain(`::error::${flase}`)
      expect(action.report?.checks.map((check) => check.message)).toEqual([flase])
      expect(cli.exitCode).toBe(1)
      expect(cli.stderr).toContain(flaseRefusal('cli'))
      expect(flaseRefusal('cli')).toContain('--comment must be true or false, got "flase"')
      expect(cliReport, 'the CLI wrote no report').toBeDefined()
      expect(cliReport?.checks.map((check) => check.message)).toEqual([flaseRefusal('cli')])
      expect(comparableBesidesWording(cliReport!, dir)).toEqual(comparableBesidesWording(action.report!, dir))
    },
  )
})

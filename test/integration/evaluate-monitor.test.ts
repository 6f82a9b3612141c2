// evaluate-vs-champion mode monitor (issue #19): the champion's logged production predictions joined with delayed
// labels, against the metrics its card stores in a real file registry. In-process for the verdicts and the bad
// inputs; through the runner harness (the bundle as a child process) for the alert issue and the retraining
// dispatch the fake GitHub API records.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigurationError, DataError, inSurface } from '../../src/core/errors.js'
import { decayMessages } from '../../src/core/monitor/decay-messages.js'
import { normalCdf } from '../../src/core/stats/normal-cdf.js'
import { main } from '../../src/evaluate-vs-champion/main.js'
import { createRegistry } from '../../src/registry/create-registry.js'
import { delayedLabelTraffic, trafficCsv } from '../helpers/delayed-labels.js'
import { expectRejection } from '../helpers/expect-rejection.js'
import { fakeContext, runInProcess } from '../helpers/fake-context.js'
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js'
import { recordingLogger } from '../helpers/recording-logger.js'
import { runBundle } from '../helpers/run-bundle.js'

/** AUC of the champion's score model at separation 1.19 (Φ(d/√2)), as its evaluation stored it. */
const STORED_AUC = normalCdf(1.19 / Math.SQRT2)

let dir: string
let registry: string
const path = (name: string) => join(dir, name)

async function writeTraffic(name: string, seed: number, separation: number): Promise<void> {
  const files = trafficCsv(delayedLabelTraffic(seed, 2_500, separation))
  await writeFile(path(`${name}-predictions.csv`), files.predictions)
  await writeFile(path(`${name}-labels.csv`), files.labels)
}

async function registerChampion(name: string, metrics: Record<string, number>): Promise<void> {
  const modelDir = path(`${name}-model`)
  await mkdir(modelDir, { recursive: true })
  await writeFile(join(modelDir, 'model.txt'), `${name} weights\n`)
  const models = await createRegistry(registry, { logger: recordingLogger() })
  const ref = await models.register({
    name,
    modelDir,
    card: {
      schemaVersion: 1,
      name,
      files: [],
      metrics,
      reports: [],
      lineage: {},
      createdBy: 'test',
      createdAt: '2026-11-23T00:00:00Z',
    },
  })
  await models.setAlias(name, 'champion', ref.version, { by: 'test' })
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mg-monitor-'))
  registry = `file:${path('registry')}`
  await registerChampion('churn', { 'roc-auc': STORED_AUC, rows: 2000 })
  await registerChampion('bare', {})
  await writeTraffic('drop', 41, 0.91)
  await writeTraffic('wobble', 42, 1.19)
})

const monitor = (name: string, extra: Record<string, string> = {}) => ({
  mode: 'monitor',
  predictions: path(`${name}-predictions.csv`),
  labels: path(`${name}-labels.csv`),
  'model-name': 'churn',
  registry,
  metrics: 'roc-auc',
  seed: '7',
  ...extra,
})
const runMain = (inputs: Record<string, string>) =>
  runInProcess('evaluate-vs-champion', main, fakeContext({ inputs }).context)

describe('evaluate-vs-champion mode monitor (in-process)', () => {
  it('a real drop (AUC 0.80 → 0.74) fails decay.roc-auc; the join check reports the partial join with counts', async () => {
    const { report, outputs } = await runMain(monitor('drop'))
    expect(report.status).toBe('fail')
    expect(outputs.decision).toBe('decayed')
    expect(report.subject).toMatchObject({ model: 'churn', version: '1' })
    const join = report.checks.find((c) => c.id === 'monitor.join')
    const counts = join?.details as { joined: number; predictions: number; labels: number; unmatchedLabels: number }
    expect(counts.predictions).toBe(2500)
    expect(counts.unmatchedLabels).toBe(5)
    expect(join?.message).toBe(decayMessages.joined(counts.joined, 2500, counts.labels))
    const decay = report.checks.find((c) => c.id === 'decay.roc-auc')
    expect(decay?.status).toBe('fail')
    expect((decay?.details as { stored: number }).stored).toBe(STORED_AUC)
  })

  it('a noise-level wobble (same model, fresh rows) passes: decision healthy', async () => {
    const { report, outputs } = await runMain(monitor('wobble'))
    expect(outputs.decision).toBe('healthy')
    expect(report.status).toBe('pass')
  })

  it('a champion without stored metrics is a configuration error that says how to fix it', async () => {
    const error = await expectRejection(runMain(monitor('drop', { 'model-name': 'bare' })), ConfigurationError)
    expect(error.message).toBe(decayMessages.noStoredMetrics('bare', 1, []))
    expect(error.hint).toBe(inSurface(decayMessages.noStoredMetricsHint(), 'action'))
    expect(error.hint).toContain('register-model metrics: the metrics-path output')
  })

  it('labels that join no logged id are a DataError on the labels file', async () => {
    await writeFile(path('other-labels.csv'), 'id,label\nx1,1\nx2,0\n')
    const error = await expectRejection(runMain(monitor('drop', { labels: path('other-labels.csv') })), DataError)
    expect(error.message).toBe(decayMessages.noLabelJoins(2, 2500, 'id'))
    expect(error.location.file).toBe(path('other-labels.csv'))
  })

  it('a duplicate id in the labels is a DataError at its line; a label other than 0/1 too', async () => {
    await writeFile(path('dup-labels.csv'), 'id,label\nc41-0,1\nc41-1,0\nc41-0,0\n')
    const dup = await expectRejection(runMain(monitor('drop', { labels: path('dup-labels.csv') })), DataError)
    expect(dup.message).toBe(decayMessages.duplicateId('c41-0', 'delayed labels', 2))
    expect(dup.location).toEqual({ file: path('dup-labels.csv'), line: 4 })
    await writeFile(path('bad-labels.csv'), 'id,label\nc41-0,1\nc41-1,2\n')
    const bad = await expectRejection(runMain(monitor('drop', { labels: path('bad-labels.csv') })), DataError)
    expect(bad.location).toEqual({ file: path('bad-labels.csv'), line: 3 })
  })

  it('mode monitor without labels, without a champion, or on multiclass is a configuration error', async () => {
    const { labels: _labels, ...noLabels } = monitor('drop')
    const missing = await expectRejection(runMain(noLabels), ConfigurationError)
    expect(missing.message).toBe('mode monitor needs input "labels"')
    const noChampion = await expectRejection(runMain(monitor('drop', { 'champion-alias': 'prod' })), ConfigurationError)
    expect(noChampion.message).toContain('churn has no version behind alias prod')
    const multiclass = await expectRejection(
      runMain(monitor('drop', { task: 'multiclass', metrics: 'f1-macro' })),
      ConfigurationError,
    )
    expect(multiclass.message).toContain('multiclass is not monitored yet')
  })
})

describe('evaluate-vs-champion mode monitor through the runner harness: alert issue and retraining dispatch', () => {
  let api: GitHubApiServer
  beforeAll(async () => {
    api = await startGitHubApiServer()
  })
  afterAll(async () => {
    await api?.close()
  })
  const run = (name: string) =>
    runBundle('evaluate-vs-champion', {
      inputs: {
        ...monitor(name),
        'github-token': 'ghs_test',
        'alert-subject': 'churn@champion',
        'retrain-workflow': 'retrain.yml',
        'fail-on': 'never',
      },
      env: { GITHUB_REF: 'refs/heads/main' },
      event: 'push',
      cwd: dir,
      api,
    })

  it('a drop fails, opens the alert issue and dispatches retrain.yml with the five inputs; a wobble passes and closes it', async () => {
    const drop = await run('drop')
    expect(drop.outputs.verdict).toBe('fail')
    expect(drop.outputs.decision).toBe('decayed')
    expect(api.issues).toHaveLength(1)
    expect(api.issues[0]).toMatchObject({ state: 'open', title: 'modelgate: gate alert on churn@champion' })
    expect(api.issues[0]?.body).toContain('decay.roc-auc')
    expect(api.workflowDispatches).toEqual([
      {
        owner: expect.any(String) as unknown,
        repo: expect.any(String) as unknown,
        workflowId: 'retrain.yml',
        ref: 'main',
        inputs: {
          model: 'churn',
          alias: 'champion',
          reason: 'decay',
          drifted_columns: '',
          report_url: expect.stringMatching(/^https:\/\/github\.com\/.+\/actions\/runs\/\d+$/) as unknown,
        },
      },
    ])
    expect(drop.stdout).toContain('retraining dispatched: workflow_dispatch of retrain.yml on main (decay)')
    const wobble = await run('wobble')
    expect(wobble.outputs.verdict).toBe('pass')
    expect(wobble.outputs.decision).toBe('healthy')
    expect(api.issues[0]).toMatchObject({ state: 'closed', stateReason: 'completed' })
    expect(api.workflowDispatches).toHaveLength(1)
    expect(api.violations).toEqual([])
  })
})

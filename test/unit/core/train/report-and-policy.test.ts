import { describe, expect, it } from 'vitest'
import { checkModel, type ModelArtifact } from '../../../../src/core/train/check-model.js'
import { decideTraining, type TrainFacts } from '../../../../src/core/train/decide-training.js'
import type { LineageRecord } from '../../../../src/core/train/lineage.js'
import { trainMessages } from '../../../../src/core/train/messages.js'
import { resolveTrainPolicy, TRAIN_POLICY_DEFAULTS } from '../../../../src/core/train/resolve-train-policy.js'
import { checkMetrics } from '../../../../src/core/train/check-metrics.js'
import { toGateReport } from '../../../../src/core/gate/gate-outcome.js'

const lineage: LineageRecord = {
  schemaVersion: 1,
  kind: 'modelgate.train-lineage',
  commit: 'c'.repeat(40),
  commitDirty: null,
  repository: 'o/r',
  runUrl: null,
  command: ['python', 'train.py'],
  workingDirectory: '/w',
  params: {},
  dataFiles: [{ path: 'd.csv', sha256: 'e'.repeat(64), bytes: 10 }],
  runner: { name: 'r1', os: 'Linux', arch: 'X64', labels: [] },
  gpus: [],
  driverVersion: null,
  cudaVersion: null,
  interpreter: { argv0: 'python', path: '/usr/bin/python3.11', version: 'Python 3.11.2' },
  tools: { node: 'v20' },
  packages: { lockfiles: [], python: null },
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T00:01:00.000Z',
  durationMs: 60_000,
  exitCode: 0,
  signal: null,
  timedOut: false,
  cancelled: false,
  metrics: { accuracy: 0.9 },
  model: { path: null, digest: null, artifactName: null, artifactId: null, localCopy: null },
  cache: { key: null, hit: null },
}

const paths = {
  metrics: '/r/metrics.json',
  lineage: '/r/lineage.json',
  telemetry: '/r/telemetry.json',
  log: '/r/train.log',
}

const facts = (
  over: Partial<LineageRecord>,
  lastLines: string[] = [],
  model: ModelArtifact = { kind: 'none' },
): TrainFacts => ({
  lineage: { ...lineage, ...over },
  preflight: { id: 'train.preflight.gpus', status: 'pass', observed: 1, message: 'ok' },
  timeoutMinutes: 10,
  lastLines,
  metricsCheck: { id: 'train.metrics', status: 'pass', observed: 1, message: trainMessages.metricsFound(1) },
  model,
  cache: null,
  samples: [],
  paths,
})

/** The report the session writes for an outcome (status = worst check). */
function reportOf(f: TrainFacts) {
  const { outcome, subject } = decideTraining(f)
  return toGateReport('train-on-runner', outcome, { subject, startedAt: new Date(0), finishedAt: new Date(60_000) })
}

describe('decideTraining', () => {
  it('decideTraining(facts) passes a clean run, with the commit and data hashes as subject and every output', () => {
    const { outcome, subject } = decideTraining(facts({}))
    expect(reportOf(facts({})).status).toBe('pass')
    expect(outcome.title).toBe(trainMessages.finishedTitle('60.0 s', 1))
    expect(outcome.title).toBe('Training finished in 60.0 s with 1 metric(s)')
    expect(subject).toEqual({ commit: 'c'.repeat(40), dataHashes: { 'd.csv': 'e'.repeat(64) } })
    expect(outcome.outputs).toEqual({
      'exit-code': '0',
      'metrics-path': '/r/metrics.json',
      'model-path': '',
      'artifact-id': '',
      'local-artifact-path': '',
      'lineage-path': '/r/lineage.json',
      'telemetry-path': '/r/telemetry.json',
      'log-path': '/r/train.log',
      'cache-hit': '',
      'peak-gpu-memory-mib': '',
      'mean-gpu-utilization': '',
    })
  })
  it('decideTraining(facts) judges the model of a successful run, and only of a successful one', () => {
    const uploaded = decideTraining(
      facts(
        {
          model: {
            path: '/w/model',
            digest: `sha256:${'d'.repeat(64)}`,
            artifactName: 'clf',
            artifactId: 42,
            localCopy: null,
          },
        },
        [],
        {
          kind: 'uploaded',
          name: 'clf',
          id: 42,
          digest: `sha256:${'d'.repeat(64)}`,
        },
      ),
    ).outcome
    expect(uploaded.checks.map((c) => [c.id, c.status])).toEqual([
      ['train.preflight.gpus', 'pass'],
      ['train.exit', 'pass'],
      ['train.metrics', 'pass'],
      ['train.model', 'pass'],
    ])
    expect(uploaded.outputs).toMatchObject({ 'model-path': '/w/model', 'artifact-id': '42', 'local-artifact-path': '' })
    const failed = decideTraining(facts({ exitCode: 1 }, [], { kind: 'missing', dir: 'model' })).outcome
    expect(failed.checks.map((c) => c.id)).toEqual(['train.preflight.gpus', 'train.exit'])
  })
  it('decideTraining(facts) binds the report to the model kept (its digest) and shows params, data, interpreter and commit', () => {
    const digest = `sha256:${'d'.repeat(64)}`
    const model = { path: '/w/model', digest, artifactName: 'clf', artifactId: 42, localCopy: null }
    const { outcome, subject } = decideTraining(
      facts({ model, params: { lr: 0.1, layers: [2, 3] }, commitDirty: true }, [], {
        kind: 'uploaded',
        name: 'clf',
        id: 42,
        digest,
      }),
    )
    expect(subject).toEqual({ modelDigest: digest, commit: 'c'.repeat(40), dataHashes: { 'd.csv': 'e'.repeat(64) } })
    const table = (title: string) => outcome.figures?.find((f) => f.title === title)
    expect(table('Params')).toMatchObject({
      rows: [
        ['lr', '0.1'],
        ['layers', '[2,3]'],
      ],
    })
    expect(table('Data')).toMatchObject({ columns: ['file', 'sha256', 'bytes'], rows: [['d.csv', 'e'.repeat(64), 10]] })
    const run = table('Run')
    const rows = new Map<unknown, unknown>(run?.kind === 'table' ? run.rows.map((r) => [r[0], r[1]] as const) : [])
    expect([rows.get('interpreter'), rows.get('commit'), rows.get('model digest')]).toEqual([
      '/usr/bin/python3.11 (Python 3.11.2)',
      `${'c'.repeat(40)} (with uncommitted changes)`,
      digest,
    ])
    // No model kept: no digest in the subject (the report is about the commit and data only).
    expect(decideTraining(facts({ exitCode: 1 })).subject).not.toHaveProperty('modelDigest')
  })
  it('decideTraining(facts) titles a run that finished but fails the gate by what failed, not "Training finished"', () => {
    const { outcome } = decideTraining(facts({}, [], { kind: 'missing', dir: 'model' }))
    expect(outcome.title).toBe(trainMessages.finishedButTitle('60.0 s', trainMessages.modelDirMissing('model')))
    expect(decideTraining(facts({})).outcome.title).toBe(trainMessages.finishedTitle('60.0 s', 1))
  })
  it('decideTraining(facts) leaves a preflight without a GPU requirement out of the checks', () => {
    const skipped = { id: 'train.preflight.gpus', status: 'skipped' as const, observed: 0, message: 'no GPUs required' }
    const { outcome } = decideTraining({ ...facts({}), preflight: skipped })
    expect(outcome.checks.map((c) => c.id)).toEqual(['train.exit', 'train.metrics'])
  })
  it('decideTraining(facts) fails with the exit code, the hint and the last lines, fenced so a log cannot break the Markdown', () => {
    const report = decideTraining(facts({ exitCode: 137 }, ['```', 'Killed'])).outcome
    expect(report.title).toBe('Training failed (exit code 137): oom-killer')
    expect(report.checks.find((c) => c.id === 'train.exit')?.message).toBe(
      trainMessages.exitFailed('exit code 137', '60.0 s'),
    )
    const why = report.figures.find((f) => f.title === 'Why it failed')
    expect(why?.kind === 'text' && why.markdown).toContain('````text\n```\nKilled\n````')
    // a failed run is not judged on metrics
    expect(report.checks.map((c) => c.id)).toEqual(['train.preflight.gpus', 'train.exit'])
  })
  it('decideTraining(facts) names a timeout and a cancellation', () => {
    const report = reportOf(facts({ exitCode: null, signal: 'SIGTERM', timedOut: true }))
    expect(report.title).toBe('Training timed out after 10 min')
    expect(report.checks[1]?.message).toBe(trainMessages.timedOut(10))
    const cancelled = decideTraining(facts({ exitCode: null, signal: 'SIGTERM', cancelled: true })).outcome
    expect(cancelled.title).toBe(trainMessages.cancelledTitle())
    expect(cancelled.checks[1]).toMatchObject({ status: 'fail', message: trainMessages.cancelled() })
  })
})

describe('resolveTrainPolicy', () => {
  it('inputs over policy over defaults', () => {
    expect(resolveTrainPolicy(undefined, {})).toEqual(TRAIN_POLICY_DEFAULTS)
    expect(
      resolveTrainPolicy({ require_gpus: 2, timeout_minutes: 30, required_metrics: ['auc'] }, { timeoutMinutes: 5 }),
    ).toEqual({
      requireGpus: '2',
      timeoutMinutes: 5,
      telemetryIntervalSeconds: 5,
      requiredMetrics: ['auc'],
    })
    expect(resolveTrainPolicy({ require_gpus: 0 }, {}).requireGpus).toBeUndefined()
  })
})

describe('checkMetrics', () => {
  it('merges log-line and file metrics, the file winning', () => {
    const { metrics, check } = checkMetrics(
      { kind: 'parsed', name: 'm.json', value: { loss: 0.1, note: 'x' } },
      { loss: 0.5, acc: 0.9 },
      [],
    )
    expect(metrics).toEqual({ loss: 0.1, acc: 0.9 })
    expect(check).toMatchObject({ status: 'pass', observed: 2, message: trainMessages.metricsFound(2) })
  })
  it('errors on a missing or invalid declared file and on missing required metrics', () => {
    expect(checkMetrics({ kind: 'missing', name: 'm.json' }, { a: 1 }, []).check).toMatchObject({
      status: 'error',
      message: trainMessages.metricsFileMissing('m.json'),
    })
    expect(checkMetrics({ kind: 'parsed', name: 'm.json', value: [1] }, {}, []).check.message).toBe(
      trainMessages.metricsFileInvalid('m.json', 'not an object'),
    )
    expect(checkMetrics({ kind: 'unparsable', name: 'm.json', why: 'bad' }, {}, []).check.status).toBe('error')
    expect(checkMetrics({ kind: 'not-declared' }, { a: 1 }, ['a', 'auc']).check).toMatchObject({
      status: 'error',
      message: trainMessages.requiredMetricsMissing(['auc']),
    })
  })
  it('warns when nothing was recorded', () => {
    expect(checkMetrics({ kind: 'not-declared' }, {}, []).check).toMatchObject({
      status: 'warn',
      message: trainMessages.noMetrics(),
    })
  })
})

describe('checkModel', () => {
  it('checkModel(artifact) passes an uploaded or copied model and errors on a missing folder or a failed upload', () => {
    expect(checkModel({ kind: 'none' })).toBeNull()
    expect(checkModel({ kind: 'uploaded', name: 'clf', id: 7, digest: `sha256:${'d'.repeat(64)}` })).toEqual({
      id: 'train.model',
      status: 'pass',
      observed: 'clf',
      message: trainMessages.artifactUploaded('clf', 7),
    })
    expect(
      checkModel({ kind: 'copied', name: 'clf', path: '/w/artifacts/clf', digest: `sha256:${'d'.repeat(64)}` }),
    ).toEqual({
      id: 'train.model',
      status: 'pass',
      observed: 'clf',
      message: trainMessages.artifactLocal('clf', '/w/artifacts/clf'),
    })
    expect(checkModel({ kind: 'missing', dir: 'model' })).toEqual({
      id: 'train.model',
      status: 'error',
      observed: null,
      message: trainMessages.modelDirMissing('model'),
    })
    expect(checkModel({ kind: 'upload-failed', name: 'clf', why: 'HTTP 503' })).toEqual({
      id: 'train.model',
      status: 'error',
      observed: null,
      message: trainMessages.artifactUploadFailed('clf', 'HTTP 503'),
    })
  })
})

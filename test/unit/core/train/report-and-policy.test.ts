import { describe, expect, it } from 'vitest'
import { buildTrainReport, type TrainFacts } from '../../../../src/core/train/build-train-report.js'
import type { LineageRecord } from '../../../../src/core/train/lineage.js'
import { trainMessages } from '../../../../src/core/train/messages.js'
import { resolveTrainPolicy, TRAIN_POLICY_DEFAULTS } from '../../../../src/core/train/resolve-train-policy.js'
import { checkMetrics } from '../../../../src/core/train/check-metrics.js'

const lineage: LineageRecord = {
  schemaVersion: 1,
  kind: 'modelgate.train-lineage',
  commit: 'c'.repeat(40),
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
  tools: { node: 'v20' },
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T00:01:00.000Z',
  durationMs: 60_000,
  exitCode: 0,
  signal: null,
  timedOut: false,
  cancelled: false,
  metrics: { accuracy: 0.9 },
  model: { path: null, artifactName: null, artifactId: null, localCopy: null },
  cache: { key: null, hit: null },
}

const facts = (over: Partial<LineageRecord>, lastLines: string[] = []): TrainFacts => ({
  lineage: { ...lineage, ...over },
  preflight: { id: 'train.preflight.gpus', status: 'pass', observed: 1, message: 'ok' },
  timeoutMinutes: 10,
  lastLines,
  metricsCheck: { id: 'train.metrics', status: 'pass', observed: 1, message: trainMessages.metricsFound(1) },
  modelCheck: null,
  cache: null,
  samples: [],
  summary: { samples: 0, peakGpuMemoryMiB: null, meanGpuUtilization: null, peakRamMiB: null, meanCpuPercent: null },
  startedAt: new Date('2026-01-01T00:00:00Z'),
  finishedAt: new Date('2026-01-01T00:01:00Z'),
})

describe('buildTrainReport', () => {
  it('passes a clean run, with the commit and data hashes as subject', () => {
    const report = buildTrainReport(facts({}))
    expect(report.status).toBe('pass')
    expect(report.title).toBe('Training finished in 60.0 s with 1 metric(s)')
    expect(report.subject).toEqual({ commit: 'c'.repeat(40), dataHashes: { 'd.csv': 'e'.repeat(64) } })
  })
  it('fails with the exit code, the hint and the last lines, fenced so a log cannot break the Markdown', () => {
    const report = buildTrainReport(facts({ exitCode: 137 }, ['```', 'Killed']))
    expect(report.status).toBe('fail')
    expect(report.title).toBe('Training failed (exit code 137): oom-killer')
    expect(report.checks.find((c) => c.id === 'train.exit')?.message).toBe(
      trainMessages.exitFailed('exit code 137', '60.0 s'),
    )
    const why = report.figures.find((f) => f.title === 'Why it failed')
    expect(why?.kind === 'text' && why.markdown).toContain('````text\n```\nKilled\n````')
    // a failed run is not judged on metrics
    expect(report.checks.map((c) => c.id)).toEqual(['train.preflight.gpus', 'train.exit'])
  })
  it('names a timeout', () => {
    const report = buildTrainReport(facts({ exitCode: null, signal: 'SIGTERM', timedOut: true }))
    expect(report.title).toBe('Training timed out after 10 min')
    expect(report.checks[1]?.message).toBe(trainMessages.timedOut(10))
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

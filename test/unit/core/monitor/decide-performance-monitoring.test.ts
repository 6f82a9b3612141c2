import { describe, expect, it } from 'vitest'
import { decidePerformanceMonitoring } from '../../../../src/core/monitor/decide-performance-monitoring.js'
import type { DelayedLabelJoin } from '../../../../src/core/monitor/join-delayed-labels.js'
import { decayMessages } from '../../../../src/core/monitor/decay-messages.js'
import { seededRandom } from '../../../../src/core/stats/seeded-random.js'
import { storedMonitoredMetrics } from '../../../../src/core/monitor/stored-metrics.js'
import type { GateReport } from '../../../../src/core/gate/gate-report.js'

/** n rows whose scores separate the classes by `shift` (larger: better AUC). */
function rows(n: number, shift: number, seed: number): DelayedLabelJoin {
  const random = seededRandom(seed)
  const labels = new Float64Array(n)
  const predictions = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const y = random() < 0.4 ? 1 : 0
    const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
    labels[i] = y
    predictions[i] = 1 / (1 + Math.exp(-(z + (y === 1 ? shift : 0) - shift / 2)))
  }
  return {
    labels,
    predictions,
    counts: { predictions: n + 10, labels: n + 3, joined: n, unmatchedLabels: 3, unlabelled: 10 },
  }
}

describe('decidePerformanceMonitoring', () => {
  it('a clear AUC drop fails decay.roc-auc with its interval, stored value and drop; the join check keeps the counts', () => {
    const { outcome, decision } = decidePerformanceMonitoring(
      { task: 'binary', join: rows(2000, 0.5, 1), stored: { 'roc-auc': { value: 0.85, standardError: 0.01 } } },
      { resamples: 200, seed: 3 },
    )
    expect(decision.verdict).toBe('decayed')
    expect(outcome.outputs).toEqual({ decision: 'decayed' })
    expect(outcome.title).toBe(decayMessages.decayedTitle(['roc-auc']))
    const [join, decay] = outcome.checks
    expect(join).toMatchObject({ id: 'monitor.join', status: 'pass', observed: 2000 })
    expect(join?.message).toBe(decayMessages.joined(2000, 2010, 2003))
    expect(decay).toMatchObject({ id: 'decay.roc-auc', status: 'fail' })
    const details = decay?.details as { stored: number; current: number; drop: number; lower: number; upper: number }
    expect(details.stored).toBe(0.85)
    expect(details.drop).toBeCloseTo(0.85 - details.current, 12)
    expect(details.lower).toBeLessThan(details.current)
    expect(details.upper).toBeGreaterThan(details.current)
    expect(details.upper).toBeLessThan(0.84)
    expect(outcome.figures[0]).toMatchObject({
      kind: 'table',
      rows: [
        ['roc-auc', 0.85, details.current, expect.any(String), details.drop, 0.01, expect.any(Number), 0.05, 'decayed'],
      ],
    })
  })

  it('the same model on fresh rows holds: pass, decision healthy', () => {
    const reference = rows(3000, 1.6, 11)
    const { decision: stored } = decidePerformanceMonitoring(
      { task: 'binary', join: reference, stored: { 'roc-auc': { value: 0.5 } } },
      { resamples: 200, seed: 1 },
    )
    const metric = stored.metrics[0]
    const auc = metric?.verdict === 'inconclusive' ? 0 : (metric?.current.value ?? 0)
    const { outcome } = decidePerformanceMonitoring(
      { task: 'binary', join: rows(1500, 1.6, 12), stored: { 'roc-auc': { value: auc, standardError: 0.006 } } },
      { resamples: 200, seed: 2 },
    )
    expect(outcome.outputs.decision).toBe('healthy')
    expect(outcome.checks.map((c) => c.status)).toEqual(['pass', 'pass'])
  })

  it('too few labelled rows is an error check, never a pass', () => {
    const { outcome } = decidePerformanceMonitoring(
      { task: 'binary', join: rows(40, 1, 5), stored: { 'roc-auc': { value: 0.8 } } },
      { resamples: 100, seed: 1 },
    )
    expect(outcome.outputs.decision).toBe('inconclusive')
    expect(outcome.checks[1]).toMatchObject({ id: 'decay.roc-auc', status: 'error', observed: null })
  })

  it('no stored metric at all is an error check', () => {
    const { outcome } = decidePerformanceMonitoring({ task: 'binary', join: rows(200, 1, 5), stored: {} }, {})
    expect(outcome.checks.at(-1)).toMatchObject({ id: 'decay.none', status: 'error' })
  })
})

describe('storedMonitoredMetrics', () => {
  const evaluation = (details: Record<string, unknown>): GateReport => ({
    schemaVersion: 1,
    gate: 'evaluate-vs-champion',
    status: 'pass',
    title: 't',
    checks: [{ id: 'evaluate.roc-auc', status: 'pass', observed: 0.01, message: 'm', details }],
    figures: [],
    subject: {},
    startedAt: '2026-12-01T00:00:00.000Z',
    durationMs: 1,
  })
  it("takes the standard error from the stored report's candidate interval: width / (2 z)", () => {
    const stored = storedMonitoredMetrics(
      { 'roc-auc': 0.8, accuracy: 0.75, 'f1-macro': 0.5 },
      [evaluation({ candidateLower: 0.78, candidateUpper: 0.82, confidence: 0.95 })],
      ['roc-auc', 'accuracy'],
    )
    expect(stored.accuracy).toEqual({ value: 0.75 })
    expect(stored['roc-auc']?.value).toBe(0.8)
    expect(stored['roc-auc']?.standardError).toBeCloseTo(0.04 / (2 * 1.959963984540054), 10)
  })
  it('an interval without its confidence, or a non-finite stored value, is left out', () => {
    const stored = storedMonitoredMetrics(
      { 'roc-auc': 0.8, accuracy: Number.NaN },
      [evaluation({ candidateLower: 0.78, candidateUpper: 0.82 })],
      ['roc-auc', 'accuracy'],
    )
    expect(stored).toEqual({ 'roc-auc': { value: 0.8 } })
  })
})

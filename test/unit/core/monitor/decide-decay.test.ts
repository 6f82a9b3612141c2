import { describe, expect, it } from 'vitest'
import { decideDecay, defaultMinimumDrop } from '../../../../src/core/monitor/decide-decay.js'
import type { LabelledRows } from '../../../../src/core/monitor/metric-estimate.js'

/**
 * 400 rows: positives score 0.9 or (one in five) 0.2, negatives 0.1 or (one in five) 0.8. AUC = P(positive ranks
 * above negative) = 0.8 · 1 + 0.2 · 0.8 = 0.96 exactly.
 */
function rows(): LabelledRows {
  const labels: number[] = []
  const scores: number[] = []
  for (let i = 0; i < 400; i++) {
    const y = i % 2
    const flipped = i % 10 < 2
    labels.push(y)
    scores.push(y === 1 ? (flipped ? 0.2 : 0.9) : flipped ? 0.8 : 0.1)
  }
  return { task: 'binary', labels, scores }
}

describe('decideDecay', () => {
  it('a stored AUC far above what the labels show has decayed; one equal to it is healthy', () => {
    const current = rows()
    const decayed = decideDecay(current, { 'roc-auc': { value: 0.999, standardError: 0.001 } }, { resamples: 200 })
    expect(decayed.verdict).toBe('decayed')
    const [metric] = decayed.metrics
    if (metric?.verdict !== 'decayed') throw new Error('expected a decayed metric')
    expect(metric.current.value).toBeCloseTo(0.96, 12)
    expect(metric.drop).toBeCloseTo(0.039, 12)
    expect(decideDecay(current, { 'roc-auc': { value: 0.96, standardError: 0.01 } }, { resamples: 200 }).verdict).toBe(
      'healthy',
    )
  })

  it('a drop smaller than the minimum drop never alerts, however many rows say so', () => {
    const decision = decideDecay(
      rows(),
      { 'roc-auc': { value: 0.965, standardError: 0 } },
      { resamples: 200, minimumDrop: { 'roc-auc': 0.01 } },
    )
    expect(decision.verdict).toBe('healthy')
  })

  it('too few rows, or a metric undefined on them, is inconclusive, never healthy', () => {
    const few = decideDecay({ task: 'binary', labels: [0, 1], scores: [0.1, 0.9] }, { 'roc-auc': { value: 0.9 } })
    expect(few).toMatchObject({
      verdict: 'inconclusive',
      metrics: [{ verdict: 'inconclusive', reason: '2 labelled rows, fewer than the 100 required' }],
    })
    const oneClass: LabelledRows = { task: 'binary', labels: Array(200).fill(0), scores: Array(200).fill(0.3) }
    expect(decideDecay(oneClass, { 'roc-auc': { value: 0.9 } }).verdict).toBe('inconclusive')
    expect(decideDecay(rows(), {}).verdict).toBe('inconclusive')
  })

  it('errors are smaller-is-better: a larger RMSE is a drop, with a minimum drop of 5% of the stored value', () => {
    const truth = Array.from({ length: 300 }, (_, i) => i)
    const predictions = truth.map((t, i) => t + (i % 2 === 0 ? 3 : -3))
    const decision = decideDecay(
      { task: 'regression', truth, predictions },
      { rmse: { value: 2, standardError: 0.01 } },
      { resamples: 200 },
    )
    expect(decision.verdict).toBe('decayed')
    expect(defaultMinimumDrop('rmse', 2)).toBeCloseTo(0.1, 12)
  })
})

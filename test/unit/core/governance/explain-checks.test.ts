import { describe, expect, it } from 'vitest'
import {
  explainabilityChecks,
  explainabilityFigure,
  topKOverlap,
  type ImportanceSet,
} from '../../../../src/core/governance/explain-checks.js'
import { explainMessages as m } from '../../../../src/core/governance/explain-messages.js'
import { resolveExplainabilityPolicy } from '../../../../src/core/governance/explain-policy.js'

const set = (pairs: [string, number][]): ImportanceSet => ({
  source: 'permutation',
  metric: 'roc-auc',
  repeats: 5,
  rows: 100,
  features: pairs.map(([feature, importance]) => ({ feature, importance, std: 0.01 })),
})
const candidate = set([
  ['a', 0.3],
  ['b', 0.2],
  ['c', 0.1],
  ['d', 0],
])
const champion = set([
  ['a', 0.3],
  ['c', 0.25],
  ['d', 0.05],
  ['b', 0.01],
])
const policy = (section: Record<string, unknown>) => resolveExplainabilityPolicy(section, 'binary', 1)!

describe('explainabilityChecks', () => {
  it('top-k overlap |∩|/k below the minimum holds (warn) by default and rejects (fail) with on_change: reject', () => {
    expect(topKOverlap(candidate.features, champion.features, 2)).toEqual({ k: 2, overlap: 0.5 })
    const held = explainabilityChecks(policy({ top_k: 2, min_top_k_overlap: 1 }), { candidate, champion }, false)
    expect(held.map((c) => [c.id, c.status, c.observed])).toEqual([
      ['evaluate.explainability.importance', 'pass', 'a'],
      ['evaluate.explainability.top-k', 'warn', 0.5],
    ])
    expect(held[1]?.message).toBe(m.topK(0.5, 2, 1, true))
    const rejected = explainabilityChecks(
      policy({ top_k: 2, min_top_k_overlap: 1, on_change: 'reject' }),
      { candidate, champion },
      false,
    )
    expect(rejected[1]?.status).toBe('fail')
    const met = explainabilityChecks(policy({ top_k: 2, min_top_k_overlap: 0.5 }), { candidate, champion }, false)
    expect(met[1]?.status).toBe('pass')
  })
  it('rank correlation: Spearman over the common features against its minimum', () => {
    // candidate ranks a,b,c,d = 1,2,3,4; champion a,b,c,d = 1,4,2,3 → ρ = 0.4
    const checks = explainabilityChecks(policy({ min_rank_correlation: 0.5 }), { candidate, champion }, false)
    expect(checks[1]?.id).toBe('evaluate.explainability.rank-correlation')
    expect(checks[1]?.status).toBe('warn')
    expect(checks[1]?.observed).toBeCloseTo(0.4, 12)
  })
  it('what cannot be computed is an error naming what is missing, for every configured check; never a skip', () => {
    const p = policy({ min_top_k_overlap: 0.6, min_rank_correlation: 0.5 })
    const none = explainabilityChecks(p, { candidate: { missing: ['set input latency-command'] } }, false)
    expect(none.map((c) => [c.id, c.status])).toEqual([
      ['evaluate.explainability.importance', 'error'],
      ['evaluate.explainability.top-k', 'error'],
      ['evaluate.explainability.rank-correlation', 'error'],
    ])
    expect(none[0]?.message).toBe(m.notComputed('importance', ['set input latency-command']))
    const noCard = explainabilityChecks(p, { candidate, champion: { missing: ['no explanation on the card'] } }, false)
    expect(noCard.map((c) => c.status)).toEqual(['pass', 'error', 'error'])
    expect(explainabilityChecks(p, undefined, false).every((c) => c.status === 'error')).toBe(true)
  })
  it('without a champion only the candidate importance is reported (the comparisons are change rules)', () => {
    const checks = explainabilityChecks(policy({ min_top_k_overlap: 0.6 }), { candidate }, true)
    expect(checks.map((c) => c.id)).toEqual(['evaluate.explainability.importance'])
  })
  it('the figure: feature, importances with std, ranks and the rank change; champion-only features last', () => {
    const fig = explainabilityFigure({
      candidate: set([
        ['a', 0.3],
        ['b', 0.2],
      ]),
      champion: set([
        ['b', 0.4],
        ['z', 0.1],
      ]),
    })
    expect(fig?.columns).toEqual([
      'feature',
      'candidate importance',
      '± std',
      'champion importance',
      'candidate rank',
      'champion rank',
      'rank change',
    ])
    expect(fig?.rows).toEqual([
      ['a', 0.3, 0.01, null, 1, null, null],
      ['b', 0.2, 0.01, 0.4, 2, 1, -1],
      ['z', null, null, 0.1, null, 2, null],
    ])
  })
})

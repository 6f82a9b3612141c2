import { describe, expect, it } from 'vitest'
import {
  decideEvaluation,
  type EvaluationEvidence,
  type EvaluationResult,
  type PromotionOffer,
} from '../../../../src/core/compare/decide-evaluation.js'
import type { EvaluationPolicy } from '../../../../src/core/compare/evaluation-policy.js'
import { compareMessages as m } from '../../../../src/core/compare/messages.js'
import type { LatencyComparison } from '../../../../src/core/compare/latency-comparison.js'
import type { LatencyPolicy } from '../../../../src/core/governance/latency-policy.js'
import { governanceMessages as g } from '../../../../src/core/governance/messages.js'
import type { MetricComparison } from '../../../../src/core/compare/metric-comparison.js'
import { resolveEvaluationPolicy } from '../../../../src/core/compare/resolve-evaluation-policy.js'
import type { SliceComparison } from '../../../../src/core/compare/slice-comparison.js'
import { metricsMessages } from '../../../../src/core/metrics/messages.js'
import { promoteButton, type PromoteButton } from '../../../../src/core/registry/promote-button.js'
import { promotionCommand } from '../../../../src/core/registry/promotion-command.js'
import { definedComparison } from './comparison-fixture.js'
import { escapeMarkdown } from '../../../../src/core/report/escape-markdown.js'

const base = resolveEvaluationPolicy({}, {}).policy
const cmp = definedComparison
const undefinedRocAuc: MetricComparison = {
  kind: 'undefined',
  metric: 'roc-auc',
  greaterIsBetter: true,
  confidence: 0.95,
  reason: metricsMessages.singleClass('roc-auc'),
}
const evidence = (
  comparisons: readonly MetricComparison[],
  extra: Partial<EvaluationEvidence> = {},
): EvaluationEvidence => ({
  rows: 400,
  champion: { path: 'champion.csv', how: 'file' },
  comparisons,
  metricsPath: '/work/evaluate-vs-champion.metrics.json',
  ...extra,
})
const decide = (
  comparisons: readonly MetricComparison[],
  policy: EvaluationPolicy = base,
  extra: Partial<EvaluationEvidence> = {},
  offer?: PromotionOffer<PromoteButton>,
): EvaluationResult<PromoteButton> => decideEvaluation(evidence(comparisons, extra), policy, offer)
const check = (result: EvaluationResult<PromoteButton>, id: string) => result.outcome.checks.find((c) => c.id === id)
const slice: SliceComparison = {
  kind: 'defined',
  column: 'region',
  value: 'eu',
  rows: 100,
  metric: 'roc-auc',
  greaterIsBetter: true,
  champion: 0.8,
  candidate: 0.7,
  lower: -0.15,
  upper: -0.05,
  confidence: 0.99,
}
const SLICE_REGRESSES = m.sliceRegressesInterval(
  'roc-auc',
  'region=eu',
  100,
  { champion: 0.8, candidate: 0.7 },
  '-0.1 [-0.15, -0.05] (99%)',
  m.sliceTolerance(0.02),
)
const sampleLine = (rows = 400): string => m.sampleLine(rows, undefined, m.sampleMinimum(30), 0.05)
const command = promotionCommand({ repository: 'acme/churn', model: 'churn', version: '8', alias: 'champion' })
const button = promoteButton({ model: 'churn', version: 8, alias: 'champion', appToken: true })
const offer: PromotionOffer<PromoteButton> = { command: command.markdown, ...(button === undefined ? {} : { button }) }
const PROMOTE_REASON = m.intervalClears('roc-auc', '0.02 [0.01, 0.03]', '> champion + 0', 0.95)

describe('decideEvaluation: the decision', () => {
  it('decideEvaluation promotes when the whole interval clears the rule', () => {
    expect(decide([cmp({})]).decision).toBe('promote')
  })
  it('decideEvaluation holds when the interval straddles the rule (noise), and names the metric', () => {
    const out = decide([cmp({ difference: 0.005, lower: -0.01, upper: 0.02 })])
    expect(out.decision).toBe('hold')
    expect(out.outcome.title).toBe(
      m.decisionWithReason('hold', m.intervalInconclusive('roc-auc', '0.005 [-0.01, 0.02]', '> champion + 0')),
    )
    expect(out.outcome.title).toBe(
      'Hold: roc-auc difference 0.005 [-0.01, 0.02] is inconclusive against > champion + 0: the interval neither clears nor rules it out',
    )
  })
  it('decideEvaluation rejects when even the best end of the interval fails, naming the failing rule', () => {
    const out = decide([cmp({ candidate: 0.75, difference: -0.05, lower: -0.07, upper: -0.03 })])
    expect(out.decision).toBe('reject')
    expect(out.outcome.checks[0]).toMatchObject({ id: 'evaluate.roc-auc', status: 'fail' })
    expect(out.outcome.title).toBe(
      'Reject: roc-auc difference -0.05 [-0.07, -0.03] fails > champion + 0 across the whole 95% interval',
    )
  })
  it('evidence: point decides on the point estimate even when the interval straddles', () => {
    const policy = { ...base, evidence: 'point' as const }
    const out = decide([cmp({ difference: 0.005, candidate: 0.805, lower: -0.01, upper: 0.02 })], policy)
    expect(out.decision).toBe('promote')
    expect(check(out, 'evaluate.roc-auc')?.message).toBe(m.pointResult('roc-auc', 0.005, '> champion + 0', true))
  })
  it('a non-inferiority margin (default mode) promotes a candidate that is not worse by more than the margin', () => {
    const { policy } = resolveEvaluationPolicy({ metrics: { 'roc-auc': { min_absolute_change: -0.02 } } }, {})
    expect(decide([cmp({ candidate: 0.8, difference: 0, lower: -0.015, upper: 0.015 })], policy).decision).toBe(
      'promote',
    )
  })
  it('a floor missed across the whole interval of the candidate rejects; on the point value with evidence: point', () => {
    const { policy } = resolveEvaluationPolicy({ metrics: { 'roc-auc': { threshold: 0.9 } } }, {})
    const out = decide([cmp({ candidateLower: 0.78, candidateUpper: 0.86 })], policy)
    expect(out.decision).toBe('reject')
    expect(check(out, 'evaluate.roc-auc')?.message).toBe(
      'roc-auc 0.82 [0.78, 0.86] misses its floor 0.9 across the whole 95% interval',
    )
    const point = decide([cmp({ candidateLower: 0.78, candidateUpper: 0.86 })], { ...policy, evidence: 'point' })
    expect(check(point, 'evaluate.roc-auc')?.message).toBe('roc-auc 0.82 misses its floor 0.9')
  })
  it('a floor alone is reported with the candidate value and its interval, not the difference', () => {
    const { policy } = resolveEvaluationPolicy({ metrics: { recall: { threshold: 0.35 } } }, {})
    const recall = { metric: 'recall' as const, candidate: 0.409, champion: 0.2745, difference: 0.1345 }
    const out = decide(
      [cmp({ ...recall, lower: 0.093, upper: 0.176, candidateLower: 0.38, candidateUpper: 0.44 })],
      policy,
    )
    expect(check(out, 'evaluate.recall')).toMatchObject({
      status: 'pass',
      observed: 0.409,
      message: 'recall 0.409 [0.38, 0.44] meets its floor 0.35 across the 95% interval',
    })
  })
  it('a metric undefined on the data is an error check and holds, never a pass', () => {
    const out = decide([undefinedRocAuc])
    expect(out.decision).toBe('hold')
    expect(out.outcome.checks[0]).toMatchObject({
      id: 'evaluate.roc-auc',
      status: 'error',
      observed: null,
      message: m.metricUndefined('roc-auc', metricsMessages.singleClass('roc-auc')),
    })
    const table = out.outcome.figures[0]
    expect(table?.kind === 'table' ? table.rows[0] : undefined).toEqual([
      'roc-auc',
      null,
      null,
      null,
      metricsMessages.singleClass('roc-auc'),
      '> champion + 0',
      'error',
      null,
      null,
      null,
      null,
    ])
  })
  it('a metric without a rule is reported only; no rule at all is an error check that holds', () => {
    const { policy } = resolveEvaluationPolicy({ metrics: { accuracy: { threshold: 0.5 } } }, {})
    const out = decide([cmp({}), cmp({ metric: 'accuracy', candidate: 0.7 })], policy)
    expect(out.outcome.checks.map((c) => c.id)).toEqual(['evaluate.accuracy'])
    const none = decide([], { ...base, rules: [] })
    expect(none.outcome.checks).toEqual([{ id: 'evaluate.rules', status: 'error', observed: null, message: m.noRule }])
    expect(none.outcome.title).toBe(m.decisionWithReason('hold', m.noRule))
  })
  it('a slice value spelled like a link or a mention is text in the summary (issue #15 item 4)', () => {
    const hostile = { ...slice, value: '[click](https://evil.example) @octocat' }
    const summary = decide([cmp({})], base, { slices: [hostile] }).outcome.summary ?? ''
    expect(summary).toContain('\\[click\\](https:\u200b//evil.example) @\u200boctocat')
    expect(summary).not.toContain('[click](https://evil.example)')
  })
  it('a slice regression beyond tolerance rejects (on_regression: fail) or only warns (warn); small slices are ignored', () => {
    const rejected = decide([cmp({})], base, { slices: [slice] })
    expect(rejected.decision).toBe('reject')
    expect(check(rejected, 'evaluate.slice.region.eu.roc-auc')?.message).toBe(SLICE_REGRESSES)
    expect(SLICE_REGRESSES).toBe(
      'roc-auc regresses on region=eu (100 rows): 0.8 → 0.7, difference -0.1 [-0.15, -0.05] (99%) is beyond the tolerance (worse by at most 0.02) across the whole interval',
    )
    const warnPolicy = { ...base, slices: { ...base.slices, onRegression: 'warn' as const } }
    const out = decide([cmp({})], warnPolicy, { slices: [slice] })
    expect(out.decision).toBe('promote')
    expect(check(out, 'evaluate.slice.region.eu.roc-auc')?.status).toBe('warn')
    expect(decide([cmp({})], base, { slices: [{ ...slice, rows: 10 }] }).decision).toBe('promote')
  })
  it('a metric undefined on a judged slice is a warning with the reason; the slice table shows the reason', () => {
    const undefinedSlice: SliceComparison = {
      kind: 'undefined',
      column: 'region',
      value: 'eu',
      rows: 100,
      metric: 'roc-auc',
      greaterIsBetter: true,
      reason: metricsMessages.singleClass('roc-auc'),
    }
    const out = decide([cmp({})], base, { slices: [undefinedSlice] })
    expect(check(out, 'evaluate.slice.region.eu.roc-auc')).toEqual({
      id: 'evaluate.slice.region.eu.roc-auc',
      status: 'warn',
      observed: null,
      message: m.sliceUndefined('roc-auc', 'region', 'eu', 100, metricsMessages.singleClass('roc-auc')),
    })
    expect(out.decision).toBe('promote')
    const table = out.outcome.figures.find((f) => f.title === 'Slices')
    expect(table?.kind === 'table' ? table.rows : undefined).toEqual([
      ['region=eu', 100, 'roc-auc', null, null, null, null, metricsMessages.singleClass('roc-auc')],
    ])
  })
  const budget = (extra: Partial<LatencyPolicy> = {}): EvaluationPolicy => ({
    ...base,
    latency: {
      maxP95Ms: 50,
      warmupRequests: 10,
      requests: 100,
      requestTimeoutMs: 1000,
      startupTimeoutMs: 1000,
      ...extra,
    },
  })
  const measured = (candidate: [number, number, number], champion?: [number, number, number]): LatencyComparison => ({
    method: 'line-protocol',
    warmup: 10,
    candidate: { p50: candidate[0], p95: candidate[1], p99: candidate[2], requests: 100 },
    ...(champion === undefined
      ? {}
      : { champion: { p50: champion[0], p95: champion[1], p99: champion[2], requests: 100 } }),
  })
  it('a candidate p95 latency above max-latency-ms rejects', () => {
    const out = decide([cmp({})], budget(), { latency: measured([40, 80, 90], [30, 45, 50]) })
    expect(out.decision).toBe('reject')
    expect(check(out, 'evaluate.latency.p95')?.message).toBe('candidate p95 latency 80 ms (champion 45 ms) > 50 ms')
  })
  it('a latency budget that cannot be measured is an error check naming the missing inputs, and holds', () => {
    const missing = ['input champion-model-dir']
    const out = decide([cmp({})], budget(), { latency: { missing } })
    const unmeasured = check(out, 'evaluate.latency.p95')
    expect(unmeasured?.status).toBe('error')
    expect(unmeasured?.message).toBe(g.latencyNotMeasured('p95 ≤ 50 ms', missing))
    expect(unmeasured?.message).toBe('latency budget p95 ≤ 50 ms could not be measured: set input champion-model-dir')
    expect(out.decision).toBe('hold')
    expect(check(decide([cmp({})], budget()), 'evaluate.latency.p95')?.status).toBe('error')
  })
  it('a candidate within the latency budget passes the latency check', () => {
    const out = decide([cmp({})], budget(), { latency: measured([10, 20, 30], [30, 45, 50]) })
    expect(check(out, 'evaluate.latency.p95')?.status).toBe('pass')
    expect(out.decision).toBe('promote')
  })
  it('a model over max_model_bytes rejects; a peak memory limit that was not measured holds', () => {
    const sized = { ...base, resources: { maxModelBytes: 100 } }
    expect(decide([cmp({})], sized, { modelSize: { bytes: 101, files: 1 } }).decision).toBe('reject')
    expect(decide([cmp({})], sized, { modelSize: { bytes: 100, files: 1 } }).decision).toBe('promote')
    const memory = { ...budget(), resources: { maxPeakMemoryMb: 64 } }
    const held = decide([cmp({})], memory, { latency: measured([1, 2, 3], [1, 2, 3]) })
    expect(check(held, 'evaluate.memory.peak')?.status).toBe('error')
    expect(held.decision).toBe('hold')
  })
  it('p99 budget and relative slowdown vs the champion: each configured budget is its own check', () => {
    const policy = budget({ maxP95Ms: 100, maxP99Ms: 60, maxRelativeSlowdown: 0.2 })
    const out = decide([cmp({})], policy, { latency: measured([10, 30, 70], [10, 20, 40]) })
    expect(check(out, 'evaluate.latency.p99')).toMatchObject({ status: 'fail', observed: 70, threshold: { max: 60 } })
    const slowdown = check(out, 'evaluate.latency.slowdown')
    expect(slowdown).toMatchObject({ status: 'fail', threshold: { max: 0.2 } })
    expect(slowdown?.observed).toBeCloseTo(0.5, 12)
    expect(slowdown?.message).toBe(g.latencySlowdown(0.5, 30, 20, 0.2, true))
    expect(out.decision).toBe('reject')
    const faster = decide([cmp({})], policy, { latency: measured([10, 18, 30], [10, 20, 40]) })
    expect(check(faster, 'evaluate.latency.slowdown')?.status).toBe('pass')
    expect(faster.decision).toBe('promote')
  })
})

describe('decideEvaluation: the report (title, summary, figures, outputs) and the Promote button', () => {
  it('the promote title is the first rule met; the summary states rows, champion and bootstrap settings', () => {
    const out = decide([cmp({})])
    expect(out.outcome.title).toBe(m.decisionWithReason('promote', PROMOTE_REASON))
    expect(out.outcome.title).toBe(
      'Promote: roc-auc difference 0.02 [0.01, 0.03] clears > champion + 0 across the 95% interval',
    )
    expect(out.outcome.summary).toBe(
      '400 paired rows; champion from champion.csv; 1000 paired bootstrap resamples (seed 20240601), 95% intervals, evidence: interval, rule mode: default.\n' +
        'Sample: 400 rows; judged from at least 30 rows; a rule is inconclusive when its metric is undefined on more than 5% of the resamples.',
    )
  })
  it('the summary lists the reasons (worst first, at most ten) and names a registry champion by version', () => {
    const out = decide([cmp({ difference: 0.005, lower: -0.01, upper: 0.02 })], base, {
      champion: { path: '/tmp/c/predictions.csv', how: 'stored-evaluation', model: 'churn', version: 3 },
      slices: [slice],
    })
    expect(out.outcome.summary?.split('\n')).toEqual([
      m.summaryHeadline(400, 'churn v3 (stored-evaluation)', base),
      sampleLine(),
      // Reasons quote data (slice values), so they are escaped like table cells; they render as written.
      `- ${escapeMarkdown(SLICE_REGRESSES)}`,
      `- ${escapeMarkdown(m.intervalInconclusive('roc-auc', '0.005 [-0.01, 0.02]', '> champion + 0'))}`,
    ])
    expect(out.outcome.summary).toContain('400 paired rows; champion churn v3 (stored-evaluation); 1000 paired')
  })
  it('on promote the summary ends with the offered promotion command, and the offered Promote button is returned', () => {
    const out = decide([cmp({})], base, {}, offer)
    expect(out.outcome.summary).toBe(
      [
        m.summaryHeadline(400, 'from champion.csv', base),
        sampleLine(),
        '',
        'To promote, run [promote.yml](https://github.com/acme/churn/actions/workflows/promote.yml) with model `churn`, version `8`, alias `champion`, or:',
        '',
        '```sh',
        'gh workflow run promote.yml --repo acme/churn -f model=churn -f version=8 -f alias=champion',
        '```',
      ].join('\n'),
    )
    expect(out.promoteButton).toEqual({
      action: { label: 'Promote', description: 'churn v8 → champion', identifier: 'modelgate-promote' },
      externalId: JSON.stringify({ model: 'churn', version: 8, alias: 'champion' }),
    })
    expect(decide([cmp({})], base, {}, {}).promoteButton).toBeUndefined()
  })
  it('on hold or reject neither the promotion command nor the Promote button is shown', () => {
    const held = decide([cmp({ difference: 0.005, lower: -0.01, upper: 0.02 })], base, {}, offer)
    expect(held.decision).toBe('hold')
    expect(held.outcome.summary).not.toContain('gh workflow run')
    expect(held.promoteButton).toBeUndefined()
    const rejected = decide([cmp({ candidate: 0.75, difference: -0.05, lower: -0.07, upper: -0.03 })], base, {}, offer)
    expect(rejected.decision).toBe('reject')
    expect(rejected.outcome.summary).not.toContain('gh workflow run')
    expect(rejected.promoteButton).toBeUndefined()
  })
  it('the outputs are the decision and the metrics path; the figures are the table and the bar chart (plus slices)', () => {
    const out = decide([cmp({})], base, { slices: [slice] })
    expect(out.outcome.outputs).toEqual({
      decision: 'reject',
      'metrics-path': '/work/evaluate-vs-champion.metrics.json',
    })
    expect(out.outcome.figures.map((f) => `${f.kind}:${f.title}`)).toEqual([
      'table:Candidate vs champion',
      'bar:Candidate − champion: estimate (bar), 95% interval (lines)',
      'table:Slices',
    ])
  })
})

describe('decideEvaluation: the decisive reason and the table fields (issue #18 item 4)', () => {
  const recallFloor = { metric: 'recall' as const, greaterIsBetter: true, threshold: 0.35 }
  const rocChange = { metric: 'roc-auc' as const, greaterIsBetter: true, minAbsoluteChange: 0 }
  const recall = cmp({
    metric: 'recall',
    champion: 0.2749,
    candidate: 0.4094,
    difference: 0.1345,
    lower: 0.0931,
    upper: 0.1763,
    candidateLower: 0.37,
    candidateUpper: 0.45,
  })
  const policy = { ...base, rules: [recallFloor, rocChange] }

  it('on promote the title names the comparison with the champion, not the floor listed before it', () => {
    const out = decide([recall, cmp({})], policy)
    expect(out.decision).toBe('promote')
    expect(out.outcome.title).toBe(m.decisionWithReason('promote', PROMOTE_REASON))
  })
  it('a floor check carries the candidate value (not the difference), its measure and its margin', () => {
    const floor = check(decide([recall, cmp({})], policy), 'evaluate.recall')
    expect(floor).toMatchObject({ observed: 0.4094, measure: 'candidate recall', margin: 0.02 })
    const change = check(decide([recall, cmp({})], policy), 'evaluate.roc-auc')
    // The interval's worse end 0.01 above the bound 0.
    expect(change).toMatchObject({ observed: 0.02, measure: 'difference vs champion', margin: 0.01 })
  })
  it('a failing floor decides the title, with a negative margin', () => {
    const low = { ...recall, candidate: 0.3, candidateLower: 0.28, candidateUpper: 0.32 }
    const out = decide([low, cmp({})], policy)
    expect(out.decision).toBe('reject')
    expect(out.outcome.title.startsWith('Reject: recall')).toBe(true)
    // The interval's worse end 0.28 is 0.07 below the floor.
    expect(check(out, 'evaluate.recall')?.margin).toBeCloseTo(-0.07, 12)
  })
  it('when the bootstrap interval and DeLong disagree, one summary line says why, naming both numbers', () => {
    const test = { name: 'delong' as const, statistic: 1.9, pValue: 0.052 }
    const out = decide([cmp({ test })], policy)
    const line = m.evidenceDisagrees('roc-auc', '0.02 [0.01, 0.03]', '95', 'DeLong', '0.052', '0.05', true)
    expect(out.outcome.summary?.split('\n')).toContain(line)
    expect(line).toContain('p = 0.052 ≥ α = 0.05')
    expect(line).toContain('[0.01, 0.03] excludes 0')
    // Agreement (p < α with an interval excluding 0) adds no line.
    const agree = decide([cmp({ test: { ...test, pValue: 0.001 } })], policy)
    expect(agree.outcome.summary).not.toContain('answer different questions')
  })
})

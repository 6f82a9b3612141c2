// The four situations issue #15 found broken charts in, each decided by its gate's own decide function and rendered
// through renderMarkdown: every ```mermaid block must parse with the real mermaid 11 parser.
import { describe, expect, it } from 'vitest'
import { decideCanary } from '../../../src/core/canary/decide-canary.js'
import { verdictPromoted } from '../../../src/core/canary/messages.js'
import type { CanaryPlan, CanaryRun, TimelineEntry } from '../../../src/core/canary/types.js'
import { compareModels } from '../../../src/core/compare/compare-models.js'
import { decideEvaluation } from '../../../src/core/compare/decide-evaluation.js'
import { resolveEvaluationPolicy } from '../../../src/core/compare/resolve-evaluation-policy.js'
import type { CellValue } from '../../../src/core/data/cell-value.js'
import { DEFAULT_VALIDATE_DATA_POLICY } from '../../../src/core/drift/resolve-validate-data-policy.js'
import { analyzeFairness } from '../../../src/core/fairness/analyze-fairness.js'
import { decideFairness } from '../../../src/core/fairness/decide-fairness.js'
import { DEFAULT_FAIRNESS_POLICY } from '../../../src/core/fairness/fairness-policy.js'
import type { GateName } from '../../../src/core/gate/gate-name.js'
import { toGateReport, type GateOutcome } from '../../../src/core/gate/gate-outcome.js'
import type { MetricName } from '../../../src/core/metrics/metric-name.js'
import { createColumnProfile, finishColumnProfile, profileAdd } from '../../../src/core/profile/column-profile.js'
import { renderMarkdown } from '../../../src/core/report/render-markdown.js'
import { seededRandom } from '../../../src/core/stats/seeded-random.js'
import { decideValidateData } from '../../../src/core/validate/decide-validate-data.js'
import { mermaidBlocks, unparsableMermaid } from '../../helpers/mermaid.js'

const at = new Date('2026-11-23T10:00:00Z')
const markdownOf = (gate: GateName, outcome: GateOutcome): string =>
  renderMarkdown(toGateReport(gate, outcome, { startedAt: at, finishedAt: at }))

async function expectEveryChartParses(markdown: string): Promise<void> {
  expect(mermaidBlocks(markdown).length).toBeGreaterThan(0)
  expect(markdown).not.toMatch(/^ {2}(x-axis|y-axis|bar|line).*\de[+-]?\d/m)
  expect(await unparsableMermaid(markdown)).toEqual([])
}

function column(name: string, cells: readonly CellValue[]) {
  const profile = createColumnProfile(name)
  for (const cell of cells) profileAdd(profile, cell)
  return finishColumnProfile(profile)
}

const n = 200
const yTrue = Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0))
const scores = Float64Array.from({ length: n }, (_, i) => ((i * 37) % 100) / 100)
const metrics: MetricName[] = ['roc-auc', 'accuracy', 'f1', 'precision', 'recall']
const compare = (candidateScore: Float64Array) =>
  compareModels(
    { task: 'binary', yTrue, candidateScore, championScore: scores },
    { metrics, resamples: 200, confidence: 0.95, random: seededRandom(7) },
  )
const evaluation = (candidateScore: Float64Array) =>
  decideEvaluation(
    {
      rows: n,
      champion: { path: 'champion.csv', how: 'file' },
      comparisons: compare(candidateScore),
      metricsPath: 'm.json',
    },
    resolveEvaluationPolicy({}, {}).policy,
  ).outcome

describe('Mermaid in the four common situations (mermaid 11 parser)', () => {
  it('validate-data with data identical to the reference renders charts that parse', async () => {
    const profiles = [
      column(
        'age',
        Array.from({ length: n }, (_, i) => 20 + (i % 50)),
      ),
      column(
        'plan',
        Array.from({ length: n }, (_, i) => ['basic', 'pro', '日本'][i % 3] ?? null),
      ),
      column(
        'zero',
        Array.from({ length: n }, () => 0),
      ),
    ]
    const outcome = decideValidateData(
      { mode: 'validate', current: { profiles, contractChecks: undefined }, reference: profiles, contract: undefined },
      DEFAULT_VALIDATE_DATA_POLICY,
    )
    await expectEveryChartParses(markdownOf('validate-data', outcome))
  })

  it('evaluate-vs-champion with a candidate identical to the champion renders charts that parse', async () => {
    await expectEveryChartParses(markdownOf('evaluate-vs-champion', evaluation(scores)))
  })

  it('a model predicting all negatives renders charts that parse (evaluate-vs-champion and fairness-gate)', async () => {
    await expectEveryChartParses(markdownOf('evaluate-vs-champion', evaluation(new Float64Array(n).fill(0.01))))
    const results = analyzeFairness(
      {
        yTrue: Uint8Array.from(yTrue),
        yPred: new Uint8Array(n),
        sensitive: [{ name: 'sex', values: Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 'f' : 'm')) }],
      },
      DEFAULT_FAIRNESS_POLICY,
    )
    await expectEveryChartParses(markdownOf('fairness-gate', decideFairness(results, DEFAULT_FAIRNESS_POLICY)))
  })

  it('canary-deploy promoting a healthy canary judged on error-rate alone renders charts that parse', async () => {
    const plan: CanaryPlan = {
      steps: [10, 50, 100],
      intervalsPerStep: 1,
      intervalMs: 1000,
      failureLimit: 0,
      inconclusiveLimit: 1,
      noTraffic: { policy: 'fail' },
      checks: [{ metric: 'error-rate', condition: { kind: 'max', value: 0.05 } }],
    }
    const healthy = (atMs: number, weight: number): TimelineEntry => ({
      atMs,
      weight,
      outcome: 'success',
      canary: { 'error-rate': 0 },
      stable: { 'error-rate': 0 },
      reason: 'all checks passed',
    })
    const run: CanaryRun = {
      verdict: {
        decision: 'promote',
        reason: 'analysis-passed',
        status: 'pass',
        message: verdictPromoted([10, 50, 100]),
      },
      state: {
        phase: 'promoted',
        stepIndex: 2,
        passedInStep: 1,
        weight: 100,
        failures: 0,
        inconclusives: 0,
        noTrafficIntervals: 0,
        intervals: 3,
      },
      timeline: [
        { atMs: 0, weight: 10, outcome: 'start', canary: {}, stable: {}, reason: 'canary at 10%' },
        healthy(1000, 10),
        healthy(2000, 50),
        healthy(3000, 100),
      ],
    }
    await expectEveryChartParses(markdownOf('canary-deploy', decideCanary(plan, run)))
  })
})

import { Outputs } from '../gate/action-outputs.js'
import type { Check } from '../gate/check.js'
import type { GateOutcome } from '../gate/gate-outcome.js'
import { describeRule } from './describe-rule.js'
import type { EvaluationDecision } from './evaluation-decision.js'
import { evaluationFigures } from './evaluation-figures.js'
import type { EvaluationPolicy } from './evaluation-policy.js'
import { hasChange, judgeEvaluation } from './judge-evaluation.js'
import type { LatencyComparison, LatencyUnmeasured } from './latency-comparison.js'
import type { ModelSize } from '../governance/resource-checks.js'
import { explainabilityFigures, type ExplainabilityEvidence } from '../governance/explain-checks.js'
import { compareMessages } from './messages.js'
import type { MetricComparison } from './metric-comparison.js'
import type { SliceComparison } from './slice-comparison.js'
import { escapeMarkdown } from '../report/escape-markdown.js'
import { formatNumber } from '../report/format-number.js'

export type { EvaluationDecision } from './evaluation-decision.js'
export type { LatencyComparison, LatencyUnmeasured } from './latency-comparison.js'

/** The champion the candidate was compared with, as the report names it. */
export interface EvaluatedChampion {
  /** Predictions file of the champion on the evaluation rows. */
  readonly path: string
  /** How it was obtained. */
  readonly how: 'file' | 'stored-evaluation' | 'predict-command'
  readonly model?: string
  readonly version?: number
}

/** What the action gathered: the comparisons on the paired rows, the slices, the latency, where the numbers went. */
export interface EvaluationEvidence {
  /** Paired rows compared. */
  readonly rows: number
  /** Binary: paired rows with label 1 and label 0 (the sample minimums). */
  readonly positives?: number
  readonly negatives?: number
  /** The champion; absent when there is none yet (a first model: the floors alone are judged). */
  readonly champion?: EvaluatedChampion
  readonly comparisons: readonly MetricComparison[]
  readonly slices?: readonly SliceComparison[]
  /** Measured, or the inputs a measurement still needs; absent when the policy sets no latency budget. */
  readonly latency?: LatencyComparison | LatencyUnmeasured
  /** The candidate model directory's size, or the inputs it needs; absent without a model size limit. */
  readonly modelSize?: ModelSize
  /** The candidate's (and the champion's) feature importances, or what they still need; absent without a policy. */
  readonly explainability?: ExplainabilityEvidence
  /** The metrics file the action writes (the `metrics-path` output). */
  readonly metricsPath: string
}

/**
 * What the action can offer when the decision is promote (core/registry words both: promotionCommand,
 * promoteButton); decideEvaluation shows them only on promote.
 */
export interface PromotionOffer<Button> {
  /** Markdown naming the exact promotion to run (the workflow link and the `gh workflow run` line). */
  readonly command?: string
  /** The check-run "Promote" button, where one can work (App token, integer version). */
  readonly button?: Button
}

/** The outcome for the report, and the decision the action also writes to the metrics file. */
export interface EvaluationResult<Button> {
  readonly outcome: GateOutcome
  readonly decision: EvaluationDecision
  /** The offered Promote button, on promote only. */
  readonly promoteButton?: Button
}

/**
 * The evaluate-vs-champion gate: judges the evidence against the policy (judgeEvaluation: checks and the decision
 * promote | hold | reject), and words it: the title (the decision and its first reason, or on promote the first
 * rule met that compares with the champion, a floor only when none does), a line where the bootstrap interval and
 * the paired test disagree, the summary ("no champion: floors only" for a first model; rows, champion, bootstrap settings; the
 * sample and its minimums; the slices not judged, by name; up to ten reasons; and on promote the exact promotion
 * to run), the figures and the outputs `decision` and `metrics-path`. The promotion command and the
 * Promote button are offered by the action and shown only on promote.
 * @example
 * decideEvaluation({ rows: 100, champion: { path: 'champion.csv', how: 'file' }, comparisons: [], metricsPath: 'm.json' }, resolveEvaluationPolicy({}, {}).policy).outcome.title // => 'Hold: no metric has a rule, so nothing decides; add metrics.<name> rules to the evaluate-vs-champion policy'
 */
export function decideEvaluation<Button = never>(
  evidence: EvaluationEvidence,
  policy: EvaluationPolicy,
  promotion: PromotionOffer<Button> = {},
): EvaluationResult<Button> {
  const slices = evidence.slices ?? []
  const noChampion = evidence.champion === undefined
  const { decision, reasons, checks, verdicts } = judgeEvaluation(evidence.comparisons, policy, slices, evidence, {
    rows: evidence.rows,
    ...(evidence.positives === undefined ? {} : { positives: evidence.positives }),
    ...(evidence.negatives === undefined ? {} : { negatives: evidence.negatives }),
    noChampion,
  })
  const reason = decision === 'promote' ? promoteReason(checks, policy) : reasons[0]
  const title =
    reason === undefined
      ? compareMessages.decisionTitle(decision)
      : compareMessages.decisionWithReason(decision, reason)
  const classes =
    evidence.positives === undefined || evidence.negatives === undefined
      ? undefined
      : { positives: evidence.positives, negatives: evidence.negatives }
  const { minRows, minPositives, minNegatives, maxUndefinedShare } = policy.sample
  const skipped = slices.filter((s) => s.kind === 'skipped' && s.metric === slices[0]?.metric)
  const summary = [
    ...(noChampion ? [compareMessages.noChampion] : []),
    compareMessages.summaryHeadline(
      evidence.rows,
      evidence.champion === undefined ? 'none' : compareMessages.championSource(evidence.champion),
      policy,
    ),
    compareMessages.sampleLine(
      evidence.rows,
      classes,
      compareMessages.sampleMinimum(minRows, classes === undefined ? undefined : { minPositives, minNegatives }),
      maxUndefinedShare,
    ),
    ...(skipped.length === 0 || noChampion
      ? []
      : [
          compareMessages.slicesSkipped(
            // Column and value come from the data: escaped, so a value spelled like a link stays text.
            skipped.map((s) => escapeMarkdown(`${s.column}=${s.value} (${s.kind === 'skipped' ? s.reason : ''})`)),
          ),
        ]),
    ...evidenceDisagreements(evidence.comparisons),
    // Reasons are check messages, which quote slice values from the data: plain text, escaped like a table cell.
    ...reasons.slice(0, 10).map((r) => `- ${escapeMarkdown(r)}`),
  ]
  const promoting = decision === 'promote'
  if (promoting && promotion.command !== undefined) summary.push('', promotion.command)
  const button = promoting ? promotion.button : undefined
  const rules = Object.fromEntries(policy.rules.map((r) => [r.metric, describeRule(r, policy.ruleMode)]))
  const outputs = Outputs['evaluate-vs-champion']
  return {
    outcome: {
      title,
      summary: summary.join('\n'),
      checks,
      figures: [
        ...evaluationFigures(evidence.comparisons, rules, verdicts, noChampion ? [] : slices, noChampion),
        ...explainabilityFigures(policy.explainability !== undefined, evidence.explainability),
      ],
      outputs: { [outputs.Decision]: decision, [outputs.MetricsPath]: evidence.metricsPath },
    },
    decision,
    ...(button === undefined ? {} : { promoteButton: button }),
  }
}

/** On promote, the decisive reason is the comparison with the champion; a floor only when no rule compares. */
function promoteReason(checks: readonly Check[], policy: EvaluationPolicy): string | undefined {
  const passed = checks.filter((c) => c.status === 'pass' && !c.id.startsWith('evaluate.slice.'))
  const comparing = new Set(policy.rules.filter(hasChange).map((r) => `evaluate.${r.metric}`))
  return (passed.find((c) => comparing.has(c.id)) ?? passed[0])?.message
}

/**
 * One line per metric whose bootstrap interval of the difference and its dedicated paired test (DeLong, McNemar)
 * disagree at the report's level: the interval excludes 0 and p ≥ α, or it includes 0 and p < α (α = 1 − confidence).
 */
export function evidenceDisagreements(comparisons: readonly MetricComparison[]): string[] {
  const lines: string[] = []
  for (const c of comparisons) {
    if (c.kind !== 'defined' || c.test === undefined) continue
    const alpha = Number((1 - c.confidence).toPrecision(12))
    const excludesZero = c.lower > 0 || c.upper < 0
    if (excludesZero === c.test.pValue < alpha) continue
    lines.push(
      compareMessages.evidenceDisagrees(
        c.metric,
        `${formatNumber(c.difference)} [${formatNumber(c.lower)}, ${formatNumber(c.upper)}]`,
        formatNumber(c.confidence * 100),
        c.test.name === 'delong' ? 'DeLong' : 'McNemar',
        formatNumber(c.test.pValue),
        formatNumber(alpha),
        excludesZero,
      ),
    )
  }
  return lines
}

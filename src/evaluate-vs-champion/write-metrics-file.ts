import { writeFile } from 'node:fs/promises'
import type { EvaluationDecision, EvaluationEvidence } from '../core/compare/decide-evaluation.js'
import type { EvaluationPolicy } from '../core/compare/evaluation-policy.js'
import type { DefinedMetricComparison, MetricComparison } from '../core/compare/metric-comparison.js'

/**
 * A comparison as the metrics file has always written it: every field, with null for the numbers of a metric
 * undefined on the data and its reason under `error`.
 */
function comparisonRecord(c: MetricComparison): Record<string, unknown> {
  if (c.kind === 'defined') {
    const { kind: _kind, ...fields } = c
    return fields
  }
  return {
    metric: c.metric,
    greaterIsBetter: c.greaterIsBetter,
    champion: null,
    candidate: null,
    difference: null,
    lower: null,
    upper: null,
    confidence: c.confidence,
    probabilityBetter: null,
    resamples: 0,
    error: c.reason,
  }
}

/**
 * Writes the metrics file (`metrics-path`): the task, rows, decision, champion, the candidate's and the champion's
 * value of every defined metric, every comparison, and the policy's statistical settings. register-model reads
 * `metrics` from it into the model card. Non-finite numbers are written as null.
 */
export async function writeMetricsFile(
  evidence: EvaluationEvidence,
  policy: EvaluationPolicy,
  decision: EvaluationDecision,
): Promise<void> {
  const defined = evidence.comparisons.filter((c): c is DefinedMetricComparison => c.kind === 'defined')
  const { champion } = evidence
  const content = {
    task: policy.task,
    rows: evidence.rows,
    decision,
    champion:
      champion === undefined ? null : { source: champion.how, model: champion.model, version: champion.version },
    metrics: Object.fromEntries(defined.map((c) => [c.metric, c.candidate])),
    championMetrics: champion === undefined ? {} : Object.fromEntries(defined.map((c) => [c.metric, c.champion])),
    comparisons: champion === undefined ? [] : evidence.comparisons.map(comparisonRecord),
    policy: {
      ruleMode: policy.ruleMode,
      evidence: policy.evidence,
      confidence: policy.confidence,
      resamples: policy.resamples,
      seed: policy.seed,
      sample: policy.sample,
    },
  }
  const json = JSON.stringify(content, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)
  await writeFile(evidence.metricsPath, `${json}\n`)
}

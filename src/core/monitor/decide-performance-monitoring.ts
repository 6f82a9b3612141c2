import type { Check } from '../gate/check.js'
import type { GateOutcome } from '../gate/gate-outcome.js'
import type { Cell } from '../gate/figure.js'
import {
  decideDecay,
  type DecayDecision,
  type DecayPolicy,
  type MetricDecay,
  type StoredMetric,
} from './decide-decay.js'
import type { DelayedLabelJoin } from './join-delayed-labels.js'
import type { MonitoredMetric } from './metric-estimate.js'
import { decayMessages as m } from './decay-messages.js'

/** What evaluate-vs-champion's monitor mode gathered: the joined rows and the champion's stored metrics. */
export interface PerformanceMonitoringEvidence {
  readonly task: 'binary' | 'regression'
  readonly join: DelayedLabelJoin
  readonly stored: Readonly<Partial<Record<MonitoredMetric, StoredMetric>>>
  /** Binary: the score at or above which a row is predicted 1 (accuracy, F1…). */
  readonly threshold?: number
}

/** The `decision` output of monitor mode. */
export type MonitoringDecision = DecayDecision['verdict']

/** z of the two-sided 95% interval shown beside each current value. */
const z = 1.959963984540054

function decayCheck(d: MetricDecay): Check {
  const id = `decay.${d.metric}`
  if (d.verdict === 'inconclusive')
    return { id, status: 'error', observed: null, message: m.inconclusive(d.metric, d.reason) }
  const details = {
    stored: d.stored.value,
    ...(d.stored.standardError === undefined ? {} : { storedStandardError: d.stored.standardError }),
    current: d.current.value,
    currentStandardError: d.current.standardError,
    lower: d.current.value - z * d.current.standardError,
    upper: d.current.value + z * d.current.standardError,
    drop: d.drop,
    minimumDrop: d.minimumDrop,
    pValue: d.pValue,
    alpha: d.alpha,
  }
  const message = (d.verdict === 'decayed' ? m.decayed : m.stable)(
    d.metric,
    d.current.value,
    d.stored.value,
    d.drop,
    d.minimumDrop,
  )
  return {
    id,
    status: d.verdict === 'decayed' ? 'fail' : 'pass',
    observed: d.drop,
    threshold: { max: d.minimumDrop, rule: `drop beyond ${d.minimumDrop} at one-sided α ${d.alpha}` },
    message,
    details,
  }
}

function tableRow(d: MetricDecay): Cell[] {
  if (d.verdict === 'inconclusive') return [d.metric, null, null, null, null, null, null, null, d.reason]
  const se = d.current.standardError
  return [
    d.metric,
    d.stored.value,
    d.current.value,
    `[${(d.current.value - z * se).toPrecision(4)}, ${(d.current.value + z * se).toPrecision(4)}] (95%)`,
    d.drop,
    d.minimumDrop,
    d.pValue,
    d.alpha,
    d.verdict,
  ]
}

/**
 * Monitor mode of evaluate-vs-champion: the champion's logged predictions, joined with delayed labels, against its
 * stored evaluation metrics (decideDecay: a drop beyond the minimum drop with interval evidence, Bonferroni over the
 * metrics). Checks: `monitor.join` (the counts; a partial join is normal) and one `decay.<metric>` per stored
 * metric: `fail` when it decayed, `pass` when it holds, `error` when it could not be judged (too few labelled rows,
 * a metric undefined on them) — never a pass. Output `decision`: decayed, healthy or inconclusive.
 */
export function decidePerformanceMonitoring(
  evidence: PerformanceMonitoringEvidence,
  policy: DecayPolicy,
): { outcome: GateOutcome; decision: DecayDecision } {
  const { join } = evidence
  const rows =
    evidence.task === 'binary'
      ? {
          task: 'binary' as const,
          labels: join.labels,
          scores: join.predictions,
          ...(evidence.threshold === undefined ? {} : { threshold: evidence.threshold }),
        }
      : { task: 'regression' as const, truth: join.labels, predictions: join.predictions }
  const decision = decideDecay(rows, evidence.stored, policy)
  const { counts } = join
  const checks: Check[] = [
    {
      id: 'monitor.join',
      status: 'pass',
      observed: counts.joined,
      message: m.joined(counts.joined, counts.predictions, counts.labels),
      details: { ...counts },
    },
    ...decision.metrics.map(decayCheck),
  ]
  if (decision.metrics.length === 0)
    checks.push({ id: 'decay.none', status: 'error', observed: null, message: m.nothingToMonitor })
  const decayed = decision.metrics.filter((d) => d.verdict === 'decayed').map((d) => d.metric)
  const title =
    decision.verdict === 'decayed'
      ? m.decayedTitle(decayed)
      : decision.verdict === 'healthy'
        ? m.healthyTitle(decision.metrics.length)
        : m.inconclusiveTitle
  return {
    decision,
    outcome: {
      title,
      summary: m.joined(counts.joined, counts.predictions, counts.labels),
      checks,
      figures: [
        {
          kind: 'table',
          title: 'Champion on delayed labels vs its stored evaluation',
          columns: ['metric', 'stored', 'now', 'interval', 'drop', 'minimum drop', 'p', 'α', 'verdict'],
          rows: decision.metrics.map(tableRow),
        },
      ],
      outputs: { decision: decision.verdict },
    },
  }
}

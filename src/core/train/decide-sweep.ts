import { Outputs } from '../gate/action-outputs.js'
import type { GateOutcome } from '../gate/gate-outcome.js'
import { trainMessages } from './messages.js'
import { pickBestCandidate, type Candidate } from './pick-best-candidate.js'

const Out = Outputs['train-on-runner']

/** One leg of a sweep, as downloaded: its folder and the metrics it recorded. */
export interface SweepCandidate extends Candidate {
  /** The leg's folder (the `best-path` output when it wins). */
  readonly path: string
}

/**
 * The outcome of sweep mode (`pick-best-from`): the candidate with the best `metric` (`pickBestCandidate`), a bar
 * chart and a table of every candidate's value, and the winner as outputs.
 * @throws ConfigurationError when there are no candidates or one lacks the metric (from pickBestCandidate).
 * @example decideSweep([{ id: 'a', path: '/s/a', metrics: { auc: 0.8 } }, { id: 'b', path: '/s/b', metrics: { auc: 0.9 } }], 'auc', 'max').outputs // => { 'best-candidate': 'b', 'best-value': '0.9', 'best-path': '/s/b' }
 */
export function decideSweep(
  candidates: readonly SweepCandidate[],
  metric: string,
  direction: 'max' | 'min',
): GateOutcome {
  const best = pickBestCandidate(candidates, metric, direction)
  const value = best.metrics[metric] as number
  const valueOf = (c: Candidate): number => c.metrics[metric] as number
  return {
    title: trainMessages.sweepTitle(candidates.length, metric, best.id, value),
    checks: [
      {
        id: 'train.sweep.best',
        status: 'pass',
        observed: value,
        threshold: { rule: `${direction} ${metric}` },
        message: trainMessages.sweepBest(best.id, direction, metric, candidates.length),
      },
    ],
    figures: [
      {
        kind: 'bar',
        title: `${metric} per candidate`,
        categories: candidates.map((c) => c.id),
        series: [{ name: metric, values: candidates.map(valueOf) }],
      },
      {
        kind: 'table',
        title: 'Candidates',
        columns: ['candidate', metric, 'best'],
        rows: candidates.map((c) => [c.id, valueOf(c), c.id === best.id]),
      },
    ],
    outputs: { [Out.BestCandidate]: best.id, [Out.BestValue]: String(value), [Out.BestPath]: best.path },
  }
}

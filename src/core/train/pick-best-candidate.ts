import { ConfigurationError } from '../errors.js'
import { trainMessages } from './messages.js'

export interface Candidate {
  /** The matrix leg, artifact name or folder it came from. */
  readonly id: string
  readonly metrics: Readonly<Record<string, number>>
}

/**
 * The candidate with the best value of `metric` (`max` for accuracy-like, `min` for loss-like metrics). Ties go
 * to the first candidate in the given order, so a sorted input gives a deterministic pick.
 *
 * @throws ConfigurationError when there are no candidates or any candidate lacks the metric (a sweep leg that
 *   lost its metric must not silently drop out of the comparison).
 * @example pickBestCandidate([{ id: 'a', metrics: { auc: 0.8 } }, { id: 'b', metrics: { auc: 0.9 } }], 'auc', 'max').id // => 'b'
 */
export function pickBestCandidate<C extends Candidate>(
  candidates: readonly C[],
  metric: string,
  direction: 'max' | 'min',
): C {
  if (candidates.length === 0)
    throw new ConfigurationError(
      trainMessages.noCandidates(),
      { input: 'pick-best-from' },
      trainMessages.noCandidatesHint(),
    )
  const missing = candidates.filter((c) => typeof c.metrics[metric] !== 'number' || !Number.isFinite(c.metrics[metric]))
  if (missing.length > 0) {
    throw new ConfigurationError(
      trainMessages.candidateMissingMetric(metric, missing.map((c) => c.id).join(', ')),
      { input: 'pick-metric' },
      'check the metric name and that every leg wrote it',
    )
  }
  let best = candidates[0] as C
  for (const candidate of candidates.slice(1)) {
    const a = candidate.metrics[metric] as number
    const b = best.metrics[metric] as number
    if (direction === 'max' ? a > b : a < b) best = candidate
  }
  return best
}

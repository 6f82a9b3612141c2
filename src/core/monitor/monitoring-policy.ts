import type { RetrainReason } from '../alerts/retrain-dispatch.js'
import type { DecayPolicy } from './decide-decay.js'

/**
 * The `monitoring` key of the validate-data and evaluate-vs-champion policy sections (already validated by
 * schemas/policy/<gate>.schema.json): which findings dispatch retraining, and the decay test's settings.
 */
export interface MonitoringPolicySection {
  /** Findings that dispatch retraining (with `retrain-workflow` or `retrain-event` set). Default: drift and decay. */
  readonly retrain_on?: readonly RetrainReason[]
  /** Family-wise false-alarm rate of the decay test across the monitored metrics. Default 0.05. */
  readonly alpha?: number
  /** Smallest drop that counts, per metric, in the metric's units. */
  readonly min_drop?: Readonly<Record<string, number>>
  /** Fewer joined labelled rows than this: inconclusive (an error check). Default 100. */
  readonly min_rows?: number
}

/** What dispatches retraining when the policy does not say: both findings. */
export const DEFAULT_RETRAIN_ON: readonly RetrainReason[] = ['drift', 'decay']

/**
 * The findings that dispatch retraining under `section` (duplicates dropped, order kept).
 * @example retrainOn(undefined) // => ['drift', 'decay']
 * @example retrainOn({ retrain_on: ['decay'] }) // => ['decay']
 */
export function retrainOn(section: MonitoringPolicySection | undefined): readonly RetrainReason[] {
  return section?.retrain_on === undefined ? DEFAULT_RETRAIN_ON : [...new Set(section.retrain_on)]
}

/**
 * The decay test's policy from the section and the evaluation's bootstrap settings (the same resamples and seed
 * as a comparison, so a rerun on the same files gives the same verdict).
 * @example decayPolicyOf({ min_rows: 50 }, { resamples: 1000, seed: 7 }) // => { resamples: 1000, seed: 7, minimumRows: 50 }
 */
export function decayPolicyOf(
  section: MonitoringPolicySection | undefined,
  bootstrap: { readonly resamples: number; readonly seed: number },
): DecayPolicy {
  return {
    resamples: bootstrap.resamples,
    seed: bootstrap.seed,
    ...(section?.alpha === undefined ? {} : { alpha: section.alpha }),
    ...(section?.min_rows === undefined ? {} : { minimumRows: section.min_rows }),
    ...(section?.min_drop === undefined ? {} : { minimumDrop: section.min_drop }),
  }
}

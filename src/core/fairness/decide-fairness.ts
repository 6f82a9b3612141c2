import type { GateOutcome } from '../gate/gate-outcome.js'
import type { GroupingResult } from './analyze-fairness.js'
import { fairnessChecks } from './fairness-checks.js'
import { fairnessFigures } from './fairness-figures.js'
import type { FairnessPolicy } from './fairness-policy.js'
import { fairnessTitle } from './fairness-title.js'
import { fairnessMessages as msg } from './messages.js'

/**
 * The fairness gate's decision: the checks per grouping (`fairnessChecks`: group counts, small groups, undefined
 * rates, one check per disparity with a threshold, and the comparison with the champion when one is given), the
 * title (`fairnessTitle`), the summary that states how disparities were measured and judged, and the figures
 * (`fairnessFigures`). The gate has no outputs of its own besides the shared verdict and report path.
 * @example decideFairness([], DEFAULT_FAIRNESS_POLICY).title // => 'Fairness gate could not decide: no checks ran.'
 */
export function decideFairness(
  results: readonly GroupingResult[],
  policy: FairnessPolicy,
  champion?: readonly GroupingResult[],
): GateOutcome {
  const checks = fairnessChecks(results, policy, champion)
  return {
    title: fairnessTitle(checks, results.length),
    summary: msg.summary(policy.minGroupSize, policy.confidence, results[0]?.comparisons ?? 0, policy.useInterval),
    checks,
    figures: fairnessFigures(results, policy, checks),
    outputs: {},
  }
}

import { DISPARITY_METRICS, type DisparityMetric } from './fairness-disparities.js'
import { DEFAULT_FAIRNESS_POLICY, type FairnessPolicy } from './fairness-policy.js'

/** The `fairness-gate` section of .github/modelgate.yml, as validated by schemas/policy/fairness-gate.schema.json. */
export interface FairnessPolicySection {
  readonly thresholds?: Partial<Record<DisparityMetric, number | null>>
  readonly method?: 'between_groups' | 'to_overall'
  readonly min_group_size?: number
  readonly use_interval?: boolean
  readonly fail_when?: 'significant' | 'confident'
  readonly confidence?: number
  readonly bootstrap_resamples?: number
  readonly seed?: number
  readonly too_few_groups?: 'warn' | 'fail'
  readonly champion_tolerance?: number
  readonly intersectional?: boolean
  readonly reference_groups?: Readonly<Record<string, string>>
}

/** Values given as action inputs; each overrides the policy file. */
export interface FairnessOverrides {
  readonly minGroupSize?: number | undefined
  readonly seed?: number | undefined
  readonly intersectional?: boolean | undefined
  readonly referenceGroups?: Readonly<Record<string, string>> | undefined
}

/** The default thresholds with the file's on top (a `null` in the file turns a metric's check off). */
function mergeThresholds(
  defaults: FairnessPolicy['thresholds'],
  file: FairnessPolicySection['thresholds'],
): FairnessPolicy['thresholds'] {
  const thresholds = { ...defaults }
  for (const metric of DISPARITY_METRICS) {
    const value = file?.[metric]
    if (value !== undefined) thresholds[metric] = value
  }
  return thresholds
}

/**
 * Effective policy = defaults ⊕ policy-file section ⊕ inputs (later wins, key by key; reference groups
 * merge per column). Pure: the section is assumed schema-valid.
 * @example resolveFairnessPolicy({ min_group_size: 50 }, { minGroupSize: 10 }).minGroupSize // => 10
 */
export function resolveFairnessPolicy(
  section: FairnessPolicySection | undefined,
  overrides: FairnessOverrides = {},
): FairnessPolicy {
  const s = section ?? {}
  const d = DEFAULT_FAIRNESS_POLICY
  return {
    thresholds: mergeThresholds(d.thresholds, s.thresholds),
    method: s.method ?? d.method,
    minGroupSize: overrides.minGroupSize ?? s.min_group_size ?? d.minGroupSize,
    useInterval: s.use_interval ?? d.useInterval,
    failWhen: s.fail_when ?? d.failWhen,
    confidence: s.confidence ?? d.confidence,
    bootstrapResamples: s.bootstrap_resamples ?? d.bootstrapResamples,
    seed: overrides.seed ?? s.seed ?? d.seed,
    tooFewGroups: s.too_few_groups ?? d.tooFewGroups,
    championTolerance: s.champion_tolerance ?? d.championTolerance,
    intersectional: overrides.intersectional ?? s.intersectional ?? d.intersectional,
    referenceGroups: { ...d.referenceGroups, ...(s.reference_groups ?? {}), ...(overrides.referenceGroups ?? {}) },
  }
}

/** The train-on-runner section of .github/modelgate.yml, as validated by schemas/policy/train-on-runner.schema.json. */
export interface TrainPolicySection {
  /** A count (2) or `count=2,memory=40GiB,name=A100|H100`; 0 means no requirement. */
  readonly require_gpus?: string | number
  readonly timeout_minutes?: number
  readonly telemetry_interval_seconds?: number
  readonly required_metrics?: readonly string[]
}

/** The effective train-on-runner settings. */
export interface TrainPolicy {
  readonly requireGpus: string | undefined
  readonly timeoutMinutes: number
  readonly telemetryIntervalSeconds: number
  readonly requiredMetrics: readonly string[]
}

/** Values given as action inputs; each overrides the policy file. */
export type TrainOverrides = { readonly [K in keyof TrainPolicy]?: TrainPolicy[K] }

export const TRAIN_POLICY_DEFAULTS: TrainPolicy = {
  requireGpus: undefined,
  timeoutMinutes: 360,
  telemetryIntervalSeconds: 5,
  requiredMetrics: [],
}

/**
 * Effective policy: action inputs (when given) over the policy section over the defaults.
 * @example resolveTrainPolicy({ timeout_minutes: 30 }, {}).timeoutMinutes // => 30
 * @example resolveTrainPolicy({ require_gpus: 0 }, {}).requireGpus // => undefined
 */
export function resolveTrainPolicy(section: TrainPolicySection | undefined, overrides: TrainOverrides): TrainPolicy {
  const gpus = section?.require_gpus
  return {
    requireGpus: overrides.requireGpus ?? (gpus === undefined || gpus === 0 ? undefined : String(gpus)),
    timeoutMinutes: overrides.timeoutMinutes ?? section?.timeout_minutes ?? TRAIN_POLICY_DEFAULTS.timeoutMinutes,
    telemetryIntervalSeconds:
      overrides.telemetryIntervalSeconds ??
      section?.telemetry_interval_seconds ??
      TRAIN_POLICY_DEFAULTS.telemetryIntervalSeconds,
    requiredMetrics: overrides.requiredMetrics ?? section?.required_metrics ?? TRAIN_POLICY_DEFAULTS.requiredMetrics,
  }
}

/** The train-on-runner section of .github/modelgate.yml, as validated by schemas/policy/train-on-runner.schema.json. */
export interface TrainPolicy {
  readonly requireGpus: string | undefined
  readonly timeoutMinutes: number
  readonly telemetryIntervalSeconds: number
  readonly requiredMetrics: readonly string[]
}

export const TRAIN_POLICY_DEFAULTS: TrainPolicy = {
  requireGpus: undefined,
  timeoutMinutes: 360,
  telemetryIntervalSeconds: 5,
  requiredMetrics: [],
}

/**
 * Effective policy: action inputs (when given) over the policy section over the defaults.
 * @example resolveTrainPolicy({ timeout_minutes: 30 }, {}).timeoutMinutes // => 30
 */
export function resolveTrainPolicy(section: unknown, overrides: Partial<TrainPolicy>): TrainPolicy {
  const s = (section !== null && typeof section === 'object' ? section : {}) as Record<string, unknown>
  const gpus = s.require_gpus
  return {
    requireGpus: overrides.requireGpus ?? (gpus === undefined || gpus === 0 ? undefined : String(gpus)),
    timeoutMinutes:
      overrides.timeoutMinutes ??
      (typeof s.timeout_minutes === 'number' ? s.timeout_minutes : TRAIN_POLICY_DEFAULTS.timeoutMinutes),
    telemetryIntervalSeconds:
      overrides.telemetryIntervalSeconds ??
      (typeof s.telemetry_interval_seconds === 'number'
        ? s.telemetry_interval_seconds
        : TRAIN_POLICY_DEFAULTS.telemetryIntervalSeconds),
    requiredMetrics:
      overrides.requiredMetrics ??
      (Array.isArray(s.required_metrics) ? s.required_metrics.map(String) : TRAIN_POLICY_DEFAULTS.requiredMetrics),
  }
}

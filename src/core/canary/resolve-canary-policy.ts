import { ConfigurationError, type Wording } from '../errors.js'
import {
  abAlphaInvalid,
  abAlphaInvalidHint,
  abDurationHint,
  abDurationInvalid,
  abDurationRequired,
  abMinLiftInvalid,
  abMinLiftInvalidHint,
  abOptionWithoutAb,
  abOptionWithoutAbHint,
  abQueryRequired,
  abQueryRequiredHint,
  abWeightInvalid,
  abWeightInvalidHint,
  shadowPromoteWithout,
  shadowPromoteWithoutHint,
  bakeNotDuration,
  bakeWithoutAbsoluteCheck,
  bakeWithoutAbsoluteCheckHint,
  checkWithoutCondition,
  checkWithoutConditionHint,
  healthIntervalInvalid,
  healthSuccessesInvalid,
  healthSuccessesInvalidHint,
  healthTimeoutInvalid,
  intervalNotDuration,
  intervalNotDurationHint,
  intervalTooLong,
  intervalTooLongHint,
  invalidSteps,
  invalidStepsHint,
  noWeightBelow100,
  noWeightBelow100Hint,
  mirrorWithCanary,
  mirrorWithCanaryHint,
  shadowWithBake,
  shadowWithBakeHint,
  shadowWithoutMirror,
  shadowWithoutMirrorHint,
  stepsWithStrategy,
  stepsWithStrategyHint,
  thresholdNotFinite,
  thresholdNotFiniteHint,
} from './messages.js'
import { bakeChecks } from './bake-period.js'
import { parseDuration } from './parse-duration.js'
import type {
  AbPlan,
  CanaryPlan,
  HealthCheckPlan,
  MetricCheckSpec,
  MetricCondition,
  NoTrafficPolicy,
  Strategy,
} from './types.js'

/** The `canary-deploy` section of .github/modelgate.yml (schemas/policy/canary-deploy.schema.json). */
export interface CanaryPolicySection {
  /** canary (default), blue-green or shadow. */
  readonly strategy?: Strategy
  /** While analysing at weight 0 (blue-green, shadow), mirror live traffic to the candidate. */
  readonly mirror?: boolean
  readonly steps?: readonly number[]
  readonly interval?: string
  readonly intervals_per_step?: number
  readonly failure_limit?: number
  readonly inconclusive_limit?: number
  readonly no_traffic?: 'fail' | 'wait'
  readonly no_traffic_max_intervals?: number
  /** How long the canary must stay healthy at 100% before the registry alias moves (default 0s: none). */
  readonly bake?: string
  /** Fewest canary requests an interval needs to be judged (default 100); fewer is inconclusive. */
  readonly min_requests?: number
  /** The new endpoint's health URL, probed before any traffic moves (default: no health check). */
  readonly health_url?: string
  /** How long the health check may take in all (default 60s). */
  readonly health_timeout?: string
  /** Consecutive 2xx answers the health check needs (default 3). */
  readonly health_successes?: number
  /** Pause between health probes (default 1s). */
  readonly health_interval?: string
  /** The A/B test (strategy ab). */
  readonly ab?: {
    /** The candidate's share of live traffic during the split (default 50). */
    readonly weight?: number
    /** How long the split is held before the one judgement (required for strategy ab). */
    readonly duration?: string
    /** The test's level (default 0.05). */
    readonly alpha?: number
    /** The least absolute difference in success rate that promotes (default 0). */
    readonly min_lift?: number
    /** What an inconclusive test does (default rollback). */
    readonly on_inconclusive?: 'rollback' | 'promote'
    /** PromQL of one arm's successes over the split: `{{target}}` the arm, `{{interval}}` the split. */
    readonly success_query?: string
    /** PromQL of one arm's trials over the split. */
    readonly trials_query?: string
  }
  /** The shadow strategy's options. */
  readonly shadow?: {
    /** After a passing shadow analysis, switch 0 → 100 in one step and bake, as blue-green does (default false). */
    readonly promote?: boolean
  }
  readonly checks?: readonly {
    readonly metric: string
    readonly max?: number
    readonly min?: number
    readonly max_relative?: number
    readonly max_delta?: number
  }[]
}

/** Values from action inputs; each overrides the policy file. */
export interface CanaryOverrides {
  readonly strategy?: Strategy
  readonly mirror?: boolean
  readonly steps?: string
  readonly interval?: string
  readonly intervalsPerStep?: number
  readonly failureLimit?: number
  readonly inconclusiveLimit?: number
  readonly noTraffic?: 'fail' | 'wait'
  readonly noTrafficMaxIntervals?: number
  readonly maxErrorRate?: number
  readonly maxLatencyP95Ms?: number
  readonly bake?: string
  readonly minRequests?: number
  readonly healthUrl?: string
  readonly healthTimeout?: string
  readonly healthSuccesses?: number
  readonly healthInterval?: string
  readonly abWeight?: number
  readonly abDuration?: string
  readonly abAlpha?: number
  readonly abMinLift?: number
  readonly abOnInconclusive?: 'rollback' | 'promote'
  readonly abSuccessQuery?: string
  readonly abTrialsQuery?: string
  readonly shadowPromote?: boolean
}

export const CANARY_DEFAULTS = {
  steps: [10, 25, 50, 100],
  interval: '30s',
  intervalsPerStep: 2,
  failureLimit: 0,
  inconclusiveLimit: 1,
  noTraffic: 'wait' as const,
  noTrafficMaxIntervals: 2,
  maxErrorRate: 0.05,
  bake: '0s',
  /**
   * At the default error-rate bound of 5%, one error in 19 requests (5.3%) fails an interval of a 1%-error canary;
   * with 100 requests it takes 6 errors (P ≈ 0.0005 per interval), while a 10%-error canary fails 94% of them.
   */
  minRequests: 100,
  healthTimeout: '60s',
  healthSuccesses: 3,
  healthInterval: '1s',
  abWeight: 50,
  abAlpha: 0.05,
  abMinLift: 0,
  abOnInconclusive: 'rollback' as const,
}

/**
 * The longest interval: a timer holds at most 2^31 − 1 ms (Node fires a longer one at once, so `100000h` used to
 * promote in 0.37 s).
 */
export const MAX_INTERVAL_MS = 2 ** 31 - 1

/** Parses `10,25,50,100` into weights; throws on anything not strictly increasing in (0, 100]. */
export function parseSteps(text: string, input = 'steps'): number[] {
  const parts = text.split(/[\s,]+/).filter((part) => part !== '')
  const steps = parts.map((part) => (/^\d+(\.\d+)?$/.test(part) ? Number(part) : Number.NaN))
  validateSteps(steps, text, { input })
  return steps
}

function validateSteps(steps: readonly number[], text: string, location: { input?: string; path?: string }): void {
  const ok =
    steps.length > 0 &&
    steps.every((w, i) => Number.isFinite(w) && w > 0 && w <= 100 && (i === 0 || w > (steps[i - 1] ?? 0)))
  if (!ok) throw new ConfigurationError(invalidSteps(text), location, invalidStepsHint())
}

/**
 * Resolves the effective CanaryPlan: inputs ⊕ policy section ⊕ defaults. Checks come from the policy's
 * `checks` plus `max-error-rate` / `max-latency-p95-ms` inputs (which replace a policy check on the same
 * metric). With no check at all, error-rate ≤ 5% is used: a canary is never judged on nothing.
 * @throws ConfigurationError for bad steps, durations or a check without a condition.
 * @example resolveCanaryPolicy({}, { steps: '20,100' }).steps // => [20, 100]
 */
export function resolveCanaryPolicy(section: CanaryPolicySection, overrides: CanaryOverrides): CanaryPlan {
  const strategy = overrides.strategy ?? section.strategy ?? 'canary'
  const promoteShadow = resolveShadowPromote(strategy, section, overrides)
  const intervalMs = resolveIntervalMs(section, overrides)
  const ab = resolveAb(strategy, section, overrides, intervalMs)
  const steps = resolveStrategySteps(strategy, section, overrides, ab?.weight ?? (promoteShadow ? 0 : undefined))
  const checks = resolveChecks(section, overrides)
  const bakeMs = resolveBakeMs(section, overrides, checks, strategy === 'shadow' && !promoteShadow)
  return {
    strategy,
    steps,
    ...resolveMirror(strategy, section, overrides),
    intervalMs,
    intervalsPerStep: resolveIntervalsPerStep(section, overrides, ab, intervalMs),
    failureLimit: overrides.failureLimit ?? section.failure_limit ?? CANARY_DEFAULTS.failureLimit,
    inconclusiveLimit: overrides.inconclusiveLimit ?? section.inconclusive_limit ?? CANARY_DEFAULTS.inconclusiveLimit,
    noTraffic: resolveNoTraffic(section, overrides),
    checks,
    bakeMs,
    minRequests: overrides.minRequests ?? section.min_requests ?? CANARY_DEFAULTS.minRequests,
    ...resolveHealth(section, overrides),
    ...(ab === undefined ? {} : { ab }),
  }
}

/** shadow.promote (input shadow-promote), refused as true with any strategy but shadow. */
function resolveShadowPromote(strategy: Strategy, section: CanaryPolicySection, overrides: CanaryOverrides): boolean {
  const promote = overrides.shadowPromote ?? section.shadow?.promote ?? false
  if (promote && strategy !== 'shadow')
    throw new ConfigurationError(
      shadowPromoteWithout(strategy),
      overrides.shadowPromote !== undefined ? { input: 'shadow-promote' } : { path: 'canary-deploy.shadow.promote' },
      shadowPromoteWithoutHint(),
    )
  return promote
}

/** Refuses A/B options (inputs or the policy's `ab` section) with a strategy other than ab. */
function refuseAbOptions(section: CanaryPolicySection, overrides: CanaryOverrides): void {
  const given = Object.entries(overrides).find(([key, value]) => key.startsWith('ab') && value !== undefined)
  if (given === undefined && section.ab === undefined) return
  const input = given?.[0].replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
  throw new ConfigurationError(
    abOptionWithoutAb(input !== undefined ? { input } : 'canary-deploy.ab'),
    input !== undefined ? { input } : { path: 'canary-deploy.ab' },
    abOptionWithoutAbHint(),
  )
}

/** One A/B setting: the input, else the policy key, else the default; refused (naming where) unless `valid`. */
function abSetting<T>(
  given: {
    readonly input: string
    readonly key: string
    readonly value: T | undefined
    readonly policy: T | undefined
  },
  fallback: T,
  valid: (value: T) => boolean,
  error: { readonly message: (value: T) => string; readonly hint: Wording },
): T {
  const value = given.value ?? given.policy ?? fallback
  if (!valid(value))
    throw new ConfigurationError(
      error.message(value),
      given.value !== undefined ? { input: given.input } : { path: `canary-deploy.ab.${given.key}` },
      error.hint,
    )
  return value
}

/**
 * The A/B test (strategy ab): weight in (0, 100), a duration of at least one interval, alpha in (0, 0.5], a lift
 * floor in [0, 1), both business-metric queries. A/B options with another strategy are refused.
 */
function resolveAb(
  strategy: Strategy,
  section: CanaryPolicySection,
  overrides: CanaryOverrides,
  intervalMs: number,
): AbPlan | undefined {
  if (strategy !== 'ab') {
    refuseAbOptions(section, overrides)
    return undefined
  }
  const policy = section.ab ?? {}
  const durationText = abSetting(
    { input: 'ab-duration', key: 'duration', value: overrides.abDuration, policy: policy.duration },
    '',
    (text) => text !== '',
    { message: abDurationRequired, hint: abDurationHint() },
  )
  const durationMs = parseDuration(durationText)
  abSetting(
    { input: 'ab-duration', key: 'duration', value: overrides.abDuration, policy: policy.duration },
    '',
    () => Number.isFinite(durationMs) && durationMs >= intervalMs,
    { message: abDurationInvalid, hint: abDurationHint() },
  )
  const query = (which: 'success' | 'trials', value: string | undefined, policyQuery: string | undefined): string =>
    abSetting(
      { input: `ab-${which}-query`, key: `${which}_query`, value, policy: policyQuery },
      '',
      (text) => text.trim() !== '',
      { message: () => abQueryRequired(which), hint: abQueryRequiredHint(which) },
    )
  return {
    weight: abSetting(
      { input: 'ab-weight', key: 'weight', value: overrides.abWeight, policy: policy.weight },
      CANARY_DEFAULTS.abWeight,
      (weight) => Number.isFinite(weight) && weight > 0 && weight < 100,
      { message: abWeightInvalid, hint: abWeightInvalidHint() },
    ),
    durationMs,
    alpha: abSetting(
      { input: 'ab-alpha', key: 'alpha', value: overrides.abAlpha, policy: policy.alpha },
      CANARY_DEFAULTS.abAlpha,
      (alpha) => alpha > 0 && alpha <= 0.5,
      { message: abAlphaInvalid, hint: abAlphaInvalidHint() },
    ),
    minLift: abSetting(
      { input: 'ab-min-lift', key: 'min_lift', value: overrides.abMinLift, policy: policy.min_lift },
      CANARY_DEFAULTS.abMinLift,
      (lift) => lift >= 0 && lift < 1,
      { message: abMinLiftInvalid, hint: abMinLiftInvalidHint() },
    ),
    onInconclusive: overrides.abOnInconclusive ?? policy.on_inconclusive ?? CANARY_DEFAULTS.abOnInconclusive,
    successQuery: query('success', overrides.abSuccessQuery, policy.success_query),
    trialsQuery: query('trials', overrides.abTrialsQuery, policy.trials_query),
  }
}

/** The health check (input, else policy), only when a health URL is given; timeout and interval are positive. */
function resolveHealth(section: CanaryPolicySection, overrides: CanaryOverrides): { health?: HealthCheckPlan } {
  const url = overrides.healthUrl ?? section.health_url
  if (url === undefined) return {}
  const duration = (
    input: string | undefined,
    policy: string | undefined,
    fallback: string,
    names: { input: string; path: string },
    message: (text: string) => string,
  ): number => {
    const text = input ?? policy ?? fallback
    const ms = parseDuration(text)
    if (!Number.isFinite(ms) || ms <= 0 || ms > MAX_INTERVAL_MS)
      throw new ConfigurationError(
        message(text),
        input !== undefined ? { input: names.input } : { path: names.path },
        intervalNotDurationHint(),
      )
    return ms
  }
  const successes = overrides.healthSuccesses ?? section.health_successes ?? CANARY_DEFAULTS.healthSuccesses
  if (!Number.isInteger(successes) || successes < 1)
    throw new ConfigurationError(
      healthSuccessesInvalid(successes),
      overrides.healthSuccesses !== undefined
        ? { input: 'health-successes' }
        : { path: 'canary-deploy.health_successes' },
      healthSuccessesInvalidHint(),
    )
  return {
    health: {
      url,
      successes,
      timeoutMs: duration(
        overrides.healthTimeout,
        section.health_timeout,
        CANARY_DEFAULTS.healthTimeout,
        { input: 'health-timeout', path: 'canary-deploy.health_timeout' },
        healthTimeoutInvalid,
      ),
      intervalMs: duration(
        overrides.healthInterval,
        section.health_interval,
        CANARY_DEFAULTS.healthInterval,
        { input: 'health-interval', path: 'canary-deploy.health_interval' },
        healthIntervalInvalid,
      ),
    },
  }
}

/** Passing intervals per step: an A/B split's duration in whole intervals (rounded up), else input, policy, default. */
function resolveIntervalsPerStep(
  section: CanaryPolicySection,
  overrides: CanaryOverrides,
  ab: AbPlan | undefined,
  intervalMs: number,
): number {
  if (ab !== undefined) return Math.ceil(ab.durationMs / intervalMs)
  return overrides.intervalsPerStep ?? section.intervals_per_step ?? CANARY_DEFAULTS.intervalsPerStep
}

/**
 * The bake period in milliseconds (input, else policy, else 0s); a bake needs an absolute check to judge it, and a
 * plan that never reaches 100% (`neverFull`: a shadow that does not promote) refuses one.
 */
function resolveBakeMs(
  section: CanaryPolicySection,
  overrides: CanaryOverrides,
  checks: readonly MetricCheckSpec[],
  neverFull: boolean,
): number {
  const text = overrides.bake ?? section.bake ?? CANARY_DEFAULTS.bake
  const location = overrides.bake !== undefined ? { input: 'bake' } : { path: 'canary-deploy.bake' }
  const bakeMs = parseDuration(text)
  if (!Number.isFinite(bakeMs) || bakeMs < 0)
    throw new ConfigurationError(bakeNotDuration(text), location, intervalNotDurationHint())
  if (bakeMs > 0 && neverFull)
    throw new ConfigurationError(
      shadowWithBake(overrides.bake !== undefined ? 'bake' : undefined),
      location,
      shadowWithBakeHint(),
    )
  if (bakeMs > 0 && bakeChecks(checks).length === 0)
    throw new ConfigurationError(bakeWithoutAbsoluteCheck(), location, bakeWithoutAbsoluteCheckHint())
  return bakeMs
}

/**
 * The steps a strategy runs: canary's from the inputs or policy; blue-green analyses at 0 and switches to 100 in one
 * step (`[0, 100]`), shadow stays at 0 (`[0]`, or `[0, 100]` when it promotes), ab holds its split (`[weight,
 * 100]`). Steps given for a strategy that fixes them are refused.
 */
function resolveStrategySteps(
  strategy: Strategy,
  section: CanaryPolicySection,
  overrides: CanaryOverrides,
  holdAt: number | undefined,
): readonly number[] {
  if (strategy === 'canary') return resolveSteps(section, overrides)
  if (overrides.steps !== undefined || section.steps !== undefined)
    throw new ConfigurationError(
      stepsWithStrategy(strategy),
      overrides.steps !== undefined ? { input: 'steps' } : { path: 'canary-deploy.steps' },
      stepsWithStrategyHint(strategy),
    )
  if (strategy === 'blue-green') return [0, 100]
  return holdAt === undefined ? [0] : [holdAt, 100]
}

/** Mirroring: always for shadow, optional for blue-green (default off: smoke traffic), never for canary. */
function resolveMirror(
  strategy: Strategy,
  section: CanaryPolicySection,
  overrides: CanaryOverrides,
): { mirror?: boolean } {
  const mirror = overrides.mirror ?? section.mirror
  const location = overrides.mirror !== undefined ? { input: 'mirror' } : { path: 'canary-deploy.mirror' }
  if (strategy === 'shadow') {
    if (mirror === false) throw new ConfigurationError(shadowWithoutMirror(), location, shadowWithoutMirrorHint())
    return { mirror: true }
  }
  if (strategy === 'canary' || strategy === 'ab') {
    if (mirror === true) throw new ConfigurationError(mirrorWithCanary(), location, mirrorWithCanaryHint())
    return {}
  }
  return mirror === true ? { mirror: true } : {}
}

/** The weight steps (input, else policy, else default), increasing, with at least one below 100. */
function resolveSteps(section: CanaryPolicySection, overrides: CanaryOverrides): readonly number[] {
  let steps: readonly number[]
  if (overrides.steps !== undefined) steps = parseSteps(overrides.steps)
  else if (section.steps !== undefined) {
    validateSteps(section.steps, section.steps.join(','), { path: 'canary-deploy.steps' })
    steps = section.steps
  } else steps = CANARY_DEFAULTS.steps
  if (!steps.some((w) => w < 100)) {
    throw new ConfigurationError(noWeightBelow100(steps), {}, noWeightBelow100Hint())
  }
  return steps
}

/** The interval between observations in milliseconds (input, else policy, else default); positive. */
function resolveIntervalMs(section: CanaryPolicySection, overrides: CanaryOverrides): number {
  const intervalText = overrides.interval ?? section.interval ?? CANARY_DEFAULTS.interval
  const intervalMs = parseDuration(intervalText)
  if (!Number.isFinite(intervalMs) || intervalMs <= 0) {
    throw new ConfigurationError(
      intervalNotDuration(intervalText),
      overrides.interval !== undefined ? { input: 'interval' } : { path: 'canary-deploy.interval' },
      intervalNotDurationHint(),
    )
  }
  if (intervalMs > MAX_INTERVAL_MS) {
    throw new ConfigurationError(
      intervalTooLong(intervalText, MAX_INTERVAL_MS),
      overrides.interval !== undefined ? { input: 'interval' } : { path: 'canary-deploy.interval' },
      intervalTooLongHint(),
    )
  }
  return intervalMs
}

/** The policy's checks, replaced per metric by the threshold inputs; error-rate ≤ default when none is left. */
function resolveChecks(section: CanaryPolicySection, overrides: CanaryOverrides): MetricCheckSpec[] {
  const checks = new Map<string, MetricCheckSpec>()
  section.checks?.forEach((check, index) => {
    const notFinite = CONDITION_KEYS.find((key) => check[key] !== undefined && !Number.isFinite(check[key]))
    if (notFinite !== undefined)
      throw new ConfigurationError(
        thresholdNotFinite(check.metric, notFinite, check[notFinite] ?? Number.NaN),
        { path: `canary-deploy.checks[${index}].${notFinite}` },
        thresholdNotFiniteHint(),
      )
    const condition = conditionOf(check)
    if (condition === undefined) {
      throw new ConfigurationError(
        checkWithoutCondition(check.metric),
        { path: `canary-deploy.checks[${index}]` },
        checkWithoutConditionHint(),
      )
    }
    checks.set(check.metric, { metric: check.metric, condition })
  })
  if (overrides.maxErrorRate !== undefined)
    checks.set('error-rate', { metric: 'error-rate', condition: { kind: 'max', value: overrides.maxErrorRate } })
  if (overrides.maxLatencyP95Ms !== undefined)
    checks.set('latency-p95-ms', {
      metric: 'latency-p95-ms',
      condition: { kind: 'max', value: overrides.maxLatencyP95Ms },
    })
  if (checks.size === 0)
    checks.set('error-rate', { metric: 'error-rate', condition: { kind: 'max', value: CANARY_DEFAULTS.maxErrorRate } })
  return [...checks.values()]
}

/** What an interval without traffic does: fail, or wait up to a number of intervals. */
function resolveNoTraffic(section: CanaryPolicySection, overrides: CanaryOverrides): NoTrafficPolicy {
  const noTrafficKind = overrides.noTraffic ?? section.no_traffic ?? CANARY_DEFAULTS.noTraffic
  if (noTrafficKind === 'fail') return { policy: 'fail' }
  return {
    policy: 'wait',
    maxIntervals:
      overrides.noTrafficMaxIntervals ?? section.no_traffic_max_intervals ?? CANARY_DEFAULTS.noTrafficMaxIntervals,
  }
}

const CONDITION_KEYS = ['max', 'min', 'max_relative', 'max_delta'] as const

function conditionOf(check: NonNullable<CanaryPolicySection['checks']>[number]): MetricCondition | undefined {
  if (check.max !== undefined) return { kind: 'max', value: check.max }
  if (check.min !== undefined) return { kind: 'min', value: check.min }
  if (check.max_relative !== undefined) return { kind: 'max-relative', tolerance: check.max_relative }
  if (check.max_delta !== undefined) return { kind: 'max-delta', delta: check.max_delta }
  return undefined
}

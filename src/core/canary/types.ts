import type { Status } from '../gate/status.js'

/**
 * How one metric is judged. Absolute bounds (`max`, `min`) compare the canary alone; relative ones compare it
 * with the stable baseline measured over the same interval (lower is better for both):
 * - `max-relative`: canary ≤ stable × (1 + tolerance)
 * - `max-delta`:    canary ≤ stable + delta
 */
export type MetricCondition =
  | { readonly kind: 'max'; readonly value: number }
  | { readonly kind: 'min'; readonly value: number }
  | { readonly kind: 'max-relative'; readonly tolerance: number }
  | { readonly kind: 'max-delta'; readonly delta: number }

export interface MetricCheckSpec {
  /** Metric name as the provider reports it, e.g. `error-rate`, `latency-p95-ms`. */
  readonly metric: string
  readonly condition: MetricCondition
}

/** What to do when an interval saw no request reach the canary (Flagger and Argo both misjudge empty results). */
export type NoTrafficPolicy = { readonly policy: 'fail' } | { readonly policy: 'wait'; readonly maxIntervals: number }

/**
 * How the new model meets live traffic (one state machine, one plan type; the strategy only shapes the plan):
 * - `canary`: weights step up (10 → 25 → 50 → 100) with analysis at each step below 100;
 * - `blue-green`: the green stack is analysed at weight 0 (on smoke traffic, or on mirrored live traffic with
 *   `mirror`), then switched 0 → 100 in one step, baked, and switched back to 0 at once on failure;
 * - `shadow`: live traffic is mirrored to the candidate (responses discarded) while its weight stays 0; the analysis
 *   compares it with stable, and a pass holds at 0% (`hold`): it moves nothing by itself, unless the policy sets
 *   `shadow.promote`, when a pass switches 0 → 100 in one step and bakes, as blue-green does (plan `[0, 100]`);
 * - `ab`: a fixed split (`ab.weight`) held for a fixed duration with the guard checks judged every interval, then
 *   one fixed-horizon test of a business metric per arm decides 100% or 0% (plan `[weight, 100]`).
 */
export type Strategy = 'canary' | 'blue-green' | 'shadow' | 'ab'

/** The A/B test of a business metric: a fixed split, a fixed horizon, one judgement at its end. */
export interface AbPlan {
  /** The candidate's share of live traffic during the split, in (0, 100). */
  readonly weight: number
  /** How long the split is held before the one judgement (whole intervals, rounded up). */
  readonly durationMs: number
  /** The test's level: one-sided p-values below it are significant; the interval is two-sided at 1 − alpha. */
  readonly alpha: number
  /** The least absolute difference in success rate (candidate − stable) that promotes; 0: any significant lift. */
  readonly minLift: number
  /** What an inconclusive test does (never stays at the split). */
  readonly onInconclusive: 'rollback' | 'promote'
  /** PromQL templates of one arm's successes and trials over the split, `{{target}}` the arm, `{{interval}}` the split. */
  readonly successQuery: string
  readonly trialsQuery: string
}

/** The rollout plan: a pure value resolved from policy and inputs. */
export interface CanaryPlan {
  /** The strategy the plan was resolved for (absent: canary). */
  readonly strategy?: Strategy
  /**
   * Strictly increasing weights in [0, 100]; analysis runs at every weight below 100, then 100 promotes. Only
   * blue-green and shadow plans analyse at 0 (`[0, 100]`, `[0]`); a plan without 100 ends in `hold` at 0%.
   */
  readonly steps: readonly number[]
  /** While analysing at weight 0, mirror live traffic to the candidate (its answers discarded). */
  readonly mirror?: boolean
  /** Passing analysis intervals needed at each step before moving on. */
  readonly intervalsPerStep: number
  readonly intervalMs: number
  /** Rollback when failed intervals exceed this (Argo Rollouts `failureLimit`, default 0). */
  readonly failureLimit: number
  /** Rollback when inconclusive intervals exceed this (Argo's `inconclusiveLimit`; here there is no human to resume a pause). */
  readonly inconclusiveLimit: number
  readonly noTraffic: NoTrafficPolicy
  readonly checks: readonly MetricCheckSpec[]
  /** The bake period in ms: after 100% is reached, the canary stays healthy this long before the registry alias moves (0 or absent: none). */
  readonly bakeMs?: number
  /** Fewest canary requests an interval needs to be judged; fewer (or an unknown count) is inconclusive (0 or absent: no minimum). */
  readonly minRequests?: number
  /** The health check of the new endpoint before any traffic moves (absent: none). */
  readonly health?: HealthCheckPlan
  /** The A/B test (strategy ab only): the single step below 100 is held `ab.durationMs`, then judged. */
  readonly ab?: AbPlan
}

/** A health check of the new endpoint: GET `url` until `successes` consecutive 2xx answers, within `timeoutMs` in all. */
export interface HealthCheckPlan {
  readonly url: string
  readonly timeoutMs: number
  readonly successes: number
  /** Pause between probes. */
  readonly intervalMs: number
}

/** One arm's business metric over the whole split: successes (e.g. conversions) and trials (e.g. requests). */
export interface ArmCounts {
  readonly successes: number | null
  readonly trials: number | null
  /** Why a count is missing (the provider's reason), when one is. */
  readonly reason?: string
}

/** What the fixed-horizon test found: better (promote), worse (roll back) or inconclusive (the policy decides). */
export interface AbAssessment {
  readonly outcome: 'better' | 'worse' | 'inconclusive'
  readonly candidate: { readonly successes: number; readonly trials: number } | null
  readonly stable: { readonly successes: number; readonly trials: number } | null
  /** Candidate rate − stable rate; null when the counts could not be used. */
  readonly difference: number | null
  /** Newcombe's two-sided (1 − alpha) interval for the difference. */
  readonly interval: readonly [number, number] | null
  /** One-sided p-values of the pooled two-proportion z test: candidate better, candidate worse. */
  readonly pBetter: number | null
  readonly pWorse: number | null
  readonly message: string
}

/** A metric value; `null` means the provider returned nothing (empty vector, absent series). */
export type MetricValue = number | null

/** What a metric provider saw over one interval. */
export type Observation =
  | {
      readonly kind: 'metrics'
      readonly canary: Readonly<Record<string, MetricValue>>
      readonly stable: Readonly<Record<string, MetricValue>>
      /** Requests the canary served in the interval; `null` when unknown. */
      readonly canaryRequests: number | null
      /** Per-metric reasons for a missing value (HTTP error, parse error). */
      readonly errors?: Readonly<Record<string, string>>
    }
  /** The provider as a whole failed (connection refused, bad response). */
  | { readonly kind: 'provider-error'; readonly reason: string }
  /** The job was cancelled, or something outside the analysis broke (traffic command failed). */
  | { readonly kind: 'abort'; readonly reason: string }

/** Canary-specific outcome of one check or interval, mapped onto the shared Status: success→pass, inconclusive→error, failed→fail. */
export type AnalysisOutcome = 'success' | 'inconclusive' | 'failed'

export interface CheckAssessment {
  readonly metric: string
  readonly outcome: AnalysisOutcome
  readonly status: Status
  readonly canary: MetricValue
  readonly stable: MetricValue
  /** The bound the canary was held to, once resolved against the baseline; null when it could not be. */
  readonly limit: number | null
  readonly message: string
}

export interface IntervalAssessment {
  readonly outcome: AnalysisOutcome | 'no-traffic'
  readonly status: Status
  readonly checks: readonly CheckAssessment[]
  readonly reason: string
}

/** `hold`: a shadow analysis passed; live traffic stays on stable (0%) and nothing is promoted. */
export type CanaryDecision = 'promote' | 'rollback' | 'hold'

/** `ab-better` / `ab-worse` / `ab-inconclusive`: the A/B test's judgement at the end of its split. */
export type VerdictReason =
  | 'analysis-passed'
  | 'failure-limit'
  | 'inconclusive-limit'
  | 'no-traffic'
  | 'aborted'
  | 'bake-failed'
  | 'unhealthy'
  | 'ab-better'
  | 'ab-worse'
  | 'ab-inconclusive'

export interface CanaryVerdict {
  readonly decision: CanaryDecision
  readonly reason: VerdictReason
  readonly status: Status
  readonly message: string
}

export interface CanaryState {
  /** `judging`: an A/B split held its duration and waits, still at the split, for the business-metric judgement. */
  readonly phase: 'progressing' | 'judging' | 'promoted' | 'rolled-back' | 'held'
  readonly stepIndex: number
  /** Passing intervals at the current step. */
  readonly passedInStep: number
  readonly weight: number
  readonly failures: number
  readonly inconclusives: number
  readonly noTrafficIntervals: number
  readonly intervals: number
}

/** Set the canary's weight; `mirror` also mirrors live traffic to it (only ever at weight 0, while analysing). */
export type CanaryAction = { readonly kind: 'set-weight'; readonly percent: number; readonly mirror?: boolean }

export interface Transition {
  readonly state: CanaryState
  readonly actions: readonly CanaryAction[]
  readonly assessment?: IntervalAssessment
  readonly verdict?: CanaryVerdict
}

/** One row of the rollout timeline (the report's line chart and table). */
export interface TimelineEntry {
  /** Milliseconds since the rollout started. */
  readonly atMs: number
  readonly weight: number
  readonly outcome: IntervalAssessment['outcome'] | 'start' | 'abort'
  readonly canary: Readonly<Record<string, MetricValue>>
  readonly stable: Readonly<Record<string, MetricValue>>
  readonly reason: string
}

/** What a finished rollout leaves: the verdict, the final state, the timeline and the last judged interval. */
export interface CanaryRun {
  readonly verdict: CanaryVerdict
  readonly state: CanaryState
  readonly timeline: readonly TimelineEntry[]
  readonly lastAssessment?: IntervalAssessment
  /** The health check's result, when the plan has one. */
  readonly health?: HealthResult
  /** The A/B test's judgement, when an A/B split ran its full duration. */
  readonly ab?: AbAssessment
}

/** What the health check before the first weight change found; `cancelled` when the job was cancelled during it. */
export interface HealthResult {
  readonly healthy: boolean
  readonly message: string
  readonly cancelled?: boolean
}

/** The registry alias a promotion moved (`champion` → this version of the model). */
export interface ChampionMove {
  readonly model: string
  readonly version: number
}

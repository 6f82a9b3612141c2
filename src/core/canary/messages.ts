import { inWords, type Wording } from '../errors.js'
import { formatNumber } from '../report/format-number.js'
import { redactUrl } from '../secrets/redact-url.js'
import type { HealthCheckPlan, MetricCondition } from './types.js'

export const metricMissing = (metric: string, side: 'canary' | 'stable', reason?: string): string =>
  `${metric}: no ${side} value${reason === undefined ? '' : ` (${reason})`}; inconclusive, never a success`

export const metricNotFinite = (metric: string, side: 'canary' | 'stable', value: number): string =>
  `${metric}: ${side} value ${String(value)} is not a number; inconclusive`

export const describeCondition = (condition: MetricCondition): string => {
  switch (condition.kind) {
    case 'max':
      return `≤ ${formatNumber(condition.value)}`
    case 'min':
      return `≥ ${formatNumber(condition.value)}`
    case 'max-relative':
      return `≤ stable × ${formatNumber(1 + condition.tolerance)}`
    case 'max-delta':
      return `≤ stable + ${formatNumber(condition.delta)}`
  }
}

export const metricWithin = (metric: string, canary: number, condition: MetricCondition): string =>
  `${metric} ${formatNumber(canary)} ${describeCondition(condition)}`

export const metricBreached = (metric: string, canary: number, condition: MetricCondition, limit: number): string =>
  `${metric} ${formatNumber(canary)} breaches ${describeCondition(condition)} (limit ${formatNumber(limit)})`

export const noCanaryTraffic = (): string => 'no request reached the canary in this interval'

export const healthPassed = (plan: HealthCheckPlan, probes: number): string =>
  `health check of ${redactUrl(plan.url)} passed: ${plan.successes} consecutive 2xx answer(s) after ${probes} probe(s)`

export const healthFailed = (plan: HealthCheckPlan, probes: number, last: string): string =>
  `health check of ${redactUrl(plan.url)} failed: no ${plan.successes} consecutive 2xx answer(s) within ${formatNumber(plan.timeoutMs / 1000)} s (${probes} probe(s), last: ${last}); no traffic moved, the weight stays 0%`

export const titleUnhealthy = (): string => 'Canary not started: the new endpoint is unhealthy (weight stays 0%)'

export const healthSuccessesInvalid = (value: number): string =>
  `health successes ${String(value)} is not a positive whole number`
export const healthSuccessesInvalidHint = (): string => 'write e.g. health-successes: 3'
export const healthTimeoutInvalid = (text: string): string => `health timeout "${text}" is not a positive duration`
export const healthIntervalInvalid = (text: string): string => `health interval "${text}" is not a positive duration`

export const tooFewRequests = (requests: number, minRequests: number): string =>
  `the canary served ${formatNumber(requests)} request(s) in this interval, fewer than min-requests ${formatNumber(minRequests)}; inconclusive, neither a failure nor a pass`

export const requestsUnknown = (minRequests: number): string =>
  `the provider did not count the canary's requests in this interval, so min-requests ${formatNumber(minRequests)} cannot be checked; inconclusive (give the provider a request count: canaryRequests, or the Prometheus requests query)`

export const providerFailed = (reason: string): string => `metric provider failed: ${reason}; inconclusive`

export const verdictPromoted = (steps: readonly number[]): string =>
  `analysis passed at every step (${steps.join('% → ')}%); canary promoted to 100%`

export const verdictFailureLimit = (failures: number, limit: number, last: string): string =>
  `${failures} failed interval(s) exceed the failure limit ${limit} (last: ${last}); rolled back to 0%`

export const verdictInconclusiveLimit = (count: number, limit: number, last: string): string =>
  `${count} inconclusive interval(s) exceed the inconclusive limit ${limit} (last: ${last}); rolled back to 0%`

export const verdictNoTraffic = (intervals: number): string =>
  `no request reached the canary in ${intervals} interval(s); rolled back to 0% (check the traffic split and the load)`

export const verdictHeld = (intervals: number): string =>
  `shadow analysis passed over ${intervals} interval(s) of mirrored traffic; live traffic stays on stable (0% to the candidate) and nothing was promoted`

export const titleHeld = (): string => 'Shadow analysis passed; live traffic unchanged (0% to the candidate)'

export const verdictAborted = (reason: string): string => `rollout stopped (${reason}); rolled back to 0%`

export const verdictBaked = (steps: readonly number[], intervals: number): string =>
  `analysis passed at every step (${steps.join('% → ')}%) and the canary stayed healthy at 100% for the bake period (${intervals} interval${intervals === 1 ? '' : 's'}); canary promoted`

export const verdictBakeFailed = (reason: string): string =>
  `the canary failed during the bake period at 100% (${reason}); rolled back to 0%`

export const verdictBakeInconclusive = (count: number, reason: string): string =>
  `${count} inconclusive interval${count === 1 ? '' : 's'} during the bake period at 100% (${reason}); rolled back to 0%`

export const bakeWithoutAbsoluteCheck = (): string =>
  'canary-deploy.bake is set, but no check is absolute (max or min): at 100% the stable model serves nothing, so a relative check cannot judge the bake period'
export const bakeWithoutAbsoluteCheckHint =
  (maxErrorRate = 'max-error-rate', bake = 'bake'): Wording =>
  (w) =>
    `add an absolute check (e.g. ${w.setting(maxErrorRate, '0.02')}) or set ${w.setting(bake, '0s')}`

export const bakeNotDuration = (text: string): string => `bake "${text}" is not a duration`

export const invalidSteps = (text: string): string =>
  `steps must be strictly increasing percentages in (0, 100], got "${text}"`

export const neverJudged = (metric: string, lastReason: string | undefined): string =>
  `${metric}: never judged (${lastReason ?? 'no interval completed'})`

export const titlePromoted = (): string => 'Canary promoted to 100%'

export const titleRolledBack = (reason: string): string => `Canary rolled back to 0%: ${reason}`

export const championMoved = (model: string, version: number): string => `${model} alias champion → v${version}`

// Configuration errors (inputs and the policy section): the text says what is wrong, the hint how to fix it.

export const argvNotJson =
  (input: string): Wording =>
  (w) =>
    `${w.input(input)} is not a JSON array of strings`
export const argvNotJsonHint = (): string => 'write e.g. ["./set-weight.sh", "--canary={weight}"]'

export const inputRequired =
  (input: string, why: Wording): Wording =>
  (w) =>
    `${w.input(input)} is required ${inWords(why, w)}`
export const inputRequiredHint =
  (input: string): Wording =>
  (w) =>
    `set ${w.flag(input)}${w.where}`

export const trafficRequired =
  (input = 'traffic'): Wording =>
  (w) =>
    `${w.input(input)} is required`
export const trafficRequiredHint = (): string => 'use one of: command, nginx, kubernetes'

export const kubernetesKindRequired =
  (input = 'kubernetes-kind', traffic = 'traffic'): Wording =>
  (w) =>
    `${w.input(input)} is required with ${w.setting(traffic, 'kubernetes')}`
export const kubernetesKindRequiredHint = (): string => 'use one of: inferenceservice, virtualservice, httproute'

export const prometheusQueriesNotJson =
  (input = 'prometheus-queries'): Wording =>
  (w) =>
    `${w.input(input)} is not JSON`
export const prometheusQueriesNotMap =
  (badKey: string | undefined, input = 'prometheus-queries'): Wording =>
  (w) =>
    badKey === undefined
      ? `${w.input(input)} is not a JSON object of metric name → PromQL query`
      : `${w.input(input)}: the query of "${badKey}" is not a non-empty string`
export const prometheusQueriesNotJsonHint = (): string =>
  'write {"error-rate": "PromQL with {{target}} and {{interval}}"}'

export const versionRequired =
  (input = 'version', registry = 'registry'): Wording =>
  (w) =>
    `${w.input(input)} is required with ${w.name(registry)}`
export const versionRequiredHint = (): string => 'give the version to alias as champion on promotion'

export const invalidStepsHint = (): string => 'write weights like 10,25,50,100'

export const noWeightBelow100 = (steps: readonly number[]): string =>
  `steps ${steps.join(',')} has no weight below 100, so nothing would be analysed`
export const noWeightBelow100Hint =
  (strategy = 'strategy'): Wording =>
  (w) =>
    `start with a small weight, e.g. 10,50,100; to switch 0 → 100 in one step after analysis at 0%, use ${w.setting(strategy, 'blue-green')}`

export const stepsWithStrategy = (strategy: string): string =>
  `steps are set, but strategy ${strategy} fixes its own (${strategy === 'blue-green' ? '0 → 100 in one step' : strategy === 'ab' ? 'the ab-weight split, then 0 or 100' : 'the weight stays 0'})`
export const stepsWithStrategyHint =
  (strategy: string, input = 'strategy'): Wording =>
  (w) =>
    `remove steps for strategy ${strategy}, or use ${w.setting(input, 'canary')}`
/** `input` names the bake input where the value came from it (`--bake` in the CLI); a policy's bake stays `bake`. */
export const shadowWithBake =
  (input?: string): Wording =>
  (w) =>
    `${input === undefined ? 'bake' : w.name(input)} is set, but strategy shadow never reaches 100% unless it promotes, so there is nothing to bake`
export const shadowWithBakeHint =
  (bake = 'bake', promote = 'shadow-promote'): Wording =>
  (w) =>
    `set ${w.setting(bake, '0s')} for strategy shadow, or set ${w.setting(promote, 'true')} (policy canary-deploy.shadow.promote) to switch 0 → 100 after a passing analysis and bake`
export const shadowWithoutMirror = (): string =>
  'mirror is false, but strategy shadow analyses mirrored live traffic only'
export const shadowWithoutMirrorHint =
  (mirror = 'mirror', strategy = 'strategy'): Wording =>
  (w) =>
    `remove ${w.setting(mirror, 'false')}, or use ${w.setting(strategy, 'blue-green')} to analyse on smoke traffic`
export const mirrorWithCanary = (): string =>
  'mirror is true, but strategy canary sends real traffic to the canary and analyses that; it never mirrors'
export const mirrorWithCanaryHint =
  (strategy = 'strategy', mirror = 'mirror'): Wording =>
  (w) =>
    `use ${w.setting(strategy, 'shadow')} or blue-green with ${w.name(mirror)}, or remove ${w.name(mirror)}`
export const routerCannotMirror = (kind: string): string =>
  `the plan mirrors live traffic to the candidate, but traffic ${kind} cannot mirror`
export const routerCannotMirrorHint =
  (traffic = 'traffic', command = 'traffic-command', mirror = 'mirror'): Wording =>
  (w) =>
    `use ${w.setting(traffic, 'nginx')} (its default upstream template supports mirroring), a ${w.name(command)} with {mirror}, or set ${w.setting(mirror, 'false')} (blue-green on smoke traffic)`

export const intervalNotDuration = (text: string): string => `interval "${text}" is not a duration`
export const intervalNotDurationHint = (): string => 'write e.g. 30s, 2m or 1m30s'

export const checkWithoutCondition = (metric: string): string => `check "${metric}" has no condition`
export const checkWithoutConditionHint = (): string => 'set one of max, min, max_relative, max_delta'

export const metricOutOfDomain = (
  metric: string,
  side: 'canary' | 'stable',
  value: number,
  domain: { readonly min: number; readonly max?: number },
): string =>
  `${metric}: ${side} value ${formatNumber(value)} is outside its domain [${formatNumber(domain.min)}, ${domain.max === undefined ? '∞' : formatNumber(domain.max)}] (a provider or query fault); inconclusive, never a success`

export const intervalTooLong = (text: string, maxMs: number): string =>
  `interval "${text}" is longer than ${formatNumber(maxMs)} ms (about ${Math.floor(maxMs / 86_400_000)} days), the longest wait a timer can hold`
export const intervalTooLongHint = (): string => 'use a shorter interval, e.g. 5m or 1h'

export const thresholdNotFinite = (metric: string, key: string, value: number): string =>
  `check "${metric}" has ${key}: ${String(value)}; a threshold must be a finite number`
export const thresholdNotFiniteHint = (): string => 'write a number such as 0.05 (not .nan or .inf)'

// The A/B strategy: the fixed-horizon test of the business metric, its verdicts and its configuration errors.

interface AbFigures {
  readonly candidate: { readonly successes: number; readonly trials: number }
  readonly stable: { readonly successes: number; readonly trials: number }
  readonly difference: number
  readonly interval: readonly [number, number]
  readonly pBetter: number
  readonly pWorse: number
}

const abRates = (f: AbFigures): string =>
  `candidate ${formatNumber(f.candidate.successes)}/${formatNumber(f.candidate.trials)} vs stable ${formatNumber(f.stable.successes)}/${formatNumber(f.stable.trials)}, difference ${formatNumber(f.difference)}`

const abInterval = (plan: { readonly alpha: number }, f: AbFigures): string =>
  `${formatNumber(100 * (1 - plan.alpha))}% interval [${formatNumber(f.interval[0])}, ${formatNumber(f.interval[1])}]`

export const abBetter = (plan: { readonly alpha: number; readonly minLift: number }, f: AbFigures): string =>
  `${abRates(f)}, ${abInterval(plan, f)} above the lift floor ${formatNumber(plan.minLift)}, one-sided p ${formatNumber(f.pBetter)} < alpha ${formatNumber(plan.alpha)}: the candidate is better`

export const abWorse = (plan: { readonly alpha: number }, f: AbFigures): string =>
  `${abRates(f)}, ${abInterval(plan, f)} below 0, one-sided p ${formatNumber(f.pWorse)} < alpha ${formatNumber(plan.alpha)}: the candidate is worse`

export const abNotBetterEnough = (plan: { readonly alpha: number; readonly minLift: number }, f: AbFigures): string =>
  `${abRates(f)}, ${abInterval(plan, f)}, one-sided p ${formatNumber(f.pBetter)} (better) / ${formatNumber(f.pWorse)} (worse) at alpha ${formatNumber(plan.alpha)}, lift floor ${formatNumber(plan.minLift)}: inconclusive`

export const abArmMissing = (arm: 'candidate' | 'stable', reason: string): string =>
  `the business metric of the ${arm} arm could not be read (${reason}); inconclusive`

export const abSuccessesExceedTrials = (arm: 'candidate' | 'stable', successes: number, trials: number): string =>
  `the ${arm} arm counts ${formatNumber(successes)} successes in ${formatNumber(trials)} trials (the success and trials queries do not count the same requests); inconclusive`

export const abTooFewTrials = (arm: 'candidate' | 'stable', trials: number, minTrials: number): string =>
  `the ${arm} arm saw ${formatNumber(trials)} trial(s), fewer than min-requests ${formatNumber(minTrials)}; inconclusive`

export const abNoVariance = (): string =>
  'both arms are all successes or all failures, so the rates cannot be told apart; inconclusive'

export const verdictAbPromoted = (message: string): string => `A/B test: ${message}; promoted to 100%`
export const verdictAbRolledBack = (message: string): string => `A/B test: ${message}; rolled back to 0%`
export const verdictAbInconclusive = (message: string, onInconclusive: 'rollback' | 'promote'): string =>
  `A/B test: ${message}; ab-on-inconclusive is ${onInconclusive}, so ${onInconclusive === 'promote' ? 'promoted to 100%' : 'rolled back to 0%'}`

export const titleAb = (outcome: 'better' | 'worse' | 'inconclusive', weight: number): string =>
  `A/B test ${outcome === 'better' ? 'passed' : outcome === 'worse' ? 'failed' : 'inconclusive'}: candidate ${weight === 100 ? 'promoted to 100%' : 'rolled back to 0%'}`

export const abWeightInvalid = (value: number): string =>
  `ab weight ${String(value)} is not a percentage strictly between 0 and 100`
export const abWeightInvalidHint =
  (input = 'ab-weight'): Wording =>
  (w) =>
    `write e.g. ${w.setting(input, '50')} (the candidate gets half of live traffic)`
export const abDurationRequired = (): string =>
  'strategy ab needs a fixed duration: the split is held that long, then judged once'
export const abDurationInvalid = (text: string): string => `ab duration "${text}" is not a positive duration`
export const abDurationHint =
  (input = 'ab-duration'): Wording =>
  (w) =>
    `write e.g. ${w.setting(input, '2h')} (at least one interval long)`
export const abQueryRequired = (which: 'success' | 'trials'): string =>
  `strategy ab needs the ${which} query of its business metric`
export const abQueryRequiredHint =
  (which: 'success' | 'trials'): Wording =>
  (w) =>
    which === 'success'
      ? `write e.g. ${w.setting('ab-success-query', 'sum(increase(conversions_total{job="{{target}}"}[{{interval}}]))')}`
      : `write e.g. ${w.setting('ab-trials-query', 'sum(increase(model_requests_total{job="{{target}}"}[{{interval}}]))')}`
export const abAlphaInvalid = (value: number): string => `ab alpha ${String(value)} is not in (0, 0.5]`
export const abAlphaInvalidHint =
  (input = 'ab-alpha'): Wording =>
  (w) =>
    `write e.g. ${w.setting(input, '0.05')}`
export const abMinLiftInvalid = (value: number): string =>
  `ab min lift ${String(value)} is not a difference of rates in [0, 1)`
export const abMinLiftInvalidHint =
  (input = 'ab-min-lift'): Wording =>
  (w) =>
    `write e.g. ${w.setting(input, '0.01')} (one percentage point)`
/** `given` is the input that was set (`input "ab-weight"`, `--ab-weight`), or the policy path (`canary-deploy.ab`). */
export const abOptionWithoutAb =
  (given: string | { readonly input: string }): Wording =>
  (w) =>
    `${typeof given === 'string' ? given : w.input(given.input)} is set, but the strategy is not ab`
export const abOptionWithoutAbHint =
  (strategy = 'strategy'): Wording =>
  (w) =>
    `set ${w.setting(strategy, 'ab')}, or remove the ab options`
export const abNeedsPrometheus =
  (kind: string, metrics = 'metrics'): Wording =>
  (w) =>
    `strategy ab reads its business metric from Prometheus, but ${w.name(metrics)} is ${kind}`
export const abNeedsPrometheusHint =
  (metrics = 'metrics', url = 'prometheus-url'): Wording =>
  (w) =>
    `set ${w.setting(metrics, 'prometheus')} and ${w.name(url)}`

export const healthCancelled = (): string =>
  'job cancelled during the health check of the new endpoint; no traffic moved, the weight stays 0%'
export const titleHealthCancelled = (): string =>
  'Canary not started: cancelled during the health check (weight stays 0%)'

export const shadowPromoteWithout =
  (strategy: string, input = 'shadow-promote'): Wording =>
  (w) =>
    `${w.name(input)} is true, but the strategy is ${strategy}; only a shadow promotes after a shadow analysis`
export const shadowPromoteWithoutHint =
  (strategy = 'strategy', input = 'shadow-promote'): Wording =>
  (w) =>
    `set ${w.setting(strategy, 'shadow')}, or remove ${w.name(input)} (blue-green already switches 0 → 100 after its analysis)`

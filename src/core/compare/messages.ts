// Recurring messages of src/core/compare; tests compare against these functions.
import type { Wording } from '../errors.js'
import { formatNumber } from '../report/format-number.js'
import type { EvaluationDecision as Decision } from './evaluation-decision.js'
import type { RuleMode } from './metric-rule.js'

const DECISION_WORD: Readonly<Record<Decision, string>> = { promote: 'Promote', hold: 'Hold', reject: 'Reject' }

const sampleMinimum = (
  minRows: number,
  binary?: { readonly minPositives: number; readonly minNegatives: number },
): string =>
  binary === undefined
    ? `at least ${minRows} rows`
    : `at least ${minRows} rows, ${binary.minPositives} positives and ${binary.minNegatives} negatives`

export const compareMessages = {
  mlflowAbsoluteChangeNotPositive: (metric: string, value: number): string =>
    `metrics.${metric}.min_absolute_change is ${value}; mlflow mode requires a positive number (MLflow rejects it too). Use rule_mode: default for a non-inferiority margin`,
  mlflowRelativeChangeOutOfRange: (metric: string, value: number): string =>
    `metrics.${metric}.min_relative_change is ${value}; mlflow mode requires 0 <= value <= 1 (MLflow's MetricThreshold rejects it too)`,
  relativeChangeNegative: (metric: string, value: number): string =>
    `metrics.${metric}.min_relative_change is ${value}; it must be >= 0 (use min_absolute_change for a margin below the champion)`,
  floorMissed: (metric: string, value: number, threshold: number, greaterIsBetter: boolean): string =>
    `${metric} ${formatNumber(value)} ${greaterIsBetter ? '<' : '>'} ${greaterIsBetter ? 'floor' : 'ceiling'} ${formatNumber(threshold)}`,
  changeMissed: (metric: string, required: string): string => `${metric} does not clear ${required}`,

  // The policy (resolveEvaluationPolicy, normalizeDeprecatedKeys): ConfigurationErrors and warnings.
  notTaskMetric: (metric: string, task: string, known: readonly string[]): string =>
    `evaluate-vs-champion.metrics.${metric} is not a ${task} metric; use one of ${known.join(', ')}`,
  inputNotTaskMetric:
    (metrics: readonly string[], task: string, input = 'metrics'): Wording =>
    (w) =>
      `${w.input(input)} names ${metrics.join(', ')}, which ${metrics.length === 1 ? 'is not a' : 'are not'} ${task} metric${metrics.length === 1 ? '' : 's'}`,
  useTaskMetrics:
    (task: string, known: readonly string[], input = 'task'): Wording =>
    (w) =>
      `use some of: ${known.join(', ')}, or set ${w.name(input)} to the task these metrics belong to (${task} now)`,
  fixRule: 'fix the rule in the policy file',
  emptyRule: (metric: string): string =>
    `evaluate-vs-champion.metrics.${metric} has no rule: it sets none of threshold, min_absolute_change, min_relative_change, non_inferiority_margin`,
  fixEmptyRule: (metric: string): string =>
    `write what ${metric} must meet, e.g. \`${metric}: { min_absolute_change: 0 }\` (strictly better than the champion) or \`${metric}: { threshold: 0.8 }\` (a floor), or delete the entry to report ${metric} only`,
  negativeChangeIsMargin: (metric: string, value: number): string =>
    `evaluate-vs-champion.metrics.${metric}.min_absolute_change ${value} is read as a non-inferiority margin: write non_inferiority_margin: ${-value} (a negative min_absolute_change is deprecated)`,
  marginNotInMlflow: (metric: string): string =>
    `evaluate-vs-champion.metrics.${metric}.non_inferiority_margin is set, but rule_mode: mlflow has no non-inferiority rule (MLflow's MetricThreshold does not either)`,
  marginWithChange: (metric: string): string =>
    `evaluate-vs-champion.metrics.${metric} sets non_inferiority_margin together with min_absolute_change or min_relative_change`,
  noChampionNoFloors: 'no champion to compare with, and no rule has a floor (threshold) to judge a first model on',
  fixNoChampionNoFloors:
    (inputs: {
      readonly championPredictions: string
      readonly modelName: string
      readonly championAlias: string
    }): Wording =>
    (w) =>
      `add a floor such as \`evaluate-vs-champion.metrics.roc-auc.threshold: 0.75\` to judge a first model on its own, or set \`${w.name(inputs.championPredictions)}\`, or \`${w.name(inputs.modelName)}\` and \`${w.name(inputs.championAlias)}\` to compare with the champion in the registry`,
  deprecatedKey: (oldKey: string, newKey: string): string =>
    `evaluate-vs-champion.${oldKey} is deprecated: write ${newKey}`,
  bothSpellings: (oldKey: string, newKey: string): string =>
    `evaluate-vs-champion.${oldKey} and evaluate-vs-champion.${newKey} are both set`,
  keepNewSpelling: (oldKey: string, newKey: string): string =>
    `keep ${newKey} and delete ${oldKey} (the old spelling, accepted for one release)`,

  // The data (the action's loader, before anything is compared).
  notBinaryLabel: (column: string, value: number): string =>
    `label column "${column}" has ${value}; binary labels must be 0 or 1 (or true/false)`,
  notBinaryLabelHint:
    (input: string): Wording =>
    (w) =>
      `relabel the rows as 0/1, or set ${w.setting(input, 'multiclass')}`,
  scoreNotProbability: (column: string, value: number): string =>
    `score column "${column}" has ${value}; binary scores must be probabilities of class 1 in [0, 1]`,
  scoreNotProbabilityHint:
    'write the probability of class 1 (not a logit or a class), or choose the right score-column',

  // The checks of decideEvaluation.
  metricUndefined: (metric: string, reason: string): string => `${metric} could not be computed: ${reason}`,
  floorResult: (metric: string, value: number, threshold: number, greaterIsBetter: boolean, met: boolean): string =>
    `${metric} ${formatNumber(value)} ${met ? 'meets' : 'misses'} its ${greaterIsBetter ? 'floor' : 'ceiling'} ${formatNumber(threshold)}`,
  pointResult: (metric: string, difference: number, rule: string, met: boolean): string =>
    `${metric} difference ${formatNumber(difference)} ${met ? 'meets' : 'fails'} ${rule} (point estimate)`,
  intervalClears: (metric: string, interval: string, rule: string, confidence: number): string =>
    `${metric} difference ${interval} clears ${rule} across the ${formatNumber(confidence * 100)}% interval`,
  intervalFails: (metric: string, interval: string, rule: string, confidence: number): string =>
    `${metric} difference ${interval} fails ${rule} across the whole ${formatNumber(confidence * 100)}% interval`,
  intervalInconclusive: (metric: string, interval: string, rule: string): string =>
    `${metric} difference ${interval} is inconclusive against ${rule}: the interval neither clears nor rules it out`,
  noRule: 'no metric has a rule, so nothing decides; add metrics.<name> rules to the evaluate-vs-champion policy',
  noChampion: 'no champion: floors only (the change rules are judged once a champion exists)',
  pointOnBound: (metric: string, difference: number, rule: string): string =>
    `${metric} difference ${formatNumber(difference)} is on the bound of ${rule} (point estimate): not strictly better`,
  floorIntervalMeets: (metric: string, interval: string, floor: number, up: boolean, percent: string): string =>
    `${metric} ${interval} meets its ${up ? 'floor' : 'ceiling'} ${formatNumber(floor)} across the ${percent}% interval`,
  floorIntervalMisses: (metric: string, interval: string, floor: number, up: boolean, percent: string): string =>
    `${metric} ${interval} misses its ${up ? 'floor' : 'ceiling'} ${formatNumber(floor)} across the whole ${percent}% interval`,
  floorIntervalInconclusive: (metric: string, interval: string, floor: number, up: boolean): string =>
    `${metric} ${interval} is inconclusive against its ${up ? 'floor' : 'ceiling'} ${formatNumber(floor)}: the interval straddles it`,
  undefinedShareTooHigh: (metric: string, share: number, limit: number): string =>
    `${metric} is inconclusive: it was undefined on ${formatNumber(share * 100)}% of the bootstrap resamples (limit ${formatNumber(limit * 100)}%, sample.max_undefined_share); add rows of the rarer class`,
  sampleMinimum,
  sampleTooSmall: (
    rows: number,
    classes: { readonly positives: number; readonly negatives: number } | undefined,
    min: { readonly minRows: number; readonly minPositives: number; readonly minNegatives: number },
  ): string =>
    `too few rows to judge: ${rows} paired rows${classes === undefined ? '' : ` (${classes.positives} positives, ${classes.negatives} negatives)`}; the policy asks for ${sampleMinimum(min.minRows, classes === undefined ? undefined : min)} (evaluate-vs-champion.sample), so the decision is hold`,
  sampleLine: (
    rows: number,
    classes: { readonly positives: number; readonly negatives: number } | undefined,
    minimum: string,
    maxUndefinedShare: number,
  ): string =>
    `Sample: ${rows} rows${classes === undefined ? '' : ` (${classes.positives} positives, ${classes.negatives} negatives)`}; judged from ${minimum}; a rule is inconclusive when its metric is undefined on more than ${formatNumber(maxUndefinedShare * 100)}% of the resamples.`,
  sliceUndefined: (metric: string, column: string, value: string, rows: number, reason: string): string =>
    `${metric} on ${column}=${value} (${rows} rows) is undefined: ${reason}`,
  sliceTolerance: (tolerance: number, relative = false): string =>
    relative
      ? `worse by at most ${formatNumber(tolerance * 100)}% of the champion's value`
      : `worse by at most ${formatNumber(tolerance)}`,
  sliceRegressesInterval: (
    metric: string,
    slice: string,
    rows: number,
    values: { readonly champion: number; readonly candidate: number },
    interval: string,
    tolerance: string,
  ): string =>
    `${metric} regresses on ${slice} (${rows} rows): ${formatNumber(values.champion)} → ${formatNumber(values.candidate)}, difference ${interval} is beyond the tolerance (${tolerance}) across the whole interval`,
  sliceNoRegression: (metric: string, slice: string, interval: string, tolerance: string): string =>
    `${metric} on ${slice}: difference ${interval} shows no regression beyond the tolerance (${tolerance})`,
  sliceUndefinedShare: (metric: string, slice: string, share: number, limit: number): string =>
    `${metric} on ${slice} is inconclusive: undefined on ${formatNumber(share * 100)}% of the resamples (limit ${formatNumber(limit * 100)}%)`,
  slicesSkipped: (names: readonly string[]): string =>
    `Slices not judged (too few rows, positives or negatives): ${names.join('; ')}.`,
  sliceTooFewRows: (rows: number, min: number): string => `${rows} rows < min_size ${min}`,
  sliceTooFewClass: (count: number, label: 'positives' | 'negatives', min: number): string =>
    `${count} ${label} < min_${label} ${min}`,
  sliceRegresses: (
    metric: string,
    column: string,
    value: string,
    rows: number,
    champion: number,
    candidate: number,
    tolerance: number,
  ): string =>
    `${metric} regresses on ${column}=${value} (${rows} rows): ${formatNumber(champion)} → ${formatNumber(candidate)}, beyond the tolerance ${formatNumber(tolerance)}`,
  sliceWithin: (metric: string, column: string, value: string): string =>
    `${metric} on ${column}=${value} within tolerance`,

  // The title and the summary of the report.
  decisionTitle: (decision: Decision): string =>
    ({
      promote: 'Promote: the candidate meets every rule against the champion',
      hold: 'Hold: the evidence does not show the candidate is better than the champion',
      reject: 'Reject: the candidate fails a rule against the champion',
    })[decision],
  decisionWithReason: (decision: Decision, reason: string): string => `${DECISION_WORD[decision]}: ${reason}`,
  evidenceDisagrees: (
    metric: string,
    interval: string,
    percent: string,
    test: string,
    pValue: string,
    alpha: string,
    intervalExcludesZero: boolean,
  ): string =>
    `${metric}: the ${percent}% bootstrap interval of the difference ${interval} ${intervalExcludesZero ? 'excludes' : 'includes'} 0 while the ${test} test gives p = ${pValue} ${intervalExcludesZero ? '≥' : '<'} α = ${alpha}. They answer different questions (a resampled interval of the size of the difference vs a test of "no difference" at α) and can part near the edge; the rule reads the interval.`,
  championSource: (champion: {
    readonly path: string
    readonly how: string
    readonly model?: string
    readonly version?: number
  }): string =>
    champion.model === undefined
      ? `from ${champion.path}`
      : `${champion.model} v${String(champion.version)} (${champion.how})`,
  summaryHeadline: (
    rows: number,
    champion: string,
    policy: {
      readonly resamples: number
      readonly seed: number
      readonly confidence: number
      readonly evidence: string
      readonly ruleMode: RuleMode
    },
  ): string =>
    `${rows} paired rows; champion ${champion}; ${policy.resamples} paired bootstrap resamples (seed ${policy.seed}), ${Math.round(policy.confidence * 100)}% intervals, evidence: ${policy.evidence}, rule mode: ${policy.ruleMode}.`,
  /** A model name the registry has never seen: a first model, or a misspelt name that would skip the comparison. */
  championModelUnknown: (model: string, registry: string): string =>
    `no champion: ${registry} has no version of a model named "${model}", so only the floors are judged. ` +
    `If this model has a champion, the model name is misspelt: correct it so the candidate is compared with it`,
  championAliasUnset: (model: string, versions: number, alias: string, registry: string): string =>
    `no champion: ${model} has ${versions} version${versions === 1 ? '' : 's'} in ${registry} but none behind alias ${alias} (none promoted yet)`,
}

/**
 * Recurring messages of the fairness gate (`src/core/fairness`, `src/fairness-gate`). Tests compare against
 * these functions. A message says what is wrong; the error's location says where and its hint how to fix it.
 */
import type { Wording } from '../errors.js'

const quote = (text: string): string => JSON.stringify(text)
const list = (names: readonly string[]): string => names.map(quote).join(', ')

export const fairnessMessages = {
  missingColumn:
    (path: string, column: string, input: string, present: readonly string[]): Wording =>
    (w) =>
      `predictions file "${path}" has no column ${quote(column)} (named by ${w.input(input)}); columns present: ${list(present)}`,
  missingColumnHint:
    (input: string): Wording =>
    (w) =>
      `set ${w.flag(input)} to one of the columns present, or add the column to the file`,

  emptyFile: (path: string) => `predictions file "${path}" has no data rows`,
  emptyFileHint: () =>
    'write one row per scored example (label, prediction or score, sensitive columns) before this step',

  nonBinary: (path: string, column: string, count: number, examples: readonly { line: number; value: string }[]) =>
    `column ${quote(column)} of "${path}" must be binary (0/1 or true/false) but ${count} row(s) are not: ` +
    examples.map((e) => `line ${e.line}: ${e.value}`).join('; '),
  nonBinaryHint: () =>
    'encode the positive class as 1 and the negative class as 0 (or true/false); multiclass fairness is not supported',

  nonNumericScore: (
    path: string,
    column: string,
    count: number,
    examples: readonly { line: number; value: string }[],
  ) =>
    `column ${quote(column)} of "${path}" must hold numeric scores but ${count} row(s) do not: ` +
    examples.map((e) => `line ${e.line}: ${e.value}`).join('; '),
  scoreOutOfRange: (
    path: string,
    column: string,
    count: number,
    examples: readonly { line: number; value: string }[],
  ) =>
    `column ${quote(column)} of "${path}" must hold finite scores in [0, 1] but ${count} row(s) do not: ` +
    examples.map((e) => `line ${e.line}: ${e.value}`).join('; '),
  scoreOutOfRangeHint: () =>
    'write scores as probabilities of the positive class in [0, 1] (apply a sigmoid or softmax to raw margins first)',
  nonNumericScoreHint:
    (prediction = 'prediction-column'): Wording =>
    (w) =>
      `write scores as decimal numbers, or give \`${w.name(prediction)}\` with 0/1 predictions instead`,

  predictionOrScore:
    (prediction = 'prediction-column', score = 'score-column'): Wording =>
    (w) =>
      `give exactly one of ${w.inputs([prediction, score])}`,
  predictionOrScoreHint:
    (prediction = 'prediction-column', score = 'score-column', threshold = 'threshold'): Wording =>
    (w) =>
      `use \`${w.name(prediction)}\` for 0/1 predictions, or \`${w.name(score)}\` with \`${w.name(threshold)}\` for scores`,

  badReferenceGroup:
    (text: string, input = 'reference-groups'): Wording =>
    (w) =>
      `${w.input(input)} has "${text}", which is not column=value`,
  badReferenceGroupHint: () => 'write reference groups as comma-separated column=value pairs, e.g. gender=M,region=EU',
  referenceColumnUnknown:
    (column: string, sensitive: readonly string[], input = 'reference-groups'): Wording =>
    (w) =>
      `${w.input(input)} names column ${quote(column)}, which is not a sensitive column (${list(sensitive)})`,
  referenceGroupAbsent: (grouping: string, group: string) =>
    `reference group ${quote(group)} of ${quote(grouping)} has no rows in the predictions file: disparities are measured between groups instead`,
  referenceGroupTooSmall: (grouping: string, group: string, n: number, min: number) =>
    `reference group ${quote(group)} of ${quote(grouping)} has ${n} rows, below min-group-size ${min}: disparities are measured between groups instead`,

  championColumns: (path: string, column: string, present: readonly string[]) =>
    `champion predictions file "${path}" has no column ${quote(column)}; columns present: ${list(present)}`,

  // checks
  tooFewGroups: (grouping: string, judged: number, min: number, excluded: readonly string[]) =>
    `${grouping}: only ${judged} group(s) have at least ${min} rows, so parity cannot be judged` +
    (excluded.length > 0 ? ` (excluded: ${excluded.join(', ')})` : ''),
  groupsJudged: (grouping: string, judged: number) => `${grouping}: ${judged} groups judged`,
  smallGroupsExcluded: (grouping: string, min: number, groups: readonly { key: string; n: number }[]) =>
    `${grouping}: ${groups.length} group(s) below min-group-size ${min} excluded from the verdict: ` +
    groups.map((g) => `${g.key} (n=${g.n})`).join(', '),
  undefinedRates: (grouping: string, items: readonly { key: string; rates: readonly string[] }[]) =>
    `${grouping}: undefined rates excluded from disparities: ` +
    items.map((i) => `${i.key} (${i.rates.join(', ')} undefined)`).join('; '),
  disparityUndefined: (grouping: string, metric: string) =>
    `${grouping}: ${metric} is undefined (fewer than two groups with a defined rate, a zero denominator, or an undefined rate in the reference group)`,
  disparityPass: (grouping: string, metric: string, value: string, bound: string, pair: string) =>
    `${grouping}: ${metric} ${value} within ${bound} (${pair})`,
  disparityFail: (grouping: string, metric: string, value: string, bound: string, pair: string) =>
    `${grouping}: ${metric} ${value} violates ${bound} (${pair})`,
  disparityInconclusive: (grouping: string, metric: string, value: string, bound: string, pair: string) =>
    `${grouping}: ${metric} ${value} is inconclusive against ${bound} (${pair}): the data do not establish it either way`,
  championInconclusive: (grouping: string, metric: string, champion: string, candidate: string, tolerance: string) =>
    `${grouping}: ${metric} ${candidate} vs champion ${champion} worsened by more than the tolerance ${tolerance}, but not with confidence (the intervals overlap)`,
  championWorse: (grouping: string, metric: string, champion: string, candidate: string, tolerance: string) =>
    `${grouping}: ${metric} worsened from ${champion} (champion) to ${candidate}, more than the tolerance ${tolerance}`,
  championWithin: (grouping: string, metric: string, champion: string, candidate: string, tolerance: string) =>
    `${grouping}: ${metric} ${candidate} vs champion ${champion}, within the tolerance ${tolerance}`,
  championUndefined: (grouping: string, metric: string) =>
    `${grouping}: ${metric} cannot be compared with the champion (undefined for one of them)`,

  // summary and titles
  summary: (minGroupSize: number, confidence: number, comparisons: number, useInterval: boolean) =>
    `Disparities over groups with at least ${minGroupSize} rows; ` +
    `simultaneous ${Math.round(confidence * 100)}% score intervals (Newcombe for differences, Katz log for ratios; ` +
    `Bonferroni over ${comparisons} comparison(s)); a check fails only when its whole interval is beyond the ` +
    `threshold, passes when ${useInterval ? 'its whole interval' : 'its point estimate'} is within it, and warns otherwise.`,
  titlePass: (groupings: number, checks: number) =>
    `Fairness gate passed: ${checks} disparity checks over ${groupings} grouping(s) are within their thresholds.`,
  titleFail: (first: string, more: number) => `Fairness gate failed: ${first}${more > 0 ? ` (and ${more} more)` : ''}.`,
  titleWarn: (first: string, more: number) =>
    `Fairness gate passed with warnings: ${first}${more > 0 ? ` (and ${more} more)` : ''}.`,
  titleError: (first: string) => `Fairness gate could not decide: ${first}.`,
} as const

/** How a missing sensitive value is shown as a group. */
export const MISSING_GROUP = '(missing)'

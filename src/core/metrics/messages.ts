import type { Wording } from '../errors.js'

// Recurring messages of src/core/metrics; tests compare against these functions.

export const metricsMessages = {
  empty: (fn: string): string => `${fn}: at least one row is needed`,
  lengthMismatch: (fn: string, a: number, b: number): string => `${fn}: lengths differ (${a} vs ${b})`,
  notBinaryLabel: (fn: string, index: number, value: number): string =>
    `${fn}: label at row ${index} is ${value}; binary labels must be 0 or 1`,
  scoreOutOfRange: (fn: string, index: number, value: number): string =>
    `${fn}: score at row ${index} is ${value}; scores must be probabilities in [0, 1]`,
  notFinite: (fn: string, index: number): string => `${fn}: value at row ${index} is not a finite number`,
  singleClass: (fn: string): string =>
    `${fn}: only one class is present in the labels, so the metric is undefined (sklearn raises here too); evaluate on rows with both classes`,
  noPositives: (fn: string): string => `${fn}: there are no positive labels, so the metric is undefined`,
  noPredictedPositives: (fn: string): string =>
    `${fn}: no row is predicted positive, so precision is undefined (sklearn would report 0 with a warning)`,
  constantTruth: (fn: string): string => `${fn}: the true values are constant, so R² is undefined`,
  zeroWeight: (fn: string): string => `${fn}: the weights sum to 0`,
  classOutOfRange: (fn: string, index: number, value: number, classes: number): string =>
    `${fn}: label at row ${index} is class index ${value}; it must be an integer in [0, ${classes - 1}]`,
  probabilityOutOfRange: (fn: string, index: number, column: number, value: number): string =>
    `${fn}: probability at row ${index}, class column ${column} is ${value}; probabilities must be numbers in [0, 1]`,
  probabilitiesDoNotSumToOne: (fn: string, index: number, sum: number): string =>
    `${fn}: the class probabilities of row ${index} sum to ${sum}, not 1 (tolerance |sum − 1| ≤ 1e-8 + 1e-5·sum, numpy.allclose as sklearn checks)`,
  tooFewClasses: (fn: string, classes: number): string => `${fn}: ${classes} class column(s); at least 2 are needed`,
  classWithoutRows: (fn: string, classIndex: number): string =>
    `${fn}: class ${classIndex} has no rows in the labels, so its one-vs-rest ROC-AUC is undefined (sklearn raises here too); evaluate on rows of every class, or use roc-auc-ovo, which averages over the classes present`,
  fewerThanTwoClassesPresent: (fn: string): string =>
    `${fn}: fewer than two classes are present in the labels, so one-vs-one ROC-AUC is undefined`,
  needsProbabilities:
    (fn: string, input = 'probability-columns'): Wording =>
    (w) =>
      `${fn} is computed from class probabilities, but ${w.input(input)} is not set`,
  needsProbabilitiesHint:
    (input = 'probability-columns'): Wording =>
    (w) =>
      `set ${w.setting(input, 'proba_*')} (one column per class, the class after the prefix) or class=column pairs, or drop the metric`,
  unknownMetric: (name: string, task: string, known: readonly string[]): string =>
    `metric "${name}" is not defined for task ${task}; use one of ${known.join(', ')}`,
} as const

/** Labels that are text (`benign` / `malignant`): what `positive-label` is for. */
export const textLabelMessages = {
  needsPositiveLabel: (column: string, distinct: readonly string[]): string =>
    `column "${column}" holds the labels ${distinct.map((d) => JSON.stringify(d)).join(' and ')}, not 0/1 or true/false`,
  needsPositiveLabelHint:
    (input: string, distinct: readonly string[]): Wording =>
    (w) =>
      `set ${w.flag(input)} to the label of the positive class (one of ${distinct.map((d) => JSON.stringify(d)).join(', ')})`,
  notTwoLabels: (column: string, positive: string, distinct: readonly string[]): string =>
    distinct.length > 2
      ? `positive-label "${positive}" makes a binary task of two labels, but column "${column}" holds more: ${distinct.map((d) => JSON.stringify(d)).join(', ')}, …`
      : `positive-label "${positive}" is not a label of column "${column}", whose labels are ${distinct.map((d) => JSON.stringify(d)).join(', ')}`,
  notTwoLabelsHint: (): string =>
    'give the exact text of the positive class (compared as text, case-sensitive), or relabel the rows as two classes',
}

// Recurring messages of the explainability gate (explanation files, permutation importance, the top-k check);
// tests compare against these functions.
import type { InputWords } from '../errors.js'
import { formatNumber } from '../report/format-number.js'

export const explainMessages = {
  // Explanation files (register-model's explanation input).
  malformed: (file: string, why: string): string => `the explanation file ${file} is not an explanation: ${why}`,
  fixMalformed:
    'write {"feature": importance, …}, a list of {"feature", "importance", "std"?}, or {"method", "sample_size", "importances"} (schemas/explanation.schema.json)',
  notNumber: (feature: string): string => `the importance of "${feature}" is not a finite number`,
  noFeature: (index: number): string => `item ${index + 1} has no "feature" name`,
  badStd: (feature: string): string => `the std of "${feature}" is not a finite number ≥ 0`,
  notImportances: 'importances must be an object of feature → number or a list of {feature, importance}',
  unknownKeys: (keys: readonly string[]): string =>
    `unknown key${keys.length === 1 ? '' : 's'} ${keys.map((k) => `"${k}"`).join(', ')} beside "importances"`,
  badMethod: '"method" must be a non-empty string',
  badSampleSize: '"sample_size" must be an integer ≥ 1',
  noImportances: 'it names no feature',
  duplicateFeature: (feature: string): string => `feature "${feature}" is given twice`,
  explanationRequired: (w: InputWords): string =>
    `register-model.explanation.required is set, but ${w.input('explanation')} names no file`,
  fixExplanationRequired: (w: InputWords): string =>
    `pass a JSON file of feature importances (e.g. SHAP mean |value| or sklearn permutation_importance) in ${w.name('explanation')}`,
  // Permutation importance (evaluate-vs-champion).
  tooFewRows: (rows: number): string => `explainability needs at least 2 rows of data with labels; ${rows} found`,
  noFeatures: (data: string): string => `the data ${data} has no feature column to permute (only id and label)`,
  notScore: (which: string, n: number, field: string, line: string): string =>
    `the ${which}'s answer to explainability request ${n} has no numeric "${field}": ${JSON.stringify(line.slice(0, 80))}`,
  fixNotScore: (field: string): string =>
    `answer each request with a number or {"${field}": number}, or name the field in evaluate-vs-champion.explainability.response_field`,
  badLabel:
    (row: number, label: string) =>
    (w: InputWords): string =>
      `row ${row} of the data has label ${JSON.stringify(label)}; explainability needs 0/1 labels (or ${w.name('positive-label')}) for a binary task, numbers for regression`,
  fixBadLabel: (w: InputWords): string =>
    `set ${w.name('positive-label')} for text labels, or ${w.name('label-column')} to the column that holds the outcome`,
  noLabelColumn: (column: string, data: string): string =>
    `explainability needs the labels in the data: ${data} has no column "${column}"`,
  fixNoLabelColumn: (w: InputWords): string => `add the label column to the data, or set ${w.name('label-column')}`,
  unsupportedTask: 'explainability supports the binary and regression tasks (one number per answer)',
  fixUnsupportedTask: 'remove evaluate-vs-champion.explainability, or score a binary or regression model',
  unsupportedMetric: (metric: string, task: string): string =>
    `explainability.metric "${metric}" is not a ${task} metric computed from one number per row`,
  // The top-k check (evaluate-vs-champion).
  notComputed: (what: string, missing: readonly string[]): string =>
    `the explainability check ${what} could not be computed: ${missing.join('; ')}`,
  topK: (overlap: number, k: number, min: number, low: boolean): string =>
    `${formatNumber(overlap * k)} of the champion's top ${k} features are in the candidate's top ${k} (overlap ${formatNumber(overlap)} ${low ? '<' : '≥'} ${formatNumber(min)})`,
  rankCorrelation: (rho: number, features: number, min: number, low: boolean): string =>
    `Spearman rank correlation of the importances over ${features} features ${formatNumber(rho)} ${low ? '<' : '≥'} ${formatNumber(min)}`,
  rankCorrelationUndefined: (features: number): string =>
    `the rank correlation over ${features} common feature${features === 1 ? '' : 's'} is undefined (fewer than 2, or constant importances)`,
  noChampion: 'there is no champion to compare the importances with (the check is not judged, like every change rule)',
}

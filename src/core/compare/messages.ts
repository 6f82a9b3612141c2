// Recurring messages of src/core/compare; tests compare against these functions.
import { formatNumber } from '../report/format-number.js'

export const compareMessages = {
  mlflowAbsoluteChangeNotPositive: (metric: string, value: number): string =>
    `metrics.${metric}.min_absolute_change is ${value}; mlflow mode requires a positive number (MLflow rejects it too). Use rule-mode: default for a non-inferiority margin`,
  mlflowRelativeChangeOutOfRange: (metric: string, value: number): string =>
    `metrics.${metric}.min_relative_change is ${value}; mlflow mode requires 0 < value <= 1`,
  relativeChangeNegative: (metric: string, value: number): string =>
    `metrics.${metric}.min_relative_change is ${value}; it must be >= 0 (use min_absolute_change for a margin below the champion)`,
  floorMissed: (metric: string, value: number, threshold: number, greaterIsBetter: boolean): string =>
    `${metric} ${formatNumber(value)} ${greaterIsBetter ? '<' : '>'} ${greaterIsBetter ? 'floor' : 'ceiling'} ${formatNumber(threshold)}`,
  latencyNotMeasured: (budgetMs: number, missing: readonly string[]): string =>
    `latency budget ${formatNumber(budgetMs)} ms not checked: ${missing.length === 0 ? 'latency was not measured' : `set input${missing.length === 1 ? '' : 's'} ${missing.join(', ')} so both models' predict-command can be timed`}`,
  changeMissed: (metric: string, required: string): string => `${metric} does not clear ${required}`,
}

import { ConfigurationError } from '../core/errors.js'
import { MULTICLASS_PROBABILITY_METRICS, type MetricName, type Task } from '../core/metrics/metric-name.js'
import { Inputs, type EvaluateInputs } from './inputs.js'

/**
 * `probability-columns` belongs to multiclass, and the multiclass probability metrics (log-loss, roc-auc-ovr…)
 * need it.
 * @throws {ConfigurationError} naming the input and the metric
 */
export function checkProbabilityInputs(inputs: EvaluateInputs, task: Task, metrics: readonly MetricName[]): void {
  if (inputs.probabilityColumns !== undefined && task !== 'multiclass') {
    throw new ConfigurationError(
      (w) => `${w.input(Inputs.ProbabilityColumns)} is for task multiclass, but the task is ${task}`,
      { input: Inputs.ProbabilityColumns },
      task === 'binary'
        ? (w) => `binary tasks read the probability of class 1 from ${w.name(Inputs.ScoreColumn)}`
        : (w) => `remove it, or set ${w.setting(Inputs.Task, 'multiclass')}`,
    )
  }
  if (task !== 'multiclass' || inputs.probabilityColumns !== undefined) return
  const needing = metrics.filter((m) => (MULTICLASS_PROBABILITY_METRICS as readonly string[]).includes(m))
  if (needing.length > 0) {
    throw new ConfigurationError(
      (w) =>
        `${needing.join(', ')} ${needing.length === 1 ? 'is' : 'are'} computed from class probabilities, but ${w.input(Inputs.ProbabilityColumns)} is not set`,
      { input: Inputs.ProbabilityColumns },
      (w) =>
        `set ${w.setting(Inputs.ProbabilityColumns, 'proba_*')} (one column per class, the class after the prefix) or class=column pairs, or drop those metrics from ${w.input(Inputs.Metrics)} and the policy`,
    )
  }
}

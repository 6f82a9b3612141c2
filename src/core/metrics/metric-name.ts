/** Task types the gate evaluates. */
export type Task = 'binary' | 'multiclass' | 'regression'

/** Metric names, as written in the `metrics` input and the policy. */
export const BINARY_METRICS = [
  'accuracy',
  'precision',
  'recall',
  'f1',
  'roc-auc',
  'pr-auc',
  'log-loss',
  'brier',
  'ece',
] as const
/** Multiclass metrics of the predicted class (given, or the argmax of the probability columns). */
export const MULTICLASS_LABEL_METRICS = [
  'accuracy',
  'precision-macro',
  'recall-macro',
  'f1-macro',
  'precision-micro',
  'recall-micro',
  'f1-micro',
  'precision-weighted',
  'recall-weighted',
  'f1-weighted',
] as const
/** Multiclass metrics of the class probability matrix (need probability columns). */
export const MULTICLASS_PROBABILITY_METRICS = [
  'log-loss',
  'roc-auc-ovr',
  'roc-auc-ovr-weighted',
  'roc-auc-ovo',
  'roc-auc-ovo-weighted',
] as const
export const MULTICLASS_METRICS = [...MULTICLASS_LABEL_METRICS, ...MULTICLASS_PROBABILITY_METRICS] as const
export const REGRESSION_METRICS = ['mae', 'rmse', 'r2', 'mape'] as const

export type BinaryMetricName = (typeof BINARY_METRICS)[number]
export type MulticlassLabelMetricName = (typeof MULTICLASS_LABEL_METRICS)[number]
export type MulticlassProbabilityMetricName = (typeof MULTICLASS_PROBABILITY_METRICS)[number]
export type MulticlassMetricName = (typeof MULTICLASS_METRICS)[number]
export type RegressionMetricName = (typeof REGRESSION_METRICS)[number]
export type MetricName = BinaryMetricName | MulticlassMetricName | RegressionMetricName

/** The metrics a task knows, in report order. */
export const METRICS_BY_TASK: Readonly<Record<Task, readonly MetricName[]>> = {
  binary: BINARY_METRICS,
  multiclass: MULTICLASS_METRICS,
  regression: REGRESSION_METRICS,
}

/** Whether a larger value is better, by metric (losses and errors are smaller-is-better). */
export const GREATER_IS_BETTER: Readonly<Record<MetricName, boolean>> = {
  accuracy: true,
  precision: true,
  recall: true,
  f1: true,
  'roc-auc': true,
  'pr-auc': true,
  'log-loss': false,
  brier: false,
  ece: false,
  'precision-macro': true,
  'recall-macro': true,
  'f1-macro': true,
  'precision-micro': true,
  'recall-micro': true,
  'f1-micro': true,
  'precision-weighted': true,
  'recall-weighted': true,
  'f1-weighted': true,
  'roc-auc-ovr': true,
  'roc-auc-ovr-weighted': true,
  'roc-auc-ovo': true,
  'roc-auc-ovo-weighted': true,
  mae: false,
  rmse: false,
  r2: true,
  mape: false,
}

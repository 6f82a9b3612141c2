/**
 * A metric that has no value on these rows (0/0: ROC-AUC with one class present, precision with nothing predicted
 * positive, R² of a constant target, a zero total weight). A RangeError (R6), with its own class so that a caller
 * that reports undefined metrics as values (compareModels, compareSlices) can tell it from invalid data or a bug,
 * which stay plain RangeErrors.
 * @example
 * new UndefinedMetricError('roc-auc: only one class is present').name // => 'UndefinedMetricError'
 */
export class UndefinedMetricError extends RangeError {
  constructor(message: string) {
    super(message)
    this.name = 'UndefinedMetricError'
  }
}

import type { Task } from '../metrics/metric-name.js'

/**
 * Candidate and champion predictions on the same rows (already paired by id).
 * binary: `score*` are probabilities of class 1 and labels are 0/1; multiclass: `pred*` are class codes;
 * regression: `pred*` are predicted values. Multiclass may add class probabilities (`*Probabilities`, row-major
 * n × classCount, column c = class code c; labels and predictions are then class codes 0 … classCount − 1).
 */
export interface PairedPredictions {
  readonly task: Task
  readonly yTrue: Float64Array
  readonly candidateScore?: Float64Array
  readonly championScore?: Float64Array
  readonly candidatePred?: Float64Array
  readonly championPred?: Float64Array
  readonly classCount?: number
  readonly candidateProbabilities?: Float64Array
  readonly championProbabilities?: Float64Array
}

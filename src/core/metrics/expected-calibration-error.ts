import { binaryMetric } from './binary-metric.js'
import { ECE_BINS } from './calibration-bin.js'
import { prepareBinary } from './prepare-binary.js'

export { ECE_BINS }

/**
 * Expected calibration error of binary probabilities (Naeini, Cooper & Hauskrecht 2015; Guo et al. 2017), on the
 * positive-class probability: Σ_b (n_b / n)·|acc_b − conf_b| over {@link ECE_BINS} equal-width bins
 * (calibrationBin), where acc_b is the observed positive rate and conf_b the mean predicted probability of
 * the rows in bin b (empty bins add nothing) — equivalently Σ_b |Σ_{i∈b}(yᵢ − pᵢ)| / n. Smaller is better; 0 is
 * perfectly calibrated at this binning. `threshold` is unused.
 * @see https://arxiv.org/abs/1706.04599
 * @throws {RangeError} on invalid labels/scores (see prepareBinary)
 * @example
 * expectedCalibrationError([0, 1, 1, 0], [0.25, 0.75, 0.75, 0.25]) // => 0.25
 */
export function expectedCalibrationError(yTrue: ArrayLike<number>, yScore: ArrayLike<number>, threshold = 0.5): number {
  return binaryMetric(prepareBinary(yTrue, yScore, threshold), 'ece')
}

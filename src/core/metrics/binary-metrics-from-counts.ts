import type { BinaryMetricName } from './metric-name.js'
import { binaryMetricsFromTotals } from './binary-metrics-from-totals.js'
import { ECE_BINS } from './calibration-bin.js'
import type { PreparedBinary } from './prepare-binary.js'

/**
 * The binary metrics from weighted bucket counts, `counts[2·g + y]` = total weight of rows with label y at the g-th
 * highest distinct score (see prepareBinary). Each metric is a function of these counts alone, so this is one walk
 * over the distinct scores, whatever the number of rows:
 * - confusion: groups g < positiveGroups are predicted positive (score ≥ threshold);
 * - roc-auc: Σ_g pos_g·(negatives below g + ½·neg_g) / (P·N), ties counting ½ (sklearn's trapezoid);
 * - pr-auc: Σ_g pos_g·precision_g / P over groups with positives (sklearn's `average_precision_score`);
 * - log-loss, brier: Σ_b counts_b·term_b / total;
 * - ece: Σ over calibration bins of |Σ_g pos_g − (pos_g + neg_g)·s_g| / total (expectedCalibrationError).
 * An undefined value (0/0) is NaN when `undefinedAs: 'nan'`, else it throws (R6).
 * @see https://scikit-learn.org/1.2/modules/model_evaluation.html
 * @throws {UndefinedMetricError} (a RangeError) when a metric is undefined on these counts and `undefinedAs` is
 *   'throw' (the default)
 * @example
 * binaryMetricsFromCounts(prepareBinary([0, 1], [0.2, 0.7]), Float64Array.of(0, 1, 1, 0), ['roc-auc']) // => [1]
 */
export function binaryMetricsFromCounts(
  data: Pick<
    PreparedBinary,
    'groupCount' | 'positiveGroups' | 'bucketLogLoss' | 'bucketBrier' | 'groupScore' | 'groupBin'
  >,
  counts: Float64Array,
  metrics: readonly BinaryMetricName[],
  undefinedAs: 'throw' | 'nan' = 'throw',
): number[] {
  const { groupCount, positiveGroups, bucketLogLoss, bucketBrier } = data
  let positives = 0
  let negatives = 0
  let tp = 0
  let fp = 0
  let logLoss = 0
  let brier = 0
  for (let g = 0; g < groupCount; g++) {
    const gn = counts[2 * g] as number
    const gp = counts[2 * g + 1] as number
    positives += gp
    negatives += gn
    if (g < positiveGroups) {
      tp += gp
      fp += gn
    }
    logLoss += gn * (bucketLogLoss[2 * g] as number) + gp * (bucketLogLoss[2 * g + 1] as number)
    brier += gn * (bucketBrier[2 * g] as number) + gp * (bucketBrier[2 * g + 1] as number)
  }
  const needRanks = metrics.includes('roc-auc') || metrics.includes('pr-auc')
  let rocArea = 0
  let prArea = 0
  if (needRanks) {
    let cumPos = 0
    let cumNeg = 0
    for (let g = 0; g < groupCount; g++) {
      const gn = counts[2 * g] as number
      const gp = counts[2 * g + 1] as number
      // Positives at this score beat every negative below it and tie (½) with the gn negatives at it.
      rocArea += gp * (negatives - cumNeg - 0.5 * gn)
      if (gp > 0) prArea += gp * ((cumPos + gp) / (cumPos + gp + cumNeg + gn))
      cumPos += gp
      cumNeg += gn
    }
  }
  const calibrationGap = metrics.includes('ece') ? calibrationGapOf(data, counts) : 0
  return binaryMetricsFromTotals(
    { positives, negatives, tp, fp, logLoss, brier, rocArea, prArea, calibrationGap },
    metrics,
    undefinedAs,
  )
}

/**
 * Σ_b |Σ_{g in bin b} (pos_g·(1 − s_g) − neg_g·s_g)|: the calibration bins' summed gaps between observed positives
 * and predicted probability mass (expectedCalibrationError's numerator).
 */
function calibrationGapOf(data: Pick<PreparedBinary, 'groupCount' | 'groupScore' | 'groupBin'>, counts: Float64Array) {
  const gaps = new Float64Array(ECE_BINS)
  for (let g = 0; g < data.groupCount; g++) {
    const gn = counts[2 * g] as number
    const gp = counts[2 * g + 1] as number
    const b = data.groupBin[g] as number
    gaps[b] = (gaps[b] as number) + gp - (gn + gp) * (data.groupScore[g] as number)
  }
  let sum = 0
  for (const gap of gaps) sum += Math.abs(gap)
  return sum
}

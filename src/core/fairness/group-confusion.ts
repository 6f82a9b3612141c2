/** The confusion counts of one group (positive class = 1). */
export interface GroupConfusion {
  readonly n: number
  readonly tp: number
  readonly fp: number
  readonly tn: number
  readonly fn: number
}

/**
 * Disaggregates binary labels and predictions by group: one confusion table per group code
 * (fairlearn's MetricFrame `by_group` layer, reduced to the counts every group metric is built from). With
 * `weights`, row i counts `weights[i]` times (a row of a fold: the number of rows it stands for).
 * @throws {RangeError} if the arrays differ in length or a code is outside [0, groupCount)
 * @example
 * groupConfusion(Int32Array.from([0, 0, 1]), Uint8Array.from([1, 0, 1]), Uint8Array.from([1, 1, 0]), 2)
 * // => [{ n: 2, tp: 1, fp: 1, tn: 0, fn: 0 }, { n: 1, tp: 0, fp: 0, tn: 0, fn: 1 }]
 */
export function groupConfusion(
  codes: Int32Array,
  yTrue: Uint8Array,
  yPred: Uint8Array,
  groupCount: number,
  weights?: Float64Array,
): GroupConfusion[] {
  const n = codes.length
  if (yTrue.length !== n || yPred.length !== n || (weights !== undefined && weights.length !== n)) {
    throw new RangeError(
      `groupConfusion: codes, yTrue, yPred (and weights) must have the same length (${n}, ${yTrue.length}, ${yPred.length}${weights === undefined ? '' : `, ${weights.length}`})`,
    )
  }
  // cells[4g + 2·y + ŷ]: 0 = tn, 1 = fp, 2 = fn, 3 = tp
  const cells = new Float64Array(groupCount * 4)
  for (let i = 0; i < n; i++) {
    const g = codes[i]!
    if (g < 0 || g >= groupCount)
      throw new RangeError(`groupConfusion: code ${g} at row ${i} is outside [0, ${groupCount})`)
    cells[4 * g + 2 * yTrue[i]! + yPred[i]!]! += weights === undefined ? 1 : weights[i]!
  }
  const out: GroupConfusion[] = []
  for (let g = 0; g < groupCount; g++) {
    const tn = cells[4 * g]!,
      fp = cells[4 * g + 1]!,
      fn = cells[4 * g + 2]!,
      tp = cells[4 * g + 3]!
    out.push({ n: tn + fp + fn + tp, tp, fp, tn, fn })
  }
  return out
}

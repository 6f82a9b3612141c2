/** Average ranks (1-based; ties share the mean of their positions), as scipy.stats.rankdata's default. */
function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number))
  const ranks = new Array<number>(values.length).fill(0)
  for (let k = 0; k < order.length;) {
    let end = k
    while (end + 1 < order.length && values[order[end + 1] as number] === values[order[k] as number]) end++
    const rank = (k + end) / 2 + 1
    for (let t = k; t <= end; t++) ranks[order[t] as number] = rank
    k = end + 1
  }
  return ranks
}

/**
 * Spearman's rank correlation ρ: Pearson's correlation of the average ranks (scipy.stats.spearmanr). `undefined`
 * for fewer than two pairs or when either side is constant (scipy returns nan).
 * @throws {RangeError} when the lengths differ
 * @example spearmanCorrelation([0.4, 0.3, 0.2, 0.1], [0.1, 0.2, 0.3, 0.4]) // => -1
 * @example spearmanCorrelation([1, 1], [1, 2]) // => undefined
 */
export function spearmanCorrelation(a: readonly number[], b: readonly number[]): number | undefined {
  if (a.length !== b.length) throw new RangeError(`spearmanCorrelation: ${a.length} and ${b.length} values`)
  const n = a.length
  if (n < 2) return undefined
  const ra = averageRanks(a)
  const rb = averageRanks(b)
  const mean = (n + 1) / 2
  let sab = 0
  let saa = 0
  let sbb = 0
  for (let i = 0; i < n; i++) {
    const da = (ra[i] as number) - mean
    const db = (rb[i] as number) - mean
    sab += da * db
    saa += da * da
    sbb += db * db
  }
  if (saa === 0 || sbb === 0) return undefined
  return sab / Math.sqrt(saa * sbb)
}

/** Share given to an empty bin before PSI: 1e-4 (Evidently's convention), the other shares unchanged. */
export const EMPTY_BIN_SHARE = 1e-4

/**
 * Shares of counts per bin with empty bins set to {@link EMPTY_BIN_SHARE} (so the PSI's log stays finite);
 * the shares are not renormalised, as Evidently and most PSI implementations do. All-zero counts give all ε.
 * @throws never
 * @example
 * binShares([0, 3, 1]) // => [0.0001, 0.75, 0.25]
 */
export function binShares(counts: readonly number[]): number[] {
  let total = 0
  for (const c of counts) total += c
  return counts.map((c) => (c > 0 && total > 0 ? c / total : EMPTY_BIN_SHARE))
}

import { statsMessages } from './messages.js'

/**
 * Benjamini–Hochberg adjusted p-values (false-discovery-rate control over independent or positively dependent
 * tests), equal to scipy.stats.false_discovery_control(ps, method='bh'): sort ascending, pᵢ·m/i, cumulative
 * minimum from the largest down, clipped to 1; returned in the input order. Reject where adjusted ≤ q.
 * @see Benjamini, Y. & Hochberg, Y. (1995) J. R. Statist. Soc. B 57(1)
 * @throws {RangeError} if a p-value is outside [0, 1]
 * @example
 * benjaminiHochberg([0.01, 0.04, 0.03]) // => [0.03, 0.04, 0.04]
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length
  for (const p of pValues)
    if (!(p >= 0 && p <= 1)) throw new RangeError(statsMessages.probabilityOutOfRange('benjaminiHochberg', p))
  const order = pValues.map((_, i) => i).sort((a, b) => (pValues[a] as number) - (pValues[b] as number))
  const adjusted = new Array<number>(m)
  let running = 1
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1] as number
    running = Math.min(running, ((pValues[index] as number) * m) / rank)
    adjusted[index] = Math.min(1, running)
  }
  return adjusted
}

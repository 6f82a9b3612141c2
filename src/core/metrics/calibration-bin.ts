/** Equal-width bins of the positive-class probability the `ece` metric uses (Guo et al. 2017 use 15; 10 is common). */
export const ECE_BINS = 10

/**
 * The equal-width bin of a probability p in [0, 1] among `bins` bins with edges i/bins (computed as i·(1/bins),
 * as numpy's `linspace(0, 1, bins + 1)`): bins are right-closed, (eᵢ, eᵢ₊₁], and the first also holds 0 — Guo et
 * al.'s `conf > lower & conf <= upper`, with p = 0 kept rather than dropped.
 * @throws never
 * @example
 * calibrationBin(0.1, 10) // => 0
 * @example
 * calibrationBin(0.15, 10) // => 1
 */
export function calibrationBin(p: number, bins = ECE_BINS): number {
  const step = 1 / bins
  const edge = (i: number): number => (i === bins ? 1 : i * step)
  let k = Math.min(Math.max(Math.ceil(p * bins) - 1, 0), bins - 1)
  while (k > 0 && p <= edge(k)) k--
  while (k < bins - 1 && p > edge(k + 1)) k++
  return k
}

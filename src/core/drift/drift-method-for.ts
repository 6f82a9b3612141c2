/** How a column is compared: numeric distributions or category frequencies. */
export type ColumnKind = 'numeric' | 'categorical'
/** Drift methods; p-value tests ('ks', 'chi-square') drift when p < threshold, distances when value ≥ threshold. */
export type DriftMethod = 'ks' | 'chi-square' | 'wasserstein' | 'jensen-shannon' | 'psi'

/** Samples at or below this size (the smaller of reference and current) use p-value tests; above, distances. */
export const LARGE_SAMPLE_SIZE = 1000

/**
 * The drift method for a column, by documented rules (learned from Evidently's defaults, with distances taking over
 * on large samples because p-values there flag negligible shifts):
 * - numeric, min(nRef, nCur) ≤ 1000 → two-sample Kolmogorov–Smirnov ('ks'), drift when the (BH-adjusted) p < 0.05;
 * - numeric, larger → normalised Wasserstein distance ('wasserstein', ÷ reference std), drift when ≥ 0.1;
 * - categorical, ≤ 1000 → chi-square test of the category counts ('chi-square'), drift when p < 0.05;
 * - categorical, larger → Jensen–Shannon distance base 2 ('jensen-shannon'), drift when ≥ 0.1.
 * An override (policy `drift.columns.<name>.method`) wins.
 * @throws never
 * @example
 * driftMethodFor('numeric', 5000, 200) // => 'ks'
 */
export function driftMethodFor(
  kind: ColumnKind,
  referenceSize: number,
  currentSize: number,
  override?: DriftMethod,
  largeSampleSize = LARGE_SAMPLE_SIZE,
): DriftMethod {
  if (override !== undefined) return override
  const small = Math.min(referenceSize, currentSize) <= largeSampleSize
  if (kind === 'numeric') return small ? 'ks' : 'wasserstein'
  return small ? 'chi-square' : 'jensen-shannon'
}

/** Whether a method yields a p-value (and so takes part in the Benjamini–Hochberg correction). */
export const isPValueMethod = (method: DriftMethod): boolean => method === 'ks' || method === 'chi-square'

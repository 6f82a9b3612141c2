/** How a column is compared: numeric distributions or category frequencies. */
export type ColumnKind = 'numeric' | 'categorical'
/** Drift methods; p-value tests ('ks', 'chi-square') drift when p < threshold, distances when value ≥ threshold. */
export type DriftMethod = 'ks' | 'chi-square' | 'wasserstein' | 'jensen-shannon' | 'psi'

/**
 * The drift method for a column, the same at every sample size: numeric → two-sample Kolmogorov–Smirnov ('ks'),
 * categorical → chi-square test of the category counts ('chi-square'). decideDrift then asks for significance after
 * Benjamini–Hochberg AND a minimum effect, so that large samples do not flag negligible shifts; no distance takes
 * over above a sample size. An override (policy `drift.method`, or `drift.columns.<name>.method`) wins.
 * @throws never
 * @example
 * driftMethodFor('numeric') // => 'ks'
 */
export function driftMethodFor(kind: ColumnKind, override?: DriftMethod): DriftMethod {
  if (override !== undefined) return override
  return kind === 'numeric' ? 'ks' : 'chi-square'
}

/** Whether a method yields a p-value (and so takes part in the Benjamini–Hochberg correction). */
export const isPValueMethod = (method: DriftMethod): boolean => method === 'ks' || method === 'chi-square'

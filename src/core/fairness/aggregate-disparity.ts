/** A disparity between two groups: the value and the pair of group indices that produce it. */
export interface PairDisparity {
  /** `null` when fewer than two groups have a defined value, or a ratio's denominator is 0. */
  readonly value: number | null
  /** The group with the lower metric value (for a reference comparison: the compared group). */
  readonly low: number | null
  /** The group with the higher metric value (for a reference comparison: the reference group). */
  readonly high: number | null
}

/** One group's disparity against the reference value `r` (null where a ratio's denominator is 0). */
function pairValue(m: number, r: number, kind: 'difference' | 'ratio' | 'ratio-to-reference'): number | null {
  if (kind === 'difference') return Math.abs(m - r)
  if (kind === 'ratio-to-reference') return r === 0 ? null : m / r
  return m === 0 || r === 0 ? (m === r ? null : 0) : Math.min(m / r, r / m)
}

/** The worst disparity of any defined group against the reference group. */
function againstReference(
  values: readonly (number | null)[],
  defined: readonly number[],
  kind: 'difference' | 'ratio' | 'ratio-to-reference',
  reference: number,
): PairDisparity {
  const none: PairDisparity = { value: null, low: null, high: null }
  // A reference whose own rate is undefined leaves nothing to compare with: undefined, not a silent switch.
  const r = values[reference]
  if (r === null || r === undefined) return none
  let best: PairDisparity = none
  for (const g of defined) {
    if (g === reference) continue
    const value = pairValue(values[g]!, r, kind)
    if (value === null) return none
    const worse = best.value === null || (kind === 'difference' ? value > best.value : value < best.value)
    if (worse) best = { value, low: g, high: reference }
  }
  return best
}

/**
 * Aggregates per-group values into one disparity, as fairlearn's `MetricFrame.difference()` / `.ratio()`:
 * - between groups (no reference): difference = max − min, ratio = min / max over the included groups
 *   with a defined value;
 * - versus a reference group r: difference = max over g ≠ r of |m_g − m_r|; ratio = min over g ≠ r of
 *   min(m_g / m_r, m_r / m_g) (fairlearn's `to_overall` formula with r in place of the overall value);
 *   `'ratio-to-reference'` is min over g ≠ r of m_g / m_r (AIF360's unprivileged / privileged).
 * `null` values and groups not `included` are skipped. A ratio with a zero denominator is `null`; so is every
 * disparity against a reference whose own value is `null`.
 * @see https://fairlearn.org/main/api_reference/generated/fairlearn.metrics.MetricFrame.html
 * @example aggregateDisparity([0.2, 0.5, 0.4], [true, true, true], 'difference').value // => 0.3
 * @example aggregateDisparity([0.2, 0.5, null], [true, true, true], 'ratio').value // => 0.4
 */
export function aggregateDisparity(
  values: readonly (number | null)[],
  included: readonly boolean[],
  kind: 'difference' | 'ratio' | 'ratio-to-reference',
  reference?: number,
): PairDisparity {
  const none: PairDisparity = { value: null, low: null, high: null }
  const defined: number[] = []
  values.forEach((v, g) => {
    if (v !== null && included[g] === true) defined.push(g)
  })
  if (reference !== undefined && included[reference] === true) return againstReference(values, defined, kind, reference)
  if (defined.length < 2) return none
  let low = defined[0]!,
    high = defined[0]!
  for (const g of defined) {
    if (values[g]! < values[low]!) low = g
    if (values[g]! > values[high]!) high = g
  }
  const min = values[low]!,
    max = values[high]!
  if (kind === 'difference') return { value: max - min, low, high }
  if (max === 0) return { value: null, low, high }
  return { value: min / max, low, high }
}

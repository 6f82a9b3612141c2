import { kolmogorovNSurvival } from './kolmogorov-n-survival.js'
import { ksTwoSampleExactP } from './ks-two-sample-exact-p.js'
import { statsMessages } from './messages.js'

/** scipy's MAX_AUTO_N: 'auto' is exact when both samples have at most this many values. */
export const KS_MAX_EXACT_N = 10_000

export interface KsTwoSampleResult {
  /** sup |F1 − F2| (in exact mode rounded to the lattice h / lcm(n1, n2), as scipy reports it). */
  readonly statistic: number
  readonly pValue: number
  /** The method that produced the p-value ('exact' can fall back to 'asymp', as in scipy). */
  readonly method: 'exact' | 'asymp'
}

/**
 * Two-sided two-sample Kolmogorov–Smirnov test on two ascending-sorted samples, equal to
 * scipy.stats.ks_2samp(x, y, method=…): D = sup_t |F_x(t) − F_y(t)| with right-continuous ECDFs (ties handled
 * as scipy's searchsorted side='right'); 'auto' is exact when max(n1, n2) ≤ 10,000, else asymptotic:
 * P(D_{en} > D) with en = round(n1·n2 / (n1 + n2)) (scipy's kstwo.sf). An exact computation that is not
 * reliable falls back to 'asymp', as scipy does.
 * @see https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.ks_2samp.html
 * @throws {RangeError} if either sample is empty or holds a NaN
 * @example
 * ksTwoSampleSorted([1, 2, 3], [4, 5, 6]) // => { statistic: 1, pValue: 0.09999999999999999, method: 'exact' }
 */
export function ksTwoSampleSorted(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: { method?: 'auto' | 'exact' | 'asymp' } = {},
): KsTwoSampleResult {
  const n1 = x.length
  const n2 = y.length
  if (n1 === 0 || n2 === 0) throw new RangeError(statsMessages.emptySample('ksTwoSampleSorted', n1 === 0 ? 'x' : 'y'))
  let d = supEcdfDistance(x, y)
  let method = chooseMethod(n1, n2, options.method ?? 'auto')
  let pValue = Number.NaN
  if (method === 'exact') {
    const lcm = (n1 / gcd(n1, n2)) * n2
    const h = Math.round(d * lcm)
    d = h / lcm
    const exact = ksTwoSampleExactP(n1, n2, h)
    if (exact === undefined) method = 'asymp'
    else pValue = exact
  }
  if (method === 'asymp') {
    const en = (n1 * n2) / (n1 + n2)
    pValue = kolmogorovNSurvival(Math.max(1, roundHalfEven(en)), d)
  }
  return { statistic: d, pValue: Math.min(1, Math.max(0, pValue)), method }
}

/** sup_t |F_x(t) − F_y(t)| over one merge of the two sorted samples (right-continuous ECDFs). */
function supEcdfDistance(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n1 = x.length
  const n2 = y.length
  let i = 0
  let j = 0
  let maxS = -Infinity
  let minS = Infinity
  while (i < n1 || j < n2) {
    const xi = i < n1 ? (x[i] as number) : Infinity
    const yj = j < n2 ? (y[j] as number) : Infinity
    if (Number.isNaN(xi) || Number.isNaN(yj))
      throw new RangeError(statsMessages.notFinite('ksTwoSampleSorted', 'the samples'))
    const v = xi <= yj ? xi : yj
    while (i < n1 && (x[i] as number) <= v) i++
    while (j < n2 && (y[j] as number) <= v) j++
    const diff = i / n1 - j / n2
    if (diff > maxS) maxS = diff
    if (diff < minS) minS = diff
  }
  const minAbs = Math.min(Math.max(-minS, 0), 1)
  return minAbs > maxS ? minAbs : maxS
}

/** scipy's choice: 'auto' is exact up to KS_MAX_EXACT_N; 'exact' falls back when lcm(n1, n2) would overflow int32. */
function chooseMethod(n1: number, n2: number, requested: 'auto' | 'exact' | 'asymp'): 'exact' | 'asymp' {
  if (requested === 'asymp') return 'asymp'
  if (requested === 'auto') return Math.max(n1, n2) <= KS_MAX_EXACT_N ? 'exact' : 'asymp'
  const g = gcd(n1, n2)
  return n1 / g >= 2147483647 / (n2 / g) ? 'asymp' : 'exact'
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b]
  return a
}

// numpy.round rounds halves to even.
function roundHalfEven(v: number): number {
  const f = Math.floor(v)
  const diff = v - f
  if (diff > 0.5) return f + 1
  if (diff < 0.5) return f
  return f % 2 === 0 ? f : f + 1
}

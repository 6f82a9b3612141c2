/**
 * Exact two-sided p-value of the two-sample Kolmogorov–Smirnov test, P(D_{n1,n2} ≥ h/lcm(n1, n2)), as
 * scipy.stats.ks_2samp computes it in 'exact' mode: for n1 = n2 the alternating series of
 * `_compute_prob_outside_square` in Horner form; otherwise Hodges' lattice-path "inside method" with
 * Viehmann's recursion for 1 − p (scipy's `_compute_outer_prob_inside_method`).
 * Returns `undefined` where the computation is not reliable (a non-finite value or one outside [0, 1]);
 * the caller then falls back to the asymptotic distribution, as scipy does.
 * @see Hodges, J.L. (1958) "The significance probability of the Smirnov two-sample test", Arkiv för Matematik 3.
 * @see Viehmann, T. (2021) arXiv:2102.08037
 * @throws {RangeError} if n1 or n2 is not a positive integer or h is negative
 * @example
 * ksTwoSampleExactP(3, 3, 3) // => 0.09999999999999999
 */
export function ksTwoSampleExactP(n1: number, n2: number, h: number): number | undefined {
  if (!Number.isInteger(n1) || !Number.isInteger(n2) || n1 < 1 || n2 < 1 || !Number.isInteger(h) || h < 0) {
    throw new RangeError(`ksTwoSampleExactP: needs positive integer sizes and h >= 0, got ${n1}, ${n2}, ${h}`)
  }
  if (h === 0) return 1
  const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, gcd(n1, n2), h)
  return Number.isFinite(p) && p >= 0 && p <= 1 ? p : undefined
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b]
  return a
}

function probOutsideSquare(n: number, h: number): number {
  let total = 0
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1)
    total = p1 * (1 - total)
  }
  return 2 * total
}

function outerProbInside(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0)
  const n = Math.min(m0, n0)
  const mg = m / g
  const ng = n / g
  let minj = 0
  let maxj = Math.min(Math.ceil(h / mg), n + 1)
  let curlen = maxj - minj
  const lenA = Math.min(2 * maxj + 2, n + 1)
  const a = new Float64Array(lenA).fill(1)
  for (let k = minj; k < maxj && k < lenA; k++) a[k] = 0
  for (let i = 1; i <= m; i++) {
    const lastminj = minj
    const lastlen = curlen
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n)
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1)
    if (maxj <= minj) return 1
    let val = minj === 0 ? 0 : 1
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj
      val = ((a[jj + minj - lastminj] as number) * i + val * j) / (i + j)
      a[jj] = val
    }
    curlen = maxj - minj
    if (lastlen > curlen) a.fill(1, maxj - minj, Math.min(lenA, maxj - minj + (lastlen - curlen)))
  }
  return a[maxj - minj - 1] as number
}

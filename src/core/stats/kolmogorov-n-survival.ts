import { logGamma } from './log-gamma.js'
import { smirnovSurvival } from './smirnov-survival.js'

const SQRT2PI = Math.sqrt(2 * Math.PI)
const PI2 = Math.PI ** 2
const PI4 = Math.PI ** 4
const PI6 = Math.PI ** 6
const EP128 = 2 ** 128
const EM128 = 2 ** -128

/**
 * Survival function of the two-sided one-sample Kolmogorov–Smirnov statistic D_n, P(D_n > x)
 * (scipy.stats.kstwo.sf), following scipy's `_kolmogn` (Simard & L'Ecuyer 2011): Ruben–Gambino closed forms
 * near the ends, 2·Smirnov for x ≥ 0.5 or n·x² ≥ 2.2, else 1 − CDF by the Durbin matrix (Marsaglia–Tsang–Wang)
 * or the Pelz–Good expansion with scipy's cut-offs. Where scipy (n ≤ 140, 0.754693 < n·x² ≤ 4) uses
 * Pomeranz's recursion this uses the Durbin matrix, which is exact as well.
 * @see Simard, R. & L'Ecuyer, P. (2011) "Computing the two-sided Kolmogorov–Smirnov distribution", J. Stat. Softw. 39(11)
 * @throws {RangeError} if n is not a positive integer
 * @example
 * kolmogorovNSurvival(1, 0.75) // => 0.5
 */
export function kolmogorovNSurvival(n: number, x: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`kolmogorovNSurvival: n must be a positive integer, got ${n}`)
  if (x >= 1) return 0
  if (x <= 0) return 1
  const t = n * x
  if (t <= 1) {
    if (t <= 0.5) return 1
    const cdf = Math.exp(logGamma(n + 1) - n * Math.log(n) + n * Math.log(2 * t - 1))
    return clip(1 - cdf)
  }
  if (t >= n - 1) return clip(2 * (1 - x) ** n)
  if (x >= 0.5) return clip(2 * smirnovSurvival(n, x))
  const nxSquared = t * x
  if (n <= 140) {
    if (nxSquared <= 4) return clip(1 - durbinMatrixCdf(n, x))
    return clip(2 * smirnovSurvival(n, x))
  }
  if (nxSquared >= 370) return 0
  if (nxSquared >= 2.2) return clip(2 * smirnovSurvival(n, x))
  if (nxSquared >= 18) return 0
  if (n <= 100000 && n * x ** 1.5 <= 1.4) return clip(1 - durbinMatrixCdf(n, x))
  return clip(pelzGoodSurvival(n, x))
}

function clip(p: number): number {
  return Math.min(1, Math.max(0, p))
}

function multiply(a: Float64Array[], b: Float64Array[], m: number): Float64Array[] {
  const out: Float64Array[] = []
  for (let i = 0; i < m; i++) {
    const row = new Float64Array(m)
    const ai = a[i] as Float64Array
    for (let k = 0; k < m; k++) {
      const v = ai[k] as number
      if (v === 0) continue
      const bk = b[k] as Float64Array
      for (let j = 0; j < m; j++) row[j] = (row[j] as number) + v * (bk[j] as number)
    }
    out.push(row)
  }
  return out
}

// Durbin's matrix formula as in Marsaglia, Tsang & Wang (2003), scaled by 2^128 as scipy's _kolmogn_DMTW.
function durbinMatrixCdf(n: number, d: number): number {
  const nd = n * d
  if (nd <= 0.5) return 0
  const k = Math.ceil(nd)
  const h = k - nd
  const m = 2 * k - 1
  const v = new Float64Array(m)
  const w = new Float64Array(m)
  let fac = 1
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac
    fac /= j
    v[j - 1] = (1 - h ** j) * fac
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m
  v[m - 1] = (1 + tt) * fac
  let hm: Float64Array[] = Array.from({ length: m }, () => new Float64Array(m))
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) (hm[r] as Float64Array)[i] = w[r - i + 1] as number
  for (let r = 0; r < m; r++) (hm[r] as Float64Array)[0] = v[r] as number
  for (let c = 0; c < m; c++) (hm[m - 1] as Float64Array)[c] = v[m - 1 - c] as number
  let power: Float64Array[] = Array.from({ length: m }, (_, i) => {
    const row = new Float64Array(m)
    row[i] = 1
    return row
  })
  let nn = n
  let exponent = 0
  let hExponent = 0
  while (nn > 0) {
    if (nn % 2 === 1) {
      power = multiply(power, hm, m)
      exponent += hExponent
    }
    hm = multiply(hm, hm, m)
    hExponent *= 2
    if (Math.abs((hm[k - 1] as Float64Array)[k - 1] as number) > EP128) {
      for (const row of hm) for (let j = 0; j < m; j++) row[j] = (row[j] as number) / EP128
      hExponent += 128
    }
    nn = Math.floor(nn / 2)
  }
  let p = (power[k - 1] as Float64Array)[k - 1] as number
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n
    if (Math.abs(p) < EM128) {
      p *= EP128
      exponent -= 128
    }
  }
  return exponent === 0 ? p : p * 2 ** exponent
}

// Pelz & Good (1976) expansion of the CDF in powers of 1/sqrt(n), returned as the survival function.
function pelzGoodSurvival(n: number, x: number): number {
  const z = Math.sqrt(n) * x
  const z2 = z ** 2
  const z3 = z ** 3
  const z4 = z ** 4
  const z6 = z ** 6
  const qlog = -PI2 / 8 / z2
  if (qlog < -708) return 1
  let q = Math.exp(qlog)
  const k1a = -z2
  const k1b = PI2 / 4
  const k2a = 6 * z6 + 2 * z4
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4
  const k2c = (PI4 * (1 - 2 * z2)) / 16
  const k3d = (PI6 * (5 - 30 * z2)) / 64
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4
  const k3a = -30 * z6 - 90 * z ** 8
  const terms = [0, 0, 0, 0]
  const maxk = Math.ceil((16 * z) / Math.PI)
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1
    const m2 = m ** 2
    const m4 = m ** 4
    const m6 = m ** 6
    const qpower = q ** (8 * k)
    const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6]
    for (let i = 0; i < 4; i++) terms[i] = (terms[i] as number) * qpower + (coeffs[i] as number)
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10]
  for (let i = 0; i < 4; i++) terms[i] = ((terms[i] as number) * q * SQRT2PI) / (divisors[i] as number)
  q = Math.exp(-PI2 / 2 / z2)
  let k2extra = 0
  let k3extra = 0
  const sqrt3z = Math.sqrt(3) * z
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k
    const qp = q ** k2
    k2extra += k2 * qp
    const kspi = Math.PI * k
    k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * k2 * qp
  }
  terms[2] = (terms[2] as number) + (k2extra * PI2 * SQRT2PI) / (-36 * z3)
  terms[3] = (terms[3] as number) + (k3extra * PI2 * SQRT2PI) / (216 * z6)
  let cdf = 0
  for (let i = 0; i < 4; i++) cdf += (terms[i] as number) / n ** (i / 2)
  return 1 - cdf
}

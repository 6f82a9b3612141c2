/** Cumulative Poisson(1) probabilities P(X ≤ k), k = 0…10 (the rest has probability about 1e-8). */
const CDF: Float64Array = (() => {
  const out = new Float64Array(11)
  let term = Math.exp(-1)
  let sum = 0
  for (let k = 0; k < 11; k++) {
    sum += term
    out[k] = sum
    term /= k + 1
  }
  return out
})()

/** The inverse-CDF draw k(u) = #{m ≤ 10 : u ≥ P(X ≤ m)} (at most 11), by linear search. */
function searchCdf(u: number): number {
  let k = 0
  while (k < 11 && u >= (CDF[k] as number)) k++
  return k
}

/**
 * k(u) for u in [j/1024, (j+1)/1024) when it is the same for the whole slot, else −1 (a CDF threshold falls
 * inside: 11 of the 1024 slots). The table gives the same k as searchCdf for every u, without the
 * unpredictable branches of the search in 99% of draws.
 */
const TABLE: Int8Array = (() => {
  const size = 1024
  const table = new Int8Array(size)
  for (let j = 0; j < size; j++) {
    const a = j / size
    const b = (j + 1) / size
    let inside = false
    for (const c of CDF) if (c > a && c < b) inside = true
    table[j] = inside ? -1 : searchCdf(a)
  }
  return table
})()

/**
 * The Poisson(1) draw of a uniform u in [0, 1) by inversion: the least k with u < P(X ≤ k), capped at 11
 * (P(X > 10) < 1e-8). A 1024-slot table answers 99% of draws without a search.
 * @throws never
 * @example
 * [poissonOneOfUniform(0.1), poissonOneOfUniform(0.5), poissonOneOfUniform(0.95)] // => [0, 1, 3]
 */
export function poissonOneOfUniform(u: number): number {
  const k = TABLE[(u * 1024) | 0] as number
  return k >= 0 ? k : searchCdf(u)
}

/**
 * poissonOneOfUniform(bits / 2³²) for 32 random bits (an unsigned integer), the table slot read from the top
 * 10 bits without a float multiply: the same k for the same bits.
 * @throws never
 * @example
 * poissonOneOfBits(0x80000000) // => 1
 */
export function poissonOneOfBits(bits: number): number {
  const k = TABLE[bits >>> 22] as number
  return k >= 0 ? k : searchCdf((bits >>> 0) / 4294967296)
}

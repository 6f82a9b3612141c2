/**
 * A seeded pseudo-random source in [0, 1) (mulberry32: 32-bit state, period 2³²), so that bootstrap
 * intervals and simulations are reproducible from a seed. Not for cryptography.
 * @see https://gist.github.com/tommyettinger/46a874533244883189143505d203312c (mulberry32)
 * @example seededRandom(42)() // => 0.6011037519201636
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A uniform integer in [0, n) from a random source.
 * @example randomIndex(seededRandom(1), 10) // => 6
 */
export function randomIndex(random: () => number, n: number): number {
  return Math.floor(random() * n)
}

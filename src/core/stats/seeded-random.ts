/** A seeded uniform source in [0, 1) whose position in its stream can be read and moved in O(1). */
export interface SeededRandom {
  (): number
  /** The 32-bit state before the next draw: `seededRandom(r.state())` continues this stream exactly. */
  readonly state: () => number
  /** Moves the stream past `draws` draws without drawing them (mulberry32's state is a Weyl sequence). */
  readonly skip: (draws: number) => void
}

/** mulberry32's state increment per draw. */
const WEYL = 0x6d2b79f5

/**
 * A seeded pseudo-random source in [0, 1) (mulberry32: 32-bit state, period 2³²), so that bootstrap
 * intervals and simulations are reproducible from a seed. Not for cryptography. The state after k draws is
 * seed + k·0x6d2b79f5 (mod 2³²), so `skip(k)` and `seededRandomState(seed, k)` jump ahead in O(1): parallel
 * workers can draw their share of one stream and get exactly the numbers one sequential stream gives.
 * @see https://gist.github.com/tommyettinger/46a874533244883189143505d203312c (mulberry32)
 * @example seededRandom(42)() // => 0.6011037519201636
 */
export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + WEYL) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return Object.assign(next, {
    state: (): number => state,
    skip: (draws: number): void => {
      state = seededRandomState(state, draws)
    },
  })
}

/**
 * The mulberry32 state after `draws` draws from `state` (draws: a non-negative integer below 2⁵³).
 * @example seededRandomState(42, 2) // => 3663131668
 */
export function seededRandomState(state: number, draws: number): number {
  return (state + Math.imul(draws >>> 0, WEYL)) >>> 0
}

/**
 * Whether a random source is a SeededRandom (its stream position can be read), so that a caller given any
 * `() => number` can take the O(1)-jump path for seeded sources and draw one by one for the others.
 * @example [isSeededRandom(seededRandom(1)), isSeededRandom(() => 0.5)] // => [true, false]
 */
export function isSeededRandom(random: () => number): random is SeededRandom {
  const r = random as Partial<SeededRandom>
  return typeof r.state === 'function' && typeof r.skip === 'function'
}

/**
 * A uniform integer in [0, n) from a random source.
 * @example randomIndex(seededRandom(1), 10) // => 6
 */
export function randomIndex(random: () => number, n: number): number {
  return Math.floor(random() * n)
}

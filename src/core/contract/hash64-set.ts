const SHARD_BITS = 6
const SHARDS = 1 << SHARD_BITS
const INITIAL_SHARD_CAPACITY = 1 << 8
/** Above this share of occupied slots a shard doubles (linear probing stays short below it). */
const MAX_LOAD = 0.7

/**
 * A set of 64-bit hashes (each given as two 32-bit lanes) in flat Uint32Arrays with open addressing and linear
 * probing: 8 bytes a slot, at most 1/0.35 slots a member, so about 11–23 bytes per distinct value instead of the
 * ~40 of a `Set<number>`, and no garbage-collector pressure. The table is split into 64 shards by the top hash
 * bits that grow one at a time, so a growth step holds 1/64 of the table twice, not all of it (peak memory stays
 * the table's own). The all-zero hash marks an empty slot, so it is stored as (0, 1): one extra collision in 2⁶⁴.
 * @throws never
 * @example
 * new Hash64Set().add(1, 2) // => true (false when the pair is already in the set)
 */
export class Hash64Set {
  size = 0
  private readonly high: Uint32Array[]
  private readonly low: Uint32Array[]
  private readonly sizes = new Uint32Array(SHARDS)

  /** `expected`: members it will likely hold (a merge knows), so that the shards start at their final size. */
  constructor(expected = 0) {
    let capacity = INITIAL_SHARD_CAPACITY
    while (capacity * MAX_LOAD * SHARDS < expected) capacity *= 2
    this.high = Array.from({ length: SHARDS }, () => new Uint32Array(capacity))
    this.low = Array.from({ length: SHARDS }, () => new Uint32Array(capacity))
  }

  /** Adds the hash; true when it was new, false when it was already a member. */
  add(high: number, low: number): boolean {
    if (high === 0 && low === 0) low = 1
    const shard = high >>> (32 - SHARD_BITS)
    if (!insert(this.high[shard] as Uint32Array, this.low[shard] as Uint32Array, high >>> 0, low >>> 0)) return false
    this.size++
    const count = ++(this.sizes[shard] as number)
    if (count > MAX_LOAD * (this.high[shard] as Uint32Array).length) this.grow(shard)
    return true
  }

  /**
   * Every member as interleaved (high, low) pairs, in table order (a shard profile carries these to mode: merge).
   * @example
   * ((s) => (s.add(1, 2), s.members()))(new Hash64Set()) // => Uint32Array [1, 2]
   */
  members(): Uint32Array {
    const out = new Uint32Array(this.size * 2)
    let at = 0
    for (let s = 0; s < SHARDS; s++) {
      const highs = this.high[s] as Uint32Array
      const lows = this.low[s] as Uint32Array
      for (let i = 0; i < highs.length; i++) {
        if (highs[i] === 0 && lows[i] === 0) continue
        out[at++] = highs[i] as number
        out[at++] = lows[i] as number
      }
    }
    return out
  }

  /** Bytes held by the table (for reports of memory use). */
  get bytes(): number {
    let total = 0
    for (let s = 0; s < SHARDS; s++)
      total += (this.high[s] as Uint32Array).byteLength + (this.low[s] as Uint32Array).byteLength
    return total
  }

  private grow(shard: number): void {
    const oldHigh = this.high[shard] as Uint32Array
    const oldLow = this.low[shard] as Uint32Array
    const high = new Uint32Array(oldHigh.length * 2)
    const low = new Uint32Array(oldHigh.length * 2)
    for (let i = 0; i < oldHigh.length; i++) {
      const sh = oldHigh[i] as number
      const sl = oldLow[i] as number
      if (sh !== 0 || sl !== 0) insert(high, low, sh, sl)
    }
    this.high[shard] = high
    this.low[shard] = low
  }
}

// Inserts into one shard (its length a power of two, never full); false when the hash is already there.
function insert(highs: Uint32Array, lows: Uint32Array, high: number, low: number): boolean {
  const mask = highs.length - 1
  let slot = (low ^ Math.imul(high, 0x9e3779b1)) & mask
  for (;;) {
    const sh = highs[slot] as number
    const sl = lows[slot] as number
    if (sh === 0 && sl === 0) break
    if (sh === high && sl === low) return false
    slot = (slot + 1) & mask
  }
  highs[slot] = high
  lows[slot] = low
  return true
}

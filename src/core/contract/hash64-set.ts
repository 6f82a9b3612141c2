const INITIAL_CAPACITY = 1 << 12
/** Above this share of occupied slots the table doubles (linear probing stays short below it). */
const MAX_LOAD = 0.7

/**
 * A set of 64-bit hashes (each given as two 32-bit lanes) in two flat Uint32Arrays with open addressing and
 * linear probing: 8 bytes a slot, at most 1/0.7 slots a member, so about 11–23 bytes per distinct value instead of
 * the ~40 of a `Set<number>` (and no garbage-collector pressure). The all-zero hash marks an empty slot, so it is
 * stored as (0, 1): a harmless extra collision with one other hash out of 2⁶⁴.
 * @throws never
 * @example
 * const set = new Hash64Set(); set.add(1, 2); set.add(1, 2) // => false
 */
export class Hash64Set {
  size = 0
  private high = new Uint32Array(INITIAL_CAPACITY)
  private low = new Uint32Array(INITIAL_CAPACITY)
  private mask = INITIAL_CAPACITY - 1

  /** Adds the hash; true when it was new, false when it was already a member. */
  add(high: number, low: number): boolean {
    if (high === 0 && low === 0) low = 1
    const h = this.high
    const l = this.low
    let slot = (low ^ Math.imul(high, 0x9e3779b1)) & this.mask
    for (;;) {
      const sh = h[slot] as number
      const sl = l[slot] as number
      if (sh === 0 && sl === 0) break
      if (sh === high >>> 0 && sl === low >>> 0) return false
      slot = (slot + 1) & this.mask
    }
    h[slot] = high
    l[slot] = low
    this.size++
    if (this.size > MAX_LOAD * (this.mask + 1)) this.grow()
    return true
  }

  /** Bytes held by the table (for reports of memory use). */
  get bytes(): number {
    return this.high.byteLength + this.low.byteLength
  }

  private grow(): void {
    const oldHigh = this.high
    const oldLow = this.low
    const capacity = oldHigh.length * 2
    this.high = new Uint32Array(capacity)
    this.low = new Uint32Array(capacity)
    this.mask = capacity - 1
    this.size = 0
    for (let i = 0; i < oldHigh.length; i++) {
      const sh = oldHigh[i] as number
      const sl = oldLow[i] as number
      if (sh !== 0 || sl !== 0) this.add(sh, sl)
    }
  }
}

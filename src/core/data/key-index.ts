import { decodeUtf8 } from './column-chunk.js'
import { fnv1aBytes } from './hash32.js'

const encoder = new TextEncoder()

/**
 * A dictionary of keys (ids) held as UTF-8 bytes, shared by the files whose rows it pairs: equal texts get equal
 * codes (0, 1, … in first-seen order), whether a key comes from a CSV field's bytes or from a string. The bytes live
 * in one growing arena, so a million ids cost a few bytes each and no string each; `text(code)` decodes one for a
 * message. Per key it keeps its bytes, one int32 offset and (at most 3/4 full) 1⅓–2⅔ table slots; no hash is stored
 * (a rehash hashes the arena again), and the arrays grow by half, not double: at five million ids that is ~110 MB,
 * not ~170 MB plus the old copies left to the collector.
 */
export class KeyIndex {
  private arena = new Uint8Array(1 << 16)
  private used = 0
  private starts = new Int32Array(1 << 10)
  private table = new Int32Array(1 << 11).fill(-1)
  /** Number of distinct keys. */
  size = 0

  /**
   * The code of the key spelled by bytes [start, end), added if new.
   * @throws never
   * @example
   * new KeyIndex().code(new Uint8Array([104, 105]), 0, 2) // => 0
   */
  code(bytes: Uint8Array, start: number, end: number): number {
    const mask = this.table.length - 1
    let slot = fnv1aBytes(bytes, start, end) & mask
    for (;;) {
      const id = this.table[slot] as number
      if (id < 0) break
      if (this.same(id, bytes, start, end)) return id
      slot = (slot + 1) & mask
    }
    const id = this.size++
    this.store(id, bytes, start, end)
    this.table[slot] = id
    // Up to 3/4 full: linear probing still finds a key in a few slots (a slot whose key differs in length costs one
    // offset read, not a byte compare), and at millions of ids the table is half the size it would be at 1/2.
    if (4 * this.size > 3 * this.table.length) this.rehash()
    return id
  }

  /**
   * The code of a key given as text (its UTF-8 bytes), added if new.
   * @throws never
   * @example
   * new KeyIndex().codeOfText('a') // => 0
   */
  codeOfText(text: string): number {
    const bytes = encoder.encode(text)
    return this.code(bytes, 0, bytes.length)
  }

  /** The UTF-8 length of a key. */
  byteLength(code: number): number {
    return (this.starts[code + 1] as number) - (this.starts[code] as number)
  }

  /** The text of a key. */
  text(code: number): string {
    return decodeUtf8(this.arena, this.starts[code] as number, this.starts[code + 1] as number)
  }

  private same(id: number, bytes: Uint8Array, start: number, end: number): boolean {
    const a = this.starts[id] as number
    const length = end - start
    if ((this.starts[id + 1] as number) - a !== length) return false
    const arena = this.arena
    // Last byte first: ids of one length often share a prefix (r1000…, 2024-…) and differ at the end.
    if (length > 0 && arena[a + length - 1] !== bytes[end - 1]) return false
    for (let i = 0; i < length - 1; i++) if (arena[a + i] !== bytes[start + i]) return false
    return true
  }

  private store(id: number, bytes: Uint8Array, start: number, end: number): void {
    const length = end - start
    if (this.used + length > this.arena.length) {
      const size = Math.max(grownLength(this.arena.length), this.used + length)
      const grown = new Uint8Array(size)
      grown.set(this.arena.subarray(0, this.used))
      this.arena = grown
    }
    this.arena.set(bytes.subarray(start, end), this.used)
    this.used += length
    if (id + 2 > this.starts.length) {
      const starts = new Int32Array(grownLength(this.starts.length))
      starts.set(this.starts)
      this.starts = starts
    }
    this.starts[id + 1] = this.used
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1)
    const mask = table.length - 1
    const { arena, starts } = this
    for (let id = 0; id < this.size; id++) {
      let slot = fnv1aBytes(arena, starts[id] as number, starts[id + 1] as number) & mask
      while ((table[slot] as number) >= 0) slot = (slot + 1) & mask
      table[slot] = id
    }
    this.table = table
  }
}

/** The next length of a growing array: half again (a doubling would leave up to half of it unused). */
const grownLength = (length: number): number => length + (length >>> 1)

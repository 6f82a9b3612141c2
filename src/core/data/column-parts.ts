/**
 * A numeric column filled chunk by chunk. Given a bound on its rows up front (rowCountBound), the chunks are copied
 * into one array of that length as they come; else (or past the bound) they are kept as parts and joined once at the
 * end. Why: joining at the end holds the column twice at its peak (the parts and the whole), and at millions of rows
 * with the parts' memory still waiting for the collector that was a loader's peak.
 */
export class ColumnParts<T extends Float64Array | Int32Array> {
  private filled: T | undefined
  private parts: T[] = []
  /** Rows pushed so far. */
  length = 0

  /** `make(n)`: a zeroed array of n rows; `bound`: at most this many rows will be pushed (a hint: more still work). */
  constructor(
    private readonly make: (rows: number) => T,
    bound?: number,
  ) {
    if (bound !== undefined && bound > 0) this.filled = make(bound)
  }

  /**
   * Appends a chunk's rows. `part` is copied into the filled array or kept as it is: the caller must not change it.
   * @throws never
   * @example
   * [Int32Array.of(1, 2), Int32Array.of(3)].reduce((c, part) => (c.push(part), c), new ColumnParts((n) => new Int32Array(n), 4)).joined() // => Int32Array [1, 2, 3]
   */
  push(part: T): void {
    const filled = this.filled
    if (filled !== undefined && this.length + part.length <= filled.length) filled.set(part, this.length)
    else {
      if (filled !== undefined) {
        // Past the bound: what was filled becomes the first part.
        this.parts.push(filled.subarray(0, this.length) as T)
        this.filled = undefined
      }
      this.parts.push(part)
    }
    this.length += part.length
  }

  /**
   * The whole column: a view of the filled array (its unused tail stays allocated: the bound is a line count, at
   * most a few rows over), or the parts joined (each taken out as it is copied, so it can be collected).
   * @throws never
   */
  joined(): T {
    if (this.filled !== undefined) return this.filled.subarray(0, this.length) as T
    const out = this.make(this.length)
    let at = 0
    for (const part of this.parts.splice(0)) {
      out.set(part, at)
      at += part.length
    }
    return out
  }
}

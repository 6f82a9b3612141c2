/** The 1-based source line of each row, as loaders keep it for messages (an array, or RowLines). */
export interface RowLineNumbers extends Iterable<number> {
  readonly length: number
  /** The line of a row; undefined outside [0, length). */
  at(row: number): number | undefined
}

/**
 * Source lines of rows added chunk by chunk, held compactly: a chunk whose rows are consecutive lines (CSV without
 * line breaks in fields, Parquet, JSON Lines) keeps only its first line; any other keeps its lines. At millions of
 * rows that is a few kB where an array of lines is 4 bytes a row (and as much again while it is joined).
 */
export class RowLines implements RowLineNumbers {
  /** First row of each part, ascending. */
  private readonly firstRows: number[] = []
  /** Per part, its first line (consecutive lines) or its lines. */
  private readonly parts: (number | Uint32Array)[] = []
  length = 0

  /**
   * RowLines of lines given all at once.
   * @throws never
   * @example RowLines.of([2, 3, 5]).at(2) // => 5
   */
  static of(lines: ArrayLike<number>): RowLines {
    const out = new RowLines()
    out.add(lines)
    return out
  }

  /**
   * Appends the lines of the next rows.
   * @throws never
   * @example
   * [[2, 3, 4], [5, 7]].reduce((lines, part) => (lines.add(part), lines), new RowLines()).at(4) // => 7
   */
  add(lines: ArrayLike<number>): void {
    const n = lines.length
    if (n === 0) return
    const first = lines[0] as number
    let consecutive = true
    for (let i = 1; i < n && consecutive; i++) consecutive = lines[i] === first + i
    this.firstRows.push(this.length)
    this.parts.push(consecutive ? first : Uint32Array.from(lines))
    this.length += n
  }

  at(row: number): number | undefined {
    if (!(row >= 0 && row < this.length) || !Number.isInteger(row)) return undefined
    // The last part whose first row is ≤ row.
    let lo = 0
    let hi = this.firstRows.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if ((this.firstRows[mid] as number) <= row) lo = mid
      else hi = mid - 1
    }
    const part = this.parts[lo] as number | Uint32Array
    const offset = row - (this.firstRows[lo] as number)
    return typeof part === 'number' ? part + offset : part[offset]
  }

  *[Symbol.iterator](): Iterator<number> {
    for (let p = 0; p < this.parts.length; p++) {
      const part = this.parts[p] as number | Uint32Array
      const end = (this.firstRows[p + 1] ?? this.length) - (this.firstRows[p] as number)
      for (let k = 0; k < end; k++) yield typeof part === 'number' ? part + k : (part[k] as number)
    }
  }
}

import type { CellValue } from '../../core/data/cell-value.js'
import {
  CELL_BOOLEAN,
  CELL_NUMBER,
  CELL_TEXT,
  NativeColumnChunk,
  type ChunkDictionary,
} from '../../core/data/column-chunk.js'
import { parseNumberText } from '../../core/data/parse-number-text.js'

/**
 * Fills one chunk column of typed cells (Parquet values, JSON values) row by row, straight into the arrays of a
 * {@link NativeColumnChunk}: numbers into `numbers`, text and booleans as ids of a dictionary built as the rows come.
 * A row never set is missing (a JSON key absent from that line).
 */
export class NativeColumnBuilder {
  private readonly numbers: Float64Array
  private readonly missing: Uint8Array
  private readonly kinds: Uint8Array
  private readonly textIds: Int32Array
  private readonly texts: string[] = []
  private readonly counts: number[] = []
  private readonly firstRows: number[] = []
  private readonly known = new Map<string, number>()
  private numberCells = 0

  constructor(capacity: number) {
    this.numbers = new Float64Array(capacity).fill(Number.NaN)
    this.missing = new Uint8Array(capacity).fill(1)
    this.kinds = new Uint8Array(capacity)
    this.textIds = new Int32Array(capacity).fill(-1)
  }

  /** Row `r` holds `cell` (null or a NaN number: missing). */
  set(r: number, cell: CellValue): void {
    if (typeof cell === 'string') this.setText(r, cell, CELL_TEXT)
    else if (typeof cell === 'number') {
      if (cell !== cell) return
      this.missing[r] = 0
      this.numbers[r] = cell
      this.kinds[r] = CELL_NUMBER
      this.numberCells++
    } else if (typeof cell === 'boolean') this.setText(r, cell ? 'true' : 'false', CELL_BOOLEAN)
  }

  private setText(r: number, text: string, kind: number): void {
    let id = this.known.get(text)
    if (id === undefined) {
      id = this.texts.length
      this.known.set(text, id)
      this.texts.push(text)
      this.counts.push(0)
      this.firstRows.push(r)
      this.numbers[r] = parseNumberText(text)
    } else this.numbers[r] = this.numbers[this.firstRows[id] as number] as number
    this.counts[id] = (this.counts[id] as number) + 1
    this.textIds[r] = id
    this.kinds[r] = kind
    this.missing[r] = 0
  }

  /** The chunk column of rows 0 … length − 1 (the builder is not used again). */
  finish(length: number): NativeColumnChunk {
    const textIds = this.textIds.subarray(0, length)
    const dictionary: ChunkDictionary | undefined =
      this.numberCells === 0
        ? {
            ids: textIds,
            entries: this.texts,
            counts: Int32Array.from(this.counts),
            firstRows: Int32Array.from(this.firstRows),
          }
        : undefined
    return new NativeColumnChunk(
      length,
      this.numbers.subarray(0, length),
      this.missing.subarray(0, length),
      this.kinds.subarray(0, length),
      textIds,
      this.texts,
      dictionary,
    )
  }
}

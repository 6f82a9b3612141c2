import { cellToNumber, cellToString, type CellValue } from './cell-value.js'
import type { RowChunk, TextColumnChunk } from './column-chunk.js'
import type { KeyIndex } from './key-index.js'

/**
 * One whole column of a dataset as the prediction loaders read it, from column chunks (CSV: numbers parsed from the
 * bytes once, text decoded only where asked, per distinct value) or from row cells (formats the chunk reader does not
 * serve). Both forms give the same answers for the same cells:
 * - `numbers[i]`: `cellToNumber(cell)`, NaN where that is undefined (a missing cell, text that is no number, a boolean);
 * - `text(i)`: `cellToString(cell)` (undefined for a missing cell);
 * - `shown(i)`: `JSON.stringify(cell)`, for error examples;
 * - `codes()`: dictionary codes of `text(i) ?? ''` in first-seen order, with the distinct texts;
 * - `keyCodes(index)`: each row's code in a KeyIndex shared by several files (−1 for a missing cell), keyed by the
 *   text's UTF-8 bytes (straight from a CSV field's bytes: no string per row).
 */
export interface ColumnValues {
  readonly length: number
  readonly numbers: Float64Array
  text(i: number): string | undefined
  shown(i: number): string
  /** Codes of the texts (a missing cell reads as ''), the distinct texts in first-seen order; stops after `limit`. */
  codes(limit?: number): { readonly codes: Int32Array; readonly entries: readonly string[] }
  keyCodes(index: KeyIndex): Int32Array
}

/** Rows of all chunks, in order. */
const totalRows = (chunks: readonly RowChunk[]): number => chunks.reduce((sum, chunk) => sum + chunk.length, 0)

/**
 * The lines of every row of the chunks, in order (1-based source lines).
 * @throws never
 * @example
 * chunkLines([]) // => Float64Array []
 */
export function chunkLines(chunks: readonly RowChunk[]): Float64Array {
  const out = new Float64Array(totalRows(chunks))
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk.lines, at)
    at += chunk.length
  }
  return out
}

/**
 * Column `j` of every chunk as {@link ColumnValues}: the numbers copied into one array, text read from the chunk
 * a row lies in.
 * @throws never
 * @example
 * chunkColumnValues([], 0).length // => 0
 */
export function chunkColumnValues(chunks: readonly RowChunk[], j: number): ColumnValues {
  const parts: TextColumnChunk[] = chunks.map((chunk) => chunk.cells[j] as TextColumnChunk)
  const length = totalRows(chunks)
  const numbers = new Float64Array(length)
  const offsets = new Float64Array(parts.length + 1)
  parts.forEach((part, k) => {
    numbers.set(part.numbers.subarray(0, part.length), offsets[k])
    offsets[k + 1] = (offsets[k] as number) + part.length
  })
  /** The chunk of row i and the row within it. */
  const locate = (i: number): [TextColumnChunk, number] => {
    let lo = 0
    let hi = parts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((offsets[mid] as number) <= i) lo = mid
      else hi = mid - 1
    }
    return [parts[lo] as TextColumnChunk, i - (offsets[lo] as number)]
  }
  const text = (i: number): string | undefined => {
    const [part, r] = locate(i)
    if (part.missing[r] === 1) return undefined
    const dictionary = part.dictionary()
    return dictionary.entries[dictionary.ids[r] as number]
  }
  return {
    length,
    numbers,
    text,
    keyCodes: (index) => {
      const out = new Int32Array(length)
      let at = 0
      for (const part of parts) {
        const { bytes, starts, ends, missing } = part
        for (let r = 0; r < part.length; r++)
          out[at++] = missing[r] === 1 ? -1 : index.code(bytes, starts[r] as number, ends[r] as number)
      }
      return out
    },
    shown: (i) => {
      const t = text(i)
      return t === undefined ? 'null' : JSON.stringify(t)
    },
    codes: (limit = Infinity) => {
      const codes = new Int32Array(length)
      const index = new Map<string, number>()
      const code = (t: string): number => {
        let c = index.get(t)
        if (c === undefined) index.set(t, (c = index.size))
        return c
      }
      let at = 0
      for (const part of parts) {
        const { ids, entries } = part.dictionary()
        // Codes in the order rows show them (a missing row reads as '', which a quoted empty field also spells).
        const global = new Int32Array(entries.length).fill(-1)
        for (let r = 0; r < part.length; r++) {
          const id = ids[r] as number
          let c = id >= 0 ? (global[id] as number) : -1
          if (c < 0) {
            c = code(id >= 0 ? (entries[id] as string) : '')
            if (id >= 0) global[id] = c
            if (index.size > limit) return { codes, entries: [...index.keys()] }
          }
          codes[at++] = c
        }
      }
      return { codes, entries: [...index.keys()] }
    },
  }
}

/**
 * Row cells (as `readDatasetColumns` gives them) as {@link ColumnValues}.
 * @throws never
 * @example
 * cellColumnValues(['1', 'x', null, true]).numbers // => Float64Array [1, NaN, NaN, NaN]
 */
export function cellColumnValues(cells: readonly CellValue[]): ColumnValues {
  const numbers = Float64Array.from(cells, (cell) => cellToNumber(cell) ?? Number.NaN)
  return {
    length: cells.length,
    numbers,
    text: (i) => cellToString(cells[i] as CellValue),
    shown: (i) => JSON.stringify(cells[i]),
    keyCodes: (index) =>
      Int32Array.from(cells, (cell) => {
        const t = cellToString(cell)
        return t === undefined ? -1 : index.codeOfText(t)
      }),
    codes: (limit = Infinity) => {
      const codes = new Int32Array(cells.length)
      const index = new Map<string, number>()
      for (let i = 0; i < cells.length; i++) {
        const t = cellToString(cells[i] as CellValue) ?? ''
        let c = index.get(t)
        if (c === undefined) index.set(t, (c = index.size))
        codes[i] = c
        if (index.size > limit) break
      }
      return { codes, entries: [...index.keys()] }
    },
  }
}

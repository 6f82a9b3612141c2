import { NativeColumnChunk, type TextColumnChunk } from '../data/column-chunk.js'

/** One column's values coded across a whole file (see {@link valueCodes}). */
export interface ValueCodes {
  /** The values by code, in order of first appearance (null: missing). */
  readonly entries: readonly (string | null)[]
  /** The code of a value, assigned on first sight. */
  codeOf(text: string | null): number
  /** The code of each of the chunk's first `length` rows into `out`, assigned in row order on first sight. */
  rowCodes(chunk: TextColumnChunk, length: number, out: Int32Array): void
}

/** Fields up to this many bytes are keyed by their bytes packed into one exact float (8 bits each, then the length). */
const PACKED_BYTES = 6
const EMPTY = -1

/**
 * Codes the values of one column across the chunks of a file, in order of first appearance, so that a fold keys rows
 * by small integers. Why not the chunk's dictionary: it hashes and compares every field's bytes and decodes each
 * distinct value again in every chunk; sensitive columns hold a few short values, so a field of at most six bytes is
 * looked up by its bytes packed into one number in a table that lives as long as the file, and only a field never
 * seen before is decoded. Longer fields (and Parquet / JSON chunks) go through the chunk's dictionary, once per
 * distinct value a chunk. Codes are by text: two byte spellings that decode alike (invalid UTF-8) share one.
 * @example
 * valueCodes().codeOf('F') // => 0
 */
export function valueCodes(): ValueCodes {
  const index = new Map<string, number>()
  const entries: (string | null)[] = []
  let missingCode = -1
  let keys = new Float64Array(64).fill(EMPTY)
  let codes = new Int32Array(64)
  let used = 0

  const codeOf = (text: string | null): number => {
    if (text === null) {
      if (missingCode < 0) {
        missingCode = entries.length
        entries.push(null)
      }
      return missingCode
    }
    let code = index.get(text)
    if (code === undefined) {
      code = entries.length
      index.set(text, code)
      entries.push(text)
    }
    return code
  }

  const slotOf = (key: number, mask: number): number =>
    (Math.imul((key | 0) ^ Math.floor(key / 4294967296), 0x9e3779b1) >>> 0) & mask

  const insert = (key: number, code: number): void => {
    if (2 * (used + 1) > keys.length) {
      const oldKeys = keys
      const oldCodes = codes
      keys = new Float64Array(oldKeys.length * 2).fill(EMPTY)
      codes = new Int32Array(oldKeys.length * 2)
      used = 0
      for (let s = 0; s < oldKeys.length; s++) if (oldKeys[s]! !== EMPTY) insert(oldKeys[s]!, oldCodes[s]!)
    }
    const mask = keys.length - 1
    let s = slotOf(key, mask)
    while (keys[s]! !== EMPTY) s = (s + 1) & mask
    keys[s] = key
    codes[s] = code
    used++
  }

  function rowCodes(chunk: TextColumnChunk, length: number, out: Int32Array): void {
    const { bytes, starts, ends, missing } = chunk
    const packable = !(chunk instanceof NativeColumnChunk)
    let byId: Int32Array | undefined
    for (let r = 0; r < length; r++) {
      if (missing[r] === 1) {
        out[r] = missingCode >= 0 ? missingCode : codeOf(null)
        continue
      }
      const start = starts[r]!
      const end = ends[r]!
      if (packable && end - start <= PACKED_BYTES) {
        let key = 0
        for (let i = start; i < end; i++) key = key * 256 + bytes[i]!
        key = key * 8 + (end - start)
        const mask = keys.length - 1
        let s = slotOf(key, mask)
        for (;;) {
          const k = keys[s]!
          if (k === key) {
            out[r] = codes[s]!
            break
          }
          if (k === EMPTY) {
            const code = codeOf(chunk.text(r))
            insert(key, code)
            out[r] = code
            break
          }
          s = (s + 1) & mask
        }
      } else {
        const { ids, entries: texts } = chunk.dictionary()
        byId ??= new Int32Array(texts.length).fill(-1)
        const id = ids[r]!
        let code = byId[id]!
        if (code < 0) code = byId[id] = codeOf(texts[id]!)
        out[r] = code
      }
    }
  }

  return { entries, codeOf, rowCodes }
}

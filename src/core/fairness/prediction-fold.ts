import { cellToBoolean } from '../data/cell-value.js'
import type { ChunkDictionary, TextColumnChunk } from '../data/column-chunk.js'
import type { FairnessInput } from './analyze-fairness.js'

/** How the prediction column is read: 0/1 (or true/false) predictions, or scores in [0, 1] cut at `threshold`. */
export type FoldedPrediction = { readonly kind: 'binary' } | { readonly kind: 'score'; readonly threshold: number }

/** A running fold of prediction chunks (see {@link predictionFold}). */
export interface PredictionFold {
  /**
   * Folds one chunk's label, prediction and sensitive columns (all `length` rows long). Returns false, and folds
   * nothing of the chunk, at a row the fold does not take: a label or prediction that is not 0/1 (or a boolean word),
   * a score that is not a number in [0, 1], or more value combinations than a float can key; the caller then reads
   * the file the row way, which reports the row.
   */
  add(
    length: number,
    label: TextColumnChunk,
    prediction: TextColumnChunk,
    sensitive: readonly TextColumnChunk[],
  ): boolean
  /**
   * Adds another fold's result (`rows` rows) after the rows folded so far, as if its rows had been folded here: the
   * same distinct rows summed, new values and combinations after the known ones in its order. Folding a file's byte
   * ranges apart (in worker threads) and merging them in file order gives exactly the fold of the whole file.
   */
  merge(part: FairnessInput, rows: number): void
  /** Rows folded so far. */
  readonly rows: number
  /** The weighted distinct rows (label × prediction × group values), in order of first appearance. */
  result(): FairnessInput
}

/** Per dictionary id: −2 not yet read, −1 no binary value, else 0/1. */
const UNREAD = -2

/**
 * 0/1 per row as `toBinary` reads a cell (number 0/1, else the text as a boolean word), or false at a row that is
 * neither.
 */
function binaryRows(chunk: TextColumnChunk, length: number, out: Uint8Array): boolean {
  const numbers = chunk.numbers
  let words: Int8Array | undefined
  for (let r = 0; r < length; r++) {
    const v = numbers[r]!
    if (v === 0) out[r] = 0
    else if (v === 1) out[r] = 1
    else {
      if (!Number.isNaN(v)) return false
      const { ids, entries } = chunk.dictionary()
      const id = ids[r]!
      if (id < 0) return false
      words ??= new Int8Array(entries.length).fill(UNREAD)
      if (words[id] === UNREAD) {
        const b = cellToBoolean(entries[id]!)
        words[id] = b === undefined ? -1 : b ? 1 : 0
      }
      const b = words[id]!
      if (b < 0) return false
      out[r] = b
    }
  }
  return true
}

/** score ≥ threshold per row, or false at a score that is not a number in [0, 1]. */
function scoreRows(chunk: TextColumnChunk, length: number, threshold: number, out: Uint8Array): boolean {
  const numbers = chunk.numbers
  for (let r = 0; r < length; r++) {
    const v = numbers[r]!
    if (!(v >= 0 && v <= 1)) return false
    out[r] = v >= threshold ? 1 : 0
  }
  return true
}

/** Largest local key space kept as a dense table (beyond it, keys are renumbered through a Map first). */
const DENSE_KEYS = 1 << 16

interface LocalKeys {
  /** Per row, its key in [0, space). */
  readonly keys: Float64Array
  readonly space: number
  /** When the keys were renumbered (by first appearance): the mixed-radix key of each. */
  readonly original: readonly number[] | undefined
}

/**
 * A key per row of a chunk: mixed radix over the chunk's dictionary ids of every sensitive column (digit
 * `entries.length` = missing), renumbered by first appearance when the key space is large; undefined when the key
 * space exceeds 2^53.
 */
function localKeys(
  dictionaries: readonly ChunkDictionary[],
  radices: readonly number[],
  length: number,
): LocalKeys | undefined {
  const space = radices.reduce((a, b) => a * b, 1)
  if (!(space <= Number.MAX_SAFE_INTEGER)) return undefined
  const keys = new Float64Array(length)
  dictionaries.forEach(({ ids }, j) => {
    const radix = radices[j]!
    const missing = radix - 1
    for (let r = 0; r < length; r++) {
      const id = ids[r]!
      keys[r] = keys[r]! * radix + (id < 0 ? missing : id)
    }
  })
  if (space <= DENSE_KEYS) return { keys, space, original: undefined }
  const dense = new Map<number, number>()
  const original: number[] = []
  for (let r = 0; r < length; r++) {
    const key = keys[r]!
    let id = dense.get(key)
    if (id === undefined) {
      id = original.length
      dense.set(key, id)
      original.push(key)
    }
    keys[r] = id
  }
  return { keys, space: original.length, original }
}

/** The chunk's combinations (local keys) in order of first appearance, with their 4 cells (2·y + ŷ) each. */
function localCombinations(
  local: LocalKeys,
  length: number,
  y: Uint8Array,
  p: Uint8Array,
): { keys: number[]; cells: number[] } {
  const keys: number[] = []
  const cells: number[] = []
  const slot = new Int32Array(local.space).fill(-1)
  const rowKeys = local.keys
  for (let r = 0; r < length; r++) {
    const key = rowKeys[r]!
    let s = slot[key]!
    if (s < 0) {
      s = slot[key] = keys.length
      keys.push(key)
      cells.push(0, 0, 0, 0)
    }
    cells[4 * s + 2 * y[r]! + p[r]!]! += 1
  }
  return { keys, cells }
}

/**
 * Folds prediction chunks into weighted distinct rows, so that fairness needs no per-row arrays or strings: each row
 * becomes the combination of its group values (the chunk's dictionary ids of every sensitive column, a missing value
 * its own) × its 0/1 label × its 0/1 prediction, and the fold counts rows per combination. Group values get codes
 * per column in order of first appearance and combinations are kept in order of first appearance, so that
 * `encodeGroups` over the folded rows gives the groups, keys and order it gives over the rows themselves, and
 * `analyzeFairness` the same numbers (counts are integers summed exactly in float64).
 * Labels and predictions are read as the fairness-gate loader reads them (0/1 numbers, else boolean words; scores in
 * [0, 1] cut at the threshold); any other row stops the fold (`add` returns false).
 * @example
 * predictionFold(['gender'], { kind: 'binary' }).rows // => 0
 */
export function predictionFold(sensitiveNames: readonly string[], prediction: FoldedPrediction): PredictionFold {
  const k = sensitiveNames.length
  /** Per column: text → code, the code of a missing value, the values by code. */
  const index = sensitiveNames.map(() => new Map<string, number>())
  const missingCode = sensitiveNames.map(() => -1)
  const entries: (string | null)[][] = sensitiveNames.map(() => [])
  /** Combination (codes joined) → its index; per combination its codes and its 4 cells (2·y + ŷ). */
  const combos = new Map<string, number>()
  let comboCodes: Int32Array[] = sensitiveNames.map(() => new Int32Array(64))
  let weights = new Float64Array(256)
  let comboCount = 0
  let rows = 0
  let y = new Uint8Array(0)
  let p = new Uint8Array(0)

  const grow = (): void => {
    const size = comboCodes[0]!.length * 2
    comboCodes = comboCodes.map((c) => {
      const next = new Int32Array(size)
      next.set(c)
      return next
    })
    const w = new Float64Array(size * 4)
    w.set(weights)
    weights = w
  }

  /** The column code of a value (null: missing), assigned on first sight. */
  const codeOf = (j: number, text: string | null): number => {
    if (text === null) {
      if (missingCode[j]! < 0) {
        missingCode[j] = entries[j]!.length
        entries[j]!.push(null)
      }
      return missingCode[j]!
    }
    let code = index[j]!.get(text)
    if (code === undefined) {
      code = entries[j]!.length
      index[j]!.set(text, code)
      entries[j]!.push(text)
    }
    return code
  }

  /** The index of the combination of column codes `codes`, assigned on first sight. */
  const comboOf = (codes: Int32Array): number => {
    const name = k === 1 ? String(codes[0]) : codes.join(',')
    let c = combos.get(name)
    if (c === undefined) {
      c = comboCount++
      combos.set(name, c)
      if (c >= comboCodes[0]!.length) grow()
      for (let j = 0; j < k; j++) comboCodes[j]![c] = codes[j]!
    }
    return c
  }

  function add(
    length: number,
    label: TextColumnChunk,
    predicted: TextColumnChunk,
    sensitive: readonly TextColumnChunk[],
  ): boolean {
    if (y.length < length) {
      y = new Uint8Array(length)
      p = new Uint8Array(length)
    }
    if (!binaryRows(label, length, y)) return false
    const ok =
      prediction.kind === 'score'
        ? scoreRows(predicted, length, prediction.threshold, p)
        : binaryRows(predicted, length, p)
    if (!ok) return false
    const dictionaries = sensitive.map((c) => c.dictionary())
    const radices = dictionaries.map((d) => d.entries.length + 1)
    const local = localKeys(dictionaries, radices, length)
    if (local === undefined) return false
    const { keys, cells } = localCombinations(local, length, y, p)
    // Into the file's combinations: column codes and combinations are assigned in the chunk's order of first
    // appearance, so both stay in the file's order of first appearance.
    const codes = new Int32Array(k)
    for (let s = 0; s < keys.length; s++) {
      let key = local.original === undefined ? keys[s]! : local.original[keys[s]!]!
      for (let j = k - 1; j >= 0; j--) {
        const radix = radices[j]!
        const id = key % radix
        key = (key - id) / radix
        codes[j] = codeOf(j, id === radix - 1 ? null : dictionaries[j]!.entries[id]!)
      }
      const c = comboOf(codes)
      for (let q = 0; q < 4; q++) weights[4 * c + q]! += cells[4 * s + q]!
    }
    rows += length
    return true
  }

  function merge(part: FairnessInput, partRows: number): void {
    const codes = new Int32Array(k)
    const weightsOf = part.weights
    for (let i = 0; i < part.yTrue.length; i++) {
      for (let j = 0; j < k; j++) {
        const column = part.sensitive[j]!
        codes[j] = codeOf(j, 'values' in column ? column.values[i]! : column.entries[column.codes[i]!]!)
      }
      weights[4 * comboOf(codes) + 2 * part.yTrue[i]! + part.yPred[i]!]! += weightsOf === undefined ? 1 : weightsOf[i]!
    }
    rows += partRows
  }

  function result(): FairnessInput {
    let distinct = 0
    for (let i = 0; i < comboCount * 4; i++) if (weights[i]! > 0) distinct++
    const yTrue = new Uint8Array(distinct)
    const yPred = new Uint8Array(distinct)
    const w = new Float64Array(distinct)
    const codes = sensitiveNames.map(() => new Int32Array(distinct))
    let at = 0
    for (let c = 0; c < comboCount; c++) {
      for (let q = 0; q < 4; q++) {
        const weight = weights[4 * c + q]!
        if (weight === 0) continue
        yTrue[at] = q >> 1
        yPred[at] = q & 1
        w[at] = weight
        for (let j = 0; j < k; j++) codes[j]![at] = comboCodes[j]![c]!
        at++
      }
    }
    return {
      yTrue,
      yPred,
      weights: w,
      sensitive: sensitiveNames.map((name, j) => ({ name, codes: codes[j]!, entries: entries[j]! })),
    }
  }

  return {
    add,
    merge,
    get rows() {
      return rows
    },
    result,
  }
}

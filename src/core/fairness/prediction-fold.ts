import { cellToBoolean } from '../data/cell-value.js'
import type { TextColumnChunk } from '../data/column-chunk.js'
import type { FairnessInput } from './analyze-fairness.js'
import { valueCodes } from './value-codes.js'

/** How the prediction column is read: 0/1 (or true/false) predictions, or scores in [0, 1] cut at `threshold`. */
export type FoldedPrediction = { readonly kind: 'binary' } | { readonly kind: 'score'; readonly threshold: number }

/** A running fold of prediction chunks (see {@link predictionFold}). */
export interface PredictionFold {
  /**
   * Folds one chunk's label, prediction and sensitive columns (all `length` rows long). Returns false, and folds
   * nothing of the chunk, at a row the fold does not take: a label or prediction that is not 0/1 (or a boolean word),
   * or a score that is not a number in [0, 1]; the caller then reads the file the row way, which reports the row.
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

/** Largest key space of a chunk's combinations kept as a dense table (beyond it, a Map). */
const DENSE_KEYS = 1 << 16

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
  /** Per column: its values coded across the file; per row of the chunk at hand, its codes. */
  const values = sensitiveNames.map(() => valueCodes())
  let rowCodes = sensitiveNames.map(() => new Int32Array(0))
  /** Per row of the chunk at hand, its combination key (mixed radix over its codes). */
  let rowKeys = new Float64Array(0)
  /** The dense table of the last chunk's combination keys (mixed radix over `denseRadices`) → combination. */
  let dense = new Int32Array(0)
  let denseRadices: number[] = []
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
      rowCodes = sensitiveNames.map(() => new Int32Array(length))
      rowKeys = new Float64Array(length)
    }
    if (!binaryRows(label, length, y)) return false
    const ok =
      prediction.kind === 'score'
        ? scoreRows(predicted, length, prediction.threshold, p)
        : binaryRows(predicted, length, p)
    if (!ok) return false
    for (let j = 0; j < k; j++) values[j]!.rowCodes(sensitive[j]!, length, rowCodes[j]!)
    // Each row's combination: a mixed-radix key over its codes (radix: the values known so far), looked up in a
    // table kept while the radices stay the same (from the first chunks on, as a rule), or in a Map; beyond 2^53 keys,
    // by the codes themselves.
    const radices = values.map((v) => v.entries.length)
    const space = radices.reduce((a, b) => a * b, 1)
    const codes = new Int32Array(k)
    const comboAt = (r: number): number => {
      for (let j = 0; j < k; j++) codes[j] = rowCodes[j]![r]!
      return comboOf(codes)
    }
    // Locals for the row loops; `weights` is read again after a new combination (it may have grown).
    const labels = y
    const predictions = p
    let w = weights
    if (!(space <= Number.MAX_SAFE_INTEGER)) {
      for (let r = 0; r < length; r++) {
        const c = comboAt(r) // first: a new combination may grow `weights`
        weights[4 * c + 2 * labels[r]! + predictions[r]!]! += 1
      }
      rows += length
      return true
    }
    const keys = rowKeys
    keys.set(rowCodes[0]!.subarray(0, length))
    for (let j = 1; j < k; j++) {
      const radix = radices[j]!
      const column = rowCodes[j]!
      for (let r = 0; r < length; r++) keys[r] = keys[r]! * radix + column[r]!
    }
    if (space <= DENSE_KEYS) {
      if (dense.length !== space || radices.some((r, j) => r !== denseRadices[j])) {
        dense = new Int32Array(space).fill(-1)
        denseRadices = radices
      }
      const slots = dense
      for (let r = 0; r < length; r++) {
        const key = keys[r]!
        let c = slots[key]!
        if (c < 0) {
          c = slots[key] = comboAt(r)
          w = weights
        }
        w[4 * c + 2 * labels[r]! + predictions[r]!]! += 1
      }
    } else {
      const table = new Map<number, number>()
      for (let r = 0; r < length; r++) {
        const key = keys[r]!
        let c = table.get(key)
        if (c === undefined) {
          table.set(key, (c = comboAt(r)))
          w = weights
        }
        w[4 * c + 2 * labels[r]! + predictions[r]!]! += 1
      }
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
        codes[j] = values[j]!.codeOf('values' in column ? column.values[i]! : column.entries[column.codes[i]!]!)
      }
      const c = comboOf(codes) // first: a new combination may grow `weights`
      weights[4 * c + 2 * part.yTrue[i]! + part.yPred[i]!]! += weightsOf === undefined ? 1 : weightsOf[i]!
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
      sensitive: sensitiveNames.map((name, j) => ({ name, codes: codes[j]!, entries: values[j]!.entries })),
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

import { chunkColumnValues } from '../core/data/column-values.js'
import type { KeyIndex } from '../core/data/key-index.js'
import { readColumnChunks } from '../io/dataset/read-chunks.js'

/** What is known of the candidate's file when the champion's is read. */
export interface CandidateRows {
  /** Rows of the candidate's file; its ids are the codes 0 … rows − 1 of `keys`, in row order (isRowOrder). */
  readonly rows: number
  /** The candidate's labels, which the champion's must equal by id (when the champion's file has labels). */
  readonly labels?: Float64Array
}

/** The champion's columns: id, the score or prediction, and the label when its file has one. */
export interface ChampionColumns {
  readonly id: string
  readonly value: string
  readonly label?: string
  /** Binary scores: every value must be in [0, 1]. */
  readonly probabilities: boolean
}

/**
 * Whether ids are the codes 0 … n − 1 in row order: a KeyIndex filled by one file codes ids in first-seen order, so
 * this holds exactly when that file's ids are distinct.
 * @throws never
 * @example isRowOrder(Int32Array.of(0, 1, 2)) // => true
 * @example isRowOrder(Int32Array.of(0, 1, 0)) // => false
 */
export function isRowOrder(ids: Int32Array | Uint32Array): boolean {
  for (let i = 0; i < ids.length; i++) if (ids[i] !== i) return false
  return true
}

/**
 * The champion's values in the candidate's row order, read one column chunk at a time and paired as they come: a
 * champion row goes to the candidate row its id names, and its label is compared there. Nothing but the result (one
 * number per candidate row) and a byte per row (seen) is kept, where reading the champion whole and pairing it after
 * held its ids, labels, values, lines and two pairing arrays at once (the evaluation's peak memory at millions of rows).
 * Undefined when the files do not pair cleanly: an id the candidate lacks, an id twice, a candidate id the champion
 * lacks, a label that differs, a cell that is not a plain number (text, a boolean, missing) or a binary score outside
 * [0, 1]. The caller then reads the champion whole and pairs it as before, which reports the problem (with the file,
 * line and examples) or reads the cells this fast path leaves to it. `keys` may gain the champion's extra ids.
 * `chunkRows`: rows per chunk (tests of chunk boundaries).
 * @throws what reading the file throws (DataError for an unreadable file or a missing column)
 */
export async function championInCandidateOrder(
  path: string,
  columns: ChampionColumns,
  keys: KeyIndex,
  candidate: CandidateRows,
  options: { readonly chunkRows?: number } = {},
): Promise<Float64Array | undefined> {
  const { rows } = candidate
  const wanted = [columns.id, columns.value, ...(columns.label === undefined ? [] : [columns.label])]
  const labels = columns.label === undefined ? undefined : candidate.labels
  if (columns.label !== undefined && labels === undefined) return undefined
  const target: Target = { out: new Float64Array(rows), seen: new Uint8Array(rows), labels }
  let paired = 0
  const chunkRows = options.chunkRows === undefined ? {} : { chunkRows: options.chunkRows }
  for await (const chunk of readColumnChunks(path, { columns: wanted, ...chunkRows })) {
    const codes = chunkColumnValues([chunk], 0).keyCodes(keys)
    const values = chunkColumnValues([chunk], 1).numbers
    const championLabels = labels === undefined ? undefined : chunkColumnValues([chunk], 2).numbers
    if (!placeChunk(target, codes, values, championLabels, columns.probabilities)) return undefined
    paired += chunk.length
  }
  return paired === rows ? target.out : undefined
}

/** Where a champion's rows go: its values by candidate row, which rows have one, the candidate's labels. */
interface Target {
  readonly out: Float64Array
  readonly seen: Uint8Array
  readonly labels: Float64Array | undefined
}

/** One chunk's rows placed at their candidate rows; false at the first row that does not pair cleanly. */
function placeChunk(
  target: Target,
  codes: Int32Array,
  values: Float64Array,
  championLabels: Float64Array | undefined,
  probabilities: boolean,
): boolean {
  const { out, seen, labels } = target
  const rows = out.length
  for (let i = 0; i < codes.length; i++) {
    const row = codes[i] as number
    // A code ≥ rows is an id the candidate lacks (or an empty id: never a candidate's).
    if (row < 0 || row >= rows || seen[row] === 1) return false
    const value = values[i] as number
    if (!Number.isFinite(value) || (probabilities && !(value >= 0 && value <= 1))) return false
    if (labels !== undefined && championLabels?.[i] !== labels[row]) return false
    seen[row] = 1
    out[row] = value
  }
  return true
}

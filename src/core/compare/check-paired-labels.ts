import { DataError } from '../errors.js'
import { formatNumber } from '../report/format-number.js'
import type { RowPairing } from './pair-rows.js'

/**
 * Checks that the champion file labels every paired id as the candidate file does (the labels decide, so a
 * candidate file that rewrites its own labels must not turn a hold into a promote). Labels are compared as the
 * loader coded them (0/1, class codes shared by both files, regression targets exactly).
 * @throws {DataError} naming the first differing id (in candidate order), both labels and both files
 * @example
 * checkPairedLabels(Float64Array.of(1, 0), Float64Array.of(0, 1), { candidate: Uint32Array.of(0, 1), champion: Uint32Array.of(1, 0) }, ['a', 'b'], { candidate: 'c.csv', champion: 'h.csv' }) // => undefined
 */
export function checkPairedLabels(
  candidateLabels: Float64Array,
  championLabels: Float64Array,
  pairing: RowPairing,
  candidateIds: readonly string[] | ((row: number) => string),
  files: { readonly candidate: string; readonly champion: string },
  describe: (code: number) => string = formatNumber,
): void {
  const { candidate, champion } = pairing
  let differing = 0
  let first = -1
  for (let k = 0; k < candidate.length; k++) {
    const a = candidateLabels[candidate[k] as number] as number
    const b = championLabels[champion[k] as number] as number
    if (a !== b && !(Number.isNaN(a) && Number.isNaN(b))) {
      differing++
      if (first < 0) first = k
    }
  }
  if (first < 0) return
  const i = candidate[first] as number
  const j = champion[first] as number
  throw new DataError(
    `${files.champion} labels id ${JSON.stringify(typeof candidateIds === 'function' ? candidateIds(i) : candidateIds[i])} as ${describe(championLabels[j] as number)}, but ${files.candidate} labels it ${describe(candidateLabels[i] as number)} (${differing} of ${candidate.length} paired ids differ)`,
    { file: files.champion },
    'score both models on the same labelled evaluation rows: the label column must be identical in both files',
  )
}

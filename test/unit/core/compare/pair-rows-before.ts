import { DataError } from '../../../../src/core/errors.js'

/** Row indices of the same ids in both files: candidate row `candidate[k]` pairs with champion row `champion[k]`. */
export interface RowPairing {
  readonly candidate: Uint32Array
  readonly champion: Uint32Array
}

const EXAMPLES = 5

/**
 * Pairs candidate and champion rows by id, in candidate order. Every id must appear exactly once in each file.
 * @throws {DataError} naming how many ids are duplicated, only in the candidate file or only in the champion
 *   file, with up to five examples of each
 * @example
 * pairRows(['a', 'b'], ['b', 'a']).champion // => Uint32Array [1, 0]
 */
export function pairRowsBefore(
  candidateIds: readonly string[],
  championIds: readonly string[],
  files: { readonly candidate: string; readonly champion: string } = { candidate: 'candidate', champion: 'champion' },
): RowPairing {
  const problems: string[] = []
  const index = new Map<string, number>()
  const dupChampion: string[] = []
  championIds.forEach((id, i) => {
    if (index.has(id)) dupChampion.push(id)
    else index.set(id, i)
  })
  const seen = new Set<string>()
  const dupCandidate: string[] = []
  const onlyCandidate: string[] = []
  const candidate: number[] = []
  const champion: number[] = []
  candidateIds.forEach((id, i) => {
    if (seen.has(id)) {
      dupCandidate.push(id)
      return
    }
    seen.add(id)
    const j = index.get(id)
    if (j === undefined) onlyCandidate.push(id)
    else {
      candidate.push(i)
      champion.push(j)
    }
  })
  const onlyChampion = [...index.keys()].filter((id) => !seen.has(id))
  const list = (ids: readonly string[]): string =>
    ids
      .slice(0, EXAMPLES)
      .map((id) => JSON.stringify(id))
      .join(', ') + (ids.length > EXAMPLES ? ', …' : '')
  if (dupCandidate.length > 0)
    problems.push(`${dupCandidate.length} duplicate id(s) in ${files.candidate} (e.g. ${list(dupCandidate)})`)
  if (dupChampion.length > 0)
    problems.push(`${dupChampion.length} duplicate id(s) in ${files.champion} (e.g. ${list(dupChampion)})`)
  if (onlyCandidate.length > 0)
    problems.push(`${onlyCandidate.length} id(s) only in ${files.candidate} (e.g. ${list(onlyCandidate)})`)
  if (onlyChampion.length > 0)
    problems.push(`${onlyChampion.length} id(s) only in ${files.champion} (e.g. ${list(onlyChampion)})`)
  if (problems.length > 0) {
    throw new DataError(
      `candidate and champion predictions do not cover the same rows: ${problems.join('; ')}`,
      { file: files.candidate },
      'score both models on the same evaluation rows, with one row per id in each file',
    )
  }
  return { candidate: Uint32Array.from(candidate), champion: Uint32Array.from(champion) }
}

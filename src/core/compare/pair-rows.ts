import { DataError } from '../errors.js'

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
export function pairRows(
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
  // A champion row is used once; candidate ids the champion lacks are the only ones kept in a set.
  const used = new Uint8Array(championIds.length)
  const missing = new Set<string>()
  const dupCandidate: string[] = []
  const onlyCandidate: string[] = []
  const candidate = new Uint32Array(candidateIds.length)
  const champion = new Uint32Array(candidateIds.length)
  let paired = 0
  candidateIds.forEach((id, i) => {
    const j = index.get(id)
    if (j === undefined) {
      if (missing.has(id)) dupCandidate.push(id)
      else {
        missing.add(id)
        onlyCandidate.push(id)
      }
    } else if (used[j] === 1) dupCandidate.push(id)
    else {
      used[j] = 1
      candidate[paired] = i
      champion[paired++] = j
    }
  })
  const onlyChampion: string[] = []
  for (const [id, j] of index) if (used[j] === 0) onlyChampion.push(id)
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
  return { candidate: candidate.subarray(0, paired), champion: champion.subarray(0, paired) }
}

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
  const index = new Map<string, number>()
  const code = (id: string): number => {
    let c = index.get(id)
    if (c === undefined) index.set(id, (c = index.size))
    return c
  }
  const candidate = Int32Array.from(candidateIds, code)
  const champion = Int32Array.from(championIds, code)
  const texts = [...index.keys()]
  return pairRowCodes(candidate, champion, texts.length, (c) => texts[c] as string, files)
}

/**
 * {@link pairRows} on ids given as codes in [0, keyCount): equal ids have equal codes (a dictionary shared by both
 * files, e.g. keyed by the id's bytes); `idText` gives an id's text for the examples. The same pairing and errors.
 * @throws {DataError} as pairRows
 * @example
 * pairRowCodes(Int32Array.of(0, 1), Int32Array.of(1, 0), 2, String).champion // => Uint32Array [1, 0]
 */
export function pairRowCodes(
  candidateIds: Int32Array,
  championIds: Int32Array,
  keyCount: number,
  idText: (code: number) => string,
  files: { readonly candidate: string; readonly champion: string } = { candidate: 'candidate', champion: 'champion' },
): RowPairing {
  const problems: string[] = []
  // The champion row of each id (its first), −1 where the champion lacks it.
  const first = new Int32Array(keyCount).fill(-1)
  const dupChampion: number[] = []
  for (let j = 0; j < championIds.length; j++) {
    const id = championIds[j] as number
    if ((first[id] as number) >= 0) dupChampion.push(id)
    else first[id] = j
  }
  // A champion row is used once; candidate ids the champion lacks are the only ones marked.
  const used = new Uint8Array(championIds.length)
  const missing = new Uint8Array(keyCount)
  const dupCandidate: number[] = []
  const onlyCandidate: number[] = []
  const candidate = new Uint32Array(candidateIds.length)
  const champion = new Uint32Array(candidateIds.length)
  let paired = 0
  for (let i = 0; i < candidateIds.length; i++) {
    const id = candidateIds[i] as number
    const j = first[id] as number
    if (j < 0) {
      if (missing[id] === 1) dupCandidate.push(id)
      else {
        missing[id] = 1
        onlyCandidate.push(id)
      }
    } else if (used[j] === 1) dupCandidate.push(id)
    else {
      used[j] = 1
      candidate[paired] = i
      champion[paired++] = j
    }
  }
  const onlyChampion: number[] = []
  for (let j = 0; j < championIds.length; j++) {
    const id = championIds[j] as number
    if (first[id] === j && used[j] === 0) onlyChampion.push(id)
  }
  const list = (ids: readonly number[]): string =>
    ids
      .slice(0, EXAMPLES)
      .map((id) => JSON.stringify(idText(id)))
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

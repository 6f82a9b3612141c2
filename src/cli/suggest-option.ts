/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions): `contarct` is 1 from `contract`.
 */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[] = new Array<number>(rows * cols).fill(0)
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0
  for (let i = 0; i < rows; i++) d[i * cols] = i
  for (let j = 0; j < cols; j++) d[j] = j
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1)
      d[i * cols + j] = best
    }
  }
  return at(a.length, b.length)
}

/** The known name closest to `name`, when it is close enough to be a typo (at most a third of its letters off). */
export function suggestOption(name: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined
  for (const candidate of known) {
    const distance = editDistance(name, candidate)
    if (best === undefined || distance < best.distance) best = { name: candidate, distance }
  }
  const allowed = Math.max(2, Math.floor(name.length / 3))
  return best !== undefined && best.distance <= allowed ? best.name : undefined
}

export const unknownOption = (name: string, gate: string, suggestion: string | undefined): string =>
  `unknown option "--${name}" for ${gate}${suggestion === undefined ? '' : `; did you mean "--${suggestion}"?`}`

export const knownOptions = (gate: string, names: readonly string[]): string =>
  `the options of ${gate} are its action.yml inputs: ${names.map((n) => `--${n}`).join(', ')}`

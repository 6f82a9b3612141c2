// The texts of input path containment (src/io/paths); tests compare against these functions.

/** The environment variable that lists extra folders inputs may point into (PATH-style, `:`-separated). */
export const PATH_ROOTS_VARIABLE = 'MODELGATE_PATH_ROOTS'

const shown = (given: string, real: string): string => (given === real ? given : `${given} (→ ${real})`)

export const pathOutsideRoots = (given: string, real: string, roots: readonly string[]): string =>
  `${shown(given, real)} is outside the folders modelgate reads and writes (${roots.join(', ')})`

export const pathOutsideRootsHint = (): string =>
  `move the file into the workspace or RUNNER_TEMP, or list its folder in ${PATH_ROOTS_VARIABLE} (\`:\`-separated)`

export const pathInSystemFolder = (given: string, real: string, folder: string): string =>
  `${shown(given, real)} is inside ${folder}, which modelgate never reads or writes`

export const pathWrongType = (given: string, real: string, found: string, wanted: string): string =>
  `${shown(given, real)} is ${found}, not ${wanted}`

export const pathHint = (wanted: string): string => `give the path of ${wanted} inside the workspace`

export const pathUnreadable = (given: string, code: string): string => `${given} cannot be inspected: ${code}`

/**
 * Pure parts of what train-on-runner records about the environment a training ran in (lineage.json): which
 * programs are interpreters whose `--version` may be asked, which files are dependency lockfiles, and how
 * `pip list --format=freeze` reads.
 */

/**
 * Programs known to print their version for `--version` and exit without doing anything else. Only these are
 * asked: an arbitrary training program (`./train.sh`) could ignore the flag and start training.
 */
const INTERPRETER =
  /^(?:python(?:\d+(?:\.\d+)*)?|pypy3?|node|bun|deno|ruby|perl|julia|Rscript|R|java|uv|conda|mamba|micromamba|poetry|pipenv|pixi|bash|sh|zsh)$/

/**
 * Whether `name` (the last path segment of argv[0]) is an interpreter or environment runner safe to ask for its version.
 * @example isKnownInterpreter('python3.11') // => true
 * @example isKnownInterpreter('train.sh') // => false
 */
export function isKnownInterpreter(name: string): boolean {
  return INTERPRETER.test(name)
}

/**
 * Whether `name` is a Python interpreter (its version is the lineage's `tools.python`; its `pip list` the packages).
 * @example isPythonInterpreter('python3') // => true
 * @example isPythonInterpreter('node') // => false
 */
export function isPythonInterpreter(name: string): boolean {
  return /^(?:python(?:\d+(?:\.\d+)*)?|pypy3?)$/.test(name)
}

/** Dependency lockfiles and manifests whose digest pins what a training installed (pip, conda, uv, poetry, npm…). */
export const LOCKFILE_NAMES: readonly string[] = [
  'requirements.txt',
  'requirements.lock',
  'constraints.txt',
  'poetry.lock',
  'Pipfile.lock',
  'uv.lock',
  'pdm.lock',
  'pixi.lock',
  'environment.yml',
  'environment.yaml',
  'conda-lock.yml',
  'package-lock.json',
  'pnpm-lock.yaml',
  'yarn.lock',
]

/** The most packages kept from `pip list` (a huge environment must not bloat every model card). */
export const MAX_PACKAGES = 2000

/**
 * Package → version from `pip list --format=freeze` lines (`name==version`); other lines (editable installs
 * `-e …`, `name @ file://…`, warnings) are skipped. Keeps at most MAX_PACKAGES, in the order given.
 * @example parsePipFreeze(['numpy==1.24.2', '-e git+https://x', 'scikit-learn==1.2.1']) // => { numpy: '1.24.2', 'scikit-learn': '1.2.1' }
 */
export function parsePipFreeze(lines: readonly string[]): Record<string, string> {
  const packages: Record<string, string> = {}
  let kept = 0
  for (const line of lines) {
    const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)$/.exec(line.trim())
    if (match === null || kept >= MAX_PACKAGES) continue
    packages[match[1] as string] = match[2] as string
    kept++
  }
  return packages
}

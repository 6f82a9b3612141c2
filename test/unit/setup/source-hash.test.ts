// scripts/source-hash.mjs is what keeps the bundle tests off yesterday's bundle (test/setup/fresh-dist.ts), and
// CI byte-compares the source-hash.txt files it writes, so it must change with every bundle input and with
// nothing else. Each test works on a temporary copy of the inputs.
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ENTRIES } from '../../../scripts/entries.mjs'
import { BUILD_FILES, SOURCE_DIR, SOURCE_HASH_FILE, sourceHash } from '../../../scripts/source-hash.mjs'
import { repoRoot } from '../../helpers/fixture-path.js'
import { makeTempDir } from '../../helpers/tmp-dir.js'
import { findStaleBundles, staleDistMessage } from '../../setup/fresh-dist.js'

/** A copy of the bundle inputs (and a README, which is not one) in a fresh folder. */
function copyInputs(): string {
  const dir = makeTempDir('modelgate-hash-')
  cpSync(join(repoRoot, SOURCE_DIR), join(dir, SOURCE_DIR), { recursive: true })
  for (const file of [...BUILD_FILES, 'package.json', 'README.md']) {
    mkdirSync(join(dir, file, '..'), { recursive: true })
    cpSync(join(repoRoot, file), join(dir, file))
  }
  return dir
}

const SOME_SOURCE = 'src/core/gate/gate-name.ts'

let original: string
beforeAll(() => {
  original = sourceHash(copyInputs())
})

describe('sourceHash', () => {
  it('sourceHash(root) is a sha256 that does not depend on where the tree lies (the repository and a copy agree)', () => {
    expect(original).toMatch(/^[0-9a-f]{64}$/)
    expect(sourceHash(repoRoot)).toBe(original)
  })

  it('sourceHash(root) changes when a file under src/ changes, and comes back when the change is undone', () => {
    const dir = copyInputs()
    const text = readFileSync(join(dir, SOME_SOURCE), 'utf8')
    writeFileSync(join(dir, SOME_SOURCE), `${text}// one more line\n`)
    expect(sourceHash(dir)).not.toBe(original)
    writeFileSync(join(dir, SOME_SOURCE), text)
    expect(sourceHash(dir)).toBe(original)
  })

  it('sourceHash(root) changes when a file under src/ is added, removed or renamed', () => {
    const added = copyInputs()
    writeFileSync(join(added, 'src/core/new-file.ts'), 'export const x = 1\n')
    expect(sourceHash(added)).not.toBe(original)
    const removed = copyInputs()
    rmSync(join(removed, SOME_SOURCE))
    expect(sourceHash(removed)).not.toBe(original)
    const renamed = copyInputs()
    renameSync(join(renamed, SOME_SOURCE), join(renamed, 'src/core/gate/gate-names.ts'))
    expect(sourceHash(renamed)).not.toBe(original)
  })

  it('sourceHash(root) changes with each build input outside src/ and with package.json type and dependencies', () => {
    for (const file of BUILD_FILES) {
      const dir = copyInputs()
      writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8')}\n`)
      expect(sourceHash(dir), file).not.toBe(original)
    }
    for (const change of [
      (pkg: Record<string, unknown>) => ({ ...pkg, type: 'commonjs' }),
      (pkg: Record<string, unknown>) => ({
        ...pkg,
        dependencies: { ...(pkg.dependencies as object), 'left-pad': '1' },
      }),
    ]) {
      const dir = copyInputs()
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>
      writeFileSync(join(dir, 'package.json'), JSON.stringify(change(pkg), null, 2))
      expect(sourceHash(dir)).not.toBe(original)
    }
  })

  it('sourceHash(root) ignores what does not change a bundle: CRLF line ends, mtimes, package.json scripts, other files', () => {
    const dir = copyInputs()
    const text = readFileSync(join(dir, SOME_SOURCE), 'utf8')
    writeFileSync(join(dir, SOME_SOURCE), text.replace(/\n/g, '\r\n'))
    utimesSync(join(dir, 'src/core/errors.ts'), new Date(0), new Date(0))
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, Record<string, string>>
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ ...pkg, scripts: { ...pkg.scripts, extra: 'true' }, devDependencies: {} }, null, 2),
    )
    writeFileSync(join(dir, 'README.md'), 'changed\n')
    mkdirSync(join(dir, 'test'))
    writeFileSync(join(dir, 'test/a.test.ts'), 'changed\n')
    expect(sourceHash(dir)).toBe(original)
  })
})

describe('findStaleBundles (the bundle tests’ global setup)', () => {
  /** A copy of the inputs with every bundle present and stamped with `hash`. */
  function builtCopy(hash: string): string {
    const dir = copyInputs()
    for (const { name } of ENTRIES) {
      mkdirSync(join(dir, 'dist', name), { recursive: true })
      writeFileSync(join(dir, 'dist', name, 'index.js'), '')
      writeFileSync(join(dir, 'dist', name, SOURCE_HASH_FILE), `${hash}\n`)
    }
    return dir
  }

  it('findStaleBundles(root) is empty when every bundle was built from these sources', () => {
    expect(findStaleBundles(builtCopy(original))).toEqual([])
  })

  it('findStaleBundles(root) names every bundle after a source edit, and the message gives the command', () => {
    const dir = builtCopy(original)
    writeFileSync(join(dir, SOME_SOURCE), 'export {}\n')
    const stale = findStaleBundles(dir)
    expect(stale.map((bundle) => bundle.name)).toEqual(ENTRIES.map((entry) => entry.name))
    expect(staleDistMessage(stale)).toContain('dist/validate-data: built from other sources than these')
    expect(staleDistMessage(stale)).toContain('npm run build')
  })

  it('findStaleBundles(root) names a bundle without a hash or without index.js, and only those', () => {
    const dir = builtCopy(original)
    rmSync(join(dir, 'dist/cli', SOURCE_HASH_FILE))
    rmSync(join(dir, 'dist/fairness-gate/index.js'))
    const stale = findStaleBundles(dir)
    expect(stale.map((bundle) => bundle.name)).toEqual(['fairness-gate', 'cli'])
    expect(staleDistMessage(stale).split('\n').at(-1)).toBe(
      'Rebuild them, then run the tests again: node scripts/build.mjs fairness-gate cli',
    )
  })
})

// src/core is pure (STYLE R1). ESLint enforces it too; this test still catches a violation if the rule is
// switched off.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../../helpers/fixture-path.js'

const FORBIDDEN = /^(node:|@actions\/|@octokit\/|(fs|path|http|https|child_process|os|crypto|process|net|zlib)$)/
// A bare specifier naming an adapter folder (a relative import is judged by where it resolves: core's own
// registry/ folder is inside src/core, ../../registry/ is not).
const OUTWARD = /^(src\/)?(io|github|registry|traffic|metric-providers|cli)\//

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

export function importsOf(source: string): string[] {
  const specifiers: string[] = []
  for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g))
    specifiers.push(match[1] ?? '')
  for (const match of source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(match[1] ?? '')
  return specifiers
}

describe('architecture', () => {
  it('importsOf finds static, re-export and dynamic imports (so the check below can fail)', () => {
    expect(
      importsOf("import { a } from 'node:fs'\nexport { b } from '../io/x.js'\nconst c = await import('os')"),
    ).toEqual(['node:fs', '../io/x.js', 'os'])
  })

  it('no file under src/core imports I/O modules or anything outside src/core', () => {
    const coreDir = join(repoRoot, 'src/core')
    const violations: string[] = []
    for (const file of sourceFiles(coreDir)) {
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        const outside = specifier.startsWith('.') && relative(coreDir, join(file, '..', specifier)).startsWith('..')
        if (FORBIDDEN.test(specifier) || OUTWARD.test(specifier) || outside)
          violations.push(`${relative(repoRoot, file)} imports ${specifier}`)
      }
    }
    expect(violations).toEqual([])
  })
})

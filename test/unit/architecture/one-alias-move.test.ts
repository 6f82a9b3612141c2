// Issue #14: every alias move goes through the promotion rule. src/registry/move-alias-by-rule.ts is the one module
// that calls a registry's setAlias (after decidePromotion allows it); the backends only define it.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../../helpers/fixture-path.js'

const THE_ONE_MOVE = 'src/registry/move-alias-by-rule.ts'
/** Files that may name setAlias without calling it: the interface and the three backends' definitions. */
const DEFINITIONS = new Set([
  'src/registry/model-registry.ts',
  'src/registry/file-registry.ts',
  'src/registry/oci-registry.ts',
  'src/registry/mlflow-registry.ts',
])

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|mts|js|mjs)$/.test(path) ? [path] : []
  })
}

/** Each mention of setAlias in `source` by line, and whether it is a definition (`setAlias(name: string, …`). */
export function aliasMentions(source: string): { readonly line: number; readonly definition: boolean }[] {
  const mentions: { line: number; definition: boolean }[] = []
  source.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(/\bsetAlias\b(\s*\(\s*name\s*:)?/g))
      mentions.push({ line: index + 1, definition: match[1] !== undefined })
  })
  return mentions
}

describe('one alias move', () => {
  it('aliasMentions finds calls, references and bracket access and tells the definition apart (so the check can fail)', () => {
    const lines = (source: string) => aliasMentions(source).map((m) => [m.line, m.definition])
    expect(lines('await registry.setAlias(m, a, 1, audit)')).toEqual([[1, false]])
    expect(lines("const f = r['setAlias']\nconst { setAlias } = r")).toEqual([
      [1, false],
      [2, false],
    ])
    expect(lines('  async setAlias(name: string, alias: string): Promise<void> {')).toEqual([[1, true]])
  })

  it(`no module but ${THE_ONE_MOVE} writes an alias; only the interface and the backends define setAlias`, () => {
    const violations: string[] = []
    for (const file of sourceFiles(join(repoRoot, 'src'))) {
      const path = relative(repoRoot, file).split('\\').join('/')
      if (path === THE_ONE_MOVE) continue
      for (const { line, definition } of aliasMentions(readFileSync(file, 'utf8')))
        if (!(definition && DEFINITIONS.has(path))) violations.push(`${path}:${line}`)
    }
    expect(violations).toEqual([])
  })

  it(`${THE_ONE_MOVE} writes only after decidePromotion (judgeAliasMove) allows the move`, () => {
    const source = readFileSync(join(repoRoot, THE_ONE_MOVE), 'utf8')
    const decide = source.indexOf('judgeAliasMove(registry, move)')
    const refuse = source.indexOf('if (!decision.allowed) return')
    const write = source.indexOf('.setAlias(')
    expect(decide).toBeGreaterThan(0)
    expect(refuse).toBeGreaterThan(decide)
    expect(write).toBeGreaterThan(refuse)
  })
})

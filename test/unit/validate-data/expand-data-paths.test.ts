// The `data` glob/folder expansion is the first thing a monitoring run does with a user's pattern: the folder it
// walks must pass containment before the walk, links are not followed, the depth and the match count are bounded.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../src/core/errors.js'
import { monitorMessages } from '../../../src/core/monitor/messages.js'
import { MAX_DATA_FILES, MAX_GLOB_DEPTH, expandDataPaths } from '../../../src/validate-data/expand-data-paths.js'

const tmp = mkdtempSync(join(tmpdir(), 'expand-data-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function file(path: string): string {
  const full = join(tmp, path)
  mkdirSync(join(full, '..'), { recursive: true })
  writeFileSync(full, 'a\n1\n')
  return full
}

function refusal(run: () => unknown): ConfigurationError {
  try {
    run()
  } catch (error) {
    if (error instanceof ConfigurationError) return error
    throw error
  }
  throw new Error('expected a ConfigurationError')
}

describe('expandDataPaths', () => {
  const a = file('days/2026/11/01.csv')
  const b = file('days/2026/11/02.csv')
  file('days/2026/11/notes.txt')

  it('a nested ** glob names every data file under its fixed folder, in name order, as the pattern names them', () => {
    expect(expandDataPaths(join(tmp, 'days/**/*.csv'), 'data')).toEqual([a, b])
    expect(expandDataPaths('2026/*/0?.csv', 'data', join(tmp, 'days')).map((p) => p.replace(/\\/g, '/'))).toEqual([
      '2026/11/01.csv',
      '2026/11/02.csv',
    ])
  })

  it('a glob rooted at / or climbing out of the allowed roots is refused before anything is walked', () => {
    for (const pattern of ['/**/*.csv', `${tmp}/days/../../../**/*.csv`]) {
      const error = refusal(() => expandDataPaths(pattern, 'data'))
      expect(error.message).toMatch(/ is outside the folders modelgate reads and writes/)
      expect(error.location.input).toBe('data')
    }
  })

  it('a ".." after a wildcard is refused, naming the pattern', () => {
    const pattern = `${tmp}/days/*/../../*.csv`
    const error = refusal(() => expandDataPaths(pattern, 'data'))
    expect(error.message).toBe(monitorMessages.globParentSegment(pattern))
  })

  it('links are not followed while walking (a loop or a link out of the folder is never crawled)', () => {
    const root = join(tmp, 'linked')
    file('linked/real/x.csv')
    file('outside-target/secret.csv')
    symlinkSync(join(tmp, 'outside-target'), join(root, 'out'))
    symlinkSync(root, join(root, 'loop'))
    expect(expandDataPaths(join(root, '**/*.csv'), 'data')).toEqual([join(root, 'real/x.csv')])
  })

  it(`walks at most ${MAX_GLOB_DEPTH} levels below the fixed folder`, () => {
    const shallow = file(`deep/${Array.from({ length: MAX_GLOB_DEPTH - 1 }, (_, i) => `d${i}`).join('/')}/ok.csv`)
    file(`deep/${Array.from({ length: MAX_GLOB_DEPTH + 1 }, (_, i) => `d${i}`).join('/')}/too-deep.csv`)
    expect(expandDataPaths(join(tmp, 'deep/**/*.csv'), 'data')).toEqual([shallow])
  })

  it(`more than ${MAX_DATA_FILES} matched files is an error, not a run over all of them`, () => {
    const many = join(tmp, 'many')
    mkdirSync(many)
    for (let i = 0; i <= MAX_DATA_FILES; i++) writeFileSync(join(many, `${i}.csv`), '')
    const pattern = join(many, '*.csv')
    expect(refusal(() => expandDataPaths(pattern, 'data')).message).toBe(
      monitorMessages.globTooMany(pattern, MAX_DATA_FILES),
    )
    expect(refusal(() => expandDataPaths(many, 'data')).message).toBe(monitorMessages.globTooMany(many, MAX_DATA_FILES))
  })
})

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readColumnChunks } from '../../../src/io/dataset/read-chunks.js'
import { rowCountBound } from '../../../src/io/dataset/row-count-bound.js'
import { fixturePath } from '../../helpers/fixture-path.js'

const dir = mkdtempSync(join(tmpdir(), 'row-bound-'))

async function rowsRead(path: string): Promise<number> {
  let rows = 0
  for await (const chunk of readColumnChunks(path, {})) rows += chunk.length
  return rows
}

describe('rowCountBound', () => {
  it('is never below the rows read, for CSV with and without a final line break, quoted line breaks, CRLF', async () => {
    const files = {
      'final.csv': 'a,b\n1,2\n3,4\n',
      'no-final.csv': 'a,b\n1,2\n3,4',
      'quoted.csv': 'a,b\n"x\ny",2\n3,"4\n\n"\n',
      'crlf.csv': 'a,b\r\n1,2\r\n3,4\r\n',
      'header-only.csv': 'a,b\n',
    }
    for (const [name, text] of Object.entries(files)) {
      const path = join(dir, name)
      writeFileSync(path, text)
      const bound = await rowCountBound(path)
      expect(bound, name).toBeGreaterThanOrEqual(await rowsRead(path))
      expect(bound, name).toBe(text.split('\n').length)
    }
  })

  it('is the exact row count of a Parquet file (its metadata)', async () => {
    const path = fixturePath('datasets', 'small.parquet')
    expect(await rowCountBound(path)).toBe(await rowsRead(path))
  })

  it('is undefined for gzip, JSON Lines and a path that cannot be read (the loader reports that)', async () => {
    expect(await rowCountBound(fixturePath('datasets', 'small.csv.gz'))).toBeUndefined()
    expect(await rowCountBound(fixturePath('datasets', 'small.jsonl'))).toBeUndefined()
    expect(await rowCountBound(join(dir, 'missing.csv'))).toBeUndefined()
  })
})

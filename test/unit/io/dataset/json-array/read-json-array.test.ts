// Issue #18 item 8: JSON-array data files ([{...}, {...}], as pandas' to_json(orient="records") writes them) read as
// JSON Lines are: same rows, same columns, lines where each object starts; bounded, with a clear error past it.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DataError } from '../../../../../src/core/errors.js'
import { datasetHeader } from '../../../../../src/io/dataset/dataset-header.js'
import { readJsonArray } from '../../../../../src/io/dataset/json-array/read-json-array.js'
import { readDataset } from '../../../../../src/io/dataset/read-dataset.js'
import { fixturePath } from '../../../../helpers/fixture-path.js'
import { makeTempDir } from '../../../../helpers/tmp-dir.js'

async function rows(path: string, options: Parameters<typeof readDataset>[1] = {}) {
  const out: { columns: readonly string[]; rows: unknown[][]; lines: number[] } = { columns: [], rows: [], lines: [] }
  for await (const batch of readDataset(path, options)) {
    out.columns = batch.columns
    out.rows.push(...batch.rows)
    out.lines.push(...batch.lines)
  }
  return out
}

const file = (name: string, text: string): string => {
  const path = join(makeTempDir('modelgate-json-array-'), name)
  writeFileSync(path, text)
  return path
}

async function failure(path: string): Promise<DataError> {
  try {
    await rows(path)
  } catch (error) {
    if (error instanceof DataError) return error
    throw error
  }
  throw new Error('no DataError')
}

describe('readDataset on a .json array', () => {
  it('reads the same rows as the JSON Lines file with the same objects', async () => {
    const jsonl = fixturePath('datasets/small.jsonl')
    const { readFileSync } = await import('node:fs')
    const objects = readFileSync(jsonl, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
    const array = file('small.json', `[\n${objects.map((o) => `  ${o}`).join(',\n')}\n]\n`)
    const a = await rows(array)
    const b = await rows(jsonl)
    expect(a.columns).toEqual(b.columns)
    expect(a.rows).toEqual(b.rows)
    expect(a.lines).toEqual(objects.map((_, i) => i + 2))
    expect(await datasetHeader(array)).toEqual(b.columns)
  })

  it('pretty-printed objects: the line where each starts; union of keys; nested values as JSON; big ids as digits', async () => {
    const path = file(
      'p.json',
      '[\n  {\n    "id": 9007199254740993,\n    "tags": ["a", "b"]\n  },\n  {\n    "id": 2,\n    "extra": "x, ] }"\n  }\n]',
    )
    const out = await rows(path)
    expect(out.columns).toEqual(['id', 'tags', 'extra'])
    expect(out.rows).toEqual([
      ['9007199254740993', '["a","b"]', null],
      [2, null, 'x, ] }'],
    ])
    expect(out.lines).toEqual([2, 6])
  })

  it('projection, batches and an empty array', async () => {
    const path = file('b.json', JSON.stringify(Array.from({ length: 5 }, (_, i) => ({ a: i, b: `v${i}` }))))
    const batches = []
    for await (const batch of readDataset(path, { columns: ['b'], batchSize: 2 })) batches.push(batch.rows.length)
    expect(batches).toEqual([2, 2, 1])
    expect((await rows(file('e.json', ' [ ] '))).rows).toEqual([])
    await expect(rows(path, { columns: ['nope'] })).rejects.toThrow('has no column "nope"')
  })

  it('what is not an array of objects is a DataError naming the file, the line and the way out', async () => {
    const object = await failure(file('o.json', '{"a": 1}'))
    expect(object.describe()).toMatch(
      /^the file holds a JSON object, not a JSON array of row objects \(.*o\.json:1\)\. write \[/,
    )
    const scalar = await failure(file('s.json', '[{"a": 1},\n 3]'))
    expect(scalar.message).toBe('element 2 of the array is a JSON number, not an object')
    expect(scalar.location.line).toBe(2)
    expect((await failure(file('u.json', '[{"a": 1}, {"a": 2}'))).message).toBe(
      'the array is not closed: the file ends inside it',
    )
    expect((await failure(file('d.json', '[{"a": 1, "a": 2}]'))).message).toContain('"a"')
    expect((await failure(file('t.json', '[{"a": 1}] x'))).message).toContain('text after the closing ]')
  })

  it('past the size bound: a DataError saying to convert to JSON Lines, before reading it', async () => {
    const path = file('big.json', JSON.stringify([{ a: 'x'.repeat(2000) }]))
    const error = await (async () => {
      try {
        for await (const _ of readJsonArray(path, { batchSize: 10, maxBytes: 1024 })) void _
      } catch (e) {
        return e as DataError
      }
      return undefined
    })()
    expect(error).toBeInstanceOf(DataError)
    expect(error?.describe()).toContain("convert it to JSON Lines, which is streamed at any size: jq -c '.[]'")
  })
})

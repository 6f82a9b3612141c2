// The prediction loaders on column chunks give what the row-batch loaders gave: the same values, the same errors
// (message, location, hint), on generated CSV files with nulls, quoted fields, text and boolean labels, bad numbers,
// duplicate and empty ids, and chunk boundaries anywhere (issue #17).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { KeyIndex } from '../../../src/core/data/key-index.js'
import { cellColumnValues, type ColumnValues } from '../../../src/core/data/column-values.js'
import { UserError } from '../../../src/core/errors.js'
import { analyzeFairness, type FairnessInput } from '../../../src/core/fairness/analyze-fairness.js'
import { resolveFairnessPolicy } from '../../../src/core/fairness/resolve-fairness-policy.js'
import { loadPredictions } from '../../../src/evaluate-vs-champion/load-predictions.js'
import { readPredictions } from '../../../src/fairness-gate/read-predictions.js'
import { readDatasetColumns } from '../../../src/io/dataset/index.js'
import { readColumnValues } from '../../../src/io/dataset/read-column-values.js'
import { makeTempDir } from '../../helpers/tmp-dir.js'
import { loadPredictionsBefore } from '../evaluate-vs-champion/load-predictions-before.js'
import { readPredictionsBefore } from '../fairness-gate/read-predictions-before.js'

const dir = makeTempDir('modelgate-column-values-')
let files = 0

/** The value, or the error as the user sees it (class, message, location, hint). */
async function outcome(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof UserError)
      return { error: error.name, message: error.message, location: error.location, hint: error.hint }
    throw error
  }
}

const ID = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', '', 'NA', '"a,b"', '"é1"', '""']
const LABELS = {
  binary: ['0', '1', '1', '0', '1.0', ' 1 ', '"0"'],
  words: ['true', 'FALSE', 'True', 'false', '1', '0'],
  yesNo: ['yes', 'no', '1', '0'],
  text: ['benign', 'malignant', '"benign"'],
  three: ['benign', 'malignant', 'other'],
  classes: ['cat', 'dog', '2', '0', 'bird'],
  bad: ['0', '1', 'NA', '', 'Infinity', '2', 'x', '""', '"é"'],
}
const SCORES = ['0.3', '1', '0', '0.75', '1e-3', '"0.7"', ' 0.5 ', '1.5', '-0.1', 'abc', '', 'NA', 'inf', '0x1', '""']
const SEGMENTS = ['F', 'M', 'é', '', 'NA', '""', '"x, y"', 'null']

/** A CSV file of rows drawn from the pools; `safe` draws scores and ids that load (most runs then compare values). */
const table = fc
  .record({
    labels: fc.constantFrom(...(Object.keys(LABELS) as (keyof typeof LABELS)[])),
    safe: fc.boolean(),
    rows: fc.integer({ min: 1, max: 40 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    crlf: fc.boolean(),
  })
  .map(({ labels, safe, rows, seed, crlf }) => {
    let state = seed
    const pick = <T>(list: readonly T[]): T => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0
      return list[(state >>> 8) % list.length] as T
    }
    const lines = ['id,label,score,segment']
    for (let i = 0; i < rows; i++) {
      const id = safe ? `r${i}` : pick(ID)
      const score = safe ? pick(SCORES.slice(0, 7)) : pick(SCORES)
      lines.push([id, pick(LABELS[labels]), score, pick(SEGMENTS)].join(','))
    }
    const path = join(dir, `t${files++}.csv`)
    writeFileSync(path, lines.join(crlf ? '\r\n' : '\n') + '\n')
    return path
  })

/** Everything a ColumnValues answers, as plain data. */
function answers(values: ColumnValues): unknown {
  const keys = new KeyIndex()
  return {
    length: values.length,
    numbers: Array.from(values.numbers),
    text: Array.from({ length: values.length }, (_, i) => values.text(i)),
    shown: Array.from({ length: values.length }, (_, i) => values.shown(i)),
    codes: values.codes(),
    codes2: values.codes(2).entries,
    keys: Array.from(values.keyCodes(keys), (c) => (c < 0 ? null : keys.text(c))),
  }
}

/** A loaded predictions file with its ids as text (the row loader's form). */
const plain = async (load: Promise<Awaited<ReturnType<typeof loadPredictions>>>): Promise<unknown> => {
  const loaded = await load
  return {
    ...loaded,
    ids: Array.from(loaded.ids, (id) => loaded.keys.text(id)),
    keys: undefined,
    lines: Array.from(loaded.lines),
  }
}
const plainBefore = async (load: ReturnType<typeof loadPredictionsBefore>): Promise<unknown> => {
  const loaded = await load
  return { ...loaded, keys: undefined, lines: Array.from(loaded.lines) }
}
/** What fairness makes of loaded predictions (the fold's weighted rows and the row loader's rows answer the same). */
const fairnessOf = async (load: Promise<FairnessInput & { rows: number }>): Promise<unknown> => {
  const loaded = await load
  const policy = resolveFairnessPolicy({ intersectional: true, min_group_size: 1 })
  return { rows: loaded.rows, results: analyzeFairness(loaded, policy) }
}

describe('prediction loaders on column chunks', () => {
  it('every column answers as the row cells do, at any chunk size (property)', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.integer({ min: 1, max: 7 }), async (path, chunkRows) => {
        const names = ['id', 'label', 'score', 'segment']
        const chunks = await readColumnValues(path, names, { chunkRows })
        const rows = await readDatasetColumns(path, names)
        expect(chunks.chunked).toBe(true)
        expect(Array.from(chunks.lines)).toEqual(rows.lines)
        for (const name of names)
          expect(answers(chunks.column(name))).toEqual(answers(cellColumnValues(rows.values.get(name)!)))
      }),
      { numRuns: 150 },
    )
  })

  it('loadPredictions gives the values and errors of the row loader at any chunk size: binary, positive-label, classes, regression (property)', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.integer({ min: 1, max: 7 }), async (path, chunkRows) => {
        const columns = { id: 'id', value: 'score', label: 'label', segments: ['segment'] }
        for (const extra of [{}, { positiveLabel: 'malignant' }, { positiveLabel: '1' }]) {
          const spec = { ...columns, ...extra }
          expect(
            await outcome(() => plain(loadPredictions(path, spec, undefined, new KeyIndex(), { chunkRows }))),
          ).toEqual(await outcome(() => plainBefore(loadPredictionsBefore(path, spec))))
        }
        // multiclass: class codes by first appearance, shared by label and value columns (across chunks too)
        const spec = { ...columns, value: 'label', label: 'segment' }
        const codes = new Map<string, number>()
        const before = new Map<string, number>()
        expect(await outcome(() => plain(loadPredictions(path, spec, codes, new KeyIndex(), { chunkRows })))).toEqual(
          await outcome(() => plainBefore(loadPredictionsBefore(path, spec, before))),
        )
        expect([...codes]).toEqual([...before])
      }),
      { numRuns: 150 },
    )
  })

  it('readPredictions (fairness-gate) gives the groups, counts and errors of the row loader (property)', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.integer({ min: 1, max: 7 }), async (path, chunkRows) => {
        const base = { labelColumn: 'label', threshold: 0.5, sensitiveColumns: ['segment', 'id'] }
        for (const columns of [
          { ...base, scoreColumn: 'score', predictionColumn: undefined, positiveLabel: undefined },
          { ...base, scoreColumn: undefined, predictionColumn: 'label', positiveLabel: undefined },
          { ...base, scoreColumn: 'score', predictionColumn: undefined, positiveLabel: 'malignant' },
        ]) {
          expect(await outcome(() => fairnessOf(readPredictions(path, columns, undefined, { chunkRows })))).toEqual(
            await outcome(() => fairnessOf(readPredictionsBefore(path, columns))),
          )
        }
      }),
      { numRuns: 150 },
    )
  })

  it('a JSONL file (row batches) loads as before, booleans and numbers kept', async () => {
    const path = join(dir, 'p.jsonl')
    writeFileSync(
      path,
      ['{"id":"a","label":true,"score":0.2}', '{"id":2,"label":false,"score":1}', '{"id":"c","label":1,"score":0}']
        .map((line) => line + '\n')
        .join(''),
    )
    const columns = { id: 'id', value: 'score', label: 'label' }
    expect(await outcome(() => plain(loadPredictions(path, columns)))).toEqual(
      await outcome(() => plainBefore(loadPredictionsBefore(path, columns))),
    )
    expect((await readColumnValues(path, ['id'])).chunked).toBe(false)
  })
})

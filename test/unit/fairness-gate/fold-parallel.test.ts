// fairness-gate folds a large predictions file in byte ranges at once (worker threads) and merges the folds; the
// merge must give exactly the one-pass fold, and every error the one-pass wording and line (issue #17). Here the
// ranges are cut anywhere and folded on this thread (the worker runs the same foldPartition; the bundle test runs
// real workers).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { UserError } from '../../../src/core/errors.js'
import { analyzeFairness, type FairnessInput } from '../../../src/core/fairness/analyze-fairness.js'
import { resolveFairnessPolicy } from '../../../src/core/fairness/resolve-fairness-policy.js'
import { foldPartition } from '../../../src/fairness-gate/fold-partition.js'
import type { FoldRunner } from '../../../src/fairness-gate/fold-workers.js'
import { readPredictions } from '../../../src/fairness-gate/read-predictions.js'
import { candidateCsvRangesAt, datasetHeader } from '../../../src/io/dataset/index.js'
import type { ScanPartition } from '../../../src/validate-data/scan-partition.js'
import { makeTempDir } from '../../helpers/tmp-dir.js'
import { columnsOf, loadOutcome } from './prediction-columns.js'

const dir = makeTempDir('modelgate-fold-parallel-')
let files = 0

const LABELS = ['0', '1', '1', '0', 'true', 'False', '"1"']
const SCORES = ['0.3', '1', '0', '0.75', '0.5', '"0.7"']
// Quoted fields, one with a line end inside (a cut after it is no record start), nulls, unicode.
const GENDER = ['F', 'M', 'X', '', 'NA', '""', '"x, y"', '"a\nb"', '"q""uote"', 'é']
const REGION = ['EU', 'US', 'APAC', 'null', '"EU"', '日本', 'Northern Europe']

type Columns = ReturnType<typeof columnsOf>

/** Ranges cut at these fractions of the file's size (each moved to just after the next LF, as the planner does). */
function planAt(fractions: readonly number[]): (path: string) => Promise<ScanPartition[]> {
  return async (path) => {
    const header = await datasetHeader(path)
    const ranges = await candidateCsvRangesAt(path, header, (size) =>
      [...fractions].sort((a, b) => a - b).map((f) => Math.floor(size * f)),
    )
    return (ranges ?? []).map((range) => ({ kind: 'csv-bytes', ...range }))
  }
}

/** Folds each range on this thread, as a worker does, in chunks of `chunkRows`; records the ranges it folded. */
function inProcess(path: string, columns: Columns, chunkRows: number, folded: ScanPartition[] = []): FoldRunner {
  return async (partition) => {
    folded.push(partition)
    const names = [...new Set([columns.labelColumn, columns.scoreColumn ?? 'prediction', ...columns.sensitiveColumns])]
    return foldPartition(path, columns, names, partition, { chunkRows })
  }
}

const POLICY = resolveFairnessPolicy({ intersectional: true, min_group_size: 1 })

const outcomeOf = (load: Promise<FairnessInput & { rows: number }>): Promise<unknown> =>
  loadOutcome(load, (loaded) => ({ loaded, results: analyzeFairness(loaded, POLICY) }))

const row = fc.tuple(
  fc.constantFrom(...LABELS),
  fc.constantFrom(...SCORES),
  fc.constantFrom('0', '1', 'yes', 'no'),
  fc.constantFrom(...GENDER),
  fc.constantFrom(...REGION),
)
/** A CSV file (LF or CRLF line ends); one run in six has a bad label, prediction or score, or a ragged row. */
const table = fc
  .record({
    rows: fc.array(row, { minLength: 1, maxLength: 80 }),
    bad: fc.integer({ min: 0, max: 11 }),
    crlf: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map(({ rows, bad, crlf, finalNewline }) => {
    const cells = rows.map((r): string[] => [...r])
    const at = Math.floor((cells.length * 2) / 3)
    if (bad === 1) cells[at]![0] = '2'
    if (bad === 2) cells[at]![1] = '1.5'
    if (bad === 3) cells[at]![2] = 'x'
    if (bad === 4) cells[at]!.pop()
    const eol = crlf ? '\r\n' : '\n'
    const path = join(dir, `t${files++}.csv`)
    const text = ['label,score,prediction,gender,region', ...cells.map((c) => c.join(','))].join(eol)
    writeFileSync(path, finalNewline ? text + eol : text)
    return path
  })

describe('readPredictions folded in byte ranges', () => {
  it('readPredictions(path, columns, _, { plan, run }) equals the one-pass fold, cut and chunked anywhere (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 9 }),
        fc.boolean(),
        fc.constantFrom(['gender', 'region'], ['region'], ['region', 'gender', 'region']),
        async (path, cuts, chunkRows, score, sensitive) => {
          const columns = columnsOf(score, sensitive)
          const parallel = readPredictions(path, columns, undefined, {
            plan: planAt(cuts),
            run: inProcess(path, columns, chunkRows),
          })
          expect(await outcomeOf(parallel)).toEqual(await outcomeOf(readPredictions(path, columns)))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('readPredictions(path, columns, _, { plan, run }) merges the ranges of a clean file in file order', async () => {
    const path = join(dir, 'clean.csv')
    const lines = ['label,prediction,g']
    for (let i = 0; i < 400; i++) lines.push(`${i % 2},${(i >> 1) % 2},${i < 200 ? 'a' : i < 300 ? '"b, c"' : ''}`)
    lines.push('1,1,d')
    writeFileSync(path, lines.join('\r\n') + '\r\n')
    const columns = { ...columnsOf(false, ['g']), predictionColumn: 'prediction' }
    const folded: ScanPartition[] = []
    const parallel = await readPredictions(path, columns, undefined, {
      plan: planAt([0.3, 0.6]),
      run: inProcess(path, columns, 7, folded),
    })
    expect(folded.map((p) => p.kind)).toEqual(['csv-bytes', 'csv-bytes', 'csv-bytes'])
    expect(parallel).toEqual(await readPredictions(path, columns))
    expect(parallel.rows).toBe(401)
    expect(parallel.sensitive).toEqual([
      { name: 'g', codes: expect.any(Int32Array) as Int32Array, entries: ['a', 'b, c', null, 'd'] },
    ])
    expect(Array.from(parallel.weights ?? []).reduce((a, b) => a + b, 0)).toBe(401)
  })

  it('readPredictions(path, columns, _, { plan, run }) reports a bad label in the second range at its file line', async () => {
    const path = join(dir, 'bad-second.csv')
    const lines = ['label,prediction,g']
    for (let i = 0; i < 300; i++) lines.push(`${i % 2},1,${i % 3 === 0 ? '"x\ny"' : 'a'}`)
    lines[251] = '2,1,a' // data row 250, in the second range
    const line = 2 + 250 + Math.ceil(250 / 3) // the header, the rows before it, and their line ends inside quotes
    writeFileSync(path, lines.join('\n') + '\n')
    const columns = { ...columnsOf(false, ['g']), predictionColumn: 'prediction' }
    const folded: ScanPartition[] = []
    const error = (await readPredictions(path, columns, undefined, {
      plan: planAt([0.5]),
      run: inProcess(path, columns, 16, folded),
    }).catch((e: unknown) => e)) as UserError
    expect(folded).toHaveLength(2)
    expect(error).toBeInstanceOf(UserError)
    expect(line).toBe(336)
    expect(error.location).toMatchObject({ file: path, line })
    expect(error.message).toContain(`${line}`)
    expect(await outcomeOf(Promise.reject(error))).toEqual(await outcomeOf(readPredictions(path, columns)))
  })

  it('readPredictions(path, columns, _, { plan, run }) reports a ragged row in the second range at its file line', async () => {
    const path = join(dir, 'ragged-second.csv')
    const lines = ['label,prediction,g']
    for (let i = 0; i < 300; i++) lines.push(`${i % 2},1,a`)
    lines[271] = '1,1' // file line 272
    writeFileSync(path, lines.join('\n') + '\n')
    const columns = { ...columnsOf(false, ['g']), predictionColumn: 'prediction' }
    const error = (await readPredictions(path, columns, undefined, {
      plan: planAt([0.5]),
      run: inProcess(path, columns, 16),
    }).catch((e: unknown) => e)) as UserError
    expect(error).toBeInstanceOf(UserError)
    expect(error.location).toMatchObject({ file: path, line: 272 })
    expect(await outcomeOf(Promise.reject(error))).toEqual(await outcomeOf(readPredictions(path, columns)))
  })
})

// The fairness-gate loader folds column chunks into weighted distinct rows (predictionFold); every analysis of the
// fold equals the analysis of the row loader's one entry per row: groups, keys, order, counts, rates, disparities,
// intervals, on random tables with nulls, quoted and unicode values, and chunk boundaries anywhere (issue #17).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { UserError } from '../../../src/core/errors.js'
import { analyzeFairness, type FairnessInput } from '../../../src/core/fairness/analyze-fairness.js'
import {
  resolveFairnessPolicy,
  type FairnessPolicySection,
} from '../../../src/core/fairness/resolve-fairness-policy.js'
import { readPredictions } from '../../../src/fairness-gate/read-predictions.js'
import { makeTempDir } from '../../helpers/tmp-dir.js'
import { columnsOf, loadOutcome } from './prediction-columns.js'
import { readPredictionsBefore } from './read-predictions-before.js'

const dir = makeTempDir('modelgate-prediction-fold-')
let files = 0

const LABELS = ['0', '1', '1', '0', 'true', 'False', '"1"', ' 0 ']
const SCORES = ['0.3', '1', '0', '0.75', '0.5', '"0.7"', '0.49999']
const GENDER = ['F', 'M', 'X', '', 'NA', '""', '"x, y"', 'é']
const REGION = ['EU', 'US', 'APAC', 'null', '"EU"', '日本', 'Northern Europe']

const row = fc.tuple(
  fc.constantFrom(...LABELS),
  fc.constantFrom(...SCORES),
  fc.constantFrom('0', '1', 'yes', 'no'),
  fc.constantFrom(...GENDER),
  fc.constantFrom(...REGION),
  fc.constantFrom('a', 'b', ''),
)
/** A CSV file; one run in nine has a bad label, prediction or score somewhere (the fold hands over to the row loader). */
const table = fc
  .record({ rows: fc.array(row, { minLength: 1, maxLength: 60 }), bad: fc.integer({ min: 0, max: 8 }) })
  .map(({ rows, bad }) => {
    const cells = rows.map((r) => [...r])
    if (bad === 1) cells[cells.length - 1]![0] = '2'
    if (bad === 2) cells[cells.length >> 1]![1] = '1.5'
    if (bad === 3) cells[0]![2] = 'x'
    const path = join(dir, `t${files++}.csv`)
    writeFileSync(
      path,
      ['label,score,prediction,gender,region,band', ...cells.map((c) => c.join(','))].join('\n') + '\n',
    )
    return path
  })

const POLICIES: FairnessPolicySection[] = [
  { intersectional: true, min_group_size: 1 },
  { intersectional: true, min_group_size: 3, method: 'to_overall' },
  { intersectional: false, min_group_size: 2, reference_groups: { gender: 'F' } },
]

const fairnessOf = (load: Promise<FairnessInput & { rows: number }>): Promise<unknown> =>
  loadOutcome(load, (loaded) => ({
    rows: loaded.rows,
    results: POLICIES.map((p) => analyzeFairness(loaded, resolveFairnessPolicy(p))),
  }))

describe('readPredictions on the fold', () => {
  it('readPredictions(path, columns) analyses as the row loader does, at any chunk size (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.integer({ min: 1, max: 9 }),
        fc.boolean(),
        fc.constantFrom(['gender', 'region'], ['region'], ['gender', 'region', 'band'], ['band', 'gender', 'band']),
        async (path, chunkRows, score, sensitive) => {
          const columns = columnsOf(score, sensitive)
          expect(await fairnessOf(readPredictions(path, columns, undefined, { chunkRows }))).toEqual(
            await fairnessOf(readPredictionsBefore(path, columns)),
          )
        },
      ),
      { numRuns: 200 },
    )
  })

  it('readPredictions(path, columns) folds a clean file into one weighted entry per distinct row', async () => {
    const path = join(dir, 'clean.csv')
    writeFileSync(path, 'label,prediction,g\n1,1,a\n1,1,a\n0,1,b\n1,1,a\n0,0,\n')
    const folded = await readPredictions(path, columnsOf(false, ['g']), undefined, { chunkRows: 2 })
    expect(folded.rows).toBe(5)
    expect(Array.from(folded.weights ?? [])).toEqual([3, 1, 1])
    expect(Array.from(folded.yTrue)).toEqual([1, 0, 0])
    expect(Array.from(folded.yPred)).toEqual([1, 1, 0])
    expect(folded.sensitive).toEqual([{ name: 'g', codes: Int32Array.of(0, 1, 2), entries: ['a', 'b', null] }])
  })

  it('readPredictions(path, columns) hands a file with a bad label to the row loader, which names the row', async () => {
    const path = join(dir, 'bad.csv')
    writeFileSync(path, 'label,prediction,g\n1,1,a\n2,1,b\n')
    const columns = columnsOf(false, ['g'])
    const error = await readPredictions(path, columns).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UserError)
    expect(await fairnessOf(readPredictions(path, columns))).toEqual(
      await fairnessOf(readPredictionsBefore(path, columns)),
    )
  })
})

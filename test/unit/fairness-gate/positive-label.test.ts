// Issue #18 item 8: string labels (benign / malignant) with a positive-label input; 0/1 and true/false keep working.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DataError } from '../../../src/core/errors.js'
import { binaryLabelsFromCodes, binaryLabelsFromText } from '../../../src/core/metrics/prepare-binary.js'
import { readPredictions } from '../../../src/fairness-gate/read-predictions.js'
import { makeTempDir } from '../../helpers/tmp-dir.js'

const csv = (rows: string[]): string => {
  const path = join(makeTempDir('modelgate-positive-'), 'p.csv')
  writeFileSync(path, ['label,prediction,gender', ...rows].join('\n') + '\n')
  return path
}
const columns = {
  labelColumn: 'label',
  predictionColumn: 'prediction',
  scoreColumn: undefined,
  threshold: 0.5,
  sensitiveColumns: ['gender'],
}

async function failure(run: Promise<unknown>): Promise<DataError> {
  try {
    await run
  } catch (error) {
    if (error instanceof DataError) return error
    throw error
  }
  throw new Error('no DataError')
}

describe('positive-label', () => {
  it('text labels are compared as text: the positive label is 1, the other 0', async () => {
    const path = csv(['malignant,1,F', 'benign,0,M', 'benign,1,F'])
    const read = await readPredictions(path, { ...columns, positiveLabel: 'malignant' })
    expect([...read.yTrue]).toEqual([1, 0, 0])
  })

  it('two text labels and no positive-label: an error listing them that names the input (flag in the CLI)', async () => {
    const error = await failure(readPredictions(csv(['malignant,1,F', 'benign,0,M']), columns))
    expect(error.message).toBe('column "label" holds the labels "malignant" and "benign", not 0/1 or true/false')
    expect(error.describe()).toContain(
      'set `positive-label:` to the label of the positive class (one of "malignant", "benign")',
    )
    expect(error.describe('cli')).toContain('set --positive-label to the label of the positive class')
  })

  it('a third label, or a positive label no row has, is an error listing the labels', async () => {
    const three = await failure(readPredictions(csv(['a,1,F', 'b,0,M', 'c,0,F']), { ...columns, positiveLabel: 'a' }))
    expect(three.message).toContain('holds more: "a", "b", "c"')
    const absent = await failure(readPredictions(csv(['a,1,F', 'b,0,M']), { ...columns, positiveLabel: 'A' }))
    expect(absent.message).toBe('positive-label "A" is not a label of column "label", whose labels are "a", "b"')
  })

  it('0/1 and true/false labels keep working without positive-label', async () => {
    expect([...(await readPredictions(csv(['1,1,F', '0,0,M']), columns)).yTrue]).toEqual([1, 0])
    expect([...(await readPredictions(csv(['true,1,F', 'false,0,M']), columns)).yTrue]).toEqual([1, 0])
    // three non-binary values are still the non-binary error, not the positive-label one
    const error = await failure(readPredictions(csv(['2,1,F', '3,0,M', '4,0,F']), columns))
    expect(error.message).toMatch(/must be binary/)
  })

  it('binaryLabelsFromText lists at most three distinct labels and codes only two with the positive one', () => {
    expect(binaryLabelsFromText(['x', 'y', 'x'], 'y')).toEqual({ labels: Uint8Array.of(0, 1, 0), distinct: ['x', 'y'] })
    expect(binaryLabelsFromText(['x', 'y', 'z', 'w'], 'x')).toEqual({
      problem: 'not-two-labels',
      distinct: ['x', 'y', 'z'],
    })
    expect(binaryLabelsFromText(['x', 'y'], 'z')).toEqual({ problem: 'not-two-labels', distinct: ['x', 'y'] })
    expect(binaryLabelsFromText(['x', 'y'], undefined)).toEqual({
      problem: 'needs-positive-label',
      distinct: ['x', 'y'],
    })
    expect(binaryLabelsFromText(['x', 'y', 'z'], undefined)).toEqual({
      problem: 'not-text-labels',
      distinct: ['x', 'y', 'z'],
    })
    expect(binaryLabelsFromText(['x'], undefined)).toEqual({ problem: 'not-text-labels', distinct: ['x'] })
    // the codes form gives the same answers
    expect(binaryLabelsFromCodes(Int32Array.of(0, 1, 0), ['x', 'y'], 'y')).toEqual(
      binaryLabelsFromText(['x', 'y', 'x'], 'y'),
    )
  })
})

import { describe, expect, it } from 'vitest'
import { DataError } from '../../../../src/core/errors.js'
import { joinDelayedLabels, type KeyedColumn } from '../../../../src/core/monitor/join-delayed-labels.js'
import { decayMessages } from '../../../../src/core/monitor/decay-messages.js'

const side = (file: string, rows: [string, number][]): KeyedColumn => ({
  file,
  ids: rows.map(([id]) => id),
  values: rows.map(([, v]) => v),
  lines: rows.map((_, i) => i + 2),
})

function thrown(run: () => unknown): DataError {
  try {
    run()
  } catch (error) {
    if (error instanceof DataError) return error
    throw error
  }
  throw new Error('expected a DataError')
}

describe('joinDelayedLabels', () => {
  it('pairs each labelled prediction in prediction order and counts both sides of a partial join', () => {
    const join = joinDelayedLabels(
      side('p.csv', [
        ['a', 0.9],
        ['b', 0.2],
        ['c', 0.7],
        ['d', 0.4],
      ]),
      side('l.csv', [
        ['c', 1],
        ['a', 0],
        ['zz', 1],
      ]),
      'id',
    )
    expect([...join.predictions]).toEqual([0.9, 0.7])
    expect([...join.labels]).toEqual([0, 1])
    expect(join.counts).toEqual({ predictions: 4, labels: 3, joined: 2, unmatchedLabels: 1, unlabelled: 2 })
  })

  it('compares ids exactly, as text: 007 is not 7, A is not a', () => {
    expect(() => joinDelayedLabels(side('p.csv', [['007', 0.5]]), side('l.csv', [['7', 1]]), 'id')).toThrow(DataError)
    expect(() => joinDelayedLabels(side('p.csv', [['A', 0.5]]), side('l.csv', [['a', 1]]), 'id')).toThrow(DataError)
  })

  it('a duplicate id is a DataError at the second occurrence, naming the first line and the file', () => {
    const error = thrown(() =>
      joinDelayedLabels(
        side('p.csv', [['a', 0.1]]),
        side('l.csv', [
          ['a', 1],
          ['b', 0],
          ['a', 0],
        ]),
        'id',
      ),
    )
    expect(error.message).toBe(decayMessages.duplicateId('a', 'delayed labels', 2))
    expect(error.location).toEqual({ file: 'l.csv', line: 4 })
    expect(error.hint).toBe(decayMessages.duplicateIdHint('delayed labels'))
    const inPredictions = thrown(() =>
      joinDelayedLabels(
        side('p.csv', [
          ['x', 0.1],
          ['x', 0.2],
        ]),
        side('l.csv', [['x', 1]]),
        'id',
      ),
    )
    expect(inPredictions.message).toBe(decayMessages.duplicateId('x', 'logged predictions', 2))
    expect(inPredictions.location).toEqual({ file: 'p.csv', line: 3 })
  })

  it('labels that join no prediction are a DataError on the labels file, never zero rows judged', () => {
    const error = thrown(() =>
      joinDelayedLabels(
        side('p.csv', [['a', 0.5]]),
        side('l.csv', [
          ['b', 1],
          ['c', 0],
        ]),
        'customer_id',
      ),
    )
    expect(error.message).toBe(decayMessages.noLabelJoins(2, 1, 'customer_id'))
    expect(error.location).toEqual({ file: 'l.csv' })
    expect(error.hint).toBe(decayMessages.noLabelJoinsHint)
  })
})

import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { cellToBoolean, cellToNumber, cellToString, isMissing } from '../../../../src/core/data/cell-value.js'

describe('isMissing', () => {
  it('isMissing(cell) is true for null and NaN only', () => {
    expect(isMissing(null)).toBe(true)
    expect(isMissing(Number.NaN)).toBe(true)
    expect(isMissing('')).toBe(false)
    expect(isMissing('NA')).toBe(false)
    expect(isMissing(0)).toBe(false)
    expect(isMissing(false)).toBe(false)
  })
})

describe('cellToNumber', () => {
  it('cellToNumber(text) accepts whole decimal literals, trimmed', () => {
    expect(cellToNumber('1e3')).toBe(1000)
    expect(cellToNumber(' 12 ')).toBe(12)
    expect(cellToNumber('-0.5')).toBe(-0.5)
    expect(cellToNumber('+7')).toBe(7)
    expect(cellToNumber('.5')).toBe(0.5)
    expect(cellToNumber('5.')).toBe(5)
    expect(cellToNumber('1.5E-2')).toBe(0.015)
    expect(cellToNumber('\t42\n')).toBe(42)
  })
  it('cellToNumber(text) accepts inf and Infinity with a sign', () => {
    expect(cellToNumber('inf')).toBe(Infinity)
    expect(cellToNumber('-Infinity')).toBe(-Infinity)
    expect(cellToNumber('+INF')).toBe(Infinity)
  })
  it('cellToNumber(text) rejects partial numbers, empty text, hex, separators and words', () => {
    for (const text of [
      '12abc',
      '',
      '   ',
      '0x1F',
      '1,000',
      '1 000',
      'e3',
      '.',
      '-',
      '1e',
      'NaN',
      'true',
      '1..2',
      '--1',
    ]) {
      expect(cellToNumber(text), JSON.stringify(text)).toBeUndefined()
    }
  })
  it('cellToNumber(cell) passes numbers through and rejects booleans, null and NaN', () => {
    expect(cellToNumber(3.25)).toBe(3.25)
    expect(cellToNumber(true)).toBeUndefined()
    expect(cellToNumber(false)).toBeUndefined()
    expect(cellToNumber(null)).toBeUndefined()
    expect(cellToNumber(Number.NaN)).toBeUndefined()
  })
  it('cellToNumber(String(x)) === x for every finite double', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true }),
        (x) => Object.is(cellToNumber(String(x)), x) || (x === 0 && cellToNumber(String(x)) === 0),
      ),
    )
  })
})

describe('cellToBoolean', () => {
  it('cellToBoolean(text) reads true/false/1/0/yes/no in any case, trimmed', () => {
    for (const text of ['true', 'TRUE', 'True', '1', 'yes', 'YES', ' yes '])
      expect(cellToBoolean(text), text).toBe(true)
    for (const text of ['false', 'FALSE', '0', 'no', 'No']) expect(cellToBoolean(text), text).toBe(false)
  })
  it('cellToBoolean(cell) is undefined for anything else', () => {
    for (const cell of ['2', '', 'y', 'n', 't', 'f', 'on', null, 2, -1, Number.NaN])
      expect(cellToBoolean(cell), String(cell)).toBeUndefined()
  })
  it('cellToBoolean(cell) passes booleans and maps the numbers 1 and 0', () => {
    expect(cellToBoolean(true)).toBe(true)
    expect(cellToBoolean(false)).toBe(false)
    expect(cellToBoolean(1)).toBe(true)
    expect(cellToBoolean(0)).toBe(false)
  })
})

describe('cellToString', () => {
  it('cellToString(cell) gives text for present cells and undefined for missing ones', () => {
    expect(cellToString('a')).toBe('a')
    expect(cellToString('')).toBe('')
    expect(cellToString(1.5)).toBe('1.5')
    expect(cellToString(false)).toBe('false')
    expect(cellToString(null)).toBeUndefined()
    expect(cellToString(Number.NaN)).toBeUndefined()
  })
})

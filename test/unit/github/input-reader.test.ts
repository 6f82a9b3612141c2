import { describe, expect, it } from 'vitest'
import { InputReader } from '../../../src/github/input-reader.js'

const reader = (values: Record<string, string>) => new InputReader((name) => values[name])

describe('InputReader', () => {
  it('required(name) throws naming the input when it is empty', () => {
    expect(() => reader({ data: '  ' }).required('data')).toThrow('input "data" is required')
  })
  it('optionalNumber rejects trailing text and out-of-range values', () => {
    expect(() => reader({ n: '12abc' }).optionalNumber('n')).toThrow('input "n" must be a number, got "12abc"')
    expect(() => reader({ n: '2' }).optionalNumber('n', { max: 1 })).toThrow('input "n" is 2, outside −∞ … 1')
    expect(reader({ n: '1e-3' }).optionalNumber('n')).toBe(0.001)
  })
  it('boolean accepts only YAML 1.2 core booleans', () => {
    expect(reader({ b: 'True' }).boolean('b', false)).toBe(true)
    expect(() => reader({ b: 'yes' }).boolean('b', false)).toThrow('input "b" must be true or false, got "yes"')
  })
  it('list splits on commas and newlines and drops empty items', () => {
    expect(reader({ l: 'a, b\nc,,' }).list('l')).toEqual(['a', 'b', 'c'])
  })
  it('choice rejects words outside the set and lists the accepted ones', () => {
    expect(() => reader({ 'fail-on': 'sometimes' }).choice('fail-on', ['fail', 'warn', 'never'], 'fail')).toThrow(
      'input "fail-on" is "sometimes"',
    )
  })
})

import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { DataError } from '../../../../src/core/errors.js'
import { explainMessages as m } from '../../../../src/core/governance/explain-messages.js'
import { parseExplanation } from '../../../../src/core/governance/explanation.js'

const schema = JSON.parse(
  readFileSync(new URL('../../../../schemas/explanation.schema.json', import.meta.url), 'utf8'),
) as object
const validate = new Ajv({ strict: false }).compile(schema)
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../fixtures/explain/${name}`, import.meta.url), 'utf8'))

const problem = (value: unknown): string => {
  try {
    parseExplanation(value, 'e.json')
  } catch (error) {
    expect(error).toBeInstanceOf(DataError)
    return (error as DataError).message
  }
  throw new Error('parsed')
}

describe('parseExplanation', () => {
  it('reads a feature → importance map, sorted highest first', () => {
    expect(parseExplanation(fixture('shap-map.json'), 'shap.json')).toEqual({
      features: [
        { feature: 'contract', importance: 0.42 },
        { feature: 'tenure', importance: 0.31 },
        { feature: 'monthly_charges', importance: 0.18 },
        { feature: 'age', importance: 0.05 },
      ],
    })
  })
  it('reads the envelope with method, sample size and a list with std; a negative importance is kept', () => {
    const e = parseExplanation(fixture('permutation-list.json'), 'p.json')
    expect(e.method).toBe('permutation')
    expect(e.sampleSize).toBe(1000)
    expect(e.features.map((f) => f.feature)).toEqual(['contract', 'tenure', 'monthly_charges', 'age'])
    expect(e.features[3]).toEqual({ feature: 'age', importance: -0.001, std: 0.002 })
  })
  it('ties are ordered by feature name, so the card is canonical', () => {
    expect(parseExplanation({ b: 1, a: 1 }, 'e.json').features.map((f) => f.feature)).toEqual(['a', 'b'])
  })
  it('refuses malformed files with what is wrong', () => {
    expect(problem({ age: 'high' })).toBe(m.malformed('e.json', m.notNumber('age')))
    expect(problem({})).toBe(m.malformed('e.json', m.noImportances))
    expect(problem([])).toBe(m.malformed('e.json', m.noImportances))
    expect(problem('x')).toBe(m.malformed('e.json', m.notImportances))
    expect(problem([{ importance: 1 }])).toBe(m.malformed('e.json', m.noFeature(0)))
    expect(problem([{ feature: 'a', importance: 1, std: -1 }])).toBe(m.malformed('e.json', m.badStd('a')))
    expect(
      problem([
        { feature: 'a', importance: 1 },
        { feature: 'a', importance: 2 },
      ]),
    ).toBe(m.malformed('e.json', m.duplicateFeature('a')))
    expect(problem({ importances: { a: 1 }, shap: true })).toBe(m.malformed('e.json', m.unknownKeys(['shap'])))
    expect(problem({ importances: { a: 1 }, sample_size: 0.5 })).toBe(m.malformed('e.json', m.badSampleSize))
    expect(problem({ importances: { a: 1 }, method: 3 })).toBe(m.malformed('e.json', m.badMethod))
    expect(problem({ a: Number.NaN })).toBe(m.malformed('e.json', m.notNumber('a')))
  })
  it('schemas/explanation.schema.json accepts exactly what the parser accepts', () => {
    const good = [
      fixture('shap-map.json'),
      fixture('permutation-list.json'),
      [{ feature: 'a', importance: -1 }],
      { importances: { a: 1 } },
      { importances: 2 },
    ]
    const bad = [
      { age: 'high' },
      {},
      [],
      [{ importance: 1 }],
      [{ feature: 'a', importance: 1, std: -1 }],
      { importances: { a: 1 }, shap: true },
      { importances: { a: 1 }, sample_size: 0.5 },
      { importances: [] },
    ]
    for (const value of good) {
      expect(validate(value), JSON.stringify(value)).toBe(true)
      expect(() => parseExplanation(value, 'e.json')).not.toThrow()
    }
    for (const value of bad) {
      expect(validate(value), JSON.stringify(value)).toBe(false)
      expect(() => parseExplanation(value, 'e.json')).toThrow(DataError)
    }
  })
})

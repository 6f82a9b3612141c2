import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../src/core/errors.js'
import { InputReader } from '../../../src/github/input-reader.js'
import { readYamlDocument } from '../../../src/io/read-yaml-document.js'
import { readInputs } from '../../../src/validate-data/inputs.js'
import { readContract } from '../../../src/validate-data/read-contract.js'
import { fixturePath, repoRoot } from '../../helpers/fixture-path.js'

const read = (inputs: Record<string, string>) => readInputs(new InputReader((name) => inputs[name]))
/** What every mode carries when no monitoring input is set. */
const NO_MONITORING = {
  referenceRegistry: undefined,
  historyFile: undefined,
  predictionColumns: ['score', 'prediction'],
}

describe('validate-data readInputs', () => {
  it('readInputs gives each mode exactly the paths it uses', () => {
    expect(read({ data: 'd.csv', reference: 'r.csv' })).toEqual({
      mode: 'validate',
      contract: undefined,
      data: 'd.csv',
      reference: 'r.csv',
      ...NO_MONITORING,
    })
    expect(read({ mode: 'infer', data: 'd.csv', reference: 'r.csv', output: 'c.yml' })).toEqual({
      mode: 'infer',
      contract: undefined,
      source: 'r.csv',
      output: 'c.yml',
      ...NO_MONITORING,
    })
    expect(read({ mode: 'infer', data: 'd.csv', output: 'c.yml' })).toMatchObject({ source: 'd.csv' })
    expect(read({ mode: 'profile', data: 'd.csv', output: 'd.profile.json' })).toEqual({
      mode: 'profile',
      contract: undefined,
      data: 'd.csv',
      reference: undefined,
      output: 'd.profile.json',
      ...NO_MONITORING,
    })
    expect(read({ mode: 'merge', data: 'a.profile.json,b.profile.json', contract: 'c.yml' })).toEqual({
      mode: 'merge',
      contract: 'c.yml',
      profiles: ['a.profile.json', 'b.profile.json'],
      reference: undefined,
      ...NO_MONITORING,
    })
  })

  it('readInputs rejects a missing or contradictory input with a ConfigurationError naming it', () => {
    expect(() => read({ mode: 'nope', data: 'x.csv' })).toThrow(ConfigurationError)
    expect(() => read({ mode: 'infer', reference: 'r.csv' })).toThrow(
      'mode "infer" writes a file, but input "output" is empty',
    )
    expect(() => read({ mode: 'infer', output: 'c.yml' })).toThrow('mode "infer" needs data to infer from')
    expect(() => read({})).toThrow('input "data" is required in mode "validate"')
    expect(() => read({ data: 'a.csv,b.csv' })).toThrow('input "data" lists 2 files; only mode "merge" takes several')
  })

  it('readContract names the schema path of an invalid contract', () => {
    expect(() => readContract(fixturePath('contracts/invalid-type.yml'))).toThrow(/columns.age.type/)
  })
})

describe('validate-data policy schema', () => {
  it('the policy schema rejects an out-of-range validate-data key and names its path and line', () => {
    const file = join(repoRoot, 'fixtures/policies/validate-data-invalid.yml')
    expect(() => readYamlDocument(file, 'policy', 'policy file')).toThrow(/validate-data\.drift\.alpha/)
    expect(() =>
      readYamlDocument(join(repoRoot, 'fixtures/policies/validate-data-warn.yml'), 'policy', 'policy file'),
    ).not.toThrow()
  })
})

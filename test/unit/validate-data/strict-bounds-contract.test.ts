import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../src/core/errors.js'
import { readContract } from '../../../src/validate-data/read-contract.js'
import { makeTempDir } from '../../helpers/tmp-dir.js'

describe('contract schema: strict_min / strict_max', () => {
  const write = (text: string): string => {
    const path = join(makeTempDir(), 'contract.yaml')
    writeFileSync(path, text)
    return path
  }

  it('accepts them next to min and max', () => {
    const contract = readContract(
      write('columns:\n  a: { type: float, min: 0, strict_min: true, max: 1, strict_max: true }\n'),
    )
    expect(contract.columns.a).toMatchObject({ strict_min: true, strict_max: true })
  })

  it('refuses strict_min without min (a configuration error, not a silent pass)', () => {
    expect(() => readContract(write('columns:\n  a: { type: float, strict_min: true }\n'))).toThrow(ConfigurationError)
  })
})

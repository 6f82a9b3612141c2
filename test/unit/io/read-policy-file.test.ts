import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readPolicyFile } from '../../../src/io/read-policy-file.js'
import { ConfigurationError } from '../../../src/core/errors.js'
import { makeTempDir } from '../../helpers/tmp-dir.js'

function policy(text: string): string {
  const path = join(makeTempDir(), 'modelgate.yml')
  writeFileSync(path, text)
  return path
}

describe('readPolicyFile', () => {
  it('readPolicyFile(undefined) is {} when the default file does not exist', () => {
    expect(readPolicyFile(undefined)).toEqual({})
  })
  it('readPolicyFile(path) fails when an explicitly named file is missing', () => {
    expect(() => readPolicyFile('/nonexistent/modelgate.yml')).toThrow('policy file not found')
  })
  it('an unknown top-level key names the YAML path and line', () => {
    const path = policy('version: 1\nvalidate-data: {}\nfairnes-gate:\n  x: 1\n')
    try {
      readPolicyFile(path)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError)
      const e = error as ConfigurationError
      expect(e.message).toBe('policy file: fairnes-gate unknown key "fairnes-gate"')
      expect(e.location).toMatchObject({ file: path, line: 3, path: 'fairnes-gate' })
    }
  })
  it('a wrong version value is reported with its path and value', () => {
    expect(() => readPolicyFile(policy('version: 2\n'))).toThrow(
      /policy file: version must be equal to constant \(value: 2\)/,
    )
  })
  it('invalid YAML names the line', () => {
    try {
      readPolicyFile(policy('version: 1\nfoo: [1, 2\n'))
      expect.unreachable()
    } catch (error) {
      expect((error as ConfigurationError).message).toMatch(/^policy file is not valid YAML/)
      expect((error as ConfigurationError).location.line).toBeGreaterThanOrEqual(2)
    }
  })
})

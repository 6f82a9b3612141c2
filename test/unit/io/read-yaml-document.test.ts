import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../src/core/errors.js'
import { readPolicyFile } from '../../../src/io/read-policy-file.js'
import { MAX_DOCUMENT_BYTES, readYamlDocument } from '../../../src/io/read-yaml-document.js'
import { expectThrow } from '../../helpers/expect-rejection.js'
import { makeTempDir } from '../../helpers/tmp-dir.js'

function file(name: string, text: string): string {
  const path = join(makeTempDir(), name)
  writeFileSync(path, text)
  return path
}

const refusal = (run: () => unknown): ConfigurationError => expectThrow(run, ConfigurationError)

/** The classic billion-laughs document: nine levels of ten aliases each. */
function billionLaughs(): string {
  const lines = ['a0: &a0 "lol"']
  for (let level = 1; level <= 9; level++)
    lines.push(`a${level}: &a${level} [${Array.from({ length: 10 }, () => `*a${level - 1}`).join(', ')}]`)
  return `${lines.join('\n')}\n`
}

describe('readYamlDocument bounds (issue #15)', () => {
  it('billion-laughs YAML is a ConfigurationError naming the file, not a bug', () => {
    const path = file('modelgate.yml', billionLaughs())
    const error = refusal(() => readPolicyFile(path))
    expect(error.describe()).toBe(
      `policy file expands too many YAML aliases (Excessive alias count indicates a resource exhaustion attack) (${path}). expand the anchors by hand; at most 100 alias expansions are allowed`,
    )
  })

  it('a policy larger than 1 MiB is refused with its size limit, before parsing', () => {
    const path = file('modelgate.yml', `version: 1\n# ${'x'.repeat(MAX_DOCUMENT_BYTES)}\n`)
    expect(refusal(() => readPolicyFile(path)).describe()).toBe(
      `policy file is larger than 1048576 bytes (1 MiB) (${path}). split it, or remove what it does not need`,
    )
  })

  it('a FIFO named directly is refused without blocking', () => {
    const path = join(makeTempDir(), 'contract.yml')
    execFileSync('mkfifo', [path])
    expect(refusal(() => readYamlDocument(path, 'contract', 'data contract')).describe()).toBe(
      `data contract is not a regular file (${path}). give the path of a regular file`,
    )
  })

  it('/dev/zero named directly stops at the limit instead of exhausting memory', () => {
    expect(refusal(() => readYamlDocument('/dev/zero', 'contract', 'data contract', 1024)).message).toBe(
      'data contract is not a regular file',
    )
  })

  it('a duplicate key is reported with its line, as before', () => {
    const path = file('modelgate.yml', 'version: 1\nvalidate-data: {}\nversion: 1\n')
    const error = refusal(() => readPolicyFile(path))
    expect(error.message).toBe('policy file is not valid YAML: Map keys must be unique (key "version" appears twice)')
    expect(error.location).toMatchObject({ file: path, line: 3, column: 1 })
  })

  it('key handling is linear: a policy of 30,000 unknown keys (~0.8 MB) is judged in under 15 s (the quadratic check: ~28 s)', () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `  unknown-key-${i}: ${i}`).join('\n')
    const path = file('modelgate.yml', `version: 1\nvalidate-data:\n${keys}\n`)
    const started = performance.now()
    const error = refusal(() => readPolicyFile(path))
    expect(performance.now() - started).toBeLessThan(15_000)
    expect(error.message).toMatch(
      /^policy file: validate-data\.unknown-key-0 unknown key "unknown-key-0" \(value: 0\); 29999 more problem/,
    )
  })
})

// Issue #18 item 1: error hints name the flag in the CLI (`--data`) and the input in an action (`data:`), from one
// wording per message (UserError.describe(surface)), never a string replace at print time.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConfigurationError, describeLocation, inSurface } from '../../../src/core/errors.js'
import type { GateReport } from '../../../src/core/gate/gate-report.js'
import { InputReader } from '../../../src/github/input-reader.js'
import { readInputs } from '../../../src/validate-data/inputs.js'
import { cli } from './cli-test-helpers.js'

afterEach(() => vi.restoreAllMocks())

const thrown = (run: () => unknown): ConfigurationError => {
  try {
    run()
  } catch (error) {
    if (error instanceof ConfigurationError) return error
    throw error
  }
  throw new Error('nothing thrown')
}

describe('one wording, two surfaces', () => {
  it('validate-data without data: `data:` in an action, --data in the CLI', () => {
    const error = thrown(() => readInputs(new InputReader(() => undefined)))
    expect(error.message).toBe('input "data" is required in mode "validate"')
    expect(error.describe()).toBe(
      'input "data" is required in mode "validate" (input "data"). set `data:` to the dataset path (CSV, JSONL or Parquet)',
    )
    expect(error.describe('cli')).toBe(
      '--data is required in mode "validate" (--data). set --data to the dataset path (CSV, JSONL or Parquet)',
    )
  })

  it('InputReader: a required input and a bad number', () => {
    const reader = new InputReader((name) => (name === 'n' ? 'x' : undefined))
    const required = thrown(() => reader.required('model-name'))
    expect(required.describe()).toBe(
      'input "model-name" is required (input "model-name"). set `model-name:` under `with:`',
    )
    expect(required.describe('cli')).toBe('--model-name is required (--model-name). set --model-name')
    expect(thrown(() => reader.optionalNumber('n')).describe('cli')).toMatch(/^--n must be a number, got "x" \(--n\)/)
  })

  it('plain-text messages and locations read the same on both surfaces, but the input of a location', () => {
    expect(inSurface('as is', 'cli')).toBe('as is')
    expect(describeLocation({ input: 'data', file: 'a.csv', line: 3 }, 'cli')).toBe('--data, a.csv:3')
    expect(describeLocation({ input: 'data', file: 'a.csv', line: 3 })).toBe('input "data", a.csv:3')
  })

  it('no action-surface wording is left for the CLI user in the messages threaded here', () => {
    const sources = ['src/github/input-reader.ts', 'src/validate-data/inputs.ts'].map((file) =>
      readFileSync(file, 'utf8'),
    )
    for (const source of sources) expect(source).not.toMatch(/set `[a-z-]+:`|input "\$\{/)
  })
})

describe('through the CLI', () => {
  it('validate-data with no --data: the error report and stderr say --data, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelgate-surface-'))
    const path = join(dir, 'r.json')
    const { code, stdout, stderr } = await cli(['validate-data', '--report-path', path, '--format', 'json'], {
      RUNNER_TEMP: dir,
    })
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as GateReport
    expect(report.status).toBe('error')
    expect(report.checks[0]?.message).toContain('set --data to the dataset path')
    expect(stdout + stderr).not.toContain('`data:`')
  })
})

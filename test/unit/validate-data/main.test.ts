import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { ActionContext } from '../../../src/github/action-context.js'
import { InputReader } from '../../../src/github/input-reader.js'
import { main } from '../../../src/validate-data/main.js'
import { contractMessages } from '../../../src/core/contract/messages.js'
import { ConfigurationError } from '../../../src/core/errors.js'
import { schemaProblems } from '../../../src/io/schema-validator.js'

const root = new URL('../../../', import.meta.url).pathname
const data = (name: string): string => join(root, 'fixtures/datasets/validate-data', name)
const contract = join(root, 'fixtures/contracts/churn.yml')
const tmp = mkdtempSync(join(tmpdir(), 'validate-data-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function context(inputs: Record<string, string>, policy: Record<string, unknown> = {}): ActionContext {
  const noop = (): void => undefined
  return {
    inputs: new InputReader((name) => inputs[name]),
    logger: { debug: noop, info: noop, warning: noop, error: noop, startGroup: noop, endGroup: noop, setSecret: noop },
    policy,
    github: { fromFork: false, serverUrl: 'https://github.com', apiUrl: 'https://api.github.com', payload: {} },
    client: undefined,
    state: { save: noop, get: () => undefined },
    onRunner: false,
    workDir: tmp,
    env: {},
    now: () => new Date('2026-01-01T00:00:00Z'),
    signal: new AbortController().signal,
  }
}

describe('validate-data main (called directly; the bundle tests are in test/integration)', () => {
  it('main(validate) passes a clean dataset against the contract and the reference', async () => {
    const { report, outputs } = await main(
      context({ data: data('current-clean.csv'), reference: data('reference.csv'), contract }),
    )
    const failing = report.checks.filter((c) => c.status !== 'pass')
    expect(failing).toEqual([])
    expect(report.status).toBe('pass')
    expect(outputs?.['drifted-columns']).toBe('')
    expect(report.figures.map((f) => f.kind)).toEqual(['table', 'bar'])
  })

  it('main(validate) fails contract violations with the right lines', async () => {
    const { report } = await main(context({ data: data('current-violations.csv'), contract }))
    expect(report.status).toBe('fail')
    const byId = new Map(report.checks.map((c) => [c.id, c]))
    expect(byId.get('contract.age.max')?.locations).toEqual([{ file: data('current-violations.csv'), line: 11 }])
    expect(byId.get('contract.age.type')?.locations).toEqual([{ file: data('current-violations.csv'), line: 43 }])
    expect(byId.get('contract.age.type')?.message).toBe(contractMessages.typeMismatch('age', 'int', 1))
    expect(byId.get('contract.plan.allowed-values')?.locations).toEqual([
      { file: data('current-violations.csv'), line: 101 },
    ])
    expect(byId.get('contract.email.pattern')?.locations).toEqual([{ file: data('current-violations.csv'), line: 152 }])
    expect(byId.get('contract.customer_id.unique')?.locations).toEqual([
      { file: data('current-violations.csv'), line: 202 },
    ])
    expect(byId.get('contract.customer_id.unique')?.details).toMatchObject({ count: 1, fraction: 1 / 300 })
    expect(byId.get('contract.income.nulls')?.status).toBe('pass')
    expect(schemaProblems('gate-report', report)).toEqual([])
  })

  it('main(validate) fails a drifted dataset and names the drifted columns', async () => {
    const { report, outputs } = await main(
      context({ data: data('current-drifted.csv'), reference: data('reference.csv') }),
    )
    expect(report.status).toBe('fail')
    const drifted = (outputs?.['drifted-columns'] ?? '').split(',')
    expect(drifted).toEqual(expect.arrayContaining(['income', 'tenure_months', 'plan']))
    expect(drifted).not.toContain('age')
    expect(schemaProblems('gate-report', report)).toEqual([])
    const income = report.checks.find((c) => c.id === 'drift.income')
    expect(income?.details).toMatchObject({ method: 'ks' })
    expect(report.figures.filter((f) => f.kind === 'bar').length).toBeGreaterThanOrEqual(2)
  })

  it('main(validate) with severity warn reports warn instead of fail', async () => {
    const { report } = await main(
      context(
        { data: data('current-drifted.csv'), reference: data('reference.csv') },
        { 'validate-data': { severity: 'warn' } },
      ),
    )
    expect(report.status).toBe('warn')
  })

  it('main(infer) writes a contract that the reference itself satisfies', async () => {
    const output = join(tmp, 'inferred.yml')
    await main(context({ mode: 'infer', reference: data('reference.csv'), output }))
    const inferred = parse(readFileSync(output, 'utf8')) as { columns: Record<string, { type: string }> }
    expect(inferred.columns.age?.type).toBe('int')
    expect(inferred.columns.income?.type).toBe('float')
    expect(inferred.columns.plan?.type).toBe('category')
    expect(inferred.columns.churned?.type).toBe('bool')
    expect(inferred.columns.email?.type).toBe('string')
    const { report } = await main(context({ data: data('reference.csv'), contract: output }))
    expect(report.checks.filter((c) => c.status !== 'pass')).toEqual([])
  })

  it('main(profile) ×2 then main(merge) gives the counts of one pass', async () => {
    const a = join(tmp, 'a.profile.json')
    const b = join(tmp, 'b.profile.json')
    await main(context({ mode: 'profile', data: data('current-clean.csv'), contract, output: a }))
    await main(context({ mode: 'profile', data: data('current-violations.csv'), contract, output: b }))
    const { report } = await main(context({ mode: 'merge', data: `${a},${b}`, reference: data('reference.csv') }))
    expect(report.checks.find((c) => c.id === 'contract.rows')?.observed).toBe(800)
    expect(report.checks.find((c) => c.id === 'contract.age.max')?.observed).toBe(1)
    expect(report.checks.find((c) => c.id === 'profile.merged')?.observed).toBe(2)
  })

  it('main rejects bad inputs with a ConfigurationError naming the input', async () => {
    await expect(main(context({ mode: 'nope', data: 'x.csv' }))).rejects.toThrow(ConfigurationError)
    await expect(main(context({ mode: 'infer', reference: data('reference.csv') }))).rejects.toThrow(
      /input "output" is empty/,
    )
    await expect(
      main(context({ data: data('reference.csv'), contract: join(root, 'fixtures/contracts/invalid-type.yml') })),
    ).rejects.toThrow(/columns.age.type/)
  })

  it('main(validate) with nothing to check is an error, never a pass', async () => {
    const { report } = await main(context({ data: data('reference.csv') }))
    expect(report.status).toBe('error')
  })
})

describe('validate-data policy schema', () => {
  it('the policy schema rejects an out-of-range validate-data key and names its path and line', async () => {
    const { readYamlDocument } = await import('../../../src/io/read-yaml-document.js')
    const file = join(root, 'fixtures/policies/validate-data-invalid.yml')
    expect(() => readYamlDocument(file, 'policy', 'policy file')).toThrow(/validate-data\.drift\.alpha/)
    expect(() =>
      readYamlDocument(join(root, 'fixtures/policies/validate-data-warn.yml'), 'policy', 'policy file'),
    ).not.toThrow()
  })
})

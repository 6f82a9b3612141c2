import { describe, expect, it } from 'vitest'
import type { CellValue } from '../../../../src/core/data/cell-value.js'
import type { Contract } from '../../../../src/core/contract/contract.js'
import { driftMessages } from '../../../../src/core/drift/messages.js'
import {
  DEFAULT_VALIDATE_DATA_POLICY,
  resolveValidateDataPolicy,
} from '../../../../src/core/drift/resolve-validate-data-policy.js'
import type { Check } from '../../../../src/core/gate/check.js'
import {
  CATEGORY_CAP,
  createColumnProfile,
  finishColumnProfile,
  profileAdd,
  type ColumnProfile,
} from '../../../../src/core/profile/column-profile.js'
import {
  decideValidateData,
  type ComparedData,
  type DataSide,
} from '../../../../src/core/validate/decide-validate-data.js'
import { validateMessages } from '../../../../src/core/validate/messages.js'

const policy = DEFAULT_VALIDATE_DATA_POLICY

function column(name: string, cells: readonly CellValue[]): ColumnProfile {
  const p = createColumnProfile(name)
  for (const cell of cells) profileAdd(p, cell)
  return finishColumnProfile(p)
}

const range = (n: number, f: (i: number) => CellValue): CellValue[] => Array.from({ length: n }, (_, i) => f(i))
const side = (profiles: readonly ColumnProfile[], contractChecks?: readonly Check[]): DataSide => ({
  profiles,
  contractChecks,
})
const pass = (id: string): Check => ({ id, status: 'pass', observed: 0, message: `${id} holds` })
const fail = (id: string): Check => ({ id, status: 'fail', observed: 1, message: `${id} broken` })

/** validate mode with the given data; no reference and no contract unless given. */
const validate = (data: Partial<ComparedData> & { current: DataSide }) =>
  decideValidateData({ mode: 'validate', reference: undefined, contract: undefined, ...data }, policy)

// Fifty rows per column: x shifts between reference and current, y does not.
const referenceX = column(
  'x',
  range(50, (i) => i),
)
const currentX = column(
  'x',
  range(50, (i) => i + 40),
)
const stableY = column(
  'y',
  range(50, (i) => i % 5),
)

const ids = (checks: readonly Check[]): string[] => checks.map((c) => c.id)
const check = (checks: readonly Check[], id: string): Check | undefined => checks.find((c) => c.id === id)

describe('decideValidateData: titles', () => {
  it('decideValidateData(validate) titles a run whose checks all pass "Data passed N check(s)"', () => {
    const outcome = validate({ current: side([], [pass('contract.rows'), pass('contract.age.type')]) })
    expect(outcome.title).toBe(validateMessages.passedTitle(2))
    expect(outcome.title).toBe('Data passed 2 check(s)')
    expect(outcome.outputs).toEqual({ 'drifted-columns': '' })
    expect(outcome.figures).toEqual([])
  })

  it('decideValidateData(validate) titles failures "M of N data check(s) failed", counting fail and error', () => {
    const error: Check = { id: 'contract.id.unique', status: 'error', observed: null, message: 'too many' }
    const warn: Check = { id: 'contract.age.max', status: 'warn', observed: 1, message: 'one above' }
    const outcome = validate({ current: side([], [pass('contract.rows'), fail('contract.age.type'), error, warn]) })
    expect(outcome.title).toBe(validateMessages.failedTitle(2, 4))
    expect(outcome.title).toBe('2 of 4 data check(s) failed')
  })

  it('decideValidateData(infer) reports the contract it inferred, titled "Inferred a data contract from …"', () => {
    const contractYaml = 'columns:\n  age:\n    type: int\n'
    const outcome = decideValidateData(
      { mode: 'infer', source: 'data/train.csv', output: 'contracts/data.yml', columns: 1, contractYaml },
      policy,
    )
    expect(outcome).toEqual({
      title: 'Inferred a data contract from data/train.csv',
      checks: [
        {
          id: 'contract.inferred',
          status: 'pass',
          observed: 1,
          message: 'inferred a contract of 1 column(s) from data/train.csv into contracts/data.yml',
        },
      ],
      figures: [{ kind: 'text', title: 'Inferred contract', markdown: '```yaml\n' + contractYaml + '```' }],
      outputs: { 'drifted-columns': '' },
    })
    expect(outcome.title).toBe(validateMessages.inferredTitle('data/train.csv'))
  })
})

describe('decideValidateData: nothing checked', () => {
  const nothing: Check = {
    id: 'validate-data.nothing',
    status: 'error',
    observed: null,
    message: validateMessages.nothingChecked(),
  }

  it('decideValidateData(validate) without contract checks or a reference is one error check, never a pass', () => {
    const outcome = validate({ current: side([stableY]) })
    expect(outcome.checks).toEqual([nothing])
    expect(nothing.message).toBe('nothing was checked: give a `contract`, a `reference`, or both')
    expect(outcome.title).toBe('1 of 1 data check(s) failed')
  })

  it('decideValidateData ignores the reference when the policy disables drift, so nothing was checked', () => {
    const disabled = resolveValidateDataPolicy({ drift: { enabled: false } })
    const evidence = { mode: 'validate', current: side([stableY]), reference: [stableY], contract: undefined } as const
    expect(decideValidateData(evidence, disabled).checks).toEqual([nothing])
  })
})

describe('decideValidateData: drift column selection', () => {
  it('decideValidateData measures every reference column and names the drifted ones in the output', () => {
    const outcome = validate({ current: side([currentX, stableY]), reference: [referenceX, stableY] })
    expect(ids(outcome.checks)).toEqual(['drift.dataset', 'drift.x', 'drift.y'])
    expect(check(outcome.checks, 'drift.x')?.status).toBe('fail')
    expect(check(outcome.checks, 'drift.y')?.status).toBe('pass')
    expect(outcome.outputs).toEqual({ 'drifted-columns': 'x' })
    expect(outcome.figures.map((f) => f.title)).toEqual([
      'Drift per column',
      'PSI per column (reference → current)',
      'x: reference vs current (share per bin)',
    ])
    expect(outcome.title).toBe('2 of 3 data check(s) failed')
  })

  it('decideValidateData skips a column that is unique in the contract (an identifier is not a distribution)', () => {
    const contract: Contract = { columns: { x: { type: 'int', unique: true } } }
    const outcome = validate({ current: side([currentX, stableY]), reference: [referenceX, stableY], contract })
    expect(ids(outcome.checks)).toEqual(['drift.dataset', 'drift.y'])
    expect(outcome.outputs).toEqual({ 'drifted-columns': '' })
  })

  it('decideValidateData skips a column the policy ignores', () => {
    const ignoring = resolveValidateDataPolicy({ drift: { columns: { x: { ignore: true } } } })
    const evidence = {
      mode: 'validate',
      current: side([currentX, stableY]),
      reference: [referenceX, stableY],
      contract: undefined,
    } as const
    expect(ids(decideValidateData(evidence, ignoring).checks)).toEqual(['drift.dataset', 'drift.y'])
  })

  it('decideValidateData gives an error check for a reference column missing from the current data', () => {
    const outcome = validate({ current: side([stableY]), reference: [referenceX, stableY] })
    expect(check(outcome.checks, 'drift.x')).toEqual({
      id: 'drift.x',
      status: 'error',
      observed: null,
      message: driftMessages.missingInCurrent('x'),
    })
    expect(driftMessages.missingInCurrent('x')).toBe('column "x" is in the reference but not in the current data')
    expect(check(outcome.checks, 'drift.dataset')?.status).toBe('pass')
    expect(outcome.title).toBe('1 of 3 data check(s) failed')
  })

  it('decideValidateData gives an error check, with the reason, for a column that cannot be compared', () => {
    const empty = column('x', [null, null])
    const outcome = validate({ current: side([empty, stableY]), reference: [referenceX, stableY] })
    expect(check(outcome.checks, 'drift.x')).toEqual({
      id: 'drift.x',
      status: 'error',
      observed: null,
      message: 'column "x" cannot be compared: column "x" has no values in the current data',
    })
    expect(check(outcome.checks, 'drift.x')?.message).toBe(
      driftMessages.notComparable('x', driftMessages.noValues('x', 'current')),
    )
  })

  it('decideValidateData compares a column as its contract type says: text under type float cannot be compared', () => {
    const text = column(
      'x',
      range(50, (i) => `v${i}`),
    )
    const contract: Contract = { columns: { x: { type: 'float' } } }
    const outcome = validate({ current: side([text]), reference: [referenceX], contract })
    expect(check(outcome.checks, 'drift.x')?.message).toBe(
      driftMessages.notComparable('x', driftMessages.noNumericValues('x')),
    )
    // Nothing was measured, so the dataset verdict is an error too, never a pass.
    expect(check(outcome.checks, 'drift.dataset')?.status).toBe('error')
  })

  it('decideValidateData says how to fix a column with too many distinct numbers to compare as categories', () => {
    const many = column(
      'n',
      range(CATEGORY_CAP + 5, (i) => String(i)),
    )
    const contract: Contract = { columns: { n: { type: 'string' } } }
    const outcome = validate({ current: side([many]), reference: [many], contract })
    expect(check(outcome.checks, 'drift.n')?.message).toBe(
      `column "n" cannot be compared: column "n" has more than ${CATEGORY_CAP} distinct numbers in the reference data, too many to compare as categories; give it type int or float in the contract, or ignore it in drift`,
    )
  })
})

describe('decideValidateData: modes', () => {
  it('decideValidateData(profile) reports the file it wrote first, then the contract checks, then drift', () => {
    const outcome = decideValidateData(
      {
        mode: 'profile',
        source: 'data/shard-1.csv',
        output: 'shard-1.profile.json',
        current: side([currentX, stableY], [pass('contract.rows')]),
        reference: [referenceX, stableY],
        contract: undefined,
      },
      policy,
    )
    expect(ids(outcome.checks)).toEqual(['profile.written', 'contract.rows', 'drift.dataset', 'drift.x', 'drift.y'])
    expect(outcome.checks[0]).toEqual({
      id: 'profile.written',
      status: 'pass',
      observed: 50,
      message: 'profiled 2 column(s) of data/shard-1.csv into shard-1.profile.json',
    })
  })

  it('decideValidateData(profile): a shard under the contract minimum is judged at merge; over the maximum fails now', () => {
    const rowsCheck = (observed: number): Check => ({
      id: 'contract.rows',
      status: 'fail',
      observed,
      threshold: { min: 500, max: 1000 },
      message: `${observed} row(s); the contract allows 500 … 1000`,
    })
    const shard = (observed: number) =>
      decideValidateData(
        {
          mode: 'profile',
          source: 'data/shard-1.csv',
          output: 'shard-1.profile.json',
          current: side([stableY], [rowsCheck(observed)]),
          reference: undefined,
          contract: undefined,
        },
        policy,
      )
    expect(shard(375).checks[1]).toMatchObject({ status: 'skipped', message: validateMessages.shardRows(375, 500) })
    expect(shard(375).title).toBe('Data passed 2 check(s)')
    expect(shard(1200).checks[1]).toMatchObject({ status: 'fail' })
  })

  it('decideValidateData(merge) reports the shards merged and the rows they add up to', () => {
    const outcome = decideValidateData(
      { mode: 'merge', shards: 3, current: side([stableY]), reference: undefined, contract: undefined },
      policy,
    )
    expect(outcome.checks).toEqual([
      { id: 'profile.merged', status: 'pass', observed: 3, message: validateMessages.merged(3, 50) },
    ])
    expect(validateMessages.merged(3, 50)).toBe('merged 3 profile(s): 50 rows')
    expect(outcome.title).toBe('Data passed 1 check(s)')
  })
})

// Issue #16: a contract inferred from 60% of a real dataset passes the other 40% (0 failed checks over 20 seeded
// splits of each of scikit-learn's breast_cancer, wine and diabetes, drawn by fixtures/datasets/real/generate.py),
// while an injected shift (drift), null burst (contract nulls) or new category (contract allowed values) is caught.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createContractChecker } from '../../src/core/contract/create-contract-checker.js'
import { inferContract } from '../../src/core/contract/infer-contract.js'
import type { Contract } from '../../src/core/contract/contract.js'
import type { CellValue } from '../../src/core/data/cell-value.js'
import { DEFAULT_VALIDATE_DATA_POLICY } from '../../src/core/drift/resolve-validate-data-policy.js'
import { createColumnProfile, finishColumnProfile, profileAdd } from '../../src/core/profile/column-profile.js'
import { seededRandom } from '../../src/core/stats/seeded-random.js'
import { decideValidateData } from '../../src/core/validate/decide-validate-data.js'
import { repoRoot } from '../helpers/fixture-path.js'

const DATASETS = ['breast_cancer', 'wine', 'diabetes'] as const
const SPLITS = 20

function readCsv(name: string): { header: string[]; rows: string[][] } {
  const lines = readFileSync(`${repoRoot}fixtures/datasets/real/${name}.csv`, 'utf8').trim().split(/\r?\n/)
  return { header: (lines[0] as string).split(','), rows: lines.slice(1).map((l) => l.split(',')) }
}

function profiles(header: readonly string[], rows: readonly (readonly CellValue[])[]) {
  const ps = header.map((h) => createColumnProfile(h))
  for (const r of rows) r.forEach((c, i) => profileAdd(ps[i] as ReturnType<typeof createColumnProfile>, c))
  return ps.map(finishColumnProfile)
}

function check(contract: Contract, header: readonly string[], rows: readonly (readonly CellValue[])[]) {
  const checker = createContractChecker(contract, header, 'holdout.csv')
  checker.observe(
    rows,
    rows.map((_, i) => i + 2),
  )
  return checker.finish()
}

function split(rows: readonly string[][], seed: number): [string[][], string[][]] {
  const random = seededRandom(seed)
  const order = rows.map((r) => ({ r, u: random() })).sort((a, b) => a.u - b.u)
  const cut = Math.round(rows.length * 0.6)
  return [order.slice(0, cut).map((o) => o.r), order.slice(cut).map((o) => o.r)]
}

describe('contract inference on real data (60% → 40%)', () => {
  it.each(DATASETS)('%s: 0 failed checks on the held-out 40 percent over 20 splits', (name) => {
    const { header, rows } = readCsv(name)
    let failed = 0
    let total = 0
    const failures: string[] = []
    for (let s = 0; s < SPLITS; s++) {
      const [train, holdout] = split(rows, 1900 + s)
      const contract = inferContract(profiles(header, train))
      expect(contract.columns.id).toMatchObject({ type: 'int', unique: true })
      expect(contract.columns.id?.min).toBeUndefined()
      const checks = check(contract, header, holdout)
      total += checks.length
      const bad = checks.filter((c) => c.status === 'fail' || c.status === 'error')
      failed += bad.length
      failures.push(...bad.map((c) => `${c.id}: ${c.message}`))
    }
    console.log(`${name}: ${failed} of ${total} checks failed over ${SPLITS} splits`)
    if (failed > 0) console.log([...new Set(failures)].join(' '))
    expect(failed).toBe(0)
  })

  it('an injected shift, null burst or new category is still caught', () => {
    const { header, rows } = readCsv('wine')
    const [train, holdout] = split(rows, 1999)
    const contract = inferContract(profiles(header, train))
    const col = header.indexOf('alcohol')
    const alcohol = train.map((r) => Number(r[col]))
    const mean = alcohol.reduce((a, b) => a + b, 0) / alcohol.length
    const sd = Math.sqrt(alcohol.reduce((a, b) => a + (b - mean) ** 2, 0) / alcohol.length)
    // Shift: alcohol + 1 sd in the held-out rows → drift of alcohol (and only of alcohol).
    const shifted = holdout.map((r) => r.map((c, i) => (i === col ? String(Number(c) + sd) : c)))
    const evidence = (current: string[][]) => ({
      mode: 'validate' as const,
      current: { profiles: profiles(header, current), contractChecks: check(contract, header, current) },
      reference: profiles(header, train),
      contract,
    })
    const outcome = decideValidateData(evidence(shifted), DEFAULT_VALIDATE_DATA_POLICY)
    expect(outcome.outputs['drifted-columns']).toBe('alcohol')
    expect(outcome.checks.some((c) => c.id === 'drift.id')).toBe(false)
    // Null burst: 13% of magnesium missing → the contract's nulls check fails.
    const m = header.indexOf('magnesium')
    const nulls = holdout.map((r, k) => r.map((c, i) => (i === m && k % 8 === 0 ? null : c)))
    const failedIds = (current: CellValue[][]) =>
      check(contract, header, current)
        .filter((c) => c.status === 'fail')
        .map((c) => c.id)
    expect(failedIds(nulls)).toContain('contract.magnesium.nulls')
    // New category: a fourth cultivar → allowed values fails.
    const t = header.indexOf('cultivar')
    const added = holdout.map((r, k) => r.map((c, i) => (i === t && k % 10 === 0 ? 'class_3' : c)))
    expect(failedIds(added)).toEqual(['contract.cultivar.allowed-values'])
  })
})

// Writes a churn-like table (12 columns, nulls, categoricals) as CSV: reference and a drifted "current" copy.
// Deterministic (seeded); used by run.ts. Usage: npx tsx bench/validate-data/generate.ts ROWS OUT_PREFIX
// (writes OUT_PREFIX-reference.csv and OUT_PREFIX-current.csv).
// The current copy also breaks the contract (fixtures/contracts/bench-churn.yml) on a few rows at fixed strides
// (INJECTED), so that the peers' violation counts are compared on non-zero numbers; the reference is clean. The
// injections draw no random numbers: the reference and the drift of the current copy are unchanged by them.
import { createWriteStream } from 'node:fs'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { seededRandom } from '../../src/core/stats/seeded-random.js'

export const HEADER = [
  'customer_id',
  'age',
  'income',
  'tenure_months',
  'monthly_charges',
  'total_charges',
  'plan',
  'region',
  'contract',
  'support_calls',
  'churned',
  'signup_date',
]

/** Contract violations of the current copy: every `every`-th row (1-based) gets `apply`. */
export const INJECTED: readonly { readonly every: number; readonly rule: string }[] = [
  { every: 9973, rule: 'age.max (150)' },
  { every: 17011, rule: 'monthly_charges.min (-5)' },
  { every: 10007, rule: 'plan.allowed-values (gold)' },
  { every: 12289, rule: 'signup_date.type (2024-02-30)' },
  { every: 15013, rule: 'churned.type (maybe)' },
  { every: 30011, rule: 'support_calls.type (2.5)' },
  { every: 20011, rule: 'customer_id.unique (the previous id)' },
  { every: 25013, rule: 'contract.nulls (empty)' },
]

export async function generate(rows: number, path: string, drifted: boolean, seed: number): Promise<void> {
  mkdirSync(dirname(path), { recursive: true })
  const random = seededRandom(seed)
  const out = createWriteStream(path)
  const write = (text: string): Promise<void> =>
    out.write(text) ? Promise.resolve() : new Promise((resolve) => out.once('drain', () => resolve()))
  await write(HEADER.join(',') + '\n')
  const plans = drifted
    ? ['basic', 'basic', 'pro', 'enterprise', 'enterprise']
    : ['basic', 'basic', 'basic', 'pro', 'enterprise']
  const regions = ['eu', 'us', 'apac', 'latam']
  const contracts = ['monthly', 'annual', 'two-year']
  let chunk = ''
  for (let i = 0; i < rows; i++) {
    const gauss = (random() + random() + random() + random() - 2) * 1.7
    const age = 18 + Math.floor(random() * 62)
    const income = random() < 0.03 ? '' : (52000 + gauss * 15000 * (drifted ? 1.3 : 1)).toFixed(2)
    const tenure = (-Math.log(1 - random()) * (drifted ? 30 : 24)).toFixed(2)
    const monthly = (20 + random() * 100).toFixed(2)
    const total = random() < 0.01 ? '' : (Number(monthly) * Number(tenure)).toFixed(2)
    const plan = plans[Math.floor(random() * plans.length)]
    const region = random() < 0.02 ? '' : regions[Math.floor(random() * regions.length)]
    const contract = contracts[Math.floor(random() * contracts.length)]
    const calls = Math.floor(-Math.log(1 - random()) * 2)
    const churned = random() < (drifted ? 0.3 : 0.2) ? 'true' : 'false'
    const day = 1 + Math.floor(random() * 28)
    const date = `202${Math.floor(random() * 5)}-0${1 + Math.floor(random() * 9)}-${day < 10 ? '0' + day : day}`
    const row = i + 1
    const bad = (every: number): boolean => drifted && row % every === 0
    chunk += `${bad(20011) ? row - 1 : row},${bad(9973) ? 150 : age},${income},${tenure},${bad(17011) ? '-5.00' : monthly},${total},${bad(10007) ? 'gold' : plan},${region},${bad(25013) ? '' : contract},${bad(30011) ? '2.5' : calls},${bad(15013) ? 'maybe' : churned},${bad(12289) ? '2024-02-30' : date}\n`
    if (chunk.length > 1 << 20) {
      await write(chunk)
      chunk = ''
    }
  }
  await write(chunk)
  await new Promise<void>((resolve) => out.end(() => resolve()))
}

if (process.argv[1]?.endsWith('generate.ts') === true) {
  const [rows, prefix] = process.argv.slice(2)
  if (rows === undefined || prefix === undefined) throw new Error('usage: generate.ts ROWS OUT_PREFIX')
  await generate(Number(rows), `${prefix}-reference.csv`, false, 1)
  await generate(Number(rows), `${prefix}-current.csv`, true, 2)
}

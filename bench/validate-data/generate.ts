// Writes a churn-like table (12 columns, nulls, categoricals) as CSV: reference and a drifted "current" copy.
// Deterministic (seeded); used by run.ts. Usage: npx tsx bench/validate-data/generate.ts ROWS OUT_PREFIX
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
    chunk += `${i + 1},${age},${income},${tenure},${monthly},${total},${plan},${region},${contract},${calls},${churned},${date}\n`
    if (chunk.length > 1 << 20) {
      await write(chunk)
      chunk = ''
    }
  }
  await write(chunk)
  await new Promise<void>((resolve) => out.end(() => resolve()))
}

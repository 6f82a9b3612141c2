#!/usr/bin/env node
// Writes the churn example's data (data/train.csv, data/reference.csv, data/current.csv) from a fixed seed.
// Dependency-free and deterministic: the same script always writes the same bytes. The files are committed;
// rerun only to change the data: node examples/churn/generate-data.mjs
//
// Churn depends on tenure, monthly charges, support calls and plan. gender and region are independent of the
// outcome and of the features, so a model trained on the features treats the groups alike (the fairness gate passes).
// current.csv is the "last month" sample: monthly charges drifted up a little (visible in the drift table, under the
// threshold), the rest as in the reference.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { seededDraws } from './lib.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const { uniform, normal, pick } = seededDraws(20261123)
const sigmoid = (z) => 1 / (1 + Math.exp(-z))

let nextId = 100001
function row(chargeShift) {
  const plan = pick(['basic', 'pro', 'enterprise'], [0.55, 0.3, 0.15])
  const tenure = Math.min(72, Math.max(1, Math.round(-Math.log(1 - uniform()) * 22)))
  const base = { basic: 45, pro: 75, enterprise: 110 }[plan]
  const charges = Math.max(15, base + 12 * normal() + chargeShift)
  const calls = Math.min(9, Math.floor(-Math.log(1 - uniform()) * 1.4))
  const age = Math.min(85, Math.max(18, Math.round(44 + 14 * normal())))
  const z =
    -0.4 - 0.055 * tenure + 0.025 * (charges - 60) + 0.45 * calls + { basic: 0.35, pro: 0, enterprise: -0.6 }[plan]
  const churned = uniform() < sigmoid(z) ? 1 : 0
  return {
    customer_id: nextId++,
    age,
    gender: pick(['F', 'M'], [0.5, 0.5]),
    region: pick(['eu', 'us', 'apac'], [0.4, 0.4, 0.2]),
    plan,
    tenure_months: tenure,
    monthly_charges: charges.toFixed(2),
    support_calls: calls,
    churned,
  }
}
const columns = [
  'customer_id',
  'age',
  'gender',
  'region',
  'plan',
  'tenure_months',
  'monthly_charges',
  'support_calls',
  'churned',
]
function write(name, count, chargeShift) {
  const rows = Array.from({ length: count }, () => row(chargeShift))
  const text = `${columns.join(',')}\n${rows.map((r) => columns.map((c) => r[c]).join(',')).join('\n')}\n`
  const path = join(here, 'data', name)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
  const rate = rows.reduce((s, r) => s + r.churned, 0) / count
  process.stdout.write(`${name}: ${count} rows, churn rate ${rate.toFixed(3)}\n`)
}
write('train.csv', 4000, 0)
write('reference.csv', 1500, 0)
write('current.csv', 1500, 4)

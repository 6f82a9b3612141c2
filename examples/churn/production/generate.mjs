#!/usr/bin/env node
// Writes the churn example's "production" days (2026-11-01.csv, 2026-11-02.csv) from a fixed seed: the inputs
// the deployed champion (../champion) scored, with its score, and without the label (it arrives later).
// 2026-11-01 is a healthy day: the customers look like the training data. 2026-11-02 has drifted: a price rise
// (monthly charges about +25), shorter tenures (a wave of new sign-ups) and more support calls, so the champion's
// scores shift up as well (prediction drift). Dependency-free and deterministic; the files are committed, rerun
// only to change them: node examples/churn/production/generate.mjs
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { score, seededDraws } from '../lib.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const model = JSON.parse(readFileSync(join(here, '..', 'champion', 'model.json'), 'utf8'))
const { uniform, normal, pick } = seededDraws(20261101)

const columns = ['customer_id', 'age', 'gender', 'region', 'plan', 'tenure_months', 'monthly_charges', 'support_calls']
let nextId = 200001
/** One customer as generate-data.mjs draws them; `drift` shifts charges, tenure and support calls. */
function row(drift) {
  const plan = pick(['basic', 'pro', 'enterprise'], [0.55, 0.3, 0.15])
  const tenure = Math.min(72, Math.max(1, Math.round(-Math.log(1 - uniform()) * (drift ? 9 : 22))))
  const base = { basic: 45, pro: 75, enterprise: 110 }[plan]
  const charges = Math.max(15, base + 12 * normal() + (drift ? 25 : 0))
  const calls = Math.min(9, Math.floor(-Math.log(1 - uniform()) * (drift ? 2.6 : 1.4)))
  const age = Math.min(85, Math.max(18, Math.round(44 + 14 * normal())))
  const r = {
    customer_id: nextId++,
    age,
    gender: pick(['F', 'M'], [0.5, 0.5]),
    region: pick(['eu', 'us', 'apac'], [0.4, 0.4, 0.2]),
    plan,
    tenure_months: tenure,
    monthly_charges: charges.toFixed(2),
    support_calls: calls,
  }
  return { ...r, score: score(r, model).toFixed(6) }
}

function write(name, rows, drift) {
  const lines = [[...columns, 'score'].join(',')]
  for (let i = 0; i < rows; i += 1) {
    const r = row(drift)
    lines.push([...columns, 'score'].map((c) => r[c]).join(','))
  }
  writeFileSync(join(here, name), `${lines.join('\n')}\n`)
}

write('2026-11-01.csv', 600, false)
write('2026-11-02.csv', 600, true)

#!/usr/bin/env node
// Writes the delayed labels of one production day: for a share of the customers the champion scored (the rest have
// not decided yet), whether they churned. Dependency-free and deterministic for a given --seed.
// Usage: node delayed-labels.mjs --in production/2026-11-02.csv --out labels.csv --concept shifted --seed 7
//   --concept stable   churn happens with the probability the champion gave it (its view of the world holds);
//   --concept shifted  churn follows the region only (a competitor's launch in apac), which no model of the example
//                      uses: the champion's ROC AUC on these labels drops to about 0.5.
// Output columns: customer_id, churned — what evaluate-vs-champion mode monitor joins by id (labels).
import { writeFileSync } from 'node:fs'
import { option, readCsv, seededDraws } from './lib.mjs'

const args = process.argv.slice(2)
const input = option(args, 'in', 'production/2026-11-02.csv')
const output = option(args, 'out', 'labels.csv')
const concept = option(args, 'concept', 'stable')
const share = Number(option(args, 'share', '0.8'))
const { uniform } = seededDraws(Number(option(args, 'seed', '7')))
if (concept !== 'stable' && concept !== 'shifted') throw new Error(`--concept is stable or shifted, not ${concept}`)
const lines = ['customer_id,churned']
for (const row of readCsv(input)) {
  const p = concept === 'stable' ? Number(row.score) : row.region === 'apac' ? 0.75 : 0.2
  const churned = uniform() < p ? 1 : 0
  if (uniform() < share) lines.push(`${row.customer_id},${churned}`)
}
writeFileSync(output, `${lines.join('\n')}\n`)

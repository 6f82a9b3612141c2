#!/usr/bin/env node
// Scores a CSV with a model written by train.mjs.
// Usage: node predict.mjs --model DIR --in data/current.csv --out predictions.csv
// Output columns: customer_id, churned (the label), score (churn probability), gender, region, plan — what
// evaluate-vs-champion (id, label, score, segments) and fairness-gate (label, score, sensitive columns) read.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { option, readCsv, score } from './lib.mjs'

const args = process.argv.slice(2)
const modelDir = option(args, 'model', 'model')
const input = option(args, 'in', 'data/current.csv')
const output = option(args, 'out', 'predictions.csv')
const model = JSON.parse(readFileSync(join(modelDir, 'model.json'), 'utf8'))
const lines = ['customer_id,churned,score,gender,region,plan']
for (const row of readCsv(input))
  lines.push([row.customer_id, row.churned, score(row, model).toFixed(6), row.gender, row.region, row.plan].join(','))
writeFileSync(output, `${lines.join('\n')}\n`)

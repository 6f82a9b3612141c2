#!/usr/bin/env node
// Trains the churn example's model: logistic regression by full-batch gradient descent, no dependencies.
// Usage: node train.mjs --data data/train.csv --out model [--features a,b,c] [--plan true|false] [--epochs N] [--lr X]
// MODELGATE_PARAMS_FILE (train-on-runner's params, JSON) overrides features/plan/epochs/lr.
// Holds out every 5th row to measure AUC; prints `modelgate:metric name=value` lines and writes
// <out>/model.json and <out>/metrics.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { featurize, option, readCsv, sigmoid } from './lib.mjs'

const args = process.argv.slice(2)
const params = process.env.MODELGATE_PARAMS_FILE
  ? JSON.parse(readFileSync(process.env.MODELGATE_PARAMS_FILE, 'utf8'))
  : {}
const data = option(args, 'data', 'data/train.csv')
const out = option(args, 'out', 'model')
const features = String(
  params.features ?? option(args, 'features', 'tenure_months,monthly_charges,support_calls,age'),
).split(',')
const onehotPlan = String(params.plan ?? option(args, 'plan', 'true')) === 'true'
const epochs = Number(params.epochs ?? option(args, 'epochs', '300'))
const lr = Number(params.lr ?? option(args, 'lr', '0.5'))

const rows = readCsv(data)
const train = rows.filter((_, i) => i % 5 !== 0)
const holdout = rows.filter((_, i) => i % 5 === 0)
const means = features.map((f) => train.reduce((s, r) => s + Number(r[f]), 0) / train.length)
const scales = features.map(
  (f, i) => Math.sqrt(train.reduce((s, r) => s + (Number(r[f]) - means[i]) ** 2, 0) / train.length) || 1,
)
const model = { kind: 'churn-logistic-regression', features, means, scales, onehotPlan, bias: 0, weights: [] }
const X = train.map((r) => featurize(r, model))
const y = train.map((r) => Number(r.churned))
model.weights = new Array(X[0].length).fill(0)

const logLoss = (p, t) => -(t * Math.log(Math.max(p, 1e-15)) + (1 - t) * Math.log(Math.max(1 - p, 1e-15)))
for (let epoch = 1; epoch <= epochs; epoch += 1) {
  const grad = new Array(model.weights.length).fill(0)
  let gradBias = 0
  let loss = 0
  for (let n = 0; n < X.length; n += 1) {
    const p = sigmoid(model.bias + X[n].reduce((s, v, i) => s + v * model.weights[i], 0))
    const e = p - y[n]
    for (let i = 0; i < grad.length; i += 1) grad[i] += e * X[n][i]
    gradBias += e
    loss += logLoss(p, y[n])
  }
  model.weights = model.weights.map((w, i) => w - (lr * grad[i]) / X.length)
  model.bias -= (lr * gradBias) / X.length
  if (epoch % 50 === 0 || epoch === epochs)
    console.log(`epoch ${epoch}: modelgate:metric train_log_loss=${(loss / X.length).toFixed(5)}`)
}

// Holdout AUC (Mann-Whitney, ties count 1/2).
const scored = holdout.map((r) => ({
  p: sigmoid(model.bias + featurize(r, model).reduce((s, v, i) => s + v * model.weights[i], 0)),
  t: Number(r.churned),
}))
scored.sort((a, b) => a.p - b.p)
let rankSumPositive = 0
for (let i = 0; i < scored.length;) {
  let j = i
  while (j < scored.length && scored[j].p === scored[i].p) j += 1
  const rank = (i + j + 1) / 2
  for (let k = i; k < j; k += 1) if (scored[k].t === 1) rankSumPositive += rank
  i = j
}
const positives = scored.filter((s) => s.t === 1).length
const negatives = scored.length - positives
const auc = (rankSumPositive - (positives * (positives + 1)) / 2) / (positives * negatives)
const holdoutLogLoss = scored.reduce((s, { p, t }) => s + logLoss(p, t), 0) / scored.length
const metrics = {
  holdout_auc: Number(auc.toFixed(6)),
  holdout_log_loss: Number(holdoutLogLoss.toFixed(6)),
  train_rows: train.length,
  holdout_rows: holdout.length,
}
console.log(`modelgate:metric holdout_auc=${metrics.holdout_auc}`)
mkdirSync(out, { recursive: true })
writeFileSync(join(out, 'model.json'), `${JSON.stringify(model, null, 2)}\n`)
writeFileSync(join(out, 'metrics.json'), `${JSON.stringify(metrics, null, 2)}\n`)
console.log(`wrote ${join(out, 'model.json')} (holdout AUC ${metrics.holdout_auc})`)

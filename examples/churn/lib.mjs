// Shared helpers of the churn example's train and predict scripts (dependency-free).
import { readFileSync } from 'node:fs'

/** Reads a simple CSV (no quoted fields: the example data has none) into objects keyed by header. */
export function readCsv(path) {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/)
  const names = header.split(',')
  return lines.map((line) => {
    const cells = line.split(',')
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']))
  })
}

/** Feature vector of one row: standardized numeric columns, then one-hot plan (basic is the baseline). */
export function featurize(row, model) {
  const x = model.features.map((name, i) => (Number(row[name]) - model.means[i]) / model.scales[i])
  if (model.onehotPlan) x.push(row.plan === 'pro' ? 1 : 0, row.plan === 'enterprise' ? 1 : 0)
  return x
}

export const sigmoid = (z) => 1 / (1 + Math.exp(-z))

/** Churn probability of one row. */
export function score(row, model) {
  const x = featurize(row, model)
  return sigmoid(model.bias + x.reduce((s, v, i) => s + v * model.weights[i], 0))
}

/** argv option --name value (the last occurrence wins). */
export function option(args, name, fallback) {
  const i = args.lastIndexOf(`--${name}`)
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback
}

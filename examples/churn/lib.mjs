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

/** Deterministic draws from a seed (mulberry32): uniform in [0, 1), standard normal (Box–Muller), weighted pick. */
export function seededDraws(seed) {
  let state = seed >>> 0
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform())
  const pick = (values, weights) => {
    let u = uniform() * weights.reduce((a, b) => a + b, 0)
    for (let i = 0; i < values.length; i += 1) if ((u -= weights[i]) <= 0) return values[i]
    return values[values.length - 1]
  }
  return { uniform, normal, pick }
}

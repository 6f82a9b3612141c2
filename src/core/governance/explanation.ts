import { DataError } from '../errors.js'
import { explainMessages as m } from './explain-messages.js'

/** One feature's importance: a mean (SHAP mean |value|, permutation importance…) and, where known, its std. */
export interface FeatureImportance {
  readonly feature: string
  readonly importance: number
  readonly std?: number
}

/** An explanation as read from a file (schemas/explanation.schema.json): importances, and how they were made. */
export interface Explanation {
  /** How the importances were computed, as the file says (e.g. `shap`, `permutation`). */
  readonly method?: string
  /** The rows the importances were computed on. */
  readonly sampleSize?: number
  /** Sorted by importance, highest first (ties by feature name). */
  readonly features: readonly FeatureImportance[]
}

/** What a model card keeps of the explanation given at registration: the file's digest and its importances. */
export interface ExplanationRecord extends Explanation {
  readonly file: string
  readonly sha256: string
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Importances sorted as an explanation keeps them: highest first, ties by feature name (code point order).
 * @example sortImportances([{ feature: 'b', importance: 1 }, { feature: 'a', importance: 1 }, { feature: 'c', importance: 2 }]).map((f) => f.feature) // => ['c', 'a', 'b']
 */
export function sortImportances(features: readonly FeatureImportance[]): FeatureImportance[] {
  return [...features].sort((a, b) =>
    b.importance - a.importance !== 0 ? b.importance - a.importance : a.feature < b.feature ? -1 : 1,
  )
}

function entries(value: unknown, file: string): FeatureImportance[] {
  const bad = (why: string): DataError => new DataError(m.malformed(file, why), { file }, m.fixMalformed)
  if (isObject(value)) {
    return Object.entries(value).map(([feature, importance]) => {
      if (typeof importance !== 'number' || !Number.isFinite(importance)) throw bad(m.notNumber(feature))
      return { feature, importance }
    })
  }
  if (Array.isArray(value)) {
    return value.map((item: unknown, i) => {
      if (!isObject(item) || typeof item.feature !== 'string' || item.feature === '') throw bad(m.noFeature(i))
      const { feature, importance, std } = item
      if (typeof importance !== 'number' || !Number.isFinite(importance)) throw bad(m.notNumber(feature))
      if (std !== undefined && (typeof std !== 'number' || !(std >= 0) || !Number.isFinite(std)))
        throw bad(m.badStd(feature))
      return { feature, importance, ...(std === undefined ? {} : { std }) }
    })
  }
  throw bad(m.notImportances)
}

/**
 * Reads an explanation file's parsed JSON. Three shapes are accepted (schemas/explanation.schema.json):
 * `{"feature": importance, …}`; `[{"feature": …, "importance": …, "std"?: …}, …]`; or either of them as
 * `importances` in `{"method"?: …, "sample_size"?: …, "importances": …}`. Importances are finite numbers (negative
 * is allowed: a permutation importance below zero says shuffling helped); features are unique, non-empty names.
 * @throws DataError naming the file and what is wrong
 * @example parseExplanation({ age: 0.1, income: 0.3 }, 'shap.json').features[0] // => { feature: 'income', importance: 0.3 }
 * @example parseExplanation({ method: 'shap', sample_size: 500, importances: [{ feature: 'age', importance: 0.2 }] }, 'e.json').sampleSize // => 500
 */
export function parseExplanation(parsed: unknown, file: string): Explanation {
  const bad = (why: string): DataError => new DataError(m.malformed(file, why), { file }, m.fixMalformed)
  const envelope = isObject(parsed) && 'importances' in parsed && typeof parsed.importances !== 'number'
  let method: string | undefined
  let sampleSize: number | undefined
  let body: unknown = parsed
  if (envelope) {
    const known = new Set(['method', 'sample_size', 'importances'])
    const extra = Object.keys(parsed).filter((k) => !known.has(k))
    if (extra.length > 0) throw bad(m.unknownKeys(extra))
    if (parsed.method !== undefined && (typeof parsed.method !== 'string' || parsed.method === ''))
      throw bad(m.badMethod)
    if (
      parsed.sample_size !== undefined &&
      !(typeof parsed.sample_size === 'number' && Number.isInteger(parsed.sample_size) && parsed.sample_size >= 1)
    )
      throw bad(m.badSampleSize)
    method = parsed.method
    sampleSize = parsed.sample_size
    body = parsed.importances
  }
  const features = entries(body, file)
  if (features.length === 0) throw bad(m.noImportances)
  const seen = new Set<string>()
  for (const f of features) {
    if (seen.has(f.feature)) throw bad(m.duplicateFeature(f.feature))
    seen.add(f.feature)
  }
  return {
    ...(method === undefined ? {} : { method }),
    ...(sampleSize === undefined ? {} : { sampleSize }),
    features: sortImportances(features),
  }
}

/** The `explanation` object of the register-model section, as written (schemas/policy/register-model.schema.json). */
export interface ExplanationPolicySection {
  readonly required?: boolean
}

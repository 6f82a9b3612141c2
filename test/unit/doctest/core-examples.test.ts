// Doctests: every `@example` in a doc comment under src/core is run and its printed value checked.
//
// Grammar (one case per line; EXPR may start on earlier lines of the same @example block):
//     @example
//     populationStabilityIndex([0.25, 0.25, 0.5], [0.3, 0.3, 0.4]) // => 0.04054651081081642
// - EXPR is a TypeScript expression evaluated with the exports of its own module in scope, and nothing else
//   (JavaScript globals such as Float64Array or Date aside). An example that needs a variable is rewritten as a
//   self-contained literal example. The one exception is an argument that is another core function's output and
//   that no literal states readably (a PreparedBinary has 11 fields, a resolved policy a dozen): such an example may
//   name that function or constant, and FROM_OTHER_MODULES lists it, per file, with the module it comes from.
// - VALUE is a literal: a number (integers, NaN and ±Infinity exactly; other numbers to the decimals printed, as
//   toBeCloseTo), a string, true/false/null/undefined, an array, an object (exactly the printed keys; a key whose
//   value is undefined may be left out), or a typed array as Node prints it (`Uint32Array [1, 0]`). A trailing
//   remark in parentheses is ignored: `logGamma(5) // => 3.1780538303479458 (ln 24)`.
// - `@example (illustrative) …` marks an example with no value to check. Keep it rare: every such example is listed
//   in ILLUSTRATIVE_EXAMPLES below, and the test fails when the list and the sources disagree.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { differences, docExamples, evaluateExample, parseExpected } from './doc-examples.js'

const root = join(import.meta.dirname, '..', '..', '..')

/** The files with an `@example (illustrative)`, each with the reason it has no checked value. */
const ILLUSTRATIVE_EXAMPLES: Readonly<Record<string, string>> = {
  'src/core/drift/measure-column-drift.ts': 'two filled column profiles; no expression builds one (profileAdd mutates)',
  'src/core/train/decide-training.ts': 'TrainFacts is the record of a whole run (lineage, telemetry, checks)',
}

/** Per file, the names from other core modules that its examples may use (name → module), see the header. */
const FROM_OTHER_MODULES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'src/core/compare/decide-evaluation.ts': { resolveEvaluationPolicy: 'src/core/compare/resolve-evaluation-policy.ts' },
  'src/core/compare/judge-evaluation.ts': { resolveEvaluationPolicy: 'src/core/compare/resolve-evaluation-policy.ts' },
  'src/core/compare/paired-metric-value.ts': { metricEvaluator: 'src/core/compare/metric-evaluator.ts' },
  'src/core/drift/measure-dataset-drift.ts': {
    createColumnProfile: 'src/core/profile/column-profile.ts',
    DEFAULT_VALIDATE_DATA_POLICY: 'src/core/drift/resolve-validate-data-policy.ts',
  },
  'src/core/fairness/fairness-checks.ts': { DEFAULT_FAIRNESS_POLICY: 'src/core/fairness/fairness-policy.ts' },
  'src/core/profile/merge-profile-lists.ts': { createColumnProfile: 'src/core/profile/column-profile.ts' },
  'src/core/validate/decide-validate-data.ts': {
    DEFAULT_VALIDATE_DATA_POLICY: 'src/core/drift/resolve-validate-data-policy.ts',
  },
  'src/core/contract/infer-bounds.ts': {
    createColumnProfile: 'src/core/profile/column-profile.ts',
    profileAdd: 'src/core/profile/column-profile.ts',
    finishColumnProfile: 'src/core/profile/column-profile.ts',
  },
  'src/core/drift/column-kind-of.ts': { createColumnProfile: 'src/core/profile/column-profile.ts' },
  'src/core/drift/decide-drift.ts': { DEFAULT_VALIDATE_DATA_POLICY: 'src/core/drift/resolve-validate-data-policy.ts' },
  'src/core/fairness/analyze-fairness.ts': { DEFAULT_FAIRNESS_POLICY: 'src/core/fairness/fairness-policy.ts' },
  'src/core/fairness/decide-fairness.ts': { DEFAULT_FAIRNESS_POLICY: 'src/core/fairness/fairness-policy.ts' },
  'src/core/fairness/fairness-figures.ts': { DEFAULT_FAIRNESS_POLICY: 'src/core/fairness/fairness-policy.ts' },
  'src/core/compare/binary-bootstrap-task.ts': { prepareBinary: 'src/core/metrics/prepare-binary.ts' },
  'src/core/metrics/binary-metric.ts': { prepareBinary: 'src/core/metrics/prepare-binary.ts' },
  'src/core/metrics/binary-metrics.ts': { prepareBinary: 'src/core/metrics/prepare-binary.ts' },
  'src/core/metrics/binary-metrics-from-counts.ts': { prepareBinary: 'src/core/metrics/prepare-binary.ts' },
  'src/core/metrics/multiclass-probability-metrics.ts': {
    prepareMulticlassProbabilities: 'src/core/metrics/prepare-multiclass-probabilities.ts',
  },
  'src/core/metrics/paired-binary-metrics.ts': { prepareBinary: 'src/core/metrics/prepare-binary.ts' },
  'src/core/profile/merge-profiles.ts': { createColumnProfile: 'src/core/profile/column-profile.ts' },
  'src/core/profile/continue-profile.ts': { createColumnProfile: 'src/core/profile/column-profile.ts' },
}

async function scopeOf(file: string): Promise<Record<string, unknown>> {
  const load = async (path: string): Promise<Record<string, unknown>> =>
    (await import(pathToFileURL(join(root, path)).href)) as Record<string, unknown>
  const scope = { ...(await load(file)) }
  for (const [name, module] of Object.entries(FROM_OTHER_MODULES[file] ?? {})) {
    const exports = await load(module)
    if (!(name in exports)) throw new Error(`FROM_OTHER_MODULES: ${module} does not export ${name}`)
    scope[name] = exports[name]
  }
  return scope
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourcesUnder(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

const files = sourcesUnder(join(root, 'src', 'core')).sort()
const found = files.map((path) => docExamples(relative(root, path), readFileSync(path, 'utf8')))
const examples = found.flatMap((f) => f.examples)
const skipped = found.flatMap((f) => f.skipped)
const malformed = found.flatMap((f) => f.malformed)

describe('src/core @example lines', () => {
  it('finds the examples (a broken extractor must not pass by finding none)', () => {
    expect(examples.length).toBeGreaterThan(150)
  })

  it('every @example block is of the form EXPR // => VALUE, or marked illustrative', () => {
    expect(malformed.map((m) => `${m.file}:${m.line} ${m.problem}: ${m.text}`)).toEqual([])
  })

  it('the illustrative examples are exactly the listed ones', () => {
    expect([...new Set(skipped.map((s) => s.file))].sort()).toEqual(Object.keys(ILLUSTRATIVE_EXAMPLES).sort())
  })

  it('every name in FROM_OTHER_MODULES is used by an example of its file', () => {
    const unused = Object.entries(FROM_OTHER_MODULES).flatMap(([file, names]) =>
      Object.keys(names)
        .filter((name) => !examples.some((e) => e.file === file && e.expression.includes(name)))
        .map((name) => `${file}: ${name}`),
    )
    expect(unused).toEqual([])
  })

  it.each(examples.map((e) => [`${e.file}:${e.line} ${e.expression}`, e] as const))('%s', async (_name, example) => {
    const scope = await scopeOf(example.file)
    const expected = parseExpected(example.expected)
    const actual = evaluateExample(example.expression, scope)
    expect(differences(actual, expected), `${example.expression} // => ${example.expected}`).toEqual([])
  })
})

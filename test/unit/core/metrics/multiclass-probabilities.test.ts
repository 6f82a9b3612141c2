import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import golden from '../../../../fixtures/golden/multiclass-probabilities.sklearn.json' with { type: 'json' }
import { metricsMessages } from '../../../../src/core/metrics/messages.js'
import type {
  MulticlassLabelMetricName,
  MulticlassProbabilityMetricName,
} from '../../../../src/core/metrics/metric-name.js'
import { multiclassMetric } from '../../../../src/core/metrics/multiclass-metric.js'
import { multiclassProbabilityMetrics } from '../../../../src/core/metrics/multiclass-probability-metrics.js'
import { prepareMulticlassProbabilities } from '../../../../src/core/metrics/prepare-multiclass-probabilities.js'
import { probabilityRowSumIsOne } from '../../../../src/core/metrics/probability-row-sum-is-one.js'

// Tolerance: absolute 1e-9 against scikit-learn (fixtures/golden/generate/multiclass-probabilities.py).
const TOL = 1e-9
type Golden = number | { error: string }
const GOLDEN_KEYS: ReadonlyArray<
  [
    MulticlassProbabilityMetricName,
    'logLoss' | 'rocAuc_ovr_macro' | 'rocAuc_ovr_weighted' | 'rocAuc_ovo_macro' | 'rocAuc_ovo_weighted',
  ]
> = [
  ['log-loss', 'logLoss'],
  ['roc-auc-ovr', 'rocAuc_ovr_macro'],
  ['roc-auc-ovr-weighted', 'rocAuc_ovr_weighted'],
  ['roc-auc-ovo', 'rocAuc_ovo_macro'],
  ['roc-auc-ovo-weighted', 'rocAuc_ovo_weighted'],
]
function expectGolden(compute: () => number, expected: Golden): void {
  if (typeof expected === 'number') expect(Math.abs(compute() - expected)).toBeLessThanOrEqual(TOL)
  else expect(compute).toThrow(RangeError)
}

describe('multiclassProbabilityMetrics matches sklearn 1.2 (log_loss, roc_auc_score ovr/ovo × macro/weighted)', () => {
  for (const c of golden.cases) {
    it(`multiclassProbabilityMetrics on "${c.name}" equals sklearn ${golden.versions.sklearn}`, () => {
      const data = prepareMulticlassProbabilities(c.yTrue, c.probabilities, c.classCount)
      for (const [metric, key] of GOLDEN_KEYS)
        expectGolden(() => multiclassProbabilityMetrics(data, [metric])[0] as number, c[key])
      // ovo against Hand & Till computed by definition (independent of sklearn's code path)
      expectGolden(() => multiclassProbabilityMetrics(data, ['roc-auc-ovo'])[0] as number, c.ovoByDefinition.macro)
      expectGolden(
        () => multiclassProbabilityMetrics(data, ['roc-auc-ovo-weighted'])[0] as number,
        c.ovoByDefinition.weighted,
      )
    })
    it(`the argmax class on "${c.name}" equals numpy.argmax, and its label metrics equal sklearn`, () => {
      const data = prepareMulticlassProbabilities(c.yTrue, c.probabilities, c.classCount)
      expect(Array.from(data.argmax)).toEqual(c.argmax)
      expectGolden(() => multiclassMetric(c.yTrue, data.argmax, 'accuracy'), c.accuracy)
      for (const avg of ['macro', 'micro', 'weighted'] as const) {
        for (const kind of ['precision', 'recall', 'f1'] as const) {
          expectGolden(
            () => multiclassMetric(c.yTrue, data.argmax, `${kind}-${avg}` as MulticlassLabelMetricName),
            c[avg][kind],
          )
        }
      }
    })
    if ('withWeights' in c && c.withWeights !== undefined) {
      const w = c.withWeights
      it(`integer weights on "${c.name}" equal sklearn's sample_weight (ovr, log loss) and repeated rows (ovo)`, () => {
        const data = prepareMulticlassProbabilities(c.yTrue, c.probabilities, c.classCount)
        const weights = (c as { weights: number[] }).weights
        expectGolden(() => multiclassProbabilityMetrics(data, ['log-loss'], weights)[0] as number, w.logLoss)
        expectGolden(
          () => multiclassProbabilityMetrics(data, ['roc-auc-ovr'], weights)[0] as number,
          w.rocAuc_ovr_macro,
        )
        expectGolden(
          () => multiclassProbabilityMetrics(data, ['roc-auc-ovr-weighted'], weights)[0] as number,
          w.rocAuc_ovr_weighted,
        )
        expectGolden(
          () => multiclassProbabilityMetrics(data, ['roc-auc-ovo'], weights)[0] as number,
          w.rocAuc_ovo_macro,
        )
        expectGolden(
          () => multiclassProbabilityMetrics(data, ['roc-auc-ovo-weighted'], weights)[0] as number,
          w.rocAuc_ovo_weighted,
        )
      })
    }
  }
  it('the golden set covers 3 and 5 classes, ties, a class never predicted and a class absent from the labels', () => {
    expect(new Set(golden.cases.map((c) => c.classCount))).toEqual(new Set([3, 5, 4]))
    expect(golden.cases.some((c) => c.argmax.every((p) => p !== 2) && c.yTrue.includes(2))).toBe(true)
    expect(
      golden.cases.some((c) => typeof c.rocAuc_ovr_macro !== 'number' && typeof c.rocAuc_ovo_macro === 'number'),
    ).toBe(true)
  })
})

describe('multiclass probability metrics: undefined values and bad input', () => {
  const p3 = Float64Array.of(0.6, 0.3, 0.1, 0.2, 0.5, 0.3, 0.1, 0.3, 0.6)
  it('multiclassProbabilityMetrics(…, "roc-auc-ovr") with a class without rows throws, naming the class (sklearn raises too)', () => {
    const data = prepareMulticlassProbabilities([0, 1, 1], p3, 3)
    expect(() => multiclassProbabilityMetrics(data, ['roc-auc-ovr'])).toThrow(
      metricsMessages.classWithoutRows('roc-auc-ovr', 2),
    )
    expect(multiclassProbabilityMetrics(data, ['roc-auc-ovr'], undefined, 'nan')[0]).toBeNaN()
  })
  it('multiclassProbabilityMetrics(…, "roc-auc-ovo") with one class present throws, never 0', () => {
    const data = prepareMulticlassProbabilities([1, 1, 1], p3, 3)
    expect(() => multiclassProbabilityMetrics(data, ['roc-auc-ovo'])).toThrow(
      metricsMessages.fewerThanTwoClassesPresent('roc-auc-ovo'),
    )
  })
  it('prepareMulticlassProbabilities rejects rows that do not sum to 1, probabilities outside [0, 1], bad labels and shapes', () => {
    expect(() => prepareMulticlassProbabilities([0], [0.5, 0.4, 0.0], 3)).toThrow(
      metricsMessages.probabilitiesDoNotSumToOne('prepareMulticlassProbabilities', 0, 0.9),
    )
    expect(() => prepareMulticlassProbabilities([0], [1.2, -0.2], 2)).toThrow(
      metricsMessages.probabilityOutOfRange('prepareMulticlassProbabilities', 0, 0, 1.2),
    )
    expect(() => prepareMulticlassProbabilities([3], [0.5, 0.5, 0], 3)).toThrow(
      metricsMessages.classOutOfRange('prepareMulticlassProbabilities', 0, 3, 3),
    )
    expect(() => prepareMulticlassProbabilities([0, 1], [0.5, 0.5, 0], 3)).toThrow(
      metricsMessages.lengthMismatch('prepareMulticlassProbabilities', 6, 3),
    )
    expect(() => prepareMulticlassProbabilities([0], [1], 1)).toThrow(
      metricsMessages.tooFewClasses('prepareMulticlassProbabilities', 1),
    )
  })
  it('probabilityRowSumIsOne(sum) uses numpy.allclose tolerance: 1 ± 1e-5 passes, 1 ± 1e-4 fails', () => {
    expect(probabilityRowSumIsOne(1 + 9e-6)).toBe(true)
    expect(probabilityRowSumIsOne(1 - 9e-6)).toBe(true)
    expect(probabilityRowSumIsOne(1 + 1e-4)).toBe(false)
    expect(probabilityRowSumIsOne(0.9)).toBe(false)
  })
})

describe('multiclass probability metrics: invariants (fast-check)', () => {
  const rows = fc
    .integer({ min: 3, max: 5 })
    .chain((k) =>
      fc.tuple(
        fc.constant(k),
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: k - 1 }),
            fc.array(fc.integer({ min: 0, max: 4 }), { minLength: k, maxLength: k }),
            fc.integer({ min: 0, max: 3 }),
          ),
          { minLength: 2, maxLength: 40 },
        ),
      ),
    )
  const build = (
    k: number,
    list: ReadonlyArray<readonly [number, readonly number[], number]>,
  ): { y: number[]; p: number[]; w: number[] } => {
    const y: number[] = []
    const p: number[] = []
    const w: number[] = []
    for (const [label, raw, weight] of list) {
      const sum = raw.reduce((a, b) => a + b, 0)
      y.push(label)
      // coarse values: many ties; a zero row becomes uniform
      for (let c = 0; c < k; c++) p.push(sum === 0 ? 1 / k : (raw[c] as number) / sum)
      w.push(weight)
    }
    return { y, p, w }
  }
  const ALL: MulticlassProbabilityMetricName[] = [
    'log-loss',
    'roc-auc-ovr',
    'roc-auc-ovr-weighted',
    'roc-auc-ovo',
    'roc-auc-ovo-weighted',
  ]
  it('integer weights equal repeating the rows, for every probability metric (the bootstrap relies on it)', () => {
    fc.assert(
      fc.property(rows, ([k, list]) => {
        const { y, p, w } = build(k, list)
        const ry: number[] = []
        const rp: number[] = []
        y.forEach((label, i) => {
          for (let r = 0; r < (w[i] as number); r++) {
            ry.push(label)
            rp.push(...p.slice(i * k, (i + 1) * k))
          }
        })
        const weighted = multiclassProbabilityMetrics(prepareMulticlassProbabilities(y, p, k), ALL, w, 'nan')
        if (ry.length === 0) return weighted.every(Number.isNaN)
        const repeated = multiclassProbabilityMetrics(prepareMulticlassProbabilities(ry, rp, k), ALL, undefined, 'nan')
        return weighted.every((v, i) =>
          Number.isNaN(v) ? Number.isNaN(repeated[i]) : Math.abs(v - (repeated[i] as number)) < 1e-12,
        )
      }),
      { numRuns: 200 },
    )
  })
  it('ROC-AUC values lie in [0, 1], and perfect probabilities give 1', () => {
    fc.assert(
      fc.property(rows, ([k, list]) => {
        const { y, p } = build(k, list)
        const values = multiclassProbabilityMetrics(
          prepareMulticlassProbabilities(y, p, k),
          ALL.slice(1),
          undefined,
          'nan',
        )
        const perfect = y.flatMap((label) => Array.from({ length: k }, (_, c) => (c === label ? 1 : 0)))
        const top = multiclassProbabilityMetrics(
          prepareMulticlassProbabilities(y, perfect, k),
          ['roc-auc-ovo'],
          undefined,
          'nan',
        )[0] as number
        return values.every((v) => Number.isNaN(v) || (v >= 0 && v <= 1)) && (Number.isNaN(top) || top === 1)
      }),
      { numRuns: 200 },
    )
  })
})

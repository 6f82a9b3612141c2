// One measured run of modelgate's fairness core over a predictions file, in its own process so that its peak
// memory (maxRSS) is its own. Prints one JSON line. Usage: node --import tsx bench/fairness/ts-worker.ts FILE RESAMPLES
import { performance } from 'node:perf_hooks'
import { analyzeFairness } from '../../src/core/fairness/analyze-fairness.js'
import { resolveFairnessPolicy } from '../../src/core/fairness/resolve-fairness-policy.js'
import { readPredictions } from '../../src/fairness-gate/read-predictions.js'

const [file, resamples] = process.argv.slice(2)
const start = performance.now()
const data = await readPredictions(file!, {
  labelColumn: 'label',
  predictionColumn: 'prediction',
  scoreColumn: undefined,
  threshold: 0.5,
  sensitiveColumns: ['gender', 'region'],
})
const read = performance.now()
const results = analyzeFairness(
  data,
  resolveFairnessPolicy({ intersectional: true, bootstrap_resamples: Math.max(1, Number(resamples)) }, {}),
)
const end = performance.now()
console.log(
  JSON.stringify({
    rows: data.rows,
    readSeconds: (read - start) / 1000,
    computeSeconds: (end - read) / 1000,
    seconds: (end - start) / 1000,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    cpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
    demographicParityDifference: results.map((r) => r.disparities.demographic_parity_difference.value),
  }),
)

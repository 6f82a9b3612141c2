// Benchmark: 1M paired binary predictions, every binary metric for both models plus R paired bootstrap
// resamples (default 1000), against numpy + scikit-learn doing the same on the same data, in one run.
// Usage: npx tsx bench/evaluate/run.ts [rows=1000000] [resamples=1000] [peer-resamples=10]
// The Python peer runs as a child process (/usr/bin/python3, Debian numpy/sklearn); its time and peak RSS are
// its own. Our peak RSS is this process's (process.resourceUsage().maxRSS), data generation included.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { errorMessage } from '../../src/core/error-message.js'
import { compareModels } from '../../src/core/compare/compare-models.js'
import type { DefinedMetricComparison } from '../../src/core/compare/metric-comparison.js'
import { BINARY_METRICS } from '../../src/core/metrics/metric-name.js'
import { seededRandom } from '../../src/core/stats/seeded-random.js'
import { generatePaired } from './generate-csv.js'

export interface BenchResult {
  readonly name: string
  readonly ours: { readonly seconds: number; readonly cpuSeconds?: number; readonly peakRssMiB: number }
  readonly peer?: {
    readonly name: string
    readonly seconds: number
    readonly cpuSeconds?: number
    readonly peakRssMiB: number
  }
  readonly notes?: string
}

type Measured = BenchResult['ours']
type PeerOut = {
  peer: string
  totalSeconds: number
  pointSeconds: number
  perResampleSeconds: number
  resamples: number
  peakRssMiB: number
  cpuSeconds?: number
  rocAucDifference: number
  rocAucInterval: number[]
}

/** The peer's last stdout line, parsed; the peer reads the three arrays from `dir`. */
function runPeer(dir: string, script: string, count: number): PeerOut {
  const here = dirname(fileURLToPath(import.meta.url))
  const stdout = execFileSync('/usr/bin/python3', [join(here, script), dir, String(count)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  })
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as PeerOut
}

/** One result row: the peer's figures, or a note saying why the peer failed. */
function againstPeer(name: string, ours: Measured, peer: () => Omit<BenchResult, 'name' | 'ours'>): BenchResult {
  try {
    return { name, ours, ...peer() }
  } catch (error) {
    return { name, ours, notes: `peer failed: ${errorMessage(error).split('\n')[0] ?? ''}` }
  }
}

/**
 * The peer spends ~5 s per resample on 1M rows (sklearn re-sorts for every weighted roc_auc/average_precision),
 * so it runs `peerResamples` resamples and its 1000-resample time is projected linearly from its measured
 * point time + per-resample time; both numbers are printed.
 */
export function run(rows = 1_000_000, resamples = 1000, peerResamples = 10): BenchResult[] {
  const { y, cand, champ } = generatePaired(rows)
  const dir = mkdtempSync(join(tmpdir(), 'mg-bench-eval-'))
  writeFileSync(join(dir, 'y.f64'), new Uint8Array(y.buffer))
  writeFileSync(join(dir, 'candidate.f64'), new Uint8Array(cand.buffer))
  writeFileSync(join(dir, 'champion.f64'), new Uint8Array(champ.buffer))

  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  const comparisons = compareModels(
    { task: 'binary', yTrue: y, candidateScore: cand, championScore: champ },
    { metrics: BINARY_METRICS, resamples, confidence: 0.95, random: seededRandom(1) },
  )
  const seconds = (performance.now() - t0) / 1000
  const cpu = process.cpuUsage(cpu0)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  const peakRssMiB = process.resourceUsage().maxRSS / 1024
  const auc = comparisons.find((c): c is DefinedMetricComparison => c.metric === 'roc-auc' && c.kind === 'defined')

  const results: BenchResult[] = []
  const name = `evaluate: ${rows} paired rows, 8 binary metrics × 2 models + ${resamples} paired bootstrap resamples`
  const ours = { seconds, cpuSeconds, peakRssMiB }
  const oursNote = `ours roc-auc diff ${auc?.difference.toFixed(6) ?? '?'} [${auc?.lower.toFixed(4) ?? '?'}, ${auc?.upper.toFixed(4) ?? '?'}]`
  try {
    results.push(
      againstPeer(`${name} — vs vectorised numpy`, ours, () => {
        const p = runPeer(dir, 'peer_numpy.py', resamples)
        return {
          peer: {
            name: p.peer,
            seconds: p.totalSeconds,
            ...(p.cpuSeconds === undefined ? {} : { cpuSeconds: p.cpuSeconds }),
            peakRssMiB: p.peakRssMiB,
          },
          notes: `${oursNote}; peer roc-auc diff ${p.rocAucDifference.toFixed(6)} [${p.rocAucInterval.map((v) => v.toFixed(4)).join(', ')}]`,
        }
      }),
    )
    if (peerResamples > 0) {
      const sklearn = (): Omit<BenchResult, 'name' | 'ours'> => {
        const p = runPeer(dir, 'peer_sklearn.py', Math.min(resamples, peerResamples))
        const projected = p.pointSeconds + p.perResampleSeconds * resamples
        return {
          peer: {
            name: `${p.peer} (projected from ${p.resamples} resamples)`,
            seconds: projected,
            peakRssMiB: p.peakRssMiB,
          },
          notes: `peer measured ${p.totalSeconds.toFixed(1)} s for ${p.resamples} resamples (${p.perResampleSeconds.toFixed(2)} s each), roc-auc diff ${p.rocAucDifference.toFixed(6)}`,
        }
      }
      const result = againstPeer(`${name} — vs scikit-learn with sample_weight`, ours, sklearn)
      results.push(result.peer === undefined ? { ...result, name: `${name} — vs scikit-learn` } : result)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return results
}
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = Number(process.argv[2] ?? 1_000_000)
  const resamples = Number(process.argv[3] ?? 1000)
  const peerResamples = Number(process.argv[4] ?? 10)
  for (const r of run(rows, resamples, peerResamples)) {
    console.log(r.name)
    const cpuText = (c: number | undefined): string => (c === undefined ? '' : `, CPU ${c.toFixed(2)} s`)
    console.log(
      `  modelgate (node ${process.version}): ${r.ours.seconds.toFixed(2)} s wall${cpuText(r.ours.cpuSeconds)}, peak RSS ${r.ours.peakRssMiB.toFixed(0)} MiB`,
    )
    if (r.peer !== undefined)
      console.log(
        `  ${r.peer.name}: ${r.peer.seconds.toFixed(2)} s wall${cpuText(r.peer.cpuSeconds)}, peak RSS ${r.peer.peakRssMiB.toFixed(0)} MiB`,
      )
    if (r.notes !== undefined) console.log(`  ${r.notes}`)
  }
}

// Fairness benchmark: 1M rows × 2 sensitive columns (+ their intersection), modelgate vs pandas groupby, in one run.
// Each contender runs in its own process (time and peak RSS are its own). Run: node --import tsx bench/fairness/run.ts [rows]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateFairnessCsv } from './generate-data.js'

export interface BenchResult {
  readonly name: string
  readonly rows: number
  readonly seconds: number
  readonly cpuSeconds: number
  readonly peakMemoryMiB: number
  readonly note?: string
}

const here = fileURLToPath(new URL('.', import.meta.url))

function measure(command: string, args: string[]): Record<string, unknown> {
  const result = spawnSync(command, args, { encoding: 'utf8', shell: false, maxBuffer: 1 << 20, timeout: 600_000 })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`)
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as Record<string, unknown>
}

export async function run(rows = 1_000_000): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-bench-fairness-'))
  try {
    const file = join(dir, 'predictions.csv')
    await generateFairnessCsv(file, rows)
    const worker = join(here, 'ts-worker.ts')
    const node = (resamples: number): Record<string, unknown> =>
      measure(process.execPath, ['--import', 'tsx', worker, file, String(resamples)])
    const ts0 = node(1)
    const ts1000 = node(1000)
    const py = measure('/usr/bin/python3', [join(here, 'peer_pandas.py'), file])
    const same =
      JSON.stringify((ts0['demographicParityDifference'] as number[]).map((v) => v.toFixed(12))) ===
      JSON.stringify((py['demographicParityDifference'] as number[]).map((v) => v.toFixed(12)))
    const row = (name: string, r: Record<string, unknown>, note: string): BenchResult => ({
      name,
      rows: r['rows'] as number,
      seconds: r['seconds'] as number,
      cpuSeconds: r['cpuSeconds'] as number,
      peakMemoryMiB: r['maxRssMiB'] as number,
      note: `${note}; read ${(r['readSeconds'] as number).toFixed(2)} s, compute ${(r['computeSeconds'] as number).toFixed(2)} s`,
    })
    return [
      row('fairness: modelgate (1 bootstrap resample)', ts0, `same disparities as pandas: ${same}`),
      row('fairness: modelgate (1000 bootstrap resamples)', ts1000, '3 groupings, stratified bootstrap'),
      row(`fairness: pandas ${String(py['pandas'])} groupby`, py, 'no bootstrap'),
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = await run(Number(process.argv[2] ?? 1_000_000))
  console.log('| benchmark | rows | seconds | CPU s | peak RSS (MiB) | note |\n|---|---:|---:|---:|---:|---|')
  for (const r of results)
    console.log(
      `| ${r.name} | ${r.rows} | ${r.seconds.toFixed(2)} | ${r.cpuSeconds.toFixed(2)} | ${r.peakMemoryMiB.toFixed(0)} | ${r.note ?? ''} |`,
    )
}

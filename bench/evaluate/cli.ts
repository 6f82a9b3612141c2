// End-to-end benchmark: `modelgate evaluate-vs-champion` (the CLI bundle, dist/cli/index.js) on two prediction
// CSVs against bench/evaluate/peer_numpy.py doing the same work in pandas + numpy, start-up included. Paired
// runs (ours, then the peer, `runs` times), each under `flock /tmp/modelgate-bench.lock` (a shared machine) and
// /usr/bin/time (wall, user + system CPU, peak RSS); prints the medians as a markdown table.
// Usage: npx tsx bench/evaluate/cli.ts [rows=1000000,5000000] [runs=3] [decimals=4]
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateEvaluateCsv } from './generate-csv.js'

interface Timing {
  readonly wall: number
  readonly cpu: number
  readonly rssMiB: number
}

/** evaluate-vs-champion's default resamples (the policy's `resamples`), which the peer matches. */
const RESAMPLES = 1000

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..')

/** Runs `argv` in `cwd` under flock and /usr/bin/time (which writes its figures to a file). */
function measure(argv: readonly string[], cwd: string): Timing {
  const out = join(cwd, 'time.txt')
  execFileSync('flock', ['/tmp/modelgate-bench.lock', '/usr/bin/time', '-o', out, '-f', '%e %U %S %M', ...argv], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const text = execFileSync('cat', [out], { encoding: 'utf8' }).trim().split('\n').pop() ?? ''
  const [wall, user, system, rssKiB] = text.split(' ').map(Number)
  return { wall: wall ?? NaN, cpu: (user ?? NaN) + (system ?? NaN), rssMiB: (rssKiB ?? NaN) / 1024 }
}

const median = (values: readonly number[]): number => {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] as number
}

async function main(): Promise<void> {
  const sizes = (process.argv[2] ?? '1000000,5000000').split(',').map(Number)
  const runs = Number(process.argv[3] ?? 3)
  const decimals = Number(process.argv[4] ?? 4)
  const cli = join(root, 'dist', 'cli', 'index.js')
  const peer = join(here, 'peer_numpy.py')
  console.log(`| rows | modelgate wall | CPU | peak RSS | numpy wall | CPU | peak RSS | wall ratio |`)
  console.log(`|---|---|---|---|---|---|---|---|`)
  for (const rows of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'mg-bench-eval-cli-'))
    try {
      await generateEvaluateCsv(dir, rows, decimals)
      const ours: Timing[] = []
      const theirs: Timing[] = []
      for (let r = 0; r < runs; r++) {
        const files = ['--predictions', 'candidate.csv', '--champion-predictions', 'champion.csv']
        ours.push(measure([process.execPath, cli, 'evaluate-vs-champion', ...files], dir))
        theirs.push(measure(['/usr/bin/python3', peer, 'candidate.csv', 'champion.csv', String(RESAMPLES)], dir))
        console.error(
          `${rows} rows, run ${r + 1}: ours ${JSON.stringify(ours.at(-1))}, peer ${JSON.stringify(theirs.at(-1))}`,
        )
      }
      const pick = (list: readonly Timing[], key: keyof Timing): number => median(list.map((t) => t[key]))
      const row = [
        rows.toLocaleString('en-US'),
        `${pick(ours, 'wall').toFixed(1)} s`,
        `${pick(ours, 'cpu').toFixed(1)} s`,
        `${pick(ours, 'rssMiB').toFixed(0)} MiB`,
        `${pick(theirs, 'wall').toFixed(1)} s`,
        `${pick(theirs, 'cpu').toFixed(1)} s`,
        `${pick(theirs, 'rssMiB').toFixed(0)} MiB`,
        `${(pick(theirs, 'wall') / pick(ours, 'wall')).toFixed(2)}×`,
      ]
      console.log(`| ${row.join(' | ')} |`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

await main()

// End-to-end benchmark of evaluate-vs-champion (not part of npm test): the CLI bundle (dist/cli/index.js) with the
// default policy (the 9 binary metrics, 1,000 paired Poisson(1) resamples, McNemar and DeLong) on two generated
// prediction CSVs, against bench/evaluate/peer_numpy.py doing the same work in pandas + numpy (README.md here).
// Usage: npx tsx bench/evaluate/cli.ts [ROWS…] [--rounds N] [--decimals D] [--write-table] [--label TEXT]
//   ROWS default 1000000 5000000; data cached under bench/data/ (ignored); decimals of the scores default 4 (ties;
//   17 = full precision). Each run is its own process under `flock /tmp/modelgate-bench.lock` and /usr/bin/time -v
//   (wall, user + sys CPU, peak RSS, start-up included; the clock starts once the lock is held), the two take turns
//   (modelgate, numpy, modelgate, …) for --rounds rounds (default 3) and the table shows medians. Do not run this
//   script itself under that flock: it takes the lock per process. The peer's answer (every metric's point values,
//   McNemar's statistic, DeLong's z) is compared with modelgate's metrics file; a disagreement is printed.
//   --rounds 3,1 gives the rounds per size; --numpy-up-to ROWS runs the peer only up to that size (modelgate's
//   memory at a larger size without an hour of numpy). --write-table writes RESULTS.md here.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { benchArguments, measureProcess, medianOf, type ProcessMeasurement } from '../measure-process.js'
import { generateEvaluateCsv } from './generate-csv.js'

type Peer = 'modelgate' | 'numpy'
interface MetricAnswer {
  readonly candidate: number
  readonly champion: number
  readonly lower?: number
  readonly upper?: number
  readonly statistic?: number
}
type Answer = Record<string, MetricAnswer>
interface Run extends ProcessMeasurement {
  readonly peer: Peer
  readonly rows: number
  readonly answer: Answer | undefined
}

/** evaluate-vs-champion's default resamples (the policy's `resamples`), which the peer matches. */
const RESAMPLES = 1000
const LOCK = '/tmp/modelgate-bench.lock'
const BUNDLE = 'dist/cli/index.js'
const RESULTS = 'bench/evaluate/RESULTS.md'
const PEER_NAMES: Record<Peer, string> = { modelgate: 'modelgate CLI bundle', numpy: 'pandas + numpy' }

const argv = process.argv.slice(2)
const { option, flag } = benchArguments(argv)
const roundList = (option('--rounds') ?? '3').split(',').map(Number)
const numpyUpTo = Number(option('--numpy-up-to') ?? Infinity)
const decimals = Number(option('--decimals') ?? 4)
const label = option('--label')
const writeTable = flag('--write-table')
const sizes = argv.length > 0 ? argv.map(Number) : [1_000_000, 5_000_000]
/** Rounds at a size: --rounds N, or one count per size (3,1). */
const roundsOf = (rows: number): number => roundList[Math.min(sizes.indexOf(rows), roundList.length - 1)] ?? 3

/** modelgate's answer, from the metrics file it wrote in `dir` (.modelgate/evaluate-vs-champion.metrics.json). */
function bundleAnswer(dir: string): Answer | undefined {
  const path = join(dir, '.modelgate', 'evaluate-vs-champion.metrics.json')
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as {
      comparisons: {
        metric: string
        candidate: number
        champion: number
        lower: number
        upper: number
        test?: { statistic: number }
      }[]
    }
    rmSync(path, { force: true })
    return Object.fromEntries(
      file.comparisons.map((c) => [
        c.metric,
        {
          candidate: c.candidate,
          champion: c.champion,
          lower: c.lower,
          upper: c.upper,
          ...(c.test === undefined ? {} : { statistic: c.test.statistic }),
        },
      ]),
    )
  } catch {
    return undefined
  }
}

/** The peer's answer, from the JSON line it printed. */
function peerAnswer(stdout: string): Answer | undefined {
  try {
    const out = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as {
      metrics: Record<
        string,
        { candidate: number; champion: number; interval: [number, number]; test?: { statistic: number } }
      >
    }
    return Object.fromEntries(
      Object.entries(out.metrics).map(([metric, m]) => [
        metric,
        {
          candidate: m.candidate,
          champion: m.champion,
          lower: m.interval[0],
          upper: m.interval[1],
          ...(m.test === undefined ? {} : { statistic: m.test.statistic }),
        },
      ]),
    )
  } catch {
    return undefined
  }
}

/**
 * How the peer's answer differs from modelgate's: the metrics, their point values (relative 1e-9) and the tests'
 * statistics (relative 1e-6). The intervals come from different random streams (numpy's generator, modelgate's
 * mulberry32), so they are shown, not compared.
 */
function disagreement(theirs: Answer | undefined, ours: Answer | undefined): string | undefined {
  if (theirs === undefined || ours === undefined) return 'no answer to compare'
  const close = (a: number | undefined, b: number | undefined, tolerance: number): boolean =>
    a === b || (a !== undefined && b !== undefined && Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b)))
  const diffs: string[] = []
  for (const metric of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const a = theirs[metric]
    const b = ours[metric]
    if (a === undefined || b === undefined) diffs.push(`${metric} ${a === undefined ? 'absent' : 'extra'}`)
    else if (!close(a.candidate, b.candidate, 1e-9) || !close(a.champion, b.champion, 1e-9))
      diffs.push(`${metric} ${a.candidate}/${a.champion} ≠ ${b.candidate}/${b.champion}`)
    else if (!close(a.statistic, b.statistic, 1e-6)) diffs.push(`${metric} test ${a.statistic} ≠ ${b.statistic}`)
  }
  return diffs.length === 0 ? undefined : diffs.join('; ')
}

function command(peer: Peer): string[] {
  return peer === 'modelgate'
    ? [
        process.execPath,
        join(process.cwd(), BUNDLE),
        'evaluate-vs-champion',
        '--predictions',
        'candidate.csv',
        '--champion-predictions',
        'champion.csv',
        '--comment',
        'false',
        '--check-run',
        'false',
        '--report-path',
        'report.json',
      ]
    : [
        '/usr/bin/python3',
        join(process.cwd(), 'bench/evaluate/peer_numpy.py'),
        'candidate.csv',
        'champion.csv',
        String(RESAMPLES),
      ]
}

const median = medianOf
const git = (...args: string[]): string => {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim()
  } catch {
    return '?'
  }
}

// ---- set-up and runs -----------------------------------------------------------------------------------------
if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: build it first (node scripts/build.mjs cli)`)
const bundleHash = readFileSync('dist/cli/source-hash.txt', 'utf8').trim()
const { sourceHash } = (await import('../../scripts/source-hash.mjs')) as { sourceHash: () => string }
const bundleFresh = bundleHash === sourceHash()
if (!bundleFresh) process.stderr.write(`warning: ${BUNDLE} was not built from the current src/ (source hash differs)\n`)
const loadStart = loadavg()
const started = new Date()
const runs: Run[] = []
for (const rows of sizes) {
  const tag = rows >= 1e6 && rows % 1e6 === 0 ? `${rows / 1e6}m` : `${rows}`
  const dir = join('bench/data', `evaluate-${tag}-d${decimals}`)
  if (!existsSync(join(dir, 'champion.csv'))) {
    mkdirSync(dir, { recursive: true })
    await generateEvaluateCsv(dir, rows, decimals)
  }
  const peers: Peer[] = rows <= numpyUpTo ? ['modelgate', 'numpy'] : ['modelgate']
  for (let round = 0; round < roundsOf(rows); round++) {
    for (const peer of peers) {
      const measured = measureProcess(command(peer), { lock: LOCK, cwd: dir })
      if (!measured.ok)
        process.stderr.write(`${PEER_NAMES[peer]} (${rows} rows) failed:\n${measured.text.slice(-2000)}\n`)
      const answer = !measured.ok ? undefined : peer === 'modelgate' ? bundleAnswer(dir) : peerAnswer(measured.stdout)
      runs.push({ ...measured, peer, rows, answer })
      process.stderr.write(
        `${peer} ${rows} round ${round + 1}: ${measured.wallS.toFixed(2)} s wall, ${measured.cpuS.toFixed(2)} s CPU, ${measured.rssMiB.toFixed(0)} MiB (load ${loadavg()[0]?.toFixed(2)})\n`,
      )
    }
  }
}
const loadEnd = loadavg()

// ---- the table -----------------------------------------------------------------------------------------------
const f = (x: number, digits = 1): string => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a')
const lines = [
  '| rows | rounds | modelgate wall s | CPU s | peak RSS MB | numpy wall s | CPU s | peak RSS MB | ratio (numpy ÷ modelgate wall) | CPU ratio | target ≥ 3× | met? | answer |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
]
const rssMB = new Map<number, number>()
const notes: string[] = []
for (const rows of sizes) {
  const of = (peer: Peer): Run[] => runs.filter((r) => r.peer === peer && r.rows === rows)
  const stats = (peer: Peer): { wall: number; cpu: number; rss: number; failed: number } => {
    const good = of(peer).filter((r) => r.ok)
    return {
      wall: median(good.map((r) => r.wallS)),
      cpu: median(good.map((r) => r.cpuS)),
      rss: median(good.map((r) => r.rssMiB)) * 1.048576,
      failed: of(peer).length - good.length,
    }
  }
  const ours = stats('modelgate')
  const theirs = stats('numpy')
  rssMB.set(rows, ours.rss)
  const ratio = theirs.wall / ours.wall
  const oursAnswer = of('modelgate').find((r) => r.answer !== undefined)?.answer
  const theirAnswer = of('numpy').find((r) => r.answer !== undefined)?.answer
  const diff = rows > numpyUpTo ? undefined : disagreement(theirAnswer, oursAnswer)
  if (diff !== undefined) process.stderr.write(`DISAGREEMENT at ${rows} rows: ${diff}\n`)
  const failed = ours.failed + theirs.failed > 0 ? ` (${ours.failed + theirs.failed} failed)` : ''
  lines.push(
    `| ${rows.toLocaleString('en-US')} | ${roundsOf(rows)}${failed} | ${f(ours.wall)} | ${f(ours.cpu)} | ${f(ours.rss, 0)} | ${f(theirs.wall)} | ${f(theirs.cpu)} | ${f(theirs.rss, 0)} | ${f(ratio, 2)}× | ${f(theirs.cpu / ours.cpu, 2)}× | ≥ 3× | ${Number.isFinite(ratio) ? (ratio >= 3 ? 'met' : '**not met**') : 'not measured'} | ${rows > numpyUpTo ? 'numpy not run' : diff === undefined ? 'agrees' : `**DISAGREES**: ${diff}`} |`,
  )
  const a = oursAnswer?.['roc-auc']
  const b = theirAnswer?.['roc-auc']
  if (a !== undefined && b !== undefined)
    notes.push(
      `${rows.toLocaleString('en-US')} rows: ROC-AUC difference ${(a.candidate - a.champion).toFixed(5)}, 95% interval modelgate [${a.lower?.toFixed(5)}, ${a.upper?.toFixed(5)}], numpy [${b.lower?.toFixed(5)}, ${b.upper?.toFixed(5)}] (different random streams).`,
    )
}
const memory = ['| memory target (issue 17) | measured | met? |', '|---|---|---|']
for (const [rows, rss] of rssMB)
  memory.push(
    `| peak RSS ≤ 400 MB at ${rows.toLocaleString('en-US')} rows | ${f(rss, 0)} MB | ${rss <= 400 ? 'met' : '**not met**'} |`,
  )
if (sizes.length > 1) {
  const small = rssMB.get(Math.min(...sizes)) ?? Number.NaN
  const large = rssMB.get(Math.max(...sizes)) ?? Number.NaN
  memory.push(
    `| peak RSS ${Math.max(...sizes) / 1e6}M ≤ 1.2× of ${Math.min(...sizes) / 1e6}M | ${f(large / small, 2)}× | ${large / small <= 1.2 ? 'met' : '**not met**'} |`,
  )
}

const commit = git('rev-parse', '--short', 'HEAD')
const dirty = git('status', '--porcelain', '--untracked-files=no', '--', 'src', 'scripts', 'package.json') !== ''
const measured = label ?? `${commit}${dirty ? ' with uncommitted changes to src/' : ''}`
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), shared with other work; load average at start ${loadStart.map((x) => x.toFixed(2)).join(' / ')}, at end ${loadEnd.map((x) => x.toFixed(2)).join(' / ')}`
const pyVersions = (() => {
  try {
    return execFileSync(
      '/usr/bin/python3',
      ['-c', 'import pandas, numpy; print(f"pandas {pandas.__version__}, numpy {numpy.__version__}")'],
      { encoding: 'utf8' },
    ).trim()
  } catch {
    return 'pandas/numpy absent'
  }
})()
const header = [
  `Measured: ${measured} (CLI bundle ${BUNDLE}, ${bundleFresh ? 'built from these sources' : '**not built from these sources**'}); ${started.toISOString().slice(0, 16)}Z, ${sizes.map(roundsOf).join('/')} interleaved rounds${sizes.length > 1 ? ` (at ${sizes.map((r) => r.toLocaleString('en-US')).join('/')} rows)` : ''}, medians${Number.isFinite(numpyUpTo) ? `, numpy only up to ${numpyUpTo.toLocaleString('en-US')} rows` : ''}; ${RESAMPLES} resamples, the default metrics, scores with ${decimals >= 17 ? 'full precision' : `${decimals} decimals`}.`,
  `Machine: ${machine}.`,
  `Versions: Node ${process.version}; ${pyVersions}.`,
]
const output = [...header, '', ...lines, '', ...memory, '', ...notes].join('\n')
console.log(output)
if (writeTable) {
  writeFileSync(
    RESULTS,
    `# evaluate-vs-champion benchmark results

Written by \`npx tsx bench/evaluate/cli.ts --write-table\` (see README.md here for what each peer computes); do not
edit by hand. Ratio > 1 means numpy took longer than modelgate. Peak RSS in MB (10⁶ bytes), start-up included.

<!-- results:start -->
${output}
<!-- results:end -->
`,
  )
  console.log(`\nwrote ${RESULTS}`)
}
process.exitCode = runs.some((r) => !r.ok) ? 1 : 0

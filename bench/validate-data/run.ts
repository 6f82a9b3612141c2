// Benchmark of validate-data against peers that do exactly its work (not part of npm test).
// Usage: npx tsx bench/validate-data/run.ts [ROWS…] [--rounds N] [--formats csv,parquet] [--tasks contract,drift]
//          [--write-table] [--label TEXT]
//   ROWS default 1000000 5000000; data cached under bench/data/ (ignored). --write-table writes RESULTS.md here.
// Two tasks, measured separately: `contract` (the checks of fixtures/contracts/bench-churn.yml on the current file)
// and `drift` (current against reference, no contract). Peers: modelgate (the CLI bundle, dist/cli/index.js),
// pandas + numpy/scipy (peer_pandas.py), DuckDB on 2 threads (peer-duckdb.ts), and the floor (Node reading the
// bytes the task reads). Each run is its own process under /usr/bin/time -v (wall, user + sys CPU, peak RSS,
// start-up included); the peers take turns (ours, pandas, DuckDB, floor, ours, …) for --rounds rounds (default 3)
// and the table shows medians. Every peer's answer (violation counts per check, drifted columns) is compared with
// modelgate's and a disagreement is printed, in the table and on stderr.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { benchArguments, measureProcess, medianOf } from '../measure-process.js'
import { DUCKDB_INSTALL, loadDuckDB } from './duckdb.js'
import { generate } from './generate.js'
import { csvToParquet } from './to-parquet.js'

type Format = 'csv' | 'parquet'
type Task = 'contract' | 'drift'
type Peer = 'modelgate' | 'pandas' | 'duckdb' | 'floor'
interface Answer {
  rows: number
  violations?: Record<string, number>
  drifted?: string
}
interface Run {
  peer: Peer
  task: Task
  format: Format
  rows: number
  wallS: number
  cpuS: number
  rssMiB: number
  ok: boolean
  answer: Answer | undefined
}

const PEER_NAMES: Record<Peer, string> = {
  modelgate: 'modelgate CLI bundle',
  pandas: 'pandas + numpy/scipy',
  duckdb: 'DuckDB (SQL, 2 threads)',
  floor: 'floor (Node reads the bytes)',
}
const PEER_THREADS: Record<Peer, string> = { modelgate: '1 + 2 workers', pandas: '1', duckdb: '2', floor: '1' }
const DUCKDB_THREADS = 2
const CONTRACT = 'fixtures/contracts/bench-churn.yml'
const BUNDLE = 'dist/cli/index.js'
const REPORT = `bench/data/report-${process.pid}.json`
const RESULTS = 'bench/validate-data/RESULTS.md'

const argv = process.argv.slice(2)
const { option, flag } = benchArguments(argv)
const rounds = Number(option('--rounds') ?? 3)
const formats = (option('--formats') ?? 'csv,parquet').split(',') as Format[]
const tasks = (option('--tasks') ?? 'contract,drift').split(',') as Task[]
const label = option('--label')
const writeTable = flag('--write-table')
const sizes = argv.length > 0 ? argv.map(Number) : [1_000_000, 5_000_000]

function timed(
  peer: Peer,
  task: Task,
  format: Format,
  rows: number,
  command: string[],
  answerOf: (stdout: string) => Answer | undefined,
): Run {
  const { ok, wallS, cpuS, rssMiB, stdout, text } = measureProcess(command)
  if (!ok)
    process.stderr.write(`${PEER_NAMES[peer]} (${task}, ${format}, ${rows} rows) failed:\n${text.slice(-2000)}\n`)
  return { peer, task, format, rows, ok, answer: ok ? answerOf(stdout) : undefined, wallS, cpuS, rssMiB }
}

/** The last JSON line a peer printed. */
function lastJson(stdout: string): Answer | undefined {
  const line = stdout.trim().split('\n').at(-1) ?? ''
  try {
    return JSON.parse(line) as Answer
  } catch {
    return undefined
  }
}

/** modelgate's answer, from its JSON report: violation counts per contract check, drifted columns. */
function bundleAnswer(task: Task): (stdout: string) => Answer | undefined {
  return (stdout) => {
    try {
      const report = JSON.parse(readFileSync(REPORT, 'utf8')) as {
        checks: { id: string; observed: unknown; details?: { count?: number } }[]
      }
      rmSync(REPORT, { force: true })
      const rows = Number(report.checks.find((c) => c.id === 'contract.rows')?.observed ?? Number.NaN)
      if (task === 'drift') {
        const drifted = /^\s*drifted-columns: ?(.*)$/m.exec(stdout)?.[1] ?? ''
        return { rows, drifted: drifted.split(',').filter(Boolean).sort().join(',') }
      }
      const violations: Record<string, number> = {}
      for (const c of report.checks) {
        if (!c.id.startsWith('contract.') || c.id === 'contract.rows') continue
        const key = c.id.slice('contract.'.length)
        violations[key] = key.endsWith('.nulls') ? Number(c.details?.count) : Number(c.observed)
      }
      return { rows, violations }
    } catch {
      return undefined
    }
  }
}

const FLOOR = `const fs=require('fs');let n=0;const b=Buffer.alloc(1<<20);for(const f of process.argv.slice(1)){const d=fs.openSync(f,'r');let r;while((r=fs.readSync(d,b,0,b.length))>0)n+=r}console.log(JSON.stringify({rows:n}))`

function command(peer: Peer, task: Task, files: readonly string[]): string[] {
  const [current, reference] = files as [string, string]
  switch (peer) {
    case 'modelgate':
      return [
        process.execPath,
        BUNDLE,
        'validate-data',
        '--data',
        current,
        ...(task === 'contract' ? ['--contract', CONTRACT] : ['--reference', reference]),
        '--fail-on',
        'never',
        '--comment',
        'false',
        '--check-run',
        'false',
        '--report-path',
        REPORT,
      ]
    case 'pandas':
      return ['/usr/bin/python3', 'bench/validate-data/peer_pandas.py', task, ...files]
    case 'duckdb':
      return [
        process.execPath,
        '--import',
        'tsx',
        'bench/validate-data/peer-duckdb.ts',
        task,
        ...files,
        '--threads',
        String(DUCKDB_THREADS),
      ]
    case 'floor':
      return [process.execPath, '-e', FLOOR, ...files]
  }
}

const median = medianOf

/** How a peer's answer compares with modelgate's: 'agrees', or each difference. */
function disagreement(mine: Answer | undefined, ours: Answer | undefined): string | undefined {
  if (mine === undefined || ours === undefined) return 'no answer to compare'
  const diffs: string[] = []
  if (mine.rows !== ours.rows && Number.isFinite(ours.rows)) diffs.push(`rows ${mine.rows} ≠ ${ours.rows}`)
  if (ours.violations !== undefined) {
    const theirs = mine.violations ?? {}
    for (const key of new Set([...Object.keys(ours.violations), ...Object.keys(theirs)])) {
      const a = theirs[key]
      const b = ours.violations[key]
      if (a !== b) diffs.push(`${key} ${a ?? 'absent'} ≠ ${b ?? 'absent'}`)
    }
  }
  if (ours.drifted !== undefined) {
    const a = new Set((mine.drifted ?? '').split(',').filter(Boolean))
    const b = new Set(ours.drifted.split(',').filter(Boolean))
    const extra = [...a].filter((c) => !b.has(c))
    const missing = [...b].filter((c) => !a.has(c))
    if (extra.length > 0) diffs.push(`+${extra.join(',')}`)
    if (missing.length > 0) diffs.push(`−${missing.join(',')}`)
  }
  return diffs.length === 0 ? undefined : diffs.join('; ')
}

const git = (...args: string[]): string => {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim()
  } catch {
    return '?'
  }
}
const version = (cmd: string, args: string[]): string => {
  const out = spawnSync(cmd, args, { encoding: 'utf8' })
  return out.status === 0 ? out.stdout.trim() : 'absent'
}

// ---- set-up -------------------------------------------------------------------------------------------------
if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: build it first (node scripts/build.mjs cli)`)
const bundleHash = readFileSync('dist/cli/source-hash.txt', 'utf8').trim()
const { sourceHash } = (await import('../../scripts/source-hash.mjs')) as { sourceHash: () => string }
const bundleFresh = bundleHash === sourceHash()
if (!bundleFresh) process.stderr.write(`warning: ${BUNDLE} was not built from the current src/ (source hash differs)\n`)
const duckdb = loadDuckDB()
if (duckdb === undefined) console.log(`DuckDB peer and Parquet inputs skipped (${DUCKDB_INSTALL}).`)
const pyarrow = spawnSync('/usr/bin/python3', ['-c', 'import pyarrow'], { shell: false }).status === 0
const loadStart = loadavg()
const started = new Date()

const runs: Run[] = []
const answers = new Map<string, Answer | undefined>()
for (const rows of sizes) {
  const tag = rows >= 1e6 && rows % 1e6 === 0 ? `${rows / 1e6}m` : `${rows}`
  const csv = [`bench/data/churn-${tag}-current.csv`, `bench/data/churn-${tag}-reference.csv`] as const
  const parquet = [`bench/data/churn-${tag}-current.parquet`, `bench/data/churn-${tag}-reference.parquet`] as const
  if (!existsSync(csv[1])) await generate(rows, csv[1], false, 1)
  if (!existsSync(csv[0])) await generate(rows, csv[0], true, 2)
  for (const format of formats) {
    if (format === 'parquet') {
      if (duckdb === undefined) continue
      for (const [i, file] of parquet.entries())
        if (!existsSync(file)) await csvToParquet(duckdb, csv[i] as string, file)
    }
    const pair = format === 'csv' ? csv : parquet
    for (const task of tasks) {
      const files = task === 'contract' ? [pair[0]] : [pair[0], pair[1]]
      const peers: Peer[] = ['modelgate']
      if (format === 'csv' || pyarrow) peers.push('pandas')
      if (duckdb !== undefined) peers.push('duckdb')
      peers.push('floor')
      for (let round = 0; round < rounds; round++) {
        for (const peer of peers) {
          const run = timed(
            peer,
            task,
            format,
            rows,
            command(peer, task, files),
            peer === 'modelgate' ? bundleAnswer(task) : lastJson,
          )
          runs.push(run)
          const key = `${peer} ${task} ${format} ${rows}`
          if (!answers.has(key) || answers.get(key) === undefined) answers.set(key, run.answer)
          process.stderr.write(
            `${key} round ${round + 1}: ${run.wallS.toFixed(2)} s wall, ${run.cpuS.toFixed(2)} s CPU, ${run.rssMiB.toFixed(0)} MiB\n`,
          )
        }
      }
    }
  }
}
const loadEnd = loadavg()

// ---- the tables -----------------------------------------------------------------------------------------------
interface Cell {
  peer: Peer
  task: Task
  format: Format
  rows: number
  runs: number
  failed: number
  wallS: number
  cpuS: number
  rssMiB: number
  agreement: string
}
const cells: Cell[] = []
for (const r of runs) {
  if (cells.some((c) => c.peer === r.peer && c.task === r.task && c.format === r.format && c.rows === r.rows)) continue
  const same = runs.filter((x) => x.peer === r.peer && x.task === r.task && x.format === r.format && x.rows === r.rows)
  const good = same.filter((x) => x.ok)
  const ours = answers.get(`modelgate ${r.task} ${r.format} ${r.rows}`)
  let agreement = '—'
  if (r.peer === 'modelgate')
    agreement =
      ours === undefined
        ? '**no answer**'
        : r.task === 'drift'
          ? `drifted: ${ours.drifted === '' ? 'none' : ours.drifted}`
          : `${Object.values(ours.violations ?? {}).reduce((s, v) => s + v, 0)} violations + nulls over ${Object.keys(ours.violations ?? {}).length} checks`
  else if (r.peer !== 'floor') {
    const diff = disagreement(answers.get(`${r.peer} ${r.task} ${r.format} ${r.rows}`), ours)
    agreement = diff === undefined ? 'agrees' : `**DISAGREES**: ${diff}`
    if (diff !== undefined) process.stderr.write(`DISAGREEMENT ${r.peer} ${r.task} ${r.format} ${r.rows}: ${diff}\n`)
  }
  cells.push({
    peer: r.peer,
    task: r.task,
    format: r.format,
    rows: r.rows,
    runs: same.length,
    failed: same.length - good.length,
    wallS: median(good.map((x) => x.wallS)),
    cpuS: median(good.map((x) => x.cpuS)),
    rssMiB: median(good.map((x) => x.rssMiB)),
    agreement,
  })
}
const cellOf = (peer: Peer, task: Task, format: Format, rows: number): Cell | undefined =>
  cells.find((c) => c.peer === peer && c.task === task && c.format === format && c.rows === rows)
const f2 = (x: number | undefined): string => (x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(2))

const lines: string[] = []
lines.push(
  '| task | rows | format | peer | threads | runs | wall s (median) | CPU s (median) | peak RSS MiB | × modelgate wall | answer vs modelgate |',
)
lines.push('|---|---|---|---|---|---|---|---|---|---|---|')
for (const c of cells) {
  const ours = cellOf('modelgate', c.task, c.format, c.rows)
  lines.push(
    `| ${c.task} | ${c.rows} | ${c.format} | ${PEER_NAMES[c.peer]} | ${PEER_THREADS[c.peer]} | ${c.runs}${c.failed > 0 ? ` (${c.failed} failed)` : ''} | ${f2(c.wallS)} | ${f2(c.cpuS)} | ${c.rssMiB.toFixed(0)} | ${ours === undefined ? 'n/a' : f2(c.wallS / ours.wallS)} | ${c.agreement} |`,
  )
}

// One row per target of issue 17 (those this benchmark measures), met or not.
const targets: string[] = ['| target (issue 17) | rows | measured | met? |', '|---|---|---|---|']
const verdict = (ok: boolean | undefined): string => (ok === undefined ? 'not measured' : ok ? 'met' : '**not met**')
const ratio = (a: Cell | undefined, b: Cell | undefined): number | undefined =>
  a === undefined || b === undefined || !Number.isFinite(a.wallS) || !Number.isFinite(b.wallS)
    ? undefined
    : a.wallS / b.wallS
const cpuRatio = (a: Cell | undefined, b: Cell | undefined): string =>
  a === undefined || b === undefined || !Number.isFinite(a.cpuS) || !Number.isFinite(b.cpuS)
    ? ''
    : ` (CPU ${(a.cpuS / b.cpuS).toFixed(2)}×)`
/** A ratio target: the wall-time ratio decides, the CPU-time ratio is shown beside it. */
const target = (
  name: string,
  rows: number | string,
  value: number | undefined,
  goal: (v: number) => boolean,
  unit = '×',
  note = '',
): void => {
  targets.push(
    `| ${name} | ${rows} | ${value === undefined ? 'n/a' : `${value.toFixed(2)}${unit}${note}`} | ${verdict(value === undefined ? undefined : goal(value))} |`,
  )
}
const pair = (
  name: string,
  rows: number,
  a: Cell | undefined,
  b: Cell | undefined,
  goal: (v: number) => boolean,
): void => target(name, rows, ratio(a, b), goal, '×', cpuRatio(a, b))
for (const rows of sizes) {
  const ours = (task: Task, format: Format = 'csv'): Cell | undefined => cellOf('modelgate', task, format, rows)
  const peerTargets: [string, Peer, Task, number][] = [
    ['contract checks ≥ 3× pandas (CSV, wall)', 'pandas', 'contract', 3],
    ['contract checks ≥ 1.5× DuckDB, 2 threads (CSV, wall)', 'duckdb', 'contract', 1.5],
    ['drift (reference + current) ≥ 3× pandas + scipy (CSV, wall)', 'pandas', 'drift', 3],
  ]
  for (const [name, peer, task, least] of peerTargets)
    pair(name, rows, cellOf(peer, task, 'csv', rows), ours(task), (v) => v >= least)
  for (const task of tasks)
    pair(
      `Parquet ≥ 2× faster than CSV (${task}, modelgate wall CSV ÷ Parquet)`,
      rows,
      ours(task),
      ours(task, 'parquet'),
      (v) => v >= 2,
    )
  pair(
    'CSV contract checks within 5× of the byte-read floor (modelgate ÷ floor)',
    rows,
    ours('contract'),
    cellOf('floor', 'contract', 'csv', rows),
    (v) => v <= 5,
  )
  const rss = cells.filter((c) => c.peer === 'modelgate' && c.rows === rows).map((c) => c.rssMiB)
  target(
    'peak RSS ≤ 400 MB (modelgate, largest of its tasks)',
    rows,
    rss.length > 0 ? Math.max(...rss) * 1.048576 : undefined,
    (v) => v <= 400,
    ' MB',
  )
}
if (sizes.length > 1) {
  const [small, large] = [Math.min(...sizes), Math.max(...sizes)]
  for (const task of tasks)
    for (const format of formats) {
      const a = cellOf('modelgate', task, format, small)
      const b = cellOf('modelgate', task, format, large)
      target(
        `peak RSS ${large / 1e6}M ≤ 1.2× of ${small / 1e6}M (${task}, ${format})`,
        `${large}/${small}`,
        a && b ? b.rssMiB / a.rssMiB : undefined,
        (v) => v <= 1.2,
      )
    }
}
targets.push('| fairness ≥ 3× pandas | | bench/fairness (not this benchmark) | not measured |')
targets.push('| evaluate-vs-champion ≥ 3× numpy bootstrap | | bench/evaluate (not this benchmark) | not measured |')

const commit = git('rev-parse', '--short', 'HEAD')
const dirty = git('status', '--porcelain', '--untracked-files=no', '--', 'src', 'scripts', 'package.json') !== ''
const merging = existsSync(git('rev-parse', '--git-path', 'MERGE_HEAD'))
const merged = merging ? git('rev-parse', '--short', 'MERGE_HEAD') : undefined
const measured =
  label ??
  `${commit}${dirty ? ' with uncommitted changes to src/' : ''}${merged ? ` + merge in progress of ${merged}` : ''}`
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), shared with other work; load average at start ${loadStart.map((x) => x.toFixed(2)).join(' / ')}, at end ${loadEnd.map((x) => x.toFixed(2)).join(' / ')}`
const versions = `Node ${process.version}; ${version('/usr/bin/python3', ['-c', 'import pandas, numpy, scipy; print(f"pandas {pandas.__version__}, numpy {numpy.__version__}, scipy {scipy.__version__}")'])}; DuckDB via @duckdb/node-api ${duckdb === undefined ? 'absent' : '1.5.6-r.1'}`

const header = [
  `Measured: ${measured} (CLI bundle ${BUNDLE}, ${bundleFresh ? 'built from these sources' : '**not built from these sources**'}); ${started.toISOString().slice(0, 16)}Z, ${rounds} interleaved rounds, medians.`,
  `Machine: ${machine}.`,
  `Versions: ${versions}.${pyarrow ? '' : ' pandas has no Parquet rows (no pyarrow/fastparquet in Debian python3 here).'}`,
]
const output = [...header, '', ...lines, '', ...targets].join('\n')
console.log(output)
if (writeTable) {
  const doc = `# validate-data benchmark results

Written by \`npx tsx bench/validate-data/run.ts --write-table\` (see README.md here for what each peer computes);
do not edit by hand. × modelgate wall > 1 means the peer took longer than modelgate.

<!-- results:start -->
${output}
<!-- results:end -->
`
  writeFileSync(RESULTS, doc)
  console.log(`\nwrote ${RESULTS}`)
}
process.exitCode = runs.some((r) => !r.ok) ? 1 : 0

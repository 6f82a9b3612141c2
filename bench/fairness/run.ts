// Benchmark of fairness-gate against a pandas peer that does exactly its work (not part of npm test).
// Usage: flock /tmp/modelgate-bench.lock npx tsx bench/fairness/run.ts [ROWS…] [--rounds N] [--bundle PATH]
//          [--write-table] [--label TEXT]
//   ROWS default 1000000 5000000; data cached under bench/data/ (ignored); --write-table writes RESULTS.md here.
// modelgate is the CLI bundle (dist/cli/index.js, or --bundle), run end to end as a user runs it:
// `modelgate fairness-gate --predictions F --sensitive-columns gender,region --intersectional true` with the default
// policy, writing its JSON report. The peer is peer_pandas.py (what it computes: see its docstring and README.md).
// Each run is its own process under /usr/bin/time -v (bench/measure-process.ts: wall, user + sys CPU, peak RSS,
// start-up included); the two take turns (modelgate, pandas, modelgate, …) for --rounds rounds (default 3) and the
// table shows medians. Every answer (rows, per-group confusion counts, every check's status, observed value and
// interval, the verdict) is compared with modelgate's; a disagreement is printed, in the table and on stderr.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { benchArguments, measureProcess, medianOf, type ProcessMeasurement } from '../measure-process.js'
import { generateFairnessCsv } from './generate-data.js'

const SENSITIVE = ['gender', 'region']
const RESULTS = 'bench/fairness/RESULTS.md'
const REPORT = `bench/data/fairness-report-${process.pid}.json`
const TARGET = 3

const argv = process.argv.slice(2)
const { option, flag } = benchArguments(argv)
const rounds = Number(option('--rounds') ?? 3)
const bundle = option('--bundle') ?? 'dist/cli/index.js'
const label = option('--label')
const writeTable = flag('--write-table')
const sizes = argv.length > 0 ? argv.map(Number) : [1_000_000, 5_000_000]

interface Check {
  status: string
  observed: number | null
  interval?: readonly [number, number] | null
}
interface Answer {
  rows: number
  status: string
  checks: Record<string, Check>
  /** grouping → group key → [n, tp, fp, tn, fn] (pandas) or [n] (the report's group table). */
  groups: Record<string, Record<string, number[]>>
}
interface Run extends ProcessMeasurement {
  answer: Answer | undefined
}

interface ReportCheck {
  id: string
  status: string
  observed: number | null
  details?: { interval?: [number, number] | null }
}
interface ReportTable {
  kind: string
  title: string
  rows: unknown[][]
}

/** The gate's answer from its JSON report: checks, and the group counts of its "Groups by …" tables. */
function reportAnswer(rows: number): Answer {
  const report = JSON.parse(readFileSync(REPORT, 'utf8')) as {
    status: string
    checks: ReportCheck[]
    figures: ReportTable[]
  }
  const checks: Record<string, Check> = {}
  for (const c of report.checks)
    checks[c.id] = { status: c.status, observed: c.observed, interval: c.details?.interval ?? null }
  const groups: Record<string, Record<string, number[]>> = {}
  for (const f of report.figures) {
    if (f.kind !== 'table' || !f.title.startsWith('Groups by ')) continue
    groups[f.title.slice('Groups by '.length)] = Object.fromEntries(f.rows.map((r) => [String(r[0]), [Number(r[1])]]))
  }
  return { rows, status: report.status, checks, groups }
}

function runModelgate(file: string, rows: number): Run {
  rmSync(REPORT, { force: true })
  const m = measureProcess([
    process.execPath,
    bundle,
    'fairness-gate',
    '--predictions',
    file,
    '--sensitive-columns',
    SENSITIVE.join(','),
    '--intersectional',
    'true',
    '--comment',
    'false',
    '--check-run',
    'false',
    '--fail-on',
    'never',
    '--report-path',
    REPORT,
  ])
  const answer = existsSync(REPORT) ? reportAnswer(rows) : undefined
  return { ...m, ok: m.ok && answer !== undefined, answer }
}

function runPandas(file: string): Run {
  const m = measureProcess(['/usr/bin/python3', 'bench/fairness/peer_pandas.py', file, ...SENSITIVE])
  let answer: Answer | undefined
  try {
    answer = JSON.parse(m.stdout.trim().split('\n').pop() ?? '') as Answer
  } catch {
    answer = undefined
  }
  return { ...m, ok: m.ok && answer !== undefined, answer }
}

const close = (a: number | null | undefined, b: number | null | undefined, tol: number): boolean =>
  a === null || a === undefined || b === null || b === undefined ? a == b : Math.abs(a - b) <= tol

/** Where the peer's answer differs from modelgate's (empty: the same answer). */
function disagreements(ours: Answer, peer: Answer): string[] {
  const out: string[] = []
  if (ours.rows !== peer.rows) out.push(`rows ${ours.rows} vs ${peer.rows}`)
  if (ours.status !== peer.status) out.push(`verdict ${ours.status} vs ${peer.status}`)
  for (const id of new Set([...Object.keys(ours.checks), ...Object.keys(peer.checks)])) {
    const a = ours.checks[id],
      b = peer.checks[id]
    if (a === undefined || b === undefined) out.push(`check ${id} only in ${a === undefined ? 'pandas' : 'modelgate'}`)
    else if (a.status !== b.status) out.push(`${id}: ${a.status} vs ${b.status}`)
    else if (!close(a.observed, b.observed, 1e-12)) out.push(`${id}: observed ${a.observed} vs ${b.observed}`)
    else if (
      b.interval != null &&
      (!close(a.interval?.[0], b.interval[0], 1e-9) || !close(a.interval?.[1], b.interval[1], 1e-9))
    )
      out.push(`${id}: interval ${JSON.stringify(a.interval)} vs ${JSON.stringify(b.interval)}`)
  }
  return [...out, ...groupDisagreements(ours, peer)]
}

/** Groups, their order and their row counts (the report's group tables) against the peer's. */
function groupDisagreements(ours: Answer, peer: Answer): string[] {
  const out: string[] = []
  for (const [grouping, groups] of Object.entries(ours.groups)) {
    const theirs = peer.groups[grouping] ?? {}
    const keys = Object.keys(groups)
    if (keys.join('|') !== Object.keys(theirs).join('|')) out.push(`${grouping}: groups or their order differ`)
    for (const key of keys)
      if (groups[key]![0] !== theirs[key]?.[0]) out.push(`${key}: n ${groups[key]![0]} vs ${theirs[key]?.[0]}`)
  }
  return out
}

const fmt = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : '—')

async function main(): Promise<void> {
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: node scripts/build.mjs cli fairness-gate`)
  mkdirSync('bench/data', { recursive: true })
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8' }).trim() !== ''
  const loads: number[] = []
  const lines: string[] = []
  const rssBySize: number[] = []
  for (const rows of sizes) {
    const file = `bench/data/fairness-${rows}.csv`
    if (!existsSync(file)) await generateFairnessCsv(file, rows)
    const ours: Run[] = [],
      peer: Run[] = []
    const n = rows >= 5_000_000 ? Math.max(1, Math.min(rounds, 2)) : rounds
    for (let r = 0; r < n; r++) {
      loads.push(loadavg()[0]!)
      ours.push(runModelgate(file, rows))
      peer.push(runPandas(file))
    }
    const failed = [...ours, ...peer].find((x) => !x.ok)
    if (failed !== undefined) throw new Error(`a run failed:\n${failed.text.slice(-2000)}`)
    const diff = disagreements(ours[0]!.answer!, peer[0]!.answer!)
    for (const d of diff) console.error(`disagreement at ${rows} rows: ${d}`)
    const w = medianOf(ours.map((x) => x.wallS)),
      c = medianOf(ours.map((x) => x.cpuS)),
      m = medianOf(ours.map((x) => x.rssMiB))
    const pw = medianOf(peer.map((x) => x.wallS)),
      pc = medianOf(peer.map((x) => x.cpuS)),
      pm = medianOf(peer.map((x) => x.rssMiB))
    rssBySize.push(m)
    const ratio = pw / w
    const agree = diff.length === 0 ? `same answer (${ours[0]!.answer!.status})` : `${diff.length} disagreements`
    lines.push(
      `| ${rows.toLocaleString('en')} | ${n} | ${fmt(w)} s | ${fmt(c)} s | ${fmt(m, 0)} MiB | ${fmt(pw)} s | ${fmt(pc)} s | ${fmt(pm, 0)} MiB | ${fmt(ratio)}× wall, ${fmt(pc / c)}× CPU | ≥ ${TARGET}× | ${ratio >= TARGET ? 'yes' : 'no'} | ${agree} |`,
    )
  }
  const header = [
    '| rows | rounds | modelgate wall | CPU | peak RSS | pandas wall | CPU | peak RSS | pandas ÷ modelgate | target | met? | answers |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|',
  ]
  const rssLine =
    rssBySize.length >= 2
      ? `Peak RSS: ${fmt(Math.max(...rssBySize), 0)} MiB at most (target ≤ 400 MiB: ${Math.max(...rssBySize) <= 400 ? 'met' : 'not met'}); ` +
        `${fmt(sizes.at(-1)! / 1e6, 0)}M ÷ ${fmt(sizes[0]! / 1e6, 0)}M = ${fmt(rssBySize.at(-1)! / rssBySize[0]!)} (target ≤ 1.2: ${rssBySize.at(-1)! / rssBySize[0]! <= 1.2 ? 'met' : 'not met'}).`
      : ''
  const load = `load average (1 min) ${fmt(Math.min(...loads))}–${fmt(Math.max(...loads))} on ${cpus().length} cores`
  const measured = `commit ${commit}${dirty ? ' (+ uncommitted src changes)' : ''}, bundle ${bundle}${label === undefined ? '' : `, ${label}`}, ${new Date().toISOString().slice(0, 16)}Z, ${load}`
  const table = [...header, ...lines].join('\n')
  console.log(`${table}\n\n${rssLine}\nMeasured: ${measured}`)
  if (writeTable) {
    writeFileSync(
      RESULTS,
      `# fairness-gate benchmark results\n\nWritten by \`bench/fairness/run.ts --write-table\` (see README.md for what each peer computes). ` +
        `Medians of the rounds; wall, CPU (user + sys) and peak RSS per process, start-up included.\n\n${table}\n\n${rssLine}\n\nMeasured: ${measured}.\n`,
    )
  }
  rmSync(REPORT, { force: true })
}

await main()

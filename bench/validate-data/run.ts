// Benchmark of validate-data against peers on identical generated data (not part of npm test).
// Usage: npx tsx bench/validate-data/run.ts [rows…]   (default 1000000 5000000; data cached under bench/data/)
// Same work for every peer: contract checks (fixtures/contracts/bench-churn.yml) + per-column drift vs reference,
// on CSV and on Parquet copies of the same tables. Each peer runs as its own process under /usr/bin/time -v
// (wall, user+sys CPU, peak RSS) and prints one JSON line {"rows", "drifted"}; every peer's result is compared
// with pandas + scipy's on the same rows, and a peer that disagrees is flagged in the table.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DUCKDB_INSTALL, loadDuckDB } from './duckdb.js'
import { generate } from './generate.js'
import { csvToParquet } from './to-parquet.js'

type Format = 'csv' | 'parquet'
interface Result {
  peer: string
  format: Format
  threads: number | string
  rows: number
  bytes: number
  wallS: number
  cpuS: number
  rssMiB: number
  ok: boolean
  /** Parsed from the peer's last JSON line (absent for the floor). */
  answer?: { rows: number; drifted: string } | undefined
}

const DUCKDB_THREADS = 2
const CONTRACT = 'fixtures/contracts/bench-churn.yml'

function timed(
  peer: string,
  format: Format,
  threads: number | string,
  rows: number,
  bytes: number,
  argv: string[],
  answerOf?: (stdout: string) => Result['answer'],
): Result {
  const out = spawnSync('/usr/bin/time', ['-v', ...argv], { encoding: 'utf8', shell: false, maxBuffer: 1 << 26 })
  const text = `${out.stdout}\n${out.stderr}`
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(text)
  const user = /User time \(seconds\): ([\d.]+)/.exec(text)
  const sys = /System time \(seconds\): ([\d.]+)/.exec(text)
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text)
  const ok = out.status === 0
  if (!ok) process.stderr.write(`${peer} (${format}, ${rows} rows) failed:\n${text.slice(-2000)}\n`)
  let answer: Result['answer'] = answerOf?.(out.stdout)
  const line = out.stdout.trim().split('\n').at(-1) ?? ''
  if (answer === undefined && line.startsWith('{')) {
    try {
      // Every peer prints {"rows": N, "drifted": "a,b,c"}; anything else is a peer without an answer.
      const parsed = JSON.parse(line) as { rows?: unknown; drifted?: unknown }
      answer = { rows: Number(parsed.rows), drifted: typeof parsed.drifted === 'string' ? parsed.drifted : '' }
    } catch {
      answer = undefined
    }
  }
  return {
    peer,
    format,
    threads,
    rows,
    bytes,
    ok,
    answer,
    wallS: wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : Number.NaN,
    cpuS: Number(user?.[1] ?? Number.NaN) + Number(sys?.[1] ?? Number.NaN),
    rssMiB: rss ? Number(rss[1]) / 1024 : Number.NaN,
  }
}

const FLOOR_CSV = `const fs=require('fs');let n=0;const b=Buffer.alloc(1<<20);for(const f of process.argv.slice(1)){const d=fs.openSync(f,'r');let r;while((r=fs.readSync(d,b,0,b.length))>0)for(let i=0;i<r;i++)if(b[i]===10)n++}console.log(n)`
const FLOOR_BYTES = `const fs=require('fs');let n=0;const b=Buffer.alloc(1<<20);for(const f of process.argv.slice(1)){const d=fs.openSync(f,'r');let r;while((r=fs.readSync(d,b,0,b.length))>0)n+=r}console.log(n)`
// The CLI bundle is what users run: there validate-data scans the data and the reference in two worker threads
// (scan-workers.ts; ours.ts runs the source through tsx, where the workers are off). It must be fresh to mean much.
const BUNDLE = 'dist/cli/index.js'
const bundle = existsSync(BUNDLE) ? statSync(BUNDLE) : undefined
const REPORT = join(tmpdir(), `modelgate-bench-validate-data-${process.pid}.json`)
function bundleAnswer(stdout: string): Result['answer'] {
  try {
    const report = JSON.parse(readFileSync(REPORT, 'utf8')) as { checks: { id: string; observed: unknown }[] }
    const drifted = /^\s*drifted-columns: ?(.*)$/m.exec(stdout)?.[1] ?? ''
    return {
      rows: Number(report.checks.find((c) => c.id === 'contract.rows')?.observed),
      drifted: drifted.split(',').filter(Boolean).sort().join(','),
    }
  } catch {
    return undefined
  }
}
const pyarrow = spawnSync('/usr/bin/python3', ['-c', 'import pyarrow'], { shell: false }).status === 0
const duckdb = loadDuckDB()
if (duckdb === undefined)
  console.log(`DuckDB peer and Parquet inputs skipped: @duckdb/node-api is not installed (${DUCKDB_INSTALL}).\n`)

const sizes = process.argv.slice(2).map(Number)
const results: Result[] = []
for (const rows of sizes.length > 0 ? sizes : [1_000_000, 5_000_000]) {
  const tag = rows >= 1e6 && rows % 1e6 === 0 ? `${rows / 1e6}m` : `${rows}`
  const files = {
    csv: [`bench/data/churn-${tag}-current.csv`, `bench/data/churn-${tag}-reference.csv`],
    parquet: [`bench/data/churn-${tag}-current.parquet`, `bench/data/churn-${tag}-reference.parquet`],
  }
  const [currentCsv, referenceCsv] = files.csv as [string, string]
  if (!existsSync(referenceCsv)) await generate(rows, referenceCsv, false, 1)
  if (!existsSync(currentCsv)) await generate(rows, currentCsv, true, 2)
  const formats: Format[] = ['csv']
  if (duckdb !== undefined) {
    for (const [i, parquet] of files.parquet.entries())
      if (!existsSync(parquet)) await csvToParquet(duckdb, files.csv[i] as string, parquet)
    formats.push('parquet')
  }
  for (const format of formats) {
    const [current, reference] = files[format] as [string, string]
    const bytes = statSync(current).size + statSync(reference).size
    const floor =
      format === 'csv' ? ['floor (read bytes, count lines)', FLOOR_CSV] : ['floor (read bytes)', FLOOR_BYTES]
    results.push(
      timed(floor[0] as string, format, 1, rows, bytes, [
        process.execPath,
        '-e',
        floor[1] as string,
        current,
        reference,
      ]),
    )
    results.push(
      timed('modelgate validate-data', format, 1, rows, bytes, [
        process.execPath,
        '--import',
        'tsx',
        'bench/validate-data/ours.ts',
        current,
        reference,
        CONTRACT,
      ]),
    )
    if (bundle !== undefined) {
      results.push(
        timed(
          'modelgate CLI bundle',
          format,
          '1 + 2 workers',
          rows,
          bytes,
          [
            process.execPath,
            BUNDLE,
            'validate-data',
            '--data',
            current,
            '--reference',
            reference,
            '--contract',
            CONTRACT,
            '--fail-on',
            'never',
            '--report-path',
            REPORT,
          ],
          bundleAnswer,
        ),
      )
      rmSync(REPORT, { force: true })
    }
    if (format === 'csv' || pyarrow)
      results.push(
        timed('pandas + scipy', format, 1, rows, bytes, [
          '/usr/bin/python3',
          'bench/validate-data/peer_pandas.py',
          current,
          reference,
        ]),
      )
    if (duckdb !== undefined)
      results.push(
        timed('DuckDB (SQL) + JS p-values', format, DUCKDB_THREADS, rows, bytes, [
          process.execPath,
          '--import',
          'tsx',
          'bench/validate-data/peer-duckdb.ts',
          current,
          reference,
          '--threads',
          String(DUCKDB_THREADS),
        ]),
      )
  }
}

const pandasOf = (r: Result): Result | undefined =>
  results.find((p) => p.peer === 'pandas + scipy' && p.rows === r.rows && p.format === r.format && p.ok) ??
  results.find((p) => p.peer === 'pandas + scipy' && p.rows === r.rows && p.format === 'csv' && p.ok)
function agreement(r: Result): string {
  if (r.peer.startsWith('floor')) return '—'
  if (!r.ok || r.answer === undefined) return '**no result**'
  const reference = pandasOf(r)
  if (reference === r) return `reference: ${r.answer.drifted}`
  if (reference?.answer === undefined) return r.answer.drifted
  const mine = new Set(r.answer.drifted.split(',').filter(Boolean))
  const theirs = new Set(reference.answer.drifted.split(',').filter(Boolean))
  const extra = [...mine].filter((c) => !theirs.has(c))
  const missing = [...theirs].filter((c) => !mine.has(c))
  const rowsDiffer = r.answer.rows !== reference.answer.rows ? ` rows ${r.answer.rows} ≠ ${reference.answer.rows}` : ''
  if (extra.length === 0 && missing.length === 0 && rowsDiffer === '') return 'agrees'
  return `**DISAGREES**:${extra.length > 0 ? ` +${extra.join(',')}` : ''}${missing.length > 0 ? ` −${missing.join(',')}` : ''}${rowsDiffer}`
}

console.log(
  '| rows (×2 files) | format | peer | threads | wall s | CPU s | rows/s | MB/s | peak RSS MiB | × pandas | drifted columns vs pandas |',
)
console.log('|---|---|---|---|---|---|---|---|---|---|---|')
for (const r of results) {
  const pandas = pandasOf(r)
  const ratio =
    pandas === undefined || r === pandas
      ? '1.00'
      : (pandas.wallS / r.wallS).toFixed(2) + (pandas.format !== r.format ? ' (vs CSV)' : '')
  console.log(
    `| ${r.rows} | ${r.format} | ${r.peer}${r.ok ? '' : ' (FAILED)'} | ${r.threads} | ${r.wallS.toFixed(2)} | ${r.cpuS.toFixed(2)} | ${Math.round((2 * r.rows) / r.wallS)} | ${(r.bytes / 1e6 / r.wallS).toFixed(1)} | ${r.rssMiB.toFixed(0)} | ${ratio} | ${agreement(r)} |`,
  )
}
console.log(
  "\nrows/s counts both files (2 × rows); MB/s is the two files' bytes over wall time; × pandas is pandas' wall time over the peer's (throughput ratio; Parquet rows compare with pandas on CSV when pandas cannot read Parquet).",
)
console.log(
  `threads: modelgate from source (tsx) and pandas run on one thread; the CLI bundle scans the two files in two worker threads; DuckDB on ${DUCKDB_THREADS}. CPU s = user + sys from /usr/bin/time.`,
)
if (bundle !== undefined)
  console.log(
    `CLI bundle: ${BUNDLE} built ${bundle.mtime.toISOString()}; rebuild it (node scripts/build.mjs cli) to measure the current source.`,
  )
if (!pyarrow)
  console.log(
    "pandas + scipy has no Parquet row: Debian's python3 here has neither pyarrow nor fastparquet (python3-pyarrow is not packaged; PyPI is unreachable).",
  )

for (const [peer, format] of ['modelgate validate-data', 'modelgate CLI bundle'].flatMap((p) =>
  (['csv', 'parquet'] as const).map((f) => [p, f] as const),
)) {
  const mine = results.filter((r) => r.peer === peer && r.ok && r.format === format).sort((a, b) => a.rows - b.rows)
  for (const r of mine) {
    const pandas = pandasOf(r)
    if (pandas !== undefined)
      console.log(
        `${peer} ${format} ${r.rows} rows: throughput ${(pandas.wallS / r.wallS).toFixed(2)}× pandas+scipy${pandas.format !== format ? ' on CSV' : ''} (target ≥ 1, goal 3); by CPU time ${(pandas.cpuS / r.cpuS).toFixed(2)}×`,
      )
  }
  const small = mine[0]
  const large = mine.at(-1)
  if (small !== undefined && large !== undefined && large.rows > small.rows) {
    console.log(
      `${peer} ${format} peak RSS ${large.rows}/${small.rows} rows: ${(large.rssMiB / small.rssMiB).toFixed(2)} (target ≤ 1.2)`,
    )
  }
}

/**
 * Throughput of the dataset readers on a generated 1M-row × 12-column CSV (bench/data/, gitignored).
 *
 *   node --import tsx bench/io/read-csv.bench.ts [rows]       (default 1,000,000 rows)
 *
 * Each measurement runs in its own child process so that its peak RSS is its own:
 * - floor: read the bytes and count newlines (the I/O + scan lower bound);
 * - readDataset: every cell of every row; with a 2-column projection; of the .gz; of the same table as
 *   JSON Lines and as Parquet (12 string columns, row groups of 100k, written by hyparquet-writer);
 * - readDatasetColumns: 2 columns into arrays (the prediction-file path);
 * - pandas.read_csv (Debian /usr/bin/python3), when present, for comparison.
 * Prints rows/s, MB/s and peak RSS. Timing never goes in unit tests.
 */
import { spawnSync } from 'node:child_process'
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createGzip } from 'node:zlib'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'
import { parquetWriteFile } from 'hyparquet-writer'
import { cellToNumber, readDataset, readDatasetColumns } from '../../src/io/dataset/index.js'
import { seededRandom } from '../../src/core/stats/seeded-random.js'

export interface BenchResult {
  readonly name: string
  readonly rows: number
  readonly seconds: number
  /** CPU seconds (user + system, all threads, GC included): steadier than wall time on a shared machine. */
  readonly cpuSeconds: number
  readonly rowsPerSecond: number
  readonly megabytesPerSecond: number
  readonly peakRssMb: number
}

const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url))
const COLUMNS = [
  'id',
  'age',
  'income',
  'score',
  'country',
  'segment',
  'clicks',
  'ratio',
  'active',
  'signup',
  'note',
  'label',
]

function* csvLines(rows: number): Generator<string> {
  // Seeded so that every run reads the same bytes.
  const next = seededRandom(42)
  const countries = ['FR', 'DE', 'US', 'GB', 'JP', 'BR', 'IN', 'ES']
  const segments = ['retail', 'sme', 'enterprise', 'public']
  yield COLUMNS.join(',') + '\n'
  let block = ''
  for (let i = 0; i < rows; i++) {
    const r = next()
    const age = r < 0.02 ? '' : String(18 + Math.floor(next() * 70))
    const income = (20000 + next() * 180000).toFixed(2)
    const score = next().toFixed(6)
    const country = countries[Math.floor(next() * countries.length)]!
    const segment = segments[Math.floor(next() * segments.length)]!
    const clicks = String(Math.floor(-Math.log(1 - next()) * 20))
    const ratio = r > 0.97 ? 'NA' : (next() * 2 - 1).toExponential(3)
    const active = next() < 0.5 ? 'true' : 'false'
    const day = 1 + Math.floor(next() * 28)
    const signup = `2024-0${1 + Math.floor(next() * 9)}-${day < 10 ? '0' : ''}${day}`
    const note = next() < 0.1 ? `"said ""hi"", then left"` : next() < 0.05 ? '"two\nlines"' : 'ok'
    const label = next() < 0.3 ? '1' : '0'
    block += `${i},${age},${income},${score},${country},${segment},${clicks},${ratio},${active},${signup},${note},${label}\n`
    if (block.length > 1 << 16) {
      yield block
      block = ''
    }
  }
  if (block.length > 0) yield block
}

async function ensureData(rows: number): Promise<{ csv: string; gz: string; jsonl: string; parquet: string }> {
  mkdirSync(DATA_DIR, { recursive: true })
  const csv = `${DATA_DIR}bench-${rows}.csv`
  const gz = `${csv}.gz`
  const jsonl = `${DATA_DIR}bench-${rows}.jsonl`
  const parquet = `${DATA_DIR}bench-${rows}.parquet`
  if (!existsSync(csv)) await pipeline(Readable.from(csvLines(rows)), createWriteStream(csv))
  if (!existsSync(gz)) await pipeline(createReadStream(csv), createGzip({ level: 6 }), createWriteStream(gz))
  if (!existsSync(jsonl)) {
    // The same table as JSON Lines, with numeric columns as JSON numbers.
    const numeric = new Set(['id', 'age', 'income', 'score', 'clicks', 'ratio', 'label'])
    async function* lines(): AsyncGenerator<string> {
      for await (const batch of readDataset(csv)) {
        let block = ''
        for (const row of batch.rows) {
          const object: Record<string, unknown> = {}
          batch.columns.forEach((name, j) => {
            const cell = row[j] ?? null
            object[name] = numeric.has(name) ? (cellToNumber(cell) ?? null) : cell
          })
          block += JSON.stringify(object) + '\n'
        }
        yield block
      }
    }
    await pipeline(Readable.from(lines()), createWriteStream(jsonl))
  }
  if (!existsSync(parquet)) {
    const { values } = await readDatasetColumns(csv, COLUMNS)
    parquetWriteFile({
      filename: parquet,
      columnData: COLUMNS.map((name) => ({ name, data: values.get(name)!, type: 'STRING' as const })),
      rowGroupSize: 100_000,
    })
  }
  return { csv, gz, jsonl, parquet }
}

/** One measurement, run inside a child process: returns rows counted. */
async function measure(mode: string, path: string): Promise<number> {
  switch (mode) {
    case 'floor': {
      let newlines = 0
      for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
        let at = chunk.indexOf(10)
        while (at !== -1) {
          newlines++
          at = chunk.indexOf(10, at + 1)
        }
      }
      return newlines - 1
    }
    case 'read-all':
    case 'read-gz':
    case 'read-jsonl':
    case 'read-parquet': {
      let rows = 0
      let cells = 0
      for await (const batch of readDataset(path)) {
        rows += batch.rows.length
        for (const row of batch.rows) for (const cell of row) if (cell !== null) cells++
      }
      return cells > 0 ? rows : 0
    }
    case 'read-2-columns': {
      let rows = 0
      for await (const batch of readDataset(path, { columns: ['score', 'label'] })) rows += batch.rows.length
      return rows
    }
    case 'columns': {
      const { rowCount } = await readDatasetColumns(path, ['score', 'label'])
      return rowCount
    }
    default:
      throw new Error(`unknown mode ${mode}`)
  }
}

function child(mode: string, path: string, bytes: number): BenchResult {
  const self = fileURLToPath(import.meta.url)
  const result = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', mode, path], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`bench child ${mode} failed: ${result.stderr}`)
  const { rows, seconds, cpuSeconds, peakRssMb } = JSON.parse(result.stdout.trim().split('\n').pop()!) as {
    rows: number
    seconds: number
    cpuSeconds: number
    peakRssMb: number
  }
  return {
    name: mode,
    rows,
    seconds,
    cpuSeconds,
    rowsPerSecond: rows / seconds,
    megabytesPerSecond: bytes / 1e6 / seconds,
    peakRssMb,
  }
}

function pandas(path: string, bytes: number): BenchResult | undefined {
  if (!existsSync('/usr/bin/python3')) return undefined
  const script = `
import resource, sys, time
import pandas as pd
t = time.perf_counter()
c = time.process_time()
df = pd.read_csv(sys.argv[1])
n = len(df)
dt = time.perf_counter() - t
dc = time.process_time() - c
hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')]
peak = int(hwm[0].split()[1]) / 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(n, dt, dc, peak, pd.__version__)
`
  const result = spawnSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' })
  if (result.status !== 0) return undefined
  const [rows, seconds, cpuSeconds, peak] = result.stdout.trim().split(/\s+/).map(Number) as [
    number,
    number,
    number,
    number,
  ]
  return {
    name: `pandas ${result.stdout.trim().split(/\s+/)[4]} read_csv`,
    rows,
    seconds,
    cpuSeconds,
    rowsPerSecond: rows / seconds,
    megabytesPerSecond: bytes / 1e6 / seconds,
    peakRssMb: peak,
  }
}

/**
 * Peak RSS of this process in MB. Linux's VmHWM belongs to this program's memory map; `maxRSS` (getrusage)
 * would also count the parent's RSS at fork time.
 */
function peakRssMb(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))
    if (match) return Number(match[1]) / 1024
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024
}

export async function run(rows = 1_000_000): Promise<BenchResult[]> {
  const { csv, gz, jsonl, parquet } = await ensureData(rows)
  const bytes = statSync(csv).size
  // MB/s is always relative to the CSV's size, so that formats compare on the same table.
  const results = [
    child('floor', csv, bytes),
    child('read-all', csv, bytes),
    child('read-2-columns', csv, bytes),
    child('columns', csv, bytes),
    child('read-gz', gz, bytes),
    child('read-jsonl', jsonl, bytes),
    child('read-parquet', parquet, bytes),
  ]
  const reference = pandas(csv, bytes)
  if (reference) results.push(reference)
  return results
}

if (process.argv[2] === '--child') {
  const [mode, path] = [process.argv[3]!, process.argv[4]!]
  const started = performance.now()
  const cpu = process.cpuUsage()
  const rows = await measure(mode, path)
  const seconds = (performance.now() - started) / 1000
  const used = process.cpuUsage(cpu)
  const cpuSeconds = (used.user + used.system) / 1e6
  console.log(JSON.stringify({ rows, seconds, cpuSeconds, peakRssMb: peakRssMb() }))
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = Number(process.argv[2] ?? 1_000_000)
  const results = await run(rows)
  const { csv } = await ensureData(rows)
  console.log(
    `${rows.toLocaleString('en')} rows × ${COLUMNS.length} columns, ${(statSync(csv).size / 1e6).toFixed(1)} MB (${csv})`,
  )
  console.log('name                     rows/s       MB/s  wall s   CPU s  rows/CPU-s  peak RSS MB')
  for (const r of results) {
    console.log(
      `${r.name.padEnd(22)} ${Math.round(r.rowsPerSecond).toLocaleString('en').padStart(10)} ${r.megabytesPerSecond.toFixed(1).padStart(10)} ${r.seconds.toFixed(2).padStart(7)} ${r.cpuSeconds.toFixed(2).padStart(7)} ${Math.round(
        r.rows / r.cpuSeconds,
      )
        .toLocaleString('en')
        .padStart(11)} ${r.peakRssMb.toFixed(0).padStart(12)}`,
    )
  }
}

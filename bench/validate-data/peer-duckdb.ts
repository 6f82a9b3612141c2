// DuckDB peer for bench/validate-data: the same work as peer_pandas.py and modelgate validate-data, in SQL.
// Usage: npx tsx bench/validate-data/peer-duckdb.ts CURRENT REFERENCE [--threads N] [--verbose]
//   (CSV or Parquet by extension). Prints one JSON line {"rows": N, "drifted": "a,b,c"} like the other peers.
//
// Work (mirrors peer_pandas.py, which mirrors fixtures/contracts/bench-churn.yml):
// - load each file once into an in-memory table with typed columns (TRY_CAST from the CSV's text, so that a value
//   of the wrong type is counted, not fatal; a bitmask column keeps which cells failed their type);
// - contract checks on CURRENT: column set, row count, uniqueness of customer_id, ranges, null fractions, allowed
//   values, int/float/bool/timestamp parse failures;
// - drift of CURRENT against REFERENCE, per column: numeric → two-sample KS statistic D (exact, in SQL over the two
//   ECDFs), Wasserstein-1 ÷ reference population std (SQL, same ECDF walk), PSI on 10 reference-quantile bins
//   (SQL); categorical → chi-square test of the 2×k table and Jensen–Shannon distance (base 2) from SQL counts.
//   P-values are computed here in JS from the statistics: KS with the asymptotic Kolmogorov distribution
//   (λ = √(n·m/(n+m))·D; scipy's ks_2samp uses the same asymptotic form for samples over 10,000), chi-square with
//   the regularised upper incomplete gamma function (Yates' correction when dof = 1, as scipy's chi2_contingency).
//   Benjamini–Hochberg over the 11 p-values; a column drifts when its adjusted p < 0.05 or its distance ≥ 0.1
//   (peer_pandas.py's rule).
// DuckDB is not a dependency of the project (see README.md here): it is loaded from
// bench/data/duckdb-node (npm install --prefix bench/data/duckdb-node @duckdb/node-api@1.5.6-r.1) or node_modules.
import { DUCKDB_INSTALL, loadDuckDB, type DuckDBConnection } from './duckdb.js'

// The contract (fixtures/contracts/bench-churn.yml), column by column: SQL type of the loaded column and its checks.
const COLUMNS = [
  'customer_id',
  'age',
  'income',
  'tenure_months',
  'monthly_charges',
  'total_charges',
  'plan',
  'region',
  'contract',
  'support_calls',
  'churned',
  'signup_date',
] as const
const SQL_TYPE: Record<(typeof COLUMNS)[number], string> = {
  customer_id: 'BIGINT',
  age: 'BIGINT',
  income: 'DOUBLE',
  tenure_months: 'DOUBLE',
  monthly_charges: 'DOUBLE',
  total_charges: 'DOUBLE',
  plan: 'VARCHAR',
  region: 'VARCHAR',
  contract: 'VARCHAR',
  support_calls: 'BIGINT',
  churned: 'BOOLEAN',
  signup_date: 'TIMESTAMP',
}
const NUMERIC = ['age', 'income', 'tenure_months', 'monthly_charges', 'total_charges', 'support_calls']
const CATEGORICAL = ['plan', 'region', 'contract', 'churned', 'signup_date']
const quote = (text: string): string => `'${text.replaceAll("'", "''")}'`

function source(path: string): string {
  if (/\.parquet$/i.test(path)) return `read_parquet(${quote(path)})`
  // Every column as text, so that the type checks below see each raw value (an empty field is NULL: missing).
  return `read_csv(${quote(path)}, header = true, all_varchar = true)`
}

/** Typed copy of a file; signup_date is kept as text (categories for drift) and checked as a timestamp. */
async function load(db: DuckDBConnection, table: string, path: string): Promise<void> {
  const typed = COLUMNS.map((c) =>
    c === 'signup_date' ? `CAST(${c} AS VARCHAR) AS ${c}` : `TRY_CAST(${c} AS ${SQL_TYPE[c]}) AS ${c}`,
  )
  const bad = COLUMNS.map(
    (c, bit) => `CASE WHEN ${c} IS NOT NULL AND TRY_CAST(${c} AS ${SQL_TYPE[c]}) IS NULL THEN ${1 << bit} ELSE 0 END`,
  )
  await db.run(
    `CREATE TABLE ${table} AS SELECT ${typed.join(', ')}, (${bad.join(' + ')})::USMALLINT AS bad FROM ${source(path)}`,
  )
}

interface ContractResult {
  rows: number
  violations: Record<string, number>
}

async function checkContract(db: DuckDBConnection, path: string): Promise<ContractResult> {
  const described = (await db.runAndReadAll(`DESCRIBE SELECT * FROM ${source(path)}`))
    .getRowObjectsJS()
    .map((r) => String(r['column_name']))
  const missing = COLUMNS.filter((c) => !described.includes(c)).length
  const extra = described.filter((c) => !(COLUMNS as readonly string[]).includes(c)).length
  const typeFailures = COLUMNS.map((c, bit) => `count(*) FILTER (WHERE bad & ${1 << bit} <> 0) AS "${c}.type"`)
  const [row] = (
    await db.runAndReadAll(`SELECT count(*) AS rows,
      count(customer_id) - count(DISTINCT customer_id) AS "customer_id.unique",
      count(*) FILTER (WHERE customer_id < 1) AS "customer_id.min",
      count(*) FILTER (WHERE age < 18 OR age > 100) AS "age.range",
      count(*) FILTER (WHERE tenure_months < 0) AS "tenure_months.min",
      count(*) FILTER (WHERE monthly_charges < 0 OR monthly_charges > 200) AS "monthly_charges.range",
      count(*) FILTER (WHERE total_charges < 0) AS "total_charges.min",
      count(*) FILTER (WHERE support_calls < 0) AS "support_calls.min",
      count(*) FILTER (WHERE plan NOT IN ('basic', 'pro', 'enterprise')) AS "plan.allowed",
      count(*) FILTER (WHERE region NOT IN ('eu', 'us', 'apac', 'latam')) AS "region.allowed",
      count(*) FILTER (WHERE contract NOT IN ('monthly', 'annual', 'two-year')) AS "contract.allowed",
      count(*) FILTER (WHERE income IS NULL AND bad & ${1 << 2} = 0) / count(*) AS "income.null_fraction",
      count(*) FILTER (WHERE total_charges IS NULL AND bad & ${1 << 5} = 0) / count(*) AS "total_charges.null_fraction",
      count(*) FILTER (WHERE region IS NULL) / count(*) AS "region.null_fraction",
      ${typeFailures.join(',\n      ')}
    FROM cur`)
  ).getRowObjectsJS()
  const figures = row as Record<string, number>
  const rows = Number(figures['rows'])
  const violations: Record<string, number> = {
    'columns.missing': missing,
    'columns.extra': extra,
    'rows.min': rows >= 1 ? 0 : 1,
  }
  const maxNull: Record<string, number> = { income: 0.05, total_charges: 0.02, region: 0.05 }
  for (const [key, value] of Object.entries(figures)) {
    if (key === 'rows') continue
    const [column, check] = key.split('.') as [string, string]
    violations[key] = check === 'null_fraction' ? (Number(value) <= (maxNull[column] as number) ? 0 : 1) : Number(value)
  }
  return { rows, violations }
}

/** Upper tail of the limiting Kolmogorov distribution, P(K > λ), by its two series (each fast on its side). */
export function kolmogorovSurvival(lambda: number): number {
  if (lambda <= 0) return 1
  if (lambda < 1) {
    // P(K ≤ λ) = √(2π)/λ · Σ_{k≥1} exp(−(2k−1)²π²/(8λ²))
    let sum = 0
    for (let k = 1; k <= 20; k++) sum += Math.exp((-((2 * k - 1) ** 2) * Math.PI ** 2) / (8 * lambda * lambda))
    return Math.min(1, Math.max(0, 1 - (Math.sqrt(2 * Math.PI) / lambda) * sum))
  }
  // P(K > λ) = 2 Σ_{k≥1} (−1)^(k−1) exp(−2k²λ²)
  let sum = 0
  for (let k = 1; k <= 100; k++) {
    const term = Math.exp(-2 * k * k * lambda * lambda)
    sum += k % 2 === 1 ? term : -term
    if (term < 1e-17) break
  }
  return Math.min(1, Math.max(0, 2 * sum))
}

function logGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9), |error| < 1e-15 for x > 0.
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ]
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x)
  const z = x - 1
  let a = c[0] as number
  const t = z + 7.5
  for (let i = 1; i < 9; i++) a += (c[i] as number) / (z + i)
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a)
}

/** Regularised upper incomplete gamma Q(a, x): series below a + 1, Lentz continued fraction above. */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1
  const logPrefix = -x + a * Math.log(x) - logGamma(a)
  if (x < a + 1) {
    let term = 1 / a
    let sum = term
    for (let n = 1; n < 10_000; n++) {
      term *= x / (a + n)
      sum += term
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break
    }
    return Math.max(0, 1 - sum * Math.exp(logPrefix))
  }
  const tiny = 1e-300
  let b = x + 1 - a
  let c = 1 / tiny
  let d = 1 / b
  let h = d
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a)
    b += 2
    d = an * d + b
    if (Math.abs(d) < tiny) d = tiny
    c = b + an / c
    if (Math.abs(c) < tiny) c = tiny
    d = 1 / d
    const delta = d * c
    h *= delta
    if (Math.abs(delta - 1) < 1e-16) break
  }
  return Math.exp(logPrefix) * h
}

interface ColumnDrift {
  column: string
  method: string
  pValue: number
  distance: number
  statistic: number
  psi: number
}

async function numericDrift(db: DuckDBConnection): Promise<ColumnDrift[]> {
  const cast = NUMERIC.map((c) => `${c}::DOUBLE AS ${c}`).join(', ')
  const long = (table: string): string =>
    `(UNPIVOT (SELECT ${cast} FROM ${table}) ON ${NUMERIC.join(', ')} INTO NAME col VALUE v)`
  // Reference deciles (numpy's default linear interpolation = quantile_cont) and population std, per column.
  await db.run(`CREATE TEMP TABLE edges AS SELECT col, list_sort(list_distinct(quantile_cont(v, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]))) AS edges,
      stddev_pop(v) AS sd FROM ${long('ref')} GROUP BY col`)
  // Counts of each distinct value on each side: the two ECDFs are running sums over these.
  await db.run(`CREATE TEMP TABLE counts AS SELECT col, v, count(*) FILTER (WHERE side = 0) AS cr, count(*) FILTER (WHERE side = 1) AS cc
      FROM (SELECT col, v, 0 AS side FROM ${long('ref')} UNION ALL SELECT col, v, 1 AS side FROM ${long('cur')}) GROUP BY col, v`)
  const ecdf = (
    await db.runAndReadAll(`WITH n AS (SELECT col, sum(cr) AS nr, sum(cc) AS nc FROM counts GROUP BY col),
      e AS (SELECT counts.col, nr, nc, sum(cr) OVER w / nr - sum(cc) OVER w / nc AS diff, lead(v) OVER w - v AS dv
            FROM counts JOIN n USING (col) WINDOW w AS (PARTITION BY counts.col ORDER BY v))
      SELECT e.col, any_value(nr)::DOUBLE AS nr, any_value(nc)::DOUBLE AS nc, max(abs(diff)) AS ks, sum(abs(diff) * coalesce(dv, 0)) AS w1, any_value(sd) AS sd
      FROM e JOIN edges USING (col) GROUP BY e.col`)
  ).getRowObjectsJS()
  // PSI bins: bin = number of edges ≤ v (numpy searchsorted side='right').
  const bins = (
    await db.runAndReadAll(`SELECT counts.col, len(list_filter(edges, x -> x <= v)) AS bin, sum(cr)::DOUBLE AS cr, sum(cc)::DOUBLE AS cc
      FROM counts JOIN edges USING (col) GROUP BY ALL`)
  ).getRowObjectsJS()
  return ecdf.map((r) => {
    const column = String(r['col'])
    const nr = Number(r['nr'])
    const nc = Number(r['nc'])
    const d = Number(r['ks'])
    const en = (nr * nc) / (nr + nc)
    const sd = Number(r['sd'])
    let psi = 0
    for (const b of bins.filter((x) => x['col'] === column)) {
      const a = Number(b['cr']) / nr || 1e-4
      const c = Number(b['cc']) / nc || 1e-4
      psi += (c - a) * Math.log(c / a)
    }
    return {
      column,
      method: 'ks',
      statistic: d,
      pValue: kolmogorovSurvival(Math.sqrt(en) * d),
      distance: Number(r['w1']) / (sd || 1),
      psi,
    }
  })
}

async function categoricalDrift(db: DuckDBConnection): Promise<ColumnDrift[]> {
  const text = CATEGORICAL.map((c) => `${c}::VARCHAR AS ${c}`).join(', ')
  const long = (table: string, side: number): string =>
    `SELECT col, v, ${side} AS side FROM (UNPIVOT (SELECT ${text} FROM ${table}) ON ${CATEGORICAL.join(', ')} INTO NAME col VALUE v)`
  const counts = (
    await db.runAndReadAll(`SELECT col, v, count(*) FILTER (WHERE side = 0)::DOUBLE AS cr, count(*) FILTER (WHERE side = 1)::DOUBLE AS cc
      FROM (${long('ref', 0)} UNION ALL ${long('cur', 1)}) GROUP BY col, v`)
  ).getRowObjectsJS()
  return CATEGORICAL.map((column) => {
    const cells = counts.filter((r) => r['col'] === column)
    const ref = cells.map((r) => Number(r['cr']))
    const cur = cells.map((r) => Number(r['cc']))
    const nr = ref.reduce((s, x) => s + x, 0)
    const nc = cur.reduce((s, x) => s + x, 0)
    const total = nr + nc
    const dof = cells.length - 1
    let chi2 = 0
    let js = 0
    for (let k = 0; k < cells.length; k++) {
      const colTotal = (ref[k] as number) + (cur[k] as number)
      for (const [observed, rowTotal] of [
        [ref[k] as number, nr],
        [cur[k] as number, nc],
      ] as const) {
        const expected = (rowTotal * colTotal) / total
        let o = observed
        if (dof === 1) o += Math.sign(expected - observed) * Math.min(0.5, Math.abs(expected - observed)) // Yates
        chi2 += (o - expected) ** 2 / expected
      }
      const p = (ref[k] as number) / nr
      const q = (cur[k] as number) / nc
      const m = (p + q) / 2
      if (p > 0) js += (p * Math.log(p / m)) / 2
      if (q > 0) js += (q * Math.log(q / m)) / 2
    }
    const pValue = dof === 0 ? 1 : gammaQ(dof / 2, chi2 / 2)
    return {
      column,
      method: 'chi-square',
      statistic: chi2,
      pValue,
      distance: Math.sqrt(Math.max(0, js) / Math.LN2),
      psi: 0,
    }
  })
}

/** Columns whose Benjamini–Hochberg-adjusted p-value is < alpha or whose distance is ≥ threshold. */
export function driftedColumns(results: readonly ColumnDrift[], alpha = 0.05, threshold = 0.1): string[] {
  const order = [...results].sort((a, b) => a.pValue - b.pValue)
  const m = order.length
  const adjusted = new Array<number>(m)
  let running = Number.POSITIVE_INFINITY
  for (let i = m - 1; i >= 0; i--) {
    running = Math.min(running, ((order[i] as ColumnDrift).pValue * m) / (i + 1))
    adjusted[i] = running
  }
  return order
    .filter((r, i) => (adjusted[i] as number) < alpha || r.distance >= threshold)
    .map((r) => r.column)
    .sort()
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name)
    return i >= 0 ? args.splice(i, 2)[1] : undefined
  }
  const threads = flag('--threads') ?? '2'
  const verbose = args.includes('--verbose')
  const [current, reference] = args.filter((a) => a !== '--verbose') as [string, string]
  if (current === undefined || reference === undefined)
    throw new Error('usage: peer-duckdb.ts CURRENT REFERENCE [--threads N] [--verbose]')
  const api = loadDuckDB()
  if (api === undefined) throw new Error(`@duckdb/node-api is not installed; run: ${DUCKDB_INSTALL}`)
  const instance = await api.DuckDBInstance.create(':memory:', { threads, preserve_insertion_order: 'false' })
  const db = await instance.connect()
  const started = performance.now()
  const phases: string[] = []
  const phase = (name: string): void => {
    phases.push(`${name} ${((performance.now() - started) / 1000).toFixed(2)}s`)
  }
  await load(db, 'cur', current)
  await load(db, 'ref', reference)
  phase('load')
  const contract = await checkContract(db, current)
  phase('contract')
  const numeric = await numericDrift(db)
  phase('numeric drift')
  const drift = [...numeric, ...(await categoricalDrift(db))]
  phase('categorical drift')
  if (verbose) {
    process.stderr.write(`elapsed: ${phases.join(', ')}\n`)
    const version = (await db.runAndReadAll('SELECT version() AS v')).getRowObjectsJS()[0]?.['v']
    process.stderr.write(`duckdb ${String(version)}, threads ${threads}\n${JSON.stringify(contract.violations)}\n`)
    for (const d of drift)
      process.stderr.write(
        `${d.column}\t${d.method}\tstat ${d.statistic.toPrecision(6)}\tp ${d.pValue.toPrecision(6)}\tdistance ${d.distance.toPrecision(6)}\tpsi ${d.psi.toPrecision(6)}\n`,
      )
  }
  console.log(
    JSON.stringify({
      rows: contract.rows,
      drifted: driftedColumns(drift).join(','),
      violations: Object.values(contract.violations).reduce((s, v) => s + v, 0),
    }),
  )
}

await main()

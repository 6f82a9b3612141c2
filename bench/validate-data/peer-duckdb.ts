// DuckDB peer for bench/validate-data: exactly the work of peer_pandas.py (and so of modelgate), in SQL.
// Usage: npx tsx bench/validate-data/peer-duckdb.ts contract CURRENT [--threads N] [--verbose]
//        npx tsx bench/validate-data/peer-duckdb.ts drift CURRENT REFERENCE [--threads N] [--verbose]
// (CSV or Parquet by extension). Prints one JSON line like peer_pandas.py: {"rows", "violations"} or {"rows", "drifted"}.
//
// Reading: CSV as text (all_varchar, modelgate's null values as NULL), so that every check judges the cell's text
// as modelgate does; Parquet with its own column types. Numbers are TRY_CAST(… AS DOUBLE).
// contract (one aggregate query straight over the file): rows, extra columns, per column of
// fixtures/contracts/bench-churn.yml its type (int: finite and whole; float: finite; bool: lower(trim) in
// true/false/1/0/yes/no; timestamp: TRY_CAST AS TIMESTAMPTZ, which accepts a few forms isIsoTimestamp does not),
// nulls, min/max on the typed cells, allowed_values, unique (count − count DISTINCT of the text of typed cells).
// drift (both files loaded once into tables): the kind per column as modelgate infers it without a contract
// (numeric when every present reference value casts to a number and it has more than 20 distinct values);
// numeric → KS D and Wasserstein-1 ÷ reference population std in SQL over the two ECDFs (exact), PSI on 10
// reference-quantile bins (quantile_cont = numpy's linear quantiles); categorical → category counts in SQL, then in
// JS chi-square (Yates when 2×2), total variation and its chance value, PSI; missing/present 2×2 chi-square per
// column with missing cells. P-values in JS: KS by the limiting Kolmogorov distribution at λ = √(nm/(n+m))·D,
// chi-square by the regularised upper incomplete gamma function. Benjamini–Hochberg and modelgate's rule
// (adjusted p < 0.05 and effect ≥ 0.05, or missing adjusted p < 0.05 and shares ≥ 0.02 apart).
// DuckDB is not a dependency of the project (see README.md here): it is loaded from
// bench/data/duckdb-node (npm install --prefix bench/data/duckdb-node @duckdb/node-api@1.5.6-r.1) or node_modules.
import { DUCKDB_INSTALL, loadDuckDB, type DuckDBConnection } from './duckdb.js'

// fixtures/contracts/bench-churn.yml
interface Rule {
  type: 'int' | 'float' | 'category' | 'bool' | 'timestamp'
  unique?: boolean
  min?: number
  max?: number
  allowed?: string[]
}
const CONTRACT: Record<string, Rule> = {
  customer_id: { type: 'int', unique: true, min: 1 },
  age: { type: 'int', min: 18, max: 100 },
  income: { type: 'float' },
  tenure_months: { type: 'float', min: 0 },
  monthly_charges: { type: 'float', min: 0, max: 200 },
  total_charges: { type: 'float', min: 0 },
  plan: { type: 'category', allowed: ['basic', 'pro', 'enterprise'] },
  region: { type: 'category', allowed: ['eu', 'us', 'apac', 'latam'] },
  contract: { type: 'category', allowed: ['monthly', 'annual', 'two-year'] },
  support_calls: { type: 'int', min: 0 },
  churned: { type: 'bool' },
  signup_date: { type: 'timestamp' },
}
const NULL_VALUES = ['', 'NA', 'N/A', 'null', 'NULL', 'NaN', 'nan'] // src/io/dataset/types.ts DEFAULT_NULL_VALUES
const quote = (text: string): string => `'${text.replaceAll("'", "''")}'`
const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`

function source(path: string): string {
  if (/\.parquet$/i.test(path)) return `read_parquet(${quote(path)})`
  return `read_csv(${quote(path)}, header = true, all_varchar = true, nullstr = [${NULL_VALUES.map(quote).join(', ')}])`
}

/** SQL: whether a present cell of the column has the rule's type. */
function typedSql(c: string, rule: Rule): string {
  const n = `TRY_CAST(${c} AS DOUBLE)`
  switch (rule.type) {
    case 'int':
      return `(isfinite(${n}) AND ${n} = floor(${n}))`
    case 'float':
      return `isfinite(${n})`
    case 'bool':
      return `lower(trim(CAST(${c} AS VARCHAR))) IN ('true', 'false', '1', '0', 'yes', 'no')`
    case 'timestamp':
      return `TRY_CAST(trim(CAST(${c} AS VARCHAR)) AS TIMESTAMPTZ) IS NOT NULL`
    case 'category':
      return 'true'
  }
}

async function checkContract(
  db: DuckDBConnection,
  path: string,
): Promise<{ rows: number; violations: Record<string, number> }> {
  const described = (await db.runAndReadAll(`DESCRIBE SELECT * FROM ${source(path)}`))
    .getRowObjectsJS()
    .map((r) => String(r['column_name']))
  const parts = ['count(*) AS "rows"']
  const present = Object.keys(CONTRACT).filter((c) => described.includes(c))
  for (const name of present) {
    const rule = CONTRACT[name] as Rule
    const c = ident(name)
    const typed = typedSql(c, rule)
    const n = `TRY_CAST(${c} AS DOUBLE)`
    parts.push(`count(*) FILTER (WHERE ${c} IS NOT NULL AND NOT (${typed})) AS "${name}.type"`)
    parts.push(`count(*) - count(${c}) AS "${name}.nulls"`)
    if (rule.min !== undefined) parts.push(`count(*) FILTER (WHERE ${typed} AND ${n} < ${rule.min}) AS "${name}.min"`)
    if (rule.max !== undefined) parts.push(`count(*) FILTER (WHERE ${typed} AND ${n} > ${rule.max}) AS "${name}.max"`)
    if (rule.allowed !== undefined)
      parts.push(
        `count(*) FILTER (WHERE ${c} IS NOT NULL AND ${typed} AND CAST(${c} AS VARCHAR) NOT IN (${rule.allowed.map(quote).join(', ')})) AS "${name}.allowed-values"`,
      )
    if (rule.unique === true)
      parts.push(
        `count(${c}) FILTER (WHERE ${typed}) - count(DISTINCT ${c}) FILTER (WHERE ${typed}) AS "${name}.unique"`,
      )
  }
  const [row] = (await db.runAndReadAll(`SELECT ${parts.join(',\n  ')} FROM ${source(path)}`)).getRowObjectsJS()
  const figures = row as Record<string, unknown>
  const violations: Record<string, number> = {
    'columns.extra': described.filter((c) => !(c in CONTRACT)).length,
  }
  for (const name of Object.keys(CONTRACT)) if (!described.includes(name)) violations[`${name}.present`] = 1
  for (const [key, value] of Object.entries(figures)) if (key !== 'rows') violations[key] = Number(value)
  return { rows: Number(figures['rows']), violations }
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

interface Test {
  column: string
  p: number
  effect: number
  minEffect: number
}
interface Row {
  column: string
  method: string
  statistic: number
  pValue: number
  distance: number
  psi: number
}

const shares = (counts: readonly number[]): number[] => {
  const total = counts.reduce((s, x) => s + x, 0)
  return counts.map((c) => (c > 0 ? c / total : 1e-4))
}
function psiOf(a: readonly number[], b: readonly number[]): number {
  const ea = shares(a)
  const eb = shares(b)
  let psi = 0
  for (let i = 0; i < ea.length; i++)
    psi += ((eb[i] as number) - (ea[i] as number)) * Math.log((eb[i] as number) / (ea[i] as number))
  return psi
}

/** Pearson chi-square of a 2×k table (Yates when k = 2, as scipy's chi2_contingency) and its p. */
function chiSquare(a: readonly number[], b: readonly number[]): { statistic: number; pValue: number } {
  const na = a.reduce((s, x) => s + x, 0)
  const nb = b.reduce((s, x) => s + x, 0)
  const total = na + nb
  const dof = a.length - 1
  let chi2 = 0
  for (let k = 0; k < a.length; k++) {
    const col = (a[k] as number) + (b[k] as number)
    for (const [observed, rowTotal] of [
      [a[k] as number, na],
      [b[k] as number, nb],
    ] as const) {
      const expected = (rowTotal * col) / total
      let o = observed
      if (dof === 1) o += Math.sign(expected - observed) * Math.min(0.5, Math.abs(expected - observed))
      chi2 += (o - expected) ** 2 / expected
    }
  }
  return { statistic: chi2, pValue: dof <= 0 ? 1 : gammaQ(dof / 2, chi2 / 2) }
}

/** src/core/drift/chance-total-variation.ts */
function chanceTotalVariation(a: readonly number[], b: readonly number[]): number {
  const n1 = a.reduce((s, x) => s + x, 0)
  const n2 = b.reduce((s, x) => s + x, 0)
  if (n1 === 0 || n2 === 0) return 0
  let sum = 0
  for (let i = 0; i < a.length; i++) {
    const k = (a[i] as number) + (b[i] as number)
    if (k <= 0) continue
    if (k <= 64) {
      let w = 1
      let tw = 0
      let mean = 0
      for (let c = Math.max(0, k - n2); c <= Math.min(k, n1); c++) {
        tw += w
        mean += w * Math.abs(c / n1 - (k - c) / n2)
        w *= ((k - c) * (n1 - c)) / ((c + 1) * (n2 - k + c + 1))
      }
      sum += mean / tw
    } else {
      const n = n1 + n2
      const variance = (k * (n1 / n) * (n2 / n) * (n - k)) / (n - 1)
      sum += Math.sqrt((2 / Math.PI) * variance) * (n / (n1 * n2))
    }
  }
  return sum / 2
}

interface Kind {
  column: string
  numeric: boolean
  refRows: number
  refMissing: number
  curRows: number
  curMissing: number
}

async function kinds(db: DuckDBConnection, columns: readonly string[]): Promise<Kind[]> {
  const stats = (table: string, withKind: boolean): string =>
    columns
      .map((name) => {
        const c = ident(name)
        const base = [`count(*) - count(${c}) AS "${name}.missing"`]
        if (withKind)
          base.push(
            `count(${c}) = count(TRY_CAST(${c} AS DOUBLE)) AND approx_count_distinct(${c}) > 20 AS "${name}.numeric"`,
          )
        return base.join(', ')
      })
      .join(', ') + `, count(*) AS "rows" FROM ${table}`
  const ref = (await db.runAndReadAll(`SELECT ${stats('ref', true)}`)).getRowObjectsJS()[0] as Record<string, unknown>
  const cur = (await db.runAndReadAll(`SELECT ${stats('cur', false)}`)).getRowObjectsJS()[0] as Record<string, unknown>
  return columns.map((column) => ({
    column,
    numeric: ref[`${column}.numeric`] === true,
    refRows: Number(ref['rows']),
    refMissing: Number(ref[`${column}.missing`]),
    curRows: Number(cur['rows']),
    curMissing: Number(cur[`${column}.missing`]),
  }))
}

async function numericDrift(db: DuckDBConnection, numeric: readonly string[]): Promise<{ rows: Row[]; tests: Test[] }> {
  if (numeric.length === 0) return { rows: [], tests: [] }
  const cast = numeric.map((c) => `TRY_CAST(${ident(c)} AS DOUBLE) AS ${ident(c)}`).join(', ')
  const long = (table: string): string =>
    `(UNPIVOT (SELECT ${cast} FROM ${table}) ON ${numeric.map(ident).join(', ')} INTO NAME col VALUE v)`
  await db.run(`CREATE TEMP TABLE edges AS SELECT col, list_sort(list_distinct(quantile_cont(v, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]))) AS edges,
      stddev_pop(v) AS sd FROM ${long('ref')} GROUP BY col`)
  await db.run(`CREATE TEMP TABLE counts AS SELECT col, v, count(*) FILTER (WHERE side = 0) AS cr, count(*) FILTER (WHERE side = 1) AS cc
      FROM (SELECT col, v, 0 AS side FROM ${long('ref')} UNION ALL SELECT col, v, 1 AS side FROM ${long('cur')}) GROUP BY col, v`)
  const ecdf = (
    await db.runAndReadAll(`WITH n AS (SELECT col, sum(cr) AS nr, sum(cc) AS nc FROM counts GROUP BY col),
      e AS (SELECT counts.col, nr, nc, sum(cr) OVER w / nr - sum(cc) OVER w / nc AS diff, lead(v) OVER w - v AS dv
            FROM counts JOIN n USING (col) WINDOW w AS (PARTITION BY counts.col ORDER BY v))
      SELECT e.col, any_value(nr)::DOUBLE AS nr, any_value(nc)::DOUBLE AS nc, max(abs(diff)) AS ks, sum(abs(diff) * coalesce(dv, 0)) AS w1, any_value(sd) AS sd
      FROM e JOIN edges USING (col) GROUP BY e.col`)
  ).getRowObjectsJS()
  const bins = (
    await db.runAndReadAll(`SELECT counts.col, len(list_filter(edges, x -> x <= v)) AS bin, sum(cr)::DOUBLE AS cr, sum(cc)::DOUBLE AS cc
      FROM counts JOIN edges USING (col) GROUP BY ALL ORDER BY bin`)
  ).getRowObjectsJS()
  const rows: Row[] = []
  const tests: Test[] = []
  for (const r of ecdf) {
    const column = String(r['col'])
    const nr = Number(r['nr'])
    const nc = Number(r['nc'])
    const d = Number(r['ks'])
    const mine = bins.filter((x) => x['col'] === column)
    const pValue = kolmogorovSurvival(Math.sqrt((nr * nc) / (nr + nc)) * d)
    const psi = psiOf(
      mine.map((b) => Number(b['cr'])),
      mine.map((b) => Number(b['cc'])),
    )
    rows.push({ column, method: 'ks', statistic: d, pValue, distance: Number(r['w1']) / (Number(r['sd']) || 1), psi })
    tests.push({ column, p: pValue, effect: d, minEffect: 0.05 })
  }
  return { rows, tests }
}

async function categoricalDrift(
  db: DuckDBConnection,
  categorical: readonly string[],
): Promise<{ rows: Row[]; tests: Test[] }> {
  if (categorical.length === 0) return { rows: [], tests: [] }
  const text = categorical.map((c) => `CAST(${ident(c)} AS VARCHAR) AS ${ident(c)}`).join(', ')
  const long = (table: string, side: number): string =>
    `SELECT col, v, ${side} AS side FROM (UNPIVOT (SELECT ${text} FROM ${table}) ON ${categorical.map(ident).join(', ')} INTO NAME col VALUE v)`
  const counts = (
    await db.runAndReadAll(`SELECT col, v, count(*) FILTER (WHERE side = 0)::DOUBLE AS cr, count(*) FILTER (WHERE side = 1)::DOUBLE AS cc
      FROM (${long('ref', 0)} UNION ALL ${long('cur', 1)}) GROUP BY col, v`)
  ).getRowObjectsJS()
  const rows: Row[] = []
  const tests: Test[] = []
  for (const column of categorical) {
    const cells = counts.filter((r) => r['col'] === column)
    const a = cells.map((r) => Number(r['cr']))
    const b = cells.map((r) => Number(r['cc']))
    const { statistic, pValue } = chiSquare(a, b)
    const na = a.reduce((s, x) => s + x, 0)
    const nb = b.reduce((s, x) => s + x, 0)
    let tvd = 0
    for (let k = 0; k < a.length; k++) tvd += Math.abs((a[k] as number) / na - (b[k] as number) / nb) / 2
    rows.push({ column, method: 'chi-square', statistic, pValue, distance: tvd, psi: psiOf(a, b) })
    tests.push({ column, p: pValue, effect: Math.max(0, tvd - chanceTotalVariation(a, b)), minEffect: 0.05 })
  }
  return { rows, tests }
}

/** Columns with a test whose Benjamini–Hochberg-adjusted p is < 0.05 and whose effect reaches its minimum. */
export function driftedColumns(tests: readonly Test[], alpha = 0.05): string[] {
  const order = tests.map((t, i) => ({ t, i })).sort((x, y) => x.t.p - y.t.p)
  const m = order.length
  let running = Number.POSITIVE_INFINITY
  const drifted = new Set<string>()
  for (let k = m - 1; k >= 0; k--) {
    const { t } = order[k] as { t: Test }
    running = Math.min(running, (t.p * m) / (k + 1))
    if (running < alpha && t.effect >= t.minEffect) drifted.add(t.column)
  }
  return [...drifted].sort()
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name)
    return i >= 0 ? args.splice(i, 2)[1] : undefined
  }
  const threads = flag('--threads') ?? '2'
  const verbose = args.includes('--verbose')
  const [mode, current, reference] = args.filter((a) => a !== '--verbose')
  if (current === undefined || (mode !== 'contract' && (mode !== 'drift' || reference === undefined)))
    throw new Error('usage: peer-duckdb.ts contract CURRENT | drift CURRENT REFERENCE [--threads N] [--verbose]')
  const api = loadDuckDB()
  if (api === undefined) throw new Error(`@duckdb/node-api is not installed; run: ${DUCKDB_INSTALL}`)
  const instance = await api.DuckDBInstance.create(':memory:', { threads, preserve_insertion_order: 'false' })
  const db = await instance.connect()
  if (mode === 'contract') {
    const { rows, violations } = await checkContract(db, current)
    if (verbose) process.stderr.write(`${JSON.stringify(violations)}\n`)
    console.log(JSON.stringify({ rows, violations }))
    return
  }
  await db.run(`CREATE TABLE cur AS SELECT * FROM ${source(current)}`)
  await db.run(`CREATE TABLE ref AS SELECT * FROM ${source(reference as string)}`)
  const columns = (await db.runAndReadAll('DESCRIBE ref')).getRowObjectsJS().map((r) => String(r['column_name']))
  const kind = await kinds(db, columns)
  const numeric = await numericDrift(
    db,
    kind.filter((k) => k.numeric).map((k) => k.column),
  )
  const categorical = await categoricalDrift(
    db,
    kind.filter((k) => !k.numeric).map((k) => k.column),
  )
  const missing: Test[] = kind
    .filter((k) => k.refMissing + k.curMissing > 0)
    .map((k) => ({
      column: k.column,
      p: chiSquare([k.refMissing, k.refRows - k.refMissing], [k.curMissing, k.curRows - k.curMissing]).pValue,
      effect: Math.abs(k.curMissing / k.curRows - k.refMissing / k.refRows),
      minEffect: 0.02,
    }))
  if (verbose)
    for (const r of [...numeric.rows, ...categorical.rows])
      process.stderr.write(
        `${r.column}\t${r.method}\tstat ${r.statistic.toPrecision(6)}\tp ${r.pValue.toPrecision(6)}\tdistance ${r.distance.toPrecision(6)}\tpsi ${r.psi.toPrecision(6)}\n`,
      )
  const drifted = driftedColumns([...numeric.tests, ...categorical.tests, ...missing])
  console.log(JSON.stringify({ rows: kind[0]?.curRows ?? 0, drifted: drifted.join(',') }))
}

await main()

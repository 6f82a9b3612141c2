// Parquet copy of a generated churn CSV, with typed columns, through DuckDB's COPY (row groups of 100,000 rows,
// Snappy pages, DuckDB's defaults otherwise). Used by run.ts; needs the optional DuckDB install (see README.md).
// The current CSV breaks the contract on purpose (generate.ts INJECTED: 2.5 calls, 'maybe', 2024-02-30), so the
// columns that carry those cells keep a type that can hold them: support_calls DOUBLE, churned and signup_date
// VARCHAR; the contract checks then find the same violations in both formats.
import { renameSync } from 'node:fs'
import type { DuckDBApi } from './duckdb.js'

/** Parquet types of the churn table: ints, doubles and strings. */
export const PARQUET_TYPES: Record<string, string> = {
  customer_id: 'BIGINT',
  age: 'INTEGER',
  income: 'DOUBLE',
  tenure_months: 'DOUBLE',
  monthly_charges: 'DOUBLE',
  total_charges: 'DOUBLE',
  plan: 'VARCHAR',
  region: 'VARCHAR',
  contract: 'VARCHAR',
  support_calls: 'DOUBLE',
  churned: 'VARCHAR',
  signup_date: 'VARCHAR',
}

export const PARQUET_ROW_GROUP_SIZE = 100_000

export async function csvToParquet(api: DuckDBApi, csv: string, parquet: string): Promise<void> {
  const quote = (text: string): string => `'${text.replaceAll("'", "''")}'`
  const columns = Object.entries(PARQUET_TYPES)
    .map(([name, type]) => `'${name}': '${type}'`)
    .join(', ')
  const instance = await api.DuckDBInstance.create(':memory:', { threads: '2' })
  const db = await instance.connect()
  const partial = `${parquet}.partial`
  await db.run(`COPY (SELECT * FROM read_csv(${quote(csv)}, header = true, columns = {${columns}}, nullstr = ['', 'NA', 'N/A', 'null', 'NULL', 'NaN', 'nan'])) TO ${quote(partial)}
    (FORMAT PARQUET, ROW_GROUP_SIZE ${PARQUET_ROW_GROUP_SIZE}, COMPRESSION SNAPPY)`)
  renameSync(partial, parquet)
}

// Parquet copy of a generated churn CSV, with typed columns, through DuckDB's COPY (row groups of 100,000 rows,
// Snappy pages, DuckDB's defaults otherwise). Used by run.ts; needs the optional DuckDB install (see README.md).
import { renameSync } from 'node:fs'
import type { DuckDBApi } from './duckdb.js'

/** Parquet types of the churn table: ints, doubles, strings, a boolean and a DATE (read back as ISO-8601 text). */
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
  support_calls: 'INTEGER',
  churned: 'BOOLEAN',
  signup_date: 'DATE',
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
  await db.run(`COPY (SELECT * FROM read_csv(${quote(csv)}, header = true, columns = {${columns}})) TO ${quote(partial)}
    (FORMAT PARQUET, ROW_GROUP_SIZE ${PARQUET_ROW_GROUP_SIZE}, COMPRESSION SNAPPY)`)
  renameSync(partial, parquet)
}

/**
 * Writes fixtures/datasets/parquet-duckdb/<name>.parquet: one small table written by DuckDB (the writer the benchmark
 * uses) with each codec, plus one in Parquet format version 2 (data pages v2, delta and byte-stream-split
 * encodings). Optional columns with nulls, dictionary-encoded numbers and text, a high-cardinality text column, and
 * types the flat-column decoder leaves to hyparquet (dates, a BIGINT past 2^53). Committed, so that tests need no
 * DuckDB; run again with `npx tsx test/unit/io/dataset/generate-parquet-duckdb.ts` (needs the optional DuckDB
 * install of bench/validate-data/README.md).
 */
import { mkdirSync, renameSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { loadDuckDB } from '../../../../bench/validate-data/duckdb.js'

const dir = fileURLToPath(new URL('../../../../fixtures/datasets/parquet-duckdb/', import.meta.url))

/** File name → COPY options. */
export const DUCKDB_FIXTURES: Record<string, string> = {
  snappy: 'COMPRESSION snappy',
  gzip: 'COMPRESSION gzip',
  zstd: 'COMPRESSION zstd',
  lz4: 'COMPRESSION lz4_raw',
  brotli: 'COMPRESSION brotli',
  uncompressed: 'COMPRESSION uncompressed',
  'v2-zstd': 'COMPRESSION zstd, PARQUET_VERSION V2',
}

const TABLE = `SELECT
  i::BIGINT AS id,
  CASE WHEN i % 7 = 3 THEN NULL ELSE (i * 31 % 90)::INTEGER END AS small,
  CASE WHEN i % 5 = 1 THEN NULL ELSE ((i * 2654435761) % 100003) / 97.0 END::DOUBLE AS x,
  CASE WHEN i % 9 = 2 THEN NULL ELSE ['basic', 'pro', '', 'é-enterprise', '12', 'true'][1 + i * 13 % 6] END AS cat,
  'v' || (i * 7919 % 100000)::VARCHAR AS hi,
  CASE WHEN i % 11 = 0 THEN NULL ELSE i % 3 = 0 END AS flag,
  ((i % 50) / 8.0)::FLOAT AS f,
  CASE WHEN i % 13 = 0 THEN NULL ELSE DATE '2024-01-01' + (i % 40)::INTEGER END AS d,
  ((i % 1000) / 100.0)::DECIMAL(9, 2) AS dec9,
  CASE WHEN i % 4 = 0 THEN NULL ELSE ((i * 17 % 100000) / 1000.0)::DECIMAL(18, 3) END AS dec18,
  (4294967295 - i % 10)::UINTEGER AS u,
  CASE WHEN i >= 2100 AND i % 100 = 0 THEN 9007199254740993 ELSE i * 1000 END::BIGINT AS big,
  (i % 100 - 50)::TINYINT AS tiny
FROM range(2500) t(i)`

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const api = loadDuckDB()
  if (api === undefined) throw new Error('DuckDB is not installed (see bench/validate-data/README.md)')
  mkdirSync(dir, { recursive: true })
  const db = await (await api.DuckDBInstance.create(':memory:', { threads: '1' })).connect()
  for (const [name, options] of Object.entries(DUCKDB_FIXTURES)) {
    const path = `${dir}${name}.parquet`
    await db.run(`COPY (${TABLE}) TO '${path}.partial' (FORMAT PARQUET, ROW_GROUP_SIZE 2048, ${options})`)
    renameSync(`${path}.partial`, path)
  }
}

// Loads the optional @duckdb/node-api (DuckDB peer and Parquet generation of bench/validate-data).
// It is not a project dependency: see bench/validate-data/README.md for why and how to install it.
import { createRequire } from 'node:module'
import { resolve } from 'node:path'

/** The part of @duckdb/node-api used here (the package is optional, so its types are not imported). */
export interface DuckDBRows {
  getRowObjectsJS(): Record<string, unknown>[]
}
export interface DuckDBConnection {
  run(sql: string): Promise<unknown>
  runAndReadAll(sql: string): Promise<DuckDBRows>
}
export interface DuckDBInstance {
  connect(): Promise<DuckDBConnection>
}
export interface DuckDBApi {
  DuckDBInstance: { create(path: string, options: Record<string, string>): Promise<DuckDBInstance> }
}

/** Loads @duckdb/node-api from bench/data/duckdb-node, else from the project's node_modules; undefined if absent. */
export function loadDuckDB(): DuckDBApi | undefined {
  for (const base of [resolve('bench/data/duckdb-node/package.json'), resolve('package.json')]) {
    try {
      return createRequire(base)('@duckdb/node-api') as DuckDBApi
    } catch {
      // try the next place
    }
  }
  return undefined
}

export const DUCKDB_INSTALL = 'npm install --prefix bench/data/duckdb-node @duckdb/node-api@1.5.6-r.1'

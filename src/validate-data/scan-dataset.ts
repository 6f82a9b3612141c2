import { datasetHeader, readDataset } from '../io/dataset/index.js'
import type { Contract } from '../core/contract/contract.js'
import { createContractChecker } from '../core/contract/create-contract-checker.js'
import type { Check } from '../core/gate/check.js'
import { createColumnProfile, profileAdd, type ColumnProfile } from '../core/profile/column-profile.js'

export interface DatasetScan {
  readonly header: string[]
  readonly profiles: ColumnProfile[]
  readonly contractChecks: Check[] | undefined
}

/** Reads a dataset once, streaming: column profiles for every column and, when given, the contract checks. */
export async function scanDataset(path: string, contract: Contract | undefined, options: { maxExamples: number; signal: AbortSignal }): Promise<DatasetScan> {
  const header = await datasetHeader(path)
  const profiles = new Map<string, ColumnProfile>(header.map((name) => [name, createColumnProfile(name)]))
  const checker = contract === undefined ? undefined : createContractChecker(contract, header, path, { maxExamples: options.maxExamples })
  for await (const batch of readDataset(path, { signal: options.signal, columns: header })) {
    const columns = batch.columns.map((name) => profiles.get(name) as ColumnProfile)
    for (const row of batch.rows) {
      for (let j = 0; j < columns.length; j++) profileAdd(columns[j] as ColumnProfile, row[j] ?? null)
    }
    checker?.observe(batch.rows, batch.lines)
  }
  return { header, profiles: [...profiles.values()], contractChecks: checker?.finish() }
}

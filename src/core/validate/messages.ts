// Recurring messages of the validate-data gate (src/core/validate, src/validate-data); tests compare against these.
export const validateMessages = {
  passedTitle: (checks: number): string => `Data passed ${checks} check(s)`,
  failedTitle: (failed: number, checks: number): string => `${failed} of ${checks} data check(s) failed`,
  shardsWithoutContract: (sources: readonly string[]): string =>
    `${sources.length} shard profile(s) were written without the contract (${sources.slice(0, 5).join(', ')}${sources.length > 5 ? ', …' : ''}), so merge cannot check it: run mode profile with the same contract on every shard`,
  shardRows: (rows: number, min: number): string =>
    `${rows} row(s) in this shard; the contract's minimum of ${min} is judged over all shards when they are merged`,
  shardMostly: (message: string): string =>
    `${message} in this shard; mostly is judged over all shards when they are merged`,
  inferredTitle: (source: string): string => `Inferred a data contract from ${source}`,
  inferred: (columns: number, source: string, output: string): string =>
    `inferred a contract of ${columns} column(s) from ${source} into ${output}`,
  inferredHeader: (source: string): string =>
    `# Inferred by modelgate validate-data from ${source}; review before committing.\n`,
  merged: (shards: number, rows: number): string => `merged ${shards} profile(s): ${rows} rows`,
  profiled: (columns: number, source: string, output: string): string =>
    `profiled ${columns} column(s) of ${source} into ${output}`,
  nothingChecked: (): string => 'nothing was checked: give a `contract`, a `reference`, or both',
} as const

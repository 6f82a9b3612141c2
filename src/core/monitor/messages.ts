import type { Wording } from '../errors.js'

// Recurring messages of monitoring against a registry champion (validate-data's reference-registry, data globs,
// the history file); tests compare against these functions.
export const monitorMessages = {
  globMatchedNothing: (pattern: string, cwd: string): string =>
    `data pattern "${pattern}" matched no data file (CSV/TSV, JSON Lines, Parquet) under ${cwd}`,
  directoryHoldsNoData: (dir: string): string =>
    `data directory "${dir}" holds no data file (CSV/TSV, JSON Lines, Parquet) directly in it`,
  globHint: (): string =>
    'check the pattern and the working directory (e.g. production/2026-11-*.jsonl), and that the artifact was downloaded first',
  columnsDiffer: (file: string, first: string, missing: readonly string[], extra: readonly string[]): string =>
    `${file} does not have the columns of ${first}, so the files are not one dataset: ${[
      missing.length > 0 ? `missing ${missing.slice(0, 10).join(', ')}` : '',
      extra.length > 0 ? `extra ${extra.slice(0, 10).join(', ')}` : '',
    ]
      .filter((part) => part !== '')
      .join('; ')}`,
  columnsDifferHint: (): string =>
    'give files of one schema (narrow the pattern, or move the odd file out of the folder)',
  referenceConflict:
    (reference = 'reference', registry = 'reference-registry'): Wording =>
    (w) =>
      `${w.inputs([reference, registry])} are both set; drift has one reference`,
  referenceConflictHint:
    (reference = 'reference', registry = 'reference-registry', model = 'reference-model'): Wording =>
    (w) =>
      `keep ${w.name(registry)} (with ${w.name(model)}) to compare with the champion, or ${w.name(reference)} for a reference file`,
  referenceNeedsModel:
    (registry = 'reference-registry', model = 'reference-model'): Wording =>
    (w) =>
      `${w.input(registry)} is set but ${w.input(model)} is empty`,
  referenceNeedsModelHint:
    (model = 'reference-model'): Wording =>
    (w) =>
      `set ${w.name(model)} to the model name register-model registered`,
  aliasNotSet: (model: string, alias: string, registry: string): string =>
    `${model} has no version behind alias "${alias}" in ${registry}, so there is no champion to monitor against`,
  aliasNotSetHint: (): string =>
    'promote a version first (register-model mode promote), or set reference-alias to an alias that is set',
  noStoredReference: (model: string, version: number, alias: string): string =>
    `${model} version ${version} (alias ${alias}) has no stored reference profile`,
  noStoredReferenceHint: (): string =>
    'register it with reference-profile: <the training data profile> (validate-data mode: profile on the training data, then register-model reference-profile)',
  referenceMissesContractColumn: (model: string, version: number, columns: readonly string[]): string =>
    `the reference profile of ${model} version ${version} has no column ${columns
      .slice(0, 10)
      .map((c) => `"${c}"`)
      .join(', ')} that the contract declares`,
  referenceMissesContractColumnHint: (): string =>
    'register a version whose reference-profile was made from data with every contract column, or remove the column from the contract',
  historyUnreadable: (path: string, reason: string): string =>
    `history file ${path} cannot be used (${reason}); starting a fresh history`,
  historyTitle: (): string => 'Drift trend (PSI per column, last runs)',
  globParentSegment: (pattern: string): string =>
    `data pattern "${pattern}" has a ".." after a wildcard, so the folders it walks cannot be known before walking`,
  globParentSegmentHint: (): string =>
    'put the ".." parts before the first wildcard (../exports/*.csv), or name the folder itself',
  globTooMany: (pattern: string, limit: number): string =>
    `data pattern "${pattern}" matched more than ${limit} data files`,
  globTooManyHint: (): string =>
    'narrow the pattern (e.g. one month: production/2026-11-*.jsonl), or merge the files into fewer larger ones',
} as const

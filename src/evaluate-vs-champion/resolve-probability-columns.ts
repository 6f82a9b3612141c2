import { DataError } from '../core/errors.js'
import { datasetHeader } from '../io/dataset/index.js'
import { INPUT, type ProbabilityColumns, type ProbabilityColumnsSpec } from './probability-columns.js'

// Apart from probability-columns.ts, which the inputs import at every CLI start: resolving a prefix reads the file's
// header, and the dataset readers it loads must not be loaded for a command that reads no predictions.

/** Classes sorted as sklearn's labels are: numerically when every class name is a number, else by code point. */
function sortClasses(entries: Array<[string, string]>): Array<[string, string]> {
  const numeric = entries.every(([c]) => c.trim() !== '' && Number.isFinite(Number(c)))
  return entries.sort(([a], [b]) => (numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0))
}

/**
 * Resolves the spec against a predictions file: a prefix matches the file's header (at least 2 columns), an
 * explicit list is taken as written. Classes are sorted as sklearn sorts labels (numbers numerically).
 * @throws {DataError} when no or only one column of `file` starts with the prefix (file, line 1, the columns it has)
 */
export async function resolveProbabilityColumns(
  spec: ProbabilityColumnsSpec,
  file: string,
): Promise<ProbabilityColumns> {
  let entries: Array<[string, string]>
  if (spec.kind === 'explicit') entries = spec.entries.map(([c, col]) => [c, col])
  else {
    const header = await datasetHeader(file)
    entries = header
      .filter((name) => name.startsWith(spec.prefix) && name.length > spec.prefix.length)
      .map((name) => [name.slice(spec.prefix.length), name])
    if (entries.length < 2) {
      throw new DataError(
        (w) =>
          `${entries.length === 0 ? 'no column' : 'only one column'} of ${file} starts with "${spec.prefix}" (${w.setting(INPUT, `${spec.prefix}*`)}); its columns are ${header.join(', ')}`,
        { file, line: 1 },
        `write one probability column per class named ${spec.prefix}<class>, or list them as class=column`,
      )
    }
  }
  const sorted = sortClasses(entries)
  return { classes: sorted.map(([c]) => c), columns: sorted.map(([, col]) => col) }
}

import type { ModelReference } from '../core/registry/model-card.js'
import { mergeProfileLists } from '../core/profile/merge-profile-lists.js'
import { sketchLargeColumns } from '../core/profile/sketch-large-columns.js'
import { sha256File } from '../io/hash-file.js'
import { profileColumnsToJson, readProfileFile } from '../io/profile-file.js'

/**
 * The reference profile stored on the card (`reference`): the profile files validate-data's `mode: profile` wrote
 * on the training data and, optionally, on the evaluation predictions, merged column by column (shards of one
 * dataset add up; a predictions profile adds its score columns), with each file's sha256 and the time. A numeric
 * column with more than STORED_EXACT_VALUES_LIMIT values is stored as its quantile sketch (cards stay small).
 * Undefined when `reference-profile` is empty.
 * @throws ConfigurationError/DataError naming the file when one is not a readable, well-formed profile file
 */
export async function readReference(paths: readonly string[], now: Date): Promise<ModelReference | undefined> {
  if (paths.length === 0) return undefined
  const files = paths.map((path) => readProfileFile(path))
  const sources = []
  for (const path of paths) sources.push({ path, sha256: await sha256File(path) })
  return {
    columns: profileColumnsToJson(sketchLargeColumns(mergeProfileLists(files.map((file) => file.columns)))),
    sources,
    createdAt: now.toISOString(),
  }
}

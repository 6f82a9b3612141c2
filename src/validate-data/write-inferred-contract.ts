import { mkdirSync } from 'node:fs'
import { writeTextFile } from '../io/paths/index.js'
import { dirname } from 'node:path'
import { stringify } from 'yaml'
import { inferContract } from '../core/contract/infer-contract.js'
import type { ColumnProfile } from '../core/profile/column-profile.js'
import { validateMessages } from '../core/validate/messages.js'

/**
 * Infers a contract from the profiles of `source` and writes it to `path` as YAML under a review-me header.
 * Returns what the report shows: the number of columns and the text written.
 */
export function writeInferredContract(
  path: string,
  source: string,
  profiles: readonly ColumnProfile[],
): { columns: number; contractYaml: string } {
  const contractYaml = validateMessages.inferredHeader(source) + stringify(inferContract(profiles))
  mkdirSync(dirname(path), { recursive: true })
  writeTextFile(path, contractYaml, 'output')
  return { columns: profiles.length, contractYaml }
}

import { lstat, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { ModelSize } from '../core/governance/resource-checks.js'
import { Inputs } from './inputs.js'

/**
 * The total size of the regular files under `dir`, recursively (symbolic links are not followed and count 0: the
 * registry stores what the directory holds), and how many there are; the missing input without a directory.
 */
export async function modelDirectorySize(dir: string | undefined): Promise<ModelSize> {
  if (dir === undefined) return { missing: [`input ${Inputs.CandidateModelDir}`] }
  let bytes = 0
  let files = 0
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const info = await lstat(join(entry.parentPath, entry.name))
    bytes += info.size
    files += 1
  }
  return { bytes, files }
}

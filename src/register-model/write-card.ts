import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { ActionContext } from '../github/action-context.js'
import type { ModelVersionRef } from '../registry/model-registry.js'

/** Writes a version's model card into the work folder (the `model-card-path` output) and returns its path. */
export async function writeCard(context: ActionContext, ref: ModelVersionRef): Promise<string> {
  const dir = resolve(context.workDir)
  await mkdir(dir, { recursive: true })
  const path = join(dir, `model-card-${ref.name}-v${ref.version}.json`)
  await writeFile(path, `${JSON.stringify(ref.card, null, 2)}\n`)
  return path
}

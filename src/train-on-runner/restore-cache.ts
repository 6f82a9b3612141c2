import { resolve } from 'node:path'
import { errorMessage } from '../core/error-message.js'
import type { ActionContext } from '../github/action-context.js'
import type { TrainInputs } from './inputs.js'
import { State } from './state.js'
import { cacheKey, cacheKeyFile, restorePaths } from './storage.js'

/** A restored (or missed) cache: its key, whether it hit, and where it lives. */
export interface CacheState {
  readonly key: string
  readonly hit: boolean
  readonly backend: 'actions-cache' | 'local'
}

/**
 * Restores `cache-paths` under a key over `cache-key-files` (null when no cache is configured) and tells the post
 * step what to save on a miss (it saves only when the training succeeded). An unreachable cache service is a warning: a cache is an optimisation.
 */
export async function restoreCache(
  context: ActionContext,
  inputs: TrainInputs,
  cwd: string,
): Promise<CacheState | null> {
  if (inputs.cachePaths.length === 0) return null
  const { logger } = context
  const workspace = resolve(context.env.GITHUB_WORKSPACE ?? cwd)
  const key = await cacheKey(
    inputs.cacheKeyPrefix,
    inputs.cacheKeyFiles.map((f) => cacheKeyFile(workspace, cwd, f)),
  )
  const paths = inputs.cachePaths.map((p) => resolve(cwd, p))
  let restored: { hit: boolean; backend: 'actions-cache' | 'local' }
  try {
    restored = await restorePaths(paths, key, { env: context.env, workDir: context.workDir })
  } catch (error) {
    logger.warning(`cache restore failed, continuing without it: ${errorMessage(error)}`)
    restored = { hit: false, backend: 'actions-cache' }
  }
  logger.info(
    `cache ${restored.hit ? 'hit' : 'miss'} for ${key} (${restored.backend === 'local' ? `local cache folder under ${context.workDir}/cache: not on a GitHub runner` : '@actions/cache'})`,
  )
  context.state.save(State.cacheKey, key)
  context.state.save(State.cachePaths, JSON.stringify(paths))
  context.state.save(State.cacheHit, String(restored.hit))
  return { key, ...restored }
}

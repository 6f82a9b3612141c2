import { existsSync } from 'node:fs'
import { errorMessage } from '../core/error-message.js'
import type { ActionContext } from '../github/action-context.js'
import { killProcessGroup, processGroupAlive } from '../io/run-command.js'
import { State } from './state.js'
import { savePaths, uploadDirectory } from './storage.js'

/**
 * Post step (always runs): kills the training process group if it is still alive (cancelled job, crashed main
 * step), uploads partial logs and telemetry when the main step did not finish, saves the cache on a miss after a
 * successful training.
 */
export async function post(context: ActionContext): Promise<void> {
  const { logger, state } = context
  const pgid = Number(state.get(State.pgid) ?? '')
  if (Number.isInteger(pgid) && pgid > 0 && processGroupAlive(pgid)) {
    logger.warning(`the training process group ${pgid} is still running: sending SIGTERM, then SIGKILL`)
    killProcessGroup(pgid, 'SIGTERM')
    const end = Date.now() + 5000
    while (processGroupAlive(pgid) && Date.now() < end) await new Promise((r) => setTimeout(r, 100))
    if (processGroupAlive(pgid)) killProcessGroup(pgid, 'SIGKILL')
  }
  const runDir = state.get(State.runDir)
  if (runDir !== undefined && existsSync(runDir) && state.get(State.finished) !== 'true') {
    const name = `${state.get(State.artifactName) ?? 'model'}-partial-logs`
    const retention = state.get(State.retentionDays)
    const result = await uploadDirectory(name, runDir, {
      env: context.env,
      workDir: context.workDir,
      retentionDays: retention === undefined ? undefined : Number(retention),
      logger,
    })
    logger.info(
      result.id !== null
        ? `partial logs and telemetry uploaded as artifact "${name}" (id ${result.id})`
        : `partial logs and telemetry copied to ${result.localCopy ?? ''} (not on a GitHub runner: not uploaded)`,
    )
  }
  await saveCacheAfterSuccess(context)
}

/** Saves `cache-paths` under the restored key on a miss, only when the training succeeded; failures are warnings. */
async function saveCacheAfterSuccess(context: ActionContext): Promise<void> {
  const { logger, state } = context
  const key = state.get(State.cacheKey)
  const paths = state.get(State.cachePaths)
  if (key !== undefined && paths !== undefined && state.get(State.cacheHit) !== 'true') {
    // As actions/cache saves only after a successful job: a failed or killed training may have left the cached
    // folders half-written, and a saved key is never overwritten.
    if (state.get(State.succeeded) !== 'true') {
      logger.info(`cache not saved as ${key}: the training did not succeed`)
      return
    }
    try {
      const backend = await savePaths(JSON.parse(paths) as string[], key, {
        env: context.env,
        workDir: context.workDir,
      })
      logger.info(
        `cache saved as ${key} (${backend === 'local' ? 'local cache folder: not on a GitHub runner' : '@actions/cache'})`,
      )
    } catch (error) {
      logger.warning(`cache not saved: ${errorMessage(error)}`)
    }
  }
}

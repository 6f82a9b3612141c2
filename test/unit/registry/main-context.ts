import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ActionContext, PolicyDocument } from '../../../src/github/action-context.js'
import { readGitHubContext } from '../../../src/github/event-context.js'
import { InputReader } from '../../../src/github/input-reader.js'
import { recordingLogger } from '../../helpers/recording-logger.js'

/** An ActionContext as runAction builds it, over plain maps, for calling register-model's main in-process. */
export async function mainContext(
  inputs: Record<string, string>,
  options: { env?: Record<string, string>; policy?: PolicyDocument; now?: Date } = {},
): Promise<ActionContext & { logger: ReturnType<typeof recordingLogger> }> {
  const env = { ...(options.env ?? {}) }
  const state = new Map<string, string>()
  return {
    inputs: new InputReader((name) => inputs[name]),
    logger: recordingLogger(),
    policy: options.policy ?? {},
    github: readGitHubContext(env),
    client: undefined,
    state: { save: (k, v) => state.set(k, v), get: (k) => state.get(k) },
    onRunner: false,
    workDir: await mkdtemp(join(tmpdir(), 'modelgate-work-')),
    env,
    now: () => options.now ?? new Date(),
    signal: new AbortController().signal,
  }
}

import type { GateName } from '../core/gate/gate-name.js'
import { errorMessage } from '../core/error-message.js'
import { isUserError } from '../core/errors.js'
import { unexpectedFailure } from '../core/messages.js'
import type { ActionMain, ActionPost } from './action-context.js'
import { openSession, readPolicy } from './action-session.js'
import { hostSurface, type GateHost } from './gate-host.js'
import { runGate } from './run-gate.js'
import { createRunnerHost } from './runner-host.js'

/** The entry of every action's main step: the one gate lifecycle on the runner host. */
export async function runAction(gate: GateName, main: ActionMain): Promise<void> {
  await runGate(gate, main, createRunnerHost())
}

/**
 * A post step (cleanup only, no report) on any host: same context as main; an error fails the post with its
 * message. The runner runs it as the action's `post:`; the terminal host runs it when the command ends.
 */
export async function runPostStep(gate: GateName, post: ActionPost, host: GateHost): Promise<boolean> {
  try {
    await post({ ...openSession(host), policy: readPolicy(host.inputs) })
    return true
  } catch (error) {
    host.fail(
      isUserError(error) ? error.describe(hostSurface(host)) : unexpectedFailure(`${gate} (post)`, errorMessage(error)),
    )
    return false
  }
}

/** The entry of an action's post step on the runner. */
export async function runPost(gate: GateName, post: ActionPost): Promise<void> {
  await runPostStep(gate, post, createRunnerHost({ cancellable: false }))
}

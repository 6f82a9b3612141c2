import type { ActionContext, ActionResult } from '../github/action-context.js'
import { notImplementedYet } from '../core/messages.js'
import { ConfigurationError } from '../core/errors.js'

export async function main(_context: ActionContext): Promise<ActionResult> {
  throw new ConfigurationError(notImplementedYet('register-model'))
}

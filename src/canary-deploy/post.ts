import type { ActionContext } from '../github/action-context.js'
import { runPost } from '../github/run-action.js'
import { rollbackFromState } from './rollback-from-state.js'

void runPost('canary-deploy', async (context: ActionContext) => {
  await rollbackFromState(context.state, context.logger)
})

import type { ActionContext } from '../github/action-context.js'

/** Who is acting, for model cards and alias history: the workflow actor, else the local user. */
export const actor = (context: ActionContext): string => context.github.actor ?? context.env.USER ?? 'modelgate'

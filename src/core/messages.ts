// Recurring messages of the shared machinery. Each gate keeps its own in src/core/<area>/messages.ts;
// tests compare against these functions rather than copies of the text.

export const notImplementedYet = (action: string): string =>
  `modelgate/${action} is not implemented yet: this release ships its action.yml but not its logic. Remove the step or pin a release that has it`

export const unexpectedFailure = (action: string, message: string): string =>
  `modelgate/${action} failed unexpectedly: ${message}. This is a bug in modelgate; the stack trace is in the debug log (ACTIONS_STEP_DEBUG=true)`

export const missingPermission = (what: string, permission: string, status: number): string =>
  `could not ${what}: GitHub answered ${status}. The token lacks \`${permission}\` (pull requests from forks get a read-only token); the report is in the job summary`

export const unresolvedCommentIdentity = (reason: string): string =>
  `could not tell which account the token belongs to (GraphQL \`viewer { login }\`: ${reason}), so no existing PR comment was adopted: the report went to a new comment. Give the token GraphQL access (the workflow token and App tokens have it) to keep one comment per PR`

export const reportInvalid = (gate: string, problems: string): string =>
  `modelgate/${gate} produced a report that does not match schemas/gate-report.schema.json: ${problems}`

export const nothingJudged = (gate: string, skipped: number): string =>
  `modelgate/${gate} judged nothing: all ${skipped} check(s) were skipped (not configured). A skipped check run passes a required status check on GitHub, so this report is an error: configure at least one check of this gate, or remove the step`

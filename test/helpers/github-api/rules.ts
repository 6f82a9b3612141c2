// GitHub's error bodies, and the rules GitHub enforces beyond its OpenAPI schema (documented limits).
import type { AnnotationRecord, CheckRunRecord } from './state.js'

export interface HandlerResponse {
  readonly status: number
  readonly body?: unknown
  readonly headers?: Record<string, string>
  /** Set where GitHub would reject the request: the server records it in `violations`. */
  readonly violation?: string
}

const DOCS = 'https://docs.github.com/rest'
/** A full commit SHA: GitHub answers 422 "No commit found for SHA" for anything else in `head_sha`. */
export const SHA = /^[0-9a-f]{40}$/

export function errorBody(
  message: string,
  status: number,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { message, ...extra, documentation_url: DOCS, status: String(status) }
}

export function notFound(): HandlerResponse {
  return { status: 404, body: errorBody('Not Found', 404) }
}

/** GitHub's 422 for a rule beyond the schema: `Validation Failed` with one `errors` entry. */
export function validationFailed(resource: string, field: string, message: string): HandlerResponse {
  return {
    status: 422,
    body: errorBody('Validation Failed', 422, { errors: [{ resource, code: 'custom', field, message }] }),
    violation: `${resource}.${field}: ${message}`,
  }
}

export function unprocessable(message: string): HandlerResponse {
  return { status: 422, body: errorBody(message, 422), violation: message }
}

/** Comments longer than 65,536 characters: GitHub answers 422 "Body is too long". */
export function commentTooLong(body: string): HandlerResponse | undefined {
  return body.length > 65_536
    ? validationFailed('IssueComment', 'body', 'body is too long (maximum is 65536 characters)')
    : undefined
}

/** Rules of the Checks API that its schema does not state (GitHub REST docs, "Create a check run"). */
export function checkRunProblem(
  body: Record<string, unknown>,
  existing: CheckRunRecord | undefined,
): HandlerResponse | undefined {
  if (body.conclusion === 'stale')
    return validationFailed(
      'CheckRun',
      'conclusion',
      'You cannot change a check run conclusion to stale, only GitHub can set this',
    )
  const conclusion = body.conclusion ?? existing?.conclusion ?? undefined
  if ((body.status === 'completed' || body.completed_at !== undefined) && conclusion === undefined) {
    return validationFailed(
      'CheckRun',
      'conclusion',
      'conclusion is required when status is completed or completed_at is given',
    )
  }
  const output = body.output as { annotations?: AnnotationRecord[] } | undefined
  for (const [index, annotation] of (output?.annotations ?? []).entries()) {
    const hasColumns = annotation.start_column !== undefined || annotation.end_column !== undefined
    if (hasColumns && annotation.start_line !== annotation.end_line) {
      return validationFailed(
        'CheckRun',
        `output.annotations[${index}]`,
        'start_column and end_column are only supported when start_line equals end_line',
      )
    }
    if (annotation.end_line < annotation.start_line)
      return validationFailed('CheckRun', `output.annotations[${index}]`, 'end_line must not be before start_line')
  }
  return undefined
}

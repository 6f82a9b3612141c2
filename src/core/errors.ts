/** Where a user-fixable problem is: a file position, or a path inside a policy/contract document. */
export interface Location {
  readonly file?: string
  readonly line?: number
  readonly column?: number
  /** A dotted path inside a YAML/JSON document, e.g. `fairness-gate.thresholds.demographic_parity_difference`. */
  readonly path?: string
  /** The action input involved, e.g. `min-group-size`. */
  readonly input?: string
}

/** Base class of the errors a user can fix; `runAction` reports them without a stack trace. */
export abstract class UserError extends Error {
  constructor(
    message: string,
    readonly location: Location = {},
    /** How to fix it, in one sentence. */
    readonly hint?: string,
  ) {
    super(message)
    this.name = new.target.name
  }

  /** `what (where). how to fix` — the line printed to the log and to the annotation. */
  describe(): string {
    const where = describeLocation(this.location)
    return `${this.message}${where ? ` (${where})` : ''}${this.hint ? `. ${this.hint}` : ''}`
  }
}

/** Bad inputs, policy or contract files: the workflow author fixes them. */
export class ConfigurationError extends UserError {}

/** Bad data: a malformed file, a missing column, labels that are not binary. */
export class DataError extends UserError {}

/** An external service said no or was unreachable (registry, Prometheus, GitHub outside the report path). */
export class ServiceError extends UserError {}

export function describeLocation(location: Location): string {
  const parts: string[] = []
  if (location.input !== undefined) parts.push(`input "${location.input}"`)
  if (location.file !== undefined) {
    let position = location.file
    if (location.line !== undefined) position += `:${location.line}`
    if (location.line !== undefined && location.column !== undefined) position += `:${location.column}`
    parts.push(position)
  }
  if (location.path !== undefined) parts.push(`at ${location.path}`)
  return parts.join(', ')
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError
}

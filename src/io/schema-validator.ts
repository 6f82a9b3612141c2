import type { ErrorObject } from 'ajv'
import { ConfigurationError } from '../core/errors.js'
import type { SchemaName } from './schemas.js'
// Validators compiled from schemas/ at build time (scripts/generate-schema-validators.mjs): compiling them with ajv
// at run time cost each action run 100–400 ms before it read a byte. Contracts and policies are compiled with
// ajv's `strictNumbers` (`.nan`, `.inf` are no numbers there, issue #15); reports and cards keep JSON's rules.
import generated from './generated/schema-validators.cjs'

/** One schema violation, with the document path as dotted segments (`fairness-gate.thresholds.x`). */
export interface SchemaProblem {
  readonly path: readonly (string | number)[]
  readonly message: string
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment))
}

function describeProblem(error: ErrorObject): SchemaProblem {
  const path = pointerToPath(error.instancePath)
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'additionalProperties':
      return {
        path: [...path, String(params.additionalProperty)],
        message: `unknown key "${String(params.additionalProperty)}"`,
      }
    case 'required':
      return { path, message: `missing required key "${String(params.missingProperty)}"` }
    case 'enum':
      return {
        path,
        message: `${error.message ?? 'is not allowed'}: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      }
    default:
      return { path, message: error.message ?? error.keyword }
  }
}

/** Validates `value` against a named schema; returns the problems, most specific first, [] when valid. */
export function schemaProblems(name: SchemaName, value: unknown): SchemaProblem[] {
  const validate = generated.VALIDATORS[name]
  if (validate === undefined) throw new Error(`schema ${name} has no compiled validator: run npm run generate:schemas`)
  if (validate(value)) return []
  const errors = validate.errors ?? []
  // oneOf/anyOf add a summary error beside the branch errors; the branch errors say more.
  const specific = errors.filter(
    (error) => error.keyword !== 'oneOf' && error.keyword !== 'anyOf' && error.keyword !== 'if',
  )
  const chosen = specific.length > 0 ? specific : errors
  const seen = new Set<string>()
  return chosen.map(describeProblem).filter((problem) => {
    const key = `${problem.path.join('.')}|${problem.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export function formatPath(path: readonly (string | number)[]): string {
  return path.length === 0
    ? '(document root)'
    : path
        .map((segment) => (typeof segment === 'number' ? `[${segment}]` : segment))
        .join('.')
        .replace(/\.\[/g, '[')
}

/** Throws a ConfigurationError naming the first problem's path when `value` does not match. */
export function assertMatchesSchema(name: SchemaName, value: unknown, what: string): void {
  const problems = schemaProblems(name, value)
  const first = problems[0]
  if (first === undefined) return
  throw new ConfigurationError(
    `${what} does not match ${name}.schema.json: ${formatPath(first.path)} ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`,
    { path: formatPath(first.path) },
  )
}

import { Ajv, type ErrorObject } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { ConfigurationError } from '../core/errors.js'
import { SCHEMAS, type SchemaName } from './schemas.js'

// ajv-formats is CommonJS with a default export; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv

const instances: { lenient?: Ajv; strictNumbers?: Ajv } = {}

/**
 * Documents people write (the policy, a data contract) are validated with `strictNumbers`: `.nan`, `.inf` and
 * `-.inf` are not numbers there, so no threshold, bound, interval or count can be NaN or infinite (issue #15: a
 * `max: .nan` check passed everything). Reports and cards modelgate writes keep JSON's own rules.
 */
function ajv(name: SchemaName): Ajv {
  const kind = name === 'contract' || name.startsWith('policy') ? 'strictNumbers' : 'lenient'
  let instance = instances[kind]
  if (instance === undefined) {
    instance = new Ajv({ allErrors: true, strict: false, strictNumbers: kind === 'strictNumbers' })
    addFormats(instance)
    for (const schema of Object.values(SCHEMAS)) instance.addSchema(schema)
    instances[kind] = instance
  }
  return instance
}

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
  const id = (SCHEMAS[name] as { $id: string }).$id
  const validate = ajv(name).getSchema(id)
  if (validate === undefined) throw new Error(`schema ${name} (${id}) is not registered`)
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

import { readFileSync } from 'node:fs'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

// ajv-formats is CommonJS with a default export; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv

/** GitHub's OpenAPI description, cut down to the operations modelgate calls (scripts/extract-github-openapi.mjs). */
export const SUBSET_URL = new URL('../../../fixtures/github-openapi/api.github.com.subset.json', import.meta.url)

type Json = Record<string, unknown>

interface ParameterObject {
  readonly name: string
  readonly in: 'path' | 'query' | 'header' | 'cookie'
  readonly required?: boolean
  readonly schema: Json
  readonly 'x-multi-segment'?: boolean
}

/** One operation of the description, ready to match and validate requests against. */
export interface Operation {
  readonly operationId: string
  readonly method: string
  /** The templated path, e.g. `/repos/{owner}/{repo}/check-runs/{check_run_id}`. */
  readonly path: string
  readonly parameters: readonly ParameterObject[]
  readonly bodyRequired: boolean
  /** Validates a JSON request body; absent where the operation takes none. */
  readonly validateBody?: ValidateFunction
  /** Ajv reference (`github#/paths/…/schema`) of the JSON success response, for tests that check the fake's responses. */
  readonly responseSchema?: string
  readonly pattern: RegExp
  readonly literalSegments: number
}

export interface OperationMatch {
  readonly operation: Operation
  /** Raw (still percent-encoded → decoded) path parameter strings by name. */
  readonly rawParams: Record<string, string>
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head']

function pointerEscape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1')
}

/** The parsed subset, its Ajv instance and its operations; loaded once per process. */
export class OpenApiSubset {
  readonly document: Json
  readonly ajv: Ajv
  readonly operations: readonly Operation[]
  readonly #parameterValidators = new Map<string, ValidateFunction>()

  constructor(document: Json) {
    this.document = openApi30Nullable(document) as Json
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true })
    addFormats(this.ajv)
    // Registering the whole document lets every `#/components/...` pointer resolve inside it.
    this.ajv.addSchema(this.document, 'github')
    const operations: Operation[] = []
    const paths = this.document.paths as Record<string, Record<string, Json>>
    for (const [path, item] of Object.entries(paths)) {
      for (const method of METHODS) {
        const raw = item[method]
        if (raw === undefined) continue
        const parameters = [
          ...((item.parameters as Json[] | undefined) ?? []),
          ...((raw.parameters as Json[] | undefined) ?? []),
        ].map((p) => this.resolve(p) as unknown as ParameterObject)
        const content = this.resolve(raw.requestBody as Json | undefined) as
          { required?: boolean; content?: Record<string, { schema?: Json }> } | undefined
        const pointer = `github#/paths/${pointerEscape(path)}/${method}/requestBody/content/application~1json/schema`
        const hasBody = content?.content?.['application/json']?.schema !== undefined
        const responses = raw.responses as Record<string, { content?: Record<string, { schema?: Json }> }>
        const success = Object.keys(responses).find(
          (status) => status.startsWith('2') && responses[status]?.content?.['application/json']?.schema !== undefined,
        )
        const responseSchema =
          success === undefined
            ? undefined
            : `github#/paths/${pointerEscape(path)}/${method}/responses/${success}/content/application~1json/schema`
        const segments = path.split('/').slice(1)
        const multi = new Set(
          parameters.filter((p) => p.in === 'path' && p['x-multi-segment'] === true).map((p) => p.name),
        )
        const pattern = new RegExp(
          `^/${segments
            .map((segment) => {
              const name = /^\{(.+)\}$/.exec(segment)?.[1]
              if (name === undefined) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
              return multi.has(name) ? `(?<${name}>.+)` : `(?<${name}>[^/]+)`
            })
            .join('/')}/?$`,
        )
        operations.push({
          operationId: String(raw.operationId),
          method: method.toUpperCase(),
          path,
          parameters,
          bodyRequired: content?.required === true,
          ...(hasBody ? { validateBody: this.ajv.compile({ $ref: pointer }) } : {}),
          ...(responseSchema === undefined ? {} : { responseSchema }),
          pattern,
          literalSegments: segments.filter((s) => !s.startsWith('{')).length,
        })
      }
    }
    // Most literal segments first: `/issues/comments/{id}` wins over `/issues/{issue_number}/comments`.
    this.operations = operations.sort((a, b) => b.literalSegments - a.literalSegments)
  }

  static load(): OpenApiSubset {
    cached ??= new OpenApiSubset(JSON.parse(readFileSync(SUBSET_URL, 'utf8')) as Json)
    return cached
  }

  /** Follows a local `$ref` (`#/components/...`) one level. */
  resolve<T extends Json | undefined>(value: T): T {
    const ref = value?.$ref
    if (typeof ref !== 'string') return value
    let target: unknown = this.document
    for (const segment of ref.replace(/^#\//, '').split('/'))
      target = (target as Json)[segment.replace(/~1/g, '/').replace(/~0/g, '~')]
    return target as T
  }

  /** The operation for `method` and `pathname`; `pathExists` tells an unknown route from a wrong method. */
  match(method: string, pathname: string): { match?: OperationMatch; pathExists: boolean } {
    let pathExists = false
    for (const operation of this.operations) {
      const found = operation.pattern.exec(pathname)
      if (found === null) continue
      pathExists = true
      if (operation.method !== method) continue
      const rawParams: Record<string, string> = {}
      for (const [name, value] of Object.entries(found.groups ?? {})) rawParams[name] = decodeURIComponent(value)
      return { match: { operation, rawParams }, pathExists }
    }
    return { pathExists }
  }

  /** A validator for an operation's JSON success response, for tests; undefined where it answers without a body. */
  responseValidator(operationId: string): ValidateFunction | undefined {
    const operation = this.operations.find((candidate) => candidate.operationId === operationId)
    if (operation === undefined) throw new Error(`operation ${operationId} is not in the OpenAPI subset`)
    return operation.responseSchema === undefined ? undefined : this.ajv.compile({ $ref: operation.responseSchema })
  }

  /**
   * Converts a path or query string to the parameter's schema type and validates it.
   * Returns the typed value, or a reason when GitHub would not accept it.
   */
  parameter(parameter: ParameterObject, raw: string): { value: unknown } | { reason: string } {
    const key = JSON.stringify(parameter.schema)
    let validate = this.#parameterValidators.get(key)
    if (validate === undefined) {
      validate = this.ajv.compile(parameter.schema)
      this.#parameterValidators.set(key, validate)
    }
    for (const candidate of coercions(raw, parameter.schema)) {
      if (validate(candidate)) return { value: candidate }
    }
    return {
      reason: `${parameter.in} parameter "${parameter.name}" = ${JSON.stringify(raw)}: ${formatErrors(validate.errors ?? [])}`,
    }
  }
}

let cached: OpenApiSubset | undefined

/**
 * OpenAPI 3.0's `nullable: true` admits null whatever the other keywords say; Ajv's `nullable` widens
 * `type` only, so an `enum` beside it must list null itself (GitHub's check run `conclusion` is one).
 */
function openApi30Nullable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(openApi30Nullable)
  if (value === null || typeof value !== 'object') return value
  const out: Json = {}
  for (const [key, child] of Object.entries(value)) out[key] = openApi30Nullable(child)
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null))
    out.enum = [...(out.enum as unknown[]), null]
  // `nullable` beside `oneOf`/`anyOf` and no `type` (issues' `milestone`, `title`): Ajv refuses it, so the null
  // becomes one more branch.
  const branches: unknown = out.oneOf ?? out.anyOf
  if (out.nullable === true && out.type === undefined && Array.isArray(branches)) {
    delete out.nullable
    const widened: unknown[] = [...(branches as unknown[]), { type: 'null' }]
    if (out.oneOf !== undefined) out.oneOf = widened
    else out.anyOf = widened
  }
  return out
}

/** The typed readings of a parameter string a server would try, for `type` and `oneOf`/`anyOf` schemas. */
function coercions(raw: string, schema: Json): unknown[] {
  const branches = (schema.oneOf ?? schema.anyOf) as Json[] | undefined
  if (branches !== undefined) return branches.flatMap((branch) => coercions(raw, branch))
  switch (schema.type) {
    case 'integer':
      return /^-?\d+$/.test(raw) ? [Number(raw)] : [raw]
    case 'number':
      return raw.trim() !== '' && Number.isFinite(Number(raw)) ? [Number(raw)] : [raw]
    case 'boolean':
      return raw === 'true' ? [true] : raw === 'false' ? [false] : [raw]
    default:
      return [raw]
  }
}

/** Ajv errors as one line: `/output/annotations must NOT have more than 50 items; …`. */
export function formatErrors(errors: readonly ErrorObject[]): string {
  const lines = errors
    // anyOf/oneOf summaries repeat what their branches already said
    .filter((error) => error.keyword !== 'if')
    .map(
      (error) =>
        `${error.instancePath === '' ? '(body)' : error.instancePath} ${error.message ?? error.keyword}${error.keyword === 'enum' ? ` (${JSON.stringify((error.params as { allowedValues?: unknown }).allowedValues)})` : ''}${error.keyword === 'additionalProperties' ? ` (${String((error.params as { additionalProperty?: unknown }).additionalProperty)})` : ''}`,
    )
  return [...new Set(lines)].join('; ')
}

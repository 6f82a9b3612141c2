import { readBoundedText } from './read-bounded-text.js'
import { isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml'
import { ConfigurationError } from '../core/errors.js'
import { errorMessage } from '../core/error-message.js'
import { formatPath, schemaProblems } from './schema-validator.js'
import type { SchemaName } from './schemas.js'

/** Line and column (1-based) of the node at `path`, or of its nearest ancestor that exists. */
function positionOf(
  document: Document,
  lines: LineCounter,
  path: readonly (string | number)[],
): { line: number; column: number } | undefined {
  // Point at the key itself (`fairnes-gate:`), not at its value, when the path ends in a mapping key.
  const parent = document.getIn(path.slice(0, -1), true)
  const last = path[path.length - 1]
  if (isMap(parent) && last !== undefined) {
    const pair = parent.items.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === last)
    if (pair !== undefined && isNode(pair.key) && pair.key.range) {
      const { line, col } = lines.linePos(pair.key.range[0])
      return { line, column: col }
    }
  }
  for (let depth = path.length; depth >= 0; depth--) {
    const node = document.getIn(path.slice(0, depth), true)
    if (isNode(node) && node.range) {
      const { line, col } = lines.linePos(node.range[0])
      return { line, column: col }
    }
  }
  return undefined
}

/** Policy and contract files larger than this are refused before parsing (issue #15: `/dev/zero`, 10 MB files). */
export const MAX_DOCUMENT_BYTES = 1024 * 1024

/** How many alias expansions a document may make (billion laughs); real policies use a handful. */
export const MAX_ALIAS_COUNT = 100

/**
 * The first key that repeats within one mapping, with its position. One Set per mapping keeps this linear in the
 * document's size; the yaml package's own `uniqueKeys` check compares every pair (quadratic: 12 s at 300 KB).
 */
function firstDuplicateKey(document: Document): { key: string; offset: number } | undefined {
  let found: { key: string; offset: number } | undefined
  visit(document, {
    Map(_, map) {
      const seen = new Set<unknown>()
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue
        const key: unknown = pair.key.value
        if (seen.has(key)) {
          found = { key: String(key), offset: pair.key.range?.[0] ?? 0 }
          return visit.BREAK
        }
        seen.add(key)
      }
      return undefined
    },
  })
  return found
}

/**
 * Parses YAML (JSON is YAML) text and validates it against a named schema. Errors name the file, the line,
 * the YAML path of the offending key and its value, and say how to fix it.
 */
export function parseYamlDocument(text: string, file: string, schema: SchemaName, what: string): unknown {
  const lines = new LineCounter()
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false })
  const syntax = document.errors[0]
  if (syntax !== undefined) {
    const { line, col } = lines.linePos(syntax.pos[0])
    throw new ConfigurationError(
      `${what} is not valid YAML: ${syntax.message.split('\n')[0] ?? syntax.code}`,
      { file, line, column: col },
      'fix the YAML syntax',
    )
  }
  const duplicate = firstDuplicateKey(document)
  if (duplicate !== undefined) {
    const { line, col } = lines.linePos(duplicate.offset)
    throw new ConfigurationError(
      yamlDuplicateKey(what, duplicate.key),
      { file, line, column: col },
      'keep one of the two entries',
    )
  }
  let value: unknown
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {}
  } catch (error) {
    // yaml throws a ReferenceError when aliases expand past maxAliasCount (billion laughs).
    throw new ConfigurationError(
      yamlTooManyAliases(what, errorMessage(error)),
      { file },
      `expand the anchors by hand; at most ${MAX_ALIAS_COUNT} alias expansions are allowed`,
    )
  }
  const problems = schemaProblems(schema, value)
  const first = problems[0]
  if (first === undefined) return value
  const position = positionOf(document, lines, first.path)
  const offending = document.getIn(first.path)
  const shown =
    offending === undefined || (typeof offending === 'object' && offending !== null)
      ? ''
      : ` (value: ${typeof offending === 'number' && !Number.isFinite(offending) ? String(offending) : JSON.stringify(offending)})`
  const more =
    problems.length > 1
      ? `; ${problems.length - 1} more problem(s): ${problems
          .slice(1, 4)
          .map((p) => `${formatPath(p.path)} ${p.message}`)
          .join('; ')}`
      : ''
  throw new ConfigurationError(
    `${what}: ${formatPath(first.path)} ${first.message}${shown}${more}`,
    { file, ...(position ?? {}), path: formatPath(first.path) },
    `see schemas/${schema}.schema.json for the accepted keys and values`,
  )
}

export const yamlDuplicateKey = (what: string, key: string): string =>
  `${what} is not valid YAML: Map keys must be unique (key "${key}" appears twice)`

export const yamlTooManyAliases = (what: string, detail: string): string =>
  `${what} expands too many YAML aliases (${detail})`

/**
 * Reads and validates a YAML/JSON document from disk; an unreadable, oversized or non-regular file is a
 * ConfigurationError naming it.
 */
export function readYamlDocument(
  path: string,
  schema: SchemaName,
  what: string,
  maxBytes: number = MAX_DOCUMENT_BYTES,
): unknown {
  return parseYamlDocument(readBoundedText(path, what, maxBytes), path, schema, what)
}

import { readFileSync } from 'node:fs'
import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml'
import { ConfigurationError } from '../core/errors.js'
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

/**
 * Parses YAML (JSON is YAML) text and validates it against a named schema. Errors name the file, the line,
 * the YAML path of the offending key and its value, and say how to fix it.
 */
export function parseYamlDocument(text: string, file: string, schema: SchemaName, what: string): unknown {
  const lines = new LineCounter()
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const syntax = document.errors[0]
  if (syntax !== undefined) {
    const { line, col } = lines.linePos(syntax.pos[0])
    throw new ConfigurationError(
      `${what} is not valid YAML: ${syntax.message.split('\n')[0] ?? syntax.code}`,
      { file, line, column: col },
      'fix the YAML syntax',
    )
  }
  const value: unknown = document.toJS({ maxAliasCount: 100 }) ?? {}
  const problems = schemaProblems(schema, value)
  const first = problems[0]
  if (first === undefined) return value
  const position = positionOf(document, lines, first.path)
  const offending = document.getIn(first.path)
  const shown =
    offending === undefined || (typeof offending === 'object' && offending !== null)
      ? ''
      : ` (value: ${JSON.stringify(offending)})`
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

/** Reads and validates a YAML/JSON document from disk; an unreadable file is a ConfigurationError. */
export function readYamlDocument(path: string, schema: SchemaName, what: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    throw new ConfigurationError(
      `cannot read ${what}: ${code}`,
      { file: path },
      'check the path (relative paths start at the repository root)',
    )
  }
  return parseYamlDocument(text, path, schema, what)
}

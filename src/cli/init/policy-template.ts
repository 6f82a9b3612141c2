import { GATE_NAMES } from '../../core/gate/gate-name.js'
import { SCHEMAS } from '../../io/schemas.js'

interface SchemaNode {
  readonly type?: string | readonly string[]
  readonly enum?: readonly unknown[]
  readonly description?: string
  readonly deprecated?: boolean
  readonly properties?: Readonly<Record<string, SchemaNode>>
}

/**
 * The default a schema's description states ("… Default 0.05."), when it is a value the key accepts; undefined when
 * the default is described in words (it is then in the comment only).
 * @example documentedDefault({ type: 'number', description: 'p-value level. Default 0.05.' }) // => '0.05'
 */
export function documentedDefault(node: SchemaNode): string | undefined {
  const match = /\bDefault `?([^\s`;,()]+)/.exec(node.description ?? '')
  const value = match?.[1]?.replace(/\.$/, '')
  if (value === undefined) return undefined
  if (node.enum !== undefined) return node.enum.includes(value) ? value : undefined
  const types = typeof node.type === 'string' ? [node.type] : (node.type ?? [])
  if (types.includes('boolean') && (value === 'true' || value === 'false')) return value
  if ((types.includes('number') || types.includes('integer')) && /^-?\d+(\.\d+)?(e-?\d+)?$/.test(value)) return value
  return undefined
}

function keyLines(properties: Readonly<Record<string, SchemaNode>>, depth: number): string[] {
  const indent = '  '.repeat(depth)
  return Object.entries(properties).flatMap(([key, node]) => {
    if (node.deprecated === true) return []
    const about = node.description === undefined ? [] : [`# ${indent}# ${node.description}`]
    if (node.properties !== undefined) return [...about, `# ${indent}${key}:`, ...keyLines(node.properties, depth + 1)]
    const value = documentedDefault(node)
    return [...about, `# ${indent}${key}:${value === undefined ? '' : ` ${value}`}`]
  })
}

/**
 * `.github/modelgate.yml` as `modelgate init` writes it: every key of every gate's policy section commented out,
 * with its description and, where the schema states one, its default. The file changes nothing until a line is
 * uncommented (remove the leading `# `); the schemas in schemas/policy/ are the reference.
 */
export function policyTemplate(): string {
  const sections = GATE_NAMES.flatMap((gate) => {
    const schema = SCHEMAS[`policy/${gate}`] as SchemaNode
    return ['', `# ${gate}:`, ...keyLines(schema.properties ?? {}, 1)]
  })
  return [
    '# modelgate policy: the thresholds of every gate (schemas/policy.schema.json), written by `modelgate init`.',
    '# Every key is optional and every line below is commented out, so the documented defaults apply. To change one,',
    '# uncomment its section line and the key (remove the leading "# "). Each action reads this file by default',
    '# (input `policy`, default .github/modelgate.yml).',
    ...sections,
    '',
  ].join('\n')
}

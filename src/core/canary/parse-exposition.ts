import { DataError } from '../errors.js'

/** One sample of the Prometheus text exposition format (0.0.4). */
export interface ExpositionSample {
  readonly name: string
  readonly labels: Readonly<Record<string, string>>
  readonly value: number
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/

function parseValue(text: string): number {
  if (text === '+Inf' || text === 'Inf') return Number.POSITIVE_INFINITY
  if (text === '-Inf') return Number.NEGATIVE_INFINITY
  if (text === 'NaN') return Number.NaN
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : Number.NaN - 1
}

/**
 * Parses Prometheus text exposition format: `# HELP`/`# TYPE` comments are skipped, label values are
 * unescaped (`\\`, `\"`, `\n`), an optional timestamp is ignored, `+Inf`/`-Inf`/`NaN` are read as such.
 * Reference: https://prometheus.io/docs/instrumenting/exposition_formats/#text-based-format
 * @throws DataError naming the line when a line is not a sample.
 * @example parseExposition('req_total{code="200"} 3\n')[0]?.value // => 3
 */
export function parseExposition(text: string, source = 'metrics'): ExpositionSample[] {
  const samples: ExpositionSample[] = []
  const lines = text.split('\n')
  lines.forEach((raw, index) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const fail = (why: string): never => {
      throw new DataError(
        `line ${index + 1} of ${source} is not a Prometheus sample: ${why}`,
        { file: source, line: index + 1 },
        'serve the text exposition format (name{label="v"} value)',
      )
    }
    const name = NAME.exec(line)?.[0] ?? fail('no metric name')
    const { parsed: labels, rest } = parseLabels(line.slice(name.length), fail)
    samples.push({ name, labels, value: parseSampleValue(rest, fail) })
  })
  return samples
}

/** One part read from the start of a line, and the text after it. */
interface Parsed<T> {
  readonly parsed: T
  readonly rest: string
}

/** The optional `{name="value",…}` block at the start of `rest`, and the text after it. */
function parseLabels(text: string, fail: (why: string) => never): Parsed<Record<string, string>> {
  const labels: Record<string, string> = {}
  if (!text.startsWith('{')) return { parsed: labels, rest: text }
  let rest = text.slice(1).trimStart()
  while (!rest.startsWith('}')) {
    const labelName = LABEL_NAME.exec(rest)?.[0] ?? fail('bad label name')
    rest = rest.slice(labelName.length).trimStart()
    if (!rest.startsWith('="')) fail(`label ${labelName} has no ="value"`)
    const value = parseLabelValue(rest.slice(2), fail)
    labels[labelName] = value.parsed
    rest = value.rest.trimStart()
    if (rest.startsWith(',')) rest = rest.slice(1).trimStart()
    else if (!rest.startsWith('}')) fail('expected , or } after a label')
  }
  return { parsed: labels, rest: rest.slice(1) }
}

/** A label value after its opening quote, unescaping `\\`, `\"` and `\n`, up to and past its closing quote. */
function parseLabelValue(text: string, fail: (why: string) => never): Parsed<string> {
  let rest = text
  let value = ''
  for (;;) {
    const ch = rest[0]
    if (ch === undefined) fail('unterminated label value')
    rest = rest.slice(1)
    if (ch === '"') return { parsed: value, rest }
    if (ch === '\\') {
      const next = rest[0]
      rest = rest.slice(1)
      value += next === 'n' ? '\n' : (next ?? '')
    } else value += ch
  }
}

/** The sample value after the labels, with its optional timestamp ignored. */
function parseSampleValue(rest: string, fail: (why: string) => never): number {
  const fields = rest.trim().split(/\s+/)
  if (fields.length < 1 || fields.length > 2 || fields[0] === '') fail('expected a value and an optional timestamp')
  const value = parseValue(fields[0] ?? '')
  if (Number.isNaN(value) && fields[0] !== 'NaN') fail(`"${fields[0] ?? ''}" is not a number`)
  return value
}

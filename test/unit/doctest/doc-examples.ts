// Reads `@example EXPR // => VALUE` lines out of doc comments and compares a computed value with VALUE.
// Used by core-examples.test.ts; the grammar is documented there.
import ts from 'typescript'

export interface DocExample {
  /** Path relative to the repository root. */
  readonly file: string
  /** 1-based line of the `// =>` in the file. */
  readonly line: number
  /** The expression, as written (TypeScript). */
  readonly expression: string
  /** The expected value, as written. */
  readonly expected: string
}

export interface SkippedExample {
  readonly file: string
  readonly line: number
  readonly text: string
}

/** An `@example` block that is neither runnable nor marked illustrative: the test reports it as a failure. */
export interface MalformedExample {
  readonly file: string
  readonly line: number
  readonly text: string
  readonly problem: string
}

/** Marks an `@example` that shows usage but has no value to check (`@example (illustrative) …`). Keep it rare. */
export const ILLUSTRATIVE = '(illustrative)'

const ARROW = '// =>'

/**
 * Every `@example` block of every `/** … *\/` comment in `source`. A block runs from its tag to the next tag or the
 * end of the comment; it holds one or more cases `EXPR // => VALUE`, where EXPR may span lines and VALUE is one line.
 */
export function docExamples(
  file: string,
  source: string,
): { examples: DocExample[]; skipped: SkippedExample[]; malformed: MalformedExample[] } {
  const examples: DocExample[] = []
  const skipped: SkippedExample[] = []
  const malformed: MalformedExample[] = []
  const lines = source.split('\n')
  let inComment = false
  let block: { line: number; parts: { line: number; text: string }[] } | undefined
  const close = (): void => {
    if (block === undefined) return
    const parts = block.parts.filter((p) => p.text.trim() !== '')
    const text = parts.map((p) => p.text.trim()).join(' ')
    if (text.startsWith(ILLUSTRATIVE)) skipped.push({ file, line: block.line, text })
    else if (parts.length === 0) malformed.push({ file, line: block.line, text, problem: 'empty @example' })
    else {
      let pending: string[] = []
      for (const part of parts) {
        const at = part.text.indexOf(ARROW)
        if (at === -1) {
          pending.push(part.text.trim())
          continue
        }
        const expression = [...pending, part.text.slice(0, at).trim()].filter((t) => t !== '').join(' ')
        const expected = part.text.slice(at + ARROW.length).trim()
        if (expression === '' || expected === '')
          malformed.push({ file, line: part.line, text, problem: `a case needs both EXPR and VALUE around ${ARROW}` })
        else examples.push({ file, line: part.line, expression, expected })
        pending = []
      }
      if (pending.length > 0)
        malformed.push({ file, line: block.line, text, problem: `text after the last case has no ${ARROW} VALUE` })
    }
    block = undefined
  }
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i] ?? ''
    if (!inComment) {
      const open = text.indexOf('/**')
      if (open === -1) continue
      inComment = true
      text = text.slice(open + 3)
    }
    const end = text.indexOf('*/')
    if (end !== -1) text = text.slice(0, end)
    text = text.replace(/^\s*\*(?: |$)/, '')
    const tag = /^\s*@(\w+)\s?(.*)$/.exec(text)
    if (tag !== null) {
      close()
      if (tag[1] === 'example') block = { line: i + 1, parts: [{ line: i + 1, text: tag[2] ?? '' }] }
    } else if (block !== undefined) block.parts.push({ line: i + 1, text })
    if (end !== -1) {
      close()
      inComment = false
    }
  }
  close()
  return { examples, skipped, malformed }
}

/** Evaluates a (TypeScript) expression with exactly `scope`'s names bound, and the JavaScript globals. */
export function evaluateExample(expression: string, scope: Readonly<Record<string, unknown>>): unknown {
  const output = ts.transpileModule(`(${expression})`, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    reportDiagnostics: false,
  }).outputText
  const javascript = output.replace(/\/\/# sourceMappingURL=.*$/m, '').trim()
  const names = Object.keys(scope)
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating documentation examples is the point
  const run = new Function(...names, `"use strict"; return ${javascript}`) as (...values: unknown[]) => unknown
  return run(...names.map((name) => scope[name]))
}

/** A parsed VALUE: numbers keep the digits they were printed with. */
export type Expected =
  | { readonly kind: 'number'; readonly value: number; readonly decimals: number | 'exact' }
  | { readonly kind: 'scalar'; readonly value: string | boolean | null | undefined }
  | { readonly kind: 'array'; readonly items: readonly Expected[] }
  | { readonly kind: 'typed-array'; readonly type: string; readonly items: readonly Expected[] }
  | { readonly kind: 'object'; readonly entries: readonly (readonly [string, Expected])[] }

const TYPED_ARRAYS = new Set([
  'Float64Array',
  'Float32Array',
  'Int32Array',
  'Uint32Array',
  'Int16Array',
  'Uint16Array',
  'Int8Array',
  'Uint8Array',
])

/**
 * Parses VALUE: a JavaScript literal (numbers, NaN, ±Infinity, '…' or "…" strings, true, false, null, undefined,
 * arrays, objects with bare or quoted keys) or a typed array as Node prints it (`Uint32Array [1, 0]`). A trailing
 * remark in parentheses (`3.178 (ln 24)`) is allowed and ignored.
 * @throws {SyntaxError} naming the offset where VALUE stops being a literal
 */
export function parseExpected(text: string): Expected {
  let at = 0
  const fail = (what: string): never => {
    throw new SyntaxError(`VALUE ${JSON.stringify(text)}: ${what} at offset ${at}`)
  }
  const space = (): void => {
    while (at < text.length && /\s/.test(text[at] ?? '')) at++
  }
  const word = (): string => {
    const match = /^[A-Za-z_$][\w$]*/.exec(text.slice(at))
    return match === null ? '' : match[0]
  }
  const value = (): Expected => {
    space()
    const c = text[at]
    if (c === '[') return { kind: 'array', items: list('[', ']', value) }
    if (c === '{') return object()
    if (c === "'" || c === '"') return { kind: 'scalar', value: quoted() }
    const number = /^[+-]?(?:Infinity|NaN|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(text.slice(at))
    if (number !== null) {
      at += number[0].length
      return numberOf(number[0])
    }
    const name = word()
    at += name.length
    if (name === 'true' || name === 'false') return { kind: 'scalar', value: name === 'true' }
    if (name === 'null') return { kind: 'scalar', value: null }
    if (name === 'undefined') return { kind: 'scalar', value: undefined }
    if (TYPED_ARRAYS.has(name)) {
      space()
      return { kind: 'typed-array', type: name, items: list('[', ']', value) }
    }
    return fail(name === '' ? 'expected a literal' : `unknown name ${name}`)
  }
  const list = <T>(open: string, closing: string, item: () => T): T[] => {
    if (text[at] !== open) fail(`expected ${open}`)
    at++
    const items: T[] = []
    space()
    while (text[at] !== closing) {
      items.push(item())
      space()
      if (text[at] === ',') {
        at++
        space()
      } else if (text[at] !== closing) fail(`expected , or ${closing}`)
    }
    at++
    return items
  }
  const object = (): Expected => ({
    kind: 'object',
    entries: list('{', '}', () => {
      space()
      let key: string
      if (text[at] === "'" || text[at] === '"') key = quoted()
      else {
        key = word()
        if (key === '') fail('expected a key')
        at += key.length
      }
      space()
      if (text[at] !== ':') fail('expected :')
      at++
      return [key, value()] as const
    }),
  })
  const quoted = (): string => {
    const quote = text[at]
    let out = ''
    at++
    while (at < text.length && text[at] !== quote) {
      if (text[at] === '\\') {
        const next = text[at + 1] ?? ''
        out += ({ n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' } as Record<string, string>)[next] ?? next
        at += 2
      } else out += text[at++] ?? ''
    }
    if (text[at] !== quote) fail('unterminated string')
    at++
    return out
  }
  const result = value()
  space()
  if (/^\([^)]*\)$/.test(text.slice(at))) at = text.length
  if (at !== text.length) fail('unexpected text after the value')
  return result
}

function numberOf(text: string): Expected {
  const value = Number(text)
  if (!Number.isFinite(value) || /^[+-]?\d+$/.test(text)) return { kind: 'number', value, decimals: 'exact' }
  const [mantissa = '', exponent = '0'] = text.toLowerCase().split('e')
  const fraction = mantissa.split('.')[1] ?? ''
  return { kind: 'number', value, decimals: Math.max(0, fraction.length - Number(exponent)) }
}

/**
 * Differences between `actual` and `expected`, one line each (empty when they match). Integers, NaN and ±Infinity
 * compare exactly; other numbers to the decimals printed (|a − e| < 10^−d / 2, vitest's toBeCloseTo); objects must
 * have exactly the printed keys; typed arrays must be of the printed type.
 */
export function differences(actual: unknown, expected: Expected, path = 'value'): string[] {
  switch (expected.kind) {
    case 'number':
      return numberDifferences(actual, expected, path)
    case 'scalar':
      return actual === expected.value ? [] : [`${path}: expected ${show(expected.value)}, got ${show(actual)}`]
    case 'array':
      if (!Array.isArray(actual)) return [`${path}: expected an array, got ${show(actual)}`]
      return items(actual as unknown[], expected.items, path)
    case 'typed-array': {
      const type = actual?.constructor?.name
      if (!ArrayBuffer.isView(actual) || type !== expected.type)
        return [`${path}: expected a ${expected.type}, got ${show(actual)}`]
      return items(Array.from(actual as unknown as ArrayLike<unknown>), expected.items, path)
    }
    case 'object':
      return objectDifferences(actual, expected, path)
  }
}

function numberDifferences(actual: unknown, expected: Extract<Expected, { kind: 'number' }>, path: string): string[] {
  if (typeof actual !== 'number') return [`${path}: expected the number ${expected.value}, got ${show(actual)}`]
  if (expected.decimals === 'exact' || !Number.isFinite(actual))
    return Object.is(actual, expected.value) || actual === expected.value
      ? []
      : [`${path}: expected ${expected.value}, got ${actual}`]
  const tolerance = 10 ** -expected.decimals / 2
  return Math.abs(actual - expected.value) < tolerance
    ? []
    : [`${path}: expected ${expected.value} (to ${expected.decimals} decimals), got ${actual}`]
}

function objectDifferences(actual: unknown, expected: Extract<Expected, { kind: 'object' }>, path: string): string[] {
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
    return [`${path}: expected an object, got ${show(actual)}`]
  const record = actual as Record<string, unknown>
  const keys = Object.keys(record).filter((key) => record[key] !== undefined)
  const printed = expected.entries.map(([key]) => key)
  const extra = keys.filter((key) => !printed.includes(key))
  const found = expected.entries.flatMap(([key, value]) => differences(record[key], value, `${path}.${key}`))
  return extra.length === 0 ? found : [...found, `${path}: keys not in the example: ${extra.join(', ')}`]
}

function items(actual: readonly unknown[], expected: readonly Expected[], path: string): string[] {
  if (actual.length !== expected.length)
    return [`${path}: expected ${expected.length} items, got ${actual.length}: ${show(actual)}`]
  return expected.flatMap((item, i) => differences(actual[i], item, `${path}[${i}]`))
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (ArrayBuffer.isView(value))
    return `${value.constructor.name} [${Array.from(value as unknown as number[]).join(', ')}]`
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

/**
 * The subset of GitHub Actions expressions (`${{ … }}`) the shipped workflows use, evaluated as the runner does:
 * context paths (`github.event.check_run.name`, `steps.train.outputs.metrics-path`, `inputs.version`), string,
 * number, boolean and null literals, `!`, `==`, `!=` (strings compared case-insensitively), `&&`, `||` (returning
 * an operand, so `a || 'default'` works), parentheses and the functions fromJSON, toJSON, startsWith, endsWith,
 * contains, always, success, failure and cancelled. Anything else throws, naming the expression, so a workflow
 * using more fails the test instead of being misread.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/expressions
 */
export type Value = string | number | boolean | null | readonly Value[] | { readonly [key: string]: Value }

export interface ExpressionContext {
  readonly contexts: Readonly<Record<string, Value>>
  /** The job's status so far, for success(), failure() and always(). */
  readonly jobFailed: boolean
}

type Token = { kind: 'op' | 'name' | 'prop' | 'string' | 'number'; text: string }

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  const pattern =
    /\s*(?:(\|\||&&|==|!=|!|\(|\)|,)|'((?:[^']|'')*)'|(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*)|(\.[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*))/y
  let index = 0
  while (index < source.length) {
    if (/^\s*$/.test(source.slice(index))) break
    pattern.lastIndex = index
    const match = pattern.exec(source)
    if (match === null) throw new Error(`expression "${source}": cannot read "${source.slice(index)}"`)
    index = pattern.lastIndex
    if (match[1] !== undefined) tokens.push({ kind: 'op', text: match[1] })
    else if (match[2] !== undefined) tokens.push({ kind: 'string', text: match[2].replace(/''/g, "'") })
    else if (match[3] !== undefined) tokens.push({ kind: 'number', text: match[3] })
    else if (match[4] !== undefined) tokens.push({ kind: 'name', text: match[4] })
    else tokens.push({ kind: 'prop', text: match[5] ?? '' })
  }
  return tokens
}

const truthy = (value: Value): boolean => !(value === null || value === false || value === 0 || value === '')
const text = (value: Value): string =>
  value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)

function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase()
  return a === b
}

function lookup(path: string, context: ExpressionContext, source: string): Value {
  const [root = '', ...keys] = path.split('.')
  if (!(root in context.contexts)) throw new Error(`expression "${source}": no context "${root}" in this harness`)
  let current: Value | undefined = context.contexts[root]
  for (const key of keys) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return null
    current = (current as Record<string, Value>)[key]
    if (current === undefined) return null
  }
  return current ?? null
}

/** Evaluates one expression (the text between `${{` and `}}`). */
export function evaluate(source: string, context: ExpressionContext): Value {
  const tokens = tokenize(source)
  let at = 0
  const peek = (): Token | undefined => tokens[at]
  const take = (text?: string): Token => {
    const token = tokens[at]
    if (token === undefined || (text !== undefined && token.text !== text))
      throw new Error(`expression "${source}": expected ${text ?? 'more'} at token ${at}`)
    at += 1
    return token
  }
  const call = (name: string, args: Value[]): Value => {
    switch (name) {
      case 'fromJSON':
        return JSON.parse(text(args[0] ?? null)) as Value
      case 'toJSON':
        return JSON.stringify(args[0] ?? null)
      case 'startsWith':
        return text(args[0] ?? null)
          .toLowerCase()
          .startsWith(text(args[1] ?? null).toLowerCase())
      case 'endsWith':
        return text(args[0] ?? null)
          .toLowerCase()
          .endsWith(text(args[1] ?? null).toLowerCase())
      case 'contains':
        return text(args[0] ?? null)
          .toLowerCase()
          .includes(text(args[1] ?? null).toLowerCase())
      case 'always':
        return true
      case 'success':
        return !context.jobFailed
      case 'failure':
        return context.jobFailed
      case 'cancelled':
        return false
      default:
        throw new Error(`expression "${source}": function ${name}() is not supported by this harness`)
    }
  }
  const property = (value: Value, path: string): Value => {
    let current: Value | undefined = value
    for (const key of path.split('.').filter((k) => k !== '')) {
      if (current === null || typeof current !== 'object' || Array.isArray(current)) return null
      current = (current as Record<string, Value>)[key]
    }
    return current ?? null
  }
  const primary = (): Value => {
    const token = take()
    if (token.kind === 'string') return token.text
    if (token.kind === 'number') return Number(token.text)
    if (token.kind === 'op' && token.text === '(') {
      const value = or()
      take(')')
      return value
    }
    if (token.kind === 'op' && token.text === '!') return !truthy(primary())
    if (token.kind !== 'name') throw new Error(`expression "${source}": unexpected "${token.text}"`)
    if (token.text === 'true') return true
    if (token.text === 'false') return false
    if (token.text === 'null') return null
    if (peek()?.text === '(') {
      take('(')
      const args: Value[] = []
      while (peek()?.text !== ')') {
        args.push(or())
        if (peek()?.text === ',') take(',')
      }
      take(')')
      const result = call(token.text, args)
      // A property path right after the call: `fromJSON(x).alias`.
      return peek()?.kind === 'prop' ? property(result, take().text) : result
    }
    return lookup(token.text, context, source)
  }
  const comparison = (): Value => {
    const left = primary()
    const op = peek()
    if (op?.kind === 'op' && (op.text === '==' || op.text === '!=')) {
      take()
      const right = primary()
      return op.text === '==' ? equal(left, right) : !equal(left, right)
    }
    return left
  }
  const and = (): Value => {
    let left = comparison()
    while (peek()?.text === '&&') {
      take()
      const right = comparison()
      left = truthy(left) ? right : left
    }
    return left
  }
  const or = (): Value => {
    let left = and()
    while (peek()?.text === '||') {
      take()
      const right = and()
      left = truthy(left) ? left : right
    }
    return left
  }
  const value = or()
  if (at !== tokens.length) throw new Error(`expression "${source}": unexpected "${tokens[at]?.text ?? ''}"`)
  return value
}

/** A `with:`/`env:` value: every `${{ … }}` replaced by its value's text, as the runner interpolates. */
export function interpolate(template: string, context: ExpressionContext): string {
  return template.replace(/\$\{\{\s*([\s\S]*?)\s*\}\}/g, (_, expression: string) => text(evaluate(expression, context)))
}

/** An `if:` condition: with or without `${{ }}`; absent means success(). */
export function condition(source: unknown, context: ExpressionContext): boolean {
  if (source === undefined || source === null) return !context.jobFailed
  if (typeof source === 'boolean') return source
  const inner = (typeof source === 'string' ? source : JSON.stringify(source))
    .trim()
    .replace(/^\$\{\{\s*([\s\S]*?)\s*\}\}$/, '$1')
  const usesStatus = /\b(always|success|failure|cancelled)\s*\(/.test(inner)
  // GitHub adds `success() &&` to a condition that uses no status function.
  return (usesStatus || !context.jobFailed) && truthy(evaluate(inner, context))
}

import { REDACTED } from './secret-redactor.js'

/** Words that make a parameter or flag name a credential's: `api_key`, `--hf-token`, `dbPassword`, `SECRET`. */
const SECRET_WORD = /^(?:\w*token\w*|\w*secret\w*|\w*passw(?:or)?d\w*|passphrase|credentials?|keys?|apikey|pat)$/

/**
 * Whether a parameter, flag or variable name says its value is a credential: one of its words (split at
 * non-letters and camelCase) is a token, secret, password, credential or key word.
 * @example isSecretName('api_key') // => true
 * @example isSecretName('--hf-token') // => true
 * @example isSecretName('dbPassword') // => true
 * @example isSecretName('monkey_count') // => false
 */
export function isSecretName(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
  return words.some((word) => SECRET_WORD.test(word))
}

const scalarText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'bigint' ? String(value) : undefined

/**
 * The values of secret-named parameters (at any depth) and argv entries (`--api-token VALUE`,
 * `--api-token=VALUE`, `API_TOKEN=VALUE`): what the redactor must register before anything about the run is
 * published.
 * @example secretArgumentValues({ lr: 0.1, api_key: 'k-123456' }, ['train', '--hf-token', 'hf-abcdef', 'PASSWORD=pw-98765']) // => ['k-123456', 'hf-abcdef', 'pw-98765']
 */
export function secretArgumentValues(params: unknown, argv: readonly string[]): string[] {
  const values: string[] = []
  const walk = (value: unknown, secret: boolean): void => {
    const text = scalarText(value)
    if (text !== undefined) {
      if (secret && text !== '') values.push(text)
    } else if (Array.isArray(value)) for (const item of value) walk(item, secret)
    else if (value !== null && typeof value === 'object')
      for (const [name, inner] of Object.entries(value)) walk(inner, secret || isSecretName(name))
  }
  walk(params, false)
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const assigned = /^(-{0,2}[A-Za-z_][\w.-]*)=(.+)$/s.exec(arg)
    if (assigned !== null) {
      if (isSecretName(assigned[1] ?? '')) values.push(assigned[2] ?? '')
    } else if (/^--?[A-Za-z]/.test(arg) && isSecretName(arg)) {
      const next = argv[i + 1]
      if (next !== undefined && !next.startsWith('-')) values.push(next)
    }
  }
  return values
}

/**
 * Params and argv with every secret-named value replaced by `***`, for the lineage record and the model card
 * (the command itself still gets the real values).
 * @example maskSecretArguments({ api_key: 'k-123456', lr: 0.1 }, ['t', '--token', 'abcdef']) // => { params: { api_key: '***', lr: 0.1 }, argv: ['t', '--token', '***'] }
 */
export function maskSecretArguments<P>(params: P, argv: readonly string[]): { params: P; argv: string[] } {
  const secrets = new Set(secretArgumentValues(params, argv))
  const mask = (value: unknown, secret: boolean): unknown => {
    if (scalarText(value) !== undefined) return secret ? REDACTED : value
    if (Array.isArray(value)) return value.map((item) => mask(item, secret))
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value).map(([name, inner]) => [name, mask(inner, secret || isSecretName(name))]),
      )
    return value
  }
  const maskArg = (arg: string): string => {
    let out = arg
    for (const secret of secrets) if (secret.length > 0) out = out.split(secret).join(REDACTED)
    return out
  }
  return { params: mask(params, false) as P, argv: argv.map(maskArg) }
}

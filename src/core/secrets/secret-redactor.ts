import { TOKEN_PATTERNS } from './token-patterns.js'

/** What replaces a secret in every published byte (the runner's log mask uses the same three stars). */
export const REDACTED = '***'

/** Secrets shorter than this are not registered: masking "1" or "ab" would shred every report. */
export const MIN_SECRET_LENGTH = 4

export interface SecretRedactor {
  /**
   * Registers a value to hide (and its URL-encoded and JSON-escaped forms); short or empty values are ignored.
   * Returns whether anything new was registered.
   */
  add(secret: string): boolean
  /** `text` with every registered secret and every well-known token shape replaced by `***`. */
  redact(text: string): string
  /** How many distinct values are registered (for tests and the debug log). */
  readonly size: number
}

function variants(secret: string): string[] {
  const forms = new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])
  return [...forms].filter((form) => form.length >= MIN_SECRET_LENGTH)
}

/**
 * The one redactor every published text passes through (report file, job summary, PR comment, check run,
 * outputs, terminal). Registered values are replaced longest first, so a secret that contains another is hidden
 * whole; then the well-known token shapes of TOKEN_PATTERNS.
 * @example (() => { const r = createSecretRedactor(); r.add('hunter22'); return r.redact('pw=hunter22') })() // => 'pw=***'
 */
export function createSecretRedactor(): SecretRedactor {
  const secrets = new Set<string>()
  let ordered: string[] = []
  return {
    add(secret: string): boolean {
      const trimmed = secret.trim()
      if (trimmed.length < MIN_SECRET_LENGTH) return false
      let changed = false
      for (const form of [...variants(secret), ...variants(trimmed)]) {
        if (!secrets.has(form)) {
          secrets.add(form)
          changed = true
        }
      }
      if (changed) ordered = [...secrets].sort((a, b) => b.length - a.length)
      return changed
    },
    redact(text: string): string {
      let out = text
      for (const secret of ordered) if (out.includes(secret)) out = out.split(secret).join(REDACTED)
      for (const { pattern } of TOKEN_PATTERNS) out = out.replace(pattern, REDACTED)
      return out
    },
    get size(): number {
      return secrets.size
    },
  }
}

/**
 * A copy of a JSON-like value with every string (keys included) redacted: reports, outputs, figures.
 * @example redactDeep({ a: ['ghp_' + 'a'.repeat(36)] }, createSecretRedactor()) // => { a: ['***'] }
 */
export function redactDeep<T>(value: T, redactor: Pick<SecretRedactor, 'redact'>): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redactor.redact(v)
    if (Array.isArray(v)) return v.map(walk)
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, inner]) => [redactor.redact(k), walk(inner)]))
    }
    return v
  }
  return walk(value) as T
}

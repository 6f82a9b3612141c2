import { ConfigurationError } from '../errors.js'
import { trainMessages } from './messages.js'

/**
 * `KEY=VALUE` lines (the `env` input) to a map; blank lines and `#` comments are skipped, the value is
 * everything after the first `=` (kept verbatim, may be empty).
 *
 * @throws ConfigurationError naming the line when it has no `=` or the key is not a valid variable name.
 * @example parseEnvLines('EPOCHS=3\nMODE=a=b') // => { EPOCHS: '3', MODE: 'a=b' }
 */
export function parseEnvLines(text: string): Record<string, string> {
  const env: Record<string, string> = {}
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const eq = line.indexOf('=')
    const key = eq < 0 ? '' : line.slice(0, eq).trim()
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
      throw new ConfigurationError(
        trainMessages.badEnvLine(i + 1, line),
        { input: 'env' },
        'write one NAME=value per line; names are letters, digits and _',
      )
    }
    env[key] = line.slice(eq + 1)
  })
  return env
}

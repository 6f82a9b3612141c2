import { ConfigurationError } from '../errors.js'
import { notADate } from './messages.js'

/**
 * The instant of the `at` input of history mode: an ISO 8601 date-time, or a bare date meaning the end of that
 * day (UTC), so "champion on 2026-03-01" includes that day's moves.
 * @throws ConfigurationError naming the input when the text is not a date.
 * @example parseAliasInstant('2026-03-01').toISOString() // => '2026-03-01T23:59:59.999Z'
 */
export function parseAliasInstant(text: string, input = 'at'): Date {
  const at = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T23:59:59.999Z` : text)
  if (Number.isNaN(at.getTime()))
    throw new ConfigurationError(
      notADate(text),
      { input },
      'write an ISO 8601 date, e.g. 2026-03-01 or 2026-03-01T12:00:00Z',
    )
  return at
}

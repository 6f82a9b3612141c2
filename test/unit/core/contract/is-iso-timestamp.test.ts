import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isIsoTimestamp } from '../../../../src/core/contract/classify-cell.js'

// The definition, the slow way: the ISO shape by regex, then every field range-checked through Date.UTC round trips.
function referenceIsIso(cell: string): boolean {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/.exec(
      cell.trim(),
    )
  if (m === null) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(2000, mo - 1, d))
  date.setUTCFullYear(y)
  if (mo < 1 || mo > 12 || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return false
  const within = (v: string | undefined, max: number): boolean => v === undefined || Number(v) <= max
  return within(m[4], 23) && within(m[5], 59) && within(m[6], 59) && within(m[7], 23) && within(m[8], 59)
}

describe('isIsoTimestamp', () => {
  it('isIsoTimestamp(text) accepts real dates and date-times and rejects impossible ones', () => {
    for (const text of [
      '2024-02-29',
      '2000-02-29',
      '2024-01-31T12:00',
      '2024-01-31 23:59:59.123456789Z',
      '2024-01-31T12:00:00+05:30',
      '2024-01-31T12:00-0800',
      ' 2024-01-31 ',
    ]) {
      expect(isIsoTimestamp(text), text).toBe(true)
    }
    for (const text of [
      '2024-02-30',
      '2023-02-29',
      '1900-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024-01-31T24:00',
      '2024-01-31T12:60',
      '2024-01-31T12:00:60',
      '2024-01-31T',
      '2024-01-31Z',
      '2024-1-31',
      '2024-01-31T12:00:00.',
      '2024-01-31T12:00:00.1234567890',
      '2024-01-31T12:00+05',
      'yesterday',
    ]) {
      expect(isIsoTimestamp(text), text).toBe(false)
    }
    expect(isIsoTimestamp(20240131)).toBe(false)
  })
  it('isIsoTimestamp(text) agrees with the regex-and-calendar definition on timestamp-like text', () => {
    const d = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`))
    const text = fc
      .tuple(
        d(4),
        d(2),
        d(2),
        fc.constantFrom('', 'T', ' ', 'x'),
        d(2),
        fc.constantFrom(':', '-'),
        d(2),
        fc.constantFrom('', ':00', ':59.5', ':61', '.1'),
        fc.constantFrom('', 'Z', '+05:30', '-0800', '+24:00', 'ZZ', '+5'),
      )
      .map(([y, mo, dd, sep, h, colon, mi, sec, zone]) =>
        sep === '' ? `${y}-${mo}-${dd}` : `${y}-${mo}-${dd}${sep}${h}${colon}${mi}${sec}${zone}`,
      )
    fc.assert(
      fc.property(text, (t) => isIsoTimestamp(t) === referenceIsIso(t)),
      { numRuns: 20000 },
    )
  })
})

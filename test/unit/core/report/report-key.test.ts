import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../../src/core/errors.js'
import { checkRunName, parseReportKey, sectionId } from '../../../../src/core/report/report-key.js'
import { parseCommentSections, upsertCommentSection } from '../../../../src/core/report/sticky-comment-body.js'

describe('report-key', () => {
  it('parseReportKey keeps a plain name and reads an empty value as no key', () => {
    expect(parseReportKey('gate-0')).toBe('gate-0')
    expect(parseReportKey('_train.py3_11')).toBe('_train.py3_11')
    expect(parseReportKey('  ')).toBeUndefined()
    expect(parseReportKey(undefined)).toBeUndefined()
  })

  it.each(['a -->', 'x<!--', 'a b', '-lead', 'ü', 'a'.repeat(101), 'gate:1'])(
    'parseReportKey(%j) is a configuration error naming the input',
    (value) => {
      let thrown: unknown
      try {
        parseReportKey(value)
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(ConfigurationError)
      const described = (thrown as ConfigurationError).describe()
      expect(described).toContain('(input "report-key")')
      expect(described).toContain('use 1 to 100 letters, digits, ".", "_" or "-", not starting with "." or "-"')
    },
  )

  it('a key names its own section and check run; no key keeps the names of one run per PR', () => {
    expect(checkRunName('evaluate-vs-champion', 'gate-3')).toBe('modelgate/evaluate-vs-champion (gate-3)')
    expect(checkRunName('evaluate-vs-champion')).toBe('modelgate/evaluate-vs-champion')
    const body = upsertCommentSection(undefined, sectionId('validate-data', 'x'), 'X')
    expect(body).toContain('<!-- modelgate:section:validate-data:x -->\nX\n<!-- modelgate:end:validate-data:x -->')
    expect([...parseCommentSections(body).keys()]).toEqual(['validate-data:x'])
  })
})

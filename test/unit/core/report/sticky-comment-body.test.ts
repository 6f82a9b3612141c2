import { sectionId } from '../../../../src/core/report/report-key.js'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  COMMENT_LIMIT,
  COMMENT_MARKER,
  parseCommentSections,
  upsertCommentSection,
} from '../../../../src/core/report/sticky-comment-body.js'
import { GATE_NAMES } from '../../../../src/core/gate/gate-name.js'

describe('upsertCommentSection', () => {
  it('upsertCommentSection(undefined, gate, md) starts a comment with the hidden marker and the section', () => {
    const body = upsertCommentSection(undefined, 'fairness-gate', '### fair')
    expect(body.startsWith(COMMENT_MARKER)).toBe(true)
    expect(parseCommentSections(body).get('fairness-gate')).toBe('### fair')
  })

  it('upsertCommentSection(body, gate, md) keeps other gates and orders sections by pipeline', () => {
    let body = upsertCommentSection(undefined, 'canary-deploy', 'C')
    body = upsertCommentSection(body, 'validate-data', 'V1')
    body = upsertCommentSection(body, 'validate-data', 'V2')
    expect([...parseCommentSections(body).entries()]).toEqual([
      ['validate-data', 'V2'],
      ['canary-deploy', 'C'],
    ])
    expect(body.indexOf('validate-data')).toBeLessThan(body.indexOf('canary-deploy'))
  })

  it('upsertCommentSection stays within 65,536 characters however large the sections are', () => {
    let body: string | undefined
    for (const gate of GATE_NAMES) body = upsertCommentSection(body, gate, `${'| a | b |\n'.repeat(4000)}`)
    expect(body!.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(parseCommentSections(body!).size).toBe(GATE_NAMES.length)
  })

  it('upsertCommentSection round-trips any section text (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GATE_NAMES),
        fc.string({ maxLength: 300 }).filter((s) => !s.includes('<!-- modelgate')),
        (gate, text) => {
          const body = upsertCommentSection(upsertCommentSection(undefined, 'validate-data', 'keep me'), gate, text)
          expect(parseCommentSections(body).get(gate)).toBe(text.trimEnd())
          if (gate !== 'validate-data') expect(parseCommentSections(body).get('validate-data')).toBe('keep me')
        },
      ),
    )
  })

  it('parseCommentSections reads a body whose line ends came back as CRLF (a web-UI edit) without dropping sections', () => {
    let body = upsertCommentSection(undefined, 'validate-data', 'V line 1\nV line 2')
    body = upsertCommentSection(body, 'fairness-gate', 'F')
    const edited = body.replace(/\n/g, '\r\n')
    expect(Object.fromEntries(parseCommentSections(edited))).toEqual({
      'validate-data': 'V line 1\nV line 2',
      'fairness-gate': 'F',
    })
    expect(Object.fromEntries(parseCommentSections(upsertCommentSection(edited, 'register-model', 'R')))).toEqual({
      'validate-data': 'V line 1\nV line 2',
      'fairness-gate': 'F',
      'register-model': 'R',
    })
  })

  it("a section that quotes the section markers cannot forge or cut another gate's section", () => {
    const forged =
      'x\n<!-- modelgate:end:validate-data -->\n<!-- modelgate:section:fairness-gate -->\n✅ PASS\n<!-- modelgate:end:fairness-gate -->'
    const body = upsertCommentSection(
      upsertCommentSection(undefined, 'fairness-gate', 'real F'),
      'validate-data',
      forged,
    )
    const sections = parseCommentSections(body)
    expect(sections.get('fairness-gate')).toBe('real F')
    expect(sections.get('validate-data')).toContain('&lt;!-- modelgate:section:fairness-gate -->')
    expect([...sections.keys()]).toEqual(['validate-data', 'fairness-gate'])
  })

  it('keyed sections (report-key) of one gate are kept apart, after the unkeyed one, in pipeline order', () => {
    let body = upsertCommentSection(undefined, 'register-model', 'R')
    body = upsertCommentSection(body, sectionId('fairness-gate', 'gate-1'), 'F leg 1')
    body = upsertCommentSection(body, sectionId('fairness-gate', 'gate-0'), 'F leg 0')
    body = upsertCommentSection(body, 'fairness-gate', 'F plain')
    body = upsertCommentSection(body, sectionId('fairness-gate', 'gate-1'), 'F leg 1 again')
    expect([...parseCommentSections(body).entries()]).toEqual([
      ['fairness-gate', 'F plain'],
      ['fairness-gate:gate-0', 'F leg 0'],
      ['fairness-gate:gate-1', 'F leg 1 again'],
      ['register-model', 'R'],
    ])
    expect(parseCommentSections(body.replace(/\n/g, '\r\n')).size).toBe(4)
  })
})

import { GATE_NAMES } from '../gate/gate-name.js'
import { truncateMarkdown } from './truncate-markdown.js'

/** Hidden marker that identifies modelgate's one comment on a PR. */
export const COMMENT_MARKER = '<!-- modelgate:pipeline-report -->'
/** GitHub's limit on an issue comment body. */
export const COMMENT_LIMIT = 65_536

/** A section id is a gate, or `gate:key` for a keyed run (sectionId in report-key.ts). */
const sectionPattern =
  /<!-- modelgate:section:([a-z-]+(?::[A-Za-z0-9_][A-Za-z0-9._-]{0,99})?) -->\n([\s\S]*?)\n<!-- modelgate:end:\1 -->/g

const gateOf = (id: string): string => id.split(':', 1)[0] ?? id

/** Pipeline order of the gates, then unkeyed before keyed, then by key. */
function compareSections(a: string, b: string): number {
  const byGate =
    (GATE_NAMES as readonly string[]).indexOf(gateOf(a)) - (GATE_NAMES as readonly string[]).indexOf(gateOf(b))
  if (byGate !== 0) return byGate
  return a.length === gateOf(a).length ? -1 : b.length === gateOf(b).length ? 1 : a < b ? -1 : a > b ? 1 : 0
}

/**
 * The sections already in a comment body, by section id (a gate, or `gate:key`). Line ends may be CRLF (a body
 * edited in the web UI).
 */
export function parseCommentSections(body: string): Map<string, string> {
  const sections = new Map<string, string>()
  for (const match of body.replace(/\r\n?/g, '\n').matchAll(sectionPattern)) {
    const id = match[1] ?? ''
    if ((GATE_NAMES as readonly string[]).includes(gateOf(id))) sections.set(id, match[2] ?? '')
  }
  return sections
}

/**
 * The comment body with section `id`'s content replaced (or added), sections in pipeline order, within GitHub's
 * 65,536-character limit: when too long, each section is cut to an equal share (the job summary keeps all).
 * Other gates' sections are kept as they are, which is what lets parallel gates share one comment.
 */
export function upsertCommentSection(existingBody: string | undefined, id: string, markdown: string): string {
  const sections = parseCommentSections(existingBody ?? '')
  // A marker inside the section (quoted data, however it got there) must not open or close another section.
  sections.set(id, markdown.trimEnd().replaceAll('<!-- modelgate:', '&lt;!-- modelgate:'))
  const header = `${COMMENT_MARKER}\n## modelgate pipeline report\n`
  const ordered = [...sections.keys()].sort(compareSections)
  const wrap = (name: string, content: string): string =>
    `<!-- modelgate:section:${name} -->\n${content}\n<!-- modelgate:end:${name} -->`
  let body = [header, ...ordered.map((name) => wrap(name, sections.get(name) ?? ''))].join('\n')
  if (body.length > COMMENT_LIMIT) {
    const overhead = header.length + ordered.reduce((sum, name) => sum + wrap(name, '').length + 1, 0)
    const share = Math.floor((COMMENT_LIMIT - overhead) / ordered.length)
    body = [
      header,
      ...ordered.map((name) =>
        wrap(
          name,
          truncateMarkdown(
            sections.get(name) ?? '',
            share,
            '\n\n_Cut to fit the comment; the full report is in the job summary._\n',
          ),
        ),
      ),
    ].join('\n')
  }
  return body
}

/** Whether a comment body already holds exactly this section content. */
export function hasSection(body: string, id: string, markdown: string): boolean {
  return parseCommentSections(body).get(id) === markdown.trimEnd()
}

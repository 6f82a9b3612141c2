import { GATE_NAMES, type GateName } from '../gate/gate-name.js'
import { truncateMarkdown } from './truncate-markdown.js'

/** Hidden marker that identifies modelgate's one comment on a PR. */
export const COMMENT_MARKER = '<!-- modelgate:pipeline-report -->'
/** GitHub's limit on an issue comment body. */
export const COMMENT_LIMIT = 65_536

const sectionPattern = /<!-- modelgate:section:([a-z-]+) -->\n([\s\S]*?)\n<!-- modelgate:end:\1 -->/g

/** The gate sections already in a comment body, by gate. Line ends may be CRLF (a body edited in the web UI). */
export function parseCommentSections(body: string): Map<GateName, string> {
  const sections = new Map<GateName, string>()
  for (const match of body.replace(/\r\n?/g, '\n').matchAll(sectionPattern)) {
    const gate = match[1] as GateName
    if ((GATE_NAMES as readonly string[]).includes(gate)) sections.set(gate, match[2] ?? '')
  }
  return sections
}

/**
 * The comment body with `gate`'s section replaced (or added), sections in pipeline order, within GitHub's
 * 65,536-character limit: when too long, each section is cut to an equal share (the job summary keeps all).
 * Other gates' sections are kept as they are, which is what lets parallel gates share one comment.
 */
export function upsertCommentSection(existingBody: string | undefined, gate: GateName, markdown: string): string {
  const sections = parseCommentSections(existingBody ?? '')
  // A marker inside the section (quoted data, however it got there) must not open or close another section.
  sections.set(gate, markdown.trimEnd().replaceAll('<!-- modelgate:', '&lt;!-- modelgate:'))
  const header = `${COMMENT_MARKER}\n## modelgate pipeline report\n`
  const ordered = GATE_NAMES.filter((name) => sections.has(name))
  const wrap = (name: GateName, content: string): string =>
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
export function hasSection(body: string, gate: GateName, markdown: string): boolean {
  return parseCommentSections(body).get(gate) === markdown.trimEnd()
}

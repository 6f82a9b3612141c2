/** Zero-width space: breaks `@mention`, `#123`, `GH-123` and autolink literals without showing. */
const BREAK = '\u200b'

/**
 * The one escaper for every string that came from data or users (column names, categories, group names,
 * messages quoting data), for a Markdown table cell or inline position. What comes out renders as the text
 * itself on GitHub: no HTML tags or comments (so no `</details>` and no section markers), no entities, no
 * links, images, footnotes or strikethrough, no autolinked URLs or e-mail addresses, no `@mentions` (nobody is notified),
 * no `#123`/`GH-123` references, no math; pipes and newlines cannot break the table.
 * @example escapeMarkdown('a|b') // => 'a\\|b'
 * @example escapeMarkdown('<!--') // => '&lt;!--'
 * @example escapeMarkdown('@octocat').length // => 9 (a zero-width space after the @)
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|[\n\u2028\u2029]/g, ' ')
    .replace(/[\\`|[\]$~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${BREAK}`)
    .replace(/(#|\bGH-)(?=\d)/gi, `$1${BREAK}`)
    .replace(/:(?=\/\/)/g, `:${BREAK}`)
    .replace(/\b(www)\./gi, `$1${BREAK}.`)
    .replace(/\b(mailto|xmpp):/gi, `$1${BREAK}:`)
}

/**
 * `text` as an inline code span (delimiters included) for a table cell: code spans take no backslash escapes
 * and GitHub resolves nothing inside them, so only backtick runs (a longer fence), pipes and newlines matter.
 * @example codeSpan('a`b') // => '`` a`b ``'
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r\n?|[\n\u2028\u2029]/g, ' ').replace(/\|/g, '\\|')
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((run) => run[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = longest > 0 || flat.startsWith(' ') || flat === '' ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/**
 * Markdown a gate wrote (a report's summary: lists, links, code blocks) made safe for the data it may quote:
 * outside fenced code blocks, no raw HTML (so no comment that hides the rest, no section marker, no
 * `</details>`), no image, no `@mention` and no `#123`/`GH-123` reference; the gate's own Markdown (lists, links,
 * code) stays as it is, so a link quoted from data still renders as a link. Only
 * fences GitHub must read as fences are kept (opened and closed at the start of a line, no backtick in the info
 * string): anything else is treated as text. Data is better escaped whole with escapeMarkdown where a sentence
 * quotes it; this is the net under every summary.
 * @example inertMarkdown('- on <!-- x --> by me') // => '- on &lt;!-- x --> by me'
 * @example inertMarkdown('ping @octocat').length // => 14 (a zero-width space after the @)
 * @example inertMarkdown('or:\n```sh\nx <y\n```') // => 'or:\n```sh\nx <y\n```'
 */
export function inertMarkdown(markdown: string): string {
  return markdown
    .split(/(^```[^`\n]*\n[\s\S]*?^```[ \t]*$)/m)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/</g, '&lt;')
            .replace(/!\[/g, '!\\[')
            .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${BREAK}`)
            .replace(/(#|\bGH-)(?=\d)/gi, `$1${BREAK}`),
    )
    .join('')
}

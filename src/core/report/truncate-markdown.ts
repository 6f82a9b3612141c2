/**
 * Cuts Markdown to at most `limit` characters at a line boundary, closing an open code fence, and
 * appends `notice` (which counts towards the limit).
 * @example truncateMarkdown('line 1\nline 2\nline 3', 16, '…') // => 'line 1\n…'
 */
export function truncateMarkdown(markdown: string, limit: number, notice: string): string {
  if (markdown.length <= limit) return markdown
  const budget = Math.max(0, limit - notice.length - 5)
  let cut = markdown.slice(0, budget)
  const lastNewline = cut.lastIndexOf('\n')
  if (lastNewline > 0) cut = cut.slice(0, lastNewline + 1)
  const fences = (cut.match(/^```/gm) ?? []).length
  if (fences % 2 === 1) cut += '```\n'
  return (cut + notice).slice(0, limit)
}

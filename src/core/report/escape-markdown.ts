/**
 * Escapes text for a Markdown table cell or inline position: pipes, backticks, angle brackets and newlines
 * cannot break the table or inject HTML (group names and column names come from user data).
 * @example escapeMarkdown('a|b') // => 'a\\|b'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/`/g, '\\`')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ')
}

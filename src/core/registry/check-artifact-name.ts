/**
 * Why `name` cannot be a GitHub Actions artifact name, or undefined when it can. The rules are those of
 * @actions/artifact's `validateArtifactName` (no `"` `:` `<` `>` `|` `*` `?` `\` `/`, no carriage return or line
 * feed), plus what keeps a local copy under its folder: no other control characters, not empty, not `.` or `..`,
 * no leading or trailing space, at most 255 bytes.
 * @example checkArtifactName('model-3') // => undefined
 * @example checkArtifactName('../../x') // => 'it contains "/" (forward slash)'
 * @example checkArtifactName('..') // => 'it is "." or ".."'
 */
export function checkArtifactName(name: string): string | undefined {
  if (name === '') return 'it is empty'
  const forbidden: readonly (readonly [string, string])[] = [
    ['/', 'forward slash'],
    ['\\', 'backslash'],
    ['"', 'double quote'],
    [':', 'colon'],
    ['<', 'less than'],
    ['>', 'greater than'],
    ['|', 'vertical bar'],
    ['*', 'asterisk'],
    ['?', 'question mark'],
  ]
  for (const [character, label] of forbidden)
    if (name.includes(character)) return `it contains "${character}" (${label})`
  for (const character of name) {
    const code = character.codePointAt(0) ?? 0
    if (code < 0x20 || code === 0x7f)
      return `it contains the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  }
  if (name === '.' || name === '..') return 'it is "." or ".."'
  if (name.trim() !== name) return 'it starts or ends with a space'
  if (new TextEncoder().encode(name).length > 255) return 'it is longer than 255 bytes'
  return undefined
}

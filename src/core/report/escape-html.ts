/**
 * The one escaper for untrusted text in HTML (element content and quoted attribute values): `&`, `<`, `>`, `"`
 * and `'` become entities, so nothing from data can open a tag, end an attribute or start an entity; lone
 * surrogates become U+FFFD (they cannot be encoded as UTF-8).
 * @example escapeHtml('<b title="x">&</b>') // => '&lt;b title=&quot;x&quot;&gt;&amp;&lt;/b&gt;'
 * @example escapeHtml("it's") // => 'it&#39;s'
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * A script's source made safe inside an inline `<script>` element: the `<` of every `<!--`, `<script` and
 * `</script` (any case) is written `\x3C`, which JavaScript reads as `<` inside strings, regexes and template
 * literals (the only places minified code holds them), so the HTML parser never leaves or re-enters script data.
 * @example inlineScript('a("</script>")') // => 'a("\\x3C/script>")'
 */
export function inlineScript(source: string): string {
  return source.replace(/<(?=!--|\/?script)/gi, '\\x3C')
}

import { RE2JS } from 're2js'

/** A contract `pattern` ready to test cells, or why it cannot run. */
export type CompiledPattern =
  { readonly ok: true; readonly test: (text: string) => boolean } | { readonly ok: false; readonly reason: string }

/**
 * Compiles a contract `pattern` (ECMAScript syntax) for RE2 (the `re2js` port): matching takes time linear in the
 * cell's length whatever the pattern, so that `^(a+)+$` cannot hang a gate on a crafted cell. JavaScript-only
 * syntax with an RE2 equivalent is translated (named groups `(?<n>…)`, `\uXXXX`); what RE2 cannot do in linear time —
 * backreferences (`\1`), lookahead and lookbehind — is refused with the reason. `test` finds a match anywhere in the
 * text, as RegExp.prototype.test does: anchor the pattern with ^…$ to match whole values.
 * @throws never
 * @example
 * ((p) => p.ok && p.test('2024-01'))(compileContractPattern('^\\d{4}-\\d{2}$')) // => true
 * @example
 * compileContractPattern('(a)\\1').ok // => false
 */
export function compileContractPattern(pattern: string): CompiledPattern {
  try {
    const re = RE2JS.compile(RE2JS.translateRegExp(pattern))
    return { ok: true, test: (text) => re.test(text) }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return {
      ok: false,
      reason: `${detail} (patterns run in RE2, a linear-time engine without backreferences or lookaround)`,
    }
  }
}

/** JSON nesting deeper than this on one JSON Lines line is refused (a deeper value would overflow the stack). */
export const MAX_JSON_DEPTH = 64

/** What JSON.parse does not tell about one line of JSON Lines. */
export interface JsonLineFacts {
  /** A key written twice in one object (JSON.parse keeps the last value silently). */
  readonly duplicateKey?: string
  /** The nesting went past the depth limit. */
  readonly tooDeep?: boolean
  /**
   * Top-level keys whose value is an integer literal that a double does not read back as the same digits
   * (9007199254740993 reads as …992: ids above 2⁵³), with the literal, so that the cell keeps the text.
   */
  readonly unsafeIntegers?: ReadonlyMap<string, string>
}

const QUOTE = 34
const BACKSLASH = 92

/** Index of the quote that closes the string opened at `open`. */
function stringEnd(text: string, open: number): number {
  let from = open + 1
  for (;;) {
    const close = text.indexOf('"', from)
    if (close === -1) return text.length
    let slashes = 0
    for (let k = close - 1; k > open && text.charCodeAt(k) === BACKSLASH; k--) slashes++
    if (slashes % 2 === 0) return close
    from = close + 1
  }
}

/** End of the number literal starting at `start`. */
function numberEnd(text: string, start: number): number {
  let i = start
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // digits, '+', '-', '.', 'e', 'E'
    if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 101 || c === 69)) break
  }
  return i
}

/**
 * An integer literal (no fraction, no exponent) that does not read back as the same digits: its nearest double prints
 * differently (9007199254740993 reads as …992). A double's own shortest digits (what JSON.stringify writes, e.g.
 * 123456789012345680000) read back the same and stay a number.
 */
function isUnsafeIntegerLiteral(literal: string): boolean {
  const digits = literal.charCodeAt(0) === 45 ? literal.length - 1 : literal.length
  return digits >= 16 && /^-?\d+$/.test(literal) && String(Number(literal)) !== literal
}

/**
 * Scans one line of JSON text that JSON.parse accepted, iteratively (no recursion, so any depth is safe): the first
 * key repeated within one object, nesting past `maxDepth`, and the top-level integer literals a double would change.
 * Keys are compared decoded ("a" and "\u0061" are the same key, as JSON.parse sees them).
 * @throws never (on text JSON.parse accepted)
 * @example
 * scanJsonLine('{"a": 1, "b": {"a": 2}}').duplicateKey // => undefined
 * @example
 * scanJsonLine('{"a": 1, "a": 2}').duplicateKey // => 'a'
 * @example
 * scanJsonLine('{"id": 9007199254740993}').unsafeIntegers?.get('id') // => '9007199254740993'
 * @example
 * scanJsonLine('{"a": [[[1]]]}', 3).tooDeep // => true
 */
export function scanJsonLine(text: string, maxDepth = MAX_JSON_DEPTH): JsonLineFacts {
  const state: ScanState = { keys: [], expectKey: false, lastTopKey: '', unsafe: undefined }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      const close = stringEnd(text, i)
      if (state.expectKey && !addKey(state, text.slice(i + 1, close)))
        return { duplicateKey: decodeKey(text.slice(i + 1, close)) }
      i = close
    } else if (c === 45 || (c >= 48 && c <= 57)) i = readNumber(state, text, i) - 1
    else if (!punctuation(state, c, maxDepth)) return { tooDeep: true }
  }
  return state.unsafe === undefined ? {} : { unsafeIntegers: state.unsafe }
}

interface ScanState {
  /** Per open container: its keys (objects) or null (arrays). */
  readonly keys: (Set<string> | null)[]
  /** The next string is a key. */
  expectKey: boolean
  lastTopKey: string
  unsafe: Map<string, string> | undefined
}

/** Brackets, commas and colons (anything else outside strings and numbers is skipped); false past the depth. */
function punctuation(state: ScanState, c: number, maxDepth: number): boolean {
  if (c === 123 /* { */ || c === 91 /* [ */) {
    state.keys.push(c === 123 ? new Set<string>() : null)
    state.expectKey = c === 123
    return state.keys.length <= maxDepth
  }
  if (c === 125 /* } */ || c === 93 /* ] */) {
    state.keys.pop()
    state.expectKey = false
  } else if (c === 44 /* , */) state.expectKey = state.keys[state.keys.length - 1] !== null
  else if (c === 58 /* : */) state.expectKey = false
  return true
}

/** A number literal at `start`: a top-level integer a double would change is noted. Returns its end. */
function readNumber(state: ScanState, text: string, start: number): number {
  const end = numberEnd(text, start)
  if (state.keys.length === 1 && end - start >= 16) {
    const literal = text.slice(start, end)
    if (isUnsafeIntegerLiteral(literal)) (state.unsafe ??= new Map()).set(state.lastTopKey, literal)
  }
  return end
}

/** A key as JSON.parse reads it (escapes decoded). */
function decodeKey(raw: string): string {
  return raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw
}

/** Adds a key to the innermost object's keys; false when that object already has it. */
function addKey(state: ScanState, raw: string): boolean {
  const key = decodeKey(raw)
  const own = state.keys[state.keys.length - 1] as Set<string>
  if (own.has(key)) return false
  own.add(key)
  if (state.keys.length === 1) state.lastTopKey = key
  state.expectKey = false
  return true
}

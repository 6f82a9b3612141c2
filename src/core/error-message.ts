/**
 * The message of anything thrown: an Error's message, otherwise its string form.
 * @example errorMessage(new RangeError('too few rows')) // => 'too few rows'
 * @example errorMessage('plain') // => 'plain'
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * A URL fit for a message: user name and password replaced by `***`, the query string and fragment dropped (tokens
 * often travel there). Text that is not a URL becomes `(malformed URL)`.
 * @example redactUrl('https://user:pw@prom.example:9090/api/v1/query?query=up&token=t') // => 'https://***:***@prom.example:9090/api/v1/query'
 */
export function redactUrl(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return '(malformed URL)'
  }
  if (parsed.username !== '') parsed.username = '***'
  if (parsed.password !== '') parsed.password = '***'
  parsed.search = ''
  parsed.hash = ''
  return parsed.toString()
}

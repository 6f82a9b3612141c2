import { errorMessage } from '../core/error-message.js'
import { ConfigurationError, DataError } from '../core/errors.js'
import { readBoundedText } from '../io/read-bounded-text.js'

/** Reports, metrics and lineage files larger than this are refused (issue #15); real ones are kilobytes. */
export const MAX_JSON_FILE_BYTES = 16 * 1024 * 1024

/** Reads and parses a JSON file given by an input; a clear user error names the input and the file. */
export function readJsonFile(path: string, input: string): Promise<unknown> {
  return Promise.resolve().then(() => parseJsonFile(path, input))
}

function parseJsonFile(path: string, input: string): unknown {
  let text: string
  try {
    text = readBoundedText(path, (w) => `${w.name(input)} file ${path}`, MAX_JSON_FILE_BYTES)
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
    throw new DataError(error.wording.message, { input, file: path }, error.wording.hint ?? 'check the path')
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new DataError(
      `${path} is not valid JSON: ${errorMessage(error)}`,
      { input, file: path },
      'write the file with JSON.stringify / json.dump',
    )
  }
}

/** The numeric leaves of a metrics object, flattened with dots (`{ "auc": 0.8, "by": { "f1": 0.7 } }` → auc, by.f1). */
export function numericLeaves(value: unknown, prefix = ''): Record<string, number> {
  const out: Record<string, number> = {}
  if (typeof value === 'number' && Number.isFinite(value)) out[prefix] = value
  else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value))
      Object.assign(out, numericLeaves(child, prefix === '' ? key : `${prefix}.${key}`))
  }
  return out
}

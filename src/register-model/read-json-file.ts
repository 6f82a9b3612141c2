import { readFile } from 'node:fs/promises'
import { errorMessage } from '../core/error-message.js'
import { DataError } from '../core/errors.js'

/** Reads and parses a JSON file given by an input; a clear DataError names the input and the file. */
export async function readJsonFile(path: string, input: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new DataError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}`,
      { input, file: path },
      'check the path; it is relative to the working directory',
    )
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

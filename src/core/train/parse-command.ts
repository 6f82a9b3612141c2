import { parse } from 'yaml'
import { errorMessage } from '../error-message.js'
import { ConfigurationError } from '../errors.js'
import { trainMessages } from './messages.js'

/**
 * The `command` input as an argument list, never a shell line:
 * - a YAML/JSON flow list: `["python", "train.py", "--epochs", "3"]`;
 * - a YAML block list (`- python` lines);
 * - several lines: one argument per line;
 * - one line without spaces: a script path run directly (it needs a shebang and the executable bit).
 * One line with spaces is refused: splitting it would need shell quoting rules.
 *
 * @throws ConfigurationError when the list is empty, holds non-strings, or is one line with spaces.
 * @example parseCommand('["python", "train.py", "--epochs", "3"]') // => ['python', 'train.py', '--epochs', '3']
 */
export function parseCommand(text: string): string[] {
  const trimmed = text.trim()
  const fail = (why: string, hint: string): never => {
    throw new ConfigurationError(trainMessages.badCommand(why), { input: 'command' }, hint)
  }
  if (trimmed === '')
    return fail('it is empty', 'give the program and its arguments as a list, e.g. ["python", "train.py"]')
  if (trimmed.startsWith('[') || trimmed.startsWith('- ') || trimmed === '-') {
    let value: unknown
    try {
      value = parse(trimmed)
    } catch (error) {
      return fail(
        `it is not a valid YAML/JSON list (${errorMessage(error).split('\n')[0] ?? ''})`,
        'write ["python", "train.py", "--epochs", "3"]',
      )
    }
    if (!Array.isArray(value) || value.length === 0)
      return fail('the list is empty', 'give at least the program to run')
    return value.map((item, i) => {
      if (typeof item === 'string') return item
      if (typeof item === 'number' || typeof item === 'boolean') return String(item)
      return fail(`element ${i + 1} is not a string`, 'quote every argument')
    })
  }
  const lines = trimmed
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  if (lines.length === 1 && /\s/.test(lines[0] as string)) {
    return fail(
      `"${lines[0] as string}" is one line with spaces, and modelgate never runs a command through a shell`,
      'write it as a list: ["python", "train.py", "--epochs", "3"], or one argument per line',
    )
  }
  return lines
}

import { parse } from 'yaml'
import { errorMessage } from '../error-message.js'
import { ConfigurationError } from '../errors.js'
import { trainMessages } from './messages.js'

/**
 * The `params` input (a JSON or YAML map of hyperparameters) to a plain object.
 * @throws ConfigurationError when it does not parse or is not a map.
 * @example parseParams('lr: 0.01\nepochs: 3') // => { lr: 0.01, epochs: 3 }
 */
export function parseParams(text: string): Record<string, unknown> {
  let value: unknown
  try {
    value = parse(text)
  } catch (error) {
    throw new ConfigurationError(
      trainMessages.badParams(errorMessage(error).split('\n')[0] ?? ''),
      { input: 'params' },
      'write {"lr": 0.01} or lr: 0.01 lines',
    )
  }
  if (value === null || value === undefined) return {}
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigurationError(
      trainMessages.badParams(`got ${Array.isArray(value) ? 'a list' : typeof value}`),
      { input: 'params' },
      'write {"lr": 0.01} or lr: 0.01 lines',
    )
  }
  try {
    // A YAML alias inside its own anchor (`a: &x [*x]`) makes a cycle that no lineage or card can be written with.
    JSON.stringify(value)
  } catch {
    throw new ConfigurationError(
      trainMessages.badParams('it refers to itself (a YAML alias inside its own anchor)'),
      { input: 'params' },
      'write the values out instead of the alias',
    )
  }
  return value as Record<string, unknown>
}

import { describe, expect, it } from 'vitest'
import { ConfigurationError, DataError, ServiceError, UserError } from '../../../src/core/errors.js'
import { deserializeError, serializeError } from '../../../src/validate-data/scan-workers.js'

/** What a scan worker posts and the main thread rebuilds, without starting a thread (the message is cloned as JSON). */
const acrossThreads = (error: unknown): Error =>
  deserializeError(JSON.parse(JSON.stringify(serializeError(error))) as Parameters<typeof deserializeError>[0], 'x.csv')

describe('scan worker errors', () => {
  it('serializeError/deserializeError keep a user error’s class, location and wording on both surfaces', () => {
    const thrown = new DataError(
      (w) => `${w.input('data')} has a bad row`,
      { file: 'x.csv', line: 3, input: 'data' },
      (w) => `fix the row, or set ${w.flag('contract')}${w.where}`,
    )
    const rebuilt = acrossThreads(thrown)
    expect(rebuilt).toBeInstanceOf(DataError)
    const error = rebuilt as UserError
    expect(error.location).toEqual({ file: 'x.csv', line: 3, input: 'data' })
    expect(error.describe('cli')).toBe('--data has a bad row (--data, x.csv:3). fix the row, or set --contract')
    expect(error.describe('action')).toBe(thrown.describe('action'))
    expect(error.describe('action')).toContain('set `contract:` under `with:`')
    expect(error.message).toBe(thrown.message)
    expect(error.hint).toBe(thrown.hint)
  })

  it('serializeError/deserializeError keep ConfigurationError and ServiceError, with and without a hint', () => {
    const config = acrossThreads(new ConfigurationError('plain text', { path: 'columns.age' }))
    expect(config).toBeInstanceOf(ConfigurationError)
    expect((config as UserError).describe('cli')).toBe('plain text (at columns.age)')
    expect(acrossThreads(new ServiceError('down', {}, 'retry'))).toBeInstanceOf(ServiceError)
  })

  it('deserializeError turns any other error into a bug naming the file, with the worker stack', () => {
    const bug = acrossThreads(new TypeError('boom'))
    expect(bug).not.toBeInstanceOf(UserError)
    expect(bug.message).toBe('scanning x.csv failed in a worker thread: boom')
    expect(bug.stack).toContain('--- in the worker thread ---')
  })
})

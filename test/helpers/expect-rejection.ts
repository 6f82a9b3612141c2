import { expect } from 'vitest'

/** Awaits `promise`, asserts it rejects with an instance of `type`, and returns the error for further checks. */
export async function expectRejection<T extends Error>(
  promise: Promise<unknown>,
  type: new (...args: never[]) => T,
): Promise<T> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(type)
    return error as T
  }
  throw new Error(`expected a rejection with ${type.name}`)
}

/** Runs `run`, asserts it throws an instance of `type`, and returns the error for further checks. */
export function expectThrow<T extends Error>(run: () => unknown, type: new (...args: never[]) => T): T {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(type)
    return error as T
  }
  throw new Error(`expected a throw of ${type.name}`)
}

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

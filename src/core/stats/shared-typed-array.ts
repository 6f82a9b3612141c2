/** A typed array constructor that accepts a buffer (Float64Array, Uint32Array, Int32Array…). */
type TypedArrayConstructor<T> = { new (buffer: SharedArrayBuffer): T; readonly BYTES_PER_ELEMENT: number }

/**
 * A zero-filled typed array over a SharedArrayBuffer, so that worker threads read it without a copy (a
 * structured clone of a shared buffer shares it). Plain JavaScript memory, no I/O: core builds its large
 * per-row arrays this way and the threads that resample them add nothing to the process's memory.
 * @throws {RangeError} if length is negative or not an integer
 * @example
 * sharedTypedArray(Uint32Array, 3).length // => 3
 */
export function sharedTypedArray<T>(kind: TypedArrayConstructor<T>, length: number): T {
  if (!(length >= 0) || !Number.isInteger(length))
    throw new RangeError(`sharedTypedArray: length must be a non-negative integer, got ${length}`)
  return new kind(new SharedArrayBuffer(length * kind.BYTES_PER_ELEMENT))
}

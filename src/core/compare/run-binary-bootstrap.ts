import type { BinaryBootstrapTask } from './binary-bootstrap-task.js'
import { binaryBootstrapValues, binaryBootstrapWidth } from './binary-bootstrap-values.js'

/**
 * Runs every resample of a paired binary bootstrap task on this thread (the default BinaryBootstrapRunner).
 * @throws {RangeError} if n or resamples is not a positive integer
 * @example
 * runBinaryBootstrap({ n: 1, resamples: 2, scheme: 'poisson', state: 0, pairs: [] }).length // => 0
 */
export function runBinaryBootstrap(task: BinaryBootstrapTask): Float64Array {
  checkBinaryBootstrapTask(task)
  const out = new Float64Array(task.resamples * binaryBootstrapWidth(task))
  binaryBootstrapValues(task, 0, task.resamples, out)
  return out
}

/**
 * The preconditions every runner checks: n and resamples positive integers (pairedBootstrap's messages).
 * @throws {RangeError} when one does not hold
 * @example
 * checkBinaryBootstrapTask({ n: 1, resamples: 2, scheme: 'poisson', state: 0, pairs: [] }) // => undefined
 */
export function checkBinaryBootstrapTask(task: BinaryBootstrapTask): void {
  if (!(task.n >= 1) || !Number.isInteger(task.n))
    throw new RangeError(`pairedBootstrap: n must be a positive integer, got ${task.n}`)
  if (!(task.resamples >= 1) || !Number.isInteger(task.resamples))
    throw new RangeError(`pairedBootstrap: resamples must be a positive integer, got ${task.resamples}`)
}

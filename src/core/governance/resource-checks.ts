import type { Check } from '../gate/check.js'
import type { LatencyComparison, LatencyUnmeasured } from '../compare/latency-comparison.js'
import { governanceMessages as m } from './messages.js'

/** Model size and peak memory limits (`max_model_bytes`, `max_peak_memory_mb` in the evaluate-vs-champion policy). */
export interface ResourcePolicy {
  readonly maxModelBytes?: number
  readonly maxPeakMemoryMb?: number
}

/** The candidate model directory's size: every regular file under it, recursively; or the inputs it needs. */
export type ModelSize = { readonly bytes: number; readonly files: number } | { readonly missing: readonly string[] }

/**
 * The resource checks of evaluate-vs-champion, one per configured limit:
 * - `evaluate.model-size`: the candidate model directory's bytes above `maxModelBytes` → fail;
 * - `evaluate.memory.peak`: the candidate serve process's peak resident memory (VmHWM over its process group, read
 *   while it answered the latency requests) above `maxPeakMemoryMb` → fail. Only the line protocol gives it: an
 *   HTTP endpoint's memory cannot be read from here.
 * A limit that could not be measured is an `error` check naming what is missing, never a skip or a pass.
 * @example
 * resourceChecks({ maxModelBytes: 1000 }, { bytes: 1200, files: 2 }, undefined)[0]?.status // => 'fail'
 */
export function resourceChecks(
  policy: ResourcePolicy,
  size: ModelSize | undefined,
  latency: LatencyComparison | LatencyUnmeasured | undefined,
): Check[] {
  const checks: Check[] = []
  const max = policy.maxModelBytes
  if (max !== undefined) {
    if (size === undefined || 'missing' in size) {
      const missing = size?.missing ?? []
      checks.push({
        id: 'evaluate.model-size',
        status: 'error',
        observed: null,
        message: m.modelSizeNotMeasured(max, missing),
      })
    } else {
      const over = size.bytes > max
      checks.push({
        id: 'evaluate.model-size',
        status: over ? 'fail' : 'pass',
        observed: size.bytes,
        threshold: { max },
        message: m.modelSize(size.bytes, size.files, max, over),
        details: { bytes: size.bytes, files: size.files },
      })
    }
  }
  const maxMb = policy.maxPeakMemoryMb
  if (maxMb !== undefined) {
    const peak = latency !== undefined && !('missing' in latency) ? latency.peakMemoryMb?.candidate : undefined
    if (peak === undefined) {
      const why =
        latency === undefined || 'missing' in latency
          ? m.peakMemoryMissing(latency?.missing ?? [])
          : latency.method === 'http'
            ? m.peakMemoryHttp
            : m.peakMemoryUnreadable
      checks.push({
        id: 'evaluate.memory.peak',
        status: 'error',
        observed: null,
        message: m.peakMemoryNotMeasured(maxMb, why),
      })
    } else {
      const over = peak > maxMb
      const champion = (latency as LatencyComparison).peakMemoryMb?.champion
      checks.push({
        id: 'evaluate.memory.peak',
        status: over ? 'fail' : 'pass',
        observed: peak,
        threshold: { max: maxMb },
        message: m.peakMemory(peak, champion, maxMb, over),
        details: { candidateMb: peak, ...(champion === undefined ? {} : { championMb: champion }) },
      })
    }
  }
  return checks
}

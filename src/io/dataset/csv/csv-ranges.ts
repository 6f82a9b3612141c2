import { open } from 'node:fs/promises'
import type { CsvRange } from './csv-tokenizer.js'

const LF = 10
/** Bytes read after a cut to find its first line end; a cut without one within them is dropped. */
const WINDOW = 1 << 20

/**
 * Candidate byte ranges of an uncompressed CSV file for a parallel scan: `count` ranges of about equal size, each
 * after the first starting just after the first LF at or after its cut. A candidate is only a guess (the LF may lie
 * inside a quoted field); it is proven when the scan of the range before it, whose own start is proven (by induction
 * from the file's start), stops exactly there: {@link rangesProven}. Undefined when the file is too small to split.
 * @throws never (an unreadable file gives undefined: the sequential scan reports it)
 */
export async function candidateCsvRanges(
  path: string,
  header: readonly string[],
  count: number,
): Promise<CsvRange[] | undefined> {
  if (count < 2) return undefined
  return candidateCsvRangesAt(path, header, (size) =>
    Array.from({ length: count - 1 }, (_, k) => Math.floor((size * (k + 1)) / count)),
  )
}

/**
 * {@link candidateCsvRanges} at the cuts `cutsOf(size)` gives (ascending byte offsets; tests cut anywhere).
 * @throws never
 */
export async function candidateCsvRangesAt(
  path: string,
  header: readonly string[],
  cutsOf: (size: number) => readonly number[],
): Promise<CsvRange[] | undefined> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch {
    return undefined
  }
  try {
    const size = (await handle.stat()).size
    const starts: number[] = []
    const window = Buffer.alloc(WINDOW)
    for (const cut of cutsOf(size)) {
      if (cut < (starts.at(-1) ?? 0) || cut >= size) continue
      const { bytesRead } = await handle.read(window, 0, WINDOW, cut)
      const lf = window.subarray(0, bytesRead).indexOf(LF)
      const start = cut + lf + 1
      if (lf >= 0 && start < size && start > (starts.at(-1) ?? 0)) starts.push(start)
    }
    if (starts.length === 0) return undefined
    return [0, ...starts].map((start, i) => ({
      start,
      stopAt: starts[i] ?? Number.POSITIVE_INFINITY,
      ...(i === 0 ? {} : { header }),
    }))
  } finally {
    await handle.close()
  }
}

/**
 * Whether every candidate start was a record start: range i's scan stopped at range i+1's start (`ends[i]`: the
 * offset where range i's scan stopped). Range 0 starts at the file's start, so by induction each range was read
 * in the right quote state.
 * @throws never
 */
export function rangesProven(ranges: readonly CsvRange[], ends: readonly number[]): boolean {
  for (let i = 0; i + 1 < ranges.length; i++) if (ends[i] !== (ranges[i + 1] as CsvRange).start) return false
  return true
}

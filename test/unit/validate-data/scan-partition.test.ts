// planPartitions cuts only CSV/TSV files into byte ranges. A Parquet file is read as column chunks too, but its bytes
// are not records: cut at its "line ends", each worker read the whole file and the merge fell back to one more pass
// (three scans of one file, found in a CPU profile of the 1M-row bench after the columnar merges). It is split by row
// groups instead (planParquetRowGroups, test/unit/validate-data/scan-parquet-row-groups.test.ts).
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parquetWriteFile } from 'hyparquet-writer'
import { afterAll, describe, expect, it } from 'vitest'
import { MIN_SPLIT_BYTES, planPartitions } from '../../../src/validate-data/scan-partition.js'

const tmp = mkdtempSync(join(tmpdir(), 'scan-partition-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** A file of CSV-shaped text just over the split size, under the given name. */
function largeFile(name: string): string {
  const lines = Math.ceil((MIN_SPLIT_BYTES + 1024) / 6)
  const path = join(tmp, name)
  writeFileSync(path, 'a,b,c\n' + '1,2,3\n'.repeat(lines))
  return path
}

describe('planPartitions', () => {
  it('splits a large CSV file into byte ranges', async () => {
    const plan = await planPartitions(largeFile('big.csv'), 2)
    expect(plan.length).toBe(2)
    expect(plan.every((p) => p.kind === 'csv-bytes')).toBe(true)
  })

  it('never splits a Parquet or JSON Lines file at its bytes, however large (Parquet: by row groups at most)', async () => {
    // A real Parquet file past the split size: 1.2M doubles that do not compress (a seeded LCG's bits).
    const parquet = join(tmp, 'big.parquet')
    let state = 1
    const data = Float64Array.from({ length: 1_200_000 }, () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0
      return state / 2 ** 32
    })
    parquetWriteFile({ filename: parquet, columnData: [{ name: 'x', data, type: 'DOUBLE' }], codec: 'UNCOMPRESSED' })
    expect(statSync(parquet).size).toBeGreaterThan(MIN_SPLIT_BYTES)
    expect((await planPartitions(parquet, 2)).map((p) => p.kind)).not.toContain('csv-bytes')
    expect(await planPartitions(largeFile('big.jsonl'), 2)).toEqual([{ kind: 'whole-file' }])
  })

  it('one worker, or a small file: the whole file', async () => {
    expect(await planPartitions(largeFile('one.csv'), 1)).toEqual([{ kind: 'whole-file' }])
    const small = join(tmp, 'small.csv')
    writeFileSync(small, 'a\n1\n')
    expect(await planPartitions(small, 2)).toEqual([{ kind: 'whole-file' }])
  })
})

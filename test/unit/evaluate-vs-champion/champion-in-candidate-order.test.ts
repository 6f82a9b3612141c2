import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkPairedLabels } from '../../../src/core/compare/check-paired-labels.js'
import { pairRowCodes } from '../../../src/core/compare/pair-rows.js'
import { KeyIndex } from '../../../src/core/data/key-index.js'
import { checkBinaryPredictions } from '../../../src/evaluate-vs-champion/check-binary-predictions.js'
import { championInCandidateOrder, isRowOrder } from '../../../src/evaluate-vs-champion/champion-in-candidate-order.js'
import { loadPredictions } from '../../../src/evaluate-vs-champion/load-predictions.js'

const dir = mkdtempSync(join(tmpdir(), 'champion-order-'))
let fileCount = 0
const write = (rows: readonly (readonly string[])[], header: readonly string[]): string => {
  const path = join(dir, `f${fileCount++}.csv`)
  writeFileSync(path, [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n')
  return path
}

/** What the champion's file may do wrong (or oddly) against the candidate's. */
const FAULTS = [
  'none',
  'drop',
  'duplicate',
  'twice',
  'extra',
  'label',
  'range',
  'text',
  'empty',
  'boolean',
  'quoted',
] as const

/** The pairing as loadPairedData did it before the short way (and still does when that gives up). */
async function pairedTheLongWay(
  candidatePath: string,
  championPath: string,
  labelled: boolean,
): Promise<Float64Array | 'error'> {
  const keys = new KeyIndex()
  const candidate = await loadPredictions(candidatePath, { id: 'id', value: 'score', label: 'label' }, undefined, keys)
  try {
    checkBinaryPredictions(candidate, { label: 'label', score: 'score' })
    const columns = { id: 'id', value: 'score', ...(labelled ? { label: 'label' } : {}) }
    const other = await loadPredictions(championPath, columns, undefined, keys)
    checkBinaryPredictions(other, { ...(labelled ? { label: 'label' } : {}), score: 'score' })
    const files = { candidate: candidatePath, champion: championPath }
    const pairing = pairRowCodes(candidate.ids, other.ids, keys.size, (c) => keys.text(c), files)
    if (candidate.labels !== undefined && other.labels !== undefined)
      checkPairedLabels(candidate.labels, other.labels, pairing, (r) => keys.text(r), files)
    if (!isRowOrder(pairing.candidate)) return 'error'
    return Float64Array.from(pairing.champion, (j) => other.values[j] as number)
  } catch {
    return 'error'
  }
}

describe('championInCandidateOrder', () => {
  it('gives the champion values the long pairing gives, or undefined exactly where that fails or cells need reading (property)', async () => {
    const row = fc.record({ label: fc.constantFrom('0', '1'), score: fc.integer({ min: 0, max: 10_000 }) })
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 40 }),
        fc.constantFrom(...FAULTS),
        fc.nat(),
        fc.boolean(),
        fc.constantFrom(1, 3, 8192),
        async (rows, fault, at, labelled, chunkRows) => {
          const candidateRows = rows.map((r, i) => [`r${i}`, r.label, String(r.score / 10_000)])
          // The champion's rows in another order (reversed), its scores its own, then the fault.
          const champion: string[][] = rows
            .map((r, i) => [`r${i}`, r.label, String(((i * 37) % 10_001) / 10_000)])
            .reverse()
          const k = at % champion.length
          const target = champion[k] as string[]
          if (fault === 'drop') champion.splice(k, 1)
          if (fault === 'duplicate') champion.push([...target])
          // One id twice and another missing: as many rows as the candidate's.
          if (fault === 'twice' && champion.length > 1)
            target[0] = (champion[(k + 1) % champion.length] as string[])[0] as string
          if (fault === 'extra') champion.push(['x-extra', '0', '0.5'])
          if (fault === 'label') target[1] = target[1] === '1' ? '0' : '1'
          if (fault === 'range') target[2] = '1.5'
          if (fault === 'text') target[2] = 'abc'
          if (fault === 'empty') target[2] = ''
          if (fault === 'boolean') target[2] = 'true'
          if (fault === 'quoted') target[0] = `"${target[0] as string}"`
          const candidatePath = write(candidateRows, ['id', 'label', 'score'])
          const championPath = labelled
            ? write(champion, ['id', 'label', 'score'])
            : write(
                champion.map((r) => [r[0] as string, r[2] as string]),
                ['id', 'score'],
              )
          const keys = new KeyIndex()
          const candidate = await loadPredictions(
            candidatePath,
            { id: 'id', value: 'score', label: 'label' },
            undefined,
            keys,
          )
          expect(isRowOrder(candidate.ids)).toBe(true)
          const short = await championInCandidateOrder(
            championPath,
            { id: 'id', value: 'score', ...(labelled ? { label: 'label' } : {}), probabilities: true },
            keys,
            { rows: candidate.ids.length, ...(candidate.labels === undefined ? {} : { labels: candidate.labels }) },
            { chunkRows },
          )
          const long = await pairedTheLongWay(candidatePath, championPath, labelled)
          if (short !== undefined) expect(short).toEqual(long)
          // The short way gives up only where the long way fails, or on a cell it leaves to it (a boolean score).
          else expect(long === 'error' || fault === 'boolean').toBe(true)
          if (fault === 'none' || fault === 'quoted') expect(short).toBeDefined()
        },
      ),
      { numRuns: 300 },
    )
  })

  it('isRowOrder holds only for the codes 0 … n − 1 in order', () => {
    expect(isRowOrder(new Int32Array(0))).toBe(true)
    expect(isRowOrder(Int32Array.of(0, 1, 2))).toBe(true)
    expect(isRowOrder(Int32Array.of(1, 0))).toBe(false)
    expect(isRowOrder(Uint32Array.of(0, 2))).toBe(false)
  })
})

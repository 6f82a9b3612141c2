// Writes the evaluate benchmark's paired predictions as two CSV files (id,label,score), the champion's rows in
// reverse order so that pairing by id does real work. The scores are bench/evaluate/run.ts's generator.
// Usage: npx tsx bench/evaluate/generate-csv.ts <dir> [rows=1000000] [decimals=4; 17 = full precision, no ties]
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { seededRandom } from '../../src/core/stats/seeded-random.js'

/** Seeded paired scores: a champion and a slightly better candidate on the same labels (rounded to `decimals`, so ties). */
export function generatePaired(
  rows: number,
  decimals = 4,
): { y: Float64Array; cand: Float64Array; champ: Float64Array } {
  const scale = 10 ** decimals
  const round = (p: number): number => (decimals >= 17 ? p : Math.round(scale * p) / scale)
  const random = seededRandom(2024)
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
  const y = new Float64Array(rows)
  const cand = new Float64Array(rows)
  const champ = new Float64Array(rows)
  for (let i = 0; i < rows; i++) {
    const label = random() < 0.3 ? 1 : 0
    const shared = 0.5 * gauss()
    y[i] = label
    champ[i] = round(1 / (1 + Math.exp(-(1.5 * (label - 0.5) + shared + gauss()))))
    cand[i] = round(1 / (1 + Math.exp(-(1.7 * (label - 0.5) + shared + gauss()))))
  }
  return { y, cand, champ }
}

async function writeCsv(path: string, rows: number, cell: (i: number) => string, reverse: boolean): Promise<void> {
  const out = createWriteStream(path)
  let chunk = 'id,label,score\n'
  for (let k = 0; k < rows; k++) {
    chunk += cell(reverse ? rows - 1 - k : k)
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain')
      chunk = ''
    }
  }
  out.write(chunk)
  out.end()
  await once(out, 'finish')
}

/** Writes `candidate.csv` and `champion.csv` under `dir`. */
export async function generateEvaluateCsv(dir: string, rows: number, decimals = 4): Promise<void> {
  const { y, cand, champ } = generatePaired(rows, decimals)
  await writeCsv(join(dir, 'candidate.csv'), rows, (i) => `r${i},${y[i]},${cand[i]}\n`, false)
  await writeCsv(join(dir, 'champion.csv'), rows, (i) => `r${i},${y[i]},${champ[i]}\n`, true)
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await generateEvaluateCsv(process.argv[2] ?? '.', Number(process.argv[3] ?? 1_000_000), Number(process.argv[4] ?? 4))
}

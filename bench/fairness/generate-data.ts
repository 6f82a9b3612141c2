import { createWriteStream } from 'node:fs'
import { once } from 'node:events'

/**
 * Writes a deterministic predictions CSV (32-bit LCG): label, score, prediction, gender (3 values), region (6 values).
 * The model is mildly unfair on gender so that the disparities are not all 0.
 */
export async function generateFairnessCsv(path: string, rows: number, seed = 20261123): Promise<void> {
  let state = seed >>> 0
  const next = (): number => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0
    return state / 4294967296
  }
  const genders = ['F', 'M', 'X']
  const regions = ['EU', 'US', 'APAC', 'LATAM', 'AFR', 'OCE']
  const out = createWriteStream(path)
  out.write('label,score,prediction,gender,region\n')
  let chunk = ''
  for (let i = 0; i < rows; i++) {
    const label = next() < 0.4 ? 1 : 0
    const gender = genders[Math.floor(next() * 3)]!
    const region = regions[Math.floor(next() * 6)]!
    const shift = gender === 'F' ? -0.05 : 0
    const score = Math.min(1, Math.max(0, (label ? 0.65 : 0.35) + shift + (next() - 0.5) * 0.6))
    chunk += `${label},${score.toFixed(4)},${score >= 0.5 ? 1 : 0},${gender},${region}\n`
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain')
      chunk = ''
    }
  }
  out.write(chunk)
  out.end()
  await once(out, 'finish')
}

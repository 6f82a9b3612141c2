// npm run bench [-- area ...]: runs each area's benchmark (bench/<area>/run.ts) in its own process, one after
// another, so that their peak-memory figures do not mix. Each prints its own table against its peers.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const AREAS = ['io', 'validate-data', 'evaluate', 'fairness']
const SCRIPTS: Record<string, string> = { io: 'bench/io/read-csv.bench.ts' }
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : AREAS
let failed = 0
for (const area of chosen) {
  const script = SCRIPTS[area] ?? `bench/${area}/run.ts`
  if (!existsSync(script)) {
    console.error(`no benchmark for "${area}" (${script}); areas: ${AREAS.join(', ')}`)
    failed++
    continue
  }
  console.log(`\n### ${area} (${script})\n`)
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script], { stdio: 'inherit' })
  if (result.status !== 0) failed++
}
process.exitCode = failed > 0 ? 1 : 0

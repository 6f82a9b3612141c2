// Scans one CSV with validate-data's scan (profiles + contract checks), for profiling the CSV hot path.
// Usage: npx tsx bench/io/scan-csv.ts FILE [CONTRACT]   (generate one: npx tsx bench/io/scan-csv.ts --generate ROWS FILE)
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import type { Contract } from '../../src/core/contract/contract.js'
import { scanDataset } from '../../src/validate-data/scan-dataset.js'
import { generate } from '../validate-data/generate.js'

const args = process.argv.slice(2)
if (args[0] === '--generate') {
  await generate(Number(args[1]), args[2] as string, false, 1)
} else {
  const [file, contractPath = 'fixtures/contracts/bench-churn.yml'] = args as [string, string?]
  const contract = parse(readFileSync(contractPath, 'utf8')) as Contract
  const started = process.hrtime.bigint()
  const cpu = process.cpuUsage()
  const scan = await scanDataset(file, contract, { maxExamples: 5, signal: new AbortController().signal })
  const used = process.cpuUsage(cpu)
  const wall = Number(process.hrtime.bigint() - started) / 1e9
  const failing = (scan.contractChecks ?? []).filter((c) => c.status !== 'pass').map((c) => c.id)
  console.log(JSON.stringify({ wall, cpu: (used.user + used.system) / 1e6, rows: scan.profiles[0]?.rows, failing }))
}

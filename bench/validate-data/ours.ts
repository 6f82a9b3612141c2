// Runs validate-data's main on one (current, reference) pair exactly as the action does, without GitHub calls.
// Usage: npx tsx bench/validate-data/ours.ts CURRENT REFERENCE CONTRACT   (CSV, JSONL or Parquet)
import { InputReader } from '../../src/github/input-reader.js'
import type { ActionContext } from '../../src/github/action-context.js'
import { main } from '../../src/validate-data/main.js'
import { worstOf } from '../../src/core/gate/status.js'

const [data, reference, contract] = process.argv.slice(2) as [string, string, string]
const noop = (): void => undefined
const context: ActionContext = {
  inputs: new InputReader((name) => ({ data, reference, contract })[name]),
  logger: { debug: noop, info: noop, warning: noop, error: noop, startGroup: noop, endGroup: noop, setSecret: noop },
  policy: {},
  github: { fromFork: false, serverUrl: '', apiUrl: '', payload: {} },
  client: undefined,
  state: { save: noop, get: () => undefined },
  onRunner: false,
  workDir: '/tmp',
  env: {},
  now: () => new Date(),
  signal: new AbortController().signal,
}
const { outcome } = await main(context)
const { checks, outputs } = outcome
const status = worstOf(checks.map((c) => c.status))
// One JSON line like the other peers: rows of CURRENT (the contract's row-count check), drifted columns (sorted).
const rows = checks.find((c) => c.id === 'contract.rows')?.observed
const contractFailures = checks.filter((c) => c.id.startsWith('contract.') && c.status !== 'pass').length
const drifted = (outputs['drifted-columns'] ?? '')
  .split(',')
  .filter((c) => c !== '')
  .sort()
  .join(',')
console.log(JSON.stringify({ rows, drifted, status, checks: checks.length, contractFailures }))

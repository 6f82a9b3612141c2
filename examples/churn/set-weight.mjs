#!/usr/bin/env node
// The demo's traffic provider for canary-deploy (`traffic: command`): records the canary weight in a JSON file,
// which the demo's load generator reads to split requests between the stable and the canary model server.
// Usage: node set-weight.mjs FILE WEIGHT   (canary-deploy substitutes {weight}; WEIGHT is 0…100)
import { renameSync, writeFileSync } from 'node:fs'

const [file, text] = process.argv.slice(2)
const weight = Number(text)
if (file === undefined || !Number.isFinite(weight) || weight < 0 || weight > 100) {
  process.stderr.write(`usage: set-weight.mjs FILE WEIGHT (0-100); got ${JSON.stringify(process.argv.slice(2))}\n`)
  process.exit(2)
}
writeFileSync(`${file}.tmp`, `${JSON.stringify({ weight, at: new Date().toISOString() })}\n`)
renameSync(`${file}.tmp`, file) // atomic: the load generator never reads half a file
process.stdout.write(`canary weight ${weight}%\n`)

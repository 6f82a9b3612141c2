#!/usr/bin/env node
// Builds one ncc bundle per entry into dist/<name>/ (or into --out DIR, used by check-dist).
// Each bundle gets dist/<name>/source-hash.txt, the fingerprint of the sources it was built from
// (scripts/source-hash.mjs), which the bundle tests check before they run.
// Usage: node scripts/build.mjs [--out DIR] [name ...]
import { execFileSync } from 'node:child_process'
import { rmSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ENTRIES } from './entries.mjs'
import { SOURCE_HASH_FILE, sourceHash } from './source-hash.mjs'

const args = process.argv.slice(2)
let outRoot = 'dist'
const names = []
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') outRoot = args[++i]
  else names.push(args[i])
}
const unknown = names.filter((name) => !ENTRIES.some((entry) => entry.name === name))
if (unknown.length > 0) {
  console.error(`unknown bundle(s): ${unknown.join(', ')}; known: ${ENTRIES.map((e) => e.name).join(', ')}`)
  process.exit(2)
}
const selected = names.length === 0 ? ENTRIES : ENTRIES.filter((entry) => names.includes(entry.name))
const ncc = resolve('node_modules/@vercel/ncc/dist/ncc/cli.js')
// Hashed before bundling: a source edited during the build makes the bundle look stale, never fresh.
const hash = sourceHash()

for (const entry of selected) {
  const out = join(outRoot, entry.name)
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  execFileSync(
    process.execPath,
    [ncc, 'build', entry.source, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'],
    {
      stdio: 'inherit',
    },
  )
  // ncc names ESM output index.mjs when the package is "type": "module"; action.yml points at index.js.
  for (const file of readdirSync(out)) {
    if (file === 'index.mjs') renameSync(join(out, file), join(out, 'index.js'))
  }
  // The bundles are ESM; a package.json beside them makes Node load index.js as a module wherever dist/ is copied.
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n')
  // Written last: a bundle whose build failed half-way has no hash and counts as stale.
  writeFileSync(join(out, SOURCE_HASH_FILE), `${hash}\n`)
  console.log(`bundled ${entry.source} → ${out}/index.js`)
}

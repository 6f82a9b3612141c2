#!/usr/bin/env node
// Fails when dist/ differs from a fresh bundle of the current sources.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync, rmSync } from 'node:fs'
import { join, relative } from 'node:path'
import { tmpdir } from 'node:os'

const fresh = mkdtempSync(join(tmpdir(), 'modelgate-dist-'))
execFileSync(process.execPath, ['scripts/build.mjs', '--out', fresh], { stdio: ['ignore', 'ignore', 'inherit'] })

function listFiles(root) {
  const files = []
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else files.push(relative(root, path))
    }
  }
  walk(root)
  return files.sort()
}

const committed = listFiles('dist')
const rebuilt = listFiles(fresh)
const problems = []
for (const file of new Set([...committed, ...rebuilt])) {
  if (!committed.includes(file)) problems.push(`missing from dist/: ${file}`)
  else if (!rebuilt.includes(file)) problems.push(`stale file in dist/: ${file}`)
  else if (!readFileSync(join('dist', file)).equals(readFileSync(join(fresh, file))))
    problems.push(`differs: dist/${file}`)
}
rmSync(fresh, { recursive: true, force: true })
if (problems.length > 0) {
  console.error(`dist/ is not a fresh bundle of src/ (${problems.length} problem(s)):`)
  for (const problem of problems.slice(0, 50)) console.error(`  ${problem}`)
  console.error('Run `npm run bundle` and commit dist/.')
  process.exit(1)
}
console.log(`dist/ matches a fresh bundle (${committed.length} files)`)

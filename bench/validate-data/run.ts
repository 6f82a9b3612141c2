// Benchmark of validate-data against peers on identical generated data (not part of npm test).
// Usage: npx tsx bench/validate-data/run.ts [rows…]   (default 1000000 5000000; data cached under bench/data/)
// Same work for every peer: contract checks (fixtures/contracts/bench-churn.yml) + per-column drift vs reference.
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { generate } from './generate.js'

interface Result { peer: string; rows: number; wallS: number; rssMiB: number; bytes: number; ok: boolean }

function timed(peer: string, rows: number, bytes: number, argv: string[]): Result {
  const out = spawnSync('/usr/bin/time', ['-v', ...argv], { encoding: 'utf8', shell: false, maxBuffer: 1 << 26 })
  const text = `${out.stdout}\n${out.stderr}`
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(text)
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text)
  const wallS = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : Number.NaN
  if (out.status !== 0) process.stderr.write(`${peer} failed:\n${text.slice(-2000)}\n`)
  return { peer, rows, wallS, rssMiB: rss ? Number(rss[1]) / 1024 : Number.NaN, bytes, ok: out.status === 0 }
}

const sizes = process.argv.slice(2).map(Number)
const results: Result[] = []
for (const rows of sizes.length > 0 ? sizes : [1_000_000, 5_000_000]) {
  const tag = rows >= 1e6 ? `${rows / 1e6}m` : `${rows}`
  const reference = `bench/data/churn-${tag}-reference.csv`
  const current = `bench/data/churn-${tag}-current.csv`
  if (!existsSync(reference)) await generate(rows, reference, false, 1)
  if (!existsSync(current)) await generate(rows, current, true, 2)
  const bytes = statSync(reference).size + statSync(current).size
  results.push(timed('floor (read bytes, count lines)', rows, bytes, [process.execPath, '-e', `const fs=require('fs');let n=0;for(const f of process.argv.slice(1)){const d=fs.openSync(f,'r');const b=Buffer.alloc(1<<20);let r;while((r=fs.readSync(d,b,0,b.length))>0)for(let i=0;i<r;i++)if(b[i]===10)n++}console.log(n)`, reference, current]))
  results.push(timed('modelgate validate-data', rows, bytes, [process.execPath, '--import', 'tsx', 'bench/validate-data/ours.ts', current, reference, 'fixtures/contracts/bench-churn.yml']))
  results.push(timed('pandas + scipy', rows, bytes, ['/usr/bin/python3', 'bench/validate-data/peer_pandas.py', current, reference]))
}
console.log('| peer | rows (×2 files) | wall s | rows/s | MB/s | peak RSS MiB |')
console.log('|---|---|---|---|---|---|')
for (const r of results) {
  console.log(`| ${r.peer}${r.ok ? '' : ' (FAILED)'} | ${r.rows} | ${r.wallS.toFixed(2)} | ${Math.round((2 * r.rows) / r.wallS)} | ${(r.bytes / 1e6 / r.wallS).toFixed(1)} | ${r.rssMiB.toFixed(0)} |`)
}

import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeTempDir } from '../helpers/tmp-dir.js'

// `npm run demo` end to end: scripts/demo.mjs spawns dist/cli/index.js for every gate, fixture model servers on
// 127.0.0.1 and a bounded load loop. Needs the CLI bundle (committed in dist/cli).

const GATES = [
  'validate-data',
  'train-on-runner',
  'evaluate-vs-champion',
  'fairness-gate',
  'register-model',
  'promote',
  'canary-deploy',
]

interface DemoReport {
  kind: string
  run: number
  status: string
  championBefore: string | null
  championAfter: string | null
  candidateVersion: string | null
  gates: {
    step: string
    gate: string
    status: string
    title: string
    report: { gate: string; status: string; checks: unknown[] }
  }[]
}

function demo(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['scripts/demo.mjs', ...args], {
    encoding: 'utf8',
    shell: false,
    timeout: 200_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/**
 * The lines docs/demo.md quotes as the demo's output: every fenced block that begins with a line the demo prints
 * (`modelgate demo, run`, `champion before:`, a gate's status line), blank lines and `…` left out. Each becomes a
 * pattern of the whole line where only what differs between runs may differ: durations (`1.5 s`), the request
 * counts of the canary's load, and the output folder the doc's run used.
 */
function quotedDemoLines(): { line: string; pattern: RegExp }[] {
  const doc = readFileSync('docs/demo.md', 'utf8')
  // Fenced blocks, line by line (an opening fence may name a language; a closing one never does). A fence indented
  // under a list item indents its lines as much: that indent is the doc's, not the demo's.
  const blocks: string[][] = []
  let open: { indent: number; lines: string[] } | undefined
  for (const raw of doc.split('\n')) {
    const fence = /^( *)```/.exec(raw)
    if (fence !== null && open === undefined) open = { indent: fence[1]?.length ?? 0, lines: [] }
    else if (fence !== null && open !== undefined) {
      blocks.push(open.lines)
      open = undefined
    } else open?.lines.push(raw.slice(open.indent).trimEnd())
  }
  return blocks
    .filter((lines) => /^(modelgate demo, run|champion before:|(✅|⚠️|❌) )/.test(lines[0] ?? ''))
    .flat()
    .filter((line) => line !== '' && line !== '…')
    .map((line) => {
      const escaped = line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      const loose = escaped
        .replace(/\/work\/main\/demo-output/g, '\\S+')
        .replace(/\d+(?:\\\.\d+)? s\b/g, '[\\d.]+ s')
        .replace(/\d+ requests \\\(stable \d+, canary \d+\\\)/, '\\d+ requests \\(stable \\d+, canary \\d+\\)')
      return { line, pattern: new RegExp(`^${loose}$`, 'm') }
    })
}

const readReport = (out: string): DemoReport => JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as DemoReport

describe('npm run demo', () => {
  // What the three demo runs below printed, for the last test (docs/demo.md quotes them).
  const outputs: string[] = []

  it('runs every gate, writes the combined report, and a second run moves the champion', { timeout: 480_000 }, () => {
    const out = makeTempDir('modelgate-demo-')

    const first = demo(['--out', out])
    outputs.push(first.stdout)
    expect(first.stderr + first.stdout).toContain('every gate passed')
    expect(first.status).toBe(0)
    expect(first.stdout).toMatch(/champion before: churn v1\n/)
    expect(first.stdout).toMatch(/champion after: churn v2 \(was v1\)/)
    for (const step of GATES) expect(first.stdout).toMatch(new RegExp(`^(✅|⚠️) ${step} +(PASS|WARN) `, 'm'))

    const report = readReport(out)
    expect(report.kind).toBe('modelgate.demo-report')
    expect(report.run).toBe(1)
    expect(report.gates.map((g) => g.step)).toEqual(GATES)
    for (const gate of report.gates) {
      expect(['pass', 'warn']).toContain(gate.status)
      expect(gate.report.gate).toBe(gate.gate)
      expect(gate.report.checks.length).toBeGreaterThan(0)
    }
    expect(report.championBefore).toBe('1')
    expect(report.candidateVersion).toBe('2')
    expect(report.championAfter).toBe('2')
    const markdown = readFileSync(join(out, 'report.md'), 'utf8')
    for (const gate of [
      'validate-data',
      'train-on-runner',
      'evaluate-vs-champion',
      'fairness-gate',
      'register-model',
      'canary-deploy',
    ]) {
      expect(markdown).toContain(`modelgate/${gate}`)
    }
    expect(markdown).toContain('champion after: v2')

    // The second run retrains the same model: identical to the champion, so not better (issue #16): a hold, and the
    // champion stays where it is.
    const second = demo(['--out', out])
    outputs.push(second.stdout)
    expect(second.status).toBe(0)
    expect(second.stdout).toMatch(/champion before: churn v2\n/)
    expect(second.stdout).toMatch(/^⚠️ evaluate-vs-champion +WARN +Hold: /m)
    expect(second.stdout).toContain(
      'evaluate-vs-champion held: the candidate is not better than the champion, so churn v2 stays the champion',
    )
    expect(second.stdout).not.toContain('seeded the registry')
    const again = readReport(out)
    expect(again.run).toBe(2)
    expect(again.championBefore).toBe('2')
    expect(again.championAfter).toBe('2')
    expect(existsSync(join(out, 'run-1', 'report.md'))).toBe(true)
  })

  it('stops at a failing gate, says so, and exits non-zero', { timeout: 240_000 }, () => {
    const out = makeTempDir('modelgate-demo-fail-')
    const current = readFileSync('examples/churn/data/current.csv', 'utf8').split('\n')
    // A plan the contract does not allow, in the first data row.
    current[1] = (current[1] ?? '').replace(/,(basic|pro|enterprise),/, ',platinum,')
    const broken = join(out, 'broken.csv')
    writeFileSync(broken, current.join('\n'))

    const result = demo(['--out', join(out, 'demo'), '--current', broken])
    outputs.push(result.stdout)
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/^❌ validate-data +FAIL /m)
    expect(result.stdout).toContain('the validate-data gate said FAIL: the chain stops here')
    expect(result.stdout).not.toContain('train-on-runner')
    const report = readReport(join(out, 'demo'))
    expect(report.status).toBe('fail')
    expect(report.gates.map((g) => g.step)).toEqual(['validate-data'])
    expect(report.championAfter).toBeNull()
  })

  it('docs/demo.md quotes only lines the demo prints (issue #18: the doc matches what the demo prints)', () => {
    expect(outputs, 'the two demo tests above ran (run this file whole)').toHaveLength(3)
    const quoted = quotedDemoLines()
    expect(quoted.length).toBeGreaterThan(20)
    const printed = outputs.join('\n')
    expect(quoted.filter((q) => !q.pattern.test(printed)).map((q) => q.line)).toEqual([])
  })
})

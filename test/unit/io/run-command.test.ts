import { mkdtempSync, readFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../src/core/errors.js'
import { expandPlaceholders, processGroupAlive, runCommand } from '../../../src/io/run-command.js'

const node = process.execPath

/** Alive and not a zombie (a container's PID 1 may not reap orphans quickly). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return false
  }
}

async function waitFor(predicate: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (predicate()) return true
    await new Promise((r) => setTimeout(r, 25))
  }
  return predicate()
}

/** A script that starts a grandchild (which writes its pid to a file, then sleeps), then sleeps itself. */
function treeScript(pidFile: string): string {
  const grandchild = `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setInterval(() => {}, 1000)`
  return `
    const { spawn } = require('child_process')
    spawn(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'ignore' })
    console.log('started'); setInterval(() => {}, 1000)
  `
}

describe('runCommand', () => {
  it('runs without a shell, streams lines in order and keeps the tail', async () => {
    const lines: string[] = []
    const result = await runCommand(
      [
        node,
        '-e',
        'for (let i = 0; i < 10; i++) console.log("line " + i); console.error("oops"); process.stdout.write("partial")',
        '$(echo no)',
      ],
      {
        keepTailLines: 3,
        onLine: (stream, line) => lines.push(`${stream}:${line}`),
      },
    )
    expect(result.exitCode).toBe(0)
    expect(result.timedOut).toBe(false)
    expect(result.cancelled).toBe(false)
    expect(result.stdoutTail).toEqual(['line 8', 'line 9', 'partial'])
    expect(result.stderrTail).toEqual(['oops'])
    expect(lines.filter((l) => l.startsWith('stdout:')).slice(0, 2)).toEqual(['stdout:line 0', 'stdout:line 1'])
  })

  it('passes arguments literally (no shell expansion)', async () => {
    const result = await runCommand([node, '-e', 'console.log(process.argv[1])', '$(echo hacked); *'])
    expect(result.stdoutTail).toEqual(['$(echo hacked); *'])
  })

  it('reports the exit code, cwd and env', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-command-'))
    const result = await runCommand(
      [node, '-e', 'console.log(process.cwd() + "|" + process.env.FOO); process.exit(3)'],
      {
        cwd: dir,
        env: { ...process.env, FOO: 'bar' },
      },
    )
    expect(result.exitCode).toBe(3)
    expect(result.stdoutTail[0]).toMatch(/\|bar$/)
    expect(result.stdoutTail[0]?.endsWith(`${dir.split('/').pop()}|bar`)).toBe(true)
  })

  it('gives the child no action inputs, runner credentials or GitHub token unless they are passed explicitly', async () => {
    const script =
      'const e = process.env; console.log([e["INPUT_GITHUB-TOKEN"], e.ACTIONS_RUNTIME_TOKEN, e.ACTIONS_ID_TOKEN_REQUEST_TOKEN, e.GITHUB_TOKEN, e.KEEP, e.GH_TOKEN].map(String).join("|"))'
    const result = await runCommand([node, '-e', script], {
      env: {
        ...process.env,
        'INPUT_GITHUB-TOKEN': 'ghs_input',
        'INPUT_REGISTRY-TOKEN': 'reg',
        ACTIONS_RUNTIME_TOKEN: 'runtime',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
        GITHUB_TOKEN: 'ghs_env',
        KEEP: 'kept',
      },
      explicitEnv: { GH_TOKEN: 'passed-on-purpose' },
    })
    expect(result.stdoutTail[0]).toBe('undefined|undefined|undefined|undefined|kept|passed-on-purpose')
  })

  it('throws a ConfigurationError naming a missing executable', async () => {
    const promise = runCommand(['definitely-not-a-program-xyz', '--help'])
    await expect(promise).rejects.toBeInstanceOf(ConfigurationError)
    await expect(runCommand(['definitely-not-a-program-xyz'])).rejects.toThrow(/definitely-not-a-program-xyz/)
  })

  it('blames a missing working directory, not the program', async () => {
    await expect(runCommand([node, '-e', '1'], { cwd: '/no/such/dir-xyz' })).rejects.toThrow(
      'the working directory /no/such/dir-xyz does not exist',
    )
  })

  it('throws a ConfigurationError for a file that is not executable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-command-'))
    const { writeFileSync } = await import('node:fs')
    writeFileSync(join(dir, 'script.sh'), '#!/bin/sh\necho hi\n', { mode: 0o644 })
    await expect(runCommand([join(dir, 'script.sh')])).rejects.toThrow(/is not executable/)
  })

  it('throws a ConfigurationError for an empty argv', async () => {
    await expect(runCommand([])).rejects.toBeInstanceOf(ConfigurationError)
  })

  it('kills the whole process tree, grandchild included, on timeout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-command-'))
    const pidFile = join(dir, 'grandchild.pid')
    let groupId = 0
    const result = await runCommand([node, '-e', treeScript(pidFile)], {
      timeoutMs: 3000, // long enough for the grandchild to start on a loaded machine
      killGraceMs: 500,
      onSpawn: (pid) => {
        groupId = pid
      },
    })
    expect(result.timedOut).toBe(true)
    expect(result.exitCode).toBeNull()
    expect(result.signal).toBe('SIGTERM')
    expect(result.stdoutTail).toEqual(['started'])
    expect(existsSync(pidFile)).toBe(true)
    const grandchild = Number(readFileSync(pidFile, 'utf8'))
    expect(await waitFor(() => !alive(grandchild), 3000)).toBe(true)
    expect(processGroupAlive(groupId)).toBe(false)
  })

  it('escalates to SIGKILL when the process ignores SIGTERM', async () => {
    const result = await runCommand(
      [node, '-e', 'process.on("SIGTERM", () => {}); console.log("ready"); setInterval(() => {}, 1000)'],
      {
        timeoutMs: 800,
        killGraceMs: 300,
      },
    )
    expect(result.timedOut).toBe(true)
    expect(result.signal).toBe('SIGKILL')
  })

  it('kills the tree when the signal aborts (job cancellation)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-command-'))
    const pidFile = join(dir, 'grandchild.pid')
    const controller = new AbortController()
    const promise = runCommand([node, '-e', treeScript(pidFile)], {
      signal: controller.signal,
      killGraceMs: 500,
    })
    // abort once the grandchild exists (start-up time varies on a loaded machine)
    const poll = setInterval(() => {
      if (existsSync(pidFile)) {
        clearInterval(poll)
        controller.abort()
      }
    }, 25)
    const result = await promise
    clearInterval(poll)
    expect(result.cancelled).toBe(true)
    expect(result.timedOut).toBe(false)
    const grandchild = Number(readFileSync(pidFile, 'utf8'))
    expect(await waitFor(() => !alive(grandchild), 3000)).toBe(true)
  })

  it('does not start when the signal is already aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    const result = await runCommand([node, '-e', 'console.log(1)'], { signal: controller.signal })
    expect(result.cancelled).toBe(true)
    expect(result.pid).toBeNull()
  })
})

describe('expandPlaceholders', () => {
  it('substitutes inside elements only', () => {
    expect(expandPlaceholders(['predict', '--in={input}', '{out}'], { input: 'a b.csv', out: '; rm -rf /' })).toEqual([
      'predict',
      '--in=a b.csv',
      '; rm -rf /',
    ])
  })

  it('keeps {{ and }} as literal braces', () => {
    expect(expandPlaceholders(['{{"a": {n}}}'], { n: '1' })).toEqual(['{"a": 1}'])
  })

  it('errors on an unknown placeholder, naming it and the known ones', () => {
    expect(() => expandPlaceholders(['{nope}'], { input: 'x' })).toThrow(ConfigurationError)
    expect(() => expandPlaceholders(['{nope}'], { input: 'x' })).toThrow(/\{nope\}/)
    try {
      expandPlaceholders(['{nope}'], { input: 'x' })
    } catch (error) {
      expect((error as ConfigurationError).hint).toMatch(/\{input\}/)
    }
  })

  it('never changes the number of elements and leaves text without braces alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string().filter((s) => !s.includes('{') && !s.includes('}'))),
        fc.string(),
        (argv, value) => {
          const out = expandPlaceholders(argv, { v: value })
          expect(out).toEqual(argv)
        },
      ),
    )
    fc.assert(
      fc.property(fc.array(fc.constantFrom('{v}', 'x{v}y', 'plain')), fc.string(), (argv, value) => {
        const out = expandPlaceholders(argv, { v: value })
        expect(out.length).toBe(argv.length)
        out.forEach((element, i) => expect(element).toBe((argv[i] as string).replace('{v}', () => value)))
      }),
    )
  })
})

import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../../src/core/errors.js'
import * as msg from '../../../../src/io/paths/messages.js'
import { inputPathRoots, resolveInputPath } from '../../../../src/io/paths/resolve-input-path.js'
import { expectThrow } from '../../../helpers/expect-rejection.js'
import { makeTempDir } from '../../../helpers/tmp-dir.js'

/** A workspace with a file, a folder, and a folder outside it; only the workspace is a root. */
function workspace(): { ws: string; outside: string; env: Record<string, string> } {
  const base = makeTempDir()
  const ws = join(base, 'ws')
  const outside = join(base, 'outside')
  mkdirSync(join(ws, 'data'), { recursive: true })
  mkdirSync(outside)
  writeFileSync(join(ws, 'data', 'a.csv'), 'x\n1\n')
  writeFileSync(join(outside, 'secret.csv'), 'x\n1\n')
  return { ws, outside, env: { GITHUB_WORKSPACE: ws } }
}

const refusal = (run: () => unknown): ConfigurationError => expectThrow(run, ConfigurationError)

describe('resolveInputPath', () => {
  it('accepts a regular file and a directory inside the workspace and returns the path as given', () => {
    const { ws, env } = workspace()
    expect(resolveInputPath('data/a.csv', { kind: 'file', input: 'data', env, cwd: ws })).toBe('data/a.csv')
    expect(resolveInputPath('data', { kind: 'directory', input: 'model-path', env, cwd: ws })).toBe('data')
  })

  it('returns a path that does not exist unchanged, so the reader reports "not found" itself', () => {
    const { ws, env } = workspace()
    expect(resolveInputPath('missing.csv', { kind: 'file', input: 'data', env, cwd: ws })).toBe('missing.csv')
  })

  it('refuses a symlink to /proc/self/environ, naming the input and the resolved path, never the contents', () => {
    const { ws, env } = workspace()
    symlinkSync('/proc/self/environ', join(ws, 'env.csv'))
    const error = refusal(() => resolveInputPath('env.csv', { kind: 'file', input: 'data', env, cwd: ws }))
    expect(error.describe()).toBe(
      `${msg.pathInSystemFolder('env.csv', `/proc/${process.pid}/environ`, '/proc')} (input "data"). ${msg.pathHint('a regular file')}`,
    )
    expect(error.describe()).toBe(
      `env.csv (→ /proc/${process.pid}/environ) is inside /proc, which modelgate never reads or writes (input "data"). give the path of a regular file inside the workspace`,
    )
  })

  it('refuses a symlink leading outside the roots, and accepts it once the folder is listed in MODELGATE_PATH_ROOTS', () => {
    const { ws, outside, env } = workspace()
    symlinkSync(join(outside, 'secret.csv'), join(ws, 'link.csv'))
    const error = refusal(() => resolveInputPath('link.csv', { kind: 'file', input: 'reference', env, cwd: ws }))
    expect(error.message).toBe(msg.pathOutsideRoots('link.csv', join(outside, 'secret.csv'), [ws]))
    expect(error.hint).toBe(
      'move the file into the workspace or RUNNER_TEMP, or list its folder in MODELGATE_PATH_ROOTS (`:`-separated)',
    )
    const listed = { ...env, MODELGATE_PATH_ROOTS: outside }
    expect(resolveInputPath('link.csv', { kind: 'file', input: 'reference', env: listed, cwd: ws })).toBe('link.csv')
  })

  it('refuses a FIFO without opening it (nothing blocks)', () => {
    const { ws, env } = workspace()
    execFileSync('mkfifo', [join(ws, 'pipe.csv')])
    const error = refusal(() => resolveInputPath('pipe.csv', { kind: 'file', input: 'data', env, cwd: ws }))
    expect(error.message).toBe(`pipe.csv (→ ${join(ws, 'pipe.csv')}) is a FIFO (named pipe), not a regular file`)
  })

  it('refuses a socket, a device and a directory where a file is wanted', async () => {
    const { ws, env } = workspace()
    const socketPath = join(ws, 'sock.csv')
    const server = createServer()
    await new Promise<void>((done) => server.listen(socketPath, done))
    try {
      expect(refusal(() => resolveInputPath(socketPath, { kind: 'file', input: 'data', env, cwd: ws })).message).toBe(
        `${socketPath} is a socket, not a regular file`,
      )
    } finally {
      server.close()
    }
    symlinkSync('/dev/zero', join(ws, 'zero.yml'))
    expect(refusal(() => resolveInputPath('zero.yml', { kind: 'file', input: 'policy', env, cwd: ws })).message).toBe(
      'zero.yml (→ /dev/zero) is inside /dev, which modelgate never reads or writes',
    )
    expect(refusal(() => resolveInputPath('data', { kind: 'file', input: 'contract', env, cwd: ws })).message).toBe(
      `data (→ ${join(ws, 'data')}) is a directory, not a regular file`,
    )
  })

  it('an output may not exist yet, but is never a directory, a dangling symlink or outside the roots', () => {
    const { ws, outside, env } = workspace()
    expect(resolveInputPath('out/new.json', { kind: 'output', input: 'report-path', env, cwd: ws })).toBe(
      'out/new.json',
    )
    expect(
      refusal(() => resolveInputPath('data', { kind: 'output', input: 'report-path', env, cwd: ws })).message,
    ).toBe(`data (→ ${join(ws, 'data')}) is a directory, not a regular file (or a path that does not exist yet)`)
    symlinkSync(join(outside, 'nothing'), join(ws, 'dangling.json'))
    expect(
      refusal(() => resolveInputPath('dangling.json', { kind: 'output', input: 'output', env, cwd: ws })).message,
    ).toBe(
      `dangling.json (→ ${join(ws, 'dangling.json')}) is a symbolic link to nothing, not a regular file (or a path that does not exist yet)`,
    )
    expect(
      refusal(() => resolveInputPath('/proc/self/status', { kind: 'output', input: 'report-path', env, cwd: ws }))
        .message,
    ).toMatch(/^\/proc\/self\/status \(→ \/proc\/\d+\/status\) is inside \/proc/)
    expect(
      refusal(() => resolveInputPath(join(outside, 'r.json'), { kind: 'output', input: 'report-path', env, cwd: ws }))
        .message,
    ).toBe(msg.pathOutsideRoots(join(outside, 'r.json'), join(outside, 'r.json'), [ws]))
  })

  it('roots are GITHUB_WORKSPACE, RUNNER_TEMP, the working directory and MODELGATE_PATH_ROOTS, deduplicated', () => {
    const { ws, outside } = workspace()
    expect(
      inputPathRoots({ GITHUB_WORKSPACE: ws, RUNNER_TEMP: outside, MODELGATE_PATH_ROOTS: `${ws}:${outside}:` }, ws),
    ).toEqual([ws, outside])
  })
})

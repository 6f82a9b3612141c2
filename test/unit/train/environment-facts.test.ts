import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, existsSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  describeInterpreter,
  describePackages,
  gitCommit,
  resolveProgram,
} from '../../../src/train-on-runner/environment-facts.js'

/** A folder holding an executable `name` that prints `output` and records that it ran. */
function fakeProgram(name: string, output: string): { dir: string; ranMarker: string } {
  const dir = mkdtempSync(join(tmpdir(), 'shim-'))
  const ranMarker = join(dir, `${name}.ran`)
  writeFileSync(join(dir, name), `#!/bin/sh\ntouch '${ranMarker}'\necho '${output}'\n`)
  chmodSync(join(dir, name), 0o755)
  return { dir, ranMarker }
}

describe('lineage environment facts: the program the command really ran', () => {
  it('a command that runs /usr/bin/python3 records that Python, not the python3 a PATH shim answers for', async () => {
    const shim = fakeProgram('python3', 'Python 3.99.0')
    const env = { PATH: `${shim.dir}${delimiter}/usr/bin${delimiter}/bin` }
    const cwd = mkdtempSync(join(tmpdir(), 'cwd-'))
    const real = execFileSync('/usr/bin/python3', ['--version'], { encoding: 'utf8' }).trim()
    expect(await describeInterpreter('/usr/bin/python3', cwd, env)).toEqual({
      argv0: '/usr/bin/python3',
      path: realpathSync('/usr/bin/python3'),
      version: real,
    })
    // The bare name runs what PATH finds first, as the training did: the shim.
    expect(await describeInterpreter('python3', cwd, env)).toEqual({
      argv0: 'python3',
      path: join(realpathSync(shim.dir), 'python3'),
      version: 'Python 3.99.0',
    })
  })
  it('never runs an unknown program to ask its version (it could start training), and says when argv[0] is not found', async () => {
    const script = fakeProgram('train.sh', 'training…')
    const env = { PATH: '/usr/bin:/bin' }
    expect(await describeInterpreter(join(script.dir, 'train.sh'), script.dir, env)).toEqual({
      argv0: join(script.dir, 'train.sh'),
      path: join(realpathSync(script.dir), 'train.sh'),
      version: null,
    })
    expect(existsSync(script.ranMarker)).toBe(false)
    expect(await describeInterpreter('no-such-program-xyz', script.dir, env)).toEqual({
      argv0: 'no-such-program-xyz',
      path: null,
      version: null,
    })
    // A relative argv[0] is taken from the working directory, as the child process does.
    expect(resolveProgram('./train.sh', script.dir, env)).toBe(join(realpathSync(script.dir), 'train.sh'))
  })
  it('off a runner: the commit from git, with uncommitted changes to tracked files flagged; nulls outside a repository', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'repo-'))
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: repo }
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', ...args], { cwd: repo, env })
    git('init', '-q')
    writeFileSync(join(repo, 'train.py'), 'print(1)\n')
    git('add', 'train.py')
    git('commit', '-q', '-m', 'one')
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim()
    expect(await gitCommit(repo, env)).toEqual({ commit: head, dirty: false })
    writeFileSync(join(repo, 'untracked.txt'), 'x') // untracked files do not change what ran from the commit
    expect(await gitCommit(repo, env)).toEqual({ commit: head, dirty: false })
    writeFileSync(join(repo, 'train.py'), 'print(2)\n')
    expect(await gitCommit(repo, env)).toEqual({ commit: head, dirty: true })
    expect(await gitCommit(mkdtempSync(join(tmpdir(), 'not-a-repo-')), env)).toEqual({ commit: null, dirty: null })
  })
  it('packages: the digests of the lockfiles present, and pip list of a Python interpreter', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'pkgs-'))
    writeFileSync(join(cwd, 'requirements.txt'), 'numpy==1.24.2\n')
    const env = { PATH: '/usr/bin:/bin' }
    const interpreter = await describeInterpreter('/usr/bin/python3', cwd, env)
    const packages = await describePackages(interpreter, cwd, env)
    const sha256 = createHash('sha256').update('numpy==1.24.2\n').digest('hex')
    expect(packages.lockfiles).toEqual([{ path: 'requirements.txt', sha256 }])
    // Debian's python3 has pip and numpy (python3-numpy): pip list names it with its version.
    const pipAvailable = (() => {
      try {
        execFileSync('/usr/bin/python3', ['-m', 'pip', '--version'], { stdio: 'ignore' })
        return true
      } catch {
        return false
      }
    })()
    if (pipAvailable) expect(packages.python?.numpy).toMatch(/^\d+\.\d+/)
    else expect(packages.python).toBeNull()
    // Not a Python interpreter: no pip list.
    expect(
      (await describePackages({ argv0: 'node', path: process.execPath, version: 'v20' }, cwd, env)).python,
    ).toBeNull()
  })
})

// One process measured from the outside, for every benchmark here (not part of npm test): the command runs under
// `/usr/bin/time -v`, so wall time, user + sys CPU and peak RSS include the process's start-up (Node, Python, the
// bundle's load), as a user running it would see them.
import { spawnSync } from 'node:child_process'

export interface ProcessMeasurement {
  /** The command exited with status 0. */
  ok: boolean
  /** Wall-clock seconds, from GNU time's "Elapsed (wall clock) time"; NaN when it could not be read. */
  wallS: number
  /** User + system CPU seconds of the process and the children it waited for; NaN when not read. */
  cpuS: number
  /** Peak resident set size in MiB ("Maximum resident set size", KiB ÷ 1024); NaN when not read. */
  rssMiB: number
  stdout: string
  /** stdout and stderr together (GNU time writes its report to stderr), for failure messages. */
  text: string
}

/**
 * Runs `command` (argv, no shell) under `/usr/bin/time -v` and returns what it measured and what it printed. With
 * `lock` (a path), under `flock LOCK` first: the clock starts once the lock is held, so waiting for it is not timed. `cwd`: the
 * folder it runs in.
 */
export function measureProcess(
  command: readonly string[],
  options: { readonly lock?: string; readonly cwd?: string } = {},
): ProcessMeasurement {
  const timed = ['/usr/bin/time', '-v', ...command]
  const [file, ...args] = options.lock === undefined ? timed : ['flock', options.lock, ...timed]
  const out = spawnSync(file as string, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  })
  const text = `${out.stdout}\n${out.stderr}`
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(text)
  const user = /User time \(seconds\): ([\d.]+)/.exec(text)
  const sys = /System time \(seconds\): ([\d.]+)/.exec(text)
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text)
  return {
    ok: out.status === 0,
    wallS: wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : Number.NaN,
    cpuS: Number(user?.[1] ?? Number.NaN) + Number(sys?.[1] ?? Number.NaN),
    rssMiB: rss ? Number(rss[1]) / 1024 : Number.NaN,
    stdout: out.stdout,
    text,
  }
}

/** The median of the finite values (NaN when there are none): a benchmark table's figure of several rounds. */
export function medianOf(xs: readonly number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (s.length === 0) return Number.NaN
  const m = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}

/**
 * A benchmark's command line: `option(name)` takes `name VALUE` out of `argv`, `flag(name)` takes `name`; what is
 * left afterwards are the positional arguments.
 */
export function benchArguments(argv: string[]): {
  option: (name: string) => string | undefined
  flag: (name: string) => boolean
} {
  return {
    option: (name) => {
      const i = argv.indexOf(name)
      return i >= 0 ? argv.splice(i, 2)[1] : undefined
    },
    flag: (name) => {
      const i = argv.indexOf(name)
      if (i >= 0) argv.splice(i, 1)
      return i >= 0
    },
  }
}

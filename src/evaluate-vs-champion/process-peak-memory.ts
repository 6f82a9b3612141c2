import { readdirSync, readFileSync } from 'node:fs'

/** The `VmHWM:` line of /proc/<pid>/status, in kB, or undefined when the process is gone or has none. */
function peakResidentKb(pid: string): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status)
    return match === null ? undefined : Number(match[1])
  } catch {
    return undefined
  }
}

/**
 * The peak resident set (VmHWM, Linux) of every live process in the process group `pgid`, summed, in MiB; undefined
 * where /proc cannot be read (not Linux) or nothing of the group is alive. The sum over the group counts a wrapper
 * (`sh -c`, `uv run`) and its interpreter together: an upper bound of the group's peak, never an underestimate.
 */
export function processGroupPeakMemoryMb(pgid: number): number | undefined {
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return undefined
  }
  let totalKb = 0
  let seen = false
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
    } catch {
      continue
    }
    const kb = peakResidentKb(entry)
    if (kb === undefined) continue
    totalKb += kb
    seen = true
  }
  return seen ? totalKb / 1024 : undefined
}

import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

/** Absolute path of an executable on PATH (or /usr/sbin, where Debian puts nginx), or undefined. */
export function findTool(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/bin', '/sbin']
  for (const dir of dirs) {
    if (dir === '') continue
    const candidate = join(dir, name)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return undefined
}

/**
 * For tests that need a real server (nginx, prometheus, docker-registry). Under CI=true a missing tool is a
 * failure (.ci/run installs them); on a developer machine the test is skipped with a visible note.
 * Use: `const nginx = requireTool('nginx'); describe.skipIf(!nginx.available)(…)`.
 */
export function requireTool(name: string): { available: boolean; path: string } {
  const path = findTool(name)
  if (path !== undefined) return { available: true, path }
  if (process.env.CI === 'true')
    throw new Error(`${name} is required under CI=true but is not installed; .ci/run installs it with apt-get`)
  console.warn(
    `skipping tests that need ${name}: it is not installed (apt-get install ${name === 'docker-registry' ? 'docker-registry' : name})`,
  )
  return { available: false, path: name }
}

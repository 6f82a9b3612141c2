import { vi } from 'vitest'
import { runCli } from '../../../src/cli/run-cli.js'

/** Runs the CLI in process with stdout and stderr captured (restore with vi.restoreAllMocks in afterEach). */
export async function cli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  })
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk)
    return true
  })
  const code = await runCli(argv, env)
  vi.restoreAllMocks()
  return { code, stdout, stderr }
}

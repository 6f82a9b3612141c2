export const trafficCommandFailed = (argv: readonly string[], exitCode: number | null, tail: string): string =>
  `traffic command ${JSON.stringify(argv)} exited with ${exitCode === null ? 'no exit code (killed or timed out)' : String(exitCode)}${tail === '' ? '' : `: ${tail}`}`

export const nginxTestFailed = (output: string): string => `nginx -t rejected the generated config: ${output}`

export const nginxReloadFailed = (output: string): string => `nginx -s reload failed: ${output}`

export const nginxReloadNotVerified = (url: string, expected: string, last: string): string =>
  `nginx reload did not take effect: ${url} never reported "${expected}" (last: ${last})`

export const kubectlFailed = (argv: readonly string[], exitCode: number | null, tail: string): string =>
  `kubectl ${argv.slice(1).join(' ')} exited with ${exitCode === null ? 'no exit code' : String(exitCode)}${tail === '' ? '' : `: ${tail}`}`

export const weightOutOfRange = (percent: number): string => `traffic weight ${String(percent)} is outside 0–100`

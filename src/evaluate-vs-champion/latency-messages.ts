// Messages of the latency measurement (serve processes and HTTP endpoints); tests compare against these.

const tail = (lines: readonly string[]): string =>
  lines.length === 0 ? '' : `; its last stderr lines: ${lines.join(' | ')}`

export const latencyMessages = {
  serveExited: (which: string, input: string, reason: string, stderr: readonly string[]): string =>
    `the ${which}'s ${input} server ${reason} before answering every latency request${tail(stderr)}`,
  exitedWith: (code: number | null, signal: string | null): string =>
    code !== null ? `exited with code ${code}` : `was ended by ${signal ?? 'a signal'}`,
  notStarted: (file: string, why: string): string => `could not be started ("${file}": ${why})`,
  unaskedLine: (line: string): string => `wrote a line nobody asked for (${JSON.stringify(line.slice(0, 80))})`,
  requestTimedOut: (which: string, input: string, n: number, timeoutMs: number): string =>
    `the ${which} did not answer latency request ${n} within ${timeoutMs} ms (${input})`,
  notJsonResponse: (which: string, input: string, n: number, line: string): string =>
    `the ${which}'s answer to latency request ${n} is not one line of JSON (${input}): ${JSON.stringify(line.slice(0, 80))}`,
  httpStatus: (which: string, input: string, n: number, status: number): string =>
    `the ${which}'s endpoint answered latency request ${n} with HTTP ${status} (${input})`,
  httpFailed: (which: string, input: string, n: number, why: string): string =>
    `latency request ${n} to the ${which}'s endpoint failed (${input}): ${why}`,
  noRows: (data: string): string => `the data ${data} has no rows to send as latency requests`,
  fixServe:
    'the latency command must read one JSON object per line on stdin and write one JSON line per request to stdout, in order, flushing each line (see docs/actions/evaluate-vs-champion.md#latency)',
  fixSlow: 'make the model answer faster, or raise latency.request_timeout_ms in the policy',
  fixHttp:
    'check that the endpoint is up and accepts a POST of one JSON row (see docs/actions/evaluate-vs-champion.md#latency)',
  fixNoRows: 'give data with at least one row of features',
}

export const prometheusHttpError = (status: number, errorType: string, error: string): string =>
  `Prometheus answered HTTP ${status}${errorType === '' ? '' : ` (${errorType})`}${error === '' ? '' : `: ${error}`}`
export const prometheusUnreachable = (url: string, reason: string): string =>
  `Prometheus at ${url} is unreachable: ${reason}`
export const prometheusEmpty = (): string => 'the query returned an empty vector (no series)'
export const prometheusManySeries = (count: number): string =>
  `the query returned ${count} series; aggregate it to one (e.g. sum(...))`
export const prometheusUnsupported = (resultType: string): string =>
  `result type "${resultType}" is not supported; use an instant vector or scalar query`
export const scrapeFailed = (url: string, reason: string): string => `scraping ${url} failed: ${reason}`
export const metricsCommandFailed = (exitCode: number | null, tail: string): string =>
  `metrics command exited with ${exitCode === null ? 'no exit code (killed or timed out)' : String(exitCode)}${tail === '' ? '' : `: ${tail}`}`
export const metricsCommandBadJson = (reason: string): string =>
  `metrics command did not print JSON like {"canary":{"error-rate":0.01},"stable":{…},"canaryRequests":120}: ${reason}`
export const httpTimedOut = (url: string, timeoutMs: number): string =>
  `GET ${url} did not complete within ${timeoutMs} ms (total time, body included)`
export const httpTooLarge = (url: string, limit: number): string =>
  `GET ${url}: the answer is larger than ${limit} bytes`

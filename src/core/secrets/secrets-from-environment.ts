/** Variable names whose values are credentials by convention (GitHub secrets are usually passed as such). */
const SECRET_NAME =
  /(?:TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|API[_-]?KEY|PRIVATE[_-]?KEY|ACCESS[_-]?KEY|WEBHOOK)/i

/** Variables the runner sets that name things, not secrets, even though their names match. */
const NOT_SECRET = new Set([
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_RUNTIME_URL',
  // The alert inputs' names say WEBHOOK; only the URL is a credential, not its format.
  'INPUT_ALERT-WEBHOOK-FORMAT',
])

/**
 * The values in an environment that must never be published: every variable whose name says it is a credential
 * (INPUT_GITHUB-TOKEN, INPUT_REGISTRY-TOKEN, ACTIONS_RUNTIME_TOKEN, a job-level `env: API_KEY: ${{ secrets.X }}`),
 * where the runner itself gives no list of which values are secrets.
 * @example secretsFromEnvironment({ 'INPUT_GITHUB-TOKEN': 'ghs_x1y2', HOME: '/home/runner' }) // => ['ghs_x1y2']
 */
export function secretsFromEnvironment(env: Readonly<Record<string, string | undefined>>): string[] {
  const values: string[] = []
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || value === '' || NOT_SECRET.has(name)) continue
    if (SECRET_NAME.test(name)) values.push(value)
  }
  return values
}

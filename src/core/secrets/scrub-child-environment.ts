/** Runner variables that carry credentials a child never needs (cache, artifact and OIDC tokens, their URLs). */
const RUNNER_CREDENTIALS = new Set([
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'GITHUB_TOKEN',
  'GH_TOKEN',
])

/**
 * The environment a command the actions start (training, predict, traffic, metrics) gets: the parent's, without
 * the action's inputs (`INPUT_*`, which include every token input), the runner's runtime credentials and any
 * GitHub token, then `explicit` on top — the only way to hand a child a token is to pass it on purpose (the
 * train-on-runner `env` input, or a step's own `env:` under another name).
 * @example scrubChildEnvironment({ PATH: '/bin', 'INPUT_GITHUB-TOKEN': 't', ACTIONS_RUNTIME_TOKEN: 'r' }) // => { PATH: '/bin' }
 * @example scrubChildEnvironment({ GITHUB_TOKEN: 'a' }, { GITHUB_TOKEN: 'b' }) // => { GITHUB_TOKEN: 'b' }
 */
export function scrubChildEnvironment(
  parent: Readonly<Record<string, string | undefined>>,
  explicit: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined || name.toUpperCase().startsWith('INPUT_') || RUNNER_CREDENTIALS.has(name)) continue
    env[name] = value
  }
  return { ...env, ...explicit }
}

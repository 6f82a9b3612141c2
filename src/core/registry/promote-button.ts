export interface PromoteButton {
  /** A check run `actions[]` entry (label ≤ 20, description ≤ 40, identifier ≤ 20 characters). */
  readonly action: { readonly label: string; readonly description: string; readonly identifier: string }
  /** The check run's `external_id`, which the `check_run: requested_action` workflow reads back. */
  readonly externalId: string
}

/**
 * The check-run "Promote" button, or undefined when it could not work. GitHub delivers `check_run`
 * `requested_action` events for check runs created with the workflow's GITHUB_TOKEN but never starts a
 * workflow for them (events caused by GITHUB_TOKEN trigger no workflows), so the button is offered only
 * when the check run is created with a GitHub App token.
 * @see https://docs.github.com/en/rest/checks/runs (actions: label ≤ 20, description ≤ 40, identifier ≤ 20)
 * @example promoteButton({ model: 'churn', version: 7, alias: 'champion', appToken: false }) // => undefined
 */
export function promoteButton(input: {
  model: string
  version: number
  alias: string
  appToken: boolean
}): PromoteButton | undefined {
  if (!input.appToken) return undefined
  const description = `${input.model} v${input.version} → ${input.alias}`
  return {
    action: {
      label: 'Promote',
      description: description.length <= 40 ? description : `${description.slice(0, 39)}…`,
      identifier: 'modelgate-promote',
    },
    externalId: JSON.stringify({ model: input.model, version: input.version, alias: input.alias }),
  }
}

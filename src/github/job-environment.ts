import { errorMessage } from '../core/error-message.js'
import { ConfigurationError, type Wording } from '../core/errors.js'
import { checkAliasProtection, type ProtectedAliases } from '../core/registry/check-alias-protection.js'
import type { ActionContext } from './action-context.js'
import { findRunDeployment } from './job-deployment.js'
import { SharedInputs } from './action-session.js'
import * as msg from './messages.js'

/** A step's claim that its job runs in a GitHub environment: the `environment` input, and where a refusal points. */
export interface EnvironmentClaim {
  /** The alias about to move. */
  readonly alias: string
  /** The step's `environment` input (the workflow file sets it next to the job's `environment:`). */
  readonly environment: string | undefined
  /** The input's name, for the error's location. */
  readonly input: string
}

/**
 * Protected aliases (policy `register-model.protected_aliases`) on a real runner. actions/runner never tells a step
 * which environment its job runs in, so the workflow passes it as the `environment` input, and this checks the
 * claim against GitHub: when a job declares `environment:`, GitHub creates a deployment of that environment for the
 * run's commit (after its protection rules, e.g. required reviewers, approved it) whose newest status is
 * `in_progress` with a link to the run while the job runs. The lookup uses the job token and needs
 * `deployments: read`. Deployments modelgate itself created are not evidence. Unprotected aliases ask nothing.
 * Limits (docs/actions/register-model.md, "Protected aliases"): any job of the same run with that environment, or a
 * step with `deployments: write` that creates such a deployment itself, satisfies it; the boundary that holds is
 * the registry credential stored as a secret of the environment.
 * @throws {ConfigurationError} when the alias is protected and the input is missing or names another environment,
 * when the lookup is impossible (no token, no permission), or when no deployment of this run is found
 */
export async function assertProtectedAliasMayMove(
  context: ActionContext,
  protectedAliases: ProtectedAliases,
  claim: EnvironmentClaim,
): Promise<void> {
  const rule = protectedAliases[claim.alias]
  if (rule === undefined) return
  const location = { input: claim.input, path: `register-model.protected_aliases.${claim.alias}` }
  // The input stands for the job's environment: missing or another one is refused as before, without a lookup.
  const refusal = checkAliasProtection(claim.alias, protectedAliases, claim.environment)
  if (refusal !== undefined)
    throw new ConfigurationError(refusal, location, msg.environmentHint(rule.environment, claim.input))
  const deployment = await findJobDeployment(context, rule.environment, location)
  context.logger.info(
    `GitHub environment "${rule.environment}" verified: deployment ${deployment} of this run is in progress`,
  )
}

/**
 * The id of the environment's in-progress deployment that links to this run, for this run's commit.
 * @throws {ConfigurationError} when it cannot be looked up or there is none
 */
async function findJobDeployment(
  context: ActionContext,
  environment: string,
  location: { input: string; path: string },
): Promise<number> {
  const { client, github } = context
  const unverifiable = (why: Wording): ConfigurationError =>
    new ConfigurationError(msg.environmentUnverifiable(environment, why), location, msg.environmentUnverifiableHint())
  if (client === undefined) throw unverifiable(msg.noTokenToVerify(SharedInputs.GitHubToken))
  if (github.owner === undefined || github.repo === undefined || github.runUrl === undefined)
    throw unverifiable('this is not a workflow run (GITHUB_REPOSITORY or GITHUB_RUN_ID is not set)')
  let id: number | undefined
  try {
    id = await findRunDeployment(context, environment)
  } catch (error) {
    throw unverifiable(`GitHub answered: ${errorMessage(error)}`)
  }
  if (id !== undefined) return id
  throw new ConfigurationError(
    msg.environmentNotDeployed(environment, github.runUrl, location.input),
    location,
    msg.environmentNotDeployedHint(environment),
  )
}

// Texts of the GitHub layer's user errors: the message says what is wrong, the hint how to fix it.
import { inWords, type Wording } from '../core/errors.js'

export const environmentHint =
  (environment: string, input: string): Wording =>
  (w) =>
    `run this job with \`environment: ${environment}\` (its required reviewers approve the move) and pass ` +
    `\`${w.setting(input, environment)}\`${w.where}`

export const environmentUnverifiable =
  (environment: string, why: Wording): Wording =>
  (w) =>
    `cannot verify that this job runs in the GitHub environment "${environment}": ${inWords(why, w)}`

/** Why the job's deployment cannot be looked up: there is no token to look with. */
export const noTokenToVerify =
  (input = 'github-token'): Wording =>
  (w) =>
    `no GitHub token (${w.input(input)} is empty)`

export const environmentUnverifiableHint =
  (input = 'github-token'): Wording =>
  (w) =>
    `give the job \`permissions: deployments: read\` (or write) and leave \`${w.name(input)}\` at its default, ` +
    'so the deployment GitHub creates for the job can be looked up'

export const environmentNotDeployed =
  (environment: string, runUrl: string, input = 'environment'): Wording =>
  (w) =>
    `${w.input(input)} says this job runs in the GitHub environment "${environment}", but GitHub has no ` +
    `in-progress deployment of "${environment}" for this workflow run (${runUrl}): the job does not declare ` +
    `\`environment: ${environment}\``

export const environmentNotDeployedHint = (environment: string): string =>
  `declare \`environment: ${environment}\` on the job itself (not only as an input); GitHub then creates the ` +
  'deployment when the job starts, after its required reviewers approved it'

import { existsSync } from 'node:fs'
import { ConfigurationError } from '../core/errors.js'
import type { PolicyDocument } from '../core/policy/policy-document.js'
import { resolveInputPath } from './paths/index.js'
import { readYamlDocument } from './read-yaml-document.js'

export const DEFAULT_POLICY_PATH = '.github/modelgate.yml'

/**
 * Reads the policy file. The default path may be absent (documented defaults apply); a path the user
 * named explicitly must exist. The document is validated against schemas/policy.schema.json, which is what
 * makes it a `PolicyDocument`.
 */
export function readPolicyFile(path: string | undefined): PolicyDocument {
  const explicit = path !== undefined
  const file = path ?? DEFAULT_POLICY_PATH
  if (!existsSync(file)) {
    if (!explicit) return {}
    throw new ConfigurationError(
      `policy file not found`,
      { file, input: 'policy' },
      `create it, or remove the \`policy\` input to use the defaults`,
    )
  }
  resolveInputPath(file, { kind: 'file', input: 'policy' })
  return readYamlDocument(file, 'policy', 'policy file') as PolicyDocument
}

import { existsSync } from 'node:fs'
import { ConfigurationError } from '../core/errors.js'
import { readYamlDocument } from './read-yaml-document.js'

export const DEFAULT_POLICY_PATH = '.github/modelgate.yml'

/**
 * Reads the policy file. The default path may be absent (documented defaults apply); a path the user
 * named explicitly must exist.
 */
export function readPolicyFile(path: string | undefined): Readonly<Record<string, unknown>> {
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
  return readYamlDocument(file, 'policy', 'policy file') as Record<string, unknown>
}

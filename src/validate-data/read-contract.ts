import { ConfigurationError } from '../core/errors.js'
import type { Contract } from '../core/contract/contract.js'
import { contractProblem } from '../core/contract/contract-problems.js'
import { readYamlDocument } from '../io/read-yaml-document.js'
import { Inputs } from './inputs.js'

/** Reads a YAML/JSON contract, validated against schemas/contract.schema.json, plus the rules a schema cannot say. */
export function readContract(path: string): Contract {
  const contract = readYamlDocument(path, 'contract', 'data contract') as Contract
  const problem = contractProblem(contract)
  if (problem !== undefined)
    throw new ConfigurationError(
      problem.message,
      { file: path, path: problem.path, input: Inputs.Contract },
      problem.hint,
    )
  for (const [name, rule] of Object.entries(contract.columns)) {
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
      throw new ConfigurationError(
        `data contract: column "${name}" has min ${rule.min} > max ${rule.max}`,
        { file: path, path: `columns.${name}`, input: Inputs.Contract },
        'swap or fix the bounds',
      )
    }
    if (rule.min_length !== undefined && rule.max_length !== undefined && rule.min_length > rule.max_length) {
      throw new ConfigurationError(
        `data contract: column "${name}" has min_length > max_length`,
        { file: path, path: `columns.${name}`, input: Inputs.Contract },
        'swap or fix the bounds',
      )
    }
  }
  const rows = contract.rows
  if (rows?.min !== undefined && rows.max !== undefined && rows.min > rows.max) {
    throw new ConfigurationError(
      'data contract: rows.min > rows.max',
      { file: path, path: 'rows', input: Inputs.Contract },
      'swap or fix the bounds',
    )
  }
  return contract
}

import { ConfigurationError } from '../core/errors.js'
import { explainMessages as m } from '../core/governance/explain-messages.js'
import { parseExplanation, type ExplanationRecord } from '../core/governance/explanation.js'
import type { RegisterPolicySection } from '../core/policy/register-policy-section.js'
import { sha256File } from '../io/hash-file.js'
import { Inputs } from './inputs.js'
import { readJsonFile } from './read-json-file.js'

/**
 * Reads the explanation input (feature importances) for the card, with the file's sha256. Registration is refused
 * (before anything is stored) when `register-model.explanation.required` is set and no file is given: the card is
 * immutable, so a version registered without one could never gain it.
 * @throws ConfigurationError when required and missing; DataError naming the file when it is not an explanation
 */
export async function readExplanation(
  file: string | undefined,
  section: RegisterPolicySection | undefined,
): Promise<ExplanationRecord | undefined> {
  if (file === undefined) {
    if (section?.explanation?.required === true)
      throw new ConfigurationError(
        m.explanationRequired,
        { input: Inputs.Explanation, path: 'register-model.explanation.required' },
        m.fixExplanationRequired,
      )
    return undefined
  }
  const explanation = parseExplanation(await readJsonFile(file, Inputs.Explanation), file)
  return { file, sha256: await sha256File(file), ...explanation }
}

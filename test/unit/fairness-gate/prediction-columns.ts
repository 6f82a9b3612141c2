import { UserError } from '../../../src/core/errors.js'

/** Label `label`, a score column `score` (cut at 0.5) or 0/1 predictions `prediction`, and `sensitiveColumns`. */
export const columnsOf = (score: boolean, sensitiveColumns: readonly string[]) => ({
  labelColumn: 'label',
  threshold: 0.5,
  sensitiveColumns,
  scoreColumn: score ? 'score' : undefined,
  predictionColumn: score ? undefined : 'prediction',
  positiveLabel: undefined,
})

/** What a load gives, to compare two loaders: `analyse` of what it loaded, or the user error it threw, in full. */
export async function loadOutcome<T>(load: Promise<T>, analyse: (loaded: T) => unknown): Promise<unknown> {
  try {
    return analyse(await load)
  } catch (error) {
    if (error instanceof UserError)
      return { error: error.name, message: error.message, location: error.location, hint: error.hint }
    throw error
  }
}

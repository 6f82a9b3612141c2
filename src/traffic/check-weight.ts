import { ServiceError } from '../core/errors.js'
import { weightOutOfRange } from './messages.js'

/** Throws unless 0 ≤ percent ≤ 100. */
export function checkWeight(percent: number): void {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) throw new ServiceError(weightOutOfRange(percent))
}

/** Formats a weight for argv and patches: integers as such, others with up to two decimals. */
export function formatWeight(percent: number): string {
  return Number.isInteger(percent) ? String(percent) : String(Math.round(percent * 100) / 100)
}

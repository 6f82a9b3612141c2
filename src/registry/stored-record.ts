import { errorMessage } from '../core/error-message.js'
import type { AliasEvent, ModelCard } from '../core/registry/model-card.js'
import {
  cardNamesOtherVersion,
  corruptAliasEvent,
  corruptAliasEventHint,
  corruptCard,
  corruptCardHint,
  retaggedHint,
} from '../core/registry/storage-messages.js'
import { formatPath, schemaProblems } from '../io/schema-validator.js'
import { CorruptRecordError } from './registry-errors.js'

function parseJson(text: string): { value: unknown } | { problem: string } {
  try {
    return { value: JSON.parse(text) as unknown }
  } catch (error) {
    return { problem: text.trim() === '' ? 'it is empty' : `not JSON: ${errorMessage(error)}` }
  }
}

/**
 * The model card stored at `where` (a path or a registry reference, for messages), parsed and checked against
 * schemas/model-card.schema.json and against the version it is stored as.
 * @throws CorruptRecordError when it is truncated, not JSON, not a model card, or the card of another model or version
 */
export function parseStoredCard(
  text: string,
  where: string,
  expected: { readonly name: string; readonly version: number },
): ModelCard {
  const parsed = parseJson(text)
  if ('problem' in parsed)
    throw new CorruptRecordError(corruptCard(where, parsed.problem), { file: where }, corruptCardHint())
  const problem = schemaProblems('model-card', parsed.value)[0]
  if (problem !== undefined)
    throw new CorruptRecordError(
      corruptCard(where, `${formatPath(problem.path)} ${problem.message}`),
      { file: where },
      corruptCardHint(),
    )
  const card = parsed.value as ModelCard
  if (card.name !== expected.name || card.version !== expected.version)
    throw new CorruptRecordError(
      cardNamesOtherVersion(where, expected.name, expected.version, card.name, card.version),
      { file: where },
      retaggedHint(),
    )
  return card
}

/**
 * One stored alias event, or a CorruptRecordError naming `where` when it is truncated or not an event of `alias`.
 */
export function parseStoredAliasEvent(text: string, where: string, alias: string): AliasEvent {
  const parsed = parseJson(text)
  const fail = (detail: string): never => {
    throw new CorruptRecordError(corruptAliasEvent(where, detail), { file: where }, corruptAliasEventHint())
  }
  if ('problem' in parsed) return fail(parsed.problem)
  const event = parsed.value as Partial<Record<keyof AliasEvent, unknown>> | null
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return fail('not a JSON object')
  if (event.alias !== alias) return fail(`it is not an event of alias ${alias}`)
  if (typeof event.by !== 'string' || typeof event.at !== 'string') return fail('"by" or "at" is missing')
  for (const key of ['from', 'to'] as const) {
    const value = event[key]
    if (value !== undefined && !(Number.isSafeInteger(value) && (value as number) >= 1))
      return fail(`"${key}" is not a version number`)
  }
  return event as AliasEvent
}

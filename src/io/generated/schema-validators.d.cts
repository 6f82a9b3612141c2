// Types of the generated CommonJS module next to this file (scripts/generate-schema-validators.mjs).
import type { ErrorObject } from 'ajv'

/** An ajv standalone validator: true when valid; otherwise `errors` holds ajv's error objects. */
interface StandaloneValidator {
  (value: unknown): boolean
  errors?: ErrorObject[] | null
}

declare const generated: { readonly VALIDATORS: Readonly<Record<string, StandaloneValidator>> }
export = generated

import { fileURLToPath } from 'node:url'

/** The repository root (resolved from this file, not the working directory). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

/** Absolute path of a file under fixtures/. */
export function fixturePath(...segments: string[]): string {
  return fileURLToPath(new URL(`../../fixtures/${segments.join('/')}`, import.meta.url))
}

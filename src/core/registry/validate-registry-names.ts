/**
 * Checks a model name and an alias against the rules every backend can store: model names are OCI
 * repository path components (lowercase, digits, `._-`), aliases are OCI tag-safe words that cannot be
 * mistaken for a version tag (`v3`). Returns an error message or undefined.
 * Reference: OCI distribution spec, "pulling manifests" (name and tag grammar).
 * @example validateRegistryName('model', 'churn-model') // => undefined
 */
export function validateRegistryName(kind: 'model' | 'alias', value: string): string | undefined {
  if (kind === 'model') {
    return /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/.test(value) && value.length <= 128 ? undefined : 'model'
  }
  return /^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(value) && !/^v\d+$/.test(value) ? undefined : 'alias'
}

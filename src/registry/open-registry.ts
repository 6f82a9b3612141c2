import { ConfigurationError } from '../core/errors.js'
import type { ModelRegistry, RegistryOptions } from './model-registry.js'

export function openRegistry(url: string, _options: RegistryOptions): ModelRegistry {
  throw new ConfigurationError(`registry backends are being written: ${url}`)
}

import { ConfigurationError } from '../core/errors.js'
import { insecureRegistry, unknownRegistryScheme } from '../core/registry/messages.js'
import { FileRegistry } from './file-registry.js'
import { MlflowRegistry } from './mlflow-registry.js'
import type { ModelRegistry, RegistryOptions } from './model-registry.js'
import { OciRegistry } from './oci-registry.js'

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** See createRegistry. */
export function openRegistry(url: string, options: RegistryOptions): ModelRegistry {
  if (options.token !== undefined && options.token !== '') options.logger.setSecret(options.token)
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (path === '')
      throw new ConfigurationError(unknownRegistryScheme(url), { input: 'registry' }, 'write file:./path/to/registry')
    return new FileRegistry(path, { logger: options.logger })
  }
  const match = /^(oci|mlflow\+https|mlflow\+http):\/\/([^/]+)(\/.*)?$/.exec(url)
  if (match === null)
    throw new ConfigurationError(
      unknownRegistryScheme(url),
      { input: 'registry' },
      'see docs/actions/register-model.md for the registry URLs',
    )
  const [, scheme = '', host = '', path = ''] = match
  const hostname = host.replace(/:\d+$/, '')
  const local = LOCAL_HOSTS.has(hostname)
  if (scheme === 'mlflow+http' && !local)
    throw new ConfigurationError(insecureRegistry(url), { input: 'registry' }, 'use mlflow+https://')
  if (scheme === 'oci') {
    // OCI registries are reached over https; plain http is used only for a registry on this machine.
    const base = `${local ? 'http' : 'https'}://${host}`
    return new OciRegistry(base, path.replace(/^\/|\/$/g, ''), options)
  }
  const base = `${scheme === 'mlflow+http' ? 'http' : 'https'}://${host}${path.replace(/\/$/, '')}`
  return new MlflowRegistry(base, options)
}

import type { ModelRegistry, RegistryOptions } from './model-registry.js'
import { openRegistry } from './open-registry.js'

/**
 * Opens the registry named by a URL:
 * - `file:./path` or `file:/abs/path` — a directory (the CLI/demo default `file:.modelgate/registry`);
 * - `oci://host[:port]/namespace` — any OCI distribution registry (https; plain http only for 127.0.0.1/localhost);
 *   in Actions the default is `oci://ghcr.io/<owner>` with the workflow token;
 * - `mlflow+https://host[/prefix]` or `mlflow+http://127.0.0.1:port` — an MLflow tracking server's Model Registry.
 * The token (if any) is masked with `options.logger.setSecret` before anything is logged.
 * @throws ConfigurationError for an unknown scheme, a malformed URL, or plain http to a host other than 127.0.0.1/localhost.
 * @example createRegistry('file:.modelgate/registry', { logger })
 */
export function createRegistry(url: string, options: RegistryOptions): Promise<ModelRegistry> {
  // A promise (a bad URL rejects rather than throws) so that a backend may connect before it answers.
  return Promise.resolve().then(() => openRegistry(url, options))
}

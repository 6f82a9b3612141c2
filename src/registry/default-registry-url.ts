/**
 * The registry every action uses when neither the `registry` input nor the policy names one:
 * `oci://ghcr.io/<owner>` on a runner (with the workflow token; `permissions: packages: write` to push),
 * `file:.modelgate/registry` in the CLI and the demo. Shared by register-model, evaluate-vs-champion and
 * canary-deploy so that they all read the same registry.
 * @example defaultRegistryUrl({ onRunner: true, owner: 'Acme' }) // => 'oci://ghcr.io/acme'
 */
export function defaultRegistryUrl(where: { readonly onRunner: boolean; readonly owner?: string | undefined }): string {
  if (where.onRunner && where.owner !== undefined) return `oci://ghcr.io/${where.owner.toLowerCase()}`
  return 'file:.modelgate/registry'
}

/** Texts of signed evidence: the signing-key input and the policy's trusted keys. */

export const notATrustedKey = (alias: string, index: number): string =>
  `register-model.promotion.aliases.${alias}.trusted_keys[${index}] is not an Ed25519 public key`

export const notATrustedKeyHint = (): string =>
  'give the public key as PEM (openssl pkey -in signing.pem -pubout) or as base64 of its SPKI DER'

export const notASigningKey = (): string => 'signing-key is not an Ed25519 private key'

export const notASigningKeyHint = (): string =>
  'store the PEM of `openssl genpkey -algorithm ed25519` (or its base64) in a secret and pass it as signing-key: ${{ secrets.MODELGATE_SIGNING_KEY }}'

export const reportNotSigned = (reportPath: string): string =>
  `signing-key is set but the report at ${reportPath} names no model, predictions or data by digest, so there is no in-toto subject to sign; it was left unsigned`

export const reportSigned = (envelopePath: string, keyId: string): string =>
  `signed the report as a DSSE envelope (in-toto Statement, key id ${keyId}): ${envelopePath}`

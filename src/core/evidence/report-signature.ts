/**
 * What checking one stored report's signature found (src/io/evidence/verify-stored-reports.ts does the crypto; the
 * promotion rule only reads the result).
 */
export type ReportSignatureCheck =
  | { readonly kind: 'verified'; readonly keyId: string }
  | { readonly kind: 'unsigned' }
  | { readonly kind: 'bad'; readonly keyId?: string; readonly problem: string }

/** The signature checks of a version's stored reports (by index) against one alias's trusted keys. */
export interface ReportSignatures {
  /** Key ids (sha256 of the SPKI DER, hex) of the trusted public keys, for messages. */
  readonly trustedKeyIds: readonly string[]
  readonly checks: readonly ReportSignatureCheck[]
}

// Messages of the registry and register-model; tests compare against these functions.
import type { Wording } from '../errors.js'

export const invalidModelName = (name: string): string =>
  `model name "${name}" is not allowed: use lowercase letters, digits and . _ - (start with a letter or digit, at most 128 characters)`

export const invalidAlias = (alias: string): string =>
  `alias "${alias}" is not allowed: use letters, digits, _ and - (start with a letter, at most 64 characters, not of the form v<number>)`

export const versionExists = (name: string, version: number): string =>
  `${name} version ${version} already exists and versions are immutable`

export const versionNotFound = (name: string, version: number): string => `${name} has no version ${version}`

export const aliasNotFound = (name: string, alias: string): string => `${name} has no alias "${alias}"`

export const modelNotFound = (name: string): string => `model "${name}" is not in the registry`

export const digestMismatch = (file: string, expected: string, actual: string): string =>
  `downloaded file ${file} has sha256 ${actual} but the model card says ${expected}: the stored model was altered or corrupted`

export const sizeMismatch = (file: string, expected: number, actual: number): string =>
  `downloaded file ${file} has ${actual} bytes but the model card says ${expected}: the stored model was altered or corrupted`

export const promotionRefused = (name: string, version: number, alias: string, refusals: readonly string[]): string =>
  `refusing to promote ${name} version ${version} to ${alias}: ${refusals.join('; ')}`

export const promotionWithoutReports = (name: string, version: number): string =>
  `${name} version ${version} has no stored gate reports, so nothing shows it passed: register it with the report-path outputs of its gates in reports`

/** How a promotion names one stored report: its position in the model card and its gate. */
export const reportLabel = (index: number, report: { readonly gate?: unknown }): string =>
  `stored report ${index + 1} (${typeof report.gate === 'string' ? report.gate : 'no gate'})`

export const reportInvalid = (label: string, problems: readonly string[]): string =>
  `${label} does not match schemas/gate-report.schema.json (${problems.slice(0, 3).join('; ')}): register the report-path output a modelgate gate wrote, not a hand-written file`

export const reportInconsistent = (
  label: string,
  status: string,
  worstCheck: string,
  checkId: string | undefined,
): string =>
  `${label} is inconsistent: it says ${status} but ${checkId === undefined ? 'it has no checks, which makes it error' : `its check ${checkId} is ${worstCheck}, the worst of its checks`}; the report was edited or forged, so re-run the gate and register its report as written`

export const reportCheckedNothing = (label: string): string =>
  `${label} checked nothing (every check skipped), which is an error for promotion: configure the gate's policy so that it checks something, and re-run it`

export const warningsNotAllowed = (label: string, alias: string, checkIds: readonly string[]): string =>
  `${label} is warn (${checkIds.join(', ')}) and alias ${alias} does not accept warnings: fix them and re-run the gate, or set register-model.promotion.aliases.${alias}.allow_warn: true`

export const reportNotPassing = (
  label: string,
  status: string,
  checkId: string | undefined,
  detail: string | undefined,
): string =>
  `${label} is ${status}${checkId === undefined ? '' : ` (${checkId}: ${detail ?? ''})`}: fix what it names and re-run the gate, or promote with force and a reason`

export const requiredGateMissing = (gate: string, alias: string): string =>
  `${gate} is required for ${alias} (register-model.promotion.aliases.${alias}.required_gates) but the version has no ${gate} report: run ${gate} and register the version with its report-path in reports`

export const forceNeedsReason =
  (force = 'force', reason = 'reason'): Wording =>
  (w) =>
    `${w.setting(force, 'true')} needs a ${w.name(reason)}: it is recorded in the alias history`

export const protectedAlias = (alias: string, environment: string, actual: string | undefined): string =>
  `alias "${alias}" is protected: it only moves from a job that runs in the GitHub environment "${environment}"` +
  (actual === undefined ? ', and this job runs in none' : `, and this job runs in "${actual}"`)

export const nothingToRollBack = (name: string, alias: string): string =>
  `cannot roll back ${name} alias "${alias}": its history has no earlier version`

export const unknownRegistryScheme = (url: string): string =>
  `registry "${url}" is not a supported URL: use file:./path, oci://host/namespace or mlflow+https://host`

export const insecureRegistry = (url: string): string =>
  `registry "${url}" uses plain http, which is only allowed for 127.0.0.1 and localhost`

export const registryUnreachable = (registry: string, detail: string): string =>
  `cannot reach the registry ${registry}: ${detail}`

export const registryDenied = (registry: string, status: number): string =>
  `the registry ${registry} refused the credentials (HTTP ${status})`

export const registryFailed = (registry: string, what: string, status: number, detail: string): string =>
  `the registry ${registry} failed to ${what}: HTTP ${status}${detail === '' ? '' : ` ${detail}`}`

export const overwriteDetected = (name: string, version: number): string =>
  `${name} version ${version} was written by another client at the same time: its tag no longer points at this upload`

// register-model: what each mode reports (titles, check messages) and its input errors.

export const registeredTitle = (name: string, version: number, registry: string): string =>
  `Registered ${name} v${version} in ${registry}`

export const versionStored = (name: string, version: number, files: number, digest: string): string =>
  `${name} v${version} stored with ${files} file(s), digest ${digest}`

export const promotedTitle = (name: string, alias: string, version: number): string =>
  `Promoted ${name}: ${alias} is now v${version}`

export const rolledBackTitle = (name: string, alias: string, version: number): string =>
  `Rolled back ${name}: ${alias} is now v${version}`

export const aliasMoved = (
  alias: string,
  name: string,
  previous: number | undefined,
  version: number,
  reason: string | undefined,
): string =>
  `${alias} of ${name}: ${previous === undefined ? `set to v${version} (no previous ${alias})` : `v${previous} → v${version}`}${reason === undefined ? '' : ` (${reason})`}`

export const rollbackReason = (previous: number | undefined): string => `rollback from v${previous ?? '?'}`

export const promotionRule = (requiredGates: readonly string[], allowWarn: boolean): string =>
  `${requiredGates.length === 0 ? 'at least one report' : `required: ${requiredGates.join(', ')}`}; every stored report ${allowWarn ? 'pass or warn' : 'pass'}`

export const reportsPassed = (): string => 'every stored gate report passed'

export const reportsPassedWithWarnings = (checkIds: readonly string[]): string =>
  `every stored gate report passed or warned, and the alias accepts warnings: ${checkIds.join(', ')} (recorded in the alias history)`

export const forcedPastReports = (reason: string | undefined, refusals: readonly string[]): string =>
  `forced past the promotion rule (${reason ?? ''}): ${refusals.join('; ')}`

export const versionTitle = (name: string, version: number, aliases: readonly string[]): string =>
  `${name} v${version}${aliases.length === 0 ? '' : ` (${aliases.join(', ')})`}`

export const versionFound = (name: string, version: number): string => `found ${name} v${version}`

export const versionDownloaded = (name: string, version: number, dir: string): string =>
  `downloaded ${name} v${version} to ${dir}; every file's sha256 verified`

export const versionsTitle = (name: string, count: number, registry: string): string =>
  `${name}: ${count} version(s) in ${registry}`

export const noVersions = (name: string): string => `${name} has no versions`

export const versionsListed = (count: number, latest: number): string => `${count} version(s), latest v${latest}`

export const historyTitle = (name: string, alias: string, moves: number): string => `${name} ${alias}: ${moves} move(s)`

export const historyMoves = (alias: string, moves: number): string => `${moves} recorded move(s) of ${alias}`

export const aliasWasTitle = (alias: string, name: string, version: number | undefined, at: string): string =>
  version === undefined
    ? `${alias} of ${name} pointed at no version on ${at}`
    : `${alias} of ${name} was v${version} on ${at}`

export const aliasAtInstant = (alias: string, version: number | undefined, at: string): string =>
  version === undefined ? `no ${alias} at ${at}` : `v${version} at ${at}`

export const notADate = (text: string): string => `at "${text}" is not a date`

export const registerNeedsModelPath = (): string => 'mode register needs model-path'

export const notAGateReport = (file: string, problems: readonly string[]): string =>
  `${file} is not a modelgate gate report: it does not match schemas/gate-report.schema.json (${problems.slice(0, 3).join('; ')})`

export const evaluationPairing =
  (data = 'evaluation-data', predictions = 'predictions'): Wording =>
  (w) =>
    `${w.name(data)} and ${w.name(predictions)} go together`

export const predictionsOutsideModel =
  (predictions: string, modelPath: string, input = 'model-path'): Wording =>
  (w) =>
    `predictions file ${predictions} is not inside ${w.name(input)} ${modelPath}`

export const promoteNeedsTarget =
  (version = 'version', fromAlias = 'from-alias'): Wording =>
  (w) =>
    `mode promote needs ${w.name(version)} or ${w.name(fromAlias)}`

// canary-deploy with a registry: the version must be promotable to champion before any traffic moves.

export const canaryNotPromotable = (name: string, version: number, refusals: readonly string[]): string =>
  `refusing to start the canary of ${name} v${version}: it may not become champion (${refusals.join('; ')})`

export const canaryNotPromotableHint = (): string =>
  'register a version whose reports satisfy register-model.promotion.aliases.champion, or leave registry empty to move traffic only'

export const championRefusedAfterRollout = (name: string, version: number, refusals: readonly string[]): string =>
  `the canary of ${name} v${version} reached 100% but champion did not move: the promotion rule now refuses it (${refusals.join('; ')})`

const shortDigest = (digest: string): string => digest.replace(/^sha256:/, '').slice(0, 16)

export const reportAboutAnotherModel = (
  label: string,
  reportDigest: string,
  name: string,
  version: number | undefined,
  versionDigest: string,
): string =>
  `${label} is about another model: it judged model digest ${reportDigest}, but ${name}${version === undefined ? '' : ` version ${version}`} has model digest ${versionDigest}; register the model directory that gate judged, or re-run the gate on this version's files (model digest ${shortDigest(versionDigest)}…)`

export const reportAboutOtherPredictions = (
  label: string,
  file: string,
  sha256: string,
  name: string,
  version: number | undefined,
  versionDigest: string,
): string =>
  `${label} judged predictions ${file} (sha256 ${sha256}), which are not a file of ${name}${version === undefined ? '' : ` version ${version}`} (model digest ${versionDigest}) nor in its lineage: put the predictions file the gate judged inside model-path (the predictions input), or re-run the gate on this version's predictions`

export const reportAtAnotherCommit = (label: string, reportCommit: string, versionCommit: string): string =>
  `${label} was written at commit ${reportCommit}, but the version was built from commit ${versionCommit}: register the reports of the run that built this version`

export const reportUnbound = (label: string, versionCommit: string | undefined): string =>
  `${label} names no model digest and no predictions, none of its data is recorded in the version's lineage or evaluation${versionCommit === undefined ? ', and the version records no commit to match it by' : ", and it names no commit to match the version's"}: register the report-path output a modelgate gate wrote in the run that built this version (it records its subject by digest and the commit)`

export const reportUnsigned = (label: string, alias: string, keyIds: readonly string[]): string =>
  `${label} is not signed, and alias ${alias} accepts only reports signed by a trusted key (${keyIds.join(', ')}): run the gate with the signing-key input and register the report-path it wrote (its .dsse.json envelope is read beside it)`

export const reportBadSignature = (
  label: string,
  alias: string,
  keyId: string | undefined,
  problem: string,
  keyIds: readonly string[],
): string =>
  `${label} has a signature that does not verify (${problem}; key id ${keyId ?? 'not given'}) with the trusted keys of alias ${alias} (${keyIds.join(', ')}): re-run the gate with a trusted signing-key, or add its public key to register-model.promotion.aliases.${alias}.trusted_keys`

export const cardDigestMismatch = (name: string, version: number, recorded: string, actual: string): string =>
  `${name} version ${version}: its model card records model digest ${recorded}, but its files list gives ${actual}; the stored card was altered, so do not promote it: re-register the model from its training run`

export const notAReportEnvelope = (file: string, problem: string): string =>
  `${file} looks like a DSSE envelope but is not a signed gate report: ${problem}`

export const envelopeDiffers = (file: string, envelopeFile: string): string =>
  `${file} differs from the report signed in ${envelopeFile} beside it: the report was edited after the gate signed it`

export const reportsNotAboutVersion = (name: string, modelPath: string, refusals: readonly string[]): string =>
  `refusing to register ${name} from ${modelPath}: ${refusals.join('; ')}`

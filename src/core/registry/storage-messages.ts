// Messages of the registry's storage: damaged records, interrupted registrations, model directories, artifact names.
// Tests compare against these functions.
import type { Wording } from '../errors.js'

export const corruptCard = (where: string, detail: string): string => `the model card ${where} is damaged (${detail})`

export const corruptCardHint = (): string =>
  'restore it from a backup of the registry, or register the model again as a new version; other versions are unaffected'

export const cardPinMissing = (where: string, pin: string): string =>
  `the model card ${where} has no registration digest (${pin} is missing): the version was registered by an older modelgate or its digest was removed`

export const cardPinMismatch = (where: string, expected: string, actual: string): string =>
  `the model card ${where} has digest ${actual} but was registered with ${expected}: the card was edited after registration`

export const cardAlteredHint = (): string =>
  'do not promote or deploy this version: register the model again from its training run'

export const cardNamesOtherVersion = (
  where: string,
  name: string,
  version: number,
  cardName: unknown,
  cardVersion: unknown,
): string =>
  `${where} should hold ${name} version ${version} but its model card names ${String(cardName)} version ${String(cardVersion)}: the version's tag or folder was re-pointed at another version`

export const retaggedHint = (): string =>
  'do not use it: push the version’s own manifest to its tag again, or register the model again as a new version'

export const corruptAliasEvent = (where: string, detail: string): string =>
  `the alias event ${where} is damaged (${detail}) and was skipped`

export const corruptAliasEventHint = (): string =>
  'restore it from a backup of the registry, or delete it if that move never happened'

export const skippedVersion = (name: string, version: number, why: string): string =>
  `skipped ${name} version ${version}: ${why}`

export const incompleteVersion = (where: string): string =>
  `${where} holds no model card: a registration was interrupted before it finished`

export const incompleteVersionHint = (): string =>
  'remove that folder (nothing was registered there) and register again'

export const incompleteMlflowVersion = (name: string, version: number, tag: string): string =>
  `${name} version ${version} has no ${tag} tag: its registration is still running, or was interrupted before the model card was stored`

export const incompleteMlflowVersionHint = (): string =>
  'register the model again (it gets the next version); delete the interrupted version in MLflow if you like'

export const symlinkOutside = (link: string, target: string, dir: string): string =>
  `model file ${link} is a symbolic link to ${target}, outside the model directory ${dir}`

export const symlinkOutsideHint =
  (input = 'model-path'): Wording =>
  (w) =>
    `copy the file into the model directory instead of linking it, or point ${w.name(input)} at a directory that contains it`

export const symlinkBroken = (link: string): string => `model file ${link} is a symbolic link to nothing`

export const symlinkBrokenHint = (): string => 'remove the link or make it point at a file inside the model directory'

export const notARegularFile = (path: string, kind: string): string =>
  `model file ${path} is a ${kind}, not a regular file`

export const notARegularFileHint = (): string =>
  'a model directory holds regular files (and links to files inside it); remove the special file'

export const invalidArtifactName = (name: string, why: string): string =>
  `artifact name ${JSON.stringify(name)} is not allowed: ${why}`

export const invalidArtifactNameHint = (): string =>
  'use letters, digits, dots, dashes and underscores, e.g. artifact-name: model-${{ matrix.seed }}'

export const symlinkLoopHint = (): string =>
  'the link points at a folder that contains it (a loop): remove the link or point it at the files themselves'

export const symlinkLoop = (link: string, target: string): string =>
  `model file ${link} is a symbolic link to ${target}, a folder that contains it`

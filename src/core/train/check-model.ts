import type { Check } from '../gate/check.js'
import { trainMessages } from './messages.js'

/** What became of the model directory after training. */
export type ModelArtifact =
  /** No model-dir declared, or the run failed: nothing to keep. */
  | { readonly kind: 'none' }
  | { readonly kind: 'missing'; readonly dir: string }
  /** `digest`: the model digest (src/core/evidence/model-digest.ts) of the files kept, as register-model computes it. */
  | { readonly kind: 'uploaded'; readonly name: string; readonly id: number; readonly digest: string }
  /** Not on a GitHub runner: copied to a local folder instead of uploaded. */
  | { readonly kind: 'copied'; readonly name: string; readonly path: string; readonly digest: string }
  | { readonly kind: 'upload-failed'; readonly name: string; readonly why: string }

/**
 * The `train.model` check: `pass` when the model was uploaded (or copied, off a runner), `error` when the training
 * command did not write model-dir or the upload failed (the run itself succeeded, so it is not a `fail`); null when
 * there is no model to judge.
 * @example checkModel({ kind: 'missing', dir: 'model' })?.status // => 'error'
 * @example checkModel({ kind: 'none' }) // => null
 */
export function checkModel(artifact: ModelArtifact): Check | null {
  switch (artifact.kind) {
    case 'none':
      return null
    case 'missing':
      return {
        id: 'train.model',
        status: 'error',
        observed: null,
        message: trainMessages.modelDirMissing(artifact.dir),
      }
    case 'uploaded':
      return {
        id: 'train.model',
        status: 'pass',
        observed: artifact.name,
        message: trainMessages.artifactUploaded(artifact.name, artifact.id),
      }
    case 'copied':
      return {
        id: 'train.model',
        status: 'pass',
        observed: artifact.name,
        message: trainMessages.artifactLocal(artifact.name, artifact.path),
      }
    case 'upload-failed':
      return {
        id: 'train.model',
        status: 'error',
        observed: null,
        message: trainMessages.artifactUploadFailed(artifact.name, artifact.why),
      }
  }
}

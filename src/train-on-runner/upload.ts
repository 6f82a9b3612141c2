import { existsSync } from 'node:fs'
import { errorMessage } from '../core/error-message.js'
import { isUserError } from '../core/errors.js'
import { checkModel, type ModelArtifact } from '../core/train/check-model.js'
import type { ActionContext } from '../github/action-context.js'
import type { TrainInputs } from './inputs.js'
import { uploadDirectory } from './storage.js'

/**
 * Keeps the model a successful run wrote: uploads model-dir as an artifact on a runner, copies it to the work
 * folder elsewhere. A missing folder or a failed upload is reported (checkModel), never thrown: the lineage is
 * still written.
 */
export async function uploadModel(
  context: ActionContext,
  inputs: TrainInputs,
  modelPath: string,
): Promise<ModelArtifact> {
  const { logger } = context
  if (!existsSync(modelPath)) return { kind: 'missing', dir: inputs.modelDir ?? '' }
  const name = inputs.artifactName
  let artifact: ModelArtifact
  try {
    const upload = await uploadDirectory(name, modelPath, {
      env: context.env,
      workDir: context.workDir,
      retentionDays: inputs.retentionDays,
      logger,
    })
    artifact =
      upload.id !== null
        ? { kind: 'uploaded', name, id: upload.id }
        : { kind: 'copied', name, path: upload.localCopy ?? '' }
  } catch (error) {
    // A user error (an artifact name GitHub refuses) keeps its input and its fix.
    artifact = { kind: 'upload-failed', name, why: isUserError(error) ? error.describe() : errorMessage(error) }
  }
  const message = checkModel(artifact)?.message ?? ''
  if (artifact.kind === 'uploaded') logger.info(message)
  else if (artifact.kind === 'copied') logger.warning(message)
  else logger.error(message)
  return artifact
}

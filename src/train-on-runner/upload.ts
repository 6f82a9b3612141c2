import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { errorMessage } from '../core/error-message.js'
import { isUserError } from '../core/errors.js'
import { modelDigest } from '../core/evidence/model-digest.js'
import { checkModel, type ModelArtifact } from '../core/train/check-model.js'
import type { ActionContext } from '../github/action-context.js'
import { collectModelFiles } from '../registry/model-files.js'
import type { TrainInputs } from './inputs.js'
import { uploadDirectory } from './storage.js'

/**
 * Keeps the model a successful run wrote: uploads model-dir as an artifact on a runner, copies it to the work
 * folder elsewhere. The files kept are the ones register-model will store (collectModelFiles: a symbolic link
 * inside the folder is kept as the file it points to; one that leads outside, a broken link or a special file is
 * refused, naming it), so the model digest recorded here is the one the registry computes for the same folder.
 * A missing folder, a refused entry or a failed upload is reported (checkModel), never thrown: the lineage is
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
    const files = await collectModelFiles(modelPath, { input: 'model-dir' })
    const digest = modelDigest(files)
    const single = statSync(modelPath).isFile()
    const upload = await uploadDirectory(name, modelPath, {
      env: context.env,
      workDir: context.workDir,
      retentionDays: inputs.retentionDays,
      logger,
      ...(single ? {} : { files: files.map((f) => join(modelPath, ...f.path.split('/'))) }),
    })
    artifact =
      upload.id !== null
        ? { kind: 'uploaded', name, id: upload.id, digest }
        : { kind: 'copied', name, path: upload.localCopy ?? '', digest }
  } catch (error) {
    // A user error (an artifact name GitHub refuses, a link out of the folder) keeps its input and its fix.
    artifact = { kind: 'upload-failed', name, why: isUserError(error) ? error.describe() : errorMessage(error) }
  }
  const message = checkModel(artifact)?.message ?? ''
  if (artifact.kind === 'uploaded' || artifact.kind === 'copied') logger.info(`model digest ${artifact.digest}`)
  if (artifact.kind === 'uploaded') logger.info(message)
  else if (artifact.kind === 'copied') logger.warning(message)
  else logger.error(message)
  return artifact
}

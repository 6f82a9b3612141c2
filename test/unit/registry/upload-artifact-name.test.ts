// train-on-runner's upload with an artifact name GitHub would refuse (issue #15 item 1): the run's model check is an
// error that names the input, the value and how to fix it, and nothing is written outside the work folder.
import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { invalidArtifactName, invalidArtifactNameHint } from '../../../src/core/registry/storage-messages.js'
import type { TrainInputs } from '../../../src/train-on-runner/inputs.js'
import { uploadModel } from '../../../src/train-on-runner/upload.js'
import { fakeContext } from '../../helpers/fake-context.js'
import { makeModelDir } from '../../helpers/registry-contract.js'

it('uploadModel(context, inputs, dir) with artifact-name ../../x reports upload-failed naming the input and the fix', async () => {
  const workDir = join(await mkdtemp(join(tmpdir(), 'modelgate-work-')), 'a', 'b')
  const { context } = fakeContext({ workDir })
  const inputs = { artifactName: '../../x', modelDir: 'model', retentionDays: undefined } as unknown as TrainInputs
  const artifact = await uploadModel(context, inputs, await makeModelDir('a'))
  expect(artifact).toEqual({
    kind: 'upload-failed',
    name: '../../x',
    why: `${invalidArtifactName('../../x', 'it contains "/" (forward slash)')} (input "artifact-name"). ${invalidArtifactNameHint()}`,
  })
  expect(existsSync(join(workDir, 'x'))).toBe(false)
  expect(existsSync(join(workDir, '..', '..', 'x'))).toBe(false)
})

// What a model directory may hold (issue #15 item 1): symbolic links are stored as the files they point to when
// those are inside the directory, refused (naming the link) when they lead outside; special files are refused;
// nothing is dropped silently. And artifact names GitHub would refuse, or that would leave the work folder.
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkArtifactName } from '../../../src/core/registry/check-artifact-name.js'
import {
  invalidArtifactName,
  notARegularFile,
  symlinkBroken,
  symlinkLoop,
  symlinkOutside,
  symlinkOutsideHint,
} from '../../../src/core/registry/storage-messages.js'
import { ConfigurationError, inSurface } from '../../../src/core/errors.js'
import { FileRegistry } from '../../../src/registry/file-registry.js'
import { collectModelFiles } from '../../../src/registry/model-files.js'
import { uploadDirectory } from '../../../src/train-on-runner/storage.js'
import { recordingLogger } from '../../helpers/recording-logger.js'
import { draft, makeModelDir } from '../../helpers/registry-contract.js'

describe('collectModelFiles(dir) with symbolic links', () => {
  it('stores a link to a file or folder inside the directory as the files it points to, under the link name', async () => {
    const dir = await makeModelDir('links')
    await mkdir(join(dir, 'checkpoints', '3'), { recursive: true })
    await writeFile(join(dir, 'checkpoints', '3', 'weights.bin'), 'w3')
    await symlink(join(dir, 'checkpoints', '3'), join(dir, 'latest'))
    await symlink('model.json', join(dir, 'model-alias.json'))
    const files = await collectModelFiles(dir)
    expect(files.map((file) => file.path)).toEqual([
      'checkpoints/3/weights.bin',
      'extra/vocab.txt',
      'latest/weights.bin',
      'model-alias.json',
      'model.json',
    ])
    const registry = new FileRegistry(await mkdtemp(join(tmpdir(), 'modelgate-reg-')))
    const ref = await registry.register({ name: 'churn', modelDir: dir, card: draft('churn') })
    const out = await mkdtemp(join(tmpdir(), 'modelgate-dl-'))
    await registry.download(ref, out)
    expect(await readFile(join(out, 'latest', 'weights.bin'), 'utf8')).toBe('w3')
    expect(await readFile(join(out, 'model-alias.json'), 'utf8')).toBe(await readFile(join(dir, 'model.json'), 'utf8'))
  })

  it('refuses a link that leads outside the directory, naming the link and its target', async () => {
    const dir = await makeModelDir('outside')
    const secret = join(await mkdtemp(join(tmpdir(), 'modelgate-secret-')), 'id_rsa')
    await writeFile(secret, 'key')
    await symlink(secret, join(dir, 'extra', 'weights.bin'))
    const attempt = collectModelFiles(dir)
    await expect(attempt).rejects.toBeInstanceOf(ConfigurationError)
    await expect(attempt).rejects.toThrow(symlinkOutside(join(dir, 'extra', 'weights.bin'), secret, dir))
    await expect(attempt).rejects.toMatchObject({
      location: { input: 'model-path' },
      hint: inSurface(symlinkOutsideHint(), 'action'),
    })
  })

  it('refuses a broken link, a link loop and a FIFO', async () => {
    const broken = await makeModelDir('broken')
    await symlink(join(broken, 'nothing'), join(broken, 'gone.bin'))
    await expect(collectModelFiles(broken)).rejects.toThrow(symlinkBroken(join(broken, 'gone.bin')))
    const loop = await makeModelDir('loop')
    await symlink(loop, join(loop, 'extra', 'up'))
    await expect(collectModelFiles(loop)).rejects.toThrow(symlinkLoop(join(loop, 'extra', 'up'), loop))
    const fifo = await makeModelDir('fifo')
    execFileSync('mkfifo', [join(fifo, 'pipe')])
    await expect(collectModelFiles(fifo)).rejects.toThrow(notARegularFile(join(fifo, 'pipe'), 'named pipe (FIFO)'))
  })
})

describe('artifact names', () => {
  it('checkArtifactName(name) follows GitHub’s rules and keeps the local copy under its folder', () => {
    for (const name of ['model', 'model-3', 'churn_v1.2', 'Model Ünïcode'])
      expect(checkArtifactName(name)).toBeUndefined()
    expect(checkArtifactName('../../x')).toBe('it contains "/" (forward slash)')
    expect(checkArtifactName('..\\x')).toBe('it contains "\\" (backslash)')
    expect(checkArtifactName('..')).toBe('it is "." or ".."')
    expect(checkArtifactName('a:b')).toBe('it contains ":" (colon)')
    expect(checkArtifactName('a\u0000b')).toBe('it contains the control character U+0000')
    expect(checkArtifactName('line\nfeed')).toBe('it contains the control character U+000A')
    expect(checkArtifactName('')).toBe('it is empty')
    expect(checkArtifactName(' model')).toBe('it starts or ends with a space')
    expect(checkArtifactName('é'.repeat(128))).toBe('it is longer than 255 bytes')
  })

  it('uploadDirectory refuses artifact-name ../../x before writing anything', async () => {
    const workDir = await mkdtemp(join(tmpdir(), 'modelgate-work-'))
    const options = { env: {}, workDir, retentionDays: undefined, logger: recordingLogger() }
    const attempt = uploadDirectory('../../x', await makeModelDir('a'), options)
    await expect(attempt).rejects.toThrow(invalidArtifactName('../../x', 'it contains "/" (forward slash)'))
    await expect(attempt).rejects.toMatchObject({ location: { input: 'artifact-name' } })
    const copied = await uploadDirectory('model-1', await makeModelDir('a'), options)
    expect(copied.localCopy).toBe(join(workDir, 'artifacts', 'model-1'))
  })
})

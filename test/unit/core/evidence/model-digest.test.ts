import { createHash, randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { modelDigest, modelFileListing } from '../../../../src/core/evidence/model-digest.js'
import { sha256Hex } from '../../../../src/core/evidence/sha256.js'
import { collectModelFiles } from '../../../../src/registry/model-files.js'

const fixtureModel = fileURLToPath(new URL('../../../../fixtures/evidence/model', import.meta.url))

describe('sha256Hex', () => {
  it('sha256Hex(bytes) equals node:crypto on the FIPS vectors and on random lengths around the block edges', () => {
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex(new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    )
    for (const length of [1, 55, 56, 63, 64, 65, 119, 120, 1000, 4097]) {
      const bytes = randomBytes(length)
      expect(sha256Hex(bytes), `length ${length}`).toBe(createHash('sha256').update(bytes).digest('hex'))
    }
  })
})

describe('modelDigest', () => {
  it('modelDigest(files) of fixtures/evidence/model is the literal digest sha256sum gives over the sorted listing', async () => {
    // Reference: for f in extra/vocab.txt model.json predictions.csv; do echo "$(sha256sum $f | cut -d' ' -f1)
    // $(stat -c %s $f) $f"; done | LC_ALL=C sort -k3 | sha256sum   (run in fixtures/evidence/model)
    const files = await collectModelFiles(fixtureModel)
    expect(modelDigest(files)).toBe('sha256:8e7d8a7a1e5202f1814dd72cb5787b3ec84baaac68746a0381bdfea17863d406')
    expect(modelFileListing(files)).toBe(
      '4fdbc441ea7b546100e086ac1e4fc5ae6749b7314311c99db05be450eca12996 17 extra/vocab.txt\n' +
        '4a0cd84d3f8abb4c18a4fb76617214a66759ab92cb9e3540eb8e2bdb0d0568da 37 model.json\n' +
        '4dde6d6c83ba8537e17ebfaa599abe483415dca3f9a61ee8696a454c3c4020de 31 predictions.csv\n',
    )
  })

  it('modelDigest(files) does not depend on the order the files are listed in, and changes with any path, size or hash', () => {
    const files = [
      { path: 'z.bin', size: 10, sha256: 'a'.repeat(64) },
      { path: 'a/b.txt', size: 0, sha256: 'b'.repeat(64) },
      { path: 'é.txt', size: 1, sha256: 'c'.repeat(64) },
    ]
    const digest = modelDigest(files)
    expect(modelDigest([...files].reverse())).toBe(digest)
    expect(modelDigest([{ ...files[0]!, path: 'y.bin' }, files[1]!, files[2]!])).not.toBe(digest)
    expect(modelDigest([{ ...files[0]!, size: 11 }, files[1]!, files[2]!])).not.toBe(digest)
    expect(modelDigest([{ ...files[0]!, sha256: 'd'.repeat(64) }, files[1]!, files[2]!])).not.toBe(digest)
  })

  it('modelDigest(files) orders paths by UTF-8 bytes (é after z, as LC_ALL=C sort does)', () => {
    const listing = modelFileListing([
      { path: 'é', size: 1, sha256: 'c'.repeat(64) },
      { path: 'z', size: 1, sha256: 'c'.repeat(64) },
      { path: 'Z', size: 1, sha256: 'c'.repeat(64) },
    ])
    expect(listing.split('\n').map((line) => line.split(' ')[2])).toEqual(['Z', 'z', 'é', undefined])
  })

  it('modelDigest(files) throws RangeError on no files, a bad hash, a bad size, a line break or a duplicate path', () => {
    const ok = { path: 'm', size: 1, sha256: 'a'.repeat(64) }
    expect(() => modelDigest([])).toThrow(RangeError)
    expect(() => modelDigest([{ ...ok, sha256: 'A'.repeat(64) }])).toThrow(/lower-case hex/)
    expect(() => modelDigest([{ ...ok, size: -1 }])).toThrow(/size/)
    expect(() => modelDigest([{ ...ok, path: 'a\nb' }])).toThrow(/line break/)
    expect(() => modelDigest([ok, ok])).toThrow(/twice/)
  })
})

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const made: string[] = []

/** A fresh temporary folder; removed at process exit. */
export function makeTempDir(prefix = 'modelgate-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

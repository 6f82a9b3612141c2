// Issue #15 item 6: a traffic command of the main step still running when the post step starts (a cancelled
// job: the command's own process group outlives the step) is ended before the post step writes weight 0, so its
// weight can never land after the rollback.
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rollbackFromState } from '../../../src/canary-deploy/rollback-from-state.js'
import { STATE_CONFIG, STATE_DONE, STATE_TRAFFIC_PGID, STATE_WEIGHT } from '../../../src/canary-deploy/state.js'
import { processGroupAlive } from '../../../src/io/run-command.js'
import { createTrafficRouter } from '../../../src/traffic/create-traffic-router.js'
import { recordingLogger } from '../../helpers/recording-logger.js'
import { makeTempDir } from '../../helpers/tmp-dir.js'

const writeWeight = (file: string, delayMs: number): string[] => [
  process.execPath,
  '-e',
  `setTimeout(() => require('fs').writeFileSync(${JSON.stringify(file)}, process.argv[1]), ${delayMs})`,
  '{weight}',
]

describe('canary-deploy post and a running traffic command', () => {
  it('ends the main step’s traffic command (its process group) before setting weight 0', async () => {
    const dir = makeTempDir('modelgate-post-kill-')
    const weightFile = join(dir, 'weight')
    writeFileSync(weightFile, '10')
    // The main step's command, slow to apply 50%, left running in its own process group as a cancelled step leaves it.
    const slow = spawn(process.execPath, ['-e', writeWeight(weightFile, 1500)[2]!, '50'], {
      detached: true,
      stdio: 'ignore',
    })
    await new Promise((done) => slow.once('spawn', done))
    const state = new Map<string, string>([
      [STATE_CONFIG, JSON.stringify({ kind: 'command', argv: writeWeight(weightFile, 0), timeoutMs: 10_000 })],
      [STATE_WEIGHT, '10'],
      [STATE_DONE, 'false'],
      [STATE_TRAFFIC_PGID, String(slow.pid)],
    ])
    const logger = recordingLogger()
    const result = await rollbackFromState(
      { get: (name) => state.get(name), save: (name, value) => state.set(name, value) },
      logger,
    )
    expect(result).toBe('rolled-back')
    expect(processGroupAlive(slow.pid!)).toBe(false)
    expect(logger.warnings).toContain(
      `canary-deploy post: ended the traffic command still running (process group ${slow.pid})`,
    )
    await new Promise((done) => setTimeout(done, 2000))
    expect(readFileSync(weightFile, 'utf8')).toBe('0')
  }, 20_000)

  it('the main step saves the running command’s process group and clears it when the command ends', async () => {
    const saved: string[] = []
    const router = createTrafficRouter(
      { kind: 'command', argv: [process.execPath, '-e', 'setTimeout(() => {}, 100)'], timeoutMs: 10_000 },
      { onSpawn: (pid) => saved.push(String(pid)), onExit: () => saved.push('') },
    )
    await router.setWeight(5)
    expect(saved).toHaveLength(2)
    expect(Number(saved[0])).toBeGreaterThan(1)
    expect(saved[1]).toBe('')
  })
})

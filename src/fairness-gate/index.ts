import { runAction } from '../github/run-action.js'
import { enableFoldWorkers, isFoldWorker } from './fold-worker-mark.js'
import { runFoldWorker } from './fold-workers.js'
import { main } from './main.js'

// This file is also the fold workers' entry when their own bundle is missing: large files are folded on every core.
if (isFoldWorker()) await runFoldWorker()
else {
  enableFoldWorkers(process.argv[1])
  void runAction('fairness-gate', main)
}

import { runAction } from '../github/run-action.js'
import { enableBootstrapWorkers, isBootstrapWorker, runBootstrapWorker } from './bootstrap-workers.js'
import { main } from './main.js'

// This file is also the entry of the bootstrap's worker threads (resamples spread over the cores).
if (isBootstrapWorker()) runBootstrapWorker()
else {
  enableBootstrapWorkers(process.argv[1])
  void runAction('evaluate-vs-champion', main)
}

#!/usr/bin/env node
import {
  enableBootstrapWorkers,
  isBootstrapWorker,
  runBootstrapWorker,
} from '../evaluate-vs-champion/bootstrap-workers.js'
import { enableFoldWorkers, isFoldWorker } from '../fairness-gate/fold-worker-mark.js'
import { enableScanWorkers, isScanWorker } from '../validate-data/scan-worker-mark.js'
import { runCli } from './run-cli.js'

// This file is also the entry of validate-data's scan workers (the data and the reference are read in parallel).
// It is the entry of evaluate-vs-champion's bootstrap workers too (resamples spread over the cores), and of
// fairness-gate's fold workers (a large predictions file folded in byte ranges) when their own bundle is missing.
// The scan and fold bodies are imported only in such a worker: they load the dataset readers, which a command that
// reads no data set (and the start-up of every other) must not pay for.
if (isScanWorker()) await (await import('../validate-data/scan-workers.js')).runScanWorker()
else if (isBootstrapWorker()) runBootstrapWorker()
else if (isFoldWorker()) await (await import('../fairness-gate/fold-workers.js')).runFoldWorker()
else {
  enableScanWorkers(process.argv[1])
  enableBootstrapWorkers(process.argv[1])
  enableFoldWorkers(process.argv[1])
  process.exitCode = await runCli(process.argv.slice(2), process.env)
}

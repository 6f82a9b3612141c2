#!/usr/bin/env node
import { enableScanWorkers, isScanWorker, runScanWorker } from '../validate-data/scan-workers.js'
import {
  enableBootstrapWorkers,
  isBootstrapWorker,
  runBootstrapWorker,
} from '../evaluate-vs-champion/bootstrap-workers.js'
import { enableFoldWorkers, isFoldWorker, runFoldWorker } from '../fairness-gate/fold-workers.js'
import { runCli } from './run-cli.js'

// This file is also the entry of validate-data's scan workers (the data and the reference are read in parallel).
// It is the entry of evaluate-vs-champion's bootstrap workers too (resamples spread over the cores), and of
// fairness-gate's fold workers (a large predictions file folded in byte ranges) when their own bundle is missing.
if (isScanWorker()) await runScanWorker()
else if (isBootstrapWorker()) runBootstrapWorker()
else if (isFoldWorker()) await runFoldWorker()
else {
  enableScanWorkers(process.argv[1])
  enableBootstrapWorkers(process.argv[1])
  enableFoldWorkers(process.argv[1])
  process.exitCode = await runCli(process.argv.slice(2), process.env)
}

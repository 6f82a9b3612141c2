#!/usr/bin/env node
import { enableScanWorkers, isScanWorker, runScanWorker } from '../validate-data/scan-workers.js'
import { runCli } from './run-cli.js'

// This file is also the entry of validate-data's scan workers (the data and the reference are read in parallel).
if (isScanWorker()) await runScanWorker()
else {
  enableScanWorkers(process.argv[1])
  process.exitCode = await runCli(process.argv.slice(2), process.env)
}

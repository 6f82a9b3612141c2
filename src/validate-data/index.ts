import { runAction } from '../github/run-action.js'
import { main } from './main.js'
import { enableScanWorkers, isScanWorker } from './scan-worker-mark.js'
import { runScanWorker } from './scan-workers.js'

// This file is also the scan workers' entry: validate-data reads the data and the reference in parallel threads.
if (isScanWorker()) await runScanWorker()
else {
  enableScanWorkers(process.argv[1])
  void runAction('validate-data', main)
}

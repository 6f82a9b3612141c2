import { isScanWorker } from './scan-worker-mark.js'
import { runScanWorker } from './scan-workers.js'

// The scan workers' own bundle (dist/scan-worker/): validate-data and the CLI start their workers on this small
// file when it sits beside them, so that a worker does not load and run the whole CLI or action first (that took
// ~150 ms and ~40 MB per worker). Started any other way it does nothing.
if (isScanWorker()) await runScanWorker()

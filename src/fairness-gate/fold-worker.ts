import { isFoldWorker } from './fold-worker-mark.js'
import { runFoldWorker } from './fold-workers.js'

// The fold workers' own bundle (dist/fairness-fold-worker/): fairness-gate and the CLI start their workers on this
// small file when it sits beside them, so that a worker does not load the whole CLI or action first (as the scan
// workers' bundle, dist/scan-worker). Started any other way it does nothing.
if (isFoldWorker()) await runFoldWorker()

/** Names of the values handed to the post step. */
export const State = {
  pgid: 'train-pgid',
  runDir: 'train-run-dir',
  finished: 'train-finished',
  /** 'true' once the training command succeeded: only then does the post step save the cache. */
  succeeded: 'train-succeeded',
  artifactName: 'train-artifact-name',
  cacheKey: 'train-cache-key',
  cachePaths: 'train-cache-paths',
  cacheHit: 'train-cache-hit',
  retentionDays: 'train-retention-days',
} as const

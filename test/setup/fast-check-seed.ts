import fc from 'fast-check'

// Property tests explore a fresh random seed on every local run (fast-check prints the seed of a failure so it can
// be replayed with FC_SEED). Under CI they run on one fixed seed, so a submission is judged on the same cases every
// time; FC_SEED overrides both.
const fromEnvironment = process.env['FC_SEED']
const seed = fromEnvironment !== undefined && fromEnvironment !== '' ? Number(fromEnvironment) : undefined
if (seed !== undefined && Number.isInteger(seed)) fc.configureGlobal({ seed })
else if (process.env['CI'] === 'true') fc.configureGlobal({ seed: 20_261_201 })

import { tmpdir } from 'node:os'

// Tests keep their files in temporary folders outside the repository; input path containment (src/io/paths)
// accepts them as a listed root, as a user lists a folder in MODELGATE_PATH_ROOTS. A test of containment
// passes its own env.
process.env['MODELGATE_PATH_ROOTS'] ??= tmpdir()

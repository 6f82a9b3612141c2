// Input path containment (issue #15): every path an input names is checked here before anything opens it.
export { inputPathRoots, resolveInputPath, resolveInputPaths, resolveOptionalInputPath } from './resolve-input-path.js'
export type { InputPathKind, ResolveInputPathOptions } from './resolve-input-path.js'
export { PATH_ROOTS_VARIABLE } from './messages.js'
export { fileSystemFailure, fileSystemUserError, writeTextFile } from './file-system-error.js'

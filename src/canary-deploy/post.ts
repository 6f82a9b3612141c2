import { runPost } from '../github/run-action.js'
import { post } from './rollback-from-state.js'

void runPost('canary-deploy', post)

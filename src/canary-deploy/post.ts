import { runPost } from '../github/run-action.js'

void runPost('canary-deploy', async () => {})

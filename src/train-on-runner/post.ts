import { runPost } from '../github/run-action.js'

void runPost('train-on-runner', async () => {})

import { runPost } from '../github/run-action.js'
import { post } from './cleanup.js'

void runPost('train-on-runner', post)

import { runAction } from '../github/run-action.js'
import { main } from './main.js'

void runAction('register-model', main)

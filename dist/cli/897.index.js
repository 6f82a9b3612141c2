export const id = 897;
export const ids = [897];
export const modules = {

/***/ 14449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ scrubChildEnvironment)
/* harmony export */ });
/** Runner variables that carry credentials a child never needs (cache, artifact and OIDC tokens, their URLs). */
const RUNNER_CREDENTIALS = new Set([
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'GITHUB_TOKEN',
    'GH_TOKEN',
]);
/**
 * The environment a command the actions start (training, predict, traffic, metrics) gets: the parent's, without
 * the action's inputs (`INPUT_*`, which include every token input), the runner's runtime credentials and any
 * GitHub token, then `explicit` on top — the only way to hand a child a token is to pass it on purpose (the
 * train-on-runner `env` input, or a step's own `env:` under another name).
 * @example scrubChildEnvironment({ PATH: '/bin', 'INPUT_GITHUB-TOKEN': 't', ACTIONS_RUNTIME_TOKEN: 'r' }) // => { PATH: '/bin' }
 * @example scrubChildEnvironment({ GITHUB_TOKEN: 'a' }, { GITHUB_TOKEN: 'b' }) // => { GITHUB_TOKEN: 'b' }
 */
function scrubChildEnvironment(parent, explicit = {}) {
    const env = {};
    for (const [name, value] of Object.entries(parent)) {
        if (value === undefined || name.toUpperCase().startsWith('INPUT_') || RUNNER_CREDENTIALS.has(name))
            continue;
        env[name] = value;
    }
    return { ...env, ...explicit };
}


/***/ }),

/***/ 42221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ killProcessGroup),
/* harmony export */   AD: () => (/* binding */ createLineSplitter),
/* harmony export */   Ai: () => (/* binding */ endProcessGroup),
/* harmony export */   MM: () => (/* binding */ processGroupAlive),
/* harmony export */   d1: () => (/* binding */ runCommand),
/* harmony export */   pj: () => (/* binding */ expandPlaceholders)
/* harmony export */ });
/* unused harmony exports MAX_LINE_CHARS, cutLinePrefix */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_secrets_scrub_child_environment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14449);




/** The most characters of one output line kept: its end, where a progress bar's latest state is. */
const MAX_LINE_CHARS = 65_536;
/** What starts a line that was longer than the cap: how much of its beginning was dropped. */
const cutLinePrefix = (dropped) => `[${dropped} characters cut] `;
/**
 * Splits a child's output into lines in time and memory linear in its size, whatever it holds. `\n` ends a line;
 * `\r` returns to the line's start as a terminal does, so a progress bar (tqdm writes `\r` and the new state, never
 * a newline) is one line holding its last state, and `\r\n` is an ordinary line end. A line longer than
 * `maxLineChars` keeps its last `maxLineChars` characters after a note saying how many were cut.
 */
function createLineSplitter(emit, maxLineChars = MAX_LINE_CHARS) {
    const cap = Math.max(1, maxLineChars);
    // The text since the last \r or \n, and how much of it was cut; the last \r-ended state of this line.
    let pending = '';
    let pendingCut = 0;
    let overwritten = '';
    let overwrittenCut = 0;
    const trim = (limit) => {
        if (pending.length > limit) {
            pendingCut += pending.length - cap;
            pending = pending.slice(-cap);
        }
    };
    const line = (text, cut) => (cut > 0 ? cutLinePrefix(cut) + text : text);
    const breaks = /[\r\n]/g;
    return {
        write(chunk) {
            breaks.lastIndex = 0;
            let start = 0;
            for (let match = breaks.exec(chunk); match !== null; match = breaks.exec(chunk)) {
                pending += chunk.slice(start, match.index);
                start = match.index + 1;
                trim(cap);
                if (match[0] === '\r') {
                    // Only a state that shows replaces the previous one ("\r\r" and "\r\n" keep it).
                    if (pending !== '') {
                        overwritten = pending;
                        overwrittenCut = pendingCut;
                    }
                }
                else if (pending !== '')
                    emit(line(pending, pendingCut));
                else
                    emit(line(overwritten, overwrittenCut));
                if (match[0] === '\n') {
                    overwritten = '';
                    overwrittenCut = 0;
                }
                pending = '';
                pendingCut = 0;
            }
            pending += chunk.slice(start);
            trim(2 * cap);
        },
        end() {
            trim(cap);
            if (pending !== '')
                emit(line(pending, pendingCut));
            else if (overwritten !== '')
                emit(line(overwritten, overwrittenCut));
            pending = '';
            overwritten = '';
            pendingCut = 0;
            overwrittenCut = 0;
        },
        get buffered() {
            return pending.length + overwritten.length;
        },
    };
}
/**
 * Sends `signal` to the whole process group `pgid` (negative pid). Returns false when the group no longer exists.
 * Safe to call for a group that is already gone.
 */
function killProcessGroup(pgid, signal = 'SIGTERM') {
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * True when any process of the group `pgid` is still alive. On Linux, zombies (exited, not yet reaped — common
 * in containers whose PID 1 does not reap orphans) do not count: they hold no resources a job cares about.
 */
function processGroupAlive(pgid) {
    try {
        process.kill(-pgid, 0);
    }
    catch (error) {
        return error.code === 'EPERM';
    }
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc');
    }
    catch {
        return true;
    }
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${entry}/stat`, 'utf8');
            // pid (comm) state ppid pgrp ... — comm may contain spaces and parentheses, so split after the last ')'.
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            if (Number(fields[2]) === pgid && fields[0] !== 'Z')
                return true;
        }
        catch {
            // the process ended while we looked
        }
    }
    return false;
}
/**
 * Ends the process group `pgid` that another process started (the main step's traffic command, seen from the post
 * step): SIGTERM, then SIGKILL after `graceMs` if any member is still alive. Resolves whether the group was
 * running; once it resolves, nothing of the group runs any more.
 */
async function endProcessGroup(pgid, graceMs = 5000) {
    if (!Number.isSafeInteger(pgid) || pgid <= 1 || !processGroupAlive(pgid))
        return false;
    killProcessGroup(pgid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (processGroupAlive(pgid) && Date.now() < deadline)
        await new Promise((done) => setTimeout(done, 50));
    if (processGroupAlive(pgid))
        killProcessGroup(pgid, 'SIGKILL');
    while (processGroupAlive(pgid))
        await new Promise((done) => setTimeout(done, 20));
    return true;
}
/**
 * Runs `argv[0]` with arguments `argv[1..]` — never through a shell — in its own process group, streaming
 * its output line by line. On timeout or abort the whole group (children and grandchildren) gets SIGTERM,
 * then SIGKILL after a grace period.
 *
 * @throws ConfigurationError when `argv` is empty, the working directory does not exist, or the executable does not
 *   exist (ENOENT) or is not executable.
 * @example
 * const result = await runCommand(['node', '-e', 'console.log(1)'])
 * // result.exitCode === 0, result.stdoutTail → ['1']
 */
async function runCommand(argv, options = {}) {
    const [file, ...args] = argv;
    if (file === undefined || file === '') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('the command is empty', {}, 'give the program to run as the first element of the argument list');
    }
    if (options.cwd !== undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(options.cwd)) {
        // spawn reports a missing cwd as ENOENT too, which would blame the program
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`the working directory ${options.cwd} does not exist`, {}, 'create it in an earlier step or fix the path');
    }
    const keep = Math.max(0, options.keepTailLines ?? 50);
    const graceMs = options.killGraceMs ?? 5000;
    const stdoutTail = [];
    const stderrTail = [];
    const started = Date.now();
    if (options.signal?.aborted === true) {
        return {
            exitCode: null,
            signal: null,
            timedOut: false,
            cancelled: true,
            durationMs: 0,
            stdoutTail,
            stderrTail,
            pid: null,
        };
    }
    return await new Promise((resolve, reject) => {
        let timedOut = false;
        let cancelled = false;
        let settled = false;
        let killTimer;
        let timeoutTimer;
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd: options.cwd,
            env: (0,_core_secrets_scrub_child_environment_js__WEBPACK_IMPORTED_MODULE_3__/* .scrubChildEnvironment */ .T)(options.env ?? process.env, options.explicitEnv),
            shell: false,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const pushLine = (stream, line) => {
            const tail = stream === 'stdout' ? stdoutTail : stderrTail;
            if (keep > 0) {
                tail.push(line);
                if (tail.length > keep)
                    tail.shift();
            }
            options.onLine?.(stream, line);
        };
        const out = createLineSplitter((line) => pushLine('stdout', line), options.maxLineChars);
        const err = createLineSplitter((line) => pushLine('stderr', line), options.maxLineChars);
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (chunk) => out.write(chunk));
        child.stderr.on('data', (chunk) => err.write(chunk));
        const terminate = () => {
            const pid = child.pid;
            if (pid === undefined)
                return;
            killProcessGroup(pid, 'SIGTERM');
            if (killTimer === undefined) {
                killTimer = setTimeout(() => {
                    killProcessGroup(pid, 'SIGKILL');
                }, graceMs);
            }
        };
        const onAbort = () => {
            cancelled = true;
            terminate();
        };
        child.once('spawn', () => {
            if (child.pid !== undefined)
                options.onSpawn?.(child.pid);
            if (options.timeoutMs !== undefined) {
                timeoutTimer = setTimeout(() => {
                    timedOut = true;
                    terminate();
                }, options.timeoutMs);
            }
            options.signal?.addEventListener('abort', onAbort, { once: true });
        });
        child.once('error', (error) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timeoutTimer);
            clearTimeout(killTimer);
            options.signal?.removeEventListener('abort', onAbort);
            if (error.code === 'ENOENT') {
                reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`the program "${file}" was not found${options.cwd !== undefined ? ` (working directory ${options.cwd})` : ''}`, {}, 'install it on the runner, put it on PATH, or give an absolute path'));
            }
            else if (error.code === 'EACCES') {
                reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`the program "${file}" is not executable`, {}, `run chmod +x ${file}, or call it through its interpreter`));
            }
            else {
                reject(error);
            }
        });
        child.once('close', (code, signal) => {
            if (settled)
                return;
            settled = true;
            out.end();
            err.end();
            clearTimeout(timeoutTimer);
            options.signal?.removeEventListener('abort', onAbort);
            const pid = child.pid ?? null;
            // The leader is gone; make sure nothing it left behind in its group survives a timeout or cancellation.
            if ((timedOut || cancelled) && pid !== null && processGroupAlive(pid)) {
                killProcessGroup(pid, 'SIGKILL');
            }
            clearTimeout(killTimer);
            if (pid !== null)
                options.onExit?.(pid);
            resolve({
                exitCode: code,
                signal,
                timedOut,
                cancelled,
                durationMs: Date.now() - started,
                stdoutTail,
                stderrTail,
                pid,
            });
        });
    });
}
/**
 * Replaces `{name}` inside each argv element with `values[name]` — string substitution only, never a shell,
 * so a value can never become a second argument or a command. `{{` and `}}` stand for literal braces.
 *
 * @throws ConfigurationError naming the placeholder and the known names when a placeholder has no value.
 * @example
 * expandPlaceholders(['predict', '--in', '{input}'], { input: 'a b.csv' }) // → ['predict', '--in', 'a b.csv']
 */
function expandPlaceholders(argv, values) {
    return argv.map((element) => element.replace(/\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_-]*)\}/g, (match, name) => {
        if (match === '{{')
            return '{';
        if (match === '}}')
            return '}';
        if (name !== undefined && Object.prototype.hasOwnProperty.call(values, name))
            return values[name];
        const known = Object.keys(values);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`unknown placeholder {${name ?? ''}} in the command argument "${element}"`, {}, known.length > 0
            ? `use one of ${known.map((k) => `{${k}}`).join(', ')}, or write {{ and }} for literal braces`
            : 'this command takes no placeholders; write {{ and }} for literal braces');
    }));
}


/***/ }),

/***/ 1897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_error_message_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90007);
/* harmony import */ var _io_run_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42221);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56480);
/* harmony import */ var _storage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98727);





/**
 * Post step (always runs): kills the training process group if it is still alive (cancelled job, crashed main
 * step), uploads partial logs and telemetry when the main step did not finish, saves the cache on a miss after a
 * successful training.
 */
async function post(context) {
    const { logger, state } = context;
    const pgid = Number(state.get(_state_js__WEBPACK_IMPORTED_MODULE_2__/* .State */ .U.pgid) ?? '');
    if (Number.isInteger(pgid) && pgid > 0 && (0,_io_run_command_js__WEBPACK_IMPORTED_MODULE_1__/* .processGroupAlive */ .MM)(pgid)) {
        logger.warning(`the training process group ${pgid} is still running: sending SIGTERM, then SIGKILL`);
        (0,_io_run_command_js__WEBPACK_IMPORTED_MODULE_1__/* .killProcessGroup */ .$X)(pgid, 'SIGTERM');
        const end = Date.now() + 5000;
        while ((0,_io_run_command_js__WEBPACK_IMPORTED_MODULE_1__/* .processGroupAlive */ .MM)(pgid) && Date.now() < end)
            await new Promise((r) => setTimeout(r, 100));
        if ((0,_io_run_command_js__WEBPACK_IMPORTED_MODULE_1__/* .processGroupAlive */ .MM)(pgid))
            (0,_io_run_command_js__WEBPACK_IMPORTED_MODULE_1__/* .killProcessGroup */ .$X)(pgid, 'SIGKILL');
    }
    const runDir = state.get(_state_js__WEBPACK_IMPORTED_MODULE_2__/* .State */ .U.runDir);
    if (runDir !== undefined && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(runDir) && state.get(_state_js__WEBPACK_IMPORTED_MODULE_2__/* .State */ .U.finished) !== 'true') {
        const name = `${state.get(_state_js__WEBPACK_IMPORTED_MODULE_2__/* .State */ .U.artifactName) ?? 'model'}-partial-logs`;
        const retention = state.get(_state_js__WEBPACK_IMPORTED_MODULE_2__/* .State */ .U.retentionDays);
        const result = await (0,_storage_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadDirectory */ .zA)(name, runDir, {
            env: context.env,
            workDir: context.workDir,
            retentionDays: retention === undefined ? undefined : Number(retention),
            logger,
        });
        logger.info(result.id !== null
            ? `partial logs and telemetry uploaded as artifact "${name}" (id ${result.id})`
            : `partial logs and telemetry copied to ${result.localCopy ?? ''} (not on a GitHub runner: not uploaded)`);
    }
    await saveCacheAfterSuccess(context);
}
/** Saves `cache-paths` under the restored key on a miss, only when the training succeeded; failures are warnings. */
async function saveCacheAfterSuccess(context) {
    const { logger, state } = context;
    const key = state.get(_state_js__WEBPACK_IMPORTED_MODULE_2__/* .State */ .U.cacheKey);
    const paths = state.get(_state_js__WEBPACK_IMPORTED_MODULE_2__/* .State */ .U.cachePaths);
    if (key !== undefined && paths !== undefined && state.get(_state_js__WEBPACK_IMPORTED_MODULE_2__/* .State */ .U.cacheHit) !== 'true') {
        // As actions/cache saves only after a successful job: a failed or killed training may have left the cached
        // folders half-written, and a saved key is never overwritten.
        if (state.get(_state_js__WEBPACK_IMPORTED_MODULE_2__/* .State */ .U.succeeded) !== 'true') {
            logger.info(`cache not saved as ${key}: the training did not succeed`);
            return;
        }
        try {
            const backend = await (0,_storage_js__WEBPACK_IMPORTED_MODULE_3__/* .savePaths */ .YV)(JSON.parse(paths), key, {
                env: context.env,
                workDir: context.workDir,
            });
            logger.info(`cache saved as ${key} (${backend === 'local' ? 'local cache folder: not on a GitHub runner' : '@actions/cache'})`);
        }
        catch (error) {
            logger.warning(`cache not saved: ${(0,_core_error_message_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error)}`);
        }
    }
}


/***/ }),

/***/ 56480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ State)
/* harmony export */ });
/** Names of the values handed to the post step. */
const State = {
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
};


/***/ })

};

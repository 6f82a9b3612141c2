export const id = 210;
export const ids = [210];
export const modules = {

/***/ 73793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ STATE_DEPLOYMENT),
/* harmony export */   Js: () => (/* binding */ STATE_TRAFFIC_PGID),
/* harmony export */   l3: () => (/* binding */ STATE_DONE),
/* harmony export */   lF: () => (/* binding */ STATE_WEIGHT),
/* harmony export */   lG: () => (/* binding */ STATE_CONFIG)
/* harmony export */ });
/** Names under which the main step hands state to the post step. */
const STATE_CONFIG = 'canary-traffic-config';
const STATE_WEIGHT = 'canary-weight';
const STATE_DONE = 'canary-done';
/** The GitHub Deployment of the rollout ({ id, environment }), so a post-step rollback marks it failed. */
const STATE_DEPLOYMENT = 'canary-deployment';
/** The process group of the traffic command running now ('' when none): the post step ends it before rolling back. */
const STATE_TRAFFIC_PGID = 'canary-traffic-pgid';


/***/ }),

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

/***/ 16887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ resumeDeployment),
/* harmony export */   i: () => (/* binding */ startDeployment)
/* harmony export */ });
/* harmony import */ var _core_error_message_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90007);
/* harmony import */ var _job_deployment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11254);


/**
 * Returns a tracker for the statuses of the GitHub Deployment of the job's environment: the one GitHub Actions
 * already created for this job when it declares `environment:` (findRunDeployment: reused, so one run is one
 * deployment on the environment page), otherwise a new one for the commit the job runs on. Deployments are the record GitHub's environment page shows of what is live; modelgate never lets
 * them decide anything, so every API failure is a warning naming the permission (`deployments: write`) and the
 * tracker does nothing after it. A `success` status marks earlier deployments of the environment inactive.
 * @throws never
 */
async function startDeployment(context, request) {
    const { client, github } = context;
    const { environment } = request;
    const none = { id: undefined, status: () => Promise.resolve() };
    if (environment === undefined || client === undefined || github.owner === undefined || github.repo === undefined) {
        context.logger.info('no GitHub environment or token: nothing is recorded as a GitHub deployment');
        return none;
    }
    const owner = github.owner;
    const repo = github.repo;
    const jobDeployment = await (0,_job_deployment_js__WEBPACK_IMPORTED_MODULE_0__/* .findRunDeployment */ .y)(context, environment).catch((error) => {
        context.logger.info(`could not look up this job's own deployment (${(0,_core_error_message_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)}): creating one`);
        return undefined;
    });
    if (jobDeployment !== undefined) {
        context.logger.info(`recording on deployment ${jobDeployment}, the one GitHub created for this job`);
        return tracker(context, { owner, repo, id: jobDeployment, environment });
    }
    let id;
    try {
        const created = await client.rest.repos.createDeployment({
            owner,
            repo,
            ref: github.sha ?? github.ref ?? 'HEAD',
            environment,
            task: request.task,
            auto_merge: false,
            required_contexts: [],
            payload: { ...request.payload, [_job_deployment_js__WEBPACK_IMPORTED_MODULE_0__/* .MODELGATE_DEPLOYMENT */ .P.key]: _job_deployment_js__WEBPACK_IMPORTED_MODULE_0__/* .MODELGATE_DEPLOYMENT */ .P.value },
            description: request.description.slice(0, 140),
            production_environment: environment === 'production',
            transient_environment: false,
        });
        // A 202 (a merge was attempted instead) has no id: there is nothing to add statuses to.
        if (!('id' in created.data))
            return none;
        id = created.data.id;
    }
    catch (error) {
        context.logger.warning(`could not create a GitHub deployment for ${environment}: ${(0,_core_error_message_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)}. It needs \`deployments: write\``);
        return none;
    }
    return tracker(context, { owner, repo, id, environment });
}
/**
 * A tracker for a deployment the main step created (`saved`: its SavedDeployment as JSON), so the post step can
 * record what it did (a rollback) on the same deployment. Nothing when there is none, no token or no repository.
 * @throws never
 */
function resumeDeployment(context, saved) {
    const { client, github } = context;
    let deployment;
    try {
        deployment = saved === undefined || saved === '' ? undefined : JSON.parse(saved);
    }
    catch {
        deployment = undefined;
    }
    if (deployment === undefined || client === undefined || github.owner === undefined || github.repo === undefined)
        return { id: undefined, status: () => Promise.resolve() };
    return tracker(context, { owner: github.owner, repo: github.repo, ...deployment });
}
function tracker(context, deployment) {
    const { client, github } = context;
    const { owner, repo, id, environment } = deployment;
    return {
        id,
        async status(state, description) {
            try {
                await client?.rest.repos.createDeploymentStatus({
                    owner,
                    repo,
                    deployment_id: id,
                    state,
                    environment,
                    description: description.slice(0, 140),
                    ...(github.runUrl === undefined ? {} : { log_url: github.runUrl }),
                    ...(state === 'success' ? { auto_inactive: true } : {}),
                });
            }
            catch (error) {
                context.logger.warning(`could not set the deployment status to ${state}: ${(0,_core_error_message_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)}`);
            }
        },
    };
}


/***/ }),

/***/ 11254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ MODELGATE_DEPLOYMENT),
/* harmony export */   y: () => (/* binding */ findRunDeployment)
/* harmony export */ });
/**
 * The payload key that marks a deployment modelgate created, so the lookup below never takes modelgate's own
 * records for the deployment GitHub creates for a job.
 */
const MODELGATE_DEPLOYMENT = { key: 'created_by', value: 'modelgate' };
/** How many of the environment's newest deployments are looked at for the job's own (it was created when the job started). */
const CANDIDATES = 20;
/**
 * The deployment GitHub Actions created for this job: when a job declares `environment:`, GitHub creates a
 * deployment of that environment for the run's commit (after its protection rules approved it) whose newest status
 * is `in_progress` with a link to the run while the job runs. Returns its id, or undefined when this run has none.
 * Deployments modelgate created are skipped. Needs `deployments: read`.
 * @throws whatever the GitHub client throws (the callers decide whether that is an error or a warning)
 */
async function findRunDeployment(context, environment) {
    const { client, github } = context;
    if (client === undefined || github.owner === undefined || github.repo === undefined || github.runUrl === undefined)
        return undefined;
    const { owner, repo, runUrl } = github;
    const shas = new Set([context.env.GITHUB_SHA, github.sha].filter((sha) => sha !== undefined && sha !== ''));
    const { data: deployments } = await client.rest.repos.listDeployments({
        owner,
        repo,
        environment,
        per_page: CANDIDATES,
    });
    for (const deployment of deployments) {
        if (!shas.has(deployment.sha) || createdByModelgate(deployment.payload))
            continue;
        const { data: statuses } = await client.rest.repos.listDeploymentStatuses({
            owner,
            repo,
            deployment_id: deployment.id,
            per_page: 1,
        });
        const newest = statuses[0];
        if (newest?.state === 'in_progress' && [newest.log_url, newest.target_url].some((url) => ofRun(url, runUrl)))
            return deployment.id;
    }
    return undefined;
}
/** A status URL that is this run's page or one of its job pages (`…/actions/runs/<id>/job/<job id>`). */
function ofRun(url, runUrl) {
    return typeof url === 'string' && (url === runUrl || url.startsWith(`${runUrl}/`));
}
function createdByModelgate(payload) {
    return (typeof payload === 'object' &&
        payload !== null &&
        payload[MODELGATE_DEPLOYMENT.key] === MODELGATE_DEPLOYMENT.value);
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

/***/ 62320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ createTrafficRouter)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/io/run-command.ts
var run_command = __webpack_require__(42221);
;// CONCATENATED MODULE: ./src/traffic/messages.ts
const trafficCommandFailed = (argv, exitCode, tail) => `traffic command ${JSON.stringify(argv)} exited with ${exitCode === null ? 'no exit code (killed or timed out)' : String(exitCode)}${tail === '' ? '' : `: ${tail}`}`;
const nginxTestFailed = (output) => `nginx -t rejected the generated config: ${output}`;
const nginxReloadFailed = (output) => `nginx -s reload failed: ${output}`;
const nginxReloadNotVerified = (url, expected, last) => `nginx reload did not take effect: ${url} never reported "${expected}" (last: ${last})`;
const kubectlFailed = (argv, exitCode, tail) => `kubectl ${argv.slice(1).join(' ')} exited with ${exitCode === null ? 'no exit code' : String(exitCode)}${tail === '' ? '' : `: ${tail}`}`;
const weightOutOfRange = (percent) => `traffic weight ${String(percent)} is outside 0–100`;

;// CONCATENATED MODULE: ./src/traffic/check-weight.ts


/** Throws unless 0 ≤ percent ≤ 100. */
function checkWeight(percent) {
    if (!Number.isFinite(percent) || percent < 0 || percent > 100)
        throw new errors/* ServiceError */._7(weightOutOfRange(percent));
}
/** Formats a weight for argv and patches: integers as such, others with up to two decimals. */
function formatWeight(percent) {
    return Number.isInteger(percent) ? String(percent) : String(Math.round(percent * 100) / 100);
}

;// CONCATENATED MODULE: ./src/traffic/command.ts




/**
 * Runs the team's own command with the weight: `{weight}`, `{stable-weight}` and `{mirror}` (on/off) inside argv elements are
 * replaced by plain string substitution and the program is spawned without a shell.
 * @example createCommandRouter({ kind: 'command', argv: ['./set-weight', '--canary={weight}'], timeoutMs: 60000 })
 */
function createCommandRouter(config, watch = {}) {
    let last;
    return {
        kind: 'command',
        config,
        canMirror: config.argv.some((arg) => arg.includes('{mirror}')),
        async setWeight(percent, options) {
            checkWeight(percent);
            const argv = (0,run_command/* expandPlaceholders */.pj)(config.argv, {
                weight: formatWeight(percent),
                'stable-weight': formatWeight(100 - percent),
                mirror: options?.mirror === true ? 'on' : 'off',
            });
            const result = await (0,run_command/* runCommand */.d1)(argv, { timeoutMs: config.timeoutMs, keepTailLines: 5, ...watch });
            if (result.exitCode !== 0) {
                throw new errors/* ServiceError */._7(trafficCommandFailed(argv, result.exitCode, [...result.stderrTail, ...result.stdoutTail].join(' | ')));
            }
            last = percent;
        },
        currentWeight: () => Promise.resolve(last),
    };
}

;// CONCATENATED MODULE: ./src/traffic/kubernetes.ts




const RESOURCE = {
    inferenceservice: 'inferenceservices.serving.kserve.io',
    virtualservice: 'virtualservices.networking.istio.io',
    httproute: 'httproutes.gateway.networking.k8s.io',
};
/**
 * The patch document and `--type` for one weight:
 * - KServe InferenceService: merge patch `{"spec":{"predictor":{"canaryTrafficPercent":W}}}`;
 * - Istio VirtualService: JSON patch on `/spec/http/i/route/j/weight` (stable 100−W, canary W);
 * - Gateway API HTTPRoute: JSON patch on `/spec/rules/i/backendRefs/j/weight`.
 * Weights are integers (Istio requires them); fractional percents are rounded.
 * @example kubernetesPatch({ kind: 'kubernetes', resource: 'inferenceservice', name: 'm', kubectl: 'kubectl', routeIndex: 0, stableIndex: 0, canaryIndex: 1, timeoutMs: 1 }, 10).patch // => '{"spec":{"predictor":{"canaryTrafficPercent":10}}}'
 */
function kubernetesPatch(config, percent) {
    const canary = Math.round(percent);
    const stable = 100 - canary;
    switch (config.resource) {
        case 'inferenceservice':
            return { type: 'merge', patch: JSON.stringify({ spec: { predictor: { canaryTrafficPercent: canary } } }) };
        case 'virtualservice': {
            const base = `/spec/http/${config.routeIndex}/route`;
            const ops = [
                { op: 'replace', path: `${base}/${config.stableIndex}/weight`, value: stable },
                { op: 'replace', path: `${base}/${config.canaryIndex}/weight`, value: canary },
            ];
            return { type: 'json', patch: JSON.stringify(ops) };
        }
        case 'httproute': {
            const base = `/spec/rules/${config.routeIndex}/backendRefs`;
            const ops = [
                { op: 'replace', path: `${base}/${config.stableIndex}/weight`, value: stable },
                { op: 'replace', path: `${base}/${config.canaryIndex}/weight`, value: canary },
            ];
            return { type: 'json', patch: JSON.stringify(ops) };
        }
    }
}
/** The full kubectl argv for one weight. */
function kubectlPatchArgv(config, percent) {
    const { type, patch } = kubernetesPatch(config, percent);
    return [
        config.kubectl,
        'patch',
        RESOURCE[config.resource],
        config.name,
        ...(config.namespace === undefined ? [] : ['--namespace', config.namespace]),
        '--type',
        type,
        '--patch',
        patch,
    ];
}
/** The kubectl argv that reads the canary weight back (jsonpath). */
function kubectlGetWeightArgv(config) {
    const path = config.resource === 'inferenceservice'
        ? '{.spec.predictor.canaryTrafficPercent}'
        : config.resource === 'virtualservice'
            ? `{.spec.http[${config.routeIndex}].route[${config.canaryIndex}].weight}`
            : `{.spec.rules[${config.routeIndex}].backendRefs[${config.canaryIndex}].weight}`;
    return [
        config.kubectl,
        'get',
        RESOURCE[config.resource],
        config.name,
        ...(config.namespace === undefined ? [] : ['--namespace', config.namespace]),
        '-o',
        `jsonpath=${path}`,
    ];
}
/** Moves weight on Kubernetes through kubectl (KServe, Istio, Gateway API); spawns kubectl without a shell. */
function createKubernetesRouter(config, watch = {}) {
    const run = async (argv) => {
        const result = await (0,run_command/* runCommand */.d1)(argv, { timeoutMs: config.timeoutMs, keepTailLines: 20, ...watch });
        if (result.exitCode !== 0)
            throw new errors/* ServiceError */._7(kubectlFailed(argv, result.exitCode, result.stderrTail.join(' | ')));
        return result.stdoutTail;
    };
    return {
        kind: 'kubernetes',
        // Istio's mirror/mirrorPercentage and Gateway API's RequestMirror filter are not written by this router.
        canMirror: false,
        config,
        async setWeight(percent) {
            checkWeight(percent);
            await run(kubectlPatchArgv(config, percent));
        },
        async currentWeight() {
            const text = (await run(kubectlGetWeightArgv(config))).join('').trim();
            // KServe without canaryTrafficPercent serves the latest revision: 100.
            if (text === '')
                return config.resource === 'inferenceservice' ? 100 : undefined;
            const value = Number(text);
            return Number.isFinite(value) ? value : undefined;
        },
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./src/traffic/nginx.ts






/** The default upstream file: included inside `http {}` of the main config. */
const DEFAULT_UPSTREAM_TEMPLATE = `# written by modelgate canary-deploy: canary weight {{weight}}%, generation {{generation}}
upstream modelgate_model {
{{servers}}
}
map $host $modelgate_canary {
    default "{{weight}}:{{generation}}";
}
# mirrored traffic (shadow, blue-green with mirror): location / { mirror /modelgate-mirror; } and an internal
# location = /modelgate-mirror that returns 204 unless $modelgate_mirror is "on", else proxies to modelgate_mirror.
upstream modelgate_mirror {
    server {{canary}};
}
map $host $modelgate_mirror {
    default "{{mirror}}";
}
`;
function gcd(a, b) {
    return b === 0 ? a : gcd(b, a % b);
}
/**
 * The `server` lines of the upstream for one weight. nginx has no `weight=0`, so 0% lists only the stable
 * server and 100% only the canary: the other one is not in the pool at all, not merely unlikely.
 * In between, weights are the percentages reduced by their common divisor (10% → 9:1).
 * @example upstreamServers('127.0.0.1:8001', '127.0.0.1:8002', 10) // => '    server 127.0.0.1:8001 weight=9;\n    server 127.0.0.1:8002 weight=1;'
 */
function upstreamServers(stable, canary, percent) {
    if (percent <= 0)
        return `    server ${stable};`;
    if (percent >= 100)
        return `    server ${canary};`;
    const c = Math.round(percent * 100);
    const s = 10000 - c;
    const d = gcd(c, s);
    return `    server ${stable} weight=${s / d};\n    server ${canary} weight=${c / d};`;
}
/** Renders the upstream file from a template. */
function renderUpstream(config, percent, generation, mirror = false) {
    const values = {
        mirror: mirror ? 'on' : 'off',
        servers: upstreamServers(config.stable, config.canary, percent),
        weight: formatWeight(percent),
        generation,
        stable: config.stable,
        canary: config.canary,
    };
    return (config.template ?? DEFAULT_UPSTREAM_TEMPLATE).replace(/\{\{(servers|weight|generation|stable|canary|mirror)\}\}/g, (_m, name) => values[name] ?? '');
}
function prefixArgs(config) {
    return [...(config.prefix === undefined ? [] : ['-p', config.prefix]), '-c', config.configPath];
}
/** The total time one verification request may take (a dripping answer is cut off, not waited on). */
const MARKER_TIMEOUT_MS = 2000;
async function fetchMarker(url) {
    return new Promise((resolve, reject) => {
        // A fresh connection each time: after a reload, old workers close their listening sockets.
        const req = (0,external_node_http_.request)(url, { agent: false, headers: { connection: 'close' } }, (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk) => {
                if (body.length < 4096)
                    body += chunk;
            });
            res.on('end', () => resolve(`${String(res.headers['x-modelgate-canary'] ?? '')} ${body.trim()}`));
            res.on('error', reject);
        });
        const timer = setTimeout(() => req.destroy(new Error(`no complete answer within ${MARKER_TIMEOUT_MS} ms`)), MARKER_TIMEOUT_MS);
        req.on('close', () => clearTimeout(timer));
        req.on('error', reject);
        req.end();
    });
}
/** Worker pids of an nginx master that still accept connections (Linux /proc; empty elsewhere). */
async function acceptingWorkers(masterPid) {
    const entries = await (0,promises_.readdir)('/proc').catch(() => []);
    const workers = [];
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        const stat = await (0,promises_.readFile)(`/proc/${entry}/stat`, 'utf8').catch(() => '');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(fields[1]) !== masterPid || fields[0] === 'Z')
            continue;
        const title = await (0,promises_.readFile)(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
        // An old worker renames itself "worker process is shutting down" once it stops accepting.
        if (title.includes('worker process') && !title.includes('shutting down'))
            workers.push(Number(entry));
    }
    return workers;
}
/**
 * Routes by rewriting an nginx upstream, checking it with `nginx -t`, reloading with `nginx -s reload`
 * and, when `verifyUrl` is set, polling it until it reports the new `weight:generation` marker, so a reload
 * that nginx accepted but did not apply is caught. A config nginx rejects is restored before throwing.
 */
function createNginxRouter(config, watch = {}) {
    let counter = 0;
    const nginx = async (args) => {
        const result = await (0,run_command/* runCommand */.d1)([config.nginxBinary, ...args, ...prefixArgs(config)], {
            timeoutMs: 30_000,
            keepTailLines: 20,
            ...watch,
        });
        return { ok: result.exitCode === 0, output: [...result.stderrTail, ...result.stdoutTail].join(' | ') };
    };
    return {
        kind: 'nginx',
        config,
        canMirror: config.template === undefined || config.template.includes('{{mirror}}'),
        async setWeight(percent, options) {
            checkWeight(percent);
            counter += 1;
            const generation = `${Date.now().toString(36)}-${counter}`;
            const previous = await (0,promises_.readFile)(config.upstreamPath, 'utf8').catch(() => undefined);
            const temporary = `${config.upstreamPath}.modelgate-tmp`;
            await (0,promises_.writeFile)(temporary, renderUpstream(config, percent, generation, options?.mirror === true));
            await (0,promises_.rename)(temporary, config.upstreamPath);
            const test = await nginx(['-t', '-q']);
            if (!test.ok) {
                if (previous !== undefined)
                    await (0,promises_.writeFile)(config.upstreamPath, previous);
                throw new errors/* ServiceError */._7(nginxTestFailed(test.output), { file: config.upstreamPath }, 'fix the upstream template or the main config that includes it');
            }
            const masterPid = config.pidPath === undefined
                ? undefined
                : Number((await (0,promises_.readFile)(config.pidPath, 'utf8').catch(() => '')).trim());
            const oldWorkers = masterPid !== undefined && masterPid > 0 ? await acceptingWorkers(masterPid) : [];
            const reload = await nginx(['-s', 'reload']);
            if (!reload.ok)
                throw new errors/* ServiceError */._7(nginxReloadFailed(reload.output), { file: config.configPath }, 'check that nginx is running with this config and pid file');
            if (config.verifyUrl !== undefined) {
                const expected = `${formatWeight(percent)}:${generation}`;
                const deadline = Date.now() + config.verifyTimeoutMs;
                let last = '';
                for (;;) {
                    last = await fetchMarker(config.verifyUrl).catch((error) => String(error));
                    if (last.includes(expected))
                        break;
                    if (Date.now() > deadline)
                        throw new errors/* ServiceError */._7(nginxReloadNotVerified(config.verifyUrl, expected, last.slice(0, 200)));
                    await new Promise((resolve) => setTimeout(resolve, 50));
                }
            }
            if (masterPid !== undefined && masterPid > 0) {
                // Until every old worker stops accepting, a new connection may still reach the old upstream.
                const deadline = Date.now() + config.verifyTimeoutMs;
                while ((await acceptingWorkers(masterPid)).some((pid) => oldWorkers.includes(pid))) {
                    if (Date.now() > deadline)
                        throw new errors/* ServiceError */._7(nginxReloadNotVerified(config.pidPath ?? '', 'old workers to stop accepting', String(oldWorkers)));
                    await new Promise((resolve) => setTimeout(resolve, 25));
                }
            }
        },
        async currentWeight() {
            const text = await (0,promises_.readFile)(config.upstreamPath, 'utf8').catch(() => '');
            const match = /canary weight ([\d.]+)%/.exec(text) ?? /"([\d.]+):[^"]*"/.exec(text);
            return match?.[1] === undefined ? undefined : Number(match[1]);
        },
    };
}

;// CONCATENATED MODULE: ./src/traffic/create-traffic-router.ts



/**
 * The one switch over traffic providers; the post step calls it with the config saved by the main step. `watch`
 * hears of every command a router starts (the main step saves its process group for the post step to end).
 * @example createTrafficRouter({ kind: 'command', argv: ['true'], timeoutMs: 1000 }).kind // => 'command'
 */
function createTrafficRouter(config, watch = {}) {
    switch (config.kind) {
        case 'command':
            return createCommandRouter(config, watch);
        case 'nginx':
            return createNginxRouter(config, watch);
        case 'kubernetes':
            return createKubernetesRouter(config, watch);
    }
}


/***/ })

};

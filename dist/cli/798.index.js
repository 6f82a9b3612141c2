export const id = 798;
export const ids = [798];
export const modules = {

/***/ 78128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ modelDigest)
});

// UNUSED EXPORTS: modelFileListing

;// CONCATENATED MODULE: ./src/core/evidence/sha256.ts
/** SHA-256 (FIPS 180-4) in pure TypeScript, so core can define digests without node:crypto. */
const K = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
    0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
    0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
    0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2,
]);
const rotr = (x, n) => (x >>> n) | (x << (32 - n));
function compress(state, w) {
    for (let t = 16; t < 64; t++) {
        const a = w[t - 15] ?? 0;
        const b = w[t - 2] ?? 0;
        const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
        const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
        w[t] = ((w[t - 16] ?? 0) + s0 + (w[t - 7] ?? 0) + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, h] = [state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]].map((v) => v ?? 0);
    for (let t = 0; t < 64; t++) {
        const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + (K[t] ?? 0) + (w[t] ?? 0)) >>> 0;
        const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
        h = g;
        g = f;
        f = e;
        e = (d + t1) >>> 0;
        d = c;
        c = b;
        b = a;
        a = (t1 + t2) >>> 0;
    }
    const next = [a, b, c, d, e, f, g, h];
    for (let i = 0; i < 8; i++)
        state[i] = ((state[i] ?? 0) + (next[i] ?? 0)) >>> 0;
}
/**
 * The SHA-256 digest of `bytes`, lower-case hex.
 * @see https://csrc.nist.gov/pubs/fips/180-4/upd1/final
 * @example sha256Hex(new TextEncoder().encode('abc')) // => 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
function sha256Hex(bytes) {
    const state = new Uint32Array([
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]);
    // Padding: 0x80, zeros, then the bit length as a 64-bit big-endian integer, to a multiple of 64 bytes.
    const padded = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
    padded.set(bytes);
    padded[bytes.length] = 0x80;
    const view = new DataView(padded.buffer);
    const bits = bytes.length * 8;
    view.setUint32(padded.length - 8, Math.floor(bits / 0x100000000));
    view.setUint32(padded.length - 4, bits >>> 0);
    const w = new Uint32Array(64);
    for (let offset = 0; offset < padded.length; offset += 64) {
        for (let t = 0; t < 16; t++)
            w[t] = view.getUint32(offset + t * 4);
        compress(state, w);
    }
    return Array.from(state, (word) => word.toString(16).padStart(8, '0')).join('');
}

;// CONCATENATED MODULE: ./src/core/evidence/model-digest.ts

const encoder = new TextEncoder();
/** Orders paths by their UTF-8 bytes, so any implementation (Go, Python, sort(1) with LC_ALL=C) agrees. */
function byUtf8(a, b) {
    const x = encoder.encode(a);
    const y = encoder.encode(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++)
        if (x[i] !== y[i])
            return (x[i] ?? 0) - (y[i] ?? 0);
    return x.length - y.length;
}
/**
 * The canonical listing a model digest is taken over: one line `<sha256> <size> <path>\n` per file (lower-case hex,
 * decimal bytes, the POSIX path), sorted by the path's UTF-8 bytes. The same listing on every backend, whatever
 * order the files were stored in.
 * @throws {RangeError} when there is no file, a sha256 is not 64 lower-case hex digits, a size is not a
 *   non-negative integer, a path holds a line break, or two files share a path
 * @example modelFileListing([{ path: 'b.txt', size: 1, sha256: 'b'.repeat(64) }, { path: 'a.txt', size: 2, sha256: 'a'.repeat(64) }]).split('\n')[0]?.slice(65) // => '2 a.txt'
 */
function modelFileListing(files) {
    if (files.length === 0)
        throw new RangeError('modelFileListing: a model needs at least one file');
    const sorted = [...files].sort((a, b) => byUtf8(a.path, b.path));
    return sorted
        .map((file, index) => {
        if (!/^[0-9a-f]{64}$/.test(file.sha256))
            throw new RangeError(`modelFileListing: "${file.path}" needs a 64-digit lower-case hex sha256`);
        if (!Number.isSafeInteger(file.size) || file.size < 0)
            throw new RangeError(`modelFileListing: "${file.path}" needs a non-negative integer size`);
        if (file.path === '' || /[\n\r]/.test(file.path))
            throw new RangeError(`modelFileListing: file path ${JSON.stringify(file.path)} is empty or holds a line break`);
        if (index > 0 && sorted[index - 1]?.path === file.path)
            throw new RangeError(`modelFileListing: "${file.path}" is listed twice`);
        return `${file.sha256} ${file.size} ${file.path}\n`;
    })
        .join('');
}
/**
 * The model digest, defined once for every backend: `sha256:` and the SHA-256 of `modelFileListing(files)`. It
 * names the model by content (file paths, sizes and contents), so a report, a signed statement and a model card
 * can say which model they are about, and a changed file changes it.
 * @throws {RangeError} as modelFileListing
 * @example modelDigest([{ path: 'model.json', size: 3, sha256: 'a'.repeat(64) }]) // => 'sha256:a44022308cffb7225d54d75ba0b0f33036ea944c71acb04dc53cb6a29bd4af3f'
 */
function modelDigest(files) {
    return `sha256:${sha256Hex(encoder.encode(modelFileListing(files)))}`;
}


/***/ }),

/***/ 90794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ policySection)
/* harmony export */ });
/* unused harmony export POLICY_SECTION_KEYS */
/**
 * The top-level keys of each gate's section, at runtime. The compiler holds each list to its section type (a key
 * missing or extra is a type error); test/unit/architecture holds it to schemas/policy/<gate>.schema.json. While a
 * section is still typed as a record (train-on-runner, register-model) only the schema side binds its list.
 */
const POLICY_SECTION_KEYS = {
    'validate-data': {
        severity: true,
        max_examples: true,
        limits: true,
        drift: true,
        monitoring: true,
    },
    'train-on-runner': {
        require_gpus: true,
        timeout_minutes: true,
        telemetry_interval_seconds: true,
        required_metrics: true,
    },
    'evaluate-vs-champion': {
        task: true,
        metrics: true,
        rule_mode: true,
        evidence: true,
        confidence: true,
        resamples: true,
        seed: true,
        decision_threshold: true,
        sample: true,
        slices: true,
        max_latency_ms: true,
        monitoring: true,
        latency: true,
        max_model_bytes: true,
        max_peak_memory_mb: true,
        explainability: true,
        // Deprecated spellings, still accepted (with a warning) for one release.
        'rule-mode': true,
        'decision-threshold': true,
        'max-latency-ms': true,
    },
    'fairness-gate': {
        thresholds: true,
        method: true,
        min_group_size: true,
        use_interval: true,
        confidence: true,
        bootstrap_resamples: true,
        seed: true,
        too_few_groups: true,
        champion_tolerance: true,
        intersectional: true,
        reference_groups: true,
        fail_when: true,
    },
    'register-model': {
        registry: true,
        protected_aliases: true,
        allow_warn: true,
        promotion: true,
        scan: true,
        explanation: true,
    },
    'canary-deploy': {
        steps: true,
        interval: true,
        intervals_per_step: true,
        failure_limit: true,
        inconclusive_limit: true,
        no_traffic: true,
        no_traffic_max_intervals: true,
        bake: true,
        checks: true,
        min_requests: true,
        health_url: true,
        health_timeout: true,
        health_successes: true,
        health_interval: true,
        strategy: true,
        mirror: true,
        ab: true,
        shadow: true,
    },
};
/**
 * The section of one gate, `undefined` when the file has none (the resolver applies its defaults).
 * @example policySection({ 'fairness-gate': { min_group_size: 30 } }, 'fairness-gate') // => { min_group_size: 30 }
 * @example policySection({}, 'canary-deploy') // => undefined
 */
function policySection(document, gate) {
    return document[gate];
}


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

/***/ 78798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/gate/action-outputs.ts
var action_outputs = __webpack_require__(74330);
// EXTERNAL MODULE: ./src/core/train/messages.ts
var messages = __webpack_require__(87224);
;// CONCATENATED MODULE: ./src/core/train/check-model.ts

/**
 * The `train.model` check: `pass` when the model was uploaded (or copied, off a runner), `error` when the training
 * command did not write model-dir or the upload failed (the run itself succeeded, so it is not a `fail`); null when
 * there is no model to judge.
 * @example checkModel({ kind: 'missing', dir: 'model' })?.status // => 'error'
 * @example checkModel({ kind: 'none' }) // => null
 */
function checkModel(artifact) {
    switch (artifact.kind) {
        case 'none':
            return null;
        case 'missing':
            return {
                id: 'train.model',
                status: 'error',
                observed: null,
                message: messages/* trainMessages */.T.modelDirMissing(artifact.dir),
            };
        case 'uploaded':
            return {
                id: 'train.model',
                status: 'pass',
                observed: artifact.name,
                message: messages/* trainMessages */.T.artifactUploaded(artifact.name, artifact.id),
            };
        case 'copied':
            return {
                id: 'train.model',
                status: 'pass',
                observed: artifact.name,
                message: messages/* trainMessages */.T.artifactLocal(artifact.name, artifact.path),
            };
        case 'upload-failed':
            return {
                id: 'train.model',
                status: 'error',
                observed: null,
                message: messages/* trainMessages */.T.artifactUploadFailed(artifact.name, artifact.why),
            };
    }
}

;// CONCATENATED MODULE: ./src/core/train/classify-failure.ts
const CUDA_OOM = /CUDA out of memory|CUDA_ERROR_OUT_OF_MEMORY|cudaErrorMemoryAllocation|OutOfMemoryError|RESOURCE_EXHAUSTED: OOM/i;
const NO_GPU = /no CUDA[- ]capable device|CUDA driver version is insufficient|Found no NVIDIA driver|torch\.cuda\.is_available\(\) is False|NVIDIA-SMI has failed|CUDA_ERROR_NO_DEVICE|no kernel image is available/i;
const HOST_OOM = /\bKilled\b$|Out of memory: Killed process|oom-kill/i;
const MISSING_MODULE = /ModuleNotFoundError: No module named '([^']+)'/;
/**
 * Names the likely causes of a failed run from its exit status and last log lines; [] when nothing is
 * recognisable (or the run succeeded). Exit 137 / SIGKILL without a timeout is the kernel OOM killer's signature.
 *
 * @example classifyFailure({ exitCode: 1, signal: null, timedOut: false, cancelled: false, lines: ['RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB'] })[0].cause // => 'cuda-out-of-memory'
 */
function classifyFailure(facts) {
    const hints = [];
    if (facts.cancelled) {
        hints.push({
            cause: 'cancelled',
            hint: 'the job was cancelled; partial logs and telemetry are kept by the post step',
        });
        return hints;
    }
    if (facts.timedOut) {
        hints.push({ cause: 'timeout', hint: 'raise timeout-minutes, train fewer epochs, or checkpoint and resume' });
        return hints;
    }
    if (facts.exitCode === 0)
        return hints;
    if (facts.lines.some((line) => CUDA_OOM.test(line))) {
        hints.push({
            cause: 'cuda-out-of-memory',
            hint: 'the GPU ran out of memory: lower the batch size, use mixed precision or gradient checkpointing, or require a GPU with more memory (require-gpus memory=…)',
        });
    }
    if (facts.exitCode === 137 || facts.signal === 'SIGKILL' || facts.lines.some((line) => HOST_OOM.test(line.trim()))) {
        hints.push({
            cause: 'oom-killer',
            hint: 'the process was killed with SIGKILL (exit 137), usually by the kernel OOM killer: the runner ran out of RAM; load data in chunks, lower DataLoader workers, or use a larger runner',
        });
    }
    if (facts.lines.some((line) => NO_GPU.test(line))) {
        hints.push({
            cause: 'no-gpu',
            hint: 'the script found no usable CUDA device: run on a GPU runner (runs-on labels) and set require-gpus so a wrong runner fails in seconds',
        });
    }
    const missing = facts.lines.map((line) => MISSING_MODULE.exec(line)?.[1]).find((name) => name !== undefined);
    if (missing !== undefined) {
        hints.push({
            cause: 'missing-module',
            hint: `Python module "${missing}" is not installed: install the dependencies in an earlier step (and cache them with cache-paths)`,
        });
    }
    return hints;
}

;// CONCATENATED MODULE: ./src/core/train/run-succeeded.ts
/**
 * Whether a training run succeeded: it exited with 0, within its timeout, and was not cancelled. Only then are its
 * metrics judged and its model kept.
 * @example runSucceeded({ exitCode: 0, timedOut: false, cancelled: false }) // => true
 * @example runSucceeded({ exitCode: null, timedOut: true, cancelled: false }) // => false
 */
function runSucceeded(run) {
    return run.exitCode === 0 && !run.timedOut && !run.cancelled;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/train/gpu.ts


/** The query fields the preflight asks nvidia-smi for, in order. */
const PREFLIGHT_FIELDS = ['index', 'name', 'memory.total', 'driver_version'];
const UNITS = {
    mib: 1,
    mb: 1,
    gib: 1024,
    gb: 1024,
    tib: 1024 * 1024,
    tb: 1024 * 1024,
};
/**
 * Parses `require-gpus`: a bare count (`2`), or comma-separated `key=value` pairs: `count`, `memory` (per GPU,
 * with unit MiB/GiB/TiB, MB/GB treated as binary as nvidia-smi does), `name` (alternatives separated by `|`).
 *
 * @throws ConfigurationError naming the bad part.
 * @example parseGpuRequirement('count=2,memory=40GiB,name=A100|H100') // => { count: 2, minMemoryMiB: 40960, names: ['A100', 'H100'] }
 */
function parseGpuRequirement(text) {
    const trimmed = text.trim();
    const fail = (why) => {
        throw new errors/* ConfigurationError */.j1(messages/* trainMessages */.T.badGpuRequirement(text, why), { input: 'require-gpus' }, 'write a count such as 2, or count=2,memory=40GiB,name=A100|H100');
    };
    if (/^\d+$/.test(trimmed))
        return { count: Number(trimmed) };
    let count;
    let minMemoryMiB;
    let names;
    for (const part of trimmed.split(',')) {
        const match = /^\s*([a-z-]+)\s*=\s*(.+?)\s*$/i.exec(part);
        if (match === null)
            return fail(`"${part.trim()}" is not key=value`);
        const key = match[1].toLowerCase();
        const value = match[2];
        if (key === 'count') {
            if (!/^\d+$/.test(value))
                return fail(`count "${value}" is not a whole number`);
            count = Number(value);
        }
        else if (key === 'memory') {
            const m = /^(\d+(?:\.\d+)?)\s*([a-z]+)?$/i.exec(value);
            const unit = (m?.[2] ?? 'MiB').toLowerCase();
            const factor = UNITS[unit];
            if (m === null || factor === undefined)
                return fail(`memory "${value}" is not a size such as 40GiB or 16000MiB`);
            minMemoryMiB = Math.round(Number(m[1]) * factor);
        }
        else if (key === 'name') {
            names = value
                .split('|')
                .map((n) => n.trim())
                .filter((n) => n !== '');
            if (names.length === 0)
                return fail('name is empty');
        }
        else {
            return fail(`unknown key "${key}" (use count, memory, name)`);
        }
    }
    return {
        count: count ?? 1,
        ...(minMemoryMiB === undefined ? {} : { minMemoryMiB }),
        ...(names === undefined ? {} : { names }),
    };
}
/** A number from an nvidia-smi CSV cell (nounits); null for `[N/A]`, `[Not Supported]` and the like. */
function parseSmiNumber(cell) {
    if (cell === undefined)
        return null;
    const value = cell.trim();
    if (!/^[+-]?\d+(\.\d+)?$/.test(value))
        return null;
    return Number(value);
}
/**
 * Splits `--format=csv,noheader,nounits` output into rows of trimmed cells, one row per GPU (empty lines dropped).
 * NVIDIA separates cells with ", "; GPU names contain no commas.
 * @example parseSmiCsv('0, NVIDIA A100-SXM4-40GB, 40960\n') // => [['0', 'NVIDIA A100-SXM4-40GB', '40960']]
 */
function parseSmiCsv(text) {
    return text
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '')
        .map((line) => line.split(',').map((cell) => cell.trim()));
}
/**
 * GPUs from the output of a query with PREFLIGHT_FIELDS.
 * @throws Error when a row has fewer cells than fields (the caller reports it as an nvidia-smi failure).
 * @example parseGpuInventory('0, Tesla T4, 15360, 535.104.05') // => [{ index: 0, name: 'Tesla T4', memoryTotalMiB: 15360, driverVersion: '535.104.05' }]
 */
function parseGpuInventory(text) {
    return parseSmiCsv(text).map((cells, row) => {
        if (cells.length < PREFLIGHT_FIELDS.length)
            throw new Error(`row ${row + 1} has ${cells.length} fields, expected ${PREFLIGHT_FIELDS.length}: ${cells.join(', ')}`);
        return {
            index: parseSmiNumber(cells[0]) ?? row,
            name: cells[1],
            memoryTotalMiB: parseSmiNumber(cells[2]) ?? 0,
            driverVersion: cells[3],
        };
    });
}
/** The CUDA version from the banner of plain `nvidia-smi` (`CUDA Version: 12.2`), or null. */
function parseCudaVersion(banner) {
    return /CUDA Version:\s*([\d.]+)/.exec(banner)?.[1] ?? null;
}
/** `2× NVIDIA A100-SXM4-40GB (40960 MiB)` style description of what a runner has. */
function describeGpus(gpus) {
    if (gpus.length === 0)
        return 'no GPUs';
    const groups = new Map();
    for (const gpu of gpus) {
        const key = `${gpu.name} (${gpu.memoryTotalMiB} MiB)`;
        groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    return [...groups].map(([key, n]) => `${n}× ${key}`).join(', ');
}
/** `2 GPUs with ≥ 40960 MiB named A100|H100` style description of a requirement. */
function describeRequirement(requirement) {
    let text = `${requirement.count} GPU${requirement.count === 1 ? '' : 's'}`;
    if (requirement.minMemoryMiB !== undefined)
        text += ` with ≥ ${requirement.minMemoryMiB} MiB`;
    if (requirement.names !== undefined)
        text += ` named ${requirement.names.join('|')}`;
    return text;
}
/** The GPUs that satisfy the memory and name parts of a requirement. */
function matchingGpus(gpus, requirement) {
    return gpus.filter((gpu) => (requirement.minMemoryMiB === undefined || gpu.memoryTotalMiB >= requirement.minMemoryMiB) &&
        (requirement.names === undefined ||
            requirement.names.some((n) => gpu.name.toLowerCase().includes(n.toLowerCase()))));
}

;// CONCATENATED MODULE: ./src/core/train/telemetry.ts

/** The per-GPU fields sampled during training, in the order the query asks for them. */
const TELEMETRY_FIELDS = [
    'index',
    'utilization.gpu',
    'memory.used',
    'memory.total',
    'power.draw',
    'temperature.gpu',
];
/**
 * Parses one `nvidia-smi --query-gpu=<TELEMETRY_FIELDS> --format=csv,noheader,nounits` answer.
 * @example parseGpuSamples('0, 87, 30000, 40960, 250.5, 61') // => [{ index: 0, utilization: 87, memoryUsedMiB: 30000, memoryTotalMiB: 40960, powerW: 250.5, temperatureC: 61 }]
 */
function parseGpuSamples(text) {
    return parseSmiCsv(text).map((cells, row) => ({
        index: parseSmiNumber(cells[0]) ?? row,
        utilization: parseSmiNumber(cells[1]),
        memoryUsedMiB: parseSmiNumber(cells[2]),
        memoryTotalMiB: parseSmiNumber(cells[3]),
        powerW: parseSmiNumber(cells[4]),
        temperatureC: parseSmiNumber(cells[5]),
    }));
}
/** CPU busy percent between two `/proc/stat` "cpu" lines (user nice system idle iowait irq softirq steal). */
function cpuPercentBetween(previous, current) {
    const fields = (line) => line.trim().split(/\s+/).slice(1, 9).map(Number);
    const a = fields(previous);
    const b = fields(current);
    if (a.length < 4 || b.length < 4 || a.some((n) => !Number.isFinite(n)) || b.some((n) => !Number.isFinite(n)))
        return null;
    const total = (xs) => xs.reduce((s, x) => s + x, 0);
    const idle = (xs) => (xs[3] ?? 0) + (xs[4] ?? 0);
    const dt = total(b) - total(a);
    if (dt <= 0)
        return null;
    return Math.max(0, Math.min(100, (100 * (dt - (idle(b) - idle(a)))) / dt));
}
/** Used RAM in MiB from `/proc/meminfo` (MemTotal − MemAvailable). */
function ramUsedFromMeminfo(meminfo) {
    const kib = (key) => {
        const m = new RegExp(`^${key}:\\s+(\\d+)\\s*kB`, 'm').exec(meminfo);
        return m === null ? null : Number(m[1]);
    };
    const total = kib('MemTotal');
    const available = kib('MemAvailable');
    return total === null || available === null ? null : Math.round((total - available) / 1024);
}
const mean = (xs) => xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length;
const max = (xs) => xs.length === 0 ? null : xs.reduce((m, x) => (x > m ? x : m), -Infinity);
const present = (xs) => xs.filter((x) => x !== null);
/**
 * Peak GPU memory (max over samples and GPUs), mean GPU utilisation (over samples and GPUs), peak RAM, mean CPU.
 * @example summarizeTelemetry([]).peakGpuMemoryMiB // => null
 */
function summarizeTelemetry(samples) {
    const gpus = samples.flatMap((s) => s.gpus);
    return {
        samples: samples.length,
        peakGpuMemoryMiB: max(present(gpus.map((g) => g.memoryUsedMiB))),
        meanGpuUtilization: mean(present(gpus.map((g) => g.utilization))),
        peakRamMiB: max(present(samples.map((s) => s.ramUsedMiB))),
        meanCpuPercent: mean(present(samples.map((s) => s.cpuPercent))),
    };
}
/** Keeps at most `limit` evenly spaced samples (first and last included) so charts stay readable. */
function thinSamples(samples, limit) {
    if (samples.length <= limit || limit < 2)
        return [...samples];
    const out = [];
    for (let i = 0; i < limit; i++)
        out.push(samples[Math.round((i * (samples.length - 1)) / (limit - 1))]);
    return out;
}
/** Line figures (GPU utilisation, GPU memory, power, temperature per GPU; CPU and RAM) for the report. */
function telemetryFigures(samples, limit = 40) {
    const thin = thinSamples(samples, limit);
    if (thin.length === 0)
        return [];
    const x = thin.map((s) => Math.round(s.t * 10) / 10);
    const indexes = [...new Set(thin.flatMap((s) => s.gpus.map((g) => g.index)))].sort((a, b) => a - b);
    const figures = [];
    const gpuLine = (title, yLabel, pick) => {
        const series = indexes.map((index) => ({
            name: `GPU ${index}`,
            values: thin.map((s) => pick(s.gpus.find((g) => g.index === index) ?? {}) ?? 0),
        }));
        if (series.some((s) => s.values.some((v) => v !== 0)))
            figures.push({ kind: 'line', title, x, series, xLabel: 'seconds', yLabel });
    };
    if (indexes.length > 0) {
        gpuLine('GPU utilisation', '%', (g) => g.utilization ?? null);
        gpuLine('GPU memory used', 'MiB', (g) => g.memoryUsedMiB ?? null);
        gpuLine('GPU power', 'W', (g) => g.powerW ?? null);
        gpuLine('GPU temperature', '°C', (g) => g.temperatureC ?? null);
    }
    if (thin.some((s) => s.cpuPercent !== null)) {
        figures.push({
            kind: 'line',
            title: 'CPU busy',
            x,
            series: [{ name: 'CPU', values: thin.map((s) => s.cpuPercent ?? 0) }],
            xLabel: 'seconds',
            yLabel: '%',
        });
    }
    if (thin.some((s) => s.ramUsedMiB !== null)) {
        figures.push({
            kind: 'line',
            title: 'RAM used',
            x,
            series: [{ name: 'RAM', values: thin.map((s) => s.ramUsedMiB ?? 0) }],
            xLabel: 'seconds',
            yLabel: 'MiB',
        });
    }
    return figures;
}

;// CONCATENATED MODULE: ./src/core/train/decide-training.ts






const Out = action_outputs/* Outputs */.t['train-on-runner'];
function seconds(ms) {
    return ms < 120_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 60_000).toFixed(1)} min`;
}
/** Markdown code fence that the text cannot break out of. */
function fence(lines) {
    const text = lines.join('\n');
    let ticks = '```';
    while (text.includes(ticks))
        ticks += '`';
    return `${ticks}text\n${text}\n${ticks}`;
}
/**
 * The train-on-runner decision: the GPU preflight, the exit status (with hints for recognisable failures and the
 * last log lines), and — for a run that succeeded — its metrics and model artifact; figures for the metrics, the
 * run, the cache and the telemetry; the outputs; and the subject (the commit and the data files' digests).
 * @example (illustrative) decideTraining(facts).outcome.checks[1]?.id // => 'train.exit'
 */
function decideTraining(facts) {
    const l = facts.lineage;
    const hints = classifyFailure({
        exitCode: l.exitCode,
        signal: l.signal,
        timedOut: l.timedOut,
        cancelled: l.cancelled,
        lines: facts.lastLines,
    });
    const exitText = l.exitCode !== null ? `exit code ${l.exitCode}` : `signal ${l.signal ?? 'unknown'}`;
    const ok = runSucceeded(l);
    const exitCheck = trainExitCheck(facts, hints, ok, exitText);
    // A preflight without a GPU requirement is a note (status skipped), not a check: a skipped check would make the
    // whole report read "skipped" (STATUS_ORDER ranks it above pass).
    const checks = facts.preflight.status === 'skipped' ? [exitCheck] : [facts.preflight, exitCheck];
    const modelCheck = checkModel(facts.model);
    if (ok) {
        checks.push(facts.metricsCheck);
        if (modelCheck !== null)
            checks.push(modelCheck);
    }
    const summary = summarizeTelemetry(facts.samples);
    const figures = [];
    if (!ok)
        figures.push(failureFigure(hints, facts.lastLines));
    const metricRows = Object.entries(l.metrics).map(([name, value]) => [name, value]);
    if (metricRows.length > 0)
        figures.push({ kind: 'table', title: 'Metrics', columns: ['metric', 'value'], rows: metricRows });
    figures.push(runFigure(facts, summary));
    figures.push(...telemetryFigures(facts.samples));
    figures.push(...provenanceFigures(l));
    // A run that exited 0 but left a failing check (metrics missing, no model) must not be titled "finished".
    const broken = checks.find((c) => c.status === 'fail' || c.status === 'error');
    const title = !ok
        ? failureTitle(facts, exitText, hints)
        : broken === undefined
            ? messages/* trainMessages */.T.finishedTitle(seconds(l.durationMs), metricRows.length)
            : messages/* trainMessages */.T.finishedButTitle(seconds(l.durationMs), broken.message);
    const subject = {
        ...(l.model.digest === null ? {} : { modelDigest: l.model.digest }),
        ...(l.commit === null ? {} : { commit: l.commit }),
        ...(l.dataFiles.length === 0 ? {} : { dataHashes: Object.fromEntries(l.dataFiles.map((f) => [f.path, f.sha256])) }),
    };
    return { outcome: { title, checks, figures, outputs: trainOutputs(facts, summary) }, subject };
}
/** `train.exit`: whether the command succeeded, worded for a timeout, a cancellation, success or failure. */
function trainExitCheck(facts, hints, ok, exitText) {
    const l = facts.lineage;
    return {
        id: 'train.exit',
        status: ok ? 'pass' : 'fail',
        observed: l.exitCode ?? l.signal,
        message: l.timedOut
            ? messages/* trainMessages */.T.timedOut(facts.timeoutMinutes)
            : l.cancelled
                ? messages/* trainMessages */.T.cancelled()
                : ok
                    ? messages/* trainMessages */.T.exitOk(seconds(l.durationMs))
                    : messages/* trainMessages */.T.exitFailed(exitText, seconds(l.durationMs)),
        ...(hints.length === 0 ? {} : { details: { hints } }),
    };
}
/** The title of a run that did not succeed: timed out, cancelled, or failed with its first recognised cause. */
function failureTitle(facts, exitText, hints) {
    if (facts.lineage.timedOut)
        return messages/* trainMessages */.T.timedOutTitle(facts.timeoutMinutes);
    if (facts.lineage.cancelled)
        return messages/* trainMessages */.T.cancelledTitle();
    return messages/* trainMessages */.T.failedTitle(exitText, hints[0]?.cause);
}
/** "Why it failed": the recognised causes with their hints, and the last log lines. */
function failureFigure(hints, lastLines) {
    const hintText = hints.map((h) => `- **${h.cause}**: ${h.hint}`).join('\n');
    return {
        kind: 'text',
        title: 'Why it failed',
        markdown: `${hintText === '' ? messages/* trainMessages */.T.noRecognisableCause() : hintText}\n\nLast ${lastLines.length} log lines:\n\n${fence(lastLines)}`,
    };
}
/** "Params" (as given, secret-named values masked) and "Data" (each declared file's sha256 and size). */
function provenanceFigures(l) {
    const figures = [];
    const params = Object.entries(l.params);
    if (params.length > 0)
        figures.push({
            kind: 'table',
            title: 'Params',
            columns: ['param', 'value'],
            rows: params.map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]),
        });
    if (l.dataFiles.length > 0)
        figures.push({
            kind: 'table',
            title: 'Data',
            columns: ['file', 'sha256', 'bytes'],
            rows: l.dataFiles.map((f) => [f.path, f.sha256, f.bytes]),
        });
    return figures;
}
/** The commit as `abc1234` plus "(uncommitted changes)" when the checkout was dirty; — when unknown. */
function commitText(l) {
    if (l.commit === null)
        return '—';
    return l.commitDirty === true ? `${l.commit} (with uncommitted changes)` : l.commit;
}
/** The "Run" table: command, runner, GPUs, duration, cache, model and telemetry summary. */
function runFigure(facts, summary) {
    const l = facts.lineage;
    return {
        kind: 'table',
        title: 'Run',
        columns: ['item', 'value'],
        rows: [
            ['command', l.command.join(' ')],
            [
                'interpreter',
                l.interpreter.path === null
                    ? `${l.interpreter.argv0} (not found on PATH)`
                    : `${l.interpreter.path}${l.interpreter.version === null ? '' : ` (${l.interpreter.version})`}`,
            ],
            ['commit', commitText(l)],
            ['runner', runnerText(l.runner)],
            ['GPU preflight', facts.preflight.message],
            [
                'GPUs',
                l.gpus.length === 0 ? 'none' : l.gpus.map((g) => `${g.index}: ${g.name} ${g.memoryTotalMiB} MiB`).join('; '),
            ],
            ['driver / CUDA', `${l.driverVersion ?? '—'} / ${l.cudaVersion ?? '—'}`],
            ['duration', seconds(l.durationMs)],
            [
                'cache',
                facts.cache === null
                    ? 'not configured'
                    : `${facts.cache.hit ? 'hit' : 'miss'} (${facts.cache.backend}) ${facts.cache.key}`,
            ],
            ['model', modelText(l.model)],
            ['model digest', l.model.digest ?? '—'],
            [
                'packages',
                `${l.packages.lockfiles.map((f) => `${f.path} ${f.sha256.slice(0, 12)}`).join(', ') || 'no lockfile'}` +
                    (l.packages.python === null
                        ? ''
                        : `; ${Object.keys(l.packages.python).length} Python packages (lineage.json)`),
            ],
            ['peak GPU memory', summary.peakGpuMemoryMiB === null ? '—' : `${summary.peakGpuMemoryMiB} MiB`],
            [
                'mean GPU utilisation',
                summary.meanGpuUtilization === null ? '—' : `${summary.meanGpuUtilization.toFixed(1)} %`,
            ],
            ['telemetry samples', summary.samples],
        ],
    };
}
/** The runner as `name (os/arch) labels: …`. */
function runnerText(runner) {
    const labels = runner.labels.length > 0 ? ` labels: ${runner.labels.join(', ')}` : '';
    return `${runner.name ?? 'local'} (${runner.os ?? '?'}/${runner.arch ?? '?'})${labels}`;
}
/** Where the model went: the uploaded artifact, a local copy, or nowhere. */
function modelText(model) {
    if (model.artifactId !== null)
        return `artifact ${model.artifactName ?? ''} (id ${model.artifactId})`;
    if (model.localCopy !== null)
        return `local copy ${model.localCopy} (not on a runner: not uploaded)`;
    return '—';
}
/** The action's outputs ('' for what the run did not produce). */
function trainOutputs(facts, summary) {
    const l = facts.lineage;
    return {
        [Out.ExitCode]: l.exitCode === null ? '' : String(l.exitCode),
        [Out.MetricsPath]: facts.paths.metrics,
        [Out.ModelPath]: l.model.path ?? '',
        [Out.ArtifactId]: l.model.artifactId === null ? '' : String(l.model.artifactId),
        [Out.LocalArtifactPath]: l.model.localCopy ?? '',
        [Out.LineagePath]: facts.paths.lineage,
        [Out.TelemetryPath]: facts.paths.telemetry,
        [Out.LogPath]: facts.paths.log,
        [Out.CacheHit]: facts.cache === null ? '' : String(facts.cache.hit),
        [Out.PeakGpuMemoryMib]: summary.peakGpuMemoryMiB === null ? '' : String(summary.peakGpuMemoryMiB),
        [Out.MeanGpuUtilization]: summary.meanGpuUtilization === null ? '' : summary.meanGpuUtilization.toFixed(2),
    };
}

// EXTERNAL MODULE: ./src/core/secrets/secret-redactor.ts + 1 modules
var secret_redactor = __webpack_require__(27992);
;// CONCATENATED MODULE: ./src/core/secrets/secret-arguments.ts

/** Words that make a parameter or flag name a credential's: `api_key`, `--hf-token`, `dbPassword`, `SECRET`. */
const SECRET_WORD = /^(?:\w*token\w*|\w*secret\w*|\w*passw(?:or)?d\w*|passphrase|credentials?|keys?|apikey|pat)$/;
/**
 * Whether a parameter, flag or variable name says its value is a credential: one of its words (split at
 * non-letters and camelCase) is a token, secret, password, credential or key word.
 * @example isSecretName('api_key') // => true
 * @example isSecretName('--hf-token') // => true
 * @example isSecretName('dbPassword') // => true
 * @example isSecretName('monkey_count') // => false
 */
function isSecretName(name) {
    const words = name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toLowerCase()
        .split(/[^a-z0-9]+/);
    return words.some((word) => SECRET_WORD.test(word));
}
const scalarText = (value) => typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'bigint' ? String(value) : undefined;
/**
 * The values of secret-named parameters (at any depth) and argv entries (`--api-token VALUE`,
 * `--api-token=VALUE`, `API_TOKEN=VALUE`): what the redactor must register before anything about the run is
 * published.
 * @example secretArgumentValues({ lr: 0.1, api_key: 'k-123456' }, ['train', '--hf-token', 'hf-abcdef', 'PASSWORD=pw-98765']) // => ['k-123456', 'hf-abcdef', 'pw-98765']
 */
function secretArgumentValues(params, argv) {
    const values = [];
    const walk = (value, secret) => {
        const text = scalarText(value);
        if (text !== undefined) {
            if (secret && text !== '')
                values.push(text);
        }
        else if (Array.isArray(value))
            for (const item of value)
                walk(item, secret);
        else if (value !== null && typeof value === 'object')
            for (const [name, inner] of Object.entries(value))
                walk(inner, secret || isSecretName(name));
    };
    walk(params, false);
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] ?? '';
        const assigned = /^(-{0,2}[A-Za-z_][\w.-]*)=(.+)$/s.exec(arg);
        if (assigned !== null) {
            if (isSecretName(assigned[1] ?? ''))
                values.push(assigned[2] ?? '');
        }
        else if (/^--?[A-Za-z]/.test(arg) && isSecretName(arg)) {
            const next = argv[i + 1];
            if (next !== undefined && !next.startsWith('-'))
                values.push(next);
        }
    }
    return values;
}
/**
 * Params and argv with every secret-named value replaced by `***`, for the lineage record and the model card
 * (the command itself still gets the real values).
 * @example maskSecretArguments({ api_key: 'k-123456', lr: 0.1 }, ['t', '--token', 'abcdef']) // => { params: { api_key: '***', lr: 0.1 }, argv: ['t', '--token', '***'] }
 */
function maskSecretArguments(params, argv) {
    const secrets = new Set(secretArgumentValues(params, argv));
    const mask = (value, secret) => {
        if (scalarText(value) !== undefined)
            return secret ? secret_redactor/* REDACTED */.XF : value;
        if (Array.isArray(value))
            return value.map((item) => mask(item, secret));
        if (value !== null && typeof value === 'object')
            return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, mask(inner, secret || isSecretName(name))]));
        return value;
    };
    const maskArg = (arg) => {
        let out = arg;
        for (const secret of secrets)
            if (secret.length > 0)
                out = out.split(secret).join(secret_redactor/* REDACTED */.XF);
        return out;
    };
    return { params: mask(params, false), argv: argv.map(maskArg) };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/error-message.ts
var error_message = __webpack_require__(90007);
;// CONCATENATED MODULE: ./src/core/train/parse-metric-line.ts
/**
 * The documented log-line metric format: `modelgate:metric name=value [name=value …]`, anywhere in a line
 * (after a timestamp or logger prefix). Names are letters, digits, `_`, `.`, `-`, `/`; values are decimal numbers
 * (NaN and infinities are ignored). Returns [] for a line without the marker.
 *
 * @example parseMetricLine('epoch 3 modelgate:metric accuracy=0.91 loss=0.23') // => [['accuracy', 0.91], ['loss', 0.23]]
 */
function parseMetricLine(line) {
    const at = line.indexOf('modelgate:metric ');
    if (at < 0)
        return [];
    const out = [];
    for (const match of line
        .slice(at + 'modelgate:metric '.length)
        .matchAll(/([A-Za-z_][A-Za-z0-9_./-]*)=([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(?=\s|$)/g)) {
        const value = Number(match[2]);
        if (Number.isFinite(value))
            out.push([match[1], value]);
    }
    return out;
}
/**
 * Checks a parsed metrics file: a JSON object whose values are finite numbers (nested objects and other types are
 * reported, not dropped silently). Returns the numbers and the keys that were not numbers.
 * @example readMetricsObject({ accuracy: 0.9, note: 'x' }) // => { metrics: { accuracy: 0.9 }, ignored: ['note'] }
 */
function readMetricsObject(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return null;
    const metrics = {};
    const ignored = [];
    for (const [key, v] of Object.entries(value)) {
        if (typeof v === 'number' && Number.isFinite(v))
            metrics[key] = v;
        else
            ignored.push(key);
    }
    return { metrics, ignored };
}

;// CONCATENATED MODULE: ./src/core/train/check-metrics.ts


/**
 * Merges metrics from log lines and the metrics file (the file wins) and judges them: `error` when a declared
 * file is missing or not an object of numbers, or a required metric is absent; `warn` when nothing was recorded.
 * @example checkMetrics({ kind: 'not-declared' }, { loss: 0.2 }, []).check.status // => 'pass'
 */
function checkMetrics(file, lineMetrics, required) {
    const metrics = { ...lineMetrics };
    const error = (message) => ({
        metrics,
        check: { id: 'train.metrics', status: 'error', observed: null, message },
    });
    if (file.kind === 'missing')
        return error(messages/* trainMessages */.T.metricsFileMissing(file.name));
    if (file.kind === 'unparsable')
        return error(messages/* trainMessages */.T.metricsFileInvalid(file.name, file.why));
    if (file.kind === 'parsed') {
        const parsed = readMetricsObject(file.value);
        if (parsed === null)
            return error(messages/* trainMessages */.T.metricsFileInvalid(file.name, 'not an object'));
        Object.assign(metrics, parsed.metrics);
    }
    const count = Object.keys(metrics).length;
    const missing = required.filter((name) => metrics[name] === undefined);
    if (missing.length > 0)
        return {
            metrics,
            check: {
                id: 'train.metrics',
                status: 'error',
                observed: count,
                message: messages/* trainMessages */.T.requiredMetricsMissing(missing),
            },
        };
    if (count === 0)
        return { metrics, check: { id: 'train.metrics', status: 'warn', observed: 0, message: messages/* trainMessages */.T.noMetrics() } };
    return {
        metrics,
        check: { id: 'train.metrics', status: 'pass', observed: count, message: messages/* trainMessages */.T.metricsFound(count) },
    };
}

;// CONCATENATED MODULE: ./src/train-on-runner/collect-metrics.ts




function readMetricsFile(name, path) {
    if (name === undefined)
        return { kind: 'not-declared' };
    if (!(0,external_node_fs_.existsSync)(path))
        return { kind: 'missing', name };
    try {
        return { kind: 'parsed', name, value: JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8')) };
    }
    catch (error) {
        return { kind: 'unparsable', name, why: (0,error_message/* errorMessage */.g)(error) };
    }
}
/**
 * The run's metrics: its `modelgate:metric` log lines with the declared metrics file over them, judged by
 * checkMetrics. Without a metrics file they are written to metrics.json in the run folder (the `metrics-path`).
 */
function collectMetrics(inputs, required, folder, lineMetrics) {
    const path = inputs.metricsFile === undefined ? (0,external_node_path_.join)(folder.runDir, 'metrics.json') : (0,external_node_path_.resolve)(folder.cwd, inputs.metricsFile);
    const { metrics, check } = checkMetrics(readMetricsFile(inputs.metricsFile, path), lineMetrics, required);
    if (inputs.metricsFile === undefined)
        (0,external_node_fs_.writeFileSync)(path, JSON.stringify(metrics, null, 2));
    return { metrics, check, path };
}

// EXTERNAL MODULE: ./src/train-on-runner/inputs.ts + 3 modules
var train_on_runner_inputs = __webpack_require__(97907);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/core/train/environment-facts.ts
/**
 * Pure parts of what train-on-runner records about the environment a training ran in (lineage.json): which
 * programs are interpreters whose `--version` may be asked, which files are dependency lockfiles, and how
 * `pip list --format=freeze` reads.
 */
/**
 * Programs known to print their version for `--version` and exit without doing anything else. Only these are
 * asked: an arbitrary training program (`./train.sh`) could ignore the flag and start training.
 */
const INTERPRETER = /^(?:python(?:\d+(?:\.\d+)*)?|pypy3?|node|bun|deno|ruby|perl|julia|Rscript|R|java|uv|conda|mamba|micromamba|poetry|pipenv|pixi|bash|sh|zsh)$/;
/**
 * Whether `name` (the last path segment of argv[0]) is an interpreter or environment runner safe to ask for its version.
 * @example isKnownInterpreter('python3.11') // => true
 * @example isKnownInterpreter('train.sh') // => false
 */
function isKnownInterpreter(name) {
    return INTERPRETER.test(name);
}
/**
 * Whether `name` is a Python interpreter (its version is the lineage's `tools.python`; its `pip list` the packages).
 * @example isPythonInterpreter('python3') // => true
 * @example isPythonInterpreter('node') // => false
 */
function isPythonInterpreter(name) {
    return /^(?:python(?:\d+(?:\.\d+)*)?|pypy3?)$/.test(name);
}
/** Dependency lockfiles and manifests whose digest pins what a training installed (pip, conda, uv, poetry, npm…). */
const LOCKFILE_NAMES = [
    'requirements.txt',
    'requirements.lock',
    'constraints.txt',
    'poetry.lock',
    'Pipfile.lock',
    'uv.lock',
    'pdm.lock',
    'pixi.lock',
    'environment.yml',
    'environment.yaml',
    'conda-lock.yml',
    'package-lock.json',
    'pnpm-lock.yaml',
    'yarn.lock',
];
/** The most packages kept from `pip list` (a huge environment must not bloat every model card). */
const MAX_PACKAGES = 2000;
/**
 * Package → version from `pip list --format=freeze` lines (`name==version`); other lines (editable installs
 * `-e …`, `name @ file://…`, warnings) are skipped. Keeps at most MAX_PACKAGES, in the order given.
 * @example parsePipFreeze(['numpy==1.24.2', '-e git+https://x', 'scikit-learn==1.2.1']) // => { numpy: '1.24.2', 'scikit-learn': '1.2.1' }
 */
function parsePipFreeze(lines) {
    const packages = {};
    let kept = 0;
    for (const line of lines) {
        const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)$/.exec(line.trim());
        if (match === null || kept >= MAX_PACKAGES)
            continue;
        packages[match[1]] = match[2];
        kept++;
    }
    return packages;
}

// EXTERNAL MODULE: ./src/io/hash-file.ts
var hash_file = __webpack_require__(12145);
// EXTERNAL MODULE: ./src/io/run-command.ts
var run_command = __webpack_require__(42221);
;// CONCATENATED MODULE: ./src/train-on-runner/environment-facts.ts





/** What a short probe printed (its stdout then stderr lines) when it exited 0, or null; never throws. */
async function probe(argv, options) {
    try {
        const r = await (0,run_command/* runCommand */.d1)(argv, {
            env: options.env,
            ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
            timeoutMs: options.timeoutMs ?? 10_000,
            killGraceMs: 500,
            keepTailLines: options.keepTailLines ?? 5,
        });
        return r.exitCode === 0 ? [...r.stdoutTail, ...r.stderrTail] : null;
    }
    catch {
        return null;
    }
}
function isExecutableFile(path) {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
/**
 * argv[0] as the child process finds it: a path with a slash is taken relative to the working directory, a bare
 * name is looked up in the PATH the command gets (as execvp does). The real path, so a symlink such as
 * /usr/bin/python3 → python3.11 names the binary. Null when it cannot be found.
 */
function resolveProgram(argv0, cwd, env) {
    const candidates = argv0.includes('/')
        ? [(0,external_node_path_.isAbsolute)(argv0) ? argv0 : (0,external_node_path_.resolve)(cwd, argv0)]
        : (env.PATH ?? '')
            .split(external_node_path_.delimiter)
            .filter((dir) => dir !== '')
            .map((dir) => (0,external_node_path_.join)((0,external_node_path_.resolve)(cwd, dir), argv0));
    const found = candidates.find(isExecutableFile);
    if (found === undefined)
        return null;
    try {
        return (0,external_node_fs_.realpathSync)(found);
    }
    catch {
        return found;
    }
}
/** The lineage's `interpreter`: argv[0] resolved, and its version when it is a known interpreter. */
async function describeInterpreter(argv0, cwd, env) {
    const path = resolveProgram(argv0, cwd, env);
    // Asked exactly as the training was started (the same argv[0], working directory and environment: a pyenv shim
    // named python3 answers for the Python it dispatches to), and only for known interpreters: an unknown program
    // could ignore --version and do its work.
    const version = path !== null && isKnownInterpreter((0,external_node_path_.basename)(argv0))
        ? ((await probe([argv0, '--version'], { env, cwd }))?.[0] ?? null)
        : null;
    return { argv0, path, version };
}
/**
 * Off a runner (no GITHUB_SHA): the commit of the working directory's git checkout and whether tracked files
 * differ from it; nulls outside a repository or without git.
 */
async function gitCommit(cwd, env) {
    const head = await probe(['git', 'rev-parse', 'HEAD'], { env, cwd });
    const commit = head?.[0]?.trim() ?? '';
    if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(commit))
        return { commit: null, dirty: null };
    const status = await probe(['git', 'status', '--porcelain', '--untracked-files=no'], { env, cwd, keepTailLines: 1 });
    return { commit, dirty: status === null ? null : status.some((line) => line.trim() !== '') };
}
/** The lineage's `packages`: the digests of the lockfiles in `cwd`, and `pip list` when the interpreter is Python. */
async function describePackages(interpreter, cwd, env) {
    const lockfiles = [];
    for (const name of LOCKFILE_NAMES) {
        const path = (0,external_node_path_.join)(cwd, name);
        if ((0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isFile())
            lockfiles.push({ path: name, sha256: await (0,hash_file/* sha256File */.Q)(path) });
    }
    let python = null;
    if (interpreter.path !== null && isPythonInterpreter((0,external_node_path_.basename)(interpreter.argv0))) {
        const argv = [interpreter.argv0, '-m', 'pip', 'list', '--format=freeze', '--disable-pip-version-check'];
        const lines = await probe(argv, {
            env,
            cwd,
            timeoutMs: 30_000,
            keepTailLines: MAX_PACKAGES + 50,
        });
        python = lines === null ? null : parsePipFreeze(lines);
    }
    return { lockfiles, python };
}

;// CONCATENATED MODULE: ./src/train-on-runner/lineage.ts







/** sha256 and size of each declared data file (relative to the working directory), streamed. */
async function hashDataFiles(paths, cwd) {
    const files = [];
    for (const path of paths) {
        const full = (0,external_node_path_.resolve)(cwd, path);
        files.push({ path, sha256: await (0,hash_file/* sha256File */.Q)(full), bytes: (0,external_node_fs_.statSync)(full).size });
    }
    return files;
}
/** What ran, from what code, with what installed: the interpreter, Python's version, the commit, the packages. */
async function describeCode(context, argv0, cwd) {
    const env = { ...context.env };
    const interpreter = await describeInterpreter(argv0, cwd, env);
    // tools.python: the Python the command ran when it ran one; otherwise the one its scripts get from PATH.
    const python = interpreter.version !== null && isPythonInterpreter((0,external_node_path_.basename)(interpreter.argv0))
        ? interpreter.version
        : resolveProgram('python3', cwd, env) !== null
            ? (await describeInterpreter('python3', cwd, env)).version
            : null;
    const git = context.github.sha === undefined ? await gitCommit(cwd, env) : { commit: context.github.sha, dirty: null };
    return { interpreter, python, git, packages: await describePackages(interpreter, cwd, env) };
}
/** Writes lineage.json into the run folder (the `lineage-path` output): what ran, where, on what, with what result. */
async function writeLineage(context, parts) {
    const { inputs, run, model, inventory } = parts;
    const { interpreter, python, git, packages } = await describeCode(context, inputs.command[0] ?? '', parts.folder.cwd);
    // The record (and the model card made from it) keeps no secret-named param or argv value.
    const masked = maskSecretArguments(inputs.params, inputs.command);
    const lineage = {
        schemaVersion: 1,
        kind: 'modelgate.train-lineage',
        commit: git.commit,
        commitDirty: git.dirty,
        repository: context.github.repository ?? null,
        runUrl: context.github.runUrl ?? null,
        command: masked.argv,
        workingDirectory: parts.folder.cwd,
        params: masked.params,
        dataFiles: parts.dataFiles,
        runner: {
            name: parts.runnerName ?? null,
            os: context.env.RUNNER_OS ?? (0,external_node_os_.platform)(),
            arch: context.env.RUNNER_ARCH ?? (0,external_node_os_.arch)(),
            labels: inputs.runnerLabels,
        },
        gpus: inventory.gpus.map((g) => ({ index: g.index, name: g.name, memoryTotalMiB: g.memoryTotalMiB })),
        driverVersion: inventory.driverVersion,
        cudaVersion: inventory.cudaVersion,
        interpreter,
        tools: { node: process.version, ...(python === null ? {} : { python }) },
        packages,
        startedAt: run.startedAt.toISOString(),
        finishedAt: run.finishedAt.toISOString(),
        durationMs: run.result.durationMs,
        exitCode: run.result.exitCode,
        signal: run.result.signal,
        timedOut: run.result.timedOut,
        cancelled: run.result.cancelled,
        metrics: parts.metrics,
        model: {
            path: parts.modelPath,
            digest: model.kind === 'uploaded' || model.kind === 'copied' ? model.digest : null,
            artifactName: parts.modelPath === null ? null : inputs.artifactName,
            artifactId: model.kind === 'uploaded' ? model.id : null,
            localCopy: model.kind === 'copied' ? model.path : null,
        },
        cache: { key: parts.cache?.key ?? null, hit: parts.cache?.hit ?? null },
    };
    const path = (0,external_node_path_.join)(parts.folder.runDir, 'lineage.json');
    (0,external_node_fs_.writeFileSync)(path, JSON.stringify(lineage, null, 2));
    return { lineage, path };
}

;// CONCATENATED MODULE: ./src/core/train/pick-best-candidate.ts


/**
 * The candidate with the best value of `metric` (`max` for accuracy-like, `min` for loss-like metrics). Ties go
 * to the first candidate in the given order, so a sorted input gives a deterministic pick.
 *
 * @throws ConfigurationError when there are no candidates or any candidate lacks the metric (a sweep leg that
 *   lost its metric must not silently drop out of the comparison).
 * @example pickBestCandidate([{ id: 'a', metrics: { auc: 0.8 } }, { id: 'b', metrics: { auc: 0.9 } }], 'auc', 'max').id // => 'b'
 */
function pickBestCandidate(candidates, metric, direction) {
    if (candidates.length === 0)
        throw new errors/* ConfigurationError */.j1(messages/* trainMessages */.T.noCandidates(), { input: 'pick-best-from' }, messages/* trainMessages */.T.noCandidatesHint());
    const missing = candidates.filter((c) => typeof c.metrics[metric] !== 'number' || !Number.isFinite(c.metrics[metric]));
    if (missing.length > 0) {
        throw new errors/* ConfigurationError */.j1(messages/* trainMessages */.T.candidateMissingMetric(metric, missing.map((c) => c.id).join(', ')), { input: 'pick-metric' }, 'check the metric name and that every leg wrote it');
    }
    let best = candidates[0];
    for (const candidate of candidates.slice(1)) {
        const a = candidate.metrics[metric];
        const b = best.metrics[metric];
        if (direction === 'max' ? a > b : a < b)
            best = candidate;
    }
    return best;
}

;// CONCATENATED MODULE: ./src/core/train/decide-sweep.ts



const decide_sweep_Out = action_outputs/* Outputs */.t['train-on-runner'];
/**
 * The outcome of sweep mode (`pick-best-from`): the candidate with the best `metric` (`pickBestCandidate`), a bar
 * chart and a table of every candidate's value, and the winner as outputs.
 * @throws ConfigurationError when there are no candidates or one lacks the metric (from pickBestCandidate).
 * @example decideSweep([{ id: 'a', path: '/s/a', metrics: { auc: 0.8 } }, { id: 'b', path: '/s/b', metrics: { auc: 0.9 } }], 'auc', 'max').outputs // => { 'best-candidate': 'b', 'best-value': '0.9', 'best-path': '/s/b' }
 */
function decideSweep(candidates, metric, direction) {
    const best = pickBestCandidate(candidates, metric, direction);
    const value = best.metrics[metric];
    const valueOf = (c) => c.metrics[metric];
    return {
        title: messages/* trainMessages */.T.sweepTitle(candidates.length, metric, best.id, value),
        checks: [
            {
                id: 'train.sweep.best',
                status: 'pass',
                observed: value,
                threshold: { rule: `${direction} ${metric}` },
                message: messages/* trainMessages */.T.sweepBest(best.id, direction, metric, candidates.length),
            },
        ],
        figures: [
            {
                kind: 'bar',
                title: `${metric} per candidate`,
                categories: candidates.map((c) => c.id),
                series: [{ name: metric, values: candidates.map(valueOf) }],
            },
            {
                kind: 'table',
                title: 'Candidates',
                columns: ['candidate', metric, 'best'],
                rows: candidates.map((c) => [c.id, valueOf(c), c.id === best.id]),
            },
        ],
        outputs: { [decide_sweep_Out.BestCandidate]: best.id, [decide_sweep_Out.BestValue]: String(value), [decide_sweep_Out.BestPath]: best.path },
    };
}

;// CONCATENATED MODULE: ./src/train-on-runner/pick-best.ts









const pick_best_Out = action_outputs/* Outputs */.t['train-on-runner'];
/** The metrics of one downloaded leg; {} when it has no metrics file (decideSweep then names it). */
function readCandidate(folder, id, fileName) {
    const path = (0,external_node_path_.join)(folder, id);
    const file = (0,external_node_path_.join)(path, fileName);
    if (!(0,external_node_fs_.existsSync)(file))
        return { id, path, metrics: {} };
    let parsed;
    try {
        parsed = readMetricsObject(JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')));
    }
    catch (error) {
        throw new errors/* DataError */.fL(messages/* trainMessages */.T.candidateNotJson(file, (0,error_message/* errorMessage */.g)(error)), { file }, 'each matrix leg must write a JSON object of numbers');
    }
    return { id, path, metrics: parsed?.metrics ?? {} };
}
/**
 * Sweep mode (`pick-best-from`): after a matrix of training jobs has uploaded one artifact each and a later job
 * has downloaded them all (actions/download-artifact into one folder: one subfolder per artifact), pick the
 * candidate with the best `pick-metric`. Each subfolder must hold `pick-metrics-file` (default metrics.json).
 */
function pickBest(context, inputs) {
    const folder = (0,external_node_path_.resolve)(context.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.folder);
    if (!(0,external_node_fs_.existsSync)(folder))
        throw new errors/* DataError */.fL(messages/* trainMessages */.T.sweepFolderMissing(folder), { input: train_on_runner_inputs/* Inputs */.G.PickBestFrom }, 'download the matrix artifacts into it first (actions/download-artifact with path:)');
    const candidates = (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((entry) => readCandidate(folder, entry.name, inputs.metricsFile));
    const outcome = decideSweep(candidates, inputs.metric, inputs.direction);
    const best = `${outcome.outputs[pick_best_Out.BestCandidate] ?? ''} = ${outcome.outputs[pick_best_Out.BestValue] ?? ''}`;
    context.logger.info(`best candidate by ${inputs.metric} (${inputs.direction}): ${best}`);
    return { outcome };
}

;// CONCATENATED MODULE: ./src/core/train/check-gpu-preflight.ts



/**
 * The GPU preflight check, before training. Throws (so the job fails in seconds, not after a long setup) when GPUs
 * are required and the runner lacks them; returns a `pass` check when they are there, and a `skipped` note when
 * nothing is required.
 * @throws ServiceError naming the runner (`trainMessages.runner`) and what it has.
 * @example checkGpuPreflight({ available: false, gpus: [], driverVersion: null, cudaVersion: null }, undefined, '"local"').status // => 'skipped'
 */
function checkGpuPreflight(inventory, requirement, runner) {
    const has = inventory.available
        ? inventory.failure !== undefined
            ? messages/* trainMessages */.T.nvidiaSmiFailing(inventory.failure)
            : describeGpus(inventory.gpus)
        : messages/* trainMessages */.T.noNvidiaSmi();
    if (requirement === undefined) {
        return {
            id: 'train.preflight.gpus',
            status: 'skipped',
            observed: inventory.gpus.length,
            message: inventory.available ? messages/* trainMessages */.T.noGpuRequirement(has) : messages/* trainMessages */.T.nvidiaSmiMissingNote(),
        };
    }
    const wanted = describeRequirement(requirement);
    const hint = messages/* trainMessages */.T.gpuShortageHint();
    if (!inventory.available)
        throw new errors/* ServiceError */._7(messages/* trainMessages */.T.nvidiaSmiMissingRequired(runner), { input: 'require-gpus' }, hint);
    if (inventory.failure !== undefined)
        throw new errors/* ServiceError */._7(messages/* trainMessages */.T.nvidiaSmiFailed(runner, inventory.failure), { input: 'require-gpus' }, hint);
    const matching = matchingGpus(inventory.gpus, requirement);
    if (matching.length < requirement.count)
        throw new errors/* ServiceError */._7(messages/* trainMessages */.T.gpuShortage(runner, wanted, has), { input: 'require-gpus' }, hint);
    return {
        id: 'train.preflight.gpus',
        status: 'pass',
        observed: matching.length,
        threshold: { min: requirement.count, rule: wanted },
        message: messages/* trainMessages */.T.gpuOk(wanted, has),
    };
}

;// CONCATENATED MODULE: ./src/train-on-runner/preflight.ts





/** Asks nvidia-smi what GPUs this machine has; never throws for a missing nvidia-smi. */
async function readGpuInventory(env, signal) {
    const run = async (argv) => {
        try {
            const result = await (0,run_command/* runCommand */.d1)(argv, {
                env,
                timeoutMs: 30_000,
                keepTailLines: 1000,
                killGraceMs: 1000,
                ...(signal === undefined ? {} : { signal }),
            });
            return { code: result.exitCode, out: [...result.stdoutTail, ...result.stderrTail].join('\n') };
        }
        catch (error) {
            if (error instanceof errors/* ConfigurationError */.j1)
                return null;
            throw error;
        }
    };
    const query = await run(['nvidia-smi', `--query-gpu=${PREFLIGHT_FIELDS.join(',')}`, '--format=csv,noheader,nounits']);
    if (query === null)
        return { available: false, gpus: [], driverVersion: null, cudaVersion: null };
    if (query.code !== 0) {
        return {
            available: true,
            gpus: [],
            driverVersion: null,
            cudaVersion: null,
            failure: `exit ${String(query.code)}: ${query.out.trim().split('\n')[0] ?? ''}`,
        };
    }
    let gpus;
    try {
        gpus = parseGpuInventory(query.out);
    }
    catch (error) {
        return {
            available: true,
            gpus: [],
            driverVersion: null,
            cudaVersion: null,
            failure: `unexpected output: ${(0,error_message/* errorMessage */.g)(error)}`,
        };
    }
    const banner = await run(['nvidia-smi']);
    return {
        available: true,
        gpus,
        driverVersion: gpus[0]?.driverVersion ?? null,
        cudaVersion: banner === null ? null : parseCudaVersion(banner.out),
    };
}
/**
 * The GPU preflight: asks nvidia-smi what the runner has and checks it against `require-gpus`, so the job fails in
 * seconds on the wrong runner (checkGpuPreflight throws); logs the verdict.
 */
async function gpuPreflight(context, requirement, runner) {
    const inventory = await readGpuInventory({ ...context.env }, context.signal);
    const check = checkGpuPreflight(inventory, requirement, runner);
    context.logger.info(check.message);
    return { inventory, check };
}

// EXTERNAL MODULE: ./src/train-on-runner/state.ts
var state = __webpack_require__(56480);
// EXTERNAL MODULE: ./src/train-on-runner/storage.ts + 1 modules
var storage = __webpack_require__(98727);
;// CONCATENATED MODULE: ./src/train-on-runner/restore-cache.ts




/**
 * Restores `cache-paths` under a key over `cache-key-files` (null when no cache is configured) and tells the post
 * step what to save on a miss (it saves only when the training succeeded). An unreachable cache service is a warning: a cache is an optimisation.
 */
async function restoreCache(context, inputs, cwd) {
    if (inputs.cachePaths.length === 0)
        return null;
    const { logger } = context;
    const workspace = (0,external_node_path_.resolve)(context.env.GITHUB_WORKSPACE ?? cwd);
    const key = await (0,storage/* cacheKey */.k$)(inputs.cacheKeyPrefix, inputs.cacheKeyFiles.map((f) => (0,storage/* cacheKeyFile */.A2)(workspace, cwd, f)));
    const paths = inputs.cachePaths.map((p) => (0,external_node_path_.resolve)(cwd, p));
    let restored;
    try {
        restored = await (0,storage/* restorePaths */.Bb)(paths, key, { env: context.env, workDir: context.workDir });
    }
    catch (error) {
        logger.warning(`cache restore failed, continuing without it: ${(0,error_message/* errorMessage */.g)(error)}`);
        restored = { hit: false, backend: 'actions-cache' };
    }
    logger.info(`cache ${restored.hit ? 'hit' : 'miss'} for ${key} (${restored.backend === 'local' ? `local cache folder under ${context.workDir}/cache: not on a GitHub runner` : '@actions/cache'})`);
    context.state.save(state/* State */.U.cacheKey, key);
    context.state.save(state/* State */.U.cachePaths, JSON.stringify(paths));
    context.state.save(state/* State */.U.cacheHit, String(restored.hit));
    return { key, ...restored };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/train-on-runner/telemetry.ts




/**
 * Samples GPUs (one nvidia-smi query per tick) and CPU/RAM (/proc) every `intervalMs` until stopped, appending to
 * `samples` and rewriting `outFile` after each sample so that a killed job still leaves its telemetry behind.
 */
class TelemetrySampler {
    options;
    samples = [];
    timer;
    previousCpu = null;
    running = null;
    started = Date.now();
    constructor(options) {
        this.options = options;
    }
    start() {
        void this.tick();
        this.timer = setInterval(() => void this.tick(), this.options.intervalMs);
    }
    async stop() {
        clearInterval(this.timer);
        await this.running;
        await this.tick();
        return this.samples;
    }
    async tick() {
        if (this.running !== null)
            return;
        this.running = this.sample().finally(() => {
            this.running = null;
        });
        await this.running;
    }
    async sample() {
        const t = (Date.now() - this.started) / 1000;
        let gpus = [];
        if (this.options.gpus) {
            try {
                const result = await (0,run_command/* runCommand */.d1)(['nvidia-smi', `--query-gpu=${TELEMETRY_FIELDS.join(',')}`, '--format=csv,noheader,nounits'], {
                    env: this.options.env,
                    timeoutMs: 10_000,
                    killGraceMs: 1000,
                    keepTailLines: 64,
                });
                if (result.exitCode === 0)
                    gpus = parseGpuSamples(result.stdoutTail.join('\n'));
            }
            catch {
                // nvidia-smi vanished: keep sampling CPU and RAM
            }
        }
        let cpuPercent = null;
        let ramUsedMiB = null;
        try {
            const stat = (await (0,promises_.readFile)('/proc/stat', 'utf8')).split('\n')[0] ?? '';
            if (this.previousCpu !== null)
                cpuPercent = cpuPercentBetween(this.previousCpu, stat);
            this.previousCpu = stat;
            ramUsedMiB = ramUsedFromMeminfo(await (0,promises_.readFile)('/proc/meminfo', 'utf8'));
        }
        catch {
            // not Linux
        }
        this.samples.push({ t, gpus, cpuPercent, ramUsedMiB });
        (0,external_node_fs_.writeFileSync)(this.options.outFile, JSON.stringify({ schemaVersion: 1, samples: this.samples }, null, 1));
    }
}

;// CONCATENATED MODULE: ./src/train-on-runner/run.ts






/** Creates the run folder and tells the post step about it (so a cancelled job still keeps its partial logs). */
function openRunFolder(context, inputs) {
    const cwd = (0,external_node_path_.resolve)(context.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory ?? '.');
    const runDir = (0,external_node_path_.join)(context.workDir, 'train', `run-${context.now().getTime()}`);
    (0,external_node_fs_.mkdirSync)(runDir, { recursive: true });
    context.state.save(state/* State */.U.runDir, runDir);
    context.state.save(state/* State */.U.artifactName, inputs.artifactName);
    if (inputs.retentionDays !== undefined)
        context.state.save(state/* State */.U.retentionDays, String(inputs.retentionDays));
    return { cwd, runDir, log: (0,external_node_path_.join)(runDir, 'train.log'), telemetry: (0,external_node_path_.join)(runDir, 'telemetry.json') };
}
/**
 * Runs the training command (an argument list, never a shell) in its own process group with the params in its
 * environment, streaming its log into a group, parsing `modelgate:metric` lines and sampling telemetry; the
 * timeout and a cancelled job kill the whole group.
 */
async function runTraining(context, inputs, settings, folder, gpus) {
    const { logger } = context;
    const redact = context.redact ?? ((text) => text);
    const env = { ...context.env };
    const paramsFile = (0,external_node_path_.join)(folder.runDir, 'params.json');
    (0,external_node_fs_.writeFileSync)(paramsFile, JSON.stringify(inputs.params, null, 2));
    // The `env` input is the one way to hand the training a variable on purpose (runCommand scrubs the rest).
    const explicitEnv = {
        ...inputs.env,
        MODELGATE_PARAMS_FILE: paramsFile,
        MODELGATE_PARAMS: JSON.stringify(inputs.params),
        MODELGATE_RUN_DIR: folder.runDir,
    };
    const log = (0,external_node_fs_.createWriteStream)(folder.log);
    const lineMetrics = {};
    const sampler = new TelemetrySampler({
        intervalMs: settings.telemetryIntervalSeconds * 1000,
        gpus,
        env,
        outFile: folder.telemetry,
    });
    sampler.start();
    logger.startGroup(`training: ${inputs.command.join(' ')}`);
    const startedAt = context.now();
    let result;
    try {
        result = await (0,run_command/* runCommand */.d1)(inputs.command, {
            cwd: folder.cwd,
            env,
            explicitEnv,
            timeoutMs: settings.timeoutMinutes * 60_000,
            signal: context.signal,
            keepTailLines: inputs.logTailLines,
            onSpawn: (pid) => context.state.save(state/* State */.U.pgid, String(pid)),
            onLine: (stream, line) => {
                // The log is uploaded with the model: it gets what the job log gets, secrets redacted.
                log.write(`${redact(line)}\n`);
                logger.info(stream === 'stderr' ? `[stderr] ${line}` : line);
                for (const [name, value] of parseMetricLine(line))
                    lineMetrics[name] = value;
            },
        });
    }
    catch (error) {
        await sampler.stop(); // a program that does not exist: stop sampling before reporting it
        throw error;
    }
    finally {
        logger.endGroup();
        await new Promise((done) => log.end(done));
    }
    const samples = await sampler.stop();
    const finishedAt = context.now();
    context.state.save(state/* State */.U.finished, 'true');
    const lastLines = [...result.stdoutTail, ...result.stderrTail].slice(-inputs.logTailLines);
    return { result, lineMetrics, samples, lastLines, startedAt, finishedAt };
}

// EXTERNAL MODULE: ./src/core/policy/policy-document.ts
var policy_document = __webpack_require__(90794);
;// CONCATENATED MODULE: ./src/core/train/resolve-train-policy.ts
const TRAIN_POLICY_DEFAULTS = {
    requireGpus: undefined,
    timeoutMinutes: 360,
    telemetryIntervalSeconds: 5,
    requiredMetrics: [],
};
/**
 * Effective policy: action inputs (when given) over the policy section over the defaults.
 * @example resolveTrainPolicy({ timeout_minutes: 30 }, {}).timeoutMinutes // => 30
 * @example resolveTrainPolicy({ require_gpus: 0 }, {}).requireGpus // => undefined
 */
function resolveTrainPolicy(section, overrides) {
    const gpus = section?.require_gpus;
    return {
        requireGpus: overrides.requireGpus ?? (gpus === undefined || gpus === 0 ? undefined : String(gpus)),
        timeoutMinutes: overrides.timeoutMinutes ?? section?.timeout_minutes ?? TRAIN_POLICY_DEFAULTS.timeoutMinutes,
        telemetryIntervalSeconds: overrides.telemetryIntervalSeconds ??
            section?.telemetry_interval_seconds ??
            TRAIN_POLICY_DEFAULTS.telemetryIntervalSeconds,
        requiredMetrics: overrides.requiredMetrics ?? section?.required_metrics ?? TRAIN_POLICY_DEFAULTS.requiredMetrics,
    };
}

;// CONCATENATED MODULE: ./src/train-on-runner/settings.ts



/** @throws ConfigurationError for a require-gpus that does not parse (before anything is written). */
function resolveSettings(inputs, policy) {
    const effective = resolveTrainPolicy((0,policy_document/* policySection */.U)(policy, 'train-on-runner'), inputs.overrides);
    const gpus = effective.requireGpus;
    return { ...effective, requireGpus: gpus === undefined || gpus === '0' ? undefined : parseGpuRequirement(gpus) };
}

// EXTERNAL MODULE: ./src/core/evidence/model-digest.ts + 1 modules
var model_digest = __webpack_require__(78128);
// EXTERNAL MODULE: ./src/registry/model-files.ts + 1 modules
var model_files = __webpack_require__(9506);
;// CONCATENATED MODULE: ./src/train-on-runner/upload.ts








/**
 * Keeps the model a successful run wrote: uploads model-dir as an artifact on a runner, copies it to the work
 * folder elsewhere. The files kept are the ones register-model will store (collectModelFiles: a symbolic link
 * inside the folder is kept as the file it points to; one that leads outside, a broken link or a special file is
 * refused, naming it), so the model digest recorded here is the one the registry computes for the same folder.
 * A missing folder, a refused entry or a failed upload is reported (checkModel), never thrown: the lineage is
 * still written.
 */
async function uploadModel(context, inputs, modelPath) {
    const { logger } = context;
    if (!(0,external_node_fs_.existsSync)(modelPath))
        return { kind: 'missing', dir: inputs.modelDir ?? '' };
    const name = inputs.artifactName;
    let artifact;
    try {
        const files = await (0,model_files/* collectModelFiles */.Hh)(modelPath, { input: 'model-dir' });
        const digest = (0,model_digest/* modelDigest */.a)(files);
        const single = (0,external_node_fs_.statSync)(modelPath).isFile();
        const upload = await (0,storage/* uploadDirectory */.zA)(name, modelPath, {
            env: context.env,
            workDir: context.workDir,
            retentionDays: inputs.retentionDays,
            logger,
            ...(single ? {} : { files: files.map((f) => (0,external_node_path_.join)(modelPath, ...f.path.split('/'))) }),
        });
        artifact =
            upload.id !== null
                ? { kind: 'uploaded', name, id: upload.id, digest }
                : { kind: 'copied', name, path: upload.localCopy ?? '', digest };
    }
    catch (error) {
        // A user error (an artifact name GitHub refuses, a link out of the folder) keeps its input and its fix.
        artifact = { kind: 'upload-failed', name, why: (0,errors/* isUserError */.iU)(error) ? error.describe() : (0,error_message/* errorMessage */.g)(error) };
    }
    const message = checkModel(artifact)?.message ?? '';
    if (artifact.kind === 'uploaded' || artifact.kind === 'copied')
        logger.info(`model digest ${artifact.digest}`);
    if (artifact.kind === 'uploaded')
        logger.info(message);
    else if (artifact.kind === 'copied')
        logger.warning(message);
    else
        logger.error(message);
    return artifact;
}

;// CONCATENATED MODULE: ./src/train-on-runner/main.ts















/** train-on-runner: GPU preflight → data hashes and cache → train → metrics and model → lineage → decide. */
async function main(context) {
    const inputs = (0,train_on_runner_inputs/* readInputs */.K)(context.inputs);
    if (inputs.kind === 'sweep')
        return pickBest(context, inputs);
    // A secret passed as a param or an argv flag (`api_key`, `--hf-token X`) is redacted wherever it is published.
    for (const value of secretArgumentValues(inputs.params, inputs.command))
        context.logger.setSecret(value);
    const settings = resolveSettings(inputs, context.policy);
    const folder = openRunFolder(context, inputs);
    const runnerName = context.github.runnerName ?? context.env.RUNNER_NAME;
    const runner = messages/* trainMessages */.T.runner(runnerName, inputs.runnerLabels);
    const { inventory, check: preflight } = await gpuPreflight(context, settings.requireGpus, runner);
    const dataFiles = await hashDataFiles(inputs.dataFiles, folder.cwd);
    const cache = await restoreCache(context, inputs, folder.cwd);
    const run = await runTraining(context, inputs, settings, folder, inventory.available && inventory.gpus.length > 0);
    const metrics = collectMetrics(inputs, settings.requiredMetrics, folder, run.lineMetrics);
    const modelPath = inputs.modelDir === undefined ? null : (0,external_node_path_.resolve)(folder.cwd, inputs.modelDir);
    const succeeded = runSucceeded(run.result);
    if (succeeded)
        context.state.save(state/* State */.U.succeeded, 'true');
    const model = succeeded && modelPath !== null ? await uploadModel(context, inputs, modelPath) : { kind: 'none' };
    const parts = { inputs, folder, runnerName, inventory, dataFiles, run, metrics: metrics.metrics, modelPath, model };
    const { lineage, path } = await writeLineage(context, { ...parts, cache });
    return decideTraining({
        lineage,
        preflight,
        timeoutMinutes: settings.timeoutMinutes,
        lastLines: run.lastLines,
        metricsCheck: metrics.check,
        model,
        cache,
        samples: run.samples,
        paths: { metrics: metrics.path, lineage: path, telemetry: folder.telemetry, log: folder.log },
    });
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

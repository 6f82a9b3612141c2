export const id = 509;
export const ids = [509];
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

/***/ 29381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ versionIdentity),
/* harmony export */   vE: () => (/* binding */ reportBindingProblem)
/* harmony export */ });
/* unused harmony export lineageDataHashes */
/* harmony import */ var _evidence_model_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78128);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75755);


/**
 * The data digests a lineage records: its `dataHashes`, and the `dataFiles` of train-on-runner's lineage record
 * (the card keeps the lineage file as written, so its shape is checked here, not assumed).
 * @example lineageDataHashes({ dataHashes: { train: 'ab' } }) // => ['ab']
 */
function lineageDataHashes(lineage) {
    const record = lineage;
    const files = Array.isArray(record.dataFiles) ? record.dataFiles : [];
    const fromFiles = files
        .map((file) => (typeof file === 'object' && file !== null ? file.sha256 : undefined))
        .filter((sha256) => typeof sha256 === 'string');
    return [...Object.values(lineage.dataHashes ?? {}).filter((v) => typeof v === 'string'), ...fromFiles];
}
/**
 * The identity of a version from its files and lineage (before registration) or its card (after).
 * @throws {RangeError} when there is no file (modelDigest)
 * @example versionIdentity({ name: 'churn', files: [{ path: 'm', size: 0, sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }], lineage: { commit: 'abc' } }).commit // => 'abc'
 */
function versionIdentity(card) {
    const predictionsFile = card.evaluation?.predictionsFile;
    const trained = card.files.filter((file) => file.path !== predictionsFile);
    return {
        model: card.name,
        ...(card.version === undefined ? {} : { version: card.version }),
        modelDigest: (0,_evidence_model_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .modelDigest */ .a)(card.files),
        ...(trained.length > 0 && trained.length < card.files.length ? { trainedModelDigest: (0,_evidence_model_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .modelDigest */ .a)(trained) } : {}),
        fileHashes: card.files.map((file) => file.sha256),
        lineageHashes: [
            ...lineageDataHashes(card.lineage),
            ...(card.evaluation === undefined ? [] : [card.evaluation.dataSha256]),
        ],
        ...(typeof card.lineage.commit === 'string' && card.lineage.commit !== '' ? { commit: card.lineage.commit } : {}),
        ...(card.modelDigest === undefined ? {} : { recordedModelDigest: card.modelDigest }),
    };
}
/**
 * Why `report` is not about the version `identity` names (undefined when it is). A report is bound by what it
 * judged: the same model digest (or the digest of the model as trained, before its evaluation predictions were
 * stored with it); or, for a gate that judged predictions, every predictions file among the
 * version's files or lineage; or, for a gate that judged only data, the version's commit or data the version
 * records (lineage, evaluation data). Where both record a commit, they must be the same.
 * @example reportBindingProblem('stored report 1 (validate-data)', { schemaVersion: 1, gate: 'validate-data', status: 'pass', title: 't', checks: [], figures: [], subject: { commit: 'abc' }, startedAt: '2026-01-01T00:00:00.000Z', durationMs: 0 }, { model: 'churn', modelDigest: 'sha256:00', fileHashes: [], lineageHashes: [], commit: 'abc' }) // => undefined
 */
function reportBindingProblem(label, report, identity) {
    const subject = report.subject;
    if (subject.commit !== undefined && identity.commit !== undefined && subject.commit !== identity.commit)
        return (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .reportAtAnotherCommit */ .Qr)(label, subject.commit, identity.commit);
    if (subject.modelDigest !== undefined)
        return subject.modelDigest === identity.modelDigest || subject.modelDigest === identity.trainedModelDigest
            ? undefined
            : (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .reportAboutAnotherModel */ .Kw)(label, subject.modelDigest, identity.model, identity.version, identity.modelDigest);
    const predictions = Object.entries(subject.predictions ?? {});
    if (predictions.length > 0) {
        const known = new Set([...identity.fileHashes, ...identity.lineageHashes]);
        const unknown = predictions.find(([, sha256]) => !known.has(sha256));
        return unknown === undefined
            ? undefined
            : (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .reportAboutOtherPredictions */ .Kq)(label, unknown[0], unknown[1], identity.model, identity.version, identity.modelDigest);
    }
    // A gate that judged only data: bound by the version's commit, or by data the version records (its training
    // data in the lineage, its evaluation data).
    if (subject.commit !== undefined && identity.commit !== undefined)
        return undefined;
    const known = new Set(identity.lineageHashes);
    if (Object.values(subject.dataHashes ?? {}).some((sha256) => known.has(sha256)))
        return undefined;
    return (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .reportUnbound */ .IB)(label, identity.commit);
}


/***/ }),

/***/ 92780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h_: () => (/* binding */ aliasRule),
/* harmony export */   oF: () => (/* binding */ resolveRegisterPolicy)
/* harmony export */ });
/* unused harmony export DEFAULT_CHAMPION_GATES */
/**
 * The gates `champion` requires when the policy does not say: the data the model was judged on was validated, and
 * the candidate beat (or, without a champion, met the floors of) evaluate-vs-champion. fairness-gate is not in the
 * default because not every model has a sensitive attribute; add it in `promotion.aliases.champion.required_gates`.
 */
const DEFAULT_CHAMPION_GATES = ['validate-data', 'evaluate-vs-champion'];
/**
 * Resolves the `register-model` section of the policy file (already validated by its schema) into typed values
 * with defaults.
 * @example resolveRegisterPolicy(undefined).allowWarn // => false
 * @example resolveRegisterPolicy({ protected_aliases: { champion: { environment: 'production' } } }).protectedAliases // => { champion: { environment: 'production' } }
 * @example resolveRegisterPolicy(undefined).aliases.champion?.requiredGates // => ['validate-data', 'evaluate-vs-champion']
 */
function resolveRegisterPolicy(section) {
    const protectedAliases = {};
    for (const [alias, rule] of Object.entries(section?.protected_aliases ?? {}))
        protectedAliases[alias] = { environment: rule.environment };
    const allowWarn = section?.allow_warn ?? false;
    const configured = section?.promotion?.aliases ?? {};
    const aliases = {};
    for (const alias of new Set(['champion', ...Object.keys(configured)])) {
        const rule = configured[alias];
        aliases[alias] = {
            alias,
            requiredGates: rule?.required_gates ?? (alias === 'champion' ? DEFAULT_CHAMPION_GATES : []),
            allowWarn: rule?.allow_warn ?? allowWarn,
            trustedKeys: rule?.trusted_keys ?? [],
        };
    }
    return { registry: section?.registry, protectedAliases, allowWarn, aliases };
}
/**
 * The promotion rule of `alias`: the policy's, else no particular gate (every stored report must still satisfy).
 * @example aliasRule(resolveRegisterPolicy(undefined), 'staging') // => { alias: 'staging', requiredGates: [], allowWarn: false, trustedKeys: [] }
 */
function aliasRule(policy, alias) {
    return policy.aliases[alias] ?? { alias, requiredGates: [], allowWarn: policy.allowWarn, trustedKeys: [] };
}


/***/ }),

/***/ 97322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ assertProtectedAliasMayMove)
});

// EXTERNAL MODULE: ./src/core/error-message.ts
var error_message = __webpack_require__(90007);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/registry/messages.ts
var messages = __webpack_require__(75755);
;// CONCATENATED MODULE: ./src/core/registry/check-alias-protection.ts

/**
 * Returns the refusal message when `alias` is protected and the job's environment is not the one the
 * policy names, else undefined.
 * @example
 * checkAliasProtection('champion', { champion: { environment: 'production' } }, undefined)
 * // => 'alias "champion" is protected: it only moves from a job that runs in the GitHub environment "production", and this job runs in none'
 */
function checkAliasProtection(alias, rules, environment) {
    const rule = rules[alias];
    if (rule === undefined || rule.environment === environment)
        return undefined;
    return (0,messages/* protectedAlias */.FT)(alias, rule.environment, environment);
}

// EXTERNAL MODULE: ./src/github/job-deployment.ts
var job_deployment = __webpack_require__(11254);
// EXTERNAL MODULE: ./src/github/action-session.ts + 2 modules
var action_session = __webpack_require__(7652);
;// CONCATENATED MODULE: ./src/github/messages.ts
// Texts of the GitHub layer's user errors: the message says what is wrong, the hint how to fix it.

const environmentHint = (environment, input) => (w) => `run this job with \`environment: ${environment}\` (its required reviewers approve the move) and pass ` +
    `\`${w.setting(input, environment)}\`${w.where}`;
const environmentUnverifiable = (environment, why) => (w) => `cannot verify that this job runs in the GitHub environment "${environment}": ${(0,errors/* inWords */.r4)(why, w)}`;
/** Why the job's deployment cannot be looked up: there is no token to look with. */
const noTokenToVerify = (input = 'github-token') => (w) => `no GitHub token (${w.input(input)} is empty)`;
const environmentUnverifiableHint = (input = 'github-token') => (w) => `give the job \`permissions: deployments: read\` (or write) and leave \`${w.name(input)}\` at its default, ` +
    'so the deployment GitHub creates for the job can be looked up';
const environmentNotDeployed = (environment, runUrl, input = 'environment') => (w) => `${w.input(input)} says this job runs in the GitHub environment "${environment}", but GitHub has no ` +
    `in-progress deployment of "${environment}" for this workflow run (${runUrl}): the job does not declare ` +
    `\`environment: ${environment}\``;
const environmentNotDeployedHint = (environment) => `declare \`environment: ${environment}\` on the job itself (not only as an input); GitHub then creates the ` +
    'deployment when the job starts, after its required reviewers approved it';

;// CONCATENATED MODULE: ./src/github/job-environment.ts






/**
 * Protected aliases (policy `register-model.protected_aliases`) on a real runner. actions/runner never tells a step
 * which environment its job runs in, so the workflow passes it as the `environment` input, and this checks the
 * claim against GitHub: when a job declares `environment:`, GitHub creates a deployment of that environment for the
 * run's commit (after its protection rules, e.g. required reviewers, approved it) whose newest status is
 * `in_progress` with a link to the run while the job runs. The lookup uses the job token and needs
 * `deployments: read`. Deployments modelgate itself created are not evidence. Unprotected aliases ask nothing.
 * Limits (docs/actions/register-model.md, "Protected aliases"): any job of the same run with that environment, or a
 * step with `deployments: write` that creates such a deployment itself, satisfies it; the boundary that holds is
 * the registry credential stored as a secret of the environment.
 * @throws {ConfigurationError} when the alias is protected and the input is missing or names another environment,
 * when the lookup is impossible (no token, no permission), or when no deployment of this run is found
 */
async function assertProtectedAliasMayMove(context, protectedAliases, claim) {
    const rule = protectedAliases[claim.alias];
    if (rule === undefined)
        return;
    const location = { input: claim.input, path: `register-model.protected_aliases.${claim.alias}` };
    // The input stands for the job's environment: missing or another one is refused as before, without a lookup.
    const refusal = checkAliasProtection(claim.alias, protectedAliases, claim.environment);
    if (refusal !== undefined)
        throw new errors/* ConfigurationError */.j1(refusal, location, environmentHint(rule.environment, claim.input));
    const deployment = await findJobDeployment(context, rule.environment, location);
    context.logger.info(`GitHub environment "${rule.environment}" verified: deployment ${deployment} of this run is in progress`);
}
/**
 * The id of the environment's in-progress deployment that links to this run, for this run's commit.
 * @throws {ConfigurationError} when it cannot be looked up or there is none
 */
async function findJobDeployment(context, environment, location) {
    const { client, github } = context;
    const unverifiable = (why) => new errors/* ConfigurationError */.j1(environmentUnverifiable(environment, why), location, environmentUnverifiableHint());
    if (client === undefined)
        throw unverifiable(noTokenToVerify(action_session/* SharedInputs */.nz.GitHubToken));
    if (github.owner === undefined || github.repo === undefined || github.runUrl === undefined)
        throw unverifiable('this is not a workflow run (GITHUB_REPOSITORY or GITHUB_RUN_ID is not set)');
    let id;
    try {
        id = await (0,job_deployment/* findRunDeployment */.y)(context, environment);
    }
    catch (error) {
        throw unverifiable(`GitHub answered: ${(0,error_message/* errorMessage */.g)(error)}`);
    }
    if (id !== undefined)
        return id;
    throw new errors/* ConfigurationError */.j1(environmentNotDeployed(environment, github.runUrl, location.input), location, environmentNotDeployedHint(environment));
}


/***/ }),

/***/ 37115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ createRegistry)
/* harmony export */ });
/* harmony import */ var _open_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28623);

/**
 * Opens the registry named by a URL:
 * - `file:./path` or `file:/abs/path` — a directory (the CLI/demo default `file:.modelgate/registry`);
 * - `oci://host[:port]/namespace` — any OCI distribution registry (https; plain http only for 127.0.0.1/localhost);
 *   in Actions the default is `oci://ghcr.io/<owner>` with the workflow token;
 * - `mlflow+https://host[/prefix]` or `mlflow+http://127.0.0.1:port` — an MLflow tracking server's Model Registry.
 * The token (if any) is masked with `options.logger.setSecret` before anything is logged.
 * @throws ConfigurationError for an unknown scheme, a malformed URL, or plain http to a host other than 127.0.0.1/localhost.
 * @example createRegistry('file:.modelgate/registry', { logger })
 */
function createRegistry(url, options) {
    // A promise (a bad URL rejects rather than throws) so that a backend may connect before it answers.
    return Promise.resolve().then(() => (0,_open_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .openRegistry */ .M)(url, options));
}


/***/ }),

/***/ 57914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ judgeAliasMove),
  T: () => (/* binding */ moveAliasByRule)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/gate/status.ts
var gate_status = __webpack_require__(5013);
// EXTERNAL MODULE: ./src/core/registry/messages.ts
var messages = __webpack_require__(75755);
// EXTERNAL MODULE: ./src/core/registry/report-binding.ts
var report_binding = __webpack_require__(29381);
;// CONCATENATED MODULE: ./src/core/registry/decide-promotion.ts



/** Why the report's signature does not satisfy an alias with trusted keys (undefined when it does, or none are set). */
function signatureRefusal(label, index, rule, signatures) {
    if (rule.trustedKeys.length === 0)
        return undefined;
    const keyIds = signatures?.trustedKeyIds ?? [];
    const found = signatures?.checks[index] ?? { kind: 'unsigned' };
    switch (found.kind) {
        case 'verified':
            return undefined;
        case 'unsigned':
            return (0,messages/* reportUnsigned */.gr)(label, rule.alias, keyIds);
        case 'bad':
            return (0,messages/* reportBadSignature */.eK)(label, rule.alias, found.keyId, found.problem, keyIds);
    }
}
/** Why one stored report does not satisfy the rule (undefined when it does), and the warnings it brings. */
function judgeReport(report, index, evidence, rule) {
    const label = (0,messages/* reportLabel */.tr)(index, report);
    const problems = evidence.schemaProblems?.[index];
    if (problems !== undefined && problems.length > 0)
        return { refusal: (0,messages/* reportInvalid */.q9)(label, problems), warnings: [] };
    const unsigned = signatureRefusal(label, index, rule, evidence.signatures);
    if (unsigned !== undefined)
        return { refusal: unsigned, warnings: [] };
    const unbound = (0,report_binding/* reportBindingProblem */.vE)(label, report, evidence.identity);
    if (unbound !== undefined)
        return { refusal: unbound, warnings: [] };
    const worstCheck = (0,gate_status/* worstOf */.hm)(report.checks.map((check) => check.status));
    if (report.status !== worstCheck) {
        const named = report.checks.find((check) => check.status === worstCheck);
        return { refusal: (0,messages/* reportInconsistent */.Qv)(label, report.status, worstCheck, named?.id), warnings: [] };
    }
    switch (report.status) {
        case 'pass':
            return { warnings: [] };
        case 'skipped':
            return { refusal: (0,messages/* reportCheckedNothing */.L1)(label), warnings: [] };
        case 'warn': {
            const ids = report.checks.filter((check) => check.status === 'warn').map((check) => check.id);
            return rule.allowWarn ? { warnings: ids } : { refusal: (0,messages/* warningsNotAllowed */.zO)(label, rule.alias, ids), warnings: [] };
        }
        case 'error':
        case 'fail': {
            const check = report.checks.find((c) => c.status === report.status);
            return { refusal: (0,messages/* reportNotPassing */.X)(label, report.status, check?.id, check?.message), warnings: [] };
        }
    }
}
/**
 * The one promotion rule: whether `evidence.version` may move to `rule.alias`. Every stored report must be valid
 * (schema), signed by a trusted key where the alias lists any, about this version (reportBindingProblem: the same
 * model digest, or its predictions, at its commit), consistent (its status is the worst of its checks) and `pass` — `warn` only where the alias allows
 * warnings, never `skipped` (a gate that checked nothing), `error` or `fail`; every gate the alias requires needs
 * such a report; and a version without reports is never promoted. `force` overrides, and the caller records it.
 * @example decidePromotion({ model: 'churn', version: 2, reports: [], identity: { model: 'churn', modelDigest: 'sha256:00', fileHashes: [], lineageHashes: [] } }, { alias: 'staging', requiredGates: [], allowWarn: false, trustedKeys: [] }, { force: false }).allowed // => false
 */
function decidePromotion(evidence, rule, options) {
    const refusals = [];
    const warnings = [];
    const { identity } = evidence;
    if (identity.recordedModelDigest !== undefined && identity.recordedModelDigest !== identity.modelDigest)
        refusals.push((0,messages/* cardDigestMismatch */.TU)(evidence.model, evidence.version, identity.recordedModelDigest, identity.modelDigest));
    evidence.reports.forEach((report, index) => {
        const judged = judgeReport(report, index, evidence, rule);
        if (judged.refusal !== undefined)
            refusals.push(judged.refusal);
        warnings.push(...judged.warnings);
    });
    for (const gate of rule.requiredGates)
        if (!evidence.reports.some((report) => report.gate === gate))
            refusals.push((0,messages/* requiredGateMissing */.n7)(gate, rule.alias));
    if (evidence.reports.length === 0 && rule.requiredGates.length === 0)
        refusals.push((0,messages/* promotionWithoutReports */.JK)(evidence.model, evidence.version));
    const clean = refusals.length === 0;
    return {
        allowed: clean || options.force,
        refusals,
        warnings: clean ? warnings : [],
        forced: !clean && options.force,
        rule,
    };
}

// EXTERNAL MODULE: ./src/io/evidence/report-envelope.ts + 2 modules
var report_envelope = __webpack_require__(61253);
// EXTERNAL MODULE: ./src/io/schema-validator.ts
var schema_validator = __webpack_require__(70114);
;// CONCATENATED MODULE: ./src/registry/move-alias-by-rule.ts







/**
 * What the promotion rule says about moving `move.version` to `move.rule.alias`, without moving anything: reads the
 * version (the backend verifies what it reads), validates its stored reports against schemas/gate-report.schema.json,
 * checks their signatures where the alias trusts keys, and asks `decidePromotion` (which also binds each report to
 * the version's model digest, files and commit). canary-deploy asks this before any traffic moves.
 * @throws NotFoundError when the version does not exist
 */
async function judgeAliasMove(registry, move) {
    const ref = await registry.get(move.model, { version: move.version });
    const problems = ref.card.reports.map((report) => (0,schema_validator/* schemaProblems */.Ic)('gate-report', report).map((p) => `${p.path.join('.') || '(report)'} ${p.message}`));
    const keys = (0,report_envelope/* readTrustedKeys */.sr)(move.rule.alias, move.rule.trustedKeys);
    const decision = decidePromotion({
        model: ref.name,
        version: ref.version,
        reports: ref.card.reports,
        schemaProblems: problems,
        identity: (0,report_binding/* versionIdentity */.HN)(ref.card),
        ...(keys.length === 0
            ? {}
            : { signatures: (0,report_envelope/* checkReportSignatures */.uv)(ref.card.reports, ref.card.signedReports, keys) }),
    }, move.rule, { force: move.force });
    return { ref, decision };
}
/**
 * Reads every stored file of the version and checks its size and sha256 against the card (the backend's download
 * verifies each one), into a scratch folder that is removed afterwards.
 * @throws DigestMismatchError naming the file that was altered (nothing moves)
 */
async function verifyStoredFiles(registry, ref) {
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'modelgate-verify-'));
    try {
        await registry.download(ref, scratch);
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
/**
 * The one code path that moves an alias (test/unit/architecture/one-alias-move.test.ts holds every other module to
 * it): judges the move (judgeAliasMove), and only when decidePromotion allows it verifies every stored file against
 * the card, then writes the alias with the audit record (warnings accepted, forced).
 * @throws NotFoundError when the version does not exist, DigestMismatchError when a stored file was altered (nothing
 * moved in either case)
 */
async function moveAliasByRule(registry, move) {
    const { ref, decision } = await judgeAliasMove(registry, move);
    if (!decision.allowed)
        return { ref, decision };
    await verifyStoredFiles(registry, ref);
    const event = await registry.setAlias(move.model, move.rule.alias, ref.version, {
        ...move.audit,
        ...(decision.forced ? { forced: true } : {}),
        ...(decision.warnings.length === 0 ? {} : { warnings: decision.warnings }),
    });
    return { ref, decision, event };
}


/***/ })

};

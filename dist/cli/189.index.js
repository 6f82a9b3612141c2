export const id = 189;
export const ids = [189,422];
export const modules = {

/***/ 80227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ predictionFold)
});

// EXTERNAL MODULE: ./src/core/data/cell-value.ts
var cell_value = __webpack_require__(73406);
// EXTERNAL MODULE: ./src/core/data/column-chunk.ts + 1 modules
var column_chunk = __webpack_require__(52306);
;// CONCATENATED MODULE: ./src/core/fairness/value-codes.ts

/** Fields up to this many bytes are keyed by their bytes packed into one exact float (8 bits each, then the length). */
const PACKED_BYTES = 6;
const EMPTY = -1;
/**
 * Codes the values of one column across the chunks of a file, in order of first appearance, so that a fold keys rows
 * by small integers. Why not the chunk's dictionary: it hashes and compares every field's bytes and decodes each
 * distinct value again in every chunk; sensitive columns hold a few short values, so a field of at most six bytes is
 * looked up by its bytes packed into one number in a table that lives as long as the file, and only a field never
 * seen before is decoded. Longer fields (and Parquet / JSON chunks) go through the chunk's dictionary, once per
 * distinct value a chunk. Codes are by text: two byte spellings that decode alike (invalid UTF-8) share one.
 * @example
 * valueCodes().codeOf('F') // => 0
 */
function valueCodes() {
    const index = new Map();
    const entries = [];
    let missingCode = -1;
    let keys = new Float64Array(64).fill(EMPTY);
    let codes = new Int32Array(64);
    let used = 0;
    const codeOf = (text) => {
        if (text === null) {
            if (missingCode < 0) {
                missingCode = entries.length;
                entries.push(null);
            }
            return missingCode;
        }
        let code = index.get(text);
        if (code === undefined) {
            code = entries.length;
            index.set(text, code);
            entries.push(text);
        }
        return code;
    };
    const slotOf = (key, mask) => (Math.imul((key | 0) ^ Math.floor(key / 4294967296), 0x9e3779b1) >>> 0) & mask;
    const insert = (key, code) => {
        if (2 * (used + 1) > keys.length) {
            const oldKeys = keys;
            const oldCodes = codes;
            keys = new Float64Array(oldKeys.length * 2).fill(EMPTY);
            codes = new Int32Array(oldKeys.length * 2);
            used = 0;
            for (let s = 0; s < oldKeys.length; s++)
                if (oldKeys[s] !== EMPTY)
                    insert(oldKeys[s], oldCodes[s]);
        }
        const mask = keys.length - 1;
        let s = slotOf(key, mask);
        while (keys[s] !== EMPTY)
            s = (s + 1) & mask;
        keys[s] = key;
        codes[s] = code;
        used++;
    };
    function rowCodes(chunk, length, out) {
        const { bytes, starts, ends, missing } = chunk;
        const packable = !(chunk instanceof column_chunk/* NativeColumnChunk */.Ne);
        let byId;
        for (let r = 0; r < length; r++) {
            if (missing[r] === 1) {
                out[r] = missingCode >= 0 ? missingCode : codeOf(null);
                continue;
            }
            const start = starts[r];
            const end = ends[r];
            if (packable && end - start <= PACKED_BYTES) {
                let key = 0;
                for (let i = start; i < end; i++)
                    key = key * 256 + bytes[i];
                key = key * 8 + (end - start);
                const mask = keys.length - 1;
                let s = slotOf(key, mask);
                for (;;) {
                    const k = keys[s];
                    if (k === key) {
                        out[r] = codes[s];
                        break;
                    }
                    if (k === EMPTY) {
                        const code = codeOf(chunk.text(r));
                        insert(key, code);
                        out[r] = code;
                        break;
                    }
                    s = (s + 1) & mask;
                }
            }
            else {
                const { ids, entries: texts } = chunk.dictionary();
                byId ??= new Int32Array(texts.length).fill(-1);
                const id = ids[r];
                let code = byId[id];
                if (code < 0)
                    code = byId[id] = codeOf(texts[id]);
                out[r] = code;
            }
        }
    }
    return { entries, codeOf, rowCodes };
}

;// CONCATENATED MODULE: ./src/core/fairness/prediction-fold.ts


/** Per dictionary id: −2 not yet read, −1 no binary value, else 0/1. */
const UNREAD = -2;
/**
 * 0/1 per row as `toBinary` reads a cell (number 0/1, else the text as a boolean word), or false at a row that is
 * neither.
 */
function binaryRows(chunk, length, out) {
    const numbers = chunk.numbers;
    let words;
    for (let r = 0; r < length; r++) {
        const v = numbers[r];
        if (v === 0)
            out[r] = 0;
        else if (v === 1)
            out[r] = 1;
        else {
            if (!Number.isNaN(v))
                return false;
            const { ids, entries } = chunk.dictionary();
            const id = ids[r];
            if (id < 0)
                return false;
            words ??= new Int8Array(entries.length).fill(UNREAD);
            if (words[id] === UNREAD) {
                const b = (0,cell_value/* cellToBoolean */.sv)(entries[id]);
                words[id] = b === undefined ? -1 : b ? 1 : 0;
            }
            const b = words[id];
            if (b < 0)
                return false;
            out[r] = b;
        }
    }
    return true;
}
/** score ≥ threshold per row, or false at a score that is not a number in [0, 1]. */
function scoreRows(chunk, length, threshold, out) {
    const numbers = chunk.numbers;
    for (let r = 0; r < length; r++) {
        const v = numbers[r];
        if (!(v >= 0 && v <= 1))
            return false;
        out[r] = v >= threshold ? 1 : 0;
    }
    return true;
}
/** Largest key space of a chunk's combinations kept as a dense table (beyond it, a Map). */
const DENSE_KEYS = 1 << 16;
/**
 * Folds prediction chunks into weighted distinct rows, so that fairness needs no per-row arrays or strings: each row
 * becomes the combination of its group values (the chunk's dictionary ids of every sensitive column, a missing value
 * its own) × its 0/1 label × its 0/1 prediction, and the fold counts rows per combination. Group values get codes
 * per column in order of first appearance and combinations are kept in order of first appearance, so that
 * `encodeGroups` over the folded rows gives the groups, keys and order it gives over the rows themselves, and
 * `analyzeFairness` the same numbers (counts are integers summed exactly in float64).
 * Labels and predictions are read as the fairness-gate loader reads them (0/1 numbers, else boolean words; scores in
 * [0, 1] cut at the threshold); any other row stops the fold (`add` returns false).
 * @example
 * predictionFold(['gender'], { kind: 'binary' }).rows // => 0
 */
function predictionFold(sensitiveNames, prediction) {
    const k = sensitiveNames.length;
    /** Per column: its values coded across the file; per row of the chunk at hand, its codes. */
    const values = sensitiveNames.map(() => valueCodes());
    let rowCodes = sensitiveNames.map(() => new Int32Array(0));
    /** Per row of the chunk at hand, its combination key (mixed radix over its codes). */
    let rowKeys = new Float64Array(0);
    /** The dense table of the last chunk's combination keys (mixed radix over `denseRadices`) → combination. */
    let dense = new Int32Array(0);
    let denseRadices = [];
    /** Combination (codes joined) → its index; per combination its codes and its 4 cells (2·y + ŷ). */
    const combos = new Map();
    let comboCodes = sensitiveNames.map(() => new Int32Array(64));
    let weights = new Float64Array(256);
    let comboCount = 0;
    let rows = 0;
    let y = new Uint8Array(0);
    let p = new Uint8Array(0);
    const grow = () => {
        const size = comboCodes[0].length * 2;
        comboCodes = comboCodes.map((c) => {
            const next = new Int32Array(size);
            next.set(c);
            return next;
        });
        const w = new Float64Array(size * 4);
        w.set(weights);
        weights = w;
    };
    /** The index of the combination of column codes `codes`, assigned on first sight. */
    const comboOf = (codes) => {
        const name = k === 1 ? String(codes[0]) : codes.join(',');
        let c = combos.get(name);
        if (c === undefined) {
            c = comboCount++;
            combos.set(name, c);
            if (c >= comboCodes[0].length)
                grow();
            for (let j = 0; j < k; j++)
                comboCodes[j][c] = codes[j];
        }
        return c;
    };
    function add(length, label, predicted, sensitive) {
        if (y.length < length) {
            y = new Uint8Array(length);
            p = new Uint8Array(length);
            rowCodes = sensitiveNames.map(() => new Int32Array(length));
            rowKeys = new Float64Array(length);
        }
        if (!binaryRows(label, length, y))
            return false;
        const ok = prediction.kind === 'score'
            ? scoreRows(predicted, length, prediction.threshold, p)
            : binaryRows(predicted, length, p);
        if (!ok)
            return false;
        for (let j = 0; j < k; j++)
            values[j].rowCodes(sensitive[j], length, rowCodes[j]);
        // Each row's combination: a mixed-radix key over its codes (radix: the values known so far), looked up in a
        // table kept while the radices stay the same (from the first chunks on, as a rule), or in a Map; beyond 2^53 keys,
        // by the codes themselves.
        const radices = values.map((v) => v.entries.length);
        const space = radices.reduce((a, b) => a * b, 1);
        const codes = new Int32Array(k);
        const comboAt = (r) => {
            for (let j = 0; j < k; j++)
                codes[j] = rowCodes[j][r];
            return comboOf(codes);
        };
        // Locals for the row loops; `weights` is read again after a new combination (it may have grown).
        const labels = y;
        const predictions = p;
        let w = weights;
        if (!(space <= Number.MAX_SAFE_INTEGER)) {
            for (let r = 0; r < length; r++) {
                const c = comboAt(r); // first: a new combination may grow `weights`
                weights[4 * c + 2 * labels[r] + predictions[r]] += 1;
            }
            rows += length;
            return true;
        }
        const keys = rowKeys;
        keys.set(rowCodes[0].subarray(0, length));
        for (let j = 1; j < k; j++) {
            const radix = radices[j];
            const column = rowCodes[j];
            for (let r = 0; r < length; r++)
                keys[r] = keys[r] * radix + column[r];
        }
        if (space <= DENSE_KEYS) {
            if (dense.length !== space || radices.some((r, j) => r !== denseRadices[j])) {
                dense = new Int32Array(space).fill(-1);
                denseRadices = radices;
            }
            const slots = dense;
            for (let r = 0; r < length; r++) {
                const key = keys[r];
                let c = slots[key];
                if (c < 0) {
                    c = slots[key] = comboAt(r);
                    w = weights;
                }
                w[4 * c + 2 * labels[r] + predictions[r]] += 1;
            }
        }
        else {
            const table = new Map();
            for (let r = 0; r < length; r++) {
                const key = keys[r];
                let c = table.get(key);
                if (c === undefined) {
                    table.set(key, (c = comboAt(r)));
                    w = weights;
                }
                w[4 * c + 2 * labels[r] + predictions[r]] += 1;
            }
        }
        rows += length;
        return true;
    }
    function merge(part, partRows) {
        const codes = new Int32Array(k);
        const weightsOf = part.weights;
        for (let i = 0; i < part.yTrue.length; i++) {
            for (let j = 0; j < k; j++) {
                const column = part.sensitive[j];
                codes[j] = values[j].codeOf('values' in column ? column.values[i] : column.entries[column.codes[i]]);
            }
            const c = comboOf(codes); // first: a new combination may grow `weights`
            weights[4 * c + 2 * part.yTrue[i] + part.yPred[i]] += weightsOf === undefined ? 1 : weightsOf[i];
        }
        rows += partRows;
    }
    function result() {
        let distinct = 0;
        for (let i = 0; i < comboCount * 4; i++)
            if (weights[i] > 0)
                distinct++;
        const yTrue = new Uint8Array(distinct);
        const yPred = new Uint8Array(distinct);
        const w = new Float64Array(distinct);
        const codes = sensitiveNames.map(() => new Int32Array(distinct));
        let at = 0;
        for (let c = 0; c < comboCount; c++) {
            for (let q = 0; q < 4; q++) {
                const weight = weights[4 * c + q];
                if (weight === 0)
                    continue;
                yTrue[at] = q >> 1;
                yPred[at] = q & 1;
                w[at] = weight;
                for (let j = 0; j < k; j++)
                    codes[j][at] = comboCodes[j][c];
                at++;
            }
        }
        return {
            yTrue,
            yPred,
            weights: w,
            sensitive: sensitiveNames.map((name, j) => ({ name, codes: codes[j], entries: values[j].entries })),
        };
    }
    return {
        add,
        merge,
        get rows() {
            return rows;
        },
        result,
    };
}


/***/ }),

/***/ 90064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ newcombeDifferenceInterval)
});

;// CONCATENATED MODULE: ./src/core/stats/wilson-interval.ts
/**
 * Wilson score interval for a binomial proportion x/n at critical value z (statsmodels
 * `proportion_confint(x, n, alpha, method='wilson')` with z = Φ⁻¹(1 − alpha/2)):
 * (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n). It stays inside [0, 1] and is defined at x = 0 and x = n.
 * @see Wilson (1927), JASA 22:209–212; Newcombe (1998), Statistics in Medicine 17:857–872, method 3
 * @throws {RangeError} if n is not a positive integer count, x is not in [0, n], or z is not positive
 * @example wilsonInterval(3, 10, 1.959963984540054) // => [0.10779126740630099, 0.6032218525388546]
 */
function wilsonInterval(x, n, z) {
    if (!(n > 0) || !Number.isFinite(n))
        throw new RangeError(`wilsonInterval: n must be a positive count, got ${n}`);
    if (!(x >= 0 && x <= n))
        throw new RangeError(`wilsonInterval: x must be in [0, ${n}], got ${x}`);
    if (!(z > 0) || !Number.isFinite(z))
        throw new RangeError(`wilsonInterval: z must be positive, got ${z}`);
    const p = x / n;
    const z2 = z * z;
    const center = (p + z2 / (2 * n)) / (1 + z2 / n);
    const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
    return [x === 0 ? 0 : Math.max(0, center - half), x === n ? 1 : Math.min(1, center + half)];
}

;// CONCATENATED MODULE: ./src/core/stats/newcombe-difference-interval.ts

/**
 * Newcombe's hybrid score interval for the difference of two independent proportions p₁ − p₂ = x₁/n₁ − x₂/n₂
 * (statsmodels `confint_proportions_2indep(x1, n1, x2, n2, compare='diff', method='newcomb')`): with Wilson
 * intervals [l₁, u₁] and [l₂, u₂], the bounds are d̂ − √((p̂₁ − l₁)² + (u₂ − p̂₂)²) and
 * d̂ + √((u₁ − p̂₁)² + (p̂₂ − l₂)²). It always contains d̂, stays in [−1, 1], and keeps close to nominal coverage
 * at small n and at rates near 0 or 1, where the Wald interval fails.
 * @see Newcombe (1998), Statistics in Medicine 17:873–890, method 10
 * @throws {RangeError} as `wilsonInterval` for either sample
 * @example newcombeDifferenceInterval(56, 70, 48, 80, 1.959963984540054) // => [0.05243147240236498, 0.333872654036906]
 */
function newcombeDifferenceInterval(x1, n1, x2, n2, z) {
    const [l1, u1] = wilsonInterval(x1, n1, z);
    const [l2, u2] = wilsonInterval(x2, n2, z);
    const p1 = x1 / n1, p2 = x2 / n2;
    const d = p1 - p2;
    return [d - Math.hypot(p1 - l1, u2 - p2), d + Math.hypot(u1 - p1, p2 - l2)];
}


/***/ }),

/***/ 45423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ foldPartition)
/* harmony export */ });
/* harmony import */ var _core_fairness_prediction_fold_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80227);
/* harmony import */ var _io_dataset_read_chunks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89251);


/**
 * Folds one partition of a predictions file (the whole file, a CSV byte range or a run of Parquet row groups) with
 * `predictionFold`, in chunks of `chunkRows` rows (tests: chunk boundaries anywhere).
 * @throws {DataError} what reading the partition's chunks throws (malformed content; lines count from the range's start)
 */
async function foldPartition(path, columns, names, partition, options = {}) {
    const label = names.indexOf(columns.labelColumn);
    const predicted = names.indexOf(columns.scoreColumn ?? columns.predictionColumn);
    const sensitive = columns.sensitiveColumns.map((name) => names.indexOf(name));
    const fold = (0,_core_fairness_prediction_fold_js__WEBPACK_IMPORTED_MODULE_0__/* .predictionFold */ .z)(columns.sensitiveColumns, columns.scoreColumn !== undefined ? { kind: 'score', threshold: columns.threshold } : { kind: 'binary' });
    let next;
    const chunks = (0,_io_dataset_read_chunks_js__WEBPACK_IMPORTED_MODULE_1__/* .readColumnChunks */ .LZ)(path, {
        columns: names,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
        ...(options.chunkRows === undefined ? {} : { chunkRows: options.chunkRows }),
        ...(partition.kind === 'csv-bytes'
            ? { range: partition, onRangeEnd: (end) => (next = end.offset) }
            : {}),
        ...(partition.kind === 'parquet-row-groups' ? { rowGroups: partition } : {}),
    });
    for await (const chunk of chunks) {
        const cells = chunk.cells;
        const sensitiveCells = sensitive.map((j) => cells[j]);
        if (!fold.add(chunk.length, cells[label], cells[predicted], sensitiveCells))
            return { foldable: false };
    }
    return { foldable: true, input: fold.result(), rows: fold.rows, ...(next === undefined ? {} : { next }) };
}


/***/ }),

/***/ 19422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   foldInParallel: () => (/* binding */ foldInParallel),
/* harmony export */   foldParallelism: () => (/* binding */ foldParallelism),
/* harmony export */   runFoldWorker: () => (/* binding */ runFoldWorker),
/* harmony export */   workerFoldRunner: () => (/* binding */ workerFoldRunner)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_fairness_prediction_fold_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80227);
/* harmony import */ var _io_dataset_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3194);
/* harmony import */ var _io_worker_thread_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71217);
/* harmony import */ var _fold_worker_mark_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77981);
/* harmony import */ var _fold_partition_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(45423);







/** Worker threads at most (the CPUs bound the gain; each range costs a worker start). */
const MAX_WORKERS = 8;
/** Partitions a file may be folded in at once: 1 when fold workers are off, else the CPUs (at most MAX_WORKERS). */
function foldParallelism() {
    return (0,_fold_worker_mark_js__WEBPACK_IMPORTED_MODULE_5__/* .foldWorkerEntry */ .Cc)() === undefined ? 1 : Math.max(1, Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(), MAX_WORKERS));
}
/** The body of a fold worker: folds its one partition and posts the fold (its arrays moved, not copied). */
async function runFoldWorker() {
    const { path, columns, names, partition } = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData;
    let output;
    let transfer = [];
    try {
        const fold = await (0,_fold_partition_js__WEBPACK_IMPORTED_MODULE_6__/* .foldPartition */ .q)(path, columns, names, partition);
        if (fold.foldable)
            transfer = [fold.input.yTrue, fold.input.yPred].map((a) => a.buffer);
        output = { ok: true, fold };
    }
    catch (error) {
        output = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort?.postMessage(output, transfer);
}
/**
 * A runner that folds the plan's first partition on this thread and each other in its own worker thread (the bundle
 * `enableFoldWorkers` found): this thread would otherwise wait idle, and one worker fewer saves its start (~0.2 s of
 * module load on a small runner). `workers` collects them, for the caller to terminate; an aborted `signal` rejects
 * with its reason. Undefined when fold workers are off.
 */
function workerFoldRunner(path, columns, names, workers, signal) {
    const entry = (0,_fold_worker_mark_js__WEBPACK_IMPORTED_MODULE_5__/* .foldWorkerEntry */ .Cc)();
    if (entry === undefined)
        return undefined;
    return async (partition, index) => {
        if (index === 0) {
            // After the other partitions' workers have started (the plan is mapped synchronously), not before.
            await Promise.resolve();
            return (0,_fold_partition_js__WEBPACK_IMPORTED_MODULE_6__/* .foldPartition */ .q)(path, columns, names, partition, signal === undefined ? {} : { signal });
        }
        const input = { mark: _fold_worker_mark_js__WEBPACK_IMPORTED_MODULE_5__/* .FOLD_WORKER_MARK */ .lp, path, columns, names, partition };
        const output = await (0,_io_worker_thread_js__WEBPACK_IMPORTED_MODULE_4__/* .runWorkerOnce */ .V)(entry, input, {
            workers,
            signal,
            abortError: () => (signal?.reason instanceof Error ? signal.reason : new Error('aborted')),
            what: `the worker folding ${path}`,
        });
        if (output.ok)
            return output.fold;
        throw new Error(output.error);
    };
}
/**
 * The fold of a whole file from its partitions (`plan`, in file order), each folded by `run` at the same time and
 * merged in file order — exactly the fold of one pass (predictionFold.merge). Undefined when the file must be read in
 * one pass instead: a partition failed (an error, whose line one pass reports exactly) or met a row the fold does not
 * take, or a CSV range start proved not to be a record start (a line end inside a quoted field).
 * @throws what `signal` aborts with
 */
async function foldInParallel(sensitiveNames, plan, run, signal) {
    const settled = await Promise.allSettled(plan.map((partition, index) => run(partition, index)));
    signal?.throwIfAborted();
    const folds = [];
    for (const s of settled) {
        if (s.status === 'rejected' || !s.value.foldable)
            return undefined;
        folds.push(s.value);
    }
    const ranges = plan.flatMap((p) => (p.kind === 'csv-bytes' ? [p] : []));
    // Row groups need no proof: each starts a record.
    if (ranges.length > 0 &&
        !(0,_io_dataset_index_js__WEBPACK_IMPORTED_MODULE_3__/* .rangesProven */ .tt)(ranges, folds.map((f) => f.next ?? -1)))
        return undefined;
    // The prediction kind only matters to `add`; merging takes the parts' 0/1 labels and predictions as they are.
    const whole = (0,_core_fairness_prediction_fold_js__WEBPACK_IMPORTED_MODULE_2__/* .predictionFold */ .z)(sensitiveNames, { kind: 'binary' });
    for (const fold of folds)
        whole.merge(fold.input, fold.rows);
    return { ...whole.result(), rows: whole.rows };
}


/***/ }),

/***/ 65189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/core/stats/normal-quantile.ts
var normal_quantile = __webpack_require__(86592);
;// CONCATENATED MODULE: ./src/core/stats/katz-ratio-interval.ts
/**
 * Katz's log interval for the ratio of two independent proportions p₁/p₂, with 0.5 added to every count and total
 * (statsmodels `confint_proportions_2indep(x1, n1, x2, n2, compare='ratio', method='log-adjusted')`, its default
 * for ratios): exp(ln(p̃₁/p̃₂) ± z·√(1/x̃₁ − 1/ñ₁ + 1/x̃₂ − 1/ñ₂)) with x̃ = x + ½, ñ = n + ½, so it is finite
 * when a count is 0.
 * @see Katz, Baptista, Azen & Pike (1978), Biometrics 34:469–474
 * @throws {RangeError} if a total is not positive, a count is not in [0, n], or z is not positive
 * @example katzRatioInterval(30, 100, 40, 100, 1.959963984540054) // => [0.5150383469753107, 1.1011590864004321]
 */
function katzRatioInterval(x1, n1, x2, n2, z) {
    for (const [x, n] of [
        [x1, n1],
        [x2, n2],
    ]) {
        if (!(n > 0) || !Number.isFinite(n))
            throw new RangeError(`katzRatioInterval: n must be a positive count, got ${n}`);
        if (!(x >= 0 && x <= n))
            throw new RangeError(`katzRatioInterval: x must be in [0, ${n}], got ${x}`);
    }
    if (!(z > 0) || !Number.isFinite(z))
        throw new RangeError(`katzRatioInterval: z must be positive, got ${z}`);
    const a = x1 + 0.5, m = n1 + 0.5, b = x2 + 0.5, k = n2 + 0.5;
    const log = Math.log(a / m / (b / k));
    const half = z * Math.sqrt(1 / a - 1 / m + 1 / b - 1 / k);
    return [Math.exp(log - half), Math.exp(log + half)];
}

// EXTERNAL MODULE: ./src/core/stats/newcombe-difference-interval.ts + 1 modules
var newcombe_difference_interval = __webpack_require__(90064);
;// CONCATENATED MODULE: ./src/core/fairness/aggregate-disparity.ts
/** One group's disparity against the reference value `r` (null where a ratio's denominator is 0). */
function pairValue(m, r, kind) {
    if (kind === 'difference')
        return Math.abs(m - r);
    if (kind === 'ratio-to-reference')
        return r === 0 ? null : m / r;
    return m === 0 || r === 0 ? (m === r ? null : 0) : Math.min(m / r, r / m);
}
/** The worst disparity of any defined group against the reference group. */
function againstReference(values, defined, kind, reference) {
    const none = { value: null, low: null, high: null };
    // A reference whose own rate is undefined leaves nothing to compare with: undefined, not a silent switch.
    const r = values[reference];
    if (r === null || r === undefined)
        return none;
    let best = none;
    for (const g of defined) {
        if (g === reference)
            continue;
        const value = pairValue(values[g], r, kind);
        if (value === null)
            return none;
        const worse = best.value === null || (kind === 'difference' ? value > best.value : value < best.value);
        if (worse)
            best = { value, low: g, high: reference };
    }
    return best;
}
/**
 * Aggregates per-group values into one disparity, as fairlearn's `MetricFrame.difference()` / `.ratio()`:
 * - between groups (no reference): difference = max − min, ratio = min / max over the included groups
 *   with a defined value;
 * - versus a reference group r: difference = max over g ≠ r of |m_g − m_r|; ratio = min over g ≠ r of
 *   min(m_g / m_r, m_r / m_g) (fairlearn's `to_overall` formula with r in place of the overall value);
 *   `'ratio-to-reference'` is min over g ≠ r of m_g / m_r (AIF360's unprivileged / privileged).
 * `null` values and groups not `included` are skipped. A ratio with a zero denominator is `null`; so is every
 * disparity against a reference whose own value is `null`.
 * @see https://fairlearn.org/main/api_reference/generated/fairlearn.metrics.MetricFrame.html
 * @example aggregateDisparity([0.2, 0.5, 0.4], [true, true, true], 'difference').value // => 0.3
 * @example aggregateDisparity([0.2, 0.5, null], [true, true, true], 'ratio').value // => 0.4
 */
function aggregateDisparity(values, included, kind, reference) {
    const none = { value: null, low: null, high: null };
    const defined = [];
    values.forEach((v, g) => {
        if (v !== null && included[g] === true)
            defined.push(g);
    });
    if (reference !== undefined && included[reference] === true)
        return againstReference(values, defined, kind, reference);
    if (defined.length < 2)
        return none;
    let low = defined[0], high = defined[0];
    for (const g of defined) {
        if (values[g] < values[low])
            low = g;
        if (values[g] > values[high])
            high = g;
    }
    const min = values[low], max = values[high];
    if (kind === 'difference')
        return { value: max - min, low, high };
    if (max === 0)
        return { value: null, low, high };
    return { value: min / max, low, high };
}

;// CONCATENATED MODULE: ./src/core/fairness/fairness-disparities.ts

const DISPARITY_METRICS = [
    'demographic_parity_difference',
    'demographic_parity_ratio',
    'equalized_odds_difference',
    'equalized_odds_ratio',
    'equal_opportunity_difference',
    'disparate_impact_ratio',
    'predictive_parity_difference',
    'accuracy_parity_difference',
    'average_odds_difference',
    'disparate_impact_two_sided',
];
/** Whether a larger value is worse (differences) or a smaller one (ratios). */
const DISPARITY_DIRECTION = {
    demographic_parity_difference: 'max',
    demographic_parity_ratio: 'min',
    equalized_odds_difference: 'max',
    equalized_odds_ratio: 'min',
    equal_opportunity_difference: 'max',
    disparate_impact_ratio: 'min',
    predictive_parity_difference: 'max',
    accuracy_parity_difference: 'max',
    average_odds_difference: 'max',
    disparate_impact_two_sided: 'max',
};
/** How reports name each metric. */
const DISPARITY_LABEL = {
    demographic_parity_difference: 'demographic parity difference',
    demographic_parity_ratio: 'demographic parity ratio',
    equalized_odds_difference: 'equalized odds difference',
    equalized_odds_ratio: 'equalized odds ratio',
    equal_opportunity_difference: 'equal opportunity difference',
    disparate_impact_ratio: 'disparate impact ratio',
    predictive_parity_difference: 'predictive parity difference',
    accuracy_parity_difference: 'accuracy parity difference',
    average_odds_difference: 'average odds difference',
    disparate_impact_two_sided: 'disparate impact |DI − 1|',
};
const pick = (rates, key) => rates.map((r) => r[key]);
/** The worse of two disparities: the larger difference or the smaller ratio; `null` if either is null. */
function worseOf(a, b, direction) {
    if (a.value === null || b.value === null)
        return { value: null, low: null, high: null };
    if (direction === 'max')
        return b.value > a.value ? b : a;
    return b.value < a.value ? b : a;
}
/**
 * Every disparity the gate judges, from per-group rates (fairlearn's definitions):
 * - demographic parity difference / ratio: selection rate, max − min / min ÷ max;
 * - equalized odds difference: the larger of the TPR and FPR differences; ratio: the smaller of their ratios
 *   (fairlearn `agg='worst_case'`);
 * - equal opportunity difference: TPR difference (Hardt et al. 2016);
 * - disparate impact ratio: min ÷ max selection rate, or min over groups of rate ÷ reference rate when a
 *   reference (privileged) group is given; the four-fifths rule asks for ≥ 0.8 (29 CFR § 1607.4(D));
 * - predictive parity difference: precision difference (Chouldechova 2017);
 * - accuracy parity difference: accuracy difference (AIF360 `difference(accuracy)`, as a magnitude);
 * - average odds difference: AIF360's ½[(FPR_u − FPR_p) + (TPR_u − TPR_p)] as a magnitude — the difference of the
 *   groups' ½(TPR + FPR), so between groups max − min of it;
 * - disparate impact two-sided: |DI − 1| with DI = P(ŷ=1 | group) / P(ŷ=1 | reference) (AIF360's
 *   `disparate_impact`, unprivileged / privileged), the worst group; without a reference the ratio's direction is
 *   unknown, so max ÷ min − 1 (the worse of |DI − 1| and |1/DI − 1| over pairs).
 * Groups not `included` (too small) and undefined rates are skipped. With `overall` (the rates of all rows) and no
 * reference, every group is compared with the overall value instead (fairlearn `method='to_overall'`): the
 * overall rates act as a reference at index `rates.length`, and the disparate impact ratio uses the same
 * symmetric ratio min(m_g/m_all, m_all/m_g).
 * @see https://fairlearn.org/main/api_reference/generated/fairlearn.metrics.equalized_odds_difference.html
 * @example fairnessDisparities([{ selectionRate: 0.5, tpr: 1, fpr: 0, fnr: 0, precision: 1, accuracy: 1 }, { selectionRate: 0.25, tpr: 0.5, fpr: 0, fnr: 0.5, precision: 1, accuracy: 0.75 }], [true, true]).disparate_impact_ratio.value // => 0.5
 */
function fairnessDisparities(rates, included, reference, overall) {
    if (overall !== undefined && reference === undefined) {
        const d = fairnessDisparities([...rates, overall], [...included, true], rates.length);
        const sel = [...pick(rates, 'selectionRate'), overall.selectionRate];
        return { ...d, disparate_impact_ratio: aggregateDisparity(sel, [...included, true], 'ratio', rates.length) };
    }
    const sel = pick(rates, 'selectionRate'), tpr = pick(rates, 'tpr'), fpr = pick(rates, 'fpr'), prec = pick(rates, 'precision');
    const averageOdds = rates.map((r) => (r.tpr === null || r.fpr === null ? null : (r.tpr + r.fpr) / 2));
    return {
        demographic_parity_difference: aggregateDisparity(sel, included, 'difference', reference),
        demographic_parity_ratio: aggregateDisparity(sel, included, 'ratio', reference),
        equalized_odds_difference: worseOf(aggregateDisparity(tpr, included, 'difference', reference), aggregateDisparity(fpr, included, 'difference', reference), 'max'),
        equalized_odds_ratio: worseOf(aggregateDisparity(tpr, included, 'ratio', reference), aggregateDisparity(fpr, included, 'ratio', reference), 'min'),
        equal_opportunity_difference: aggregateDisparity(tpr, included, 'difference', reference),
        disparate_impact_ratio: aggregateDisparity(sel, included, reference === undefined ? 'ratio' : 'ratio-to-reference', reference),
        predictive_parity_difference: aggregateDisparity(prec, included, 'difference', reference),
        accuracy_parity_difference: aggregateDisparity(pick(rates, 'accuracy'), included, 'difference', reference),
        average_odds_difference: aggregateDisparity(averageOdds, included, 'difference', reference),
        disparate_impact_two_sided: disparateImpactTwoSided(sel, included, reference),
    };
}
/**
 * max over groups of |m_g / m_r − 1| against a reference r (null when m_r = 0), else max ÷ min − 1 over the
 * included groups (null when min is 0).
 */
function disparateImpactTwoSided(sel, included, reference) {
    const none = { value: null, low: null, high: null };
    if (reference !== undefined && included[reference] === true) {
        const r = sel[reference];
        if (r === null || r === undefined || r === 0)
            return none;
        let best = none;
        sel.forEach((m, g) => {
            if (g === reference || m === null || included[g] !== true)
                return;
            const value = Math.abs(m / r - 1);
            if (best.value === null || value > best.value)
                best = { value, low: g, high: reference };
        });
        return best;
    }
    const ratio = aggregateDisparity(sel, included, 'ratio');
    if (ratio.value === null || ratio.value === 0)
        return { ...none, low: ratio.low, high: ratio.high };
    return { value: 1 / ratio.value - 1, low: ratio.low, high: ratio.high };
}

;// CONCATENATED MODULE: ./src/core/fairness/disparity-intervals.ts



/** Numerator and denominator of each rate from the confusion cells. */
const CELLS = {
    selectionRate: (c) => [c.tp + c.fp, c.n],
    tpr: (c) => [c.tp, c.tp + c.fn],
    fpr: (c) => [c.fp, c.fp + c.tn],
    precision: (c) => [c.tp, c.tp + c.fp],
    accuracy: (c) => [c.tp + c.tn, c.n],
};
/** The rates each disparity is built from (equalized odds: the worse of TPR and FPR). */
const DISPARITY_RATES = {
    demographic_parity_difference: ['selectionRate'],
    demographic_parity_ratio: ['selectionRate'],
    equalized_odds_difference: ['tpr', 'fpr'],
    equalized_odds_ratio: ['tpr', 'fpr'],
    equal_opportunity_difference: ['tpr'],
    disparate_impact_ratio: ['selectionRate'],
    predictive_parity_difference: ['precision'],
    accuracy_parity_difference: ['accuracy'],
    average_odds_difference: ['tpr', 'fpr'],
    disparate_impact_two_sided: ['selectionRate'],
};
const none = { low: null, high: null };
const symmetric = (r) => Math.min(r, 1 / r);
/**
 * Confidence intervals for every disparity, from score intervals of the pairwise comparisons it is built from:
 * Newcombe's hybrid score interval for each difference of two rates, Katz's log interval (0.5 added) for each
 * ratio, all at the critical value `z`. A disparity is an extreme over comparisons (max |m_a − m_b|, min of
 * ratios), so its interval is the same extreme of the comparison intervals' bounds: when the comparison intervals
 * hold simultaneously (z adjusted by Bonferroni over all of them), the disparity's interval holds too, and its
 * lower bound reaches 0 (or a ratio's upper bound 1) whenever parity is compatible with the data — unlike a
 * percentile bootstrap of |difference|, which never covers 0. With `toOverall`, group g is compared with the other
 * rows (independent samples) and the interval mapped onto m_g − m_all = (1 − w)(m_g − m_rest) and
 * m_g / m_all = ρ / (wρ + 1 − w), ρ = m_g / m_rest, w = g's share of the rate's denominator (monotone maps).
 * @see Newcombe (1998), Statistics in Medicine 17:873–890; Katz et al. (1978), Biometrics 34:469–474
 * @example disparityIntervals([{ n: 100, tp: 20, fp: 10, tn: 50, fn: 20 }, { n: 100, tp: 25, fp: 10, tn: 45, fn: 20 }], [true, true], { z: 1.96 }).demographic_parity_difference.low // => 0
 */
function disparityIntervals(counts, included, options) {
    const perRate = {};
    for (const rate of Object.keys(CELLS))
        perRate[rate] = comparisons(counts, included, rate, options);
    const out = {};
    for (const m of DISPARITY_METRICS) {
        if (m === 'average_odds_difference') {
            out[m] = differenceInterval(averageOddsComparisons(perRate.tpr, perRate.fpr));
            continue;
        }
        if (m === 'disparate_impact_two_sided') {
            const directed = options.reference !== undefined || options.toOverall === true;
            out[m] = twoSidedRatioInterval(perRate.selectionRate, directed);
            continue;
        }
        const parts = DISPARITY_RATES[m].map((rate) => m.endsWith('_difference')
            ? differenceInterval(perRate[rate])
            : ratioInterval(perRate[rate], m === 'disparate_impact_ratio' && options.reference !== undefined));
        if (parts.some((p) => p.low === null))
            out[m] = none;
        else {
            const pick = m.endsWith('_difference') ? Math.max : Math.min;
            out[m] = { low: pick(...parts.map((p) => p.low)), high: pick(...parts.map((p) => p.high)) };
        }
    }
    return out;
}
function comparisons(counts, included, rate, { z, reference, toOverall }) {
    const cells = counts.map(CELLS[rate]);
    const groups = cells.map((_, g) => g).filter((g) => included[g] === true && cells[g][1] > 0);
    const pair = (a, b) => {
        const [x1, n1] = cells[a], [x2, n2] = cells[b];
        return {
            key: `${a}:${b}`,
            point: x1 / n1 - x2 / n2,
            difference: (0,newcombe_difference_interval/* newcombeDifferenceInterval */.R)(x1, n1, x2, n2, z),
            ratio: katzRatioInterval(x1, n1, x2, n2, z),
        };
    };
    const out = [];
    if (reference !== undefined) {
        if (!(cells[reference][1] > 0))
            return [];
        for (const g of groups)
            if (g !== reference)
                out.push(pair(g, reference));
    }
    else if (toOverall === true) {
        const x = cells.reduce((s, c) => s + c[0], 0), n = cells.reduce((s, c) => s + c[1], 0);
        for (const g of groups) {
            const [xg, ng] = cells[g];
            if (n - ng === 0) {
                out.push({ key: `${g}:-1`, point: 0, difference: [0, 0], ratio: [1, 1] }); // the group is all rows
                continue;
            }
            const w = ng / n;
            const [dl, du] = (0,newcombe_difference_interval/* newcombeDifferenceInterval */.R)(xg, ng, x - xg, n - ng, z);
            const [rl, ru] = katzRatioInterval(xg, ng, x - xg, n - ng, z);
            const f = (r) => r / (w * r + 1 - w);
            const point = (1 - w) * (xg / ng - (x - xg) / (n - ng));
            out.push({ key: `${g}:-1`, point, difference: [(1 - w) * dl, (1 - w) * du], ratio: [f(rl), f(ru)] });
        }
    }
    else {
        for (let i = 0; i < groups.length; i++)
            for (let j = i + 1; j < groups.length; j++)
                out.push(pair(groups[i], groups[j]));
    }
    return out;
}
/**
 * Per pair of groups with both rates, the interval of ½(d_TPR + d_FPR) (the average odds difference): the two
 * differences are of disjoint samples (actual positives, actual negatives), so their sum's interval is MOVER's
 * (Zou & Donner 2008) from the Newcombe intervals: d ∓ √((d₁ − l₁)² + (d₂ − l₂)²) / √((u₁ − d₁)² + (u₂ − d₂)²).
 */
function averageOddsComparisons(tpr, fpr) {
    const out = [];
    for (const t of tpr) {
        const f = fpr.find((c) => c.key === t.key);
        if (f === undefined)
            continue;
        const d = t.point + f.point;
        const lower = d - Math.hypot(t.point - t.difference[0], f.point - f.difference[0]);
        const upper = d + Math.hypot(t.difference[1] - t.point, f.difference[1] - f.point);
        out.push({ key: t.key, point: d / 2, difference: [lower / 2, upper / 2], ratio: [1, 1] });
    }
    return out;
}
/**
 * Interval of max over comparisons of |ρ − 1| (`directed`: ρ = m_g / m_reference) or of max(|ρ − 1|, |1/ρ − 1|)
 * (between groups, direction unknown), from the Katz intervals [a, b] of ρ; both are monotone away from ρ = 1.
 */
function twoSidedRatioInterval(cs, directed) {
    if (cs.length === 0)
        return none;
    let low = 0, high = 0;
    for (const { ratio: [a, b], } of cs) {
        const lo = a > 1 ? a - 1 : b < 1 ? (directed ? 1 - b : 1 / b - 1) : 0;
        const hi = directed ? Math.max(Math.abs(a - 1), Math.abs(b - 1)) : Math.max(b - 1, 1 / a - 1);
        low = Math.max(low, lo);
        high = Math.max(high, hi);
    }
    return { low, high };
}
/** Interval of max |d| over comparisons from intervals of the signed differences d. */
function differenceInterval(cs) {
    if (cs.length === 0)
        return none;
    let low = 0, high = 0;
    for (const { difference: [l, u], } of cs) {
        low = Math.max(low, l > 0 ? l : u < 0 ? -u : 0);
        high = Math.max(high, Math.abs(l), Math.abs(u));
    }
    return { low, high };
}
/** Interval of min over comparisons of min(ρ, 1/ρ) (or of ρ itself, for the disparate impact ratio to a reference). */
function ratioInterval(cs, oneSided) {
    if (cs.length === 0)
        return none;
    let low = Infinity, high = Infinity;
    for (const { ratio: [a, b], } of cs) {
        const lo = oneSided ? a : Math.min(symmetric(a), symmetric(b));
        const hi = oneSided ? b : a <= 1 && b >= 1 ? 1 : Math.max(symmetric(a), symmetric(b));
        low = Math.min(low, lo);
        high = Math.min(high, hi);
    }
    return { low, high };
}
/**
 * How many comparison intervals the enabled checks of one grouping rest on (the Bonferroni family's share of
 * this grouping): pairs of judged groups (k(k − 1)/2 between groups, k − 1 against a reference, k against all
 * rows) times the rates each enabled disparity uses.
 * @example comparisonCount(3, 'between', ['demographic_parity_difference', 'equalized_odds_difference']) // => 9
 */
function comparisonCount(judged, mode, metrics) {
    if (judged < 2)
        return 0;
    const pairs = mode === 'between' ? (judged * (judged - 1)) / 2 : mode === 'reference' ? judged - 1 : judged;
    return metrics.reduce((s, m) => s + pairs * DISPARITY_RATES[m].length, 0);
}

;// CONCATENATED MODULE: ./src/core/fairness/sum-confusion.ts
/**
 * The confusion counts of all groups together (the overall table).
 * @example sumConfusion([{ n: 1, tp: 1, fp: 0, tn: 0, fn: 0 }, { n: 1, tp: 0, fp: 0, tn: 1, fn: 0 }]) // => { n: 2, tp: 1, fp: 0, tn: 1, fn: 0 }
 */
function sumConfusion(counts) {
    let n = 0, tp = 0, fp = 0, tn = 0, fn = 0;
    for (const c of counts) {
        n += c.n;
        tp += c.tp;
        fp += c.fp;
        tn += c.tn;
        fn += c.fn;
    }
    return { n, tp, fp, tn, fn };
}

// EXTERNAL MODULE: ./src/core/fairness/messages.ts
var messages = __webpack_require__(97189);
;// CONCATENATED MODULE: ./src/core/fairness/encode-groups.ts

const columnLength = (column) => 'values' in column ? column.values.length : column.codes.length;
const label = (column, value) => `${column}=${value ?? messages/* MISSING_GROUP */.r}`;
/**
 * The disaggregation of rows by sensitive columns (fairlearn's `sensitive_features`): one grouping per
 * column, plus, when `intersectional` and there are ≥ 2 columns, the grouping by every column at once
 * (their Cartesian intersection, only the combinations that occur). A missing value is its own group,
 * labelled `(missing)`. Groups are ordered by first appearance; unicode values are kept as they are.
 * @throws {RangeError} if the columns have different lengths, there are none, or the intersection has more than 2^53 combinations
 * @example
 * encodeGroups([{ name: 'g', values: ['F', 'M', null] }], false)[0]!.keys // => ['g=F', 'g=M', 'g=(missing)']
 */
function encodeGroups(columns, intersectional) {
    if (columns.length === 0)
        throw new RangeError('encodeGroups: at least one sensitive column is required');
    const n = columnLength(columns[0]);
    for (const column of columns) {
        if (columnLength(column) !== n)
            throw new RangeError(`encodeGroups: column "${column.name}" has ${columnLength(column)} values, expected ${n}`);
    }
    const groupings = columns.map((column) => encodeOne([column], n));
    if (intersectional && columns.length >= 2)
        groupings.push(encodeOne(columns, n));
    return groupings;
}
/**
 * Codes of one column by first appearance; a missing value gets its own code. A coded column is renumbered the same
 * way (a value that two entries spell gets one code), one lookup per entry rather than per row.
 */
function columnCodes(column, n) {
    const plain = 'values' in column ? column.values : undefined;
    const coded = 'values' in column ? undefined : column;
    const byEntry = coded === undefined ? undefined : new Int32Array(coded.entries.length).fill(-1);
    const index = new Map();
    const values = [];
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        const entry = coded === undefined ? -1 : coded.codes[i];
        const known = byEntry === undefined ? -1 : byEntry[entry];
        if (known === undefined)
            throw new RangeError(`encodeGroups: code ${entry} at row ${i} has no entry`);
        if (known >= 0) {
            codes[i] = known;
            continue;
        }
        const value = (plain !== undefined ? plain[i] : coded?.entries[entry]) ?? null;
        let code = index.get(value);
        if (code === undefined) {
            code = values.length;
            index.set(value, code);
            values.push(value);
        }
        if (byEntry !== undefined)
            byEntry[entry] = code;
        codes[i] = code;
    }
    return { codes, values };
}
function encodeOne(columns, n) {
    const perColumn = columns.map((column) => columnCodes(column, n));
    const names = columns.map((c) => c.name);
    const keyOf = (row) => names.map((name, c) => label(name, row[c] ?? null)).join(', ');
    if (perColumn.length === 1) {
        const only = perColumn[0];
        return {
            name: names[0],
            columns: names,
            keys: only.values.map((v) => keyOf([v])),
            values: only.values.map((v) => [v]),
            codes: only.codes,
        };
    }
    // Intersection: a mixed-radix number over the column codes (exact below 2^53), densified by first appearance.
    const radices = perColumn.map((p) => p.values.length);
    if (radices.reduce((a, b) => a * b, 1) > Number.MAX_SAFE_INTEGER)
        throw new RangeError('encodeGroups: too many value combinations to intersect');
    const index = new Map();
    const values = [];
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        let id = 0;
        for (let c = 0; c < perColumn.length; c++)
            id = id * radices[c] + perColumn[c].codes[i];
        let code = index.get(id);
        if (code === undefined) {
            code = values.length;
            index.set(id, code);
            values.push(perColumn.map((p) => p.values[p.codes[i]] ?? null));
        }
        codes[i] = code;
    }
    return { name: names.join(' × '), columns: names, keys: values.map(keyOf), values, codes };
}

;// CONCATENATED MODULE: ./src/core/fairness/group-confusion.ts
/**
 * Disaggregates binary labels and predictions by group: one confusion table per group code
 * (fairlearn's MetricFrame `by_group` layer, reduced to the counts every group metric is built from). With
 * `weights`, row i counts `weights[i]` times (a row of a fold: the number of rows it stands for).
 * @throws {RangeError} if the arrays differ in length or a code is outside [0, groupCount)
 * @example
 * groupConfusion(Int32Array.from([0, 0, 1]), Uint8Array.from([1, 0, 1]), Uint8Array.from([1, 1, 0]), 2)
 * // => [{ n: 2, tp: 1, fp: 1, tn: 0, fn: 0 }, { n: 1, tp: 0, fp: 0, tn: 0, fn: 1 }]
 */
function groupConfusion(codes, yTrue, yPred, groupCount, weights) {
    const n = codes.length;
    if (yTrue.length !== n || yPred.length !== n || (weights !== undefined && weights.length !== n)) {
        throw new RangeError(`groupConfusion: codes, yTrue, yPred (and weights) must have the same length (${n}, ${yTrue.length}, ${yPred.length}${weights === undefined ? '' : `, ${weights.length}`})`);
    }
    // cells[4g + 2·y + ŷ]: 0 = tn, 1 = fp, 2 = fn, 3 = tp
    const cells = new Float64Array(groupCount * 4);
    for (let i = 0; i < n; i++) {
        const g = codes[i];
        if (g < 0 || g >= groupCount)
            throw new RangeError(`groupConfusion: code ${g} at row ${i} is outside [0, ${groupCount})`);
        cells[4 * g + 2 * yTrue[i] + yPred[i]] += weights === undefined ? 1 : weights[i];
    }
    const out = [];
    for (let g = 0; g < groupCount; g++) {
        const tn = cells[4 * g], fp = cells[4 * g + 1], fn = cells[4 * g + 2], tp = cells[4 * g + 3];
        out.push({ n: tn + fp + fn + tp, tp, fp, tn, fn });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/fairness/group-rates.ts
const RATE_NAMES = (/* unused pure expression or super */ null && (['selectionRate', 'tpr', 'fpr', 'fnr', 'precision', 'accuracy']));
const ratio = (a, b) => (b === 0 ? null : a / b);
/**
 * The textbook group metrics from a confusion table. A rate whose denominator is 0 is `null`
 * (reported "undefined"), so that a group without positives does not look like a TPR of 0.
 * @example groupRates({ n: 4, tp: 1, fp: 1, tn: 2, fn: 0 }).tpr // => 1
 * @example groupRates({ n: 2, tp: 0, fp: 1, tn: 1, fn: 0 }).tpr // => null
 */
function groupRates(c) {
    return {
        selectionRate: ratio(c.tp + c.fp, c.n),
        tpr: ratio(c.tp, c.tp + c.fn),
        fpr: ratio(c.fp, c.fp + c.tn),
        fnr: ratio(c.fn, c.tp + c.fn),
        precision: ratio(c.tp, c.tp + c.fp),
        accuracy: ratio(c.tp + c.tn, c.n),
    };
}

;// CONCATENATED MODULE: ./src/core/fairness/analyze-fairness.ts







/**
 * Fairlearn's three layers over every grouping: disaggregate rows by group (each sensitive column, and
 * their intersection when the policy asks), compute the per-group rates, aggregate them into disparities
 * over the groups with at least `minGroupSize` rows, and give every disparity a confidence interval
 * (`disparityIntervals`) that holds simultaneously with the policy's confidence over every comparison behind an
 * enabled check in every grouping (Bonferroni: each comparison at 1 − (1 − confidence)/m).
 * @throws {RangeError} if the arrays differ in length
 * @example analyzeFairness({ yTrue: Uint8Array.of(1, 0), yPred: Uint8Array.of(1, 1), sensitive: [{ name: 'g', values: ['a', 'b'] }] }, DEFAULT_FAIRNESS_POLICY)[0]!.groups[0]!.rates.tpr // => 1
 */
function analyzeFairness(input, policy) {
    const groupings = encodeGroups(input.sensitive, policy.intersectional);
    const enabled = DISPARITY_METRICS.filter((m) => policy.thresholds[m] !== null);
    const partial = groupings.map((grouping) => {
        const counts = groupConfusion(grouping.codes, input.yTrue, input.yPred, grouping.keys.length, input.weights);
        const groups = counts.map((c, g) => ({
            key: grouping.keys[g],
            counts: c,
            rates: groupRates(c),
            included: c.n >= policy.minGroupSize,
        }));
        const included = groups.map((g) => g.included);
        let reference;
        let referenceProblem;
        if (grouping.columns.length === 1) {
            const column = grouping.columns[0];
            const wanted = policy.referenceGroups[column];
            if (wanted !== undefined) {
                const g = grouping.values.findIndex((v) => v[0] === wanted);
                if (g >= 0 && included[g] === true)
                    reference = g;
                else
                    referenceProblem = { group: `${column}=${wanted}`, n: g >= 0 ? counts[g].n : 0 };
            }
        }
        const toOverall = policy.method === 'to_overall' && reference === undefined;
        const judged = included.filter(Boolean).length;
        const mode = reference !== undefined ? 'reference' : toOverall ? 'overall' : 'between';
        return { grouping, counts, groups, included, reference, referenceProblem, toOverall, judged, mode };
    });
    const comparisons = partial.reduce((s, p) => s + comparisonCount(p.judged, p.mode, enabled), 0);
    const z = (0,normal_quantile/* normalQuantile */.Z)(1 - (1 - policy.confidence) / (2 * Math.max(1, comparisons)));
    return partial.map(({ grouping, counts, groups, included, reference, referenceProblem, toOverall, judged }) => {
        const overall = toOverall ? groupRates(sumConfusion(counts)) : undefined;
        const disparities = fairnessDisparities(groups.map((g) => g.rates), included, reference, overall);
        const intervals = judged >= 2
            ? disparityIntervals(counts, included, { z, toOverall, ...(reference === undefined ? {} : { reference }) })
            : undefined;
        return {
            name: grouping.name,
            columns: grouping.columns,
            groups,
            reference,
            ...(referenceProblem === undefined ? {} : { referenceProblem }),
            disparities,
            intervals,
            comparisons,
        };
    });
}

// EXTERNAL MODULE: ./src/core/report/format-number.ts
var format_number = __webpack_require__(75597);
;// CONCATENATED MODULE: ./src/core/fairness/pair-text.ts
/**
 * The group pair a disparity names: `min gender=F vs max gender=M` between groups, or
 * `gender=F vs reference gender=M` against a reference group, `gender=F vs overall` with method to_overall; `no pair` when the disparity is undefined.
 * @example pairText({ groups: [{ key: 'g=A' }, { key: 'g=B' }], reference: undefined } as never, 0, 1) // => 'min g=A vs max g=B'
 */
function pairText(grouping, low, high) {
    if (low === null || high === null)
        return 'no pair';
    const a = grouping.groups[low].key;
    if (high === grouping.groups.length)
        return `${a} vs overall`;
    const b = grouping.groups[high].key;
    return grouping.reference === high ? `${a} vs reference ${b}` : `min ${a} vs max ${b}`;
}

;// CONCATENATED MODULE: ./src/core/fairness/fairness-checks.ts




const slug = (text) => text.replace(/ × /g, '.x.').replace(/[^\p{L}\p{N}_-]+/gu, '-');
const pct = (confidence) => `${(0,format_number/* formatNumber */.Z)(confidence * 100)}%`;
const intervalText = (i, confidence) => i === undefined || i.low === null || i.high === null
    ? 'no interval'
    : `simultaneous ${pct(confidence)} interval [${(0,format_number/* formatNumber */.Z)(i.low)}, ${(0,format_number/* formatNumber */.Z)(i.high)}]`;
/**
 * One disparity against its threshold, three-way. `fail` when the whole simultaneous interval is beyond the
 * threshold, and (`failWhen: 'significant'`, the default) also when the point estimate is beyond it and the
 * interval excludes parity — practical and statistical significance together, as adverse-impact practice pairs the
 * four-fifths rule with a significance test; `failWhen: 'confident'` fails only the former. `pass` when the point
 * estimate is within the threshold (with `useInterval`: when the whole interval is); `warn` otherwise
 * (inconclusive: the difference from the threshold may be noise). Undefined → `error`; so is `useInterval` without
 * an interval.
 */
function disparityCheck(r, m, limit, policy, id) {
    const d = r.disparities[m];
    const interval = r.intervals?.[m];
    const max = DISPARITY_DIRECTION[m] === 'max';
    const threshold = max ? { max: limit } : { min: limit };
    const bound = `${max ? '≤' : '≥'} ${(0,format_number/* formatNumber */.Z)(limit)}`;
    const pair = pairText(r, d.low, d.high);
    const low = interval?.low ?? null, high = interval?.high ?? null;
    const details = {
        point: d.value,
        interval: interval === undefined ? null : [low, high],
        confidence: policy.confidence,
        comparisons: r.comparisons,
        judged: policy.useInterval ? 'interval' : 'point',
        pair,
    };
    const base = { id: `${id}.${m}`, threshold, details };
    const label = DISPARITY_LABEL[m];
    if (d.value === null || (policy.useInterval && (low === null || high === null)))
        return { ...base, status: 'error', observed: null, message: messages/* fairnessMessages */.Q.disparityUndefined(r.name, label) };
    const status = disparityVerdict(d.value, low, high, max, limit, policy);
    const text = low === null && !policy.useInterval && status === 'pass'
        ? (0,format_number/* formatNumber */.Z)(d.value)
        : `${(0,format_number/* formatNumber */.Z)(d.value)} (${intervalText(interval, policy.confidence)})`;
    const message = status === 'fail'
        ? messages/* fairnessMessages */.Q.disparityFail(r.name, label, text, bound, pair)
        : status === 'pass'
            ? messages/* fairnessMessages */.Q.disparityPass(r.name, label, text, bound, pair)
            : messages/* fairnessMessages */.Q.disparityInconclusive(r.name, label, text, bound, pair);
    return { ...base, status, observed: d.value, message };
}
/**
 * The three-way verdict of one defined disparity (see disparityCheck). Confidently beyond: the whole interval is
 * beyond the limit. Significant: the interval excludes parity (0, or a ratio of 1).
 */
function disparityVerdict(value, low, high, max, limit, policy) {
    const within = (v) => (max ? v <= limit : v >= limit);
    const bounded = low !== null && high !== null;
    const confident = bounded && !within(max ? low : high);
    const significant = bounded && (max ? low > 0 : high < 1);
    if (confident || (policy.failWhen === 'significant' && significant && !within(value)))
        return 'fail';
    const passes = policy.useInterval ? within(max ? high : low) : within(value);
    return passes ? 'pass' : 'warn';
}
/**
 * The candidate's disparity against the champion's, three-way: `pass` when the point estimate worsened by at most
 * the tolerance; `fail` only when even the candidate's best bound is worse than the champion's worst bound by more
 * than the tolerance (both intervals simultaneous); `warn` otherwise, and where either is undefined.
 */
function championCheck(r, champion, m, policy, id) {
    const cid = `${id}.${m}.vs-champion`;
    const label = DISPARITY_LABEL[m];
    const other = champion.find((c) => c.name === r.name);
    const champ = other?.disparities[m];
    const d = r.disparities[m];
    const tol = (0,format_number/* formatNumber */.Z)(policy.championTolerance);
    if (champ?.value == null || d.value === null)
        return { id: cid, status: 'warn', observed: null, message: messages/* fairnessMessages */.Q.championUndefined(r.name, label) };
    const max = DISPARITY_DIRECTION[m] === 'max';
    const worsening = max ? d.value - champ.value : champ.value - d.value;
    const ci = r.intervals?.[m], hi = other?.intervals?.[m];
    const separation = ci?.low == null || ci.high == null || hi?.low == null || hi.high == null
        ? null
        : max
            ? ci.low - hi.high
            : hi.low - ci.high;
    const base = {
        id: cid,
        observed: worsening,
        threshold: { max: policy.championTolerance },
        details: { champion: champ.value, candidate: d.value, confidentWorsening: separation },
    };
    const args = [r.name, label, (0,format_number/* formatNumber */.Z)(champ.value), (0,format_number/* formatNumber */.Z)(d.value), tol];
    if (worsening <= policy.championTolerance + 1e-12)
        return { ...base, status: 'pass', message: messages/* fairnessMessages */.Q.championWithin(...args) };
    if (separation !== null && separation > policy.championTolerance + 1e-12)
        return { ...base, status: 'fail', message: messages/* fairnessMessages */.Q.championWorse(...args) };
    return { ...base, status: 'warn', message: messages/* fairnessMessages */.Q.championInconclusive(...args) };
}
/**
 * The fairness gate's checks (R7), per grouping:
 * - `…groups`: fewer than two groups of ≥ min-group-size rows → `policy.tooFewGroups` (never a silent pass);
 * - `…small-groups` (warn): groups excluded for size, listed; `…undefined-rates` (warn): rates excluded;
 * - one check per disparity with a threshold (`disparityCheck`: fail only when beyond it with confidence, warn
 *   when inconclusive); an undefined disparity is `error`;
 * - with a champion, for the same enabled metrics only: `…<metric>.vs-champion` (`championCheck`).
 * @example fairnessChecks([], DEFAULT_FAIRNESS_POLICY) // => []
 */
function fairnessChecks(results, policy, champion) {
    const checks = [];
    for (const r of results) {
        const id = `fairness.${slug(r.name)}`;
        const judged = r.groups.filter((g) => g.included);
        const small = r.groups.filter((g) => !g.included).map((g) => ({ key: g.key, n: g.counts.n }));
        if (small.length > 0) {
            checks.push({
                id: `${id}.small-groups`,
                status: 'warn',
                observed: small.length,
                threshold: { min: policy.minGroupSize },
                message: messages/* fairnessMessages */.Q.smallGroupsExcluded(r.name, policy.minGroupSize, small),
                details: { groups: small },
            });
        }
        if (judged.length < 2) {
            checks.push({
                id: `${id}.groups`,
                status: policy.tooFewGroups,
                observed: judged.length,
                threshold: { min: 2 },
                message: messages/* fairnessMessages */.Q.tooFewGroups(r.name, judged.length, policy.minGroupSize, small.map((s) => s.key)),
            });
            continue;
        }
        checks.push({
            id: `${id}.groups`,
            status: 'pass',
            observed: judged.length,
            threshold: { min: 2 },
            message: messages/* fairnessMessages */.Q.groupsJudged(r.name, judged.length),
        });
        if (r.referenceProblem !== undefined) {
            checks.push({
                id: `${id}.reference`,
                status: 'warn',
                observed: r.referenceProblem.n,
                threshold: { min: policy.minGroupSize },
                message: r.referenceProblem.n === 0
                    ? messages/* fairnessMessages */.Q.referenceGroupAbsent(r.name, r.referenceProblem.group)
                    : messages/* fairnessMessages */.Q.referenceGroupTooSmall(r.name, r.referenceProblem.group, r.referenceProblem.n, policy.minGroupSize),
            });
        }
        const undefinedRates = judged
            .map((g) => ({
            key: g.key,
            rates: ['tpr', 'fpr', 'precision'].filter((k) => g.rates[k] === null).map((k) => k.toUpperCase()),
        }))
            .filter((u) => u.rates.length > 0);
        if (undefinedRates.length > 0) {
            checks.push({
                id: `${id}.undefined-rates`,
                status: 'warn',
                observed: undefinedRates.length,
                message: messages/* fairnessMessages */.Q.undefinedRates(r.name, undefinedRates),
                details: { groups: undefinedRates },
            });
        }
        for (const m of DISPARITY_METRICS) {
            const limit = policy.thresholds[m];
            if (limit === null)
                continue; // off: reported in the figures, neither judged nor compared with the champion
            checks.push(disparityCheck(r, m, limit, policy, id));
            if (champion !== undefined)
                checks.push(championCheck(r, champion, m, policy, id));
        }
    }
    return checks;
}

;// CONCATENATED MODULE: ./src/core/fairness/fairness-figures.ts


const rate = (v) => (v === null ? 'undefined' : v);
/**
 * Report figures per grouping: the per-group table (undefined rates written "undefined"), a bar chart of
 * selection rate and TPR per judged group, the disparity table with thresholds, intervals and verdicts,
 * and the small groups excluded from the verdict.
 * @example fairnessFigures([], DEFAULT_FAIRNESS_POLICY, []) // => []
 */
function fairnessFigures(results, policy, checks) {
    const figures = [];
    for (const r of results) {
        figures.push({
            kind: 'table',
            title: `Groups by ${r.name}`,
            columns: ['group', 'count', 'selection rate', 'TPR', 'FPR', 'FNR', 'precision', 'accuracy', 'judged'],
            rows: r.groups.map((g) => [
                g.key,
                g.counts.n,
                rate(g.rates.selectionRate),
                rate(g.rates.tpr),
                rate(g.rates.fpr),
                rate(g.rates.fnr),
                rate(g.rates.precision),
                rate(g.rates.accuracy),
                g.included
                    ? r.reference !== undefined && r.groups[r.reference] === g
                        ? 'yes (reference)'
                        : 'yes'
                    : `no (n < ${policy.minGroupSize})`,
            ]),
        });
        const judged = r.groups.filter((g) => g.included);
        if (judged.length > 0) {
            figures.push({
                kind: 'bar',
                title: `Selection rate and TPR by ${r.name}`,
                categories: judged.map((g) => g.key),
                series: [
                    { name: 'selection rate', values: judged.map((g) => g.rates.selectionRate ?? 0) },
                    { name: 'TPR (0 where undefined)', values: judged.map((g) => g.rates.tpr ?? 0) },
                ],
                xLabel: 'group',
                yLabel: 'rate',
            });
        }
        figures.push({
            kind: 'table',
            title: `Disparities by ${r.name}`,
            columns: [
                'metric',
                'value',
                `simultaneous ${Math.round(policy.confidence * 100)}% interval`,
                'threshold',
                'group pair',
                'verdict',
            ],
            rows: DISPARITY_METRICS.map((m) => {
                const d = r.disparities[m];
                const i = r.intervals?.[m];
                const limit = policy.thresholds[m];
                const check = checks.find((c) => c.id.endsWith(`.${m}`) && c.message.startsWith(`${r.name}:`));
                return [
                    DISPARITY_LABEL[m],
                    d.value === null ? 'undefined' : d.value,
                    i === undefined || i.low === null || i.high === null ? '—' : `[${i.low.toFixed(4)}, ${i.high.toFixed(4)}]`,
                    limit === null ? 'off' : `${DISPARITY_DIRECTION[m] === 'max' ? '≤' : '≥'} ${limit}`,
                    pairText(r, d.low, d.high),
                    check?.status ?? 'reported',
                ];
            }),
        });
        const small = r.groups.filter((g) => !g.included);
        if (small.length > 0) {
            figures.push({
                kind: 'table',
                title: `Groups of ${r.name} excluded from the verdict (fewer than ${policy.minGroupSize} rows)`,
                columns: ['group', 'count'],
                rows: small.map((g) => [g.key, g.counts.n]),
            });
        }
    }
    return figures;
}

// EXTERNAL MODULE: ./src/core/gate/status.ts
var gate_status = __webpack_require__(5013);
;// CONCATENATED MODULE: ./src/core/fairness/fairness-title.ts



/**
 * The report's one-sentence title from its checks: the first failing (or erroring, or warning) check's
 * message, or the number of disparity checks that passed.
 * @example fairnessTitle([], 1) // => 'Fairness gate could not decide: no checks ran.'
 */
function fairnessTitle(checks, groupings) {
    const status = (0,gate_status/* worstOf */.hm)(checks.map((c) => c.status));
    const of = (s) => checks.filter((c) => c.status === s);
    if (checks.length === 0)
        return messages/* fairnessMessages */.Q.titleError('no checks ran');
    if (status === 'fail')
        return messages/* fairnessMessages */.Q.titleFail(of('fail')[0].message, of('fail').length - 1);
    if (status === 'error')
        return messages/* fairnessMessages */.Q.titleError(of('error')[0].message);
    if (status === 'warn')
        return messages/* fairnessMessages */.Q.titleWarn(of('warn')[0].message, of('warn').length - 1);
    return messages/* fairnessMessages */.Q.titlePass(groupings, checks.filter((c) => DISPARITY_METRICS.some((m) => c.id.endsWith(`.${m}`))).length);
}

;// CONCATENATED MODULE: ./src/core/fairness/decide-fairness.ts




/**
 * The fairness gate's decision: the checks per grouping (`fairnessChecks`: group counts, small groups, undefined
 * rates, one check per disparity with a threshold, and the comparison with the champion when one is given), the
 * title (`fairnessTitle`), the summary that states how disparities were measured and judged, and the figures
 * (`fairnessFigures`). The gate has no outputs of its own besides the shared verdict and report path.
 * @example decideFairness([], DEFAULT_FAIRNESS_POLICY).title // => 'Fairness gate could not decide: no checks ran.'
 */
function decideFairness(results, policy, champion) {
    const checks = fairnessChecks(results, policy, champion);
    return {
        title: fairnessTitle(checks, results.length),
        summary: messages/* fairnessMessages */.Q.summary(policy.minGroupSize, policy.confidence, results[0]?.comparisons ?? 0, policy.useInterval),
        checks,
        figures: fairnessFigures(results, policy, checks),
        outputs: {},
    };
}

;// CONCATENATED MODULE: ./src/core/fairness/fairness-policy.ts
/** Documented defaults (docs/actions/fairness-gate.md). */
const DEFAULT_FAIRNESS_POLICY = {
    thresholds: {
        demographic_parity_difference: 0.1,
        demographic_parity_ratio: null,
        equalized_odds_difference: 0.1,
        equalized_odds_ratio: null,
        equal_opportunity_difference: 0.1,
        disparate_impact_ratio: 0.8,
        predictive_parity_difference: 0.1,
        accuracy_parity_difference: null,
        average_odds_difference: null,
        disparate_impact_two_sided: null,
    },
    method: 'between_groups',
    minGroupSize: 30,
    useInterval: false,
    failWhen: 'significant',
    confidence: 0.95,
    bootstrapResamples: 1000,
    seed: 0,
    tooFewGroups: 'fail',
    championTolerance: 0.02,
    intersectional: false,
    referenceGroups: {},
};

;// CONCATENATED MODULE: ./src/core/fairness/resolve-fairness-policy.ts


/** The default thresholds with the file's on top (a `null` in the file turns a metric's check off). */
function mergeThresholds(defaults, file) {
    const thresholds = { ...defaults };
    for (const metric of DISPARITY_METRICS) {
        const value = file?.[metric];
        if (value !== undefined)
            thresholds[metric] = value;
    }
    return thresholds;
}
/**
 * Effective policy = defaults ⊕ policy-file section ⊕ inputs (later wins, key by key; reference groups
 * merge per column). Pure: the section is assumed schema-valid.
 * @example resolveFairnessPolicy({ min_group_size: 50 }, { minGroupSize: 10 }).minGroupSize // => 10
 */
function resolveFairnessPolicy(section, overrides = {}) {
    const s = section ?? {};
    const d = DEFAULT_FAIRNESS_POLICY;
    return {
        thresholds: mergeThresholds(d.thresholds, s.thresholds),
        method: s.method ?? d.method,
        minGroupSize: overrides.minGroupSize ?? s.min_group_size ?? d.minGroupSize,
        useInterval: s.use_interval ?? d.useInterval,
        failWhen: s.fail_when ?? d.failWhen,
        confidence: s.confidence ?? d.confidence,
        bootstrapResamples: s.bootstrap_resamples ?? d.bootstrapResamples,
        seed: overrides.seed ?? s.seed ?? d.seed,
        tooFewGroups: s.too_few_groups ?? d.tooFewGroups,
        championTolerance: s.champion_tolerance ?? d.championTolerance,
        intersectional: overrides.intersectional ?? s.intersectional ?? d.intersectional,
        referenceGroups: { ...d.referenceGroups, ...(s.reference_groups ?? {}), ...(overrides.referenceGroups ?? {}) },
    };
}

// EXTERNAL MODULE: ./src/core/policy/policy-document.ts
var policy_document = __webpack_require__(90794);
// EXTERNAL MODULE: ./src/io/hash-file.ts
var hash_file = __webpack_require__(12145);
// EXTERNAL MODULE: ./src/fairness-gate/inputs.ts
var fairness_gate_inputs = __webpack_require__(20810);
// EXTERNAL MODULE: ./src/core/data/cell-value.ts
var cell_value = __webpack_require__(73406);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/metrics/prepare-binary.ts
var prepare_binary = __webpack_require__(8174);
// EXTERNAL MODULE: ./src/io/dataset/index.ts + 3 modules
var dataset = __webpack_require__(3194);
// EXTERNAL MODULE: ./src/io/dataset/read-chunks.ts + 1 modules
var read_chunks = __webpack_require__(89251);
// EXTERNAL MODULE: ./src/io/dataset/read-column-values.ts
var read_column_values = __webpack_require__(30577);
// EXTERNAL MODULE: ./src/validate-data/scan-partition.ts
var scan_partition = __webpack_require__(55743);
// EXTERNAL MODULE: ./src/fairness-gate/fold-partition.ts
var fold_partition = __webpack_require__(45423);
// EXTERNAL MODULE: ./src/fairness-gate/fold-workers.ts
var fold_workers = __webpack_require__(19422);
;// CONCATENATED MODULE: ./src/fairness-gate/read-predictions.ts











const EXAMPLES = 5;
/**
 * Reads a predictions file into binary labels, binary predictions and sensitive values. CSV/TSV and Parquet files
 * stream as column chunks folded into weighted distinct rows (`predictionFold`: group values × label × prediction,
 * no per-row arrays, memory flat in the file's size) when their labels need no `positive-label`; at a row the fold
 * does not take (a bad label, prediction or score), and for other files, the whole columns are read (CSV/TSV as
 * column chunks, other formats as row batches) into one entry per row, which reports the row. The same groups,
 * counts and errors either way. A large CSV/TSV file is folded in byte ranges on the cores at once (fold workers,
 * when `enableFoldWorkers` found their bundle) and merged exactly. `options`: the chunk size, the partitions and
 * where each is folded (tests).
 * @throws {DataError} a named column the file lacks (listing those present), an empty file, non-binary labels or
 *   predictions, non-numeric scores, scores outside [0, 1] or not finite (with up to five examples and their lines)
 */
async function readPredictions(path, columns, signal, options = {}) {
    const header = await (0,dataset/* datasetHeader */.eZ)(path);
    const names = predictionColumnsToRead(path, columns, header);
    if (columns.positiveLabel === undefined && (0,read_chunks/* columnChunksSupported */.jF)(path)) {
        const folded = await foldPredictions(path, columns, names, signal, options);
        if (folded !== undefined)
            return folded;
    }
    const data = await (0,read_column_values/* readColumnValues */.p)(path, names, signal === undefined ? {} : { signal });
    if (data.rowCount === 0)
        throw new errors/* DataError */.fL(messages/* fairnessMessages */.Q.emptyFile(path), { file: path, line: 1 }, messages/* fairnessMessages */.Q.emptyFileHint());
    const column = (name) => data.column(name);
    const yTrue = labelsOf(path, columns, column(columns.labelColumn), data.lines, header);
    let yPred;
    if (columns.scoreColumn !== undefined) {
        const cells = column(columns.scoreColumn);
        const { numbers } = cells;
        yPred = new Uint8Array(cells.length);
        const bad = [];
        const outside = [];
        let badCount = 0, outsideCount = 0;
        for (let i = 0; i < cells.length; i++) {
            const v = numbers[i];
            if (Number.isNaN(v)) {
                badCount++;
                if (bad.length < EXAMPLES)
                    bad.push({ line: data.lines[i], value: cells.shown(i) });
            }
            else if (!(v >= 0 && v <= 1)) {
                // ±Infinity and scores outside [0, 1], as evaluate-vs-champion rejects them
                outsideCount++;
                if (outside.length < EXAMPLES)
                    outside.push({ line: data.lines[i], value: cells.shown(i) });
            }
            else
                yPred[i] = v >= columns.threshold ? 1 : 0;
        }
        if (outsideCount > 0 && badCount === 0) {
            throw new errors/* DataError */.fL(messages/* fairnessMessages */.Q.scoreOutOfRange(path, columns.scoreColumn, outsideCount, outside), { file: path, line: outside[0].line, column: header.indexOf(columns.scoreColumn) + 1 }, messages/* fairnessMessages */.Q.scoreOutOfRangeHint());
        }
        if (badCount > 0) {
            throw new errors/* DataError */.fL(messages/* fairnessMessages */.Q.nonNumericScore(path, columns.scoreColumn, badCount, bad), { file: path, line: bad[0].line, column: header.indexOf(columns.scoreColumn) + 1 }, messages/* fairnessMessages */.Q.nonNumericScoreHint(fairness_gate_inputs/* Inputs */.G0.PredictionColumn));
        }
    }
    else {
        yPred = toBinary(path, columns.predictionColumn, column(columns.predictionColumn), data.lines, header);
    }
    const sensitive = columns.sensitiveColumns.map((name) => {
        const values = column(name);
        return { name, values: Array.from({ length: values.length }, (_, i) => values.text(i) ?? null) };
    });
    return { yTrue, yPred, sensitive, rows: data.rowCount };
}
/**
 * The distinct columns a predictions file is read for, in order (label, prediction or score, sensitive columns).
 * @throws {DataError} a named column the header lacks, listing those present
 */
function predictionColumnsToRead(path, columns, header) {
    const wanted = [
        [columns.labelColumn, fairness_gate_inputs/* Inputs */.G0.LabelColumn],
        columns.scoreColumn !== undefined
            ? [columns.scoreColumn, fairness_gate_inputs/* Inputs */.G0.ScoreColumn]
            : [columns.predictionColumn, fairness_gate_inputs/* Inputs */.G0.PredictionColumn],
        ...columns.sensitiveColumns.map((c) => [c, fairness_gate_inputs/* Inputs */.G0.SensitiveColumns]),
    ];
    for (const [column, input] of wanted) {
        if (!header.includes(column))
            throw new errors/* DataError */.fL(messages/* fairnessMessages */.Q.missingColumn(path, column, input, header), { file: path, input }, messages/* fairnessMessages */.Q.missingColumnHint(input));
    }
    return [...new Set(wanted.map(([c]) => c))];
}
/**
 * The fold of the file, or undefined at a row it does not take (or an empty file): see readPredictions. A file large
 * enough to split (planPartitions: uncompressed CSV/TSV of 8 MiB and more) is folded in byte ranges at the same time
 * (worker threads, or `options.run`) and merged exactly; where that cannot be exact (foldInParallel), in one pass here.
 */
async function foldPredictions(path, columns, names, signal, options) {
    const workers = [];
    try {
        const run = options.run ?? (0,fold_workers.workerFoldRunner)(path, columns, names, workers, signal);
        const plan = run === undefined ? [] : await (options.plan ?? ((p) => (0,scan_partition/* planPartitions */.nn)(p, (0,fold_workers.foldParallelism)())))(path);
        if (run !== undefined && plan.length >= 2) {
            const folded = await (0,fold_workers.foldInParallel)(columns.sensitiveColumns, plan, run, signal);
            if (folded !== undefined)
                return folded.rows === 0 ? undefined : folded;
        }
    }
    finally {
        for (const worker of workers)
            void worker.terminate();
    }
    const fold = await (0,fold_partition/* foldPartition */.q)(path, columns, names, { kind: 'whole-file' }, {
        ...(signal === undefined ? {} : { signal }),
        ...(options.chunkRows === undefined ? {} : { chunkRows: options.chunkRows }),
    });
    return fold.foldable && fold.rows > 0 ? { ...fold.input, rows: fold.rows } : undefined;
}
/**
 * The label column as 0/1: text labels by `positive-label` (compared as text), else 0/1 or true/false. Two text
 * labels without `positive-label` are an error listing them and naming the input.
 */
function labelsOf(path, columns, cells, lines, header) {
    const name = columns.labelColumn;
    const where = { file: path, column: header.indexOf(name) + 1 };
    const positive = columns.positiveLabel;
    if (positive !== undefined) {
        const coded = (0,prepare_binary/* binaryLabelsOfColumn */.Ws)(cells, positive);
        if ('labels' in coded)
            return coded.labels;
        throw (0,prepare_binary/* textLabelError */.Ee)(coded, name, positive, fairness_gate_inputs/* Inputs */.G0.PositiveLabel, where) ?? new RangeError('positive-label');
    }
    try {
        return toBinary(path, name, cells, lines, header);
    }
    catch (error) {
        throw (0,prepare_binary/* textLabelError */.Ee)((0,prepare_binary/* binaryLabelsOfColumn */.Ws)(cells, undefined), name, undefined, fairness_gate_inputs/* Inputs */.G0.PositiveLabel, where) ?? error;
    }
}
function toBinary(path, name, cells, lines, header) {
    const out = new Uint8Array(cells.length);
    const { numbers } = cells;
    const bad = [];
    let badCount = 0;
    for (let i = 0; i < cells.length; i++) {
        const n = numbers[i];
        let b;
        if (n === 0)
            b = false;
        else if (n === 1)
            b = true;
        else if (Number.isNaN(n)) {
            const text = cells.text(i);
            b = text === undefined ? undefined : (0,cell_value/* cellToBoolean */.sv)(text);
        }
        if (b === undefined) {
            badCount++;
            if (bad.length < EXAMPLES)
                bad.push({ line: lines[i], value: cells.shown(i) });
        }
        else
            out[i] = b ? 1 : 0;
    }
    if (badCount > 0) {
        throw new errors/* DataError */.fL(messages/* fairnessMessages */.Q.nonBinary(path, name, badCount, bad), { file: path, line: bad[0].line, column: header.indexOf(name) + 1 }, messages/* fairnessMessages */.Q.nonBinaryHint());
    }
    return out;
}

;// CONCATENATED MODULE: ./src/fairness-gate/main.ts







/**
 * fairness-gate: reads predictions, disaggregates them by sensitive (and intersectional) groups, measures the
 * disparities with analytic score intervals (Newcombe for differences, Katz log for ratios; Bonferroni over the
 * comparisons, no resampling), compares them with the policy's thresholds (and the champion's).
 */
async function main(context) {
    const inputs = (0,fairness_gate_inputs/* readInputs */.Ko)(context.inputs);
    const policy = resolveFairnessPolicy((0,policy_document/* policySection */.U)(context.policy, 'fairness-gate'), {
        minGroupSize: inputs.minGroupSize,
        seed: inputs.seed,
        intersectional: inputs.intersectional,
        referenceGroups: inputs.referenceGroups,
    });
    const data = await readPredictions(inputs.predictions, inputs, context.signal);
    context.logger.info(`fairness-gate: ${data.rows} rows, sensitive columns ${inputs.sensitiveColumns.join(', ')}${policy.intersectional ? ' (and their intersection)' : ''}`);
    const results = analyzeFairness(data, policy);
    const predictions = { [inputs.predictions]: await (0,hash_file/* sha256File */.Q)(inputs.predictions) };
    const dataHashes = {};
    let champion;
    if (inputs.championPredictions !== undefined) {
        const championData = await readPredictions(inputs.championPredictions, inputs, context.signal);
        champion = analyzeFairness(championData, policy);
        dataHashes[inputs.championPredictions] = await (0,hash_file/* sha256File */.Q)(inputs.championPredictions);
    }
    return {
        outcome: decideFairness(results, policy, champion),
        subject: { predictions, ...(champion === undefined ? {} : { dataHashes }) },
    };
}


/***/ }),

/***/ 55743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nn: () => (/* binding */ planPartitions)
/* harmony export */ });
/* unused harmony exports MIN_SPLIT_BYTES, MIN_SPLIT_ROWS, SPLIT_PARQUET, planParquetRowGroups */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _io_dataset_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3194);


/** Files smaller than this are scanned on one thread (a worker's start and the merge cost more than they save). */
const MIN_SPLIT_BYTES = 8 << 20;
/** Bytes per range at least. */
const MIN_RANGE_BYTES = 4 << 20;
/** Parquet files with fewer rows than this are scanned on one thread. */
const MIN_SPLIT_ROWS = 200_000;
/** Whether Parquet files are split by row groups (off until measured faster at 1M and 5M rows). */
const SPLIT_PARQUET = false;
const WHOLE = [{ kind: 'whole-file' }];
/**
 * How to scan `path` with up to `parts` tasks: byte ranges for an uncompressed CSV/TSV file of at least
 * MIN_SPLIT_BYTES (at least MIN_RANGE_BYTES each), else the whole file. A file whose header cannot be read is
 * scanned whole (the sequential scan reports why).
 * @throws never
 */
async function planPartitions(path, parts) {
    try {
        // Byte ranges are CSV records: a Parquet file (chunk-read too) must never be cut at its bytes' "line ends".
        const format = (0,_io_dataset_index_js__WEBPACK_IMPORTED_MODULE_1__/* .datasetFormat */ .QV)(path);
        if (format.format === 'parquet' && SPLIT_PARQUET)
            return await planParquetRowGroups(path, parts);
        if (parts < 2 || format.format !== 'csv' || format.gzip || !(0,_io_dataset_index_js__WEBPACK_IMPORTED_MODULE_1__/* .columnChunksSupported */ .jF)(path))
            return WHOLE;
        const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).size;
        if (size < MIN_SPLIT_BYTES)
            return WHOLE;
        const header = await (0,_io_dataset_index_js__WEBPACK_IMPORTED_MODULE_1__/* .datasetHeader */ .eZ)(path);
        const ranges = await (0,_io_dataset_index_js__WEBPACK_IMPORTED_MODULE_1__/* .candidateCsvRanges */ .GU)(path, header, Math.min(parts, Math.floor(size / MIN_RANGE_BYTES)));
        if (ranges === undefined)
            return WHOLE;
        return ranges.map((range) => ({ kind: 'csv-bytes', ...range }));
    }
    catch {
        return WHOLE;
    }
}
/**
 * How to scan a Parquet file with up to `parts` tasks: consecutive runs of its row groups with about equal rows, when
 * it has at least MIN_SPLIT_ROWS rows in two or more row groups; else the whole file. A file whose metadata cannot be
 * read is scanned whole (the sequential scan reports why).
 * @throws never
 */
async function planParquetRowGroups(path, parts, minRows = MIN_SPLIT_ROWS) {
    try {
        const { count, rows } = await (0,_io_dataset_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parquetRowGroups */ .hQ)(path);
        const total = rows.reduce((sum, n) => sum + n, 0);
        const tasks = Math.min(parts, count);
        if (tasks < 2 || total < minRows)
            return WHOLE;
        const plan = [];
        let first = 0;
        let done = 0;
        for (let t = 0; t < tasks; t++) {
            // This task's row groups: until its share of the rows, leaving one for each task after it (the last: the rest).
            let last = first;
            if (t === tasks - 1)
                last = count;
            else {
                const target = (total * (t + 1)) / tasks;
                do
                    done += rows[last++];
                while (last < count - (tasks - t - 1) && done + rows[last] / 2 <= target);
            }
            plan.push({ kind: 'parquet-row-groups', first, count: last - first });
            first = last;
        }
        return plan.length < 2 ? WHOLE : plan;
    }
    catch {
        return WHOLE;
    }
}


/***/ })

};

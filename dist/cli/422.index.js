export const id = 422;
export const ids = [422];
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


/***/ })

};

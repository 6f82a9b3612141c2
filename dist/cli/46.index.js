export const id = 46;
export const ids = [46];
export const modules = {

/***/ 57046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/core/gate/action-outputs.ts
var action_outputs = __webpack_require__(74330);
// EXTERNAL MODULE: ./src/core/canary/messages.ts
var messages = __webpack_require__(9806);
;// CONCATENATED MODULE: ./src/core/canary/canary-checks.ts

/**
 * The rollout's checks: one `canary.<metric>` per planned check with its verdict in the last judged interval
 * (`error` when no interval judged it: never a silent pass), then `canary.decision` with the verdict's status.
 * @example canaryChecks({ steps: [10, 100], intervalsPerStep: 1, intervalMs: 1000, failureLimit: 0, inconclusiveLimit: 0, noTraffic: { policy: 'fail' }, checks: [{ metric: 'error-rate', condition: { kind: 'max', value: 0.05 } }] }, { decision: 'promote', reason: 'analysis-passed', status: 'pass', message: 'ok' }, undefined)[0]?.status // => 'error'
 */
function canaryChecks(plan, verdict, last) {
    const checks = plan.checks.map((spec) => {
        const judged = last?.checks.find((c) => c.metric === spec.metric);
        const threshold = {
            rule: (0,messages/* describeCondition */.pu)(spec.condition),
            ...(judged?.limit == null ? {} : spec.condition.kind === 'min' ? { min: judged.limit } : { max: judged.limit }),
        };
        if (judged === undefined)
            return {
                id: `canary.${spec.metric}`,
                status: 'error',
                observed: null,
                threshold,
                message: (0,messages/* neverJudged */.qM)(spec.metric, last?.reason),
            };
        return {
            id: `canary.${spec.metric}`,
            status: judged.status,
            observed: judged.canary !== null && Number.isFinite(judged.canary) ? judged.canary : null,
            measure: `canary ${spec.metric}`,
            threshold,
            message: judged.message,
            details: { stable: judged.stable },
        };
    });
    checks.push({
        id: 'canary.decision',
        status: verdict.status,
        observed: verdict.decision,
        threshold: { rule: `failure limit ${plan.failureLimit}, inconclusive limit ${plan.inconclusiveLimit}` },
        message: verdict.message,
        details: { reason: verdict.reason },
    });
    return checks;
}

;// CONCATENATED MODULE: ./src/core/canary/canary-figures.ts
/**
 * The rollout timeline as figures: the canary weight over time (line; with `final`, one last point at the weight
 * the rollout was left at, when it differs from the last interval's), the canary's metric per interval (line,
 * missing values drawn as 0, only when the plan has checks) and the table of every interval with both sides.
 * @example canaryFigures({ steps: [10, 100], intervalsPerStep: 1, intervalMs: 1000, failureLimit: 0, inconclusiveLimit: 0, noTraffic: { policy: 'fail' }, checks: [{ metric: 'error-rate', condition: { kind: 'max', value: 0.05 } }] }, []).map((f) => f.kind) // => ['line', 'line', 'table']
 */
function canaryFigures(plan, timeline, final) {
    const x = timeline.map((t) => `${(t.atMs / 1000).toFixed(1)}s`);
    // The rollout ends at the weight it was left at (100 on promote, 0 on rollback), after the last interval.
    const last = timeline[timeline.length - 1];
    const ends = final !== undefined && last !== undefined && last.weight !== final.weight;
    const weightX = ends ? [...x, final.label] : x;
    const weights = ends ? [...timeline.map((t) => t.weight), final.weight] : timeline.map((t) => t.weight);
    const metricSeries = plan.checks.map((spec) => ({
        name: `canary ${spec.metric}`,
        values: timeline.map((t) => {
            const v = t.canary[spec.metric];
            return v === null || v === undefined || !Number.isFinite(v) ? 0 : v;
        }),
    }));
    return [
        {
            kind: 'line',
            title: 'Canary weight (%)',
            x: weightX,
            series: [{ name: 'weight', values: weights }],
            xLabel: 'time',
            yLabel: '%',
        },
        ...(metricSeries.length > 0
            ? [
                {
                    kind: 'line',
                    title: 'Canary metrics per interval (missing shown as 0; see table)',
                    x,
                    series: metricSeries,
                    xLabel: 'time',
                },
            ]
            : []),
        {
            kind: 'table',
            title: 'Timeline',
            columns: [
                'time',
                'weight %',
                'outcome',
                ...plan.checks.flatMap((s) => [`canary ${s.metric}`, `stable ${s.metric}`]),
                'reason',
            ],
            rows: timeline.map((t, i) => [
                x[i] ?? '',
                t.weight,
                t.outcome,
                ...plan.checks.flatMap((s) => [t.canary[s.metric] ?? null, t.stable[s.metric] ?? null]),
                t.reason,
            ]),
        },
    ];
}

;// CONCATENATED MODULE: ./src/core/canary/decide-canary.ts




const out = action_outputs/* Outputs */.t['canary-deploy'];
/**
 * The canary gate's report of a finished rollout: `canary.health` when the plan has a health check, one check per planned metric (its last judged interval),
 * `canary.decision` (the verdict's status), and `canary.champion` (pass) when a promotion moved the registry
 * alias; the title says promoted to 100% or rolled back to 0% with the reason, the summary is the verdict's
 * message, the figures draw the timeline, and the outputs are the decision, the final weight, the reason and the
 * number of intervals analysed.
 * @example decideCanary({ steps: [10, 100], intervalsPerStep: 1, intervalMs: 1000, failureLimit: 0, inconclusiveLimit: 0, noTraffic: { policy: 'fail' }, checks: [{ metric: 'error-rate', condition: { kind: 'max', value: 0.05 } }] }, { verdict: { decision: 'promote', reason: 'analysis-passed', status: 'pass', message: 'ok' }, state: { phase: 'promoted', stepIndex: 1, passedInStep: 1, weight: 100, failures: 0, inconclusives: 0, noTrafficIntervals: 0, intervals: 2 }, timeline: [] }).title // => 'Canary promoted to 100%'
 */
function decideCanary(plan, run, champion) {
    const { verdict, state } = run;
    const checks = canaryChecks(plan, verdict, run.lastAssessment);
    if (run.ab !== undefined)
        checks.splice(checks.length - 1, 0, abCheck(run.ab, plan, verdict));
    if (run.health !== undefined)
        checks.unshift({
            id: 'canary.health',
            status: run.health.healthy ? 'pass' : run.health.cancelled === true ? 'error' : 'fail',
            observed: run.health.healthy ? 'healthy' : run.health.cancelled === true ? 'cancelled' : 'unhealthy',
            message: run.health.message,
        });
    if (champion !== undefined)
        checks.push({
            id: 'canary.champion',
            status: 'pass',
            observed: champion.version,
            message: (0,messages/* championMoved */.Dd)(champion.model, champion.version),
        });
    return {
        title: title(run),
        summary: verdict.message,
        checks,
        figures: canaryFigures(plan, run.timeline, {
            weight: state.weight,
            label: verdict.decision === 'promote' ? 'promoted' : 'rolled back',
        }),
        outputs: {
            [out.Decision]: verdict.decision,
            [out.FinalWeight]: String(state.weight),
            [out.Reason]: verdict.reason,
            [out.Intervals]: String(state.intervals),
        },
    };
}
function title(run) {
    const { verdict } = run;
    if (run.ab !== undefined && verdict.reason.startsWith('ab-'))
        return (0,messages/* titleAb */.mL)(run.ab.outcome, run.state.weight);
    if (verdict.decision === 'promote')
        return (0,messages/* titlePromoted */.R0)();
    if (verdict.decision === 'hold')
        return (0,messages/* titleHeld */.yH)();
    if (verdict.reason === 'unhealthy')
        return (0,messages/* titleUnhealthy */.tN)();
    if (run.health?.cancelled === true)
        return (0,messages/* titleHealthCancelled */.As)();
    return (0,messages/* titleRolledBack */.y2)(verdict.reason);
}
/**
 * The A/B test's check: the difference in success rate (candidate − stable) with Newcombe's interval as its bounds,
 * pass when the candidate was better, fail when worse, and for an inconclusive test the verdict's status (error when
 * it rolled back, warn when the policy promotes an inconclusive test).
 */
function abCheck(ab, plan, verdict) {
    return {
        id: 'canary.ab-test',
        status: ab.outcome === 'better' ? 'pass' : ab.outcome === 'worse' ? 'fail' : verdict.status,
        observed: ab.difference,
        measure: 'success-rate difference (candidate − stable)',
        threshold: { min: plan.ab?.minLift ?? 0, rule: `interval above the lift floor at alpha ${String(plan.ab?.alpha)}` },
        message: ab.message,
        details: {
            candidate: ab.candidate,
            stable: ab.stable,
            interval: ab.interval,
            pBetter: ab.pBetter,
            pWorse: ab.pWorse,
        },
    };
}

// EXTERNAL MODULE: ./src/core/gate/status.ts
var gate_status = __webpack_require__(5013);
;// CONCATENATED MODULE: ./src/core/canary/metric-domain.ts
/** The values a built-in canary metric can take; anything outside is a provider fault, not a measurement. */
const METRIC_DOMAINS = {
    'error-rate': { min: 0, max: 1 },
    'latency-p95-ms': { min: 0 },
};
/**
 * The domain of `metric` when the value lies outside it (a negative error rate, a rate above 1), else undefined.
 * Metrics without a known domain (user-defined queries) are never out of domain.
 * @example metricOutOfDomain('error-rate', -1) // => { min: 0, max: 1 }
 * @example metricOutOfDomain('error-rate', 0.5) // => undefined
 */
function metricOutOfDomain(metric, value) {
    const domain = METRIC_DOMAINS[metric];
    if (domain === undefined)
        return undefined;
    return value < domain.min || (domain.max !== undefined && value > domain.max) ? domain : undefined;
}

;// CONCATENATED MODULE: ./src/core/canary/assess-metric.ts


/**
 * Judges one metric of one interval. A missing (`null`) or non-finite value is `inconclusive`, never a
 * success (Argo Rollouts counts an empty Prometheus result as an error, Flagger as "no values found"; both
 * are easy to misread as healthy, so this engine never does). Relative conditions need the stable value too.
 *
 * Outcome → Status: success → pass, inconclusive → error, failed → fail.
 * @example assessMetric({ metric: 'error-rate', condition: { kind: 'max', value: 0.05 } }, 0.2, 0.01).outcome // => 'failed'
 */
function assessMetric(spec, canary, stable, reason) {
    const base = { metric: spec.metric, canary, stable };
    const inconclusive = (message) => ({
        ...base,
        outcome: 'inconclusive',
        status: 'error',
        limit: null,
        message,
    });
    if (canary === null)
        return inconclusive(messages/* metricMissing */.nI(spec.metric, 'canary', reason));
    if (!Number.isFinite(canary))
        return inconclusive(messages/* metricNotFinite */.lM(spec.metric, 'canary', canary));
    const canaryDomain = metricOutOfDomain(spec.metric, canary);
    if (canaryDomain !== undefined)
        return inconclusive(messages/* metricOutOfDomain */.et(spec.metric, 'canary', canary, canaryDomain));
    const condition = spec.condition;
    let limit;
    let breached;
    if (condition.kind === 'max' || condition.kind === 'min') {
        limit = condition.value;
        breached = condition.kind === 'max' ? canary > limit : canary < limit;
    }
    else {
        if (stable === null)
            return inconclusive(messages/* metricMissing */.nI(spec.metric, 'stable', reason));
        if (!Number.isFinite(stable))
            return inconclusive(messages/* metricNotFinite */.lM(spec.metric, 'stable', stable));
        const stableDomain = metricOutOfDomain(spec.metric, stable);
        if (stableDomain !== undefined)
            return inconclusive(messages/* metricOutOfDomain */.et(spec.metric, 'stable', stable, stableDomain));
        limit = condition.kind === 'max-relative' ? stable * (1 + condition.tolerance) : stable + condition.delta;
        breached = canary > limit;
    }
    return breached
        ? {
            ...base,
            outcome: 'failed',
            status: 'fail',
            limit,
            message: messages/* metricBreached */.T$(spec.metric, canary, condition, limit),
        }
        : { ...base, outcome: 'success', status: 'pass', limit, message: messages/* metricWithin */.er(spec.metric, canary, condition) };
}

;// CONCATENATED MODULE: ./src/core/canary/assess-interval.ts



/**
 * Judges one analysis interval: the worst of its checks under the shared Status order (failed outranks
 * inconclusive outranks success); `no-traffic` when the canary served zero requests (its metrics are then
 * not judged: an empty rate is not a healthy one). A provider-wide error is inconclusive with its reason.
 * An interval with no checks is inconclusive: nothing checked is nothing passed.
 * With `minRequests` > 0, an interval in which the canary served fewer requests (or an unknown number) is
 * inconclusive, neither a failure nor a pass: 1 error in 19 requests says little about a 1% error rate.
 * @example assessInterval([], { kind: 'provider-error', reason: 'connection refused' }).outcome // => 'inconclusive'
 * @example assessInterval([{ metric: 'error-rate', condition: { kind: 'max', value: 0.05 } }], { kind: 'metrics', canary: { 'error-rate': 0.0526 }, stable: {}, canaryRequests: 19 }, 100).outcome // => 'inconclusive'
 */
function assessInterval(checks, observation, minRequests = 0) {
    if (observation.kind === 'provider-error') {
        return { outcome: 'inconclusive', status: 'error', checks: [], reason: (0,messages/* providerFailed */.zN)(observation.reason) };
    }
    if (observation.canaryRequests === 0) {
        return { outcome: 'no-traffic', status: 'error', checks: [], reason: (0,messages/* noCanaryTraffic */.FZ)() };
    }
    if (minRequests > 0 && (observation.canaryRequests === null || observation.canaryRequests < minRequests)) {
        const reason = observation.canaryRequests === null
            ? (0,messages/* requestsUnknown */.tP)(minRequests)
            : (0,messages/* tooFewRequests */.jO)(observation.canaryRequests, minRequests);
        return { outcome: 'inconclusive', status: 'error', checks: [], reason };
    }
    const assessed = checks.map((spec) => assessMetric(spec, observation.canary[spec.metric] ?? null, observation.stable[spec.metric] ?? null, observation.errors?.[spec.metric]));
    const status = (0,gate_status/* worstOf */.hm)(assessed.map((check) => check.status), 'error');
    const outcome = status === 'fail' ? 'failed' : status === 'pass' ? 'success' : 'inconclusive';
    const worstCheck = assessed.find((check) => check.status === status);
    return {
        outcome,
        status,
        checks: assessed,
        reason: worstCheck?.message ?? 'no metric checks configured; inconclusive',
    };
}

;// CONCATENATED MODULE: ./src/core/canary/canary-machine.ts


const INITIAL_STATE = {
    phase: 'progressing',
    stepIndex: 0,
    passedInStep: 0,
    weight: 0,
    failures: 0,
    inconclusives: 0,
    noTrafficIntervals: 0,
    intervals: 0,
};
/**
 * The run of a rollout that never started because the health check of the new endpoint failed: rolled back with
 * reason `unhealthy` (status fail) at weight 0, no interval judged; nothing moved, so there is nothing to undo.
 * @example unhealthyRun({ healthy: false, message: 'health check failed' }).state.weight // => 0
 */
function unhealthyRun(health) {
    return {
        verdict: { decision: 'rollback', reason: 'unhealthy', status: 'fail', message: health.message },
        state: { ...INITIAL_STATE, phase: 'rolled-back' },
        timeline: [{ atMs: 0, weight: 0, outcome: 'abort', canary: {}, stable: {}, reason: health.message }],
        health,
    };
}
/**
 * The run of a rollout cancelled during the health check: rolled back with reason `aborted` (status error) at
 * weight 0, as any cancellation; nothing moved, so there is nothing to undo, and the endpoint was not found unhealthy.
 * @example cancelledHealthRun().verdict.reason // => 'aborted'
 */
function cancelledHealthRun() {
    const message = (0,messages/* healthCancelled */.WN)();
    return {
        verdict: { decision: 'rollback', reason: 'aborted', status: 'error', message },
        state: { ...INITIAL_STATE, phase: 'rolled-back' },
        timeline: [{ atMs: 0, weight: 0, outcome: 'abort', canary: {}, stable: {}, reason: message }],
        health: { healthy: false, cancelled: true, message },
    };
}
/** Weights at which analysis runs (every step below 100). */
function analysisSteps(plan) {
    return plan.steps.filter((weight) => weight < 100);
}
/**
 * The first transition: move to the first step (or straight to 100 when the plan has no step below 100 —
 * a plan without analysis promotes at once; the resolver refuses such a plan unless asked).
 * @example startCanary({ steps: [10, 100], intervalsPerStep: 1, intervalMs: 1000, failureLimit: 0, inconclusiveLimit: 0, noTraffic: { policy: 'fail' }, checks: [] }).actions // => [{ kind: 'set-weight', percent: 10 }]
 */
function startCanary(plan) {
    const first = analysisSteps(plan)[0];
    const initial = INITIAL_STATE;
    if (first === undefined)
        return finish(initial, {
            decision: 'promote',
            reason: 'analysis-passed',
            status: 'pass',
            message: (0,messages/* verdictPromoted */.Cd)(plan.steps),
        });
    return { state: { ...initial, weight: first }, actions: [setWeight(plan, first)] };
}
/** The action that moves to an analysis weight: mirroring on when the plan mirrors and the weight is 0. */
function setWeight(plan, percent) {
    return plan.mirror === true && percent === 0
        ? { kind: 'set-weight', percent, mirror: true }
        : { kind: 'set-weight', percent };
}
/**
 * One step of the canary state machine: `(state, observation) → { state, actions, verdict? }`.
 *
 * Semantics (after Argo Rollouts' analysis, with "pause" replaced by rollback since no human resumes a job):
 * - a passing interval counts toward the step; `intervalsPerStep` passes move to the next weight; after the
 *   last weight below 100, the canary is promoted (set 100).
 * - a failed interval increments `failures`; more than `failureLimit` → rollback (set 0).
 * - an inconclusive interval (missing/NaN metric, provider error) increments `inconclusives`; more than
 *   `inconclusiveLimit` → rollback. It never counts as a pass.
 * - a no-traffic interval fails (policy `fail`, counted as a failure) or waits (policy `wait`, at most
 *   `maxIntervals`, then rollback).
 * - `abort` (cancellation, traffic error) → rollback at once.
 * Every interval either advances progress or consumes a bounded budget, so the machine ends within
 * steps × intervalsPerStep + failureLimit + inconclusiveLimit + maxIntervals + 1 intervals, at 0 or 100.
 * A finished state absorbs further observations without actions.
 * @example
 * advanceCanary(
 *   { steps: [10, 100], intervalsPerStep: 1, intervalMs: 1000, failureLimit: 0, inconclusiveLimit: 0, noTraffic: { policy: 'fail' }, checks: [] },
 *   { phase: 'progressing', stepIndex: 0, passedInStep: 0, weight: 10, failures: 0, inconclusives: 0, noTrafficIntervals: 0, intervals: 0 },
 *   { kind: 'abort', reason: 'cancelled' },
 * ).verdict?.decision // => 'rollback'
 */
function advanceCanary(plan, state, observation) {
    // A cancellation still rolls back an A/B split that waits for its judgement.
    if (state.phase === 'judging' ? observation.kind !== 'abort' : state.phase !== 'progressing')
        return { state, actions: [] };
    if (observation.kind === 'abort') {
        return finish(state, {
            decision: 'rollback',
            reason: 'aborted',
            status: 'error',
            message: (0,messages/* verdictAborted */.nb)(observation.reason),
        });
    }
    const assessment = assessInterval(plan.checks, observation, plan.minRequests ?? 0);
    const counted = { ...state, intervals: state.intervals + 1 };
    const withAssessment = (transition) => ({ ...transition, assessment });
    switch (assessment.outcome) {
        case 'success':
            return withAssessment(afterPass(plan, counted));
        case 'failed': {
            const failures = counted.failures + 1;
            const next = { ...counted, failures };
            if (failures > plan.failureLimit) {
                return withAssessment(finish(next, {
                    decision: 'rollback',
                    reason: 'failure-limit',
                    status: 'fail',
                    message: (0,messages/* verdictFailureLimit */.HQ)(failures, plan.failureLimit, assessment.reason),
                }));
            }
            return withAssessment({ state: next, actions: [] });
        }
        case 'inconclusive': {
            const inconclusives = counted.inconclusives + 1;
            const next = { ...counted, inconclusives };
            if (inconclusives > plan.inconclusiveLimit) {
                return withAssessment(finish(next, {
                    decision: 'rollback',
                    reason: 'inconclusive-limit',
                    status: 'error',
                    message: (0,messages/* verdictInconclusiveLimit */.tW)(inconclusives, plan.inconclusiveLimit, assessment.reason),
                }));
            }
            return withAssessment({ state: next, actions: [] });
        }
        case 'no-traffic': {
            const noTrafficIntervals = counted.noTrafficIntervals + 1;
            if (plan.noTraffic.policy === 'fail') {
                const failures = counted.failures + 1;
                const next = { ...counted, noTrafficIntervals, failures };
                if (failures > plan.failureLimit) {
                    return withAssessment(finish(next, {
                        decision: 'rollback',
                        reason: 'no-traffic',
                        status: 'fail',
                        message: (0,messages/* verdictNoTraffic */.Ew)(noTrafficIntervals),
                    }));
                }
                return withAssessment({ state: next, actions: [] });
            }
            const next = { ...counted, noTrafficIntervals };
            if (noTrafficIntervals > plan.noTraffic.maxIntervals) {
                return withAssessment(finish(next, {
                    decision: 'rollback',
                    reason: 'no-traffic',
                    status: 'error',
                    message: (0,messages/* verdictNoTraffic */.Ew)(noTrafficIntervals),
                }));
            }
            return withAssessment({ state: next, actions: [] });
        }
    }
}
/**
 * The end of an A/B split (state `judging`): the one fixed-horizon judgement of the business metric decides 100%
 * (`better`, reason `ab-better`) or 0% (`worse`, reason `ab-worse`); an inconclusive test does what the plan's
 * `onInconclusive` says (reason `ab-inconclusive`: rollback with status error, or promote with status warn). It never
 * stays at the split. Any other state absorbs the judgement without actions.
 * @example judgeAb({ steps: [50, 100], intervalsPerStep: 1, intervalMs: 1000, failureLimit: 0, inconclusiveLimit: 0, noTraffic: { policy: 'fail' }, checks: [], ab: { weight: 50, durationMs: 1000, alpha: 0.05, minLift: 0, onInconclusive: 'rollback', successQuery: 's', trialsQuery: 't' } }, { phase: 'judging', stepIndex: 0, passedInStep: 1, weight: 50, failures: 0, inconclusives: 0, noTrafficIntervals: 0, intervals: 1 }, { outcome: 'inconclusive', candidate: null, stable: null, difference: null, interval: null, pBetter: null, pWorse: null, message: 'no data' }).state.weight // => 0
 */
function judgeAb(plan, state, assessment) {
    if (state.phase !== 'judging' || plan.ab === undefined)
        return { state, actions: [] };
    if (assessment.outcome === 'better')
        return finish(state, {
            decision: 'promote',
            reason: 'ab-better',
            status: 'pass',
            message: (0,messages/* verdictAbPromoted */.Pf)(assessment.message),
        });
    if (assessment.outcome === 'worse')
        return finish(state, {
            decision: 'rollback',
            reason: 'ab-worse',
            status: 'fail',
            message: (0,messages/* verdictAbRolledBack */.Cc)(assessment.message),
        });
    const promote = plan.ab.onInconclusive === 'promote';
    return finish(state, {
        decision: promote ? 'promote' : 'rollback',
        reason: 'ab-inconclusive',
        status: promote ? 'warn' : 'error',
        message: (0,messages/* verdictAbInconclusive */.dg)(assessment.message, plan.ab.onInconclusive),
    });
}
/**
 * After a passing interval: the step needs more passes, or the next weight follows, or the plan is done — an A/B
 * split waits at its weight for the one judgement (judgeAb), a plan that never reaches 100 (shadow) holds at 0%, and
 * any other promotes.
 */
function afterPass(plan, counted) {
    const steps = analysisSteps(plan);
    const passed = counted.passedInStep + 1;
    if (passed < plan.intervalsPerStep)
        return { state: { ...counted, passedInStep: passed }, actions: [] };
    const nextIndex = counted.stepIndex + 1;
    const next = steps[nextIndex];
    if (next !== undefined)
        return {
            state: { ...counted, stepIndex: nextIndex, passedInStep: 0, weight: next },
            actions: [setWeight(plan, next)],
        };
    if (plan.ab !== undefined)
        return { state: { ...counted, passedInStep: passed, phase: 'judging' }, actions: [] };
    const holds = !plan.steps.includes(100);
    return finish(counted, {
        decision: holds ? 'hold' : 'promote',
        reason: 'analysis-passed',
        status: 'pass',
        message: holds ? (0,messages/* verdictHeld */.dk)(counted.intervals) : (0,messages/* verdictPromoted */.Cd)(plan.steps),
    });
}
/** The end of a rollout: 100% on promote, 0% (mirroring off) on rollback and hold. */
function finish(state, verdict) {
    const weight = verdict.decision === 'promote' ? 100 : 0;
    const phase = verdict.decision === 'promote' ? 'promoted' : verdict.decision === 'hold' ? 'held' : 'rolled-back';
    return {
        state: { ...state, phase, weight },
        actions: [{ kind: 'set-weight', percent: weight }],
        verdict,
    };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/canary/bake-period.ts


const BAKE_START = { intervals: 0, passed: 0, failures: 0, inconclusives: 0 };
/**
 * How many intervals the bake period lasts: the bake duration in whole intervals, rounded up (0: no bake).
 * @example bakeIntervals({ steps: [10, 100], intervalsPerStep: 1, intervalMs: 60000, failureLimit: 0, inconclusiveLimit: 0, noTraffic: { policy: 'fail' }, checks: [], bakeMs: 150000 }) // => 3
 */
function bakeIntervals(plan) {
    const bakeMs = plan.bakeMs ?? 0;
    return bakeMs <= 0 ? 0 : Math.ceil(bakeMs / plan.intervalMs);
}
/**
 * The checks a bake interval is judged on: the absolute ones (`max`, `min`). At 100% the stable model serves no
 * request, so a relative check has no baseline to compare with.
 * @example bakeChecks([{ metric: 'error-rate', condition: { kind: 'max', value: 0.05 } }, { metric: 'latency', condition: { kind: 'max-relative', tolerance: 0.1 } }]).map((c) => c.metric) // => ['error-rate']
 */
function bakeChecks(checks) {
    return checks.filter((check) => check.condition.kind === 'max' || check.condition.kind === 'min');
}
/**
 * One interval of the bake period, after the rollout reached 100% and before the registry alias moves: the
 * canary serves all traffic and must stay healthy on the absolute checks. A failed interval beyond the plan's
 * `failureLimit` rolls back (`bake-failed`); an inconclusive or trafficless one counts against
 * `inconclusiveLimit` (`inconclusive-limit`); an abort (cancellation) rolls back at once; after
 * `bakeIntervals(plan)` passing intervals the canary is promoted. Pure: the caller moves the traffic.
 * @example advanceBake({ steps: [10, 100], intervalsPerStep: 1, intervalMs: 1000, failureLimit: 0, inconclusiveLimit: 0, noTraffic: { policy: 'fail' }, checks: [{ metric: 'error-rate', condition: { kind: 'max', value: 0.05 } }], bakeMs: 1000 }, { intervals: 0, passed: 0, failures: 0, inconclusives: 0 }, { kind: 'metrics', canary: { 'error-rate': 0.5 }, stable: {}, canaryRequests: 100 }).verdict?.reason // => 'bake-failed'
 */
function advanceBake(plan, bake, observation) {
    const total = bakeIntervals(plan);
    if (observation.kind === 'abort')
        return { bake, verdict: rollback('aborted', 'error', (0,messages/* verdictAborted */.nb)(observation.reason)) };
    const assessment = assessInterval(bakeChecks(plan.checks), observation, plan.minRequests ?? 0);
    const counted = { ...bake, intervals: bake.intervals + 1 };
    if (assessment.outcome === 'success') {
        const next = { ...counted, passed: counted.passed + 1 };
        if (next.passed < total)
            return { bake: next, assessment };
        return {
            bake: next,
            assessment,
            verdict: {
                decision: 'promote',
                reason: 'analysis-passed',
                status: 'pass',
                message: (0,messages/* verdictBaked */.TR)(plan.steps, total),
            },
        };
    }
    if (assessment.outcome === 'failed') {
        const next = { ...counted, failures: counted.failures + 1 };
        if (next.failures <= plan.failureLimit)
            return { bake: next, assessment };
        return { bake: next, assessment, verdict: rollback('bake-failed', 'fail', (0,messages/* verdictBakeFailed */.Cn)(assessment.reason)) };
    }
    const next = { ...counted, inconclusives: counted.inconclusives + 1 };
    if (next.inconclusives <= plan.inconclusiveLimit)
        return { bake: next, assessment };
    return {
        bake: next,
        assessment,
        verdict: rollback('inconclusive-limit', 'error', (0,messages/* verdictBakeInconclusive */.xr)(next.inconclusives, assessment.reason)),
    };
}
function rollback(reason, status, message) {
    return { decision: 'rollback', reason, status, message };
}

;// CONCATENATED MODULE: ./src/core/canary/parse-duration.ts
/**
 * Parses a Go/Prometheus-style duration (`500ms`, `30s`, `2m`, `1h`, `1m30s`) into milliseconds.
 * Returns NaN for anything else, so the caller can name the input in its error.
 * @example parseDuration('1m30s') // => 90000
 */
function parseDuration(text) {
    const trimmed = text.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Number(trimmed) * 1000;
    const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
    const pattern = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
    let total = 0;
    let consumed = 0;
    for (const match of trimmed.matchAll(pattern)) {
        total += Number(match[1]) * (unit[match[2] ?? ''] ?? Number.NaN);
        consumed += match[0].length;
    }
    return consumed === trimmed.length && consumed > 0 ? total : Number.NaN;
}

;// CONCATENATED MODULE: ./src/core/canary/resolve-canary-policy.ts




const CANARY_DEFAULTS = {
    steps: [10, 25, 50, 100],
    interval: '30s',
    intervalsPerStep: 2,
    failureLimit: 0,
    inconclusiveLimit: 1,
    noTraffic: 'wait',
    noTrafficMaxIntervals: 2,
    maxErrorRate: 0.05,
    bake: '0s',
    /**
     * At the default error-rate bound of 5%, one error in 19 requests (5.3%) fails an interval of a 1%-error canary;
     * with 100 requests it takes 6 errors (P ≈ 0.0005 per interval), while a 10%-error canary fails 94% of them.
     */
    minRequests: 100,
    healthTimeout: '60s',
    healthSuccesses: 3,
    healthInterval: '1s',
    abWeight: 50,
    abAlpha: 0.05,
    abMinLift: 0,
    abOnInconclusive: 'rollback',
};
/**
 * The longest interval: a timer holds at most 2^31 − 1 ms (Node fires a longer one at once, so `100000h` used to
 * promote in 0.37 s).
 */
const MAX_INTERVAL_MS = 2 ** 31 - 1;
/** Parses `10,25,50,100` into weights; throws on anything not strictly increasing in (0, 100]. */
function parseSteps(text, input = 'steps') {
    const parts = text.split(/[\s,]+/).filter((part) => part !== '');
    const steps = parts.map((part) => (/^\d+(\.\d+)?$/.test(part) ? Number(part) : Number.NaN));
    validateSteps(steps, text, { input });
    return steps;
}
function validateSteps(steps, text, location) {
    const ok = steps.length > 0 &&
        steps.every((w, i) => Number.isFinite(w) && w > 0 && w <= 100 && (i === 0 || w > (steps[i - 1] ?? 0)));
    if (!ok)
        throw new errors/* ConfigurationError */.j1((0,messages/* invalidSteps */.j4)(text), location, (0,messages/* invalidStepsHint */.iL)());
}
/**
 * Resolves the effective CanaryPlan: inputs ⊕ policy section ⊕ defaults. Checks come from the policy's
 * `checks` plus `max-error-rate` / `max-latency-p95-ms` inputs (which replace a policy check on the same
 * metric). With no check at all, error-rate ≤ 5% is used: a canary is never judged on nothing.
 * @throws ConfigurationError for bad steps, durations or a check without a condition.
 * @example resolveCanaryPolicy({}, { steps: '20,100' }).steps // => [20, 100]
 */
function resolveCanaryPolicy(section, overrides) {
    const strategy = overrides.strategy ?? section.strategy ?? 'canary';
    const promoteShadow = resolveShadowPromote(strategy, section, overrides);
    const intervalMs = resolveIntervalMs(section, overrides);
    const ab = resolveAb(strategy, section, overrides, intervalMs);
    const steps = resolveStrategySteps(strategy, section, overrides, ab?.weight ?? (promoteShadow ? 0 : undefined));
    const checks = resolveChecks(section, overrides);
    const bakeMs = resolveBakeMs(section, overrides, checks, strategy === 'shadow' && !promoteShadow);
    return {
        strategy,
        steps,
        ...resolveMirror(strategy, section, overrides),
        intervalMs,
        intervalsPerStep: resolveIntervalsPerStep(section, overrides, ab, intervalMs),
        failureLimit: overrides.failureLimit ?? section.failure_limit ?? CANARY_DEFAULTS.failureLimit,
        inconclusiveLimit: overrides.inconclusiveLimit ?? section.inconclusive_limit ?? CANARY_DEFAULTS.inconclusiveLimit,
        noTraffic: resolveNoTraffic(section, overrides),
        checks,
        bakeMs,
        minRequests: overrides.minRequests ?? section.min_requests ?? CANARY_DEFAULTS.minRequests,
        ...resolveHealth(section, overrides),
        ...(ab === undefined ? {} : { ab }),
    };
}
/** shadow.promote (input shadow-promote), refused as true with any strategy but shadow. */
function resolveShadowPromote(strategy, section, overrides) {
    const promote = overrides.shadowPromote ?? section.shadow?.promote ?? false;
    if (promote && strategy !== 'shadow')
        throw new errors/* ConfigurationError */.j1((0,messages/* shadowPromoteWithout */.rd)(strategy), overrides.shadowPromote !== undefined ? { input: 'shadow-promote' } : { path: 'canary-deploy.shadow.promote' }, (0,messages/* shadowPromoteWithoutHint */.UD)());
    return promote;
}
/** Refuses A/B options (inputs or the policy's `ab` section) with a strategy other than ab. */
function refuseAbOptions(section, overrides) {
    const given = Object.entries(overrides).find(([key, value]) => key.startsWith('ab') && value !== undefined);
    if (given === undefined && section.ab === undefined)
        return;
    const input = given?.[0].replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    throw new errors/* ConfigurationError */.j1((0,messages/* abOptionWithoutAb */.c8)(input !== undefined ? { input } : 'canary-deploy.ab'), input !== undefined ? { input } : { path: 'canary-deploy.ab' }, (0,messages/* abOptionWithoutAbHint */.BX)());
}
/** One A/B setting: the input, else the policy key, else the default; refused (naming where) unless `valid`. */
function abSetting(given, fallback, valid, error) {
    const value = given.value ?? given.policy ?? fallback;
    if (!valid(value))
        throw new errors/* ConfigurationError */.j1(error.message(value), given.value !== undefined ? { input: given.input } : { path: `canary-deploy.ab.${given.key}` }, error.hint);
    return value;
}
/**
 * The A/B test (strategy ab): weight in (0, 100), a duration of at least one interval, alpha in (0, 0.5], a lift
 * floor in [0, 1), both business-metric queries. A/B options with another strategy are refused.
 */
function resolveAb(strategy, section, overrides, intervalMs) {
    if (strategy !== 'ab') {
        refuseAbOptions(section, overrides);
        return undefined;
    }
    const policy = section.ab ?? {};
    const durationText = abSetting({ input: 'ab-duration', key: 'duration', value: overrides.abDuration, policy: policy.duration }, '', (text) => text !== '', { message: messages/* abDurationRequired */.Jx, hint: (0,messages/* abDurationHint */.l9)() });
    const durationMs = parseDuration(durationText);
    abSetting({ input: 'ab-duration', key: 'duration', value: overrides.abDuration, policy: policy.duration }, '', () => Number.isFinite(durationMs) && durationMs >= intervalMs, { message: messages/* abDurationInvalid */.HD, hint: (0,messages/* abDurationHint */.l9)() });
    const query = (which, value, policyQuery) => abSetting({ input: `ab-${which}-query`, key: `${which}_query`, value, policy: policyQuery }, '', (text) => text.trim() !== '', { message: () => (0,messages/* abQueryRequired */.$m)(which), hint: (0,messages/* abQueryRequiredHint */.eX)(which) });
    return {
        weight: abSetting({ input: 'ab-weight', key: 'weight', value: overrides.abWeight, policy: policy.weight }, CANARY_DEFAULTS.abWeight, (weight) => Number.isFinite(weight) && weight > 0 && weight < 100, { message: messages/* abWeightInvalid */.Pt, hint: (0,messages/* abWeightInvalidHint */.CK)() }),
        durationMs,
        alpha: abSetting({ input: 'ab-alpha', key: 'alpha', value: overrides.abAlpha, policy: policy.alpha }, CANARY_DEFAULTS.abAlpha, (alpha) => alpha > 0 && alpha <= 0.5, { message: messages/* abAlphaInvalid */.Jm, hint: (0,messages/* abAlphaInvalidHint */.Mf)() }),
        minLift: abSetting({ input: 'ab-min-lift', key: 'min_lift', value: overrides.abMinLift, policy: policy.min_lift }, CANARY_DEFAULTS.abMinLift, (lift) => lift >= 0 && lift < 1, { message: messages/* abMinLiftInvalid */.wA, hint: (0,messages/* abMinLiftInvalidHint */.tX)() }),
        onInconclusive: overrides.abOnInconclusive ?? policy.on_inconclusive ?? CANARY_DEFAULTS.abOnInconclusive,
        successQuery: query('success', overrides.abSuccessQuery, policy.success_query),
        trialsQuery: query('trials', overrides.abTrialsQuery, policy.trials_query),
    };
}
/** The health check (input, else policy), only when a health URL is given; timeout and interval are positive. */
function resolveHealth(section, overrides) {
    const url = overrides.healthUrl ?? section.health_url;
    if (url === undefined)
        return {};
    const duration = (input, policy, fallback, names, message) => {
        const text = input ?? policy ?? fallback;
        const ms = parseDuration(text);
        if (!Number.isFinite(ms) || ms <= 0 || ms > MAX_INTERVAL_MS)
            throw new errors/* ConfigurationError */.j1(message(text), input !== undefined ? { input: names.input } : { path: names.path }, (0,messages/* intervalNotDurationHint */.wn)());
        return ms;
    };
    const successes = overrides.healthSuccesses ?? section.health_successes ?? CANARY_DEFAULTS.healthSuccesses;
    if (!Number.isInteger(successes) || successes < 1)
        throw new errors/* ConfigurationError */.j1((0,messages/* healthSuccessesInvalid */.hM)(successes), overrides.healthSuccesses !== undefined
            ? { input: 'health-successes' }
            : { path: 'canary-deploy.health_successes' }, (0,messages/* healthSuccessesInvalidHint */.OI)());
    return {
        health: {
            url,
            successes,
            timeoutMs: duration(overrides.healthTimeout, section.health_timeout, CANARY_DEFAULTS.healthTimeout, { input: 'health-timeout', path: 'canary-deploy.health_timeout' }, messages/* healthTimeoutInvalid */.BW),
            intervalMs: duration(overrides.healthInterval, section.health_interval, CANARY_DEFAULTS.healthInterval, { input: 'health-interval', path: 'canary-deploy.health_interval' }, messages/* healthIntervalInvalid */.vd),
        },
    };
}
/** Passing intervals per step: an A/B split's duration in whole intervals (rounded up), else input, policy, default. */
function resolveIntervalsPerStep(section, overrides, ab, intervalMs) {
    if (ab !== undefined)
        return Math.ceil(ab.durationMs / intervalMs);
    return overrides.intervalsPerStep ?? section.intervals_per_step ?? CANARY_DEFAULTS.intervalsPerStep;
}
/**
 * The bake period in milliseconds (input, else policy, else 0s); a bake needs an absolute check to judge it, and a
 * plan that never reaches 100% (`neverFull`: a shadow that does not promote) refuses one.
 */
function resolveBakeMs(section, overrides, checks, neverFull) {
    const text = overrides.bake ?? section.bake ?? CANARY_DEFAULTS.bake;
    const location = overrides.bake !== undefined ? { input: 'bake' } : { path: 'canary-deploy.bake' };
    const bakeMs = parseDuration(text);
    if (!Number.isFinite(bakeMs) || bakeMs < 0)
        throw new errors/* ConfigurationError */.j1((0,messages/* bakeNotDuration */.Zy)(text), location, (0,messages/* intervalNotDurationHint */.wn)());
    if (bakeMs > 0 && neverFull)
        throw new errors/* ConfigurationError */.j1((0,messages/* shadowWithBake */.Qr)(overrides.bake !== undefined ? 'bake' : undefined), location, (0,messages/* shadowWithBakeHint */.zd)());
    if (bakeMs > 0 && bakeChecks(checks).length === 0)
        throw new errors/* ConfigurationError */.j1((0,messages/* bakeWithoutAbsoluteCheck */.n_)(), location, (0,messages/* bakeWithoutAbsoluteCheckHint */.cY)());
    return bakeMs;
}
/**
 * The steps a strategy runs: canary's from the inputs or policy; blue-green analyses at 0 and switches to 100 in one
 * step (`[0, 100]`), shadow stays at 0 (`[0]`, or `[0, 100]` when it promotes), ab holds its split (`[weight,
 * 100]`). Steps given for a strategy that fixes them are refused.
 */
function resolveStrategySteps(strategy, section, overrides, holdAt) {
    if (strategy === 'canary')
        return resolveSteps(section, overrides);
    if (overrides.steps !== undefined || section.steps !== undefined)
        throw new errors/* ConfigurationError */.j1((0,messages/* stepsWithStrategy */.NI)(strategy), overrides.steps !== undefined ? { input: 'steps' } : { path: 'canary-deploy.steps' }, (0,messages/* stepsWithStrategyHint */.OM)(strategy));
    if (strategy === 'blue-green')
        return [0, 100];
    return holdAt === undefined ? [0] : [holdAt, 100];
}
/** Mirroring: always for shadow, optional for blue-green (default off: smoke traffic), never for canary. */
function resolveMirror(strategy, section, overrides) {
    const mirror = overrides.mirror ?? section.mirror;
    const location = overrides.mirror !== undefined ? { input: 'mirror' } : { path: 'canary-deploy.mirror' };
    if (strategy === 'shadow') {
        if (mirror === false)
            throw new errors/* ConfigurationError */.j1((0,messages/* shadowWithoutMirror */.m8)(), location, (0,messages/* shadowWithoutMirrorHint */.zj)());
        return { mirror: true };
    }
    if (strategy === 'canary' || strategy === 'ab') {
        if (mirror === true)
            throw new errors/* ConfigurationError */.j1((0,messages/* mirrorWithCanary */.IY)(), location, (0,messages/* mirrorWithCanaryHint */.Xg)());
        return {};
    }
    return mirror === true ? { mirror: true } : {};
}
/** The weight steps (input, else policy, else default), increasing, with at least one below 100. */
function resolveSteps(section, overrides) {
    let steps;
    if (overrides.steps !== undefined)
        steps = parseSteps(overrides.steps);
    else if (section.steps !== undefined) {
        validateSteps(section.steps, section.steps.join(','), { path: 'canary-deploy.steps' });
        steps = section.steps;
    }
    else
        steps = CANARY_DEFAULTS.steps;
    if (!steps.some((w) => w < 100)) {
        throw new errors/* ConfigurationError */.j1((0,messages/* noWeightBelow100 */.Ys)(steps), {}, (0,messages/* noWeightBelow100Hint */.T0)());
    }
    return steps;
}
/** The interval between observations in milliseconds (input, else policy, else default); positive. */
function resolveIntervalMs(section, overrides) {
    const intervalText = overrides.interval ?? section.interval ?? CANARY_DEFAULTS.interval;
    const intervalMs = parseDuration(intervalText);
    if (!Number.isFinite(intervalMs) || intervalMs <= 0) {
        throw new errors/* ConfigurationError */.j1((0,messages/* intervalNotDuration */.t0)(intervalText), overrides.interval !== undefined ? { input: 'interval' } : { path: 'canary-deploy.interval' }, (0,messages/* intervalNotDurationHint */.wn)());
    }
    if (intervalMs > MAX_INTERVAL_MS) {
        throw new errors/* ConfigurationError */.j1((0,messages/* intervalTooLong */.s3)(intervalText, MAX_INTERVAL_MS), overrides.interval !== undefined ? { input: 'interval' } : { path: 'canary-deploy.interval' }, (0,messages/* intervalTooLongHint */.hW)());
    }
    return intervalMs;
}
/** The policy's checks, replaced per metric by the threshold inputs; error-rate ≤ default when none is left. */
function resolveChecks(section, overrides) {
    const checks = new Map();
    section.checks?.forEach((check, index) => {
        const notFinite = CONDITION_KEYS.find((key) => check[key] !== undefined && !Number.isFinite(check[key]));
        if (notFinite !== undefined)
            throw new errors/* ConfigurationError */.j1((0,messages/* thresholdNotFinite */.O5)(check.metric, notFinite, check[notFinite] ?? Number.NaN), { path: `canary-deploy.checks[${index}].${notFinite}` }, (0,messages/* thresholdNotFiniteHint */.nC)());
        const condition = conditionOf(check);
        if (condition === undefined) {
            throw new errors/* ConfigurationError */.j1((0,messages/* checkWithoutCondition */.O9)(check.metric), { path: `canary-deploy.checks[${index}]` }, (0,messages/* checkWithoutConditionHint */.NX)());
        }
        checks.set(check.metric, { metric: check.metric, condition });
    });
    if (overrides.maxErrorRate !== undefined)
        checks.set('error-rate', { metric: 'error-rate', condition: { kind: 'max', value: overrides.maxErrorRate } });
    if (overrides.maxLatencyP95Ms !== undefined)
        checks.set('latency-p95-ms', {
            metric: 'latency-p95-ms',
            condition: { kind: 'max', value: overrides.maxLatencyP95Ms },
        });
    if (checks.size === 0)
        checks.set('error-rate', { metric: 'error-rate', condition: { kind: 'max', value: CANARY_DEFAULTS.maxErrorRate } });
    return [...checks.values()];
}
/** What an interval without traffic does: fail, or wait up to a number of intervals. */
function resolveNoTraffic(section, overrides) {
    const noTrafficKind = overrides.noTraffic ?? section.no_traffic ?? CANARY_DEFAULTS.noTraffic;
    if (noTrafficKind === 'fail')
        return { policy: 'fail' };
    return {
        policy: 'wait',
        maxIntervals: overrides.noTrafficMaxIntervals ?? section.no_traffic_max_intervals ?? CANARY_DEFAULTS.noTrafficMaxIntervals,
    };
}
const CONDITION_KEYS = ['max', 'min', 'max_relative', 'max_delta'];
function conditionOf(check) {
    if (check.max !== undefined)
        return { kind: 'max', value: check.max };
    if (check.min !== undefined)
        return { kind: 'min', value: check.min };
    if (check.max_relative !== undefined)
        return { kind: 'max-relative', tolerance: check.max_relative };
    if (check.max_delta !== undefined)
        return { kind: 'max-delta', delta: check.max_delta };
    return undefined;
}

// EXTERNAL MODULE: ./src/core/error-message.ts
var error_message = __webpack_require__(90007);
// EXTERNAL MODULE: ./src/core/policy/policy-document.ts
var policy_document = __webpack_require__(90794);
// EXTERNAL MODULE: ./src/github/deployments.ts
var deployments = __webpack_require__(16887);
// EXTERNAL MODULE: ./src/io/run-command.ts
var run_command = __webpack_require__(42221);
// EXTERNAL MODULE: ./src/metric-providers/messages.ts
var metric_providers_messages = __webpack_require__(61455);
;// CONCATENATED MODULE: ./src/metric-providers/command.ts


/** Reads `{"canary":{name:number|null},"stable":{…},"canaryRequests":number?}`; values that are not numbers become null. */
function parseMetricsJson(text) {
    const json = JSON.parse(text);
    if (typeof json !== 'object' || json === null || typeof json.canary !== 'object')
        throw new Error('no "canary" object');
    const side = (value) => {
        const out = {};
        if (typeof value === 'object' && value !== null)
            for (const [k, v] of Object.entries(value))
                out[k] = typeof v === 'number' ? v : null;
        return out;
    };
    const o = json;
    return {
        canary: side(o.canary),
        stable: side(o.stable),
        canaryRequests: typeof o.canaryRequests === 'number' ? o.canaryRequests : null,
    };
}
/** Runs the team's command (no shell) with `{interval-seconds}` substituted; its last stdout lines are one JSON document. */
function createCommandProvider(config) {
    return {
        kind: 'command',
        start: () => Promise.resolve(),
        async observe({ intervalMs }) {
            const argv = config.argv.map((a) => a.replaceAll('{interval-seconds}', String(intervalMs / 1000)));
            const result = await (0,run_command/* runCommand */.d1)(argv, { timeoutMs: config.timeoutMs, keepTailLines: 200 });
            if (result.exitCode !== 0)
                return {
                    kind: 'provider-error',
                    reason: (0,metric_providers_messages/* metricsCommandFailed */.MO)(result.exitCode, result.stderrTail.slice(-3).join(' | ')),
                };
            try {
                return { kind: 'metrics', ...parseMetricsJson(result.stdoutTail.join('\n')) };
            }
            catch (error) {
                return {
                    kind: 'provider-error',
                    reason: (0,metric_providers_messages/* metricsCommandBadJson */.aI)(error instanceof Error ? error.message : String(error)),
                };
            }
        },
    };
}

// EXTERNAL MODULE: ./src/metric-providers/prometheus.ts + 1 modules
var prometheus = __webpack_require__(65782);
;// CONCATENATED MODULE: ./src/core/canary/histogram-quantile.ts
/**
 * The φ-quantile of a cumulative histogram, interpolating linearly inside the bucket as Prometheus's
 * `histogram_quantile` does (the lowest bucket's lower bound is 0 when its upper bound is positive; a
 * quantile in the +Inf bucket returns the highest finite bound). NaN when there are no observations.
 * Reference: prometheus/promql/quantile.go (bucketQuantile).
 * @example histogramQuantile(0.5, [{ le: 0.1, count: 0 }, { le: 0.2, count: 10 }, { le: Infinity, count: 10 }]) // => 0.15
 */
function histogramQuantile(q, buckets) {
    const sorted = [...buckets].sort((a, b) => a.le - b.le);
    const last = sorted.at(-1);
    if (last === undefined || last.le !== Number.POSITIVE_INFINITY || sorted.length < 2)
        return Number.NaN;
    const total = last.count;
    if (!(total > 0))
        return Number.NaN;
    if (q < 0)
        return Number.NEGATIVE_INFINITY;
    if (q > 1)
        return Number.POSITIVE_INFINITY;
    const rank = q * total;
    let index = sorted.findIndex((bucket) => bucket.count >= rank);
    if (index === -1)
        index = sorted.length - 1;
    if (index === sorted.length - 1)
        return sorted[sorted.length - 2]?.le ?? Number.NaN;
    const bucket = sorted[index];
    if (index === 0 && bucket.le <= 0)
        return bucket.le;
    const lower = index === 0 ? 0 : sorted[index - 1].le;
    const below = index === 0 ? 0 : sorted[index - 1].count;
    const inBucket = bucket.count - below;
    return inBucket === 0 ? bucket.le : lower + (bucket.le - lower) * ((rank - below) / inBucket);
}

;// CONCATENATED MODULE: ./src/core/canary/interval-metrics.ts

const DEFAULT_SCRAPE_NAMES = {
    requests: 'model_requests_total',
    codeLabel: 'code',
    latency: 'model_request_duration_seconds',
};
function sum(samples, keep) {
    return samples.filter(keep).reduce((total, s) => total + s.value, 0);
}
/**
 * Computes interval metrics from two scrapes (counters are differenced; a counter that went down means the
 * process restarted, and the later value alone is the increase, as Prometheus's `increase()` assumes).
 * Error rate = 5xx / all requests; p95 from the differenced histogram buckets. Null where there were no requests.
 * @example intervalMetrics([], [], DEFAULT_SCRAPE_NAMES).requests // => 0
 */
function intervalMetrics(before, after, names) {
    const delta = (keep) => {
        const a = sum(after, keep);
        const b = sum(before, keep);
        return a >= b ? a - b : a;
    };
    const isRequests = (s) => s.name === names.requests;
    const requests = delta(isRequests);
    const errors = delta((s) => isRequests(s) && (s.labels[names.codeLabel] ?? '').startsWith('5'));
    const bounds = new Set(after.filter((s) => s.name === `${names.latency}_bucket`).map((s) => s.labels.le ?? ''));
    const buckets = [...bounds].map((le) => ({
        le: le === '+Inf' ? Number.POSITIVE_INFINITY : Number(le),
        count: delta((s) => s.name === `${names.latency}_bucket` && s.labels.le === le),
    }));
    const p95 = histogramQuantile(0.95, buckets);
    return {
        requests,
        'error-rate': requests > 0 ? errors / requests : null,
        'latency-p95-ms': Number.isFinite(p95) ? p95 * 1000 : null,
    };
}

;// CONCATENATED MODULE: ./src/core/canary/parse-exposition.ts

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;
function parseValue(text) {
    if (text === '+Inf' || text === 'Inf')
        return Number.POSITIVE_INFINITY;
    if (text === '-Inf')
        return Number.NEGATIVE_INFINITY;
    if (text === 'NaN')
        return Number.NaN;
    return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : Number.NaN - 1;
}
/**
 * Parses Prometheus text exposition format: `# HELP`/`# TYPE` comments are skipped, label values are
 * unescaped (`\\`, `\"`, `\n`), an optional timestamp is ignored, `+Inf`/`-Inf`/`NaN` are read as such.
 * Reference: https://prometheus.io/docs/instrumenting/exposition_formats/#text-based-format
 * @throws DataError naming the line when a line is not a sample.
 * @example parseExposition('req_total{code="200"} 3\n')[0]?.value // => 3
 */
function parseExposition(text, source = 'metrics') {
    const samples = [];
    const lines = text.split('\n');
    lines.forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const fail = (why) => {
            throw new errors/* DataError */.fL(`line ${index + 1} of ${source} is not a Prometheus sample: ${why}`, { file: source, line: index + 1 }, 'serve the text exposition format (name{label="v"} value)');
        };
        const name = NAME.exec(line)?.[0] ?? fail('no metric name');
        const { parsed: labels, rest } = parseLabels(line.slice(name.length), fail);
        samples.push({ name, labels, value: parseSampleValue(rest, fail) });
    });
    return samples;
}
/** The optional `{name="value",…}` block at the start of `rest`, and the text after it. */
function parseLabels(text, fail) {
    const labels = {};
    if (!text.startsWith('{'))
        return { parsed: labels, rest: text };
    let rest = text.slice(1).trimStart();
    while (!rest.startsWith('}')) {
        const labelName = LABEL_NAME.exec(rest)?.[0] ?? fail('bad label name');
        rest = rest.slice(labelName.length).trimStart();
        if (!rest.startsWith('="'))
            fail(`label ${labelName} has no ="value"`);
        const value = parseLabelValue(rest.slice(2), fail);
        labels[labelName] = value.parsed;
        rest = value.rest.trimStart();
        if (rest.startsWith(','))
            rest = rest.slice(1).trimStart();
        else if (!rest.startsWith('}'))
            fail('expected , or } after a label');
    }
    return { parsed: labels, rest: rest.slice(1) };
}
/** A label value after its opening quote, unescaping `\\`, `\"` and `\n`, up to and past its closing quote. */
function parseLabelValue(text, fail) {
    let rest = text;
    let value = '';
    for (;;) {
        const ch = rest[0];
        if (ch === undefined)
            fail('unterminated label value');
        rest = rest.slice(1);
        if (ch === '"')
            return { parsed: value, rest };
        if (ch === '\\') {
            const next = rest[0];
            rest = rest.slice(1);
            value += next === 'n' ? '\n' : (next ?? '');
        }
        else
            value += ch;
    }
}
/** The sample value after the labels, with its optional timestamp ignored. */
function parseSampleValue(rest, fail) {
    const fields = rest.trim().split(/\s+/);
    if (fields.length < 1 || fields.length > 2 || fields[0] === '')
        fail('expected a value and an optional timestamp');
    const value = parseValue(fields[0] ?? '');
    if (Number.isNaN(value) && fields[0] !== 'NaN')
        fail(`"${fields[0] ?? ''}" is not a number`);
    return value;
}

// EXTERNAL MODULE: ./src/core/secrets/redact-url.ts
var redact_url = __webpack_require__(28480);
// EXTERNAL MODULE: ./src/metric-providers/http-get.ts
var http_get = __webpack_require__(88214);
;// CONCATENATED MODULE: ./src/metric-providers/scrape.ts






/**
 * Without a Prometheus server: scrapes both services' /metrics at the start and end of each interval and
 * differences the counters and histogram buckets (error rate, p95 latency, request count).
 */
function createScrapeProvider(config) {
    let previous;
    const scrape = async (url) => {
        const response = await (0,http_get/* httpGet */.l)(url, config.timeoutMs);
        if (response.status !== 200)
            throw new Error(`HTTP ${response.status}`);
        return parseExposition(response.body, url);
    };
    const both = async () => {
        const [canary, stable] = await Promise.allSettled([scrape(config.canaryUrl), scrape(config.stableUrl)]);
        if (canary.status === 'rejected')
            return { error: (0,metric_providers_messages/* scrapeFailed */.i_)((0,redact_url/* redactUrl */.B)(config.canaryUrl), (0,error_message/* errorMessage */.g)(canary.reason)) };
        if (stable.status === 'rejected')
            return { error: (0,metric_providers_messages/* scrapeFailed */.i_)((0,redact_url/* redactUrl */.B)(config.stableUrl), (0,error_message/* errorMessage */.g)(stable.reason)) };
        return { canary: canary.value, stable: stable.value };
    };
    return {
        kind: 'scrape',
        async start() {
            const first = await both();
            previous = 'error' in first ? undefined : first;
        },
        async observe() {
            const now = await both();
            if ('error' in now)
                return { kind: 'provider-error', reason: now.error };
            const before = previous;
            previous = now;
            if (before === undefined)
                return { kind: 'provider-error', reason: 'no baseline scrape yet (the first scrape failed)' };
            const canary = intervalMetrics(before.canary, now.canary, DEFAULT_SCRAPE_NAMES);
            const stable = intervalMetrics(before.stable, now.stable, DEFAULT_SCRAPE_NAMES);
            return {
                kind: 'metrics',
                canary: { 'error-rate': canary['error-rate'], 'latency-p95-ms': canary['latency-p95-ms'] },
                stable: { 'error-rate': stable['error-rate'], 'latency-p95-ms': stable['latency-p95-ms'] },
                canaryRequests: canary.requests,
            };
        },
    };
}

;// CONCATENATED MODULE: ./src/metric-providers/create-metric-provider.ts



/** The one switch over metric providers. */
function createMetricProvider(config) {
    switch (config.kind) {
        case 'prometheus':
            return (0,prometheus/* createPrometheusProvider */.i)(config);
        case 'scrape':
            return createScrapeProvider(config);
        case 'command':
            return createCommandProvider(config);
    }
}

// EXTERNAL MODULE: ./src/traffic/create-traffic-router.ts + 5 modules
var create_traffic_router = __webpack_require__(62320);
// EXTERNAL MODULE: ./src/core/registry/messages.ts
var registry_messages = __webpack_require__(75755);
// EXTERNAL MODULE: ./src/core/registry/report-binding.ts
var report_binding = __webpack_require__(29381);
// EXTERNAL MODULE: ./src/core/registry/resolve-register-policy.ts
var resolve_register_policy = __webpack_require__(92780);
// EXTERNAL MODULE: ./src/github/job-environment.ts + 2 modules
var job_environment = __webpack_require__(97322);
// EXTERNAL MODULE: ./src/registry/create-registry.ts
var create_registry = __webpack_require__(37115);
// EXTERNAL MODULE: ./src/registry/move-alias-by-rule.ts + 1 modules
var move_alias_by_rule = __webpack_require__(57914);
// EXTERNAL MODULE: ./src/canary-deploy/inputs.ts
var canary_deploy_inputs = __webpack_require__(7747);
;// CONCATENATED MODULE: ./src/canary-deploy/champion-alias.ts









/**
 * Before any traffic moves: `champion` may move to this version. Refuses when register-model's policy protects that
 * alias and the `environment` input does not name its environment or GitHub has no deployment of it for this run
 * (assertProtectedAliasMayMove), when the version does not exist (NotFoundError),
 * and when the promotion rule (decidePromotion, the rule register-model's promote applies) refuses the version.
 * @throws {ConfigurationError} naming the policy path or the input, and how to fix it
 */
async function checkChampionTarget(context, inputs, environment) {
    const policy = (0,resolve_register_policy/* resolveRegisterPolicy */.oF)((0,policy_document/* policySection */.U)(context.policy, 'register-model'));
    await (0,job_environment/* assertProtectedAliasMayMove */.$)(context, policy.protectedAliases, {
        alias: 'champion',
        environment,
        input: canary_deploy_inputs/* Inputs */.G0.Environment,
    });
    const registry = await (0,create_registry/* createRegistry */.I)(inputs.url, {
        logger: context.logger,
        signal: context.signal,
        ...(inputs.token === undefined ? {} : { token: inputs.token }),
    });
    const rule = (0,resolve_register_policy/* aliasRule */.h_)(policy, 'champion');
    const { ref, decision } = await (0,move_alias_by_rule/* judgeAliasMove */.N)(registry, {
        model: inputs.model,
        version: inputs.version,
        rule,
        force: false,
    });
    if (!decision.allowed)
        throw new errors/* ConfigurationError */.j1((0,registry_messages/* canaryNotPromotable */.x5)(inputs.model, inputs.version, decision.refusals), { input: canary_deploy_inputs/* Inputs */.G0.Version, path: 'register-model.promotion.aliases.champion' }, (0,registry_messages/* canaryNotPromotableHint */.uj)());
    return { registry, inputs, rule, modelDigest: (0,report_binding/* versionIdentity */.HN)(ref.card).modelDigest };
}
/** After the rollout reached 100% and baked: points `champion` at the version rolled out, through the promotion rule. */
async function moveChampion(context, target) {
    const { model, version } = target.inputs;
    const { decision, event } = await (0,move_alias_by_rule/* moveAliasByRule */.T)(target.registry, {
        model,
        version,
        rule: target.rule,
        force: false,
        audit: {
            by: context.github.actor ?? 'modelgate',
            reason: 'canary analysis passed',
            ...(context.github.runUrl === undefined ? {} : { runUrl: context.github.runUrl }),
        },
    });
    if (event === undefined)
        throw new errors/* ConfigurationError */.j1((0,registry_messages/* championRefusedAfterRollout */.hw)(model, version, decision.refusals), { input: canary_deploy_inputs/* Inputs */.G0.Version, path: 'register-model.promotion.aliases.champion' }, (0,registry_messages/* canaryNotPromotableHint */.uj)());
    return { model, version };
}
/** The model digest of a version that is only named, not promoted (a shadow): read from the registry, checked nowhere else. */
async function versionDigest(context, inputs) {
    const registry = await (0,create_registry/* createRegistry */.I)(inputs.url, {
        logger: context.logger,
        signal: context.signal,
        ...(inputs.token === undefined ? {} : { token: inputs.token }),
    });
    const ref = await registry.get(inputs.model, { version: inputs.version });
    return (0,report_binding/* versionIdentity */.HN)(ref.card).modelDigest;
}

;// CONCATENATED MODULE: ./src/core/canary/health-check.ts

const HEALTH_START = { probes: 0, consecutive: 0 };
/**
 * One probe of the health check that runs before any traffic moves: `plan.successes` consecutive 2xx answers make
 * the endpoint healthy; a failed probe starts the run again; when no further probe fits in `plan.timeoutMs` (
 * `elapsedMs`, since the first probe and this one included, plus `plan.intervalMs` reach it) without enough
 * successes, the endpoint is unhealthy. Pure: the caller probes, sleeps and keeps the clock.
 * @example advanceHealthCheck({ url: 'http://127.0.0.1:8080/healthz', timeoutMs: 5000, successes: 1, intervalMs: 500 }, { probes: 0, consecutive: 0 }, { ok: true, detail: 'HTTP 200' }, 10).verdict?.healthy // => true
 * @example advanceHealthCheck({ url: 'http://127.0.0.1:8080/healthz', timeoutMs: 5000, successes: 3, intervalMs: 500 }, { probes: 9, consecutive: 0 }, { ok: false, detail: 'connection refused' }, 5000).verdict?.healthy // => false
 */
function advanceHealthCheck(plan, state, probe, elapsedMs) {
    const next = {
        probes: state.probes + 1,
        consecutive: probe.ok ? state.consecutive + 1 : 0,
        last: probe.detail,
    };
    if (next.consecutive >= plan.successes)
        return { state: next, verdict: { healthy: true, message: (0,messages/* healthPassed */.nk)(plan, next.probes) } };
    if (elapsedMs + plan.intervalMs >= plan.timeoutMs)
        return { state: next, verdict: { healthy: false, message: (0,messages/* healthFailed */.yz)(plan, next.probes, probe.detail) } };
    return { state: next };
}

;// CONCATENATED MODULE: ./src/canary-deploy/health-check.ts




/** The most one probe may take; the whole check is bounded by the plan's timeout as well. */
const PROBE_TIMEOUT_MS = 5000;
/** The least a probe is given, so that a late last probe (a sleep that overran) still measures something. */
const MIN_PROBE_MS = 200;
/**
 * Probes the new endpoint before any traffic moves, until advanceHealthCheck decides: healthy after
 * `plan.successes` consecutive 2xx answers, unhealthy when `plan.timeoutMs` passed first (each probe is cut off at
 * the time left, at least 200 ms and at most 5 s); a cancelled job ends it at once, `cancelled` and not healthy
 * (the endpoint was not found unhealthy). Touches no traffic.
 */
async function runHealthCheck(plan, options) {
    const get = options.get ?? http_get/* httpGet */.l;
    const started = options.now().getTime();
    let state = HEALTH_START;
    const cancelled = () => {
        options.logger.info(`canary-deploy: ${(0,messages/* healthCancelled */.WN)()}`);
        return { healthy: false, cancelled: true, message: (0,messages/* healthCancelled */.WN)() };
    };
    for (;;) {
        if (options.signal.aborted)
            return cancelled();
        // advanceHealthCheck decides before a probe would start with less than one interval left; a sleep that overran
        // still leaves the probe MIN_PROBE_MS, so the check ends within timeoutMs + 200 ms.
        const left = Math.max(MIN_PROBE_MS, plan.timeoutMs - (options.now().getTime() - started));
        let probe;
        try {
            const { status } = await get(plan.url, Math.min(PROBE_TIMEOUT_MS, left));
            probe = { ok: status >= 200 && status < 300, detail: `HTTP ${status}` };
        }
        catch (error) {
            probe = { ok: false, detail: (0,error_message/* errorMessage */.g)(error) };
        }
        if (options.signal.aborted)
            return cancelled();
        const step = advanceHealthCheck(plan, state, probe, options.now().getTime() - started);
        state = step.state;
        if (step.verdict !== undefined) {
            options.logger.info(`canary-deploy: ${step.verdict.message}`);
            return step.verdict;
        }
        await options.sleep(plan.intervalMs, options.signal);
    }
}

// EXTERNAL MODULE: ./src/core/stats/newcombe-difference-interval.ts + 1 modules
var newcombe_difference_interval = __webpack_require__(90064);
// EXTERNAL MODULE: ./src/core/stats/normal-quantile.ts
var normal_quantile = __webpack_require__(86592);
// EXTERNAL MODULE: ./src/core/stats/normal-cdf.ts
var normal_cdf = __webpack_require__(13610);
;// CONCATENATED MODULE: ./src/core/stats/two-proportion-z-test.ts

/**
 * Two-sample z test of two independent proportions p₁ = x₁/n₁ and p₂ = x₂/n₂ with the pooled variance
 * (statsmodels `proportions_ztest([x1, x2], [n1, n2], alternative=…)`, whose default `prop_var=False` pools):
 * z = (p̂₁ − p̂₂) / √(p̂(1 − p̂)(1/n₁ + 1/n₂)), p̂ = (x₁ + x₂)/(n₁ + n₂). `larger` tests p₁ > p₂, `smaller` p₁ < p₂.
 * Every p-value is read from a lower tail (Φ(−z), Φ(z), 2Φ(−|z|)), so small p-values keep their relative accuracy.
 * @see Agresti (2013), Categorical Data Analysis, 3rd ed., §3.1.4; statsmodels.stats.proportion.proportions_ztest
 * @throws {RangeError} if a count is not a whole number in [0, n], n < 1, or both samples are all 0 or all n (no
 *   variance to test against)
 * @example twoProportionZTest(56, 70, 48, 80, 'two-sided').z // => 2.6501719512585336
 */
function twoProportionZTest(x1, n1, x2, n2, alternative) {
    for (const [x, n] of [
        [x1, n1],
        [x2, n2],
    ])
        if (!Number.isInteger(x) || !Number.isInteger(n) || n < 1 || x < 0 || x > n)
            throw new RangeError(`twoProportionZTest: need whole counts 0 ≤ x ≤ n with n ≥ 1, got ${x} of ${n}`);
    const pooled = (x1 + x2) / (n1 + n2);
    const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
    if (variance === 0)
        throw new RangeError('twoProportionZTest: both samples are all successes or all failures; there is no variance');
    const z = (x1 / n1 - x2 / n2) / Math.sqrt(variance);
    const pValue = alternative === 'larger'
        ? (0,normal_cdf/* normalCdf */.v)(-z)
        : alternative === 'smaller'
            ? (0,normal_cdf/* normalCdf */.v)(z)
            : Math.min(1, 2 * (0,normal_cdf/* normalCdf */.v)(-Math.abs(z)));
    return { z, pValue };
}

;// CONCATENATED MODULE: ./src/core/canary/ab-test.ts




/**
 * Counts read from Prometheus are floats (`increase()` extrapolates): each is rounded to the nearest whole number;
 * a missing, negative or non-finite count makes the arm unusable.
 */
function usable(arm) {
    const { successes, trials } = arm;
    if (successes === null || trials === null || !Number.isFinite(successes) || !Number.isFinite(trials))
        return arm.reason ?? 'no value';
    if (successes < 0 || trials < 0)
        return `negative count (${String(successes)} of ${String(trials)})`;
    return { successes: Math.round(successes), trials: Math.round(trials) };
}
const inconclusive = (message, partial = {}) => ({
    outcome: 'inconclusive',
    candidate: null,
    stable: null,
    difference: null,
    interval: null,
    pBetter: null,
    pWorse: null,
    ...partial,
    message,
});
/**
 * The A/B judgement at the end of the fixed split (one look, no interim peeking): the candidate's success rate
 * against stable's with the pooled two-proportion z test (statsmodels `proportions_ztest`, one-sided each way) and
 * Newcombe's hybrid score interval for the difference at confidence 1 − alpha (`confint_proportions_2indep(…,
 * method='newcomb')`).
 * - `better`: p(candidate > stable) < alpha and the interval's lower bound exceeds `minLift` (an absolute
 *   difference in rate, 0.01 = one percentage point);
 * - `worse`: p(candidate < stable) < alpha and the interval's upper bound is below 0;
 * - otherwise `inconclusive`, as is an arm with fewer than `minTrials` trials, a missing count, more successes than
 *   trials, or no variance (both arms all successes or all failures).
 * @example assessAb({ weight: 50, durationMs: 60000, alpha: 0.05, minLift: 0, onInconclusive: 'rollback', successQuery: 's', trialsQuery: 't' }, 100, { successes: 300, trials: 1000 }, { successes: 200, trials: 1000 }).outcome // => 'better'
 * @example assessAb({ weight: 50, durationMs: 60000, alpha: 0.05, minLift: 0.2, onInconclusive: 'rollback', successQuery: 's', trialsQuery: 't' }, 100, { successes: 300, trials: 1000 }, { successes: 200, trials: 1000 }).outcome // => 'inconclusive'
 */
function assessAb(plan, minTrials, candidateArm, stableArm) {
    const candidate = usable(candidateArm);
    const stable = usable(stableArm);
    if (typeof candidate === 'string')
        return inconclusive((0,messages/* abArmMissing */.qw)('candidate', candidate));
    if (typeof stable === 'string')
        return inconclusive((0,messages/* abArmMissing */.qw)('stable', stable));
    const counts = { candidate, stable };
    for (const [arm, c] of [
        ['candidate', candidate],
        ['stable', stable],
    ]) {
        if (c.successes > c.trials)
            return inconclusive((0,messages/* abSuccessesExceedTrials */.cF)(arm, c.successes, c.trials), counts);
        if (c.trials < Math.max(1, minTrials))
            return inconclusive((0,messages/* abTooFewTrials */.DY)(arm, c.trials, minTrials), counts);
    }
    const difference = candidate.successes / candidate.trials - stable.successes / stable.trials;
    const pooled = (candidate.successes + stable.successes) / (candidate.trials + stable.trials);
    if (pooled === 0 || pooled === 1)
        return inconclusive((0,messages/* abNoVariance */.GL)(), { ...counts, difference });
    const args = [candidate.successes, candidate.trials, stable.successes, stable.trials];
    const pBetter = twoProportionZTest(...args, 'larger').pValue;
    const pWorse = twoProportionZTest(...args, 'smaller').pValue;
    const interval = (0,newcombe_difference_interval/* newcombeDifferenceInterval */.R)(...args, (0,normal_quantile/* normalQuantile */.Z)(1 - plan.alpha / 2));
    const found = { ...counts, difference, interval, pBetter, pWorse };
    if (pBetter < plan.alpha && interval[0] > plan.minLift)
        return { outcome: 'better', ...found, message: (0,messages/* abBetter */.uO)(plan, found) };
    if (pWorse < plan.alpha && interval[1] < 0)
        return { outcome: 'worse', ...found, message: (0,messages/* abWorse */.S5)(plan, found) };
    return { outcome: 'inconclusive', ...found, message: (0,messages/* abNotBetterEnough */.d6)(plan, found) };
}

;// CONCATENATED MODULE: ./src/canary-deploy/run-canary.ts





/** Default abortable sleep over setTimeout. */
function abortableSleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        }
        signal.addEventListener('abort', done, { once: true });
    });
}
/**
 * Drives the pure state machine with real I/O: applies its set-weight actions through the router, sleeps one
 * interval, observes, repeats. Cancellation and traffic errors become an `abort` observation, so the
 * machine's rollback is applied too; a router that cannot even roll back rethrows (the post step retries).
 */
async function runCanary(options) {
    const { plan, router, provider, logger } = options;
    const started = options.now().getTime();
    const timeline = [];
    let lastAssessment;
    let ab;
    let splitStarted = started;
    const apply = async (transition) => {
        for (const action of transition.actions) {
            const mirror = action.mirror === true;
            logger.info(`canary-deploy: setting canary weight to ${action.percent}%${mirror ? ', mirroring live traffic to it' : ''}`);
            await router.setWeight(action.percent, mirror ? { mirror } : undefined);
            await options.onWeight(action.percent);
            splitStarted = options.now().getTime();
        }
    };
    let transition = startCanary(plan);
    const abort = async (reason) => {
        transition = advanceCanary(plan, transition.state, { kind: 'abort', reason });
        await apply(transition);
        timeline.push({
            atMs: options.now().getTime() - started,
            weight: transition.state.weight,
            outcome: 'abort',
            canary: {},
            stable: {},
            reason,
        });
        return {
            verdict: transition.verdict,
            state: transition.state,
            timeline,
            ...(lastAssessment ? { lastAssessment } : {}),
        };
    };
    /** The end of an A/B split: the one judgement of the business metric, still at the split. */
    const judge = async () => {
        const abPlan = plan.ab;
        if (abPlan === undefined)
            return transition;
        const durationMs = options.now().getTime() - splitStarted;
        const none = { successes: null, trials: null, reason: `metrics ${provider.kind} cannot read a business metric` };
        const arms = provider.observeArms === undefined
            ? { candidate: none, stable: none }
            : await provider.observeArms({ successes: abPlan.successQuery, trials: abPlan.trialsQuery }, { durationMs, at: options.now() });
        ab = assessAb(abPlan, plan.minRequests ?? 0, arms.candidate, arms.stable);
        logger.info(`canary-deploy: A/B test after ${Math.round(durationMs / 1000)} s at ${transition.state.weight}%: ${ab.message}`);
        timeline.push({
            atMs: options.now().getTime() - started,
            weight: transition.state.weight,
            outcome: ab.outcome === 'better' ? 'success' : ab.outcome === 'worse' ? 'failed' : 'inconclusive',
            canary: { 'ab-successes': arms.candidate.successes, 'ab-trials': arms.candidate.trials },
            stable: { 'ab-successes': arms.stable.successes, 'ab-trials': arms.stable.trials },
            reason: ab.message,
        });
        return judgeAb(plan, transition.state, ab);
    };
    try {
        await apply(transition);
        await provider.start();
    }
    catch (error) {
        return abort(`could not start: ${(0,error_message/* errorMessage */.g)(error)}`);
    }
    timeline.push({
        atMs: 0,
        weight: transition.state.weight,
        outcome: 'start',
        canary: {},
        stable: {},
        reason: `canary at ${transition.state.weight}%`,
    });
    while (transition.verdict === undefined) {
        await options.sleep(plan.intervalMs, options.signal);
        if (options.signal.aborted)
            return abort('job cancelled');
        const observation = await provider.observe({ intervalMs: plan.intervalMs, at: options.now() });
        if (options.signal.aborted)
            return abort('job cancelled');
        const weightDuring = transition.state.weight;
        transition = advanceCanary(plan, transition.state, observation);
        lastAssessment = transition.assessment ?? lastAssessment;
        timeline.push(intervalEntry(options.now().getTime() - started, weightDuring, observation, transition));
        logger.info(intervalLine(weightDuring, transition));
        if (transition.state.phase === 'judging') {
            const judged = await judge();
            if (options.signal.aborted)
                return abort('job cancelled');
            transition = judged;
        }
        try {
            await apply(transition);
        }
        catch (error) {
            const reason = `traffic change failed: ${(0,error_message/* errorMessage */.g)(error)}`;
            if (transition.verdict === undefined)
                return abort(reason);
            // The final write failed: a failed rollback is rethrown (the post step retries it); a failed promotion rolls back.
            if (transition.state.weight === 0)
                throw error;
            await router.setWeight(0);
            await options.onWeight(0);
            const state = { ...transition.state, phase: 'rolled-back', weight: 0 };
            timeline.push({
                atMs: options.now().getTime() - started,
                weight: 0,
                outcome: 'abort',
                canary: {},
                stable: {},
                reason,
            });
            return {
                verdict: { decision: 'rollback', reason: 'aborted', status: 'error', message: (0,messages/* verdictAborted */.nb)(reason) },
                state,
                timeline,
                ...(lastAssessment ? { lastAssessment } : {}),
            };
        }
    }
    const rollout = {
        verdict: transition.verdict,
        state: transition.state,
        timeline,
        ...(lastAssessment ? { lastAssessment } : {}),
        ...(ab ? { ab } : {}),
    };
    if (rollout.verdict.decision !== 'promote' || bakeIntervals(plan) === 0)
        return rollout;
    return await bakeAtFull(options, rollout, started);
}
/**
 * The bake period: at 100%, one observation per interval judged by advanceBake until it promotes or rolls back;
 * a rollback (a failed check, too many inconclusive intervals, cancellation) sets the weight to 0, and a router
 * that cannot rethrows (the post step retries).
 */
async function bakeAtFull(options, rollout, started) {
    const { plan, router, provider, logger } = options;
    const timeline = [...rollout.timeline];
    let lastAssessment = rollout.lastAssessment;
    let bake = BAKE_START;
    logger.info(`canary-deploy: at 100%; baking ${bakeIntervals(plan)} interval(s) before the registry alias moves`);
    for (;;) {
        await options.sleep(plan.intervalMs, options.signal);
        const cancelled = { kind: 'abort', reason: 'job cancelled' };
        let observation = options.signal.aborted
            ? cancelled
            : await provider.observe({ intervalMs: plan.intervalMs, at: options.now() });
        if (options.signal.aborted)
            observation = cancelled;
        const step = advanceBake(plan, bake, observation);
        bake = step.bake;
        lastAssessment = step.assessment ?? lastAssessment;
        const reason = step.assessment?.reason ?? (observation.kind === 'abort' ? observation.reason : '');
        timeline.push({
            atMs: options.now().getTime() - started,
            weight: 100,
            outcome: step.assessment?.outcome ?? 'abort',
            canary: observation.kind === 'metrics' ? observation.canary : {},
            stable: observation.kind === 'metrics' ? observation.stable : {},
            reason,
        });
        logger.info(`canary-deploy: bake interval at 100%: ${step.assessment?.outcome ?? 'abort'} (${reason})`);
        if (step.verdict === undefined)
            continue;
        const state = { ...rollout.state, intervals: rollout.state.intervals + bake.intervals };
        const ended = { timeline, ...(lastAssessment ? { lastAssessment } : {}) };
        if (step.verdict.decision === 'promote')
            return { verdict: step.verdict, state, ...ended };
        logger.info('canary-deploy: setting canary weight to 0%');
        await router.setWeight(0);
        await options.onWeight(0);
        return { verdict: step.verdict, state: { ...state, phase: 'rolled-back', weight: 0 }, ...ended };
    }
}
/** The timeline entry of one observed interval: the weight it ran at, the assessment, the numbers seen. */
function intervalEntry(atMs, weight, observation, transition) {
    return {
        atMs,
        weight,
        outcome: transition.assessment?.outcome ?? 'abort',
        canary: observation.kind === 'metrics' ? observation.canary : {},
        stable: observation.kind === 'metrics' ? observation.stable : {},
        reason: transition.assessment?.reason ?? '',
    };
}
/** The log line of one observed interval. */
function intervalLine(weight, transition) {
    return `canary-deploy: interval at ${weight}%: ${transition.assessment?.outcome ?? ''} (${transition.assessment?.reason ?? ''})`;
}

// EXTERNAL MODULE: ./src/canary-deploy/state.ts
var state = __webpack_require__(73793);
;// CONCATENATED MODULE: ./src/canary-deploy/main.ts















/**
 * Progressive traffic shift with live metric analysis (strategy canary, blue-green or shadow, one state machine);
 * promotes at 100% (after the bake period), rolls back to 0%, or (shadow) holds at 0%. With a registry, the version must satisfy champion's promotion rule before any traffic moves, and champion
 * moves only once the canary is promoted. The live weight, the registry alias and the GitHub Deployment status
 * always end in agreement: promoted (100%, champion moved, success) or rolled back (0%, champion where it was,
 * failure); the post step rolls back and marks the deployment failed when the job stopped half-way.
 */
async function main(context) {
    const inputs = (0,canary_deploy_inputs/* readInputs */.Ko)(context.inputs);
    const plan = resolveCanaryPolicy((0,policy_document/* policySection */.U)(context.policy, 'canary-deploy') ?? {}, inputs.overrides);
    // A shadow that does not promote never serves live traffic: no alias to move, no deployment to agree with.
    const shadow = plan.strategy === 'shadow' && !plan.steps.includes(100);
    if (plan.ab !== undefined && inputs.metrics.kind !== 'prometheus')
        throw new errors/* ConfigurationError */.j1((0,messages/* abNeedsPrometheus */.z4)(inputs.metrics.kind), { input: canary_deploy_inputs/* Inputs */.G0.Metrics }, (0,messages/* abNeedsPrometheusHint */.Qk)());
    const { target, subject } = await versionUnderTest(context, inputs, shadow);
    // Before any traffic moves, any state is saved for the post step, or a Deployment exists: a dead endpoint fails
    // here with the weight where it was (0%), no Deployment and the registry untouched.
    const health = await checkHealth(context, plan);
    if (health !== undefined && !health.healthy)
        return {
            outcome: decideCanary(plan, health.cancelled === true ? cancelledHealthRun() : unhealthyRun(health)),
            subject,
        };
    const router = routerFor(context, inputs, plan);
    const provider = createMetricProvider(inputs.metrics);
    context.state.save(state/* STATE_CONFIG */.lG, JSON.stringify(inputs.traffic));
    context.state.save(state/* STATE_DONE */.l3, 'false');
    // No GitHub Deployment for a shadow: it never serves live traffic, so there is no deployment to agree with.
    const deployment = await (0,deployments/* startDeployment */.i)(context, {
        environment: shadow ? undefined : inputs.environment,
        task: `deploy:${plan.strategy ?? 'canary'}`,
        description: `modelgate ${plan.strategy ?? 'canary'} rollout`,
        payload: {
            strategy: plan.strategy ?? 'canary',
            steps: plan.steps,
            ...(inputs.registry ? { model: inputs.registry.model, version: inputs.registry.version } : {}),
        },
    });
    if (deployment.id !== undefined && inputs.environment !== undefined)
        context.state.save(state/* STATE_DEPLOYMENT */.E1, JSON.stringify({ id: deployment.id, environment: inputs.environment }));
    const rollout = await runCanary({
        plan,
        router,
        provider,
        now: context.now,
        signal: context.signal,
        logger: context.logger,
        sleep: abortableSleep,
        onWeight: async (percent) => {
            context.state.save(state/* STATE_WEIGHT */.lF, String(percent));
            if (percent > 0 && percent < 100)
                await deployment.status('in_progress', `canary at ${percent}%`);
            else if (percent === 100 && plan.bakeMs !== undefined && plan.bakeMs > 0)
                await deployment.status('in_progress', 'canary at 100%, baking');
        },
    });
    const run = health === undefined ? rollout : { ...rollout, health };
    const promoted = run.verdict.decision === 'promote' && run.state.weight === 100;
    const champion = promoted && target !== undefined ? await championOrRollback(context, target, run, router, deployment) : undefined;
    context.state.save(state/* STATE_DONE */.l3, 'true');
    await deployment.status(promoted ? 'success' : 'failure', run.verdict.message);
    return {
        outcome: decideCanary(plan, run, champion),
        subject,
    };
}
/** The health check of the new endpoint, when the plan has one (cancellation ends it, `cancelled`). */
async function checkHealth(context, plan) {
    if (plan.health === undefined)
        return undefined;
    return await runHealthCheck(plan.health, {
        now: context.now,
        sleep: abortableSleep,
        signal: context.signal,
        logger: context.logger,
    });
}
/**
 * The registry version under test, when there is one: checked against champion's promotion rule before any traffic
 * moves (not for a shadow, which moves no live traffic and no alias), and named by its model digest in the report's
 * subject, as every gate report binds to its subject (#14).
 */
async function versionUnderTest(context, inputs, shadow) {
    if (inputs.registry === undefined)
        return { subject: {} };
    const target = shadow ? undefined : await checkChampionTarget(context, inputs.registry, inputs.environment);
    const subject = {
        model: inputs.registry.model,
        version: String(inputs.registry.version),
        modelDigest: target?.modelDigest ?? (await versionDigest(context, inputs.registry)),
    };
    return target === undefined ? { subject } : { target, subject };
}
/**
 * The traffic router; a plan that mirrors needs one that can. A traffic command still running when the job is
 * cancelled is ended by the post step before it rolls back.
 */
function routerFor(context, inputs, plan) {
    const router = (0,create_traffic_router/* createTrafficRouter */.d)(inputs.traffic, {
        onSpawn: (pid) => context.state.save(state/* STATE_TRAFFIC_PGID */.Js, String(pid)),
        onExit: () => context.state.save(state/* STATE_TRAFFIC_PGID */.Js, ''),
    });
    if (plan.mirror === true && !router.canMirror)
        throw new errors/* ConfigurationError */.j1((0,messages/* routerCannotMirror */.WW)(router.kind), { input: canary_deploy_inputs/* Inputs */.G0.Traffic, path: 'canary-deploy.mirror' }, (0,messages/* routerCannotMirrorHint */.NM)(canary_deploy_inputs/* Inputs */.G0.Traffic, canary_deploy_inputs/* Inputs */.G0.TrafficCommand, canary_deploy_inputs/* Inputs */.G0.Mirror));
    return router;
}
/**
 * Moves champion after a promoted rollout. When it cannot (the registry refuses or fails), the canary must not
 * stay live under a champion that did not move: traffic goes back to 0%, the deployment is marked failed, and the
 * error is rethrown.
 */
async function championOrRollback(context, target, run, router, deployment) {
    try {
        return await moveChampion(context, target);
    }
    catch (error) {
        context.logger.warning(`canary-deploy: champion did not move (${(0,error_message/* errorMessage */.g)(error)}); rolling traffic back to 0% from ${run.state.weight}%`);
        await router.setWeight(0);
        context.state.save(state/* STATE_WEIGHT */.lF, '0');
        context.state.save(state/* STATE_DONE */.l3, 'true');
        await deployment.status('failure', `champion did not move: ${(0,error_message/* errorMessage */.g)(error)}; rolled back to 0%`);
        throw error;
    }
}


/***/ }),

/***/ 43489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ logGamma)
/* harmony export */ });
// Lanczos approximation, g = 7, n = 9 (the coefficients published by Numerical Recipes 3rd ed. / Boost).
const G = 7;
const COEFFICIENTS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.9189385332046727;
/**
 * Natural logarithm of the gamma function, ln Γ(x), for x > 0 (Lanczos approximation, g = 7; relative error
 * about 1e-15 over the positive reals).
 * @see https://en.wikipedia.org/wiki/Lanczos_approximation
 * @throws {RangeError} if x is not a positive finite number
 * @example
 * logGamma(5) // => 3.178053830347944 (ln 24 = 3.1780538303479458)
 */
function logGamma(x) {
    if (!(x > 0) || !Number.isFinite(x))
        throw new RangeError(`logGamma: x must be a positive finite number, got ${x}`);
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const z = x - 1;
    let sum = COEFFICIENTS[0];
    for (let i = 1; i < G + 2; i++)
        sum += COEFFICIENTS[i] / (z + i);
    const t = z + G + 0.5;
    return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
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

/***/ 13610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ normalCdf)
/* harmony export */ });
/* harmony import */ var _regularized_gamma_q_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1519);

/**
 * Standard normal cumulative distribution Φ(x) = P(Z ≤ x) (scipy.stats.norm.cdf), through
 * erfc(t) = Q(½, t²): Φ(x) = ½·Q(½, x²/2) for x < 0 and 1 − ½·Q(½, x²/2) otherwise, so the lower tail
 * keeps its relative accuracy far out (Φ(−8) ≈ 6.2e−16).
 * @see https://en.wikipedia.org/wiki/Normal_distribution#Cumulative_distribution_function
 * @throws {RangeError} if x is NaN
 * @example
 * normalCdf(-1.96) // => 0.02499789514822045
 */
function normalCdf(x) {
    if (Number.isNaN(x))
        throw new RangeError('normalCdf: x is NaN');
    if (x === 0)
        return 0.5;
    const tail = 0.5 * (0,_regularized_gamma_q_js__WEBPACK_IMPORTED_MODULE_0__/* .regularizedGammaQ */ .j)(0.5, (x * x) / 2);
    return x < 0 ? tail : 1 - tail;
}


/***/ }),

/***/ 86592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ normalQuantile)
/* harmony export */ });
/* harmony import */ var _normal_cdf_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13610);

// Acklam's rational approximation (relative error 1.15e−9), then one Halley step on normalCdf.
const A = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const LOW = 0.02425;
/**
 * Standard normal quantile Φ⁻¹(p) (scipy.stats.norm.ppf): Acklam's rational approximation refined by one Halley
 * step against `normalCdf`, which brings it to about 1e−15 relative error over (1e−300, 1 − 1e−16).
 * @see https://web.archive.org/web/20151030215612/http://home.online.no/~pjacklam/notes/invnorm/
 * @throws {RangeError} if p is not in (0, 1)
 * @example normalQuantile(0.975) // => 1.9599639845400552
 */
function normalQuantile(p) {
    if (!(p > 0 && p < 1))
        throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`);
    let x;
    if (p < LOW || p > 1 - LOW) {
        const q = Math.sqrt(-2 * Math.log(p < LOW ? p : 1 - p));
        x =
            (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
                ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        if (p > 1 - LOW)
            x = -x;
    }
    else {
        const q = p - 0.5;
        const r = q * q;
        x =
            ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
                (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }
    // Halley refinement; in the upper tail work with the upper tail probability to keep precision.
    // e = Φ(x) − p, computed as (1 − p) − Φ(−x) above the median.
    const e = p > 0.5 ? 1 - p - (0,_normal_cdf_js__WEBPACK_IMPORTED_MODULE_0__/* .normalCdf */ .v)(-x) : (0,_normal_cdf_js__WEBPACK_IMPORTED_MODULE_0__/* .normalCdf */ .v)(x) - p;
    const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
    return x - u / (1 + (x * u) / 2);
}


/***/ }),

/***/ 1519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ regularizedGammaQ)
/* harmony export */ });
/* harmony import */ var _log_gamma_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43489);

const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 10_000;
/**
 * Regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), for a > 0 and x ≥ 0: the series of
 * P(a, x) when x < a + 1, else the Lentz continued fraction of Q (Numerical Recipes §6.2). Relative accuracy
 * about 1e-14; enough for p-values compared at 1e-6 absolute.
 * @see https://en.wikipedia.org/wiki/Incomplete_gamma_function#Regularized_gamma_functions_and_Poisson_random_variables
 * @throws {RangeError} if a ≤ 0 or x < 0
 * @example
 * regularizedGammaQ(1, 2) // => 0.1353352832366128 (e^-2 = 0.1353352832366127)
 */
function regularizedGammaQ(a, x) {
    if (!(a > 0) || !(x >= 0))
        throw new RangeError(`regularizedGammaQ: needs a > 0 and x >= 0, got a=${a}, x=${x}`);
    if (x === 0)
        return 1;
    if (x === Infinity)
        return 0;
    const logPrefix = -x + a * Math.log(x) - (0,_log_gamma_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .S)(a);
    if (x < a + 1) {
        let term = 1 / a;
        let sum = term;
        for (let n = 1; n < MAX_ITERATIONS; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON)
                break;
        }
        return Math.max(0, 1 - sum * Math.exp(logPrefix));
    }
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < MAX_ITERATIONS; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPSILON)
            break;
    }
    return Math.min(1, Math.exp(logPrefix) * h);
}


/***/ })

};

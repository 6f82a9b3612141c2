export const id = 75;
export const ids = [75];
export const modules = {

/***/ 90075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post),
/* harmony export */   rollbackFromState: () => (/* binding */ rollbackFromState)
/* harmony export */ });
/* harmony import */ var _traffic_create_traffic_router_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62320);
/* harmony import */ var _github_deployments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16887);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73793);
/* harmony import */ var _io_run_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42221);




/**
 * The post step's job: if the main step saved a traffic config and did not finish at 0% or 100% (cancelled,
 * crashed, killed), set the canary weight to 0 with the same provider. Returns what it did.
 */
async function rollbackFromState(state, logger) {
    const config = state.get(_state_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE_CONFIG */ .lG);
    if (config === undefined || config === '')
        return 'nothing-to-do';
    const weight = state.get(_state_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE_WEIGHT */ .lF);
    if (state.get(_state_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE_DONE */ .l3) === 'true' && (weight === '0' || weight === '100')) {
        logger.info(`canary-deploy post: rollout finished at ${weight}%, nothing to roll back`);
        return 'finished';
    }
    logger.warning(`canary-deploy post: the rollout stopped at ${weight ?? 'an unknown weight'}%; rolling traffic back to 0%`);
    // A traffic command of the main step may still run (its own process group outlives a cancelled step): end it
    // first, or it could set its weight after ours.
    const pgid = Number(state.get(_state_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE_TRAFFIC_PGID */ .Js) ?? '');
    if (pgid > 0 && (await (0,_io_run_command_js__WEBPACK_IMPORTED_MODULE_2__/* .endProcessGroup */ .Ai)(pgid)))
        logger.warning(`canary-deploy post: ended the traffic command still running (process group ${pgid})`);
    const router = (0,_traffic_create_traffic_router_js__WEBPACK_IMPORTED_MODULE_0__/* .createTrafficRouter */ .d)(JSON.parse(config));
    await router.setWeight(0);
    logger.info('canary-deploy post: canary weight is 0%');
    return 'rolled-back';
}
/** canary-deploy's post step: never leave traffic mid-way (runner `post:`, and the CLI when the command ends). */
async function post(context) {
    const done = await rollbackFromState(context.state, context.logger);
    // The deployment said in_progress when the main step stopped: it now says what the traffic is.
    if (done === 'rolled-back')
        await (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_1__/* .resumeDeployment */ .N)(context, context.state.get(_state_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE_DEPLOYMENT */ .E1)).status('failure', 'the job stopped mid-rollout; the post step rolled the canary back to 0%');
}


/***/ })

};

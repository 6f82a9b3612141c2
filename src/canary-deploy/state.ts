/** Names under which the main step hands state to the post step. */
export const STATE_CONFIG = 'canary-traffic-config'
export const STATE_WEIGHT = 'canary-weight'
export const STATE_DONE = 'canary-done'
/** The GitHub Deployment of the rollout ({ id, environment }), so a post-step rollback marks it failed. */
export const STATE_DEPLOYMENT = 'canary-deployment'
/** The process group of the traffic command running now ('' when none): the post step ends it before rolling back. */
export const STATE_TRAFFIC_PGID = 'canary-traffic-pgid'

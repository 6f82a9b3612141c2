// Shared by the strategy e2e tests: the inputs that point canary-deploy at the harness's nginx and Prometheus, and
// what nginx routes now (read from nginx itself, not from our own state).
import {
  get,
  sample,
  toolPath,
  type NginxSetup,
  type PrometheusSetup,
  type Running,
} from '../../helpers/canary-harness.js'

/** canary-deploy's inputs for traffic nginx (the harness's) and metrics prometheus. */
export function routedInputs(
  nginx: NginxSetup,
  stable: Running,
  canary: Running,
  prometheus: PrometheusSetup,
): Record<string, string> {
  return {
    traffic: 'nginx',
    'nginx-config': nginx.configPath,
    'nginx-upstream-file': nginx.upstreamPath,
    'nginx-prefix': nginx.prefix,
    'nginx-binary': toolPath('nginx'),
    'nginx-verify-url': `${nginx.url}/modelgate-status`,
    'nginx-pid-file': `${nginx.prefix}/nginx.pid`,
    'stable-server': stable.address,
    'canary-server': canary.address,
    metrics: 'prometheus',
    'prometheus-url': prometheus.url,
  }
}

export interface Live {
  readonly weight: number
  readonly mirror: string
  readonly answers: Record<string, number>
}

/** What nginx routes now: the weight in its status marker, the mirror switch, and who answers 20 requests. */
export async function live(url: string): Promise<Live> {
  const status = await get(`${url}/modelgate-status`)
  return {
    weight: Number(status.body.trim().split(':')[0]),
    mirror: String(status.headers['x-modelgate-mirror']),
    answers: await sample(url, 20),
  }
}

export const AT_STABLE: Live = { weight: 0, mirror: 'off', answers: { stable: 20 } }
export const AT_CANARY: Live = { weight: 100, mirror: 'off', answers: { canary: 20 } }

import { apiGatewayLimits } from '@/lib/data/facts/workflows-data';
import styles from './Diagram.module.css';

/** An example budget (seconds) for a synchronous request; the gateway's limit comes from the data. */
const FUNCTION_TIMEOUT = 25;
const calls = [
  { label: 'DB query', from: 0.5, to: 4.5, slack: false },
  { label: 'payment API', from: 4.5, to: 12.5, slack: false },
  { label: 'one retry', from: 12.5, to: 20.5, slack: false },
  { label: 'reserve', from: 20.5, to: FUNCTION_TIMEOUT, slack: true },
];

/**
 * Timeout budgeting for one synchronous request: the gateway's integration timeout contains the
 * function's timeout, which contains every downstream call's timeout, with time left to answer.
 */
export function TimeoutBudgetDiagram() {
  const p = 'timeout-budget';
  const gateway = apiGatewayLimits.restIntegrationTimeoutSeconds.value;
  const x = (s: number) => 200 + s * 18;
  const ticks = [0, 5, 10, 15, 20, 25, 30];
  return (
    <svg viewBox="0 0 760 250" role="img" aria-labelledby={`${p}-title ${p}-desc`} className={styles.diagram}>
      <title id={`${p}-title`}>A timeout budget: each layer gives up before the layer that called it</title>
      <desc id={`${p}-desc`}>
        Three rows on a time axis from 0 to 30 seconds. The top row is API Gateway&apos;s default integration timeout for REST APIs, {gateway}{' '}
        seconds. The second row is the function&apos;s timeout, set to {FUNCTION_TIMEOUT} seconds so that the function fails first and can still
        answer. The third row divides the function&apos;s time among its downstream calls, each with its own timeout: a database query of 4
        seconds, a payment API call of 8 seconds, one retry of that call of 8 seconds, and a dashed reserve of 4.5 seconds for logging and
        building the response. Vertical markers show where the function gives up and where the gateway would return a 504 error.
      </desc>

      <text x="10" y="42" className={styles.timeoutBudgetName}>API Gateway (REST)</text>
      <text x="10" y="58" className={styles.timeoutBudgetSmall}>integration timeout</text>
      <rect x={x(0)} y="30" width={x(gateway) - x(0)} height="30" rx="4" className={styles.timeoutBudgetGateway} />
      <text x={x(gateway) - 8} y="50" textAnchor="end" className={styles.timeoutBudgetName}>{`${gateway} s`}</text>

      <text x="10" y="94" className={styles.timeoutBudgetName}>Function timeout</text>
      <text x="10" y="110" className={styles.timeoutBudgetSmall}>set below the gateway</text>
      <rect x={x(0)} y="82" width={x(FUNCTION_TIMEOUT) - x(0)} height="30" rx="4" className={styles.timeoutBudgetFunction} />
      <text x={x(FUNCTION_TIMEOUT) - 8} y="102" textAnchor="end" className={styles.timeoutBudgetName}>{`${FUNCTION_TIMEOUT} s`}</text>

      <text x="10" y="146" className={styles.timeoutBudgetName}>Calls inside it</text>
      <text x="10" y="162" className={styles.timeoutBudgetSmall}>each with its own timeout</text>
      {calls.map((c) => (
        <g key={c.label}>
          <rect
            x={x(c.from)}
            y="134"
            width={x(c.to) - x(c.from) - 3}
            height="30"
            rx="4"
            className={c.slack ? styles.timeoutBudgetSlack : styles.timeoutBudgetCall}
          />
          <text x={(x(c.from) + x(c.to)) / 2} y="147" textAnchor="middle" className={styles.timeoutBudgetSmall}>{c.label}</text>
          <text x={(x(c.from) + x(c.to)) / 2} y="160" textAnchor="middle" className={styles.timeoutBudgetSmall}>{`${c.to - c.from} s`}</text>
        </g>
      ))}

      <line x1={x(FUNCTION_TIMEOUT)} y1="24" x2={x(FUNCTION_TIMEOUT)} y2="196" className={styles.timeoutBudgetSlack} />
      <line x1={x(gateway)} y1="24" x2={x(gateway)} y2="196" className={styles.timeoutBudgetSlack} />
      <text x={x(FUNCTION_TIMEOUT) - 4} y="186" textAnchor="end" className={styles.timeoutBudgetSmall}>function gives up</text>
      <text x={x(gateway) - 4} y="206" textAnchor="end" className={styles.timeoutBudgetSmall}>gateway would send 504</text>

      <line x1={x(0)} y1="218" x2={x(30)} y2="218" className={styles.timeoutBudgetAxis} />
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} y1="214" x2={x(t)} y2="222" className={styles.timeoutBudgetAxis} />
          <text x={x(t)} y="238" textAnchor="middle" className={styles.timeoutBudgetSmall}>{`${t} s`}</text>
        </g>
      ))}
    </svg>
  );
}

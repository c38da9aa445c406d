import styles from './Diagram.module.css';

/**
 * The order workflow from lesson 8 as a state machine: a Task with a Retry loop and a Catch,
 * a Choice on $.inStock, and two Task states that end the execution. Shapes carry the meaning
 * (rounded box = Task, diamond = Choice, dashed box = Fail, ringed dot = End), not colour.
 */
export function OrderStateMachineDiagram() {
  const p = 'order-sm';
  return (
    <svg viewBox="0 0 760 400" role="img" aria-labelledby={`${p}-title ${p}-desc`} className={styles.diagram}>
      <title id={`${p}-title`}>The order state machine: validate, check stock, then pay or backorder</title>
      <desc id={`${p}-desc`}>
        Execution starts at ValidateOrder, a Task state that calls a Lambda function. A dashed loop on its left shows the Retry rule: on a
        TransientError the state is retried up to three times, waiting longer before each retry. A dashed arrow on its right shows the Catch
        rule: any other error, or a TransientError that outlives its retries, goes to HandleError, a Task that records the failure, and then to
        OrderFailed, a Fail state that ends the execution as failed. If validation succeeds, CheckInventory, a Choice state drawn as a diamond,
        reads the inStock field. When inStock is true the execution moves to ProcessPayment; otherwise the default branch moves to
        BackorderItem. Both are Task states that end the execution successfully.
      </desc>
      <defs>
        <marker id={`${p}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className={styles.arrowHead} />
        </marker>
        <marker id={`${p}-retry-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className={styles.orderSmRetryHead} />
        </marker>
        <marker id={`${p}-catch-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className={styles.orderSmCatchHead} />
        </marker>
      </defs>

      {/* Start */}
      <circle cx="300" cy="16" r="7" className={styles.orderSmStart} />
      <text x="314" y="20" className={styles.orderSmSmall}>Start</text>
      <line x1="300" y1="23" x2="300" y2="42" className={styles.arrow} markerEnd={`url(#${p}-arrow)`} />

      {/* ValidateOrder (Task) */}
      <rect x="210" y="44" width="180" height="56" rx="10" className={styles.orderSmTask} />
      <text x="300" y="67" textAnchor="middle" className={styles.orderSmName}>ValidateOrder</text>
      <text x="300" y="87" textAnchor="middle" className={styles.orderSmSmall}>Task · validate-order</text>

      {/* Retry loop */}
      <path d="M210 60 C 160 56, 160 90, 208 86" className={styles.orderSmRetry} markerEnd={`url(#${p}-retry-arrow)`} />
      <text x="152" y="52" textAnchor="end" className={styles.orderSmName}>Retry</text>
      <text x="152" y="69" textAnchor="end" className={styles.orderSmCode}>TransientError</text>
      <text x="152" y="86" textAnchor="end" className={styles.orderSmSmall}>up to 3 retries,</text>
      <text x="152" y="102" textAnchor="end" className={styles.orderSmSmall}>waiting longer each time</text>

      {/* Catch -> HandleError -> OrderFailed */}
      <line x1="390" y1="72" x2="516" y2="72" className={styles.orderSmCatch} markerEnd={`url(#${p}-catch-arrow)`} />
      <text x="453" y="62" textAnchor="middle" className={styles.orderSmName}>Catch</text>
      <text x="453" y="90" textAnchor="middle" className={styles.orderSmCode}>States.ALL</text>
      <rect x="520" y="44" width="200" height="56" rx="10" className={styles.orderSmTask} />
      <text x="620" y="67" textAnchor="middle" className={styles.orderSmName}>HandleError</text>
      <text x="620" y="87" textAnchor="middle" className={styles.orderSmSmall}>Task · record and alert</text>
      <line x1="620" y1="100" x2="620" y2="146" className={styles.arrow} markerEnd={`url(#${p}-arrow)`} />
      <rect x="540" y="148" width="160" height="50" rx="4" className={styles.orderSmFail} />
      <text x="620" y="169" textAnchor="middle" className={styles.orderSmName}>OrderFailed</text>
      <text x="620" y="188" textAnchor="middle" className={styles.orderSmSmall}>Fail · execution failed</text>

      {/* ValidateOrder -> CheckInventory */}
      <line x1="300" y1="100" x2="300" y2="126" className={styles.arrow} markerEnd={`url(#${p}-arrow)`} />

      {/* CheckInventory (Choice) */}
      <polygon points="300,128 400,178 300,228 200,178" className={styles.orderSmChoice} />
      <text x="300" y="176" textAnchor="middle" className={styles.orderSmName}>CheckInventory</text>
      <text x="300" y="194" textAnchor="middle" className={styles.orderSmSmall}>Choice</text>

      {/* Branch: in stock */}
      <path d="M200 178 H180 V288" className={styles.arrow} markerEnd={`url(#${p}-arrow)`} />
      <text x="170" y="238" textAnchor="end" className={styles.orderSmCode}>$.inStock == true</text>
      <rect x="90" y="290" width="180" height="56" rx="10" className={styles.orderSmTask} />
      <text x="180" y="313" textAnchor="middle" className={styles.orderSmName}>ProcessPayment</text>
      <text x="180" y="333" textAnchor="middle" className={styles.orderSmSmall}>Task · process-payment</text>

      {/* Branch: default */}
      <path d="M400 178 H420 V288" className={styles.arrow} markerEnd={`url(#${p}-arrow)`} />
      <text x="430" y="238" className={styles.orderSmCode}>Default</text>
      <text x="430" y="255" className={styles.orderSmSmall}>(not in stock)</text>
      <rect x="330" y="290" width="180" height="56" rx="10" className={styles.orderSmTask} />
      <text x="420" y="313" textAnchor="middle" className={styles.orderSmName}>BackorderItem</text>
      <text x="420" y="333" textAnchor="middle" className={styles.orderSmSmall}>Task · backorder-item</text>

      {/* Ends */}
      {[180, 420].map((x) => (
        <g key={x}>
          <line x1={x} y1="346" x2={x} y2="364" className={styles.arrow} markerEnd={`url(#${p}-arrow)`} />
          <circle cx={x} cy="377" r="10" className={styles.orderSmEndRing} />
          <circle cx={x} cy="377" r="5" className={styles.orderSmStart} />
          <text x={x + 18} y="381" className={styles.orderSmSmall}>End (succeeded)</text>
        </g>
      ))}
    </svg>
  );
}

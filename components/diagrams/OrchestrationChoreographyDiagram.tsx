import styles from './Diagram.module.css';

const steps = ['1  Validate order', '2  Charge payment', '3  Reserve stock'];
const reactors = [
  { x: 400, label: 'Inventory' },
  { x: 518, label: 'Email' },
  { x: 636, label: 'Analytics' },
];

/**
 * The same order flow coordinated two ways: a workflow engine calling each step (orchestration)
 * and services reacting to an event on a bus (choreography). Drawn as SVG with a text alternative.
 */
export function OrchestrationChoreographyDiagram() {
  return (
    <svg
      viewBox="0 0 760 310"
      role="img"
      aria-labelledby="orchestration-choreography-title orchestration-choreography-desc"
      className={styles.diagram}
    >
      <title id="orchestration-choreography-title">Orchestration next to choreography</title>
      <desc id="orchestration-choreography-desc">
        Left, orchestration: a workflow engine such as AWS Step Functions calls three steps in order (validate the order, charge the
        payment, reserve stock), receives each result, and keeps the state, the retries and any compensation in one place, so one
        component knows the whole flow and its status. Right, choreography: an order service emits an OrderPlaced event to an event
        bus such as EventBridge; the inventory, email and analytics services each subscribe and react on their own, and no single
        component holds the whole flow.
      </desc>

      <text x="10" y="20" className={styles.heading}>Orchestration</text>
      <text x="10" y="40" className={styles.orchestrationChoreographySmall}>a workflow engine calls each step</text>
      <rect x="10" y="60" width="160" height="178" rx="8" className={styles.orchestrationChoreographyEngine} />
      <text x="90" y="88" textAnchor="middle" className={styles.orchestrationChoreographyStrong}>Workflow engine</text>
      <text x="90" y="106" textAnchor="middle" className={styles.orchestrationChoreographySmall}>(Step Functions)</text>
      <text x="90" y="144" textAnchor="middle" className={styles.label}>holds the state,</text>
      <text x="90" y="162" textAnchor="middle" className={styles.label}>the retries and</text>
      <text x="90" y="180" textAnchor="middle" className={styles.label}>the compensation</text>
      {steps.map((s, i) => {
        const y = 60 + i * 67;
        return (
          <g key={s}>
            <line
              x1="172"
              y1={y + 22}
              x2="214"
              y2={y + 22}
              className={styles.arrow}
              markerStart="url(#orchestration-choreography-arrow)"
              markerEnd="url(#orchestration-choreography-arrow)"
            />
            <rect x="216" y={y} width="150" height="44" rx="6" className={styles.box} />
            <text x="228" y={y + 27} className={styles.label}>{s}</text>
          </g>
        );
      })}
      <text x="10" y="270" className={styles.label}>One place knows the whole flow</text>
      <text x="10" y="288" className={styles.label}>and can show its status.</text>

      <line x1="382" y1="10" x2="382" y2="300" className={styles.orchestrationChoreographyDivider} />

      <text x="400" y="20" className={styles.heading}>Choreography</text>
      <text x="400" y="40" className={styles.orchestrationChoreographySmall}>services react to events on a bus</text>
      <rect x="400" y="60" width="150" height="44" rx="6" className={styles.box} />
      <text x="475" y="87" textAnchor="middle" className={styles.label}>Order service</text>
      <line x1="475" y1="106" x2="475" y2="134" className={styles.arrow} markerEnd="url(#orchestration-choreography-arrow)" />
      <text x="485" y="125" className={styles.orchestrationChoreographySmall}>emits OrderPlaced</text>
      <rect x="400" y="136" width="340" height="40" rx="20" className={styles.orchestrationChoreographyBus} />
      <text x="570" y="161" textAnchor="middle" className={styles.orchestrationChoreographyStrong}>Event bus (EventBridge)</text>
      {reactors.map((r) => (
        <g key={r.label}>
          <line x1={r.x + 52} y1="178" x2={r.x + 52} y2="208" className={styles.arrow} markerEnd="url(#orchestration-choreography-arrow)" />
          <rect x={r.x} y="210" width="104" height="44" rx="6" className={styles.box} />
          <text x={r.x + 52} y="237" textAnchor="middle" className={styles.label}>{r.label}</text>
        </g>
      ))}
      <text x="400" y="280" className={styles.label}>No one holds the whole flow; each</text>
      <text x="400" y="298" className={styles.label}>subscriber reacts and evolves alone.</text>

      <defs>
        <marker
          id="orchestration-choreography-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0 0 10 5 0 10z" className={styles.arrowHead} />
        </marker>
      </defs>
    </svg>
  );
}

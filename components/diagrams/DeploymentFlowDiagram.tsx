import styles from './Diagram.module.css';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  title: string;
  lines: string[];
}

const COL_W = 168;
const colX = (i: number) => 10 + i * 194;

const source: Box[] = [
  { x: colX(0), y: 74, w: COL_W, h: 66, title: 'Handler code', lines: ['src/app.py or', 'create-order.ts'] },
  { x: colX(0), y: 150, w: COL_W, h: 66, title: 'IaC definition', lines: ['template.yaml (SAM)', 'or orders-app.ts (CDK)'] },
];
const template: Box = {
  x: colX(1),
  y: 74,
  w: COL_W,
  h: 138,
  title: 'Build output',
  lines: ['a CloudFormation', 'template (JSON or', 'YAML), plus zipped', 'code uploaded to S3', 'as assets'],
};
const engine: Box = {
  x: colX(2),
  y: 74,
  w: COL_W,
  h: 138,
  title: 'CloudFormation',
  lines: ['compares it with the', 'running stack as a', 'change set, applies it', 'in dependency order,', 'rolls back on failure'],
};
const resources = ['API Gateway (REST)', 'Lambda function', 'IAM role and policy', 'DynamoDB table'];

function BoxText({ box }: { box: Box }) {
  return (
    <>
      <text x={box.x + 12} y={box.y + 22} className={styles.deployFlowName}>
        {box.title}
      </text>
      {box.lines.map((line, i) => (
        <text key={line} x={box.x + 12} y={box.y + 41 + i * 18} className={styles.deployFlowSmall}>
          {line}
        </text>
      ))}
    </>
  );
}

/**
 * How infrastructure as code reaches the cloud: code and a template are built into a
 * CloudFormation template and assets, CloudFormation applies them as one stack, and the stack's
 * resources run. A dashed path shows tools (Pulumi, SST v3) that call cloud APIs directly.
 */
export function DeploymentFlowDiagram() {
  const headings = [
    { n: '1', title: 'Source', cmd: 'what you write' },
    { n: '2', title: 'Build', cmd: 'sam build · cdk synth' },
    { n: '3', title: 'Deploy', cmd: 'sam deploy · cdk deploy' },
    { n: '4', title: 'Running', cmd: 'one stack of resources' },
  ];
  const midY = 143;
  return (
    <svg viewBox="0 0 760 372" role="img" aria-labelledby="deploy-flow-title deploy-flow-desc" className={styles.diagram}>
      <title id="deploy-flow-title">From source code to deployed resources through infrastructure as code</title>
      <desc id="deploy-flow-desc">
        Four stages from left to right. One, source: the handler code and an infrastructure-as-code definition, either a SAM template.yaml or a
        CDK app. Two, build: sam build or cdk synth turns them into a CloudFormation template plus zipped code uploaded to S3 as assets. Three,
        deploy: sam deploy or cdk deploy hands the template to CloudFormation, which compares it with the running stack as a change set, creates
        or updates resources in dependency order and rolls back if anything fails. Four, running: one stack containing an API Gateway REST API, a
        Lambda function, an IAM role and policy, and a DynamoDB table. A dashed path underneath shows the alternative taken by Pulumi and SST
        version 3: their own engine plans the change, keeps state in a state file and calls the cloud provider&rsquo;s APIs directly, with no
        CloudFormation stack.
      </desc>
      <defs>
        <marker id="deploy-flow-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className={styles.arrowHead} />
        </marker>
      </defs>

      {headings.map((h, i) => (
        <g key={h.n}>
          <circle cx={colX(i) + 11} cy={22} r={11} className={styles.deployFlowStep} />
          <text x={colX(i) + 11} y={27} textAnchor="middle" className={styles.deployFlowStepNumber}>
            {h.n}
          </text>
          <text x={colX(i) + 30} y={27} className={styles.heading}>
            {h.title}
          </text>
          <text x={colX(i)} y={56} className={styles.deployFlowCode}>
            {h.cmd}
          </text>
        </g>
      ))}

      {source.map((b) => (
        <g key={b.title}>
          <rect x={b.x} y={b.y} width={b.w} height={b.h} rx="6" className={styles.box} />
          <BoxText box={b} />
          <line x1={b.x + b.w} y1={b.y + b.h / 2} x2={colX(1) - 4} y2={midY} className={styles.arrow} markerEnd="url(#deploy-flow-arrow)" />
        </g>
      ))}

      <rect x={template.x} y={template.y} width={template.w} height={template.h} rx="6" className={styles.deployFlowArtefact} />
      <BoxText box={template} />
      <line x1={template.x + template.w} y1={midY} x2={colX(2) - 4} y2={midY} className={styles.arrow} markerEnd="url(#deploy-flow-arrow)" />

      <rect x={engine.x} y={engine.y} width={engine.w} height={engine.h} rx="10" className={styles.platform} />
      <BoxText box={engine} />
      <line x1={engine.x + engine.w} y1={midY} x2={colX(3) - 4} y2={midY} className={styles.arrow} markerEnd="url(#deploy-flow-arrow)" />

      <rect x={colX(3) - 4} y={66} width={COL_W + 2} height={196} rx="8" className={styles.deployFlowStack} />
      <text x={colX(3) + 6} y={250} className={styles.deployFlowSmall}>
        deployed as one unit
      </text>
      {resources.map((r, i) => (
        <g key={r}>
          <rect x={colX(3) + 4} y={76 + i * 40} width={COL_W - 12} height={32} rx="5" className={styles.box} />
          <text x={colX(3) + 14} y={97 + i * 40} className={styles.label}>
            {r}
          </text>
        </g>
      ))}

      <rect x={colX(1)} y={282} width={colX(2) + COL_W - colX(1)} height={76} rx="8" className={styles.deployFlowAlt} />
      <text x={colX(1) + 12} y={304} className={styles.deployFlowName}>
        Pulumi, SST v3: no CloudFormation
      </text>
      <text x={colX(1) + 12} y={323} className={styles.deployFlowSmall}>
        their own engine plans the change, keeps
      </text>
      <text x={colX(1) + 12} y={341} className={styles.deployFlowSmall}>
        a state file and calls the cloud APIs directly
      </text>
      <path d={`M${colX(0) + COL_W / 2} 216 L${colX(0) + COL_W / 2} 320 L${colX(1) - 4} 320`} className={styles.deployFlowAltArrow} markerEnd="url(#deploy-flow-arrow)" />
      <path d={`M${colX(2) + COL_W} 320 L${colX(3) + COL_W / 2} 320 L${colX(3) + COL_W / 2} 266`} className={styles.deployFlowAltArrow} markerEnd="url(#deploy-flow-arrow)" />
    </svg>
  );
}

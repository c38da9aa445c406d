import styles from './Diagram.module.css';

type Kind = 'fn' | 'store' | 'queue' | 'failure' | 'workflow';

interface Node {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  step?: string;
  title: string;
  lines: string[];
  kind: Kind;
}

const H = 60;
const ROW = (r: number) => 30 + r * 100;
const LEFT = 160;
const MID = 400;
const RIGHT = 580;

const nodes: Node[] = [
  { id: 'presign', x: LEFT, y: ROW(0), w: 200, h: H, step: '1', title: 'Presign function', lines: ['POST /uploads returns a', 'short-lived upload URL'], kind: 'fn' },
  { id: 'dlq', x: MID, y: ROW(0), w: 166, h: H, title: 'Dead-letter queue', lines: ['alarm on depth > 0'], kind: 'failure' },
  { id: 'incoming', x: LEFT, y: ROW(1), w: 200, h: H, step: '2', title: 'Incoming bucket', lines: ['private, versioned;', 'client PUTs the file here'], kind: 'store' },
  { id: 'queue', x: MID, y: ROW(1), w: 150, h: H, step: '3', title: 'SQS queue', lines: ['ObjectCreated events'], kind: 'queue' },
  { id: 'validate', x: RIGHT, y: ROW(1), w: 170, h: H, step: '4', title: 'Validate', lines: ['real type, size, pixels;', 'idempotent on version'], kind: 'fn' },
  { id: 'clean', x: LEFT, y: ROW(2), w: 200, h: H, step: '6', title: 'Clean bucket', lines: ['only scanned files', 'ever reach it'], kind: 'store' },
  { id: 'scan', x: RIGHT, y: ROW(2), w: 170, h: H, step: '5', title: 'Malware scan', lines: ['managed scanner or', 'a scanning container'], kind: 'fn' },
  { id: 'quarantine', x: RIGHT, y: ROW(3), w: 170, h: H, title: 'Quarantine bucket', lines: ['infected files;', 'locked, REJECTED'], kind: 'failure' },
  { id: 'publish', x: RIGHT, y: ROW(4), w: 170, h: H, step: '8', title: 'Publish', lines: ['status READY; images', 'served by the CDN'], kind: 'fn' },
  { id: 'status', x: MID, y: ROW(4), w: 150, h: H, title: 'Status table', lines: ['DynamoDB, one item', 'per upload'], kind: 'store' },
  { id: 'statusApi', x: LEFT, y: ROW(4), w: 200, h: H, step: '9', title: 'Status API', lines: ['GET /uploads/{id}', '(or a WebSocket push)'], kind: 'fn' },
];

const byId = (id: string) => nodes.find((n) => n.id === id)!;
const right = (n: Node) => ({ x: n.x + n.w, y: n.y + n.h / 2 });
const left = (n: Node) => ({ x: n.x, y: n.y + n.h / 2 });
const top = (n: Node) => ({ x: n.x + n.w / 2, y: n.y });
const bottom = (n: Node) => ({ x: n.x + n.w / 2, y: n.y + n.h });

const boxClass: Record<Kind, string | undefined> = {
  fn: styles.imagePipelineFn,
  store: styles.imagePipelineStore,
  queue: styles.imagePipelineQueue,
  failure: styles.imagePipelineFailure,
  workflow: styles.imagePipelineWorkflow,
};

function NodeBox({ node }: { node: Node }) {
  const textX = node.x + (node.step ? 34 : 12);
  return (
    <g>
      <rect x={node.x} y={node.y} width={node.w} height={node.h} rx={node.kind === 'store' ? 14 : 6} className={boxClass[node.kind]} />
      {node.step && (
        <>
          <circle cx={node.x + 17} cy={node.y + 18} r={10} className={styles.imagePipelineStep} />
          <text x={node.x + 17} y={node.y + 22} textAnchor="middle" className={styles.imagePipelineStepNumber}>
            {node.step}
          </text>
        </>
      )}
      {node.kind === 'failure' && (
        <path
          d={`M${node.x + node.w - 20} ${node.y + node.h - 20} l10 10 m0 -10 l-10 10`}
          className={styles.imagePipelineCross}
        />
      )}
      <text x={textX} y={node.y + 22} className={styles.imagePipelineName}>
        {node.title}
      </text>
      {node.lines.map((line, i) => (
        <text key={line} x={node.x + 12} y={node.y + 40 + i * 15} className={styles.imagePipelineSmall}>
          {line}
        </text>
      ))}
    </g>
  );
}

interface Pt {
  x: number;
  y: number;
}

function Arrow({ from, to, via = [], failure = false }: { from: Pt; to: Pt; via?: Pt[]; failure?: boolean }) {
  const points = [from, ...via, to].map((p) => `${p.x} ${p.y}`).join(' L');
  return (
    <path
      d={`M${points}`}
      className={failure ? styles.imagePipelineFailArrow : styles.arrow}
      markerEnd={failure ? 'url(#image-pipeline-fail-head)' : 'url(#image-pipeline-head)'}
    />
  );
}

/**
 * The reference image-upload pipeline from the interview playbook: presigned upload, queue,
 * validation, malware scan with quarantine, a Step Functions workflow that makes thumbnails and
 * extracts metadata in parallel, publication, and a status record the client reads.
 */
export function ImagePipelineDiagram() {
  const presign = byId('presign');
  const dlq = byId('dlq');
  const incoming = byId('incoming');
  const queue = byId('queue');
  const validate = byId('validate');
  const clean = byId('clean');
  const scan = byId('scan');
  const quarantine = byId('quarantine');
  const publish = byId('publish');
  const status = byId('status');
  const statusApi = byId('statusApi');
  const wf = { x: LEFT, y: ROW(3) - 6, w: 390, h: H + 12 };
  const clientX = 10;
  const clientW = 120;

  return (
    <svg viewBox="0 0 760 560" role="img" aria-labelledby="image-pipeline-title image-pipeline-desc" className={styles.diagram}>
      <title id="image-pipeline-title">Reference design for a serverless image-upload pipeline</title>
      <desc id="image-pipeline-desc">
        A client on the left talks to the system in three places. Step 1: it calls POST /uploads, and a presign function records the upload as
        pending and returns a short-lived presigned URL. Step 2: the client uploads the file straight to a private, versioned incoming bucket,
        so no function handles the bytes in transit. Step 3: the bucket&apos;s ObjectCreated event goes to an SQS queue; messages that keep
        failing move to a dead-letter queue, drawn dashed with a cross, whose depth raises an alarm. Step 4: a validation function reads the
        queue, checks the file&apos;s real type, size and pixel dimensions, and is idempotent on the object key and version. Step 5: a malware
        scan runs before anything is published; infected files go to a quarantine bucket, dashed with a cross, and the upload is marked
        rejected. Step 6: clean files are copied to a clean bucket. Step 7: a Step Functions workflow runs two branches in parallel, thumbnail
        generation and metadata extraction. Step 8: a publish step marks the upload ready and the images are served by the CDN. Step 9: the
        client reads the status from a status API backed by a DynamoDB table with one item per upload, by polling or through a WebSocket
        push.
      </desc>
      <defs>
        <marker id="image-pipeline-head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className={styles.arrowHead} />
        </marker>
        <marker id="image-pipeline-fail-head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className={styles.imagePipelineFailHead} />
        </marker>
      </defs>

      {/* The client spans the height: it talks to steps 1, 2 and 9. */}
      <rect x={clientX} y={ROW(0)} width={clientW} height={ROW(4) + H - ROW(0)} rx="10" className={styles.imagePipelineClient} />
      <text x={clientX + clientW / 2} y={ROW(2) + 22} textAnchor="middle" className={styles.imagePipelineName}>
        Client
      </text>
      <text x={clientX + clientW / 2} y={ROW(2) + 40} textAnchor="middle" className={styles.imagePipelineSmall}>
        browser or app
      </text>

      <Arrow from={{ x: clientX + clientW, y: presign.y + H / 2 }} to={left(presign)} />
      <Arrow from={{ x: clientX + clientW, y: incoming.y + H / 2 }} to={left(incoming)} />
      <Arrow from={{ x: clientX + clientW, y: statusApi.y + H / 2 }} to={left(statusApi)} />

      <Arrow from={right(incoming)} to={left(queue)} />
      <Arrow from={right(queue)} to={left(validate)} />
      <Arrow from={top(queue)} to={{ x: top(queue).x, y: dlq.y + dlq.h }} failure />
      <Arrow from={bottom(validate)} to={top(scan)} />
      <Arrow from={left(scan)} to={right(clean)} />
      <text x={MID + 40} y={ROW(2) + H / 2 - 8} className={styles.imagePipelineSmall}>
        clean
      </text>
      <Arrow from={bottom(scan)} to={top(quarantine)} failure />
      <text x={RIGHT + 96} y={ROW(2) + H + 26} className={styles.imagePipelineSmall}>
        infected
      </text>
      <Arrow from={bottom(clean)} to={{ x: clean.x + clean.w / 2, y: wf.y }} />

      {/* Step 7: a workflow with two parallel branches. */}
      <rect x={wf.x} y={wf.y} width={wf.w} height={wf.h} rx="10" className={styles.imagePipelineWorkflow} />
      <circle cx={wf.x + 17} cy={wf.y + 18} r={10} className={styles.imagePipelineStep} />
      <text x={wf.x + 17} y={wf.y + 22} textAnchor="middle" className={styles.imagePipelineStepNumber}>
        7
      </text>
      <text x={wf.x + 34} y={wf.y + 22} className={styles.imagePipelineName}>
        Step Functions: Parallel
      </text>
      {[
        { label: 'Thumbnails', x: wf.x + 12 },
        { label: 'Metadata (EXIF)', x: wf.x + 200 },
      ].map((b) => (
        <g key={b.label}>
          <rect x={b.x} y={wf.y + 32} width={178} height={30} rx="5" className={styles.imagePipelineFn} />
          <text x={b.x + 10} y={wf.y + 52} className={styles.label}>
            {b.label}
          </text>
        </g>
      ))}
      <Arrow
        from={{ x: wf.x + wf.w - 30, y: wf.y + wf.h }}
        to={{ x: publish.x + 30, y: publish.y }}
        via={[
          { x: wf.x + wf.w - 30, y: publish.y - 16 },
          { x: publish.x + 30, y: publish.y - 16 },
        ]}
      />

      <Arrow from={left(publish)} to={right(status)} />
      <Arrow from={left(status)} to={right(statusApi)} />

      {nodes.map((n) => (
        <NodeBox key={n.id} node={n} />
      ))}

      {/* Legend: meaning by line style and shape, not colour. */}
      <line x1={LEFT} y1={538} x2={LEFT + 36} y2={538} className={styles.arrow} markerEnd="url(#image-pipeline-head)" />
      <text x={LEFT + 44} y={542} className={styles.imagePipelineSmall}>
        event or request
      </text>
      <line x1={LEFT + 170} y1={538} x2={LEFT + 206} y2={538} className={styles.imagePipelineFailArrow} markerEnd="url(#image-pipeline-fail-head)" />
      <text x={LEFT + 214} y={542} className={styles.imagePipelineSmall}>
        failure path (dashed box with a cross)
      </text>
      <text x={LEFT + 470} y={542} className={styles.imagePipelineSmall}>
        rounded box: storage
      </text>
    </svg>
  );
}

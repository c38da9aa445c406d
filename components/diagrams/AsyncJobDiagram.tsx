import { apiGatewayLimits } from '@/lib/data/facts/workflows-data';
import { lambdaQuotas } from '@/lib/data/lambda-quotas';
import styles from './Diagram.module.css';

/**
 * Lesson 6: the asynchronous job pattern. The client submits work and gets a job id at once; a
 * queue feeds a worker that may run far longer than the gateway would wait; the client polls for
 * the status (or is pushed the result) and fetches the result from a store.
 */
export function AsyncJobDiagram() {
  const p = 'async-job';
  const gateway = apiGatewayLimits.restIntegrationTimeoutSeconds.value;
  const workerMinutes = lambdaQuotas.maxTimeoutSeconds.value / 60;
  const arrow = `url(#${p}-arrow)`;
  return (
    <svg viewBox="0 0 760 330" role="img" aria-labelledby={`${p}-title ${p}-desc`} className={styles.diagram}>
      <title id={`${p}-title`}>The asynchronous job pattern: accept now, work later, report when done</title>
      <desc id={`${p}-desc`}>
        A client on the left and five parts of a serverless back end. Step 1: the client sends POST /jobs to an API (API Gateway and a submit
        function). Step 2: the submit function records the job as PENDING in a job table, and the table&apos;s stream puts the new job on a queue. Step 3: it answers the
        client straight away with 202 Accepted and the job id, well inside the gateway&apos;s {gateway}-second limit. Step 4: a worker
        function (up to {workerMinutes} minutes; a container task for anything longer) takes the message from the queue. Step 5: the worker
        writes the result to an object store and marks the job DONE in the job table. Step 6: the client polls GET /jobs/&#123;id&#125; on a
        status function, which reads the job table and returns the status and, once done, a link to the result. A dotted arrow shows the
        alternative to polling: the back end pushes a message to the client over a WebSocket or calls its webhook.
      </desc>
      <defs>
        <marker id={`${p}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className={styles.arrowHead} />
        </marker>
      </defs>

      {/* Client */}
      <rect x="10" y="110" width="110" height="96" rx="8" className={styles.asyncJobClient} />
      <text x="65" y="150" textAnchor="middle" className={styles.asyncJobName}>Client</text>
      <text x="65" y="170" textAnchor="middle" className={styles.asyncJobSmall}>browser, app</text>
      <text x="65" y="186" textAnchor="middle" className={styles.asyncJobSmall}>or service</text>

      {/* Submit */}
      <rect x="200" y="30" width="150" height="76" rx="8" className={styles.asyncJobFn} />
      <text x="275" y="60" textAnchor="middle" className={styles.asyncJobName}>API + submit function</text>
      <text x="275" y="80" textAnchor="middle" className={styles.asyncJobSmall}>validates, answers</text>
      <text x="275" y="96" textAnchor="middle" className={styles.asyncJobSmall}>in milliseconds</text>

      {/* Status */}
      <rect x="200" y="220" width="150" height="76" rx="8" className={styles.asyncJobFn} />
      <text x="275" y="250" textAnchor="middle" className={styles.asyncJobName}>Status function</text>
      <text x="275" y="270" textAnchor="middle" className={styles.asyncJobSmall}>GET /jobs/&#123;id&#125;</text>
      <text x="275" y="286" textAnchor="middle" className={styles.asyncJobSmall}>or WebSocket API</text>

      {/* Queue */}
      <rect x="430" y="42" width="120" height="52" rx="6" className={styles.asyncJobQueue} />
      {[0, 1, 2, 3].map((i) => (
        <line key={i} x1={456 + i * 22} y1="50" x2={456 + i * 22} y2="86" className={styles.asyncJobQueueSlot} />
      ))}
      <text x="490" y="112" textAnchor="middle" className={styles.asyncJobName}>Job queue</text>

      {/* Worker */}
      <rect x="600" y="30" width="150" height="76" rx="8" className={styles.asyncJobFn} />
      <text x="675" y="58" textAnchor="middle" className={styles.asyncJobName}>Worker</text>
      <text x="675" y="78" textAnchor="middle" className={styles.asyncJobSmall}>{`function, up to ${workerMinutes} min,`}</text>
      <text x="675" y="94" textAnchor="middle" className={styles.asyncJobSmall}>or a container task</text>

      {/* Stores */}
      <rect x="430" y="220" width="320" height="76" rx="8" className={styles.asyncJobStore} />
      <text x="590" y="248" textAnchor="middle" className={styles.asyncJobName}>Job table + result store</text>
      <text x="590" y="268" textAnchor="middle" className={styles.asyncJobSmall}>status PENDING → DONE (DynamoDB)</text>
      <text x="590" y="284" textAnchor="middle" className={styles.asyncJobSmall}>result file (S3), fetched by link</text>

      {/* 1 and 3: submit and answer */}
      <line x1="120" y1="130" x2="198" y2="62" className={styles.arrow} markerEnd={arrow} />
      <text x="14" y="98" className={styles.asyncJobStep}>1 POST /jobs</text>
      <line x1="200" y1="92" x2="124" y2="150" className={styles.arrow} markerEnd={arrow} />
      <text x="128" y="176" className={styles.asyncJobStep}>3 202 + job id</text>

      {/* 2: record and enqueue */}
      <line x1="350" y1="68" x2="428" y2="68" className={styles.arrow} markerEnd={arrow} />
      <text x="356" y="58" className={styles.asyncJobStep}>2 stream</text>
      <line x1="330" y1="106" x2="460" y2="218" className={styles.arrow} markerEnd={arrow} />
      <text x="404" y="150" className={styles.asyncJobStep}>2 PENDING</text>

      {/* 4 and 5: work */}
      <line x1="550" y1="68" x2="598" y2="68" className={styles.arrow} markerEnd={arrow} />
      <text x="556" y="58" className={styles.asyncJobStep}>4 take</text>
      <line x1="675" y1="106" x2="675" y2="218" className={styles.arrow} markerEnd={arrow} />
      <text x="683" y="160" className={styles.asyncJobStep}>5 result,</text>
      <text x="683" y="176" className={styles.asyncJobStep}>DONE</text>

      {/* 6: poll, and the push alternative */}
      <line x1="120" y1="196" x2="198" y2="250" className={styles.asyncJobPoll} markerEnd={arrow} />
      <text x="60" y="242" className={styles.asyncJobStep}>6 poll</text>
      <line x1="350" y1="258" x2="428" y2="258" className={styles.asyncJobPoll} markerEnd={arrow} />
      <text x="366" y="250" className={styles.asyncJobSmall}>reads</text>
      <line x1="200" y1="286" x2="80" y2="208" className={styles.asyncJobPush} markerEnd={arrow} />
      <text x="20" y="316" className={styles.asyncJobSmall}>or push: WebSocket or webhook</text>
    </svg>
  );
}

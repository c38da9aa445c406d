import type { Metadata } from 'next';
import styles from '@/components/home/Home.module.css';
import { Table } from '@/components/mdx/Table';
import { facts, type FactId } from '@/lib/data/facts';

export const metadata: Metadata = {
  title: 'Cheat sheet',
  description: 'The numbers, limits and rules of thumb of AWS Lambda and serverless on one printable page, each with its source and date.',
};

const rows: { label: string; id: FactId }[] = [
  { label: 'Longest run of one invocation', id: 'lambda.maxTimeout' },
  { label: 'Memory you can configure', id: 'lambda.memoryRange' },
  { label: 'One full vCPU at', id: 'lambda.fullVcpu' },
  { label: 'Ephemeral storage (/tmp)', id: 'lambda.tmpRange' },
  { label: 'Synchronous payload, each way', id: 'lambda.syncPayload' },
  { label: 'Asynchronous payload', id: 'lambda.asyncPayload' },
  { label: 'Default account concurrency per region', id: 'lambda.accountConcurrency' },
  { label: 'Request price', id: 'lambda.requestPrice' },
  { label: 'Duration price (x86, first tier)', id: 'lambda.gbSecondPrice' },
  { label: 'Billing granularity', id: 'lambda.billingGranularity' },
  { label: 'Free tier each month', id: 'lambda.freeRequests' },
  { label: 'Free compute each month', id: 'lambda.freeGbSeconds' },
];

const date = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export default function CheatSheetPage() {
  return (
    <div className={styles.page}>
      <h1>Cheat sheet</h1>
      <p>
        AWS Lambda&rsquo;s numbers on one page (us-east-1, on-demand). Each row names the page it comes from and the day it was checked. Print
        it: the page is laid out for paper.
      </p>
      <h2>Rules of thumb</h2>
      <ul>
        <li>Concurrency = requests per second × average duration in seconds (Little&rsquo;s law).</li>
        <li>Monthly cost = requests × request price + GB-seconds × duration price, where GB-seconds = memory in GB × billed seconds.</li>
      </ul>
      <h2>AWS Lambda figures</h2>
      <Table>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">Figure</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, id }) => {
            const { fact, text } = facts[id];
            return (
              <tr key={id}>
                <th scope="row">{label}</th>
                <td>{text}</td>
                <td>
                  <a href={fact.source.url}>{fact.source.title}</a>, checked {date(fact.asOf)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
}

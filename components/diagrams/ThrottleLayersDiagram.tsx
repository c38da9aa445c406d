import { facts } from '@/lib/data/facts';
import { VerticalFlow } from './VerticalFlow';

/** Lesson 13: the layers that can refuse a request, from the edge inwards, and what each protects. */
export function ThrottleLayersDiagram() {
  const accountRps = facts['apiGateway.accountRps'].text;
  const windows = facts['waf.rateWindows'].text;
  return (
    <VerticalFlow
      id="throttle-layers"
      title="The layers that can refuse a request, from the edge inwards"
      desc={`A request passes five layers on its way to the database, and each can refuse it for a different reason. First AWS WAF, whose rate-based rule counts requests per IP address over ${windows} and blocks floods with 403 before they reach the API. Then API Gateway's account-level throttle, ${accountRps} shared by every API in the account and Region, which answers 429. Then the per-customer limit, a usage plan on a REST API or your own counter keyed by customer, which answers 429 with Retry-After. Then the function's reserved concurrency, which caps how many copies run. Last, the database, which the layers above protect.`}
      steps={[
        { name: 'Client', kind: 'outside', then: 'HTTPS' },
        { name: 'AWS WAF rate-based rule', detail: ['per IP, over minutes', 'floods get 403'], kind: 'service', then: 'passed' },
        { name: 'Account-level throttle', detail: [`${accountRps},`, 'shared by every API: 429'], kind: 'service', then: 'token taken' },
        { name: 'Per-customer limit', detail: ['usage plan or own counter', '429 with Retry-After'], kind: 'service', then: 'invoke' },
        { name: 'Function', detail: ['reserved concurrency caps copies'], kind: 'function', then: 'reads, writes' },
        { name: 'Database', detail: ['what the layers protect'], kind: 'store' },
      ]}
    />
  );
}

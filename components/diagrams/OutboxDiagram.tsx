import { facts } from '@/lib/data/facts';
import { VerticalFlow } from './VerticalFlow';

/** Lesson 14: the transactional outbox, from the request to the consumers. */
export function OutboxDiagram() {
  const retention = facts['dynamodbStreams.retention'].text;
  return (
    <VerticalFlow
      id="outbox"
      title="The transactional outbox: one transaction, then a relay"
      desc={`A request reaches the order function. The function writes two items in one DynamoDB transaction, the order and an outbox record describing the OrderPlaced event, so both are saved or neither is. The table's stream, which keeps records for ${retention}, delivers the committed outbox record to a relay function. The relay publishes the event to an EventBridge bus and retries anything the bus refused. Consumers such as shipping and email receive it at least once and ignore duplicates by the event id.`}
      steps={[
        { name: 'POST /orders', kind: 'outside', then: 'invoke' },
        { name: 'Order function', detail: ['one TransactWriteItems call'], kind: 'function', then: 'commit both, or neither' },
        { name: 'Orders table', detail: ['ORDER#42: the order', 'OUTBOX#e7: OrderPlaced'], kind: 'store', then: 'stream record' },
        { name: 'Relay function', detail: ['publishes outbox inserts,', 'reports refused ones'], kind: 'function', then: 'PutEvents' },
        { name: 'Event bus', detail: ['EventBridge'], kind: 'service', then: 'at least once' },
        { name: 'Consumers', detail: ['shipping, email, billing:', 'deduplicate on event id'], kind: 'outside' },
      ]}
    />
  );
}

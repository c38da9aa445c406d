import { describe, expect, it } from 'vitest';
import { webSocketMonthlyCost } from './realtime';

describe('a WebSocket API month', () => {
  it('bills idle connections: 10,000 clients connected all day for 30 days cost $108 in connection minutes', () => {
    const m = webSocketMonthlyCost({ connections: 10_000, hoursPerDay: 24, messages: 0, messageKb: 1 });
    expect(m.connectionMinutes).toBeCloseTo(108, 6);
    expect(m.messages).toBe(0);
  });

  it('counts a message over 32 KB as two', () => {
    const small = webSocketMonthlyCost({ connections: 0, hoursPerDay: 0, messages: 1e6, messageKb: 32 });
    const large = webSocketMonthlyCost({ connections: 0, hoursPerDay: 0, messages: 1e6, messageKb: 33 });
    expect(large.messages).toBeCloseTo(2 * small.messages, 9);
  });
});

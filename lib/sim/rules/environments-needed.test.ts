import { describe, expect, it } from 'vitest';
import { bindingNeed, environmentsNeeded } from './environments-needed';

describe('environments a rate needs: Little\'s law, and at most 10 requests a second each', () => {
  it('4,900 requests a second of 200 ms need 980 environments (Little\'s law binds)', () => {
    expect(environmentsNeeded(4900, 200)).toBe(980);
    expect(bindingNeed(200)).toBe('duration');
  });

  it('1,000 requests a second of 20 ms need 100 environments, not the 20 Little\'s law gives', () => {
    expect(environmentsNeeded(1000, 20)).toBe(100);
    expect(bindingNeed(20)).toBe('rate');
  });

  it('at exactly 100 ms both rules agree', () => {
    expect(environmentsNeeded(500, 100)).toBe(50);
  });

  it('no traffic needs no environments', () => {
    expect(environmentsNeeded(0, 300)).toBe(0);
  });
});

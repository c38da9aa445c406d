import { describe, expect, it } from 'vitest';
import { appliedSavingsPercent, savingsPlanCapPercent } from './savings-plan-caps';

describe('each service has its own Savings Plans cap', () => {
  it('asking for 40% gives 40% on EC2 and Fargate, but only 17% on Lambda', () => {
    expect(appliedSavingsPercent('ec2', 40)).toBe(40);
    expect(appliedSavingsPercent('fargate', 40)).toBe(40);
    expect(appliedSavingsPercent('lambda', 40)).toBe(17);
  });

  it('at the slider\'s top, 72%, Fargate stops at 50% and EC2 and Managed Instances get the full 72%', () => {
    expect(appliedSavingsPercent('fargate', 72)).toBe(50);
    expect(appliedSavingsPercent('ec2', 72)).toBe(72);
    expect(appliedSavingsPercent('managed-instances', 72)).toBe(72);
  });

  it('no plan, no discount; nonsense is treated as none', () => {
    expect(appliedSavingsPercent('lambda', 0)).toBe(0);
    expect(appliedSavingsPercent('ec2', -10)).toBe(0);
    expect(appliedSavingsPercent('ec2', Number.NaN)).toBe(0);
  });

  it('the caps are ordered as AWS advertises them: EC2 above Fargate above Lambda', () => {
    expect(savingsPlanCapPercent('ec2')).toBeGreaterThan(savingsPlanCapPercent('fargate'));
    expect(savingsPlanCapPercent('fargate')).toBeGreaterThan(savingsPlanCapPercent('lambda'));
  });
});

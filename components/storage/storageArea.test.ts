import { describe, expect, it } from 'vitest';
import { failureOf, probe, PROBE_KEY, readRaw, writeRaw, type Area } from './storageArea';

const area = (setItem: Area['setItem'], items = new Map<string, string>()): Area & { items: Map<string, string> } => ({
  items,
  getItem: (k) => items.get(k) ?? null,
  setItem,
  removeItem: (k) => void items.delete(k),
});

describe('reaching localStorage carefully', () => {
  it('tells a full storage from one that is not allowed', () => {
    expect(failureOf(new DOMException('quota', 'QuotaExceededError'))).toBe('full');
    expect(failureOf(new DOMException('quota', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe('full');
    expect(failureOf(new DOMException('insecure', 'SecurityError'))).toBe('blocked');
    expect(failureOf(new Error('anything else'))).toBe('blocked');
  });

  it('probes with a test write that it removes again', () => {
    const ok = area(function (this: void, k, v) {
      ok.items.set(k, v);
    });
    expect(probe(ok)).toBeNull();
    expect(ok.items.has(PROBE_KEY)).toBe(false);
    const refusing = area(() => {
      throw new DOMException('insecure', 'SecurityError');
    });
    expect(probe(refusing)).toBe('blocked');
    expect(probe(null)).toBe('blocked'); // no storage at all (some private modes, old browsers)
  });

  it('never throws: a read that throws reads as nothing, a write that throws says why', () => {
    const broken: Area = {
      getItem: () => {
        throw new Error('disabled');
      },
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(readRaw(broken, 'k')).toBeNull();
    expect(writeRaw(broken, 'k', 'v')).toBe('full');
  });
});

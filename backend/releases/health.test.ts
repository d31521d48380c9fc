import { canaryFailing, CANARY_FAILURE_LIMIT, countFailure, parseReport } from './health';

describe('failure reports', () => {
  it('takes a beacon naming a known remote, a released version and a kind; nothing else', () => {
    expect(parseReport('{"remote":"catalog","version":"v2","kind":"load"}')).toEqual({
      remote: 'catalog',
      version: 'v2',
      kind: 'load',
    });
    for (const bad of [
      'not json',
      '{"remote":"evil","version":"v2","kind":"load"}',
      '{"remote":"catalog","version":"dev","kind":"load"}',
      '{"remote":"catalog","version":"v2","kind":"other"}',
    ])
      expect(parseReport(bad)).toBeUndefined();
  });

  it('counts failures per version and calls a canary failing at the limit', () => {
    let counts = {};
    for (let i = 0; i < CANARY_FAILURE_LIMIT - 1; i++) counts = countFailure(counts, 'v2');
    expect(canaryFailing(counts, 'v2')).toBe(false);
    counts = countFailure(counts, 'v2');
    expect(counts).toEqual({ v2: CANARY_FAILURE_LIMIT });
    expect(canaryFailing(counts, 'v2')).toBe(true);
    expect(canaryFailing(counts, undefined)).toBe(false);
  });
});

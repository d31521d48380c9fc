import { emptyState, nextVersion, parseWeight, promote, release, ReleaseError, rollback } from './release-state';

const published = (version: string) => ({ version, at: '2026-12-08T03:00:00.000Z', commit: 'abc1234' });

describe('a remote’s releases', () => {
  const first = release(emptyState('catalog'), published('v1'));

  it('makes the first version live for everyone, even when asked for a canary (there is nothing to compare with)', () => {
    expect(first).toMatchObject({ live: 'v1', canary: null, history: [] });
    expect(release(emptyState('catalog'), published('v1'), 10)).toMatchObject({ live: 'v1', canary: null });
  });

  it('numbers versions v1, v2, … and never reuses a name, even after a rollback', () => {
    const two = release(first, published('v2'));
    expect(nextVersion(rollback(two))).toBe('v3');
    expect(() => release(two, published('v2'))).toThrow(ReleaseError);
  });

  it('keeps the live version live while a canary takes its share, until promote', () => {
    const canary = release(first, published('v2'), 50);
    expect(canary).toMatchObject({ live: 'v1', canary: { version: 'v2', weight: 50 } });
    expect(promote(canary)).toMatchObject({ live: 'v2', canary: null, history: ['v1'] });
    expect(() => promote(first)).toThrow('no canary to promote');
  });

  it('rolls back a canary by dropping it, and a live version by returning to the one before', () => {
    const canary = release(first, published('v2'), 50);
    expect(rollback(canary)).toMatchObject({ live: 'v1', canary: null });
    const live = release(first, published('v2'));
    expect(rollback(live)).toMatchObject({ live: 'v1', history: [], note: 'rollback: v2 → v1' });
    expect(() => rollback(first)).toThrow('no earlier live version');
  });

  it('takes a canary weight only as a whole percentage', () => {
    expect(parseWeight('0')).toBe(0);
    expect(parseWeight('100')).toBe(100);
    for (const bad of ['', '-1', '101', '12.5', 'half']) expect(() => parseWeight(bad)).toThrow(ReleaseError);
  });
});

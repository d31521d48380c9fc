import { refundAttempt } from './refund-attempt';

describe('a refund attempt’s idempotency key', () => {
  it('is new for a first attempt', () => {
    const first = refundAttempt(null, 500, 'Dented');
    const other = refundAttempt(null, 500, 'Dented');
    expect(first.key).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(other.key).not.toBe(first.key);
  });

  it('is kept when the same refund is sent again (a retry after a failure)', () => {
    const first = refundAttempt(null, 500, 'Dented');
    expect(refundAttempt(first, 500, 'Dented')).toBe(first);
  });

  it('is new when the amount or the reason changed: another refund', () => {
    const first = refundAttempt(null, 500, 'Dented');
    expect(refundAttempt(first, 600, 'Dented').key).not.toBe(first.key);
    expect(refundAttempt(first, 500, null).key).not.toBe(first.key);
  });
});

import { openPageToken, sealPageToken } from './page-token';

const secret = 'stack-secret';
const context = '["Orders","byCustomer","customer-1"]';
const key = JSON.stringify({ customerId: 'customer-1', createdAt: '2026-12-01T00:00:00Z', id: 'o1' });

describe('sealPageToken / openPageToken', () => {
  it('GIVEN a sealed key WHEN opened with the same secret and context THEN the key comes back', () => {
    expect(openPageToken(sealPageToken(key, secret, context), secret, context)).toBe(key);
  });

  it('GIVEN a sealed key THEN the token shows nothing of it (no customer id, not base64 of it)', () => {
    const token = sealPageToken(key, secret, context);
    expect(token).not.toContain('customer-1');
    expect(Buffer.from(token, 'base64url').toString('latin1')).not.toContain('customer-1');
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('GIVEN one bit of a token flipped WHEN opened THEN null', () => {
    const raw = Buffer.from(sealPageToken(key, secret, context), 'base64url');
    for (const at of [0, 14, raw.length - 1]) {
      const altered = Buffer.from(raw);
      altered[at] ^= 1;
      expect(openPageToken(altered.toString('base64url'), secret, context)).toBeNull();
    }
  });

  it('GIVEN another secret or another query context WHEN opened THEN null', () => {
    const token = sealPageToken(key, secret, context);
    expect(openPageToken(token, 'other-secret', context)).toBeNull();
    expect(openPageToken(token, secret, '["Orders","byCustomer","customer-2"]')).toBeNull();
  });

  it.each(['', 'garbage', 'not-a-token', 'eyJpZCI6IngifQ', '!!!!', 'a'.repeat(5000)])(
    'GIVEN garbage %p WHEN opened THEN null',
    (token) => expect(openPageToken(token, secret, context)).toBeNull(),
  );
});

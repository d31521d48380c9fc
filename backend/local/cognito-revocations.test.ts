import { Revocations } from './cognito-revocations';

describe('Revocations', () => {
  it('GIVEN a GlobalSignOut THEN tokens issued before it are revoked and tokens issued after it are not', async () => {
    const revocations = new Revocations();
    const before = Math.floor(Date.now() / 1000);
    await revocations.revokeAll('sub-1');
    const after = Math.floor(Date.now() / 1000);
    expect(revocations.isRevoked('sub-1', before)).toBe(true);
    expect(revocations.isRevoked('sub-1', after)).toBe(false);
  });

  it('GIVEN another user signed out everywhere THEN this user keeps their tokens', async () => {
    const revocations = new Revocations();
    await revocations.revokeAll('sub-1');
    expect(revocations.isRevoked('sub-2', 0)).toBe(false);
  });
});

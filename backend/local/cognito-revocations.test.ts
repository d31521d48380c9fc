import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  describe('kept in a file', () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'folio-revocations-'))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('GIVEN a GlobalSignOut WHEN read again from the file (a restart) THEN the old tokens are still revoked', async () => {
      const file = join(dir, 'state', 'revocations.json');
      const before = Math.floor(Date.now() / 1000);
      await new Revocations(file).revokeAll('sub-1');
      const restarted = new Revocations(file);
      expect(restarted.isRevoked('sub-1', before)).toBe(true);
      expect(restarted.isRevoked('sub-1', Math.floor(Date.now() / 1000))).toBe(false);
      expect(restarted.isRevoked('sub-2', before)).toBe(false);
    });

    it('GIVEN no file yet THEN nothing is revoked; GIVEN a corrupt file THEN start-up says so', () => {
      expect(new Revocations(join(dir, 'none.json')).isRevoked('sub-1', 0)).toBe(false);
      writeFileSync(join(dir, 'bad.json'), '{not json');
      expect(() => new Revocations(join(dir, 'bad.json'))).toThrow(/Could not read the GlobalSignOut revocations/);
    });
  });
});

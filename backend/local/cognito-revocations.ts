/**
 * GlobalSignOut for the local pool: cognito-local has none, so the proxy records, per user (sub), the second
 * from which tokens are valid again. The gateway refuses access and ID tokens issued before it, and the proxy
 * refuses refresh tokens issued before it, as Cognito does. With a file (the stack's state folder, kept by
 * --persist) the cuts survive a restart, as tokens and accounts do.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export class Revocations {
  private readonly validFrom = new Map<string, number>();

  constructor(private readonly file?: string) {
    if (!file) return;
    let saved: unknown;
    try {
      saved = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw new Error(`Could not read the GlobalSignOut revocations in ${file}: ${(error as Error).message}`);
    }
    for (const [sub, cut] of Object.entries(saved as Record<string, unknown>))
      if (typeof cut === 'number') this.validFrom.set(sub, cut);
  }

  /**
   * Revokes every token of `sub` issued up to now. Token times are whole seconds, so the cut is the next whole
   * second: the promise resolves once it has come, and a token issued after that is never mistaken for an old one.
   */
  async revokeAll(sub: string, now = Date.now()): Promise<void> {
    const cut = Math.floor(now / 1000) + 1;
    this.validFrom.set(sub, cut);
    this.save();
    // A timer may fire a millisecond before the wall clock reaches the cut: wait until Date.now() says so.
    while (Date.now() < cut * 1000) await new Promise((resolve) => setTimeout(resolve, cut * 1000 - Date.now() + 1));
  }

  /** True if a token of `sub` issued at `iat` (seconds) was revoked by a GlobalSignOut. */
  isRevoked(sub: string, iat: number): boolean {
    const cut = this.validFrom.get(sub);
    return cut !== undefined && iat < cut;
  }

  /** Written whole and renamed into place, so a crash mid-write never leaves half a file. */
  private save(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(Object.fromEntries(this.validFrom)));
    renameSync(temporary, this.file);
  }
}

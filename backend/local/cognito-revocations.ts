/**
 * GlobalSignOut for the local pool: cognito-local has none, so the proxy records, per user (sub), the second
 * from which tokens are valid again, and the gateway refuses access and ID tokens issued before it, as AWS does.
 * Kept in memory: a restart forgets them (tokens outlive a restart only with --persist).
 */
export class Revocations {
  private readonly validFrom = new Map<string, number>();

  /**
   * Revokes every token of `sub` issued up to now. Token times are whole seconds, so the cut is the next whole
   * second: the promise resolves once it has come, and a token issued after that is never mistaken for an old one.
   */
  async revokeAll(sub: string, now = Date.now()): Promise<void> {
    const cut = Math.floor(now / 1000) + 1;
    this.validFrom.set(sub, cut);
    // A timer may fire a millisecond before the wall clock reaches the cut: wait until Date.now() says so.
    while (Date.now() < cut * 1000) await new Promise((resolve) => setTimeout(resolve, cut * 1000 - Date.now() + 1));
  }

  /** True if a token of `sub` issued at `iat` (seconds) was revoked by a GlobalSignOut. */
  isRevoked(sub: string, iat: number): boolean {
    const cut = this.validFrom.get(sub);
    return cut !== undefined && iat < cut;
  }
}

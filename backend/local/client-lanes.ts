/**
 * Fair turns between clients on the gateway's one Node.js thread. AppSync runs each request on its own capacity, so
 * one client's burst does not slow another's request; here they share a thread, and eight clients sending without
 * pause would keep it busy. So, while another client (source address) is active, each may run at most
 * `perClient` requests at once; the rest wait in its own queue, and a freed turn goes to the next client
 * round-robin. A client alone is never held back (a developer's browser and tests all come from 127.0.0.1). A client
 * stays active for `activeMs` after its last request ends: one sending requests one after another is still there
 * between them. A queue longer than `maxQueued` is refused (the gateway answers 429 with Retry-After).
 */
export interface LaneOptions {
  perClient: number;
  maxQueued: number;
  activeMs: number;
}

interface Lane {
  running: number;
  waiting: Array<() => void>;
  lastSeen: number;
}

export type Release = () => void;

export class ClientLanes {
  private readonly lanes = new Map<string, Lane>();

  constructor(private readonly options: LaneOptions) {}

  /** A turn for `client`: resolves with its release once it may run, or 'busy' when its queue is full. */
  enter(client: string, now = Date.now()): Promise<Release> | 'busy' {
    // Clients that went quiet no longer hold the others back: their waiting requests may start now.
    if (this.forgetIdle(now)) this.admitWaiting(client);
    const lane = this.lanes.get(client) ?? { running: 0, waiting: [], lastSeen: now };
    this.lanes.set(client, lane);
    lane.lastSeen = now;
    if (lane.waiting.length === 0 && this.mayRun(lane)) return Promise.resolve(this.start(client, lane));
    if (lane.waiting.length >= this.options.maxQueued) return 'busy';
    return new Promise((resolve) => lane.waiting.push(() => resolve(this.start(client, lane))));
  }

  /** Requests running and waiting, per client (for tests and the benchmark's report). */
  snapshot(): Record<string, { running: number; waiting: number }> {
    return Object.fromEntries([...this.lanes].map(([c, l]) => [c, { running: l.running, waiting: l.waiting.length }]));
  }

  /** Lanes are forgotten once idle for `activeMs`, so the map holds only clients seen lately. */
  private forgetIdle(now: number): boolean {
    let forgot = false;
    for (const [client, lane] of this.lanes)
      if (lane.running === 0 && lane.waiting.length === 0 && now - lane.lastSeen > this.options.activeMs) {
        this.lanes.delete(client);
        forgot = true;
      }
    return forgot;
  }

  private mayRun(lane: Lane): boolean {
    return lane.running < this.options.perClient || this.lanes.size === 1;
  }

  private start(client: string, lane: Lane): Release {
    lane.running += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      lane.running -= 1;
      lane.lastSeen = Date.now();
      this.admitWaiting(client);
    };
  }

  /** Round-robin from the client after the one that just finished, so no client takes every freed turn. */
  private admitWaiting(after: string): void {
    const clients = [...this.lanes.keys()];
    const from = clients.indexOf(after) + 1;
    for (const client of [...clients.slice(from), ...clients.slice(0, from)]) {
      const lane = this.lanes.get(client)!;
      while (lane.waiting.length > 0 && this.mayRun(lane)) lane.waiting.shift()!();
    }
  }
}

import { ClientLanes, type Release } from './client-lanes';

const options = { perClient: 2, maxQueued: 3, activeMs: 1000 };
const flush = () => new Promise((resolve) => setImmediate(resolve));

/** Enters and records when the turn comes, without waiting for it. */
function enter(lanes: ClientLanes, client: string, started: string[], now?: number) {
  const turn = lanes.enter(client, now);
  if (turn === 'busy') return 'busy' as const;
  let release: Release | undefined;
  void turn.then((r) => {
    started.push(client);
    release = r;
  });
  return { release: () => release!() };
}

describe('ClientLanes', () => {
  it('GIVEN one client alone THEN none of its requests waits', async () => {
    const lanes = new ClientLanes(options);
    const started: string[] = [];
    for (let i = 0; i < 10; i++) enter(lanes, 'a', started);
    await flush();
    expect(started).toHaveLength(10);
  });

  it('GIVEN a second client WHEN the first floods THEN the first runs two at a time and the second starts at once', async () => {
    const lanes = new ClientLanes(options);
    const started: string[] = [];
    const victim = enter(lanes, 'victim', started);
    const flood = [1, 2, 3, 4].map(() => enter(lanes, 'attacker', started));
    await flush();
    expect(started).toEqual(['victim', 'attacker', 'attacker']);
    expect(lanes.snapshot().attacker).toEqual({ running: 2, waiting: 2 });

    if (victim === 'busy' || flood[0] === 'busy') throw new Error('unexpected busy');
    flood[0].release();
    await flush();
    expect(lanes.snapshot().attacker).toEqual({ running: 2, waiting: 1 });
    expect(lanes.snapshot().victim).toEqual({ running: 1, waiting: 0 });
  });

  it('GIVEN a full queue THEN busy', async () => {
    const lanes = new ClientLanes(options);
    enter(lanes, 'victim', []);
    const results = Array.from({ length: 6 }, () => enter(lanes, 'attacker', []));
    expect(results.filter((r) => r === 'busy')).toHaveLength(1);
  });

  it('GIVEN the other client went quiet for longer than activeMs THEN the flood is no longer held back', async () => {
    const lanes = new ClientLanes(options);
    const started: string[] = [];
    const victim = enter(lanes, 'victim', started);
    await flush();
    if (victim === 'busy') throw new Error('unexpected busy');
    victim.release();
    for (let i = 0; i < 3; i++) enter(lanes, 'attacker', started);
    await flush();
    expect(started.filter((c) => c === 'attacker')).toHaveLength(2);
    enter(lanes, 'attacker', started, Date.now() + 2000);
    await flush();
    expect(started.filter((c) => c === 'attacker')).toHaveLength(4);
  });
});

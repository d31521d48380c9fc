import { discoveryDocument } from './discovery';
import { emptyState, release } from './release-state';

const published = (version: string) => ({ version, at: '2026-12-08T03:00:00.000Z', commit: 'abc1234' });

it('writes the frontend-discovery shape: the canary first with its weight, the live version as the default', () => {
  const live = release(emptyState('catalog'), published('v1'));
  const canary = release(live, published('v2'), 30);
  expect(discoveryDocument([{ state: canary, origin: 'http://localhost:3101' }])).toEqual({
    schema: 'https://mfewg.org/schema/v1-pre.json',
    microFrontends: {
      catalog: [
        {
          url: 'http://localhost:3101/v2/mf-manifest.json',
          metadata: { version: 'v2' },
          deployment: { traffic: 30, default: false },
        },
        {
          url: 'http://localhost:3101/v1/mf-manifest.json',
          metadata: { version: 'v1' },
          deployment: { traffic: 70, default: true },
        },
      ],
    },
  });
  expect(discoveryDocument([{ state: live, origin: 'http://x' }]).microFrontends.catalog).toEqual([
    { url: 'http://x/v1/mf-manifest.json', metadata: { version: 'v1' }, deployment: { traffic: 100, default: true } },
  ]);
  expect(discoveryDocument([{ state: emptyState('account'), origin: 'http://x' }]).microFrontends.account).toEqual([]);
});

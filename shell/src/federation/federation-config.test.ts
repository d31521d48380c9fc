/**
 * The federation set-up every app's build reads (config/web/federation.js), checked against the rules: what each
 * remote exposes, how containers are named, where remotes.json points, and that tsc sees the exposed modules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PORT_DEFAULTS, REMOTES, ports } from '@folio/config';
import { exposesOf, remotesJson, sharedConfig } from '@folio/config/web/federation';
import { containerName } from '@folio/config/web/remotes';

const REPO = join(__dirname, '..', '..', '..');

describe('the federation set-up', () => {
  it.each([
    ['catalog', ['./FeaturedShelf', './routes']],
    ['cart-checkout', ['./AddToCartButton', './MiniCart', './cart-store', './routes']],
    ['account', ['./AccountMenu', './RequireAuth', './routes']],
  ])('%s exposes exactly %j', (remote, exposed) => {
    expect(Object.keys(exposesOf(join(REPO, remote))).sort()).toEqual([...exposed].sort());
  });

  it('derives each remote’s container name from its name, as @folio/config lists it', () => {
    for (const remote of REMOTES) expect(containerName(remote.name)).toBe(remote.container);
  });

  it('points remotes.json at each remote’s mf-manifest.json on its own port', () => {
    expect(remotesJson(ports({}))).toEqual({
      catalog: `http://localhost:${PORT_DEFAULTS.catalog[1]}/mf-manifest.json`,
      'cart-checkout': `http://localhost:${PORT_DEFAULTS.cartCheckout[1]}/mf-manifest.json`,
      account: `http://localhost:${PORT_DEFAULTS.account[1]}/mf-manifest.json`,
    });
  });

  it('shares React, the router, zustand and Amplify as singletons; production remotes only consume them', () => {
    const shared = sharedConfig();
    for (const name of [
      'react',
      'react-dom',
      'zustand',
      'aws-amplify',
      'aws-amplify/',
      '@folio/config/web/amplify-core',
      '@aws-amplify/auth',
      '@aws-amplify/api',
      '@aws-amplify/ui-react',
      '@folio/config/web/router',
    ]) {
      expect(shared[name]).toMatchObject({ singleton: true });
    }
    expect(Object.values(sharedConfig({ provide: false })).every((s) => s.import === false)).toBe(true);
  });

  it('shares Amplify core and the router through Folio’s modules, so the packages themselves tree-shake', () => {
    const shared = sharedConfig();
    for (const name of ['@aws-amplify/core', '@aws-amplify/core/', 'react-router', 'react-router/', 'zustand/'])
      expect(shared[name]).toBeUndefined();
  });

  it('bundles what the first render needs into the host’s entry (eager); what some routes need stays lazy', () => {
    const host = sharedConfig({ host: true });
    for (const name of [
      '@folio/config/web/remotes',
      '@folio/config/web/router',
      '@folio/config/web/amplify-core',
      'react',
      'react-dom',
      'react-dom/',
      'zustand',
    ]) {
      expect(host[name]).toMatchObject({ singleton: true, eager: true });
    }
    for (const name of ['aws-amplify/', '@aws-amplify/auth', '@aws-amplify/api-graphql', '@aws-amplify/ui-react'])
      expect(host[name]).not.toHaveProperty('eager');
    const remoteShared = sharedConfig({ provide: false });
    expect(Object.values(remoteShared).some((s) => 'eager' in s)).toBe(false);
  });

  it.each(['shell', 'catalog', 'cart-checkout', 'account'])(
    '%s’s tsconfig extends the web base, which maps each remote to its exposed sources',
    (app) => {
      const appConfig = JSON.parse(readFileSync(join(REPO, app, 'tsconfig.json'), 'utf8'));
      expect(appConfig.extends).toBe('../tsconfig.web.json');
      const { compilerOptions } = JSON.parse(readFileSync(join(REPO, 'tsconfig.web.json'), 'utf8'));
      for (const remote of REMOTES)
        expect(compilerOptions.paths[`${remote.name}/*`]).toEqual([`./${remote.name}/src/exposed/*`]);
    },
  );
});

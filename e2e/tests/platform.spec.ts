/**
 * What holds the apps together: one React, shared Amplify (sign-in seen by every app), caching, phones. (axe checks
 * every page of the journeys where the journey visits it: support/axe.ts.)
 */
import { DEMO_USERS } from '@folio/config';
import { expect, test } from '../support/fixtures';
import { expectNoAxeViolations } from '../support/axe';

test('only one React runs the page, although four apps from four origins render it', async ({ page }) => {
  // A stand-in for React DevTools' hook: every react-dom copy registers itself with it as a renderer.
  await page.addInitScript(() => {
    const renderers = new Map<number, unknown>();
    Object.assign(window, {
      __REACT_DEVTOOLS_GLOBAL_HOOK__: {
        renderers,
        supportsFiber: true,
        inject: (renderer: unknown) => renderers.set(renderers.size + 1, renderer).size,
        onCommitFiberRoot: () => undefined,
        onCommitFiberUnmount: () => undefined,
        onPostCommitFiberRoot: () => undefined,
        checkDCE: () => undefined,
      },
    });
  });
  const reactDomOrigins: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.text().catch(() => '');
    if (body.includes('__REACT_DEVTOOLS_GLOBAL_HOOK__')) reactDomOrigins.push(new URL(response.url()).origin);
  });

  await page.goto('/books/emma'); // catalog, cart-checkout (button, mini cart), account (menu)
  await expect(page.getByRole('button', { name: 'Add to cart' })).toBeVisible();
  await page.goto('/account/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

  const renderers = await page.evaluate(
    () =>
      (window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: { renderers: Map<number, unknown> } })
        .__REACT_DEVTOOLS_GLOBAL_HOOK__.renderers.size,
  );
  expect(renderers).toBe(1);
  expect(new Set(reactDomOrigins)).toEqual(new Set([new URL(page.url()).origin]));
});

test('signing in (account) is seen by every app: the header shows the email, and sign-out returns to guest', async ({
  page,
}) => {
  const customer = DEMO_USERS.find((u) => u.groups.length === 0)!;
  await page.goto('/account/sign-in?returnTo=%2Fbooks%2Femma');
  await page.getByLabel('Email').fill(customer.email);
  await page.getByLabel('Password', { exact: true }).fill(customer.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/books\/emma$/);
  const banner = page.getByRole('banner');
  const menu = banner.getByRole('button', { name: `Account menu for ${customer.email}` });
  await expect(menu).toBeVisible();
  // The catalog now reads with the customer's token (userPool) and still shows the book.
  await expect(page.getByRole('heading', { level: 1, name: 'Emma' })).toBeVisible();
  await menu.click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(banner.getByRole('link', { name: 'Sign in' })).toBeVisible();
});

test('a page load fetches each start-up file and remote manifest once: index.html’s early fetches are used', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (/\/(remotes|amplify_outputs)\.json$|\/mf-manifest\.json$/.test(request.url())) fetched.push(request.url());
  });
  await page.goto('/books/emma');
  await expect(page.getByRole('button', { name: 'Add to cart' })).toBeVisible();
  const origin = new URL(page.url()).origin;
  const remotes: Record<string, string> = await (await page.request.get(`${origin}/remotes.json`)).json();
  expect(fetched.sort()).toEqual(
    [`${origin}/amplify_outputs.json`, `${origin}/remotes.json`, ...Object.values(remotes)].sort(),
  );
});

test('manifests, entries and start-up files are revalidated; content-hashed chunks are cached forever', async ({
  request,
  baseURL,
}) => {
  for (const file of ['/', '/remotes.json', '/amplify_outputs.json', '/main.js']) {
    expect((await request.get(`${baseURL}${file}`)).headers()['cache-control'], file).toBe('no-cache');
  }
  const remotes: Record<string, string> = await (await request.get(`${baseURL}/remotes.json`)).json();
  expect(Object.keys(remotes).sort()).toEqual(['account', 'cart-checkout', 'catalog']);
  for (const manifestUrl of Object.values(remotes)) {
    const manifest = await request.get(manifestUrl);
    expect(manifest.headers()['cache-control']).toBe('no-cache');
    expect(manifest.headers()['access-control-allow-origin']).toBe('*');
    const { metaData, exposes } = await manifest.json();
    const entry = new URL(metaData.remoteEntry.name, manifestUrl);
    expect((await request.get(entry.href)).headers()['cache-control']).toBe('no-cache');
    const chunk = new URL(exposes[0].assets.js.sync[0], manifestUrl);
    expect((await request.get(chunk.href)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  }
});

test('on a phone the page fits the screen: no sideways scrolling, search and cart at hand', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const url of ['/', '/books/pride-and-prejudice', '/search?q=poe']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('banner').getByLabel('Search books')).toBeVisible();
    await expect(page.getByRole('link', { name: /^Cart \d+ items?$/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), url).toBe(true);
    // The phone's header (icon-only cart, compact account slot) is a page state of its own.
    if (url === '/') await expectNoAxeViolations(page, 'the home page on a phone');
  }
});

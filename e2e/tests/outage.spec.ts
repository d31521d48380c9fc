/**
 * Resilience drills in the browser (runtime-plugins/offline-remote of module-federation-examples, as journeys),
 * against the production builds the `apps` fixture serves:
 * - a remote that is down (its server really stopped) or answers HTTP 500 takes down its own area only, with a
 *   notice and a Retry that works once the remote is back;
 * - a slow remote (2 s per file) shows the area's skeleton while it loads, and nothing on the page moves when it
 *   arrives (cumulative layout shift measured by the browser's own PerformanceObserver).
 * Every fallback state is checked with axe (support/axe.ts).
 * The drills of the catalog's area use /books, a page the browser renders (not prerendered): on a prerendered page
 * the area keeps its HTML when the catalog is down (prerender.spec.ts).
 */
import type { Page, Route } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { expectNoAxeViolations } from '../support/axe';

/** The frame the shell renders whatever its remotes do: search, genres, the header's slots, the footer. */
async function expectFrame(page: Page): Promise<void> {
  const banner = page.getByRole('banner');
  await expect(banner.getByLabel('Search books')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Genres' }).getByRole('link')).toHaveCount(11);
  await expect(banner.getByRole('link', { name: 'Cart 0 items' })).toBeVisible();
  await expect(banner.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
}

/** A catalog page that is not prerendered: the browser renders its area, so the catalog's state shows. */
const CLIENT_RENDERED = '/books';

async function expectAllBooks(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'All books' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
}

async function expectHomeContent(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Classics, newly bound.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Featured' }).getByRole('article').first()).toBeVisible();
}

test('with the catalog server stopped the frame still renders with the notice, and Retry works once it is back', async ({
  page,
  apps,
}) => {
  await apps.stopApp('catalog');
  try {
    await page.goto(CLIENT_RENDERED);
    await expect(page.getByRole('status').filter({ hasText: 'The catalog is unavailable right now.' })).toBeVisible();
    await expectFrame(page);
    await expectNoAxeViolations(page, 'the books page with the catalog unavailable');
  } finally {
    await apps.startApp('catalog');
  }
  await page.getByRole('button', { name: 'Retry' }).click();
  await expectAllBooks(page);
});

test('with cart-checkout stopped a book page still shows the book; only the cart slots say they are unavailable', async ({
  page,
  apps,
}) => {
  await apps.stopApp('cart-checkout');
  try {
    await page.goto('/books/emma');
    await expect(page.getByRole('heading', { level: 1, name: 'Emma' })).toBeVisible();
    await expect(page.getByText('Add to cart unavailable')).toBeVisible();
    await expect(page.getByRole('banner').getByText('Cart unavailable')).toBeVisible();
    await expectNoAxeViolations(page, 'a book page with the cart unavailable');
  } finally {
    await apps.startApp('cart-checkout');
  }
  await page.getByRole('button', { name: 'Retry loading add to cart' }).click();
  await expect(page.getByRole('button', { name: 'Add to cart' })).toBeEnabled();
});

for (const file of ['mf-manifest.json', 'remoteEntry.js']) {
  test(`with the catalog’s ${file} answering HTTP 500 the area shows the notice, and Retry works once it answers again`, async ({
    page,
    apps,
  }) => {
    const url = `${apps.urls.catalog}/${file}`;
    const failed: number[] = [];
    page.on('response', (response) => {
      if (response.url().split('?')[0] === url) failed.push(response.status());
    });
    // The browser really receives a 500 for the file (the server behind it is fine).
    const fail = (route: Route) =>
      route.fulfill({
        status: 500,
        contentType: 'text/plain',
        headers: { 'access-control-allow-origin': '*' },
        body: 'Internal Server Error',
      });
    await page.route(`${url}*`, fail);

    await page.goto(CLIENT_RENDERED);
    const notice = page.getByRole('status').filter({ hasText: 'The catalog is unavailable right now.' });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('button', { name: 'Retry' })).toBeVisible();
    expect(failed).toContain(500);
    await expectFrame(page);
    await expect(page.getByRole('heading', { level: 1, name: 'All books' })).toHaveCount(0);

    // The file answers normally again: Retry brings the catalog back, without a reload.
    await page.unroute(`${url}*`, fail);
    await notice.getByRole('button', { name: 'Retry' }).click();
    await expectAllBooks(page);
    await expect(notice).toHaveCount(0);
    expect(failed.at(-1)).toBeLessThan(400);
  });
}

/**
 * The page's cumulative layout shift so far, as the browser measures it (shifts right after input excepted), and
 * the elements that moved, for the failure message. Installed before the page's own scripts run.
 */
async function observeLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = { cls: 0, sources: [] as string[] };
    Object.assign(window, { __folioLayoutShift: seen });
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        seen.cls += entry.value;
        for (const source of entry.sources ?? []) {
          const node = source.node;
          const name =
            node instanceof Element
              ? `${node.tagName.toLowerCase()}.${Array.from(node.classList).join('.')}`
              : String(node?.nodeName);
          seen.sources.push(`${entry.value.toFixed(4)} ${name}`);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

async function layoutShift(page: Page): Promise<{ cls: number; sources: string[] }> {
  // Two animation frames: shifts of the last rendered frame are reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(
    () => (window as unknown as { __folioLayoutShift: { cls: number; sources: string[] } }).__folioLayoutShift,
  );
}

/** Every file from `origin` arrives `ms` late (a slow server or network), then as served. */
async function slowDown(page: Page, origin: string, ms: number): Promise<void> {
  await page.route(`${origin}/**`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.fallback();
  });
}

const SLOW_MS = 2_000;

test('a slow catalog (2 s per file) shows the area’s skeleton, and nothing moves when the catalog arrives', async ({
  page,
  apps,
}) => {
  await observeLayoutShift(page);
  await slowDown(page, apps.urls.catalog, SLOW_MS);
  const started = Date.now();
  await page.goto(CLIENT_RENDERED);

  const skeleton = page.getByRole('main').getByRole('status', { name: 'Loading the catalog' });
  await expect(skeleton).toBeVisible();
  await expect(skeleton).toHaveAttribute('aria-busy', 'true');
  await expectFrame(page);
  await expectNoAxeViolations(page, 'the books page while the catalog loads');

  await expectAllBooks(page);
  expect(Date.now() - started, 'the catalog really was slow').toBeGreaterThan(SLOW_MS);
  await expect(skeleton).toHaveCount(0);
  const { cls, sources } = await layoutShift(page);
  test.info().annotations.push({ type: 'CLS (slow catalog)', description: cls.toFixed(4) });
  console.log(`CLS with a slow catalog: ${cls.toFixed(4)}`);
  expect(cls, `layout shift once the catalog arrived; moved: ${sources.join(', ') || 'nothing'}`).toBeLessThanOrEqual(
    0.02,
  );
});

test('slow cart-checkout and account remotes (2 s per file): the header keeps the slots’ space, nothing moves when they arrive', async ({
  page,
  apps,
}) => {
  await observeLayoutShift(page);
  await slowDown(page, apps.urls['cart-checkout'], SLOW_MS);
  await slowDown(page, apps.urls.account, SLOW_MS);
  const started = Date.now();
  await page.goto('/');

  await expectFrame(page);
  await expectHomeContent(page);
  expect(Date.now() - started, 'the header’s remotes really were slow').toBeGreaterThan(SLOW_MS);

  const { cls, sources } = await layoutShift(page);
  test.info().annotations.push({ type: 'CLS (slow header remotes)', description: cls.toFixed(4) });
  console.log(`CLS with slow header remotes: ${cls.toFixed(4)}`);
  expect(
    cls,
    `layout shift once the header's slots arrived; moved: ${sources.join(', ') || 'nothing'}`,
  ).toBeLessThanOrEqual(0.02);
});

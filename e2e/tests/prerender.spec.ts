/**
 * Prerendered pages (issue 18; shell/prerender/): what a crawler reads without running a script, the browser's
 * hydration of it, pages following an admin's change, and a remote down after the page was rendered.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { UPDATE_BOOK } from '@folio/contract/documents/admin-books';
import { DEMO_USERS } from '@folio/config';
import { expect, test } from '../support/fixtures';
import { bookById, priceText, stockText } from '../support/catalog';

const BOOK = bookById('emma');

/** The JSON-LD blocks of a page's HTML, parsed. */
function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]));
}

/** Console errors and warnings a page logs (React's hydration warnings are console errors). */
function consoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    // Amplify warns that the local stack's Cognito endpoint is not AWS's: true, and expected.
    if (message.type() === 'error' || (message.type() === 'warning' && !/custom Amazon/.test(message.text())))
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

async function adminToken(request: APIRequestContext): Promise<string> {
  const outputs = JSON.parse(process.env.FOLIO_E2E_OUTPUTS!);
  const admin = DEMO_USERS.find((u) => u.groups.includes('Admin'))!;
  const answer = await request.post(outputs.custom.folio.userPoolEndpoint, {
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth',
    },
    data: {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: outputs.auth.user_pool_client_id,
      AuthParameters: { USERNAME: admin.email, PASSWORD: admin.password },
    },
  });
  expect(answer.ok()).toBe(true);
  return (await answer.json()).AuthenticationResult.AccessToken;
}

test('a book page without JavaScript holds its title, author, price, availability and valid JSON-LD', async ({
  request,
}) => {
  const response = await request.get(`/books/${BOOK.id}`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  const body = html.slice(html.indexOf('<div id="root">'));
  expect(body).toContain(`>${BOOK.title}</h1>`);
  expect(body).toContain(BOOK.author);
  expect(body).toContain(priceText(BOOK.priceCents));
  expect(body).toContain(stockText(BOOK.stock));
  expect(html).toContain(`<title>${BOOK.title} by ${BOOK.author} · Folio</title>`);
  expect(html).toMatch(/<link rel="canonical" href="http:\/\/localhost:\d+\/books\/emma" \/>/);
  expect(html).toContain('<meta property="og:image"');
  const [book] = jsonLdOf(html);
  expect(book).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'Book',
    name: BOOK.title,
    author: { '@type': 'Person', name: BOOK.author },
    offers: {
      '@type': 'Offer',
      price: (BOOK.priceCents / 100).toFixed(2),
      priceCurrency: 'USD',
      availability: BOOK.stock > 0 ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
    },
  });
});

test('an unknown book answers 404 with the store frame; the sitemap lists every book and robots.txt names it', async ({
  request,
}) => {
  const missing = await request.get('/books/no-such-book');
  expect(missing.status()).toBe(404);
  const html = await missing.text();
  expect(html).toContain('We can’t find that page.');
  expect(html).toContain('aria-label="Genres"');
  expect(html).toContain('<meta name="robots" content="noindex" />');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`/books/${BOOK.id}</loc><lastmod>`);
  expect(await (await request.get('/robots.txt')).text()).toMatch(/^Sitemap: http:\/\/localhost:\d+\/sitemap\.xml$/m);
});

test('the browser hydrates a prerendered book page keeping its nodes, with a clean console, and add to cart works', async ({
  page,
}) => {
  const problems = consoleProblems(page);
  // The page's heading as the HTML parser made it, marked before any script runs.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      document.querySelector('h1')?.setAttribute('data-parsed', 'yes');
    });
  });
  await page.goto(`/books/${BOOK.id}`);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Cart 1 item' })).toBeVisible();
  // Hydration kept the server's heading (a client render would have made a new one, without the mark).
  await expect(page.locator('h1[data-parsed="yes"]')).toHaveText(BOOK.title);
  expect(problems).toEqual([]);
});

test("an admin's price edit shows in the page's HTML within 10 s", async ({ request }) => {
  const book = bookById('persuasion');
  const newPrice = book.priceCents + 101;
  const outputs = JSON.parse(process.env.FOLIO_E2E_OUTPUTS!);
  const token = await adminToken(request);
  const edit = async (priceCents: number) => {
    const answer = await request.post(outputs.data.url, {
      headers: { authorization: token, 'content-type': 'application/json' },
      data: { query: UPDATE_BOOK, variables: { input: { id: book.id, priceCents } } },
    });
    expect((await answer.json()).errors).toBeUndefined();
  };
  await edit(newPrice);
  try {
    const edited = Date.now();
    await expect
      .poll(async () => (await (await request.get(`/books/${book.id}`)).text()).includes(priceText(newPrice)), {
        timeout: 10_000,
        intervals: [250],
      })
      .toBe(true);
    console.log(`price edit → page HTML in ${Date.now() - edited} ms`);
  } finally {
    await edit(book.priceCents);
  }
});

test('with cart-checkout stopped the prerendered book is all there; only the cart slots show their fallback', async ({
  page,
  apps,
}) => {
  await apps.stopApp('cart-checkout');
  try {
    await page.goto(`/books/${BOOK.id}`);
    await expect(page.getByText('Add to cart unavailable')).toBeVisible();
    await expect(page.getByRole('banner').getByText('Cart unavailable')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: BOOK.title })).toBeVisible();
    await expect(page.getByText(priceText(BOOK.priceCents), { exact: true })).toBeVisible();
  } finally {
    await apps.startApp('cart-checkout');
  }
});

test('with the catalog stopped the prerendered page keeps its content instead of a notice', async ({ page, apps }) => {
  await apps.stopApp('catalog');
  try {
    await page.goto(`/books/${BOOK.id}`);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Cart 0 items' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: BOOK.title })).toBeVisible();
    await expect(page.getByText(priceText(BOOK.priceCents), { exact: true })).toBeVisible();
    await expect(page.getByText('The catalog is unavailable right now.')).toHaveCount(0);
  } finally {
    await apps.startApp('catalog');
  }
});

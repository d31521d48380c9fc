/**
 * A guest's journey through the catalog: home, a genre page by page, a search, a book page, the cart. axe checks each
 * page (support/axe.ts).
 */
import { expect, test } from '../support/fixtures';
import { expectNoAxeViolations } from '../support/axe';
import { titleSortKey } from '../../backend/catalog/text';
import { bookById, booksBy, booksIn, priceText, stockText } from '../support/catalog';

const PAGE_SIZE = 24;

test('a guest opens the home page, picks a genre and pages through it with Load more', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Classics, newly bound.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Featured' }).getByRole('article').first()).toBeVisible();
  await expectNoAxeViolations(page, 'the home page');

  await page.getByRole('navigation', { name: 'Genres' }).getByRole('link', { name: 'Literary fiction' }).click();
  await expect(page).toHaveURL(/\/books\/genre\/literary$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Literary fiction' })).toBeVisible();
  const grid = page.getByRole('list', { name: 'Literary fiction' });
  await expect(grid.getByRole('listitem')).toHaveCount(PAGE_SIZE);

  const all = booksIn('literary');
  expect(all.length).toBeGreaterThan(PAGE_SIZE); // the seed must keep this genre longer than a page
  await page.getByRole('button', { name: 'Load more' }).click();
  await expect(grid.getByRole('listitem')).toHaveCount(all.length);
  await expect(page.getByText(`That’s all ${all.length} books.`)).toBeVisible();
  await expectNoAxeViolations(page, 'a genre page, all loaded');
  const titles = await grid.getByRole('heading', { level: 3 }).allTextContents();
  // In the API's order: by the backend's own title sort key.
  const byTitle = [...all].sort((a, b) => (titleSortKey(a.title, a.id) < titleSortKey(b.title, b.id) ? -1 : 1));
  expect(titles).toEqual(byTitle.map((b) => b.title));
});

test('a guest searches “austen”, refines as they type, and opens a book page with its cover and price', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('banner').getByLabel('Search books').fill('austen');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=austen$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Results for “austen”' })).toBeVisible();
  const results = page.getByRole('list', { name: 'Results for austen' });
  await expect(results.getByRole('article')).toHaveCount(booksBy('Jane Austen').length);
  await expectNoAxeViolations(page, 'search results');

  // Typing in the catalog's own box searches once the guest pauses (debounced), and the URL follows.
  await page.getByLabel('Search the catalog').fill('pride prej');
  await expect(page).toHaveURL(/\/search\?q=pride\+prej$/);
  await expect(page.getByRole('list', { name: 'Results for pride prej' }).getByRole('article')).toHaveCount(1);

  const book = bookById('pride-and-prejudice');
  await page.getByRole('link', { name: new RegExp(book.title) }).click();
  await expect(page).toHaveURL(/\/books\/pride-and-prejudice$/);
  await expect(page.getByRole('heading', { level: 1, name: book.title })).toBeVisible();
  await expect(page).toHaveTitle(`${book.title} by ${book.author} · Folio`);

  const cover = page.getByRole('img', { name: `Cover of ${book.title}` });
  await expect(cover).toHaveAttribute('width', '400');
  await expect
    .poll(() => cover.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)))
    .toBeGreaterThan(0);
  await expect(page.getByText(priceText(book.priceCents), { exact: true })).toBeVisible();
  await expect(page.getByText(stockText(book.stock), { exact: true })).toBeVisible();
  await expect(page.getByText(String(book.publishedYear), { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'a book page');
});

test('the book page’s add-to-cart button (cart-checkout, loaded at run time) fills the header’s cart, which survives a reload', async ({
  page,
}) => {
  await page.goto('/books/emma');
  await expect(page.getByRole('link', { name: 'Cart 0 items' })).toBeVisible();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('link', { name: 'Cart 1 item' })).toBeVisible();
  await expectNoAxeViolations(page, 'a book page with the book just added to the cart');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Cart 1 item' })).toBeVisible();
  await page.getByRole('link', { name: 'Cart 1 item' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your cart' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Items in your cart' })).toContainText('Emma');
});

test('a URL no app owns gets the store’s 404 page inside the frame', async ({ page }) => {
  await page.goto('/no-such-shelf');
  await expect(page.getByRole('heading', { level: 1, name: 'We can’t find that page.' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Genres' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'You might like' }).getByRole('article').first()).toBeVisible();
  await expectNoAxeViolations(page, 'the not-found page');
});

test('a book that does not exist gets the same 404 page', async ({ page }) => {
  await page.goto('/books/no-such-book');
  await expect(page.getByRole('heading', { level: 1, name: 'We can’t find that page.' })).toBeVisible();
});

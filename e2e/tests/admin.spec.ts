/**
 * Book management (catalog, /admin, group Admin) against the real local stack: the demo admin adds a book with a
 * cover, changes its price and deletes it, and a guest in another browser sees each change at once (search, book
 * page, cover from the image bucket). A customer is not let in. axe checks every admin page (and the delete
 * dialog) on the way, the whole page each time.
 */
import { randomUUID } from 'node:crypto';
import { DEMO_USERS } from '@folio/config';
import { renderCover } from '../../backend/seed/cover';
import { expect, test } from '../support/fixtures';
import { signInHere } from '../support/admin';
import { expectNoAxeViolations } from '../support/axe';
import { priceText } from '../support/catalog';

const admin = DEMO_USERS.find((u) => u.groups.includes('Admin'))!;
const customer = DEMO_USERS.find((u) => u.groups.length === 0)!;

test('an admin adds a book with a cover, changes its price and deletes it; a guest sees each change at once', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // A word no seed book has, so the searches find this book only.
  const word = `Quillet${randomUUID().slice(0, 6)}`;
  const title = `The ${word} Papers`;

  // A guest at /admin is sent to sign in, and comes back to /admin once signed in.
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/account\/sign-in\?returnTo=%2Fadmin$/);
  await signInHere(page, admin);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Book management' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  await expectNoAxeViolations(page, 'book list');

  // Add a book: a first Save shows every problem beside its field.
  await page.getByRole('link', { name: 'Add a book' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a book' })).toBeVisible();
  await page.getByRole('button', { name: 'Add book' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Title is required')).toBeVisible();
  await expectNoAxeViolations(page, 'book form with errors');

  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Author', { exact: true }).fill('Ada Tester');
  await page.getByLabel('Genre', { exact: true }).selectOption({ label: 'Mystery & crime' });
  await page.getByLabel('Price (USD)').fill('19.99');
  await page.getByLabel('Stock', { exact: true }).fill('4');
  await page.getByLabel(/^Description/).fill('Written by the end-to-end tests.');
  const cover = renderCover({ title, author: 'Ada Tester', genre: 'mystery' });
  await page.getByLabel('Choose an image').setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: cover });
  await expect(page.getByRole('img', { name: 'Preview of the chosen cover' })).toBeVisible();
  await expect(page.getByText('Cover uploaded.')).toBeAttached();
  await page.getByRole('button', { name: 'Add book' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Added “${title}”.` })).toBeVisible();

  // A guest, in a browser of their own, finds it by search with its cover from the image bucket.
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto(`/search?q=${word.toLowerCase()}`);
  const result = guest.getByRole('list', { name: `Results for ${word.toLowerCase()}` }).getByRole('article');
  await expect(result).toHaveCount(1);
  await expect(result).toContainText(title);
  await expect(result).toContainText(priceText(1999));
  const cardCover = result.locator('img');
  await expect(cardCover).toHaveAttribute('src', /\/covers\/[0-9a-f-]+\.png$/);
  await expect
    .poll(() => cardCover.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)))
    .toBe(400);
  await result.getByRole('link').click();
  await expect(guest.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const bookUrl = guest.url();
  await expect
    .poll(() =>
      guest
        .getByRole('img', { name: `Cover of ${title}` })
        .evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)),
    )
    .toBe(400);
  const bookArticle = guest.getByRole('article', { name: title });
  await expect(bookArticle.getByText(priceText(1999), { exact: true })).toBeVisible();

  // The admin changes the price; the guest sees it on the next visit of the book page and in search.
  await page.getByLabel('Search by title or author').fill(word.toLowerCase());
  await page.getByRole('link', { name: `Edit ${title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit “${title}”` })).toBeVisible();
  await expect(page.getByLabel('Price (USD)')).toHaveValue('19.99');
  await expectNoAxeViolations(page, 'edit form');
  await page.getByLabel('Price (USD)').fill('24.50');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved “${title}”.` })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText(priceText(2450));

  await guest.goto(bookUrl);
  await expect(bookArticle.getByText(priceText(2450), { exact: true })).toBeVisible();
  await guest.goto(`/search?q=${word.toLowerCase()}`);
  await expect(result).toContainText(priceText(2450));

  // The admin deletes it after confirming; it is gone for the guest.
  await page.getByRole('button', { name: `Delete ${title}` }).click();
  const dialog = page.getByRole('alertdialog', { name: `Delete “${title}”?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoAxeViolations(page, 'delete dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: `Delete ${title}` }).click();
  await dialog.getByRole('button', { name: 'Delete book' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Deleted “${title}”.` })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toHaveCount(0);

  await guest.goto(`/search?q=${word.toLowerCase()}`);
  await expect(guest.getByText(`No books match “${word.toLowerCase()}”.`)).toBeVisible();
  await guest.goto(bookUrl);
  await expect(guest.getByRole('heading', { level: 1, name: 'We can’t find that page.' })).toBeVisible();
  await guestContext.close();
});

test('a signed-in customer sees “Not allowed” at /admin, and nothing of book management', async ({ page }) => {
  await page.goto('/account/sign-in?returnTo=%2Fadmin%2Fbooks%2Fnew');
  await signInHere(page, customer);
  await expect(page).toHaveURL(/\/admin\/books\/new$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await expect(page.getByRole('main').getByText(customer.email, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add book' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'not-allowed page');
});

test('on a phone the admin list and form fit the screen: rows become cards, no sideways scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/account/sign-in?returnTo=%2Fadmin');
  await signInHere(page, admin);
  await expect(page.getByRole('heading', { level: 1, name: 'Book management' })).toBeVisible();
  const firstDelete = page.getByRole('button', { name: /^Delete / }).first();
  await expect(firstDelete).toBeVisible();
  expect(
    await firstDelete.evaluate((button) => button.getBoundingClientRect().right <= window.innerWidth),
    'actions within the screen',
  ).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), '/admin').toBe(true);
  await page.getByRole('link', { name: 'Add a book' }).click();
  await expect(page.getByLabel('Choose an image')).toBeAttached();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), '/admin/books/new').toBe(
    true,
  );
});

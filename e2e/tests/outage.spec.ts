/**
 * A remote that is down takes down its own area only (runtime-plugins/offline-remote of module-federation-
 * examples, as a journey): the servers are really stopped, then started again for Retry.
 */
import { expect, test } from '../support/fixtures';

test('with the catalog server stopped the frame still renders with the notice, and Retry works once it is back', async ({ page, apps }) => {
  await apps.stopApp('catalog');
  try {
    await page.goto('/');
    await expect(page.getByText('The catalog is unavailable right now.')).toBeVisible();
    const banner = page.getByRole('banner');
    await expect(banner.getByLabel('Search books')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Genres' }).getByRole('link')).toHaveCount(11);
    await expect(banner.getByRole('link', { name: 'Cart, 0 items' })).toBeVisible();
    await expect(banner.getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
  } finally {
    await apps.startApp('catalog');
  }
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Classics, newly bound.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Featured' }).getByRole('article').first()).toBeVisible();
});

test('with cart-checkout stopped a book page still shows the book; only the cart slots say they are unavailable', async ({ page, apps }) => {
  await apps.stopApp('cart-checkout');
  try {
    await page.goto('/books/emma');
    await expect(page.getByRole('heading', { level: 1, name: 'Emma' })).toBeVisible();
    await expect(page.getByText('Add to cart unavailable')).toBeVisible();
    await expect(page.getByRole('banner').getByText('Cart unavailable')).toBeVisible();
  } finally {
    await apps.startApp('cart-checkout');
  }
  await page.getByRole('button', { name: 'Retry loading add to cart' }).click();
  await expect(page.getByRole('button', { name: 'Add to cart' })).toBeEnabled();
});

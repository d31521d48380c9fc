/**
 * The cart across the apps: the mini cart in the shell's header, the catalog's add-to-cart button and the cart
 * page are one cart-checkout store; it survives a reload, follows other tabs, and prices lines from the API.
 */
import { DEMO_USERS } from '@folio/config';
import { expect, test } from '../support/fixtures';
import { bookById, priceText } from '../support/catalog';
import { idToken, stackOutputs } from '../support/account';
import { addFromBookPage } from '../support/checkout';
import { expectNoAxeViolations } from '../support/axe';
import type { E2eSetPriceMutationVariables } from '@folio/contract/generated/operations';

const EMMA = bookById('emma');
const PERSUASION = bookById('persuasion'); // one copy in stock

test('the header’s mini cart opens a summary with the lines and subtotal; Escape closes it', async ({ page }) => {
  await addFromBookPage(page, EMMA.id);
  const banner = page.getByRole('banner');
  const toggle = banner.getByRole('button', { name: 'Cart summary' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const summary = banner.getByRole('region', { name: 'Cart summary' });
  await expect(summary).toContainText(EMMA.title);
  await expect(summary).toContainText(`Subtotal${priceText(EMMA.priceCents)}`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(summary).toBeHidden();
  await expect(toggle).toBeFocused();
  await toggle.click();
  await summary.getByRole('link', { name: 'View cart' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your cart' })).toBeVisible();
  await expect(summary).toBeHidden();
});

test('the cart survives a reload and follows changes made in another tab', async ({ page, context }) => {
  await addFromBookPage(page, EMMA.id);
  await page.reload();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Cart 1 item' })).toBeVisible();

  const other = await context.newPage();
  await other.goto('/cart');
  await other.getByLabel(`Quantity of ${EMMA.title}`).selectOption('3');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Cart 3 items' })).toBeVisible();
  await other.getByRole('button', { name: `Remove ${EMMA.title}` }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Cart 0 items' })).toBeVisible();
});

test('the add-to-cart button never adds more than the stock', async ({ page }) => {
  expect(PERSUASION.stock).toBe(1);
  await addFromBookPage(page, PERSUASION.id);
  await expect(page.getByRole('button', { name: 'No more available' })).toBeDisabled();
  await expect(page.getByRole('status').filter({ hasText: 'in your cart' })).toContainText(
    '1 in your cart · all we have',
  );
});

test('the cart prices lines from the API now, and says when a price changed since the book was added', async ({
  page,
}) => {
  const book = bookById('sense-and-sensibility');
  await addFromBookPage(page, book.id);
  const admin = DEMO_USERS.find((u) => u.groups.includes('Admin'))!;
  const newPrice = book.priceCents + 100;
  await setPrice(await idToken(admin.email, admin.password), book.id, newPrice);
  try {
    await page.goto('/cart');
    await expect(
      page.getByText(
        `The price went up from ${priceText(book.priceCents)} to ${priceText(newPrice)} since you added it.`,
      ),
    ).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Order summary' })).toContainText(
      `Subtotal (1 item)${priceText(newPrice)}`,
    );
    await expectNoAxeViolations(page, 'the cart with a price-change notice');
    await page.getByRole('button', { name: `OK, got it (${book.title})` }).click();
    await expect(page.getByText(/The price went up/)).toBeHidden();
  } finally {
    await setPrice(await idToken(admin.email, admin.password), book.id, book.priceCents);
  }
});

const SET_PRICE = /* GraphQL */ `
  mutation E2eSetPrice($input: UpdateBookInput!) {
    updateBook(input: $input) {
      id
      priceCents
    }
  }
`;

async function setPrice(token: string, id: string, priceCents: number): Promise<void> {
  const response = await fetch(stackOutputs().data.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: token },
    body: JSON.stringify({
      query: SET_PRICE,
      variables: { input: { id, priceCents } } satisfies E2eSetPriceMutationVariables,
    }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(`updateBook failed: ${JSON.stringify(body.errors)}`);
}

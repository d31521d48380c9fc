/**
 * Prices are typed in dollars ("19.99") and stored in integer cents. The text is parsed digit by digit, never
 * through a float: parseFloat("19.99") * 100 is 1998.9999999999998, and rounding it only hides the problem.
 */

/** Whole dollars, then at most two decimals; no sign, exponent, thousands separator or currency symbol. */
const PRICE = /^(\d+)(?:\.(\d{1,2}))?$/;

/** "19.99" → 1999, "0.1" → 10, "19.9" → 1990, "7" → 700; null for anything that is not such an amount. */
export function parsePriceToCents(text: string): number | null {
  const match = PRICE.exec(text.trim());
  if (!match) return null;
  const [, dollars, decimals = ''] = match;
  const cents = Number(dollars) * 100 + Number(decimals.padEnd(2, '0'));
  // Beyond 2^53 the sum above is no longer exact; such a price is far outside the API's range anyway.
  return Number.isSafeInteger(cents) ? cents : null;
}

/** 1999 → "19.99", 10 → "0.10": how a stored price appears in the form's price field. */
export function centsToPriceText(cents: number): string {
  const whole = Math.trunc(cents / 100);
  return `${whole}.${String(cents - whole * 100).padStart(2, '0')}`;
}

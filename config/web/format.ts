/** Money is an integer number of cents everywhere in Folio; this is the one place it becomes text. */
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Whole cents in dollars, as `Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })` writes them. The
 * page's first `Intl.NumberFormat` loads the browser's locale data: 40 ms on a desktop, 150+ ms on a phone, in the
 * middle of hydrating the home page (shell/BENCHMARKS.md, "Where the start-up's main-thread time goes").
 */
function dollars(cents: number): string {
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${cents < 0 ? '-' : ''}$${whole}.${String(abs % 100).padStart(2, '0')}`;
}

export function formatPrice(cents: number, currency = 'USD'): string {
  if (currency === 'USD' && Number.isSafeInteger(cents)) return dollars(cents);
  let formatter = formatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    formatters.set(currency, formatter);
  }
  return formatter.format(cents / 100);
}

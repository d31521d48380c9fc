import { formatPrice } from './format';

const intl = (cents: number, currency = 'USD') =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(cents / 100);

describe('formatPrice', () => {
  it('writes whole cents in dollars exactly as Intl does', () => {
    const cents = [0, 1, 9, 10, 99, 100, 101, 1299, 99999, 100000, 123456, 1234567, 100000000, 987654321012];
    for (const value of [...cents, ...cents.map((c) => -c).filter((c) => c !== 0)])
      expect(formatPrice(value)).toBe(intl(value));
  });

  it('does not load the locale data for dollars (a phone pays 150+ ms for the first Intl.NumberFormat)', () => {
    const spy = jest.spyOn(Intl, 'NumberFormat');
    try {
      formatPrice(1299);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('leaves other currencies and fractions of a cent to Intl', () => {
    expect(formatPrice(1299, 'EUR')).toBe(intl(1299, 'EUR'));
    expect(formatPrice(1299.5)).toBe(intl(1299.5));
  });
});

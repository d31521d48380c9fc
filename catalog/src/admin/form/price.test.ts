import { centsToPriceText, parsePriceToCents } from './price';

describe('parsePriceToCents', () => {
  it.each([
    ['19.99', 1999],
    ['0.1', 10],
    ['19.9', 1990],
    ['0.29', 29], // 0.29 * 100 is 28.999999999999996 in floating point
    ['4.35', 435], // 4.35 * 100 is 434.99999999999994
    ['7', 700],
    ['0.01', 1],
    ['10000.00', 1_000_000],
    ['  12.50 ', 1250],
    ['007.5', 750],
  ])('reads %p as %p cents', (text, cents) => {
    expect(parsePriceToCents(text)).toBe(cents);
  });

  it.each([
    '19.999',
    '1.005',
    '1e3',
    '-1',
    'abc',
    '',
    ' ',
    '.5',
    '5.',
    '1,000',
    '$5',
    '+5',
    '5 .00',
    'Infinity',
    'NaN',
    '0x10',
    '1.2.3',
  ])('rejects %p', (text) => {
    expect(parsePriceToCents(text)).toBeNull();
  });

  it('rejects amounts too large to count exactly', () => {
    expect(parsePriceToCents('99999999999999999999')).toBeNull();
  });
});

describe('centsToPriceText', () => {
  it.each([
    [1999, '19.99'],
    [10, '0.10'],
    [1990, '19.90'],
    [1, '0.01'],
    [1_000_000, '10000.00'],
  ])('writes %p cents as %p, which reads back the same', (cents, text) => {
    expect(centsToPriceText(cents)).toBe(text);
    expect(parsePriceToCents(text)).toBe(cents);
  });
});

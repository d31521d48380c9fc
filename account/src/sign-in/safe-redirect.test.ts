import { returnToFrom, safeRedirect } from './safe-redirect';

describe('safeRedirect: only a path of this store', () => {
  it.each([
    ['/checkout', '/checkout'],
    ['/books/emma?x=1', '/books/emma?x=1'],
    ['/account/orders#latest', '/account/orders#latest'],
    ['/', '/'],
  ])('%s → %s', (target, expected) => {
    expect(safeRedirect(target)).toBe(expected);
  });

  it.each([
    [null],
    [''],
    ['checkout'],
    ['https://evil.example'],
    ['//evil.example'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['/\t/evil.example'], // browsers drop tabs and newlines: this is //evil.example
    ['/\n/evil.example'],
    ['javascript:alert(1)'],
    ['/account/sign-in'], // a signed-in customer would come straight back: a loop
    ['/account/sign-in?returnTo=%2F'],
  ])('%j → the default (/account)', (target) => {
    expect(safeRedirect(target)).toBe('/account');
  });

  it('takes ?returnTo=, and ?redirect= from older links', () => {
    expect(returnToFrom(new URLSearchParams('returnTo=%2Fcheckout'))).toBe('/checkout');
    expect(returnToFrom(new URLSearchParams('redirect=%2Fbooks%2Femma'))).toBe('/books/emma');
    expect(returnToFrom(new URLSearchParams('returnTo=https%3A%2F%2Fevil.example'))).toBe('/account');
    expect(returnToFrom(new URLSearchParams(''))).toBe('/account');
  });
});

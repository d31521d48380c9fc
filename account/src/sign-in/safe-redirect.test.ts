import { AREA_ROUTES } from '../../../shell/src/routing/area-routes';
import { returnToFrom, safeRedirect, STORE_AREAS } from './safe-redirect';

describe('safeRedirect: only a path of this store', () => {
  it.each([
    ['/checkout', '/checkout'],
    ['/checkout/confirmation?order=o-1', '/checkout/confirmation?order=o-1'],
    ['/books/emma?x=1', '/books/emma?x=1'],
    ['/books/genre/poetry', '/books/genre/poetry'],
    ['/search?q=war%20and%20peace', '/search?q=war%20and%20peace'],
    ['/account/orders#latest', '/account/orders#latest'],
    ['/admin/books', '/admin/books'],
    ['/cart', '/cart'],
    ['/', '/'],
  ])('GIVEN %j WHEN signed in THEN it goes to %j', (target, expected) => {
    expect(safeRedirect(target)).toBe(expected);
  });

  it.each([
    [null],
    [''],
    ['checkout'],
    ['https://evil.example'],
    ['//evil.example'],
    ['//evil'],
    ['/.//evil.example/x'], // resolves to //evil.example/x: history.pushState reads it as another origin
    ['/./books'], // dot segments are refused, not repaired
    ['/books/../..//evil.example'],
    ['/%2E//evil.example'],
    ['/\\evil.example'],
    ['/\\evil'],
    ['\\\\evil.example'],
    ['/%5Cevil.example'], // an encoded backslash
    ['/%5cevil.example'],
    ['/books/%5C%5Cevil'],
    ['%2F%2Fevil'],
    ['/%2F%2Fevil'], // decoded once more by someone, this is //evil
    ['/%2f/evil'],
    ['/\t/evil.example'], // browsers drop tabs and newlines: this is //evil.example
    ['/\n/evil.example'],
    ['/ /evil.example'],
    ['javascript:alert(1)'],
    ['/javascript:alert(1)'], // same origin, but no area of the store
    ['JaVaScRiPt:alert(1)'],
    ['/evil.example/x'], // a path outside the store's areas
    ['/remotes.json'],
    ['/amplify_outputs.json'],
    ['/account/sign-in'], // a signed-in customer would come straight back: a loop
    ['/account/sign-in?returnTo=%2F'],
  ])('GIVEN %j WHEN signed in THEN it goes to the default (/account)', (target) => {
    expect(safeRedirect(target)).toBe('/account');
  });

  it('takes ?returnTo=, and ?redirect= from older links', () => {
    expect(returnToFrom(new URLSearchParams('returnTo=%2Fcheckout'))).toBe('/checkout');
    expect(returnToFrom(new URLSearchParams('redirect=%2Fbooks%2Femma'))).toBe('/books/emma');
    expect(returnToFrom(new URLSearchParams('returnTo=https%3A%2F%2Fevil.example'))).toBe('/account');
    expect(returnToFrom(new URLSearchParams('returnTo=%2F.%2F%2Fevil.example%2Fx'))).toBe('/account');
    expect(returnToFrom(new URLSearchParams('returnTo=%252F%252Fevil'))).toBe('/account');
    expect(returnToFrom(new URLSearchParams(''))).toBe('/account');
  });

  it("knows the same areas as the shell's routes", () => {
    const shellAreas = new Set(AREA_ROUTES.map((r) => r.path.split('/')[1].replace('*', '')));
    expect([...STORE_AREAS].sort()).toEqual([...shellAreas].sort());
  });
});

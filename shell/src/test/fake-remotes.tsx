/**
 * Small stand-ins for the remotes' exposed modules, served by the fake federation runtime
 * (config/web/test/fake-federation-runtime.ts), so the shell's tests need no remote and no backend.
 */
import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { provideRemoteModule } from '@folio/config/web/test/fake-federation-runtime';

const areaRoutes = (name: string, paths: string[]) =>
  function FakeRoutes({ notFound }: { notFound: ReactNode }) {
    return (
      <Routes>
        {paths.map((path) => (
          <Route key={path} path={path} element={<h1>{`${name} page ${path}`}</h1>} />
        ))}
        <Route path="*" element={notFound} />
      </Routes>
    );
  };

export function provideFakeRemotes(): void {
  provideRemoteModule('catalog/routes', () => ({
    default: areaRoutes('catalog', ['/', 'books', 'books/genre/:genre', 'books/:id', 'search', 'admin/*']),
  }));
  provideRemoteModule('cart-checkout/routes', () => ({ default: areaRoutes('cart-checkout', ['cart', 'checkout/*']) }));
  provideRemoteModule('account/routes', () => ({ default: areaRoutes('account', ['account', 'account/sign-in']) }));
  provideRemoteModule('cart-checkout/MiniCart', () => ({ default: () => <a href="/cart">Cart 2 items</a> }));
  provideRemoteModule('account/AccountMenu', () => ({ default: () => <a href="/account/sign-in">Sign in</a> }));
  provideRemoteModule('catalog/FeaturedShelf', () => ({
    default: ({ title }: { title: string }) => <section aria-label={title}>Featured books</section>,
  }));
}

/** Remote areas report the failures they show (React and RemoteSlot log them): expected in these tests. */
export function quietExpectedErrors(): void {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
}

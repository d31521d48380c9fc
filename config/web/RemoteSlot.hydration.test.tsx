/**
 * Hydrating a prerendered page: the area's remote component renders once. A second render right after hydration
 * (the slot's `hydrating` flag turning false) re-rendered the whole home page synchronously, one long task on a phone.
 */
import { act } from '@testing-library/react';
import { startTransition, StrictMode, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { provideRemoteComponent, RemoteSlot, resetRemoteSlots } from './RemoteSlot';

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  resetRemoteSlots();
  document.body.innerHTML = '';
});

/** Writes the page's server HTML and hydrates it as the shell does; resolves with React's recoverable errors. */
async function hydrate(page: ReactElement): Promise<{ container: HTMLElement; recoverable: jest.Mock }> {
  const container = document.body.appendChild(document.createElement('div'));
  container.innerHTML = renderToString(page);
  const recoverable = jest.fn();
  await act(async () => {
    startTransition(() => {
      root = hydrateRoot(container, page, { onRecoverableError: recoverable });
    });
  });
  return { container, recoverable };
}

it('GIVEN a prerendered slot WHEN the page hydrates THEN the remote renders once, with no hydration error', async () => {
  const renders = jest.fn();
  function Home() {
    renders();
    return <h1>Classics, newly bound.</h1>;
  }
  provideRemoteComponent('catalog/routes', Home);
  const page = <RemoteSlot id="catalog/routes" label="The catalog" fallback={<p>Loading</p>} prerendered />;
  const { container, recoverable } = await hydrate(page);
  expect(container.querySelector('h1')?.textContent).toBe('Classics, newly bound.');
  expect(recoverable).not.toHaveBeenCalled();
  // One render on the server, one hydrating: none after.
  expect(renders).toHaveBeenCalledTimes(2);
});

it('GIVEN StrictMode (as the shell renders) THEN hydration still matches the server HTML', async () => {
  provideRemoteComponent('catalog/routes', () => <h1>Classics</h1>);
  const page = (
    <StrictMode>
      <RemoteSlot id="catalog/routes" label="The catalog" fallback={<p>Loading</p>} prerendered />
    </StrictMode>
  );
  const { container, recoverable } = await hydrate(page);
  expect(container.querySelector('h1')?.textContent).toBe('Classics');
  expect(recoverable).not.toHaveBeenCalled();
});

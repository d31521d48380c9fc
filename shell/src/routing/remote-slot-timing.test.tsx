/**
 * A remote's content replaces its skeleton the moment the remote arrives. With React.lazy + Suspense, React held
 * it back until 300 ms after the skeleton showed (its fallback throttle), on every page's main content. Rendered
 * as in the browser (outside act(), real timers), where the throttle applies.
 */
import { createRoot, type Root } from 'react-dom/client';
import { RemoteSlot, resetRemoteSlots } from '@folio/config/web/RemoteSlot';
import { provideRemoteModule, resetFakeFederation } from '@folio/config/web/test/fake-federation-runtime';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let root: Root;
let container: HTMLElement;
const actEnvironment = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;

beforeEach(() => {
  resetFakeFederation();
  resetRemoteSlots();
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
});
afterEach(() => {
  root.unmount();
  container.remove();
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = actEnvironment;
});

it('shows the remote’s content within a frame of its module loading, not 300 ms later', async () => {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  provideRemoteModule('catalog/routes', async () => {
    await arrived;
    return { default: () => <h1>Classics, newly bound.</h1> };
  });
  root.render(<RemoteSlot id="catalog/routes" label="The catalog" fallback={<p>Loading the catalog</p>} />);
  await sleep(20);
  expect(container.textContent).toBe('Loading the catalog');
  arrive();
  await sleep(60);
  expect(container.querySelector('h1')?.textContent).toBe('Classics, newly bound.');
});

it('renders a module loaded before at once, with no skeleton', async () => {
  provideRemoteModule('cart-checkout/MiniCart', () => ({ default: () => <a href="/cart">Cart</a> }));
  root.render(<RemoteSlot id="cart-checkout/MiniCart" label="Cart" fallback={<span>…</span>} />);
  await sleep(20);
  root.render(<p>elsewhere</p>);
  await sleep(20);
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(container.textContent ?? ''));
  observer.observe(container, { childList: true, subtree: true, characterData: true });
  root.render(<RemoteSlot id="cart-checkout/MiniCart" label="Cart" fallback={<span>…</span>} />);
  await sleep(20);
  observer.disconnect();
  expect(container.querySelector('a')?.textContent).toBe('Cart');
  expect(seen).not.toContain('…');
});

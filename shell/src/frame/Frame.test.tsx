import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GENRES, GENRE_LABELS } from '@folio/config/web/genres';
import { federationCalls, setRemoteDown } from '@folio/config/web/test/fake-federation-runtime';
import { renderAt } from '@folio/config/web/test/render';
import { registerRemoteManifests } from '@folio/config/web/remotes';
import { provideFakeRemotes, quietExpectedErrors } from '../test/fake-remotes';
import { Frame } from './Frame';

beforeEach(() => {
  provideFakeRemotes();
  registerRemoteManifests({
    catalog: 'http://localhost:3001/mf-manifest.json',
    'cart-checkout': 'http://localhost:3002/mf-manifest.json',
    account: 'http://localhost:3003/mf-manifest.json',
  });
});

describe('the page frame', () => {
  it('has the landmarks: banner with search and genres, main, footer, and a skip link', async () => {
    renderAt('/', <Frame />);
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Folio home' })).toHaveAttribute('href', '/');
    expect(within(banner).getByRole('search')).toBeInTheDocument();
    expect(within(banner).getByLabelText('Search books')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'catalog page /' })).toBeInTheDocument();
  });

  it('navigates by genre: all books, then the ten genres of the catalog', async () => {
    renderAt('/', <Frame />);
    const nav = screen.getByRole('navigation', { name: 'Genres' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['All books', ...GENRES.map((g) => GENRE_LABELS[g])]);
    expect(within(nav).getByRole('link', { name: 'Fantasy' })).toHaveAttribute('href', '/books/genre/fantasy');
    await userEvent.click(within(nav).getByRole('link', { name: 'Fantasy' }));
    expect(await screen.findByRole('heading', { name: 'catalog page books/genre/:genre' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Fantasy' })).toHaveAttribute('aria-current', 'page');
  });

  it('submits a search to /search?q=', async () => {
    const view = renderAt('/books', <Frame />);
    await userEvent.type(screen.getByLabelText('Search books'), 'jane austen{Enter}');
    expect(view.location()).toBe('/search?q=jane%20austen');
    expect(await screen.findByRole('heading', { name: 'catalog page search' })).toBeInTheDocument();
  });

  it('fills the header slots with cart-checkout’s MiniCart and account’s AccountMenu', async () => {
    renderAt('/', <Frame />);
    const banner = screen.getByRole('banner');
    expect(await within(banner).findByRole('link', { name: 'Cart 2 items' })).toBeInTheDocument();
    expect(await within(banner).findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });

  it.each([
    ['/cart', 'cart-checkout page cart'],
    ['/checkout/pay', 'cart-checkout page checkout/*'],
    ['/account', 'account page account'],
    ['/books/emma', 'catalog page books/:id'],
    ['/admin/books', 'catalog page admin/*'],
  ])('renders %s with its remote’s routes', async (url, heading) => {
    renderAt(url, <Frame />);
    expect(await screen.findByRole('heading', { name: heading })).toBeInTheDocument();
  });

  it('shows a busy status named for the area while its remote loads, then the remote in its place', async () => {
    const { provideRemoteModule } = await import('@folio/config/web/test/fake-federation-runtime');
    let arrive: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    provideRemoteModule('catalog/routes', async () => {
      await arrived;
      return { default: () => <h1>catalog page, late</h1> };
    });
    renderAt('/', <Frame />);
    const skeleton = await screen.findByRole('status', { name: 'Loading the catalog' });
    expect(skeleton).toHaveAttribute('aria-busy', 'true');
    expect(within(screen.getByRole('main')).getByRole('status')).toBe(skeleton);
    arrive();
    expect(await screen.findByRole('heading', { name: 'catalog page, late' })).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Loading the catalog' })).not.toBeInTheDocument();
  });

  it('has a real 404 page for URLs no app owns, offering featured books', async () => {
    renderAt('/no-such-page', <Frame />);
    expect(screen.getByRole('heading', { level: 1, name: 'We can’t find that page.' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'You might like' })).toBeInTheDocument();
    expect(federationCalls.loadRemote).not.toContain('catalog/routes');
  });

  it('passes its 404 page to the remotes for the URLs they do not know', async () => {
    renderAt('/account/nope', <Frame />);
    expect(await screen.findByRole('heading', { level: 1, name: 'We can’t find that page.' })).toBeInTheDocument();
  });
});

describe('a remote that is down', () => {
  beforeEach(quietExpectedErrors);

  it('takes down its own area only: the notice offers Retry, the frame and the other remotes work', async () => {
    setRemoteDown('catalog');
    renderAt('/', <Frame />);
    expect(await screen.findByText('The catalog is unavailable right now.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Genres' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Cart 2 items' })).toBeInTheDocument();
  });

  it('Retry really loads the remote again (registering it anew, so nothing failed is reused)', async () => {
    setRemoteDown('catalog');
    renderAt('/', <Frame />);
    await screen.findByText('The catalog is unavailable right now.');
    const loadsBefore = federationCalls.loadRemote.filter((id) => id === 'catalog/routes').length;

    setRemoteDown('catalog', false);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'catalog page /' })).toBeInTheDocument();
    expect(federationCalls.loadRemote.filter((id) => id === 'catalog/routes').length).toBe(loadsBefore + 1);
    expect(federationCalls.registerRemotes.at(-1)).toEqual({
      remotes: [{ name: 'catalog', entry: 'http://localhost:3001/mf-manifest.json' }],
      options: { force: true },
    });
  });

  it('a header slot shows a small notice of its own', async () => {
    setRemoteDown('cart-checkout');
    renderAt('/', <Frame />);
    expect(await screen.findByText('Cart unavailable')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry loading cart' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'catalog page /' })).toBeInTheDocument();
  });

  it('a remote that throws while rendering is contained the same way', async () => {
    const { provideRemoteModule } = await import('@folio/config/web/test/fake-federation-runtime');
    provideRemoteModule('account/routes', () => ({
      default: () => {
        throw new Error('bug in account');
      },
    }));
    renderAt('/account', <Frame />);
    expect(await screen.findByText('Your account is unavailable right now.')).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
  });

  it('is retried when the customer navigates elsewhere in that area', async () => {
    setRemoteDown('catalog');
    renderAt('/', <Frame />);
    await screen.findByText('The catalog is unavailable right now.');
    setRemoteDown('catalog', false);
    await userEvent.click(
      within(screen.getByRole('navigation', { name: 'Genres' })).getByRole('link', { name: 'All books' }),
    );
    expect(await screen.findByRole('heading', { name: 'catalog page books' })).toBeInTheDocument();
  });
});

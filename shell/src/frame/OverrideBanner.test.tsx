import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OverrideBanner } from './OverrideBanner';
import { chosenRemotes } from '@folio/config/web/chosen-remotes';
import { OVERRIDES_KEY } from './remote-overrides';

/** The page chose these overrides at start-up (index.html's script). */
function setRemoteOverrides(overrides: Record<string, string>) {
  globalThis.folioChosenRemotes = { manifests: {}, versions: {}, overrides };
  chosenRemotes({});
}

afterEach(() => setRemoteOverrides({}));

describe('the development override banner', () => {
  it('shows nothing when every remote is a released version', () => {
    const { container } = render(<OverrideBanner />);
    expect(container).toBeEmptyDOMElement();
  });

  it('names each remote loaded from a dev server, and its button forgets the overrides and reloads', async () => {
    setRemoteOverrides({ catalog: 'http://localhost:3201' });
    window.sessionStorage.setItem(OVERRIDES_KEY, '{"catalog":"http://localhost:3201"}');
    window.history.pushState({}, '', '/books?override=catalog@http://localhost:3201');
    const navigate = jest.fn();
    render(<OverrideBanner navigate={navigate} />);
    const banner = screen.getByRole('complementary', { name: 'Development overrides' });
    expect(banner).toHaveTextContent('Development override: catalog from http://localhost:3201.');
    await userEvent.click(screen.getByRole('button', { name: 'Use released versions' }));
    expect(window.sessionStorage.getItem(OVERRIDES_KEY)).toBeNull();
    expect(navigate).toHaveBeenCalledWith('http://localhost/books');
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OverrideBanner, showOverrideBanner } from './OverrideBanner';
import { OVERRIDES_KEY } from './remote-overrides';

describe('the development override banner', () => {
  it('shows nothing when every remote is a released version', () => {
    const { container } = render(<OverrideBanner overrides={{}} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('names each remote loaded from a dev server, and its button forgets the overrides and reloads', async () => {
    window.sessionStorage.setItem(OVERRIDES_KEY, '{"catalog":"http://localhost:3201"}');
    window.history.pushState({}, '', '/books?override=catalog@http://localhost:3201');
    const navigate = jest.fn();
    render(<OverrideBanner overrides={{ catalog: 'http://localhost:3201' }} navigate={navigate} />);
    const banner = screen.getByRole('complementary', { name: 'Development overrides' });
    expect(banner).toHaveTextContent('Development override: catalog from http://localhost:3201.');
    await userEvent.click(screen.getByRole('button', { name: 'Use released versions' }));
    expect(window.sessionStorage.getItem(OVERRIDES_KEY)).toBeNull();
    expect(navigate).toHaveBeenCalledWith('http://localhost/books');
  });

  it('is shown above the page in its own root, leaving the store’s frame as every visitor gets it', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    showOverrideBanner({ account: 'http://localhost:3203' });
    const banner = await screen.findByRole('complementary', { name: 'Development overrides' });
    expect(document.body.firstElementChild).toContainElement(banner);
    expect(document.getElementById('root')).toBeEmptyDOMElement();
  });
});

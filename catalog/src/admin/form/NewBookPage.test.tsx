import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { renderAt } from '@folio/config/web/test/render';
import { ApiError } from '@folio/config/web/graphql';
import { adminBook } from '../../test/books';
import { createBook, listBooksForAdmin } from '../api/admin-books';
import { ManageBooksPage } from '../list/ManageBooksPage';
import { NewBookPage } from './NewBookPage';

jest.mock('../api/admin-books');
const create = createBook as jest.MockedFunction<typeof createBook>;

const at = (url = '/admin/books/new') =>
  renderAt(
    url,
    <Routes>
      <Route path="/admin" element={<ManageBooksPage />} />
      <Route path="/admin/books/new" element={<NewBookPage />} />
    </Routes>,
  );

const field = (label: string | RegExp) => screen.getByLabelText(label);
const save = () => userEvent.click(screen.getByRole('button', { name: 'Add book' }));
/** The message shown beside a field, read the way a screen reader does (aria-describedby). */
const messageOf = (label: string | RegExp) => {
  const control = field(label);
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent).join(' | ');
};

async function fillValidBook() {
  await userEvent.type(field('Title'), 'The Moonstone');
  await userEvent.type(field('Author'), 'Wilkie Collins');
  await userEvent.selectOptions(field('Genre'), 'mystery');
  await userEvent.type(field('Price (USD)'), '19.99');
  await userEvent.type(field('Stock'), '3');
}

describe('adding a book', () => {
  beforeEach(() => (listBooksForAdmin as jest.Mock).mockResolvedValue({ items: [], nextToken: null }));

  it('shows every problem beside its field (aria-invalid, aria-describedby) and focuses the first; nothing is sent', async () => {
    at();
    expect(screen.getByRole('heading', { level: 1, name: 'Add a book' })).toBeInTheDocument();
    await save();
    expect(screen.getByRole('alert')).toHaveTextContent('The book was not saved.Fix the 5 fields marked below.');
    expect(field('Title')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Title')).toHaveFocus();
    expect(messageOf('Title')).toBe('Title is required');
    expect(messageOf('Author')).toBe('Author is required');
    expect(messageOf('Genre')).toBe('Choose a genre');
    expect(messageOf('Price (USD)')).toBe('Price is required | In dollars, e.g. 19.99');
    expect(messageOf('Stock')).toBe('Stock must be a whole number from 0 to 1,000,000 | Copies in the warehouse');
    expect(field(/^ISBN/)).not.toHaveAttribute('aria-invalid');
    expect(create).not.toHaveBeenCalled();
  });

  it('keeps what was typed when it is refused, and the message follows the corrections', async () => {
    at();
    await fillValidBook();
    await userEvent.clear(field('Price (USD)'));
    await userEvent.type(field('Price (USD)'), '19.999');
    await userEvent.type(field(/^ISBN/), '12-34');
    await userEvent.type(field(/^First published/), 'long ago');
    await save();
    expect(field('Price (USD)')).toHaveValue('19.999');
    expect(field('Price (USD)')).toHaveFocus();
    expect(messageOf('Price (USD)')).toMatch(/^Price must be an amount in dollars such as 19.99/);
    expect(messageOf(/^ISBN/)).toMatch(/^ISBN must have 10 or 13 digits/);
    expect(messageOf(/^First published/)).toMatch(/^Year must be a whole number from -3,000 to/);
    expect(field('Title')).toHaveValue('The Moonstone');

    await userEvent.type(field('Price (USD)'), '{Backspace}');
    expect(field('Price (USD)')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Fix the 2 fields marked below.');
  });

  it('sends the price in cents, parsed without floating point, and disables Save while saving', async () => {
    let finish: (book: ReturnType<typeof adminBook>) => void = () => undefined;
    create.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    const view = at();
    await fillValidBook();
    await userEvent.type(field(/^ISBN/), '978-0-14-043408-4');
    await userEvent.type(field(/^Description/), 'A diamond goes missing.');
    await userEvent.click(field('Featured'));
    await save();
    expect(create).toHaveBeenCalledWith({
      title: 'The Moonstone',
      author: 'Wilkie Collins',
      description: 'A diamond goes missing.',
      genre: 'mystery',
      priceCents: 1999,
      stock: 3,
      coverKey: null,
      featured: true,
      isbn: '9780140434084',
      publishedYear: null,
    });
    const saving = screen.getByRole('button', { name: 'Saving…' });
    expect(saving).toBeDisabled();
    await userEvent.click(saving);
    expect(create).toHaveBeenCalledTimes(1);

    finish(adminBook({ id: 'moonstone-1', title: 'The Moonstone' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Book management' })).toBeInTheDocument();
    expect(view.location()).toBe('/admin');
    const status = await screen.findByText(/Added “The Moonstone”\./);
    expect(within(status).getByRole('link', { name: 'View it in the shop' })).toHaveAttribute(
      'href',
      '/books/moonstone-1',
    );
  });

  it('shows the API’s errorInfo.fields beside the fields, and keeps the form', async () => {
    create.mockRejectedValue(
      new ApiError('Upload the cover first; Title must be at most 300 characters', 'ValidationError', {
        fields: { coverKey: 'Upload the cover first', title: 'Title must be at most 300 characters' },
      }),
    );
    at();
    await fillValidBook();
    await save();
    expect(await screen.findByText('Title must be at most 300 characters')).toBeInTheDocument();
    expect(field('Title')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Title')).toHaveFocus();
    expect(messageOf('Choose an image')).toMatch(/^Upload the cover first/);
    expect(screen.getByRole('alert')).toHaveTextContent('Fix the 2 fields marked below.');
    expect(screen.getByRole('button', { name: 'Add book' })).toBeEnabled();
    expect(field('Author')).toHaveValue('Wilkie Collins');
  });

  it('says why when the API refuses without naming a field', async () => {
    create.mockRejectedValue(new ApiError('Not Authorized to access createBook on type Mutation', 'Unauthorized'));
    at();
    await fillValidBook();
    await save();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your account may not change books. Sign in with an Admin account.',
    );
  });

  it('offers a way back to the list', () => {
    at();
    expect(screen.getByRole('link', { name: 'Cancel' })).toHaveAttribute('href', '/admin');
  });
});

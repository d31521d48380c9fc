import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { renderAt } from '@folio/config/web/test/render';
import { searchBooks } from '../api/books';
import { bookCard, page } from '../test/books';
import { SEARCH_DEBOUNCE_MS, SearchPage } from './SearchPage';

jest.mock('../api/books');
const search = searchBooks as jest.MockedFunction<typeof searchBooks>;

const austen = [bookCard({ id: 'emma', title: 'Emma' }), bookCard({ id: 'persuasion', title: 'Persuasion' })];
const ui = (
  <Routes>
    <Route path="/search" element={<SearchPage />} />
  </Routes>
);

describe('the search page', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('shows the results for ?q= with the query', async () => {
    search.mockResolvedValue(page(austen));
    renderAt('/search?q=austen', ui);
    expect(screen.getByRole('heading', { level: 1, name: 'Results for “austen”' })).toBeInTheDocument();
    const results = await screen.findByRole('list', { name: 'Results for austen' });
    expect(within(results).getAllByRole('article')).toHaveLength(2);
    expect(screen.getByText('2 books')).toBeInTheDocument();
    expect(screen.getByLabelText('Search the catalog')).toHaveValue('austen');
  });

  it('searches as the customer types, once they pause, and keeps the query in the URL', async () => {
    search.mockResolvedValue(page(austen));
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const view = renderAt('/search', ui);
    await user.type(screen.getByLabelText('Search the catalog'), 'aus');
    expect(search).not.toHaveBeenCalled();
    await act(async () => {
      jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    });
    expect(view.location()).toBe('/search?q=aus');
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith('aus', { nextToken: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Results for “aus”' })).toBeInTheDocument();
  });

  it('has an empty state that names the query', async () => {
    search.mockResolvedValue(page([]));
    renderAt('/search?q=zzz', ui);
    expect(await screen.findByText('No books match “zzz”.')).toBeInTheDocument();
  });

  it('prompts for a query when there is none', () => {
    renderAt('/search', ui);
    expect(screen.getByText('Type a title or an author’s name.')).toBeInTheDocument();
    expect(search).not.toHaveBeenCalled();
  });

  it('shows an error with a retry when the search fails', async () => {
    search.mockRejectedValueOnce(new Error('down')).mockResolvedValueOnce(page(austen));
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    renderAt('/search?q=austen', ui);
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Results for austen' })).toBeInTheDocument();
  });
});

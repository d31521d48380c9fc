import { act, renderHook, waitFor } from '@testing-library/react';
import { usePagedQuery, type Page } from '@folio/config/web/use-paged-query';

/** A fetchPage whose answers the test gives, one per call, in any order. */
function pages() {
  const calls: Array<{ token: string | null; answer(page: Page<string>): void; fail(error: Error): void }> = [];
  const fetchPage = (token: string | null) =>
    new Promise<Page<string>>((resolve, reject) => calls.push({ token, answer: resolve, fail: reject }));
  return { calls, fetchPage };
}

describe('usePagedQuery', () => {
  it('reads the first page, then the next ones on "Load more", until there is no nextToken', async () => {
    const { calls, fetchPage } = pages();
    const { result } = renderHook(() => usePagedQuery(fetchPage, 'list'));
    expect(result.current).toMatchObject({ status: 'loading', items: [], hasMore: false });
    await act(async () => calls[0].answer({ items: ['a', 'b'], nextToken: 't2' }));
    expect(result.current).toMatchObject({ status: 'ready', items: ['a', 'b'], hasMore: true });

    act(() => result.current.loadMore());
    expect(result.current.loadingMore).toBe(true);
    expect(calls[1].token).toBe('t2');
    await act(async () => calls[1].answer({ items: ['c'], nextToken: null }));
    expect(result.current).toMatchObject({ items: ['a', 'b', 'c'], hasMore: false, loadingMore: false });
  });

  it('keeps the items when the next page fails, and says so', async () => {
    const { calls, fetchPage } = pages();
    const { result } = renderHook(() => usePagedQuery(fetchPage, 'list'));
    await act(async () => calls[0].answer({ items: ['a'], nextToken: 't2' }));
    act(() => result.current.loadMore());
    await act(async () => calls[1].fail(new Error('offline')));
    expect(result.current).toMatchObject({
      status: 'ready',
      items: ['a'],
      hasMore: true,
      moreError: { message: 'offline' },
    });
  });

  it('shows a failed first page as an error, and reads it again on reload', async () => {
    const { calls, fetchPage } = pages();
    const { result } = renderHook(() => usePagedQuery(fetchPage, 'list'));
    await act(async () => calls[0].fail(new Error('offline')));
    expect(result.current).toMatchObject({ status: 'error', error: { message: 'offline' } });
    act(() => result.current.reload());
    expect(result.current.status).toBe('loading');
    await act(async () => calls[1].answer({ items: ['a'], nextToken: null }));
    expect(result.current).toMatchObject({ status: 'ready', items: ['a'] });
  });

  it('drops an answer for the list it read before the key changed', async () => {
    const { calls, fetchPage } = pages();
    const { result, rerender } = renderHook(({ key }) => usePagedQuery(fetchPage, key), {
      initialProps: { key: 'poe' },
    });
    rerender({ key: 'austen' });
    await act(async () => calls[1].answer({ items: ['Emma'], nextToken: null }));
    await act(async () => calls[0].answer({ items: ['The Raven'], nextToken: 'late' }));
    await waitFor(() => expect(result.current).toMatchObject({ status: 'ready', items: ['Emma'], hasMore: false }));
  });
});

import { act, renderHook } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { installPrerenderStore, readPrerenderedData, type PrerenderStore } from '@folio/config/web/prerender-data';
import { useQuery } from '@folio/config/web/use-query';
import { usePagedQuery } from '@folio/config/web/use-paged-query';

afterEach(() => installPrerenderStore(undefined));

function Title({ load }: { load: () => Promise<string> }) {
  const book = useQuery(load, 'emma');
  return <h1>{book.status === 'ready' ? book.data : 'loading'}</h1>;
}

describe('prerendered reads', () => {
  it('GIVEN a collecting store (the prerenderer) THEN a render asks for the read, and the next render shows it', async () => {
    const store: Required<PrerenderStore> = { data: {}, pending: new Map() };
    const load = jest.fn().mockResolvedValue('Emma');
    installPrerenderStore(store);
    expect(renderToString(<Title load={load} />)).toBe('<h1>loading</h1>');
    expect([...store.pending.keys()]).toEqual(['emma']);
    store.data.emma = await store.pending.get('emma');
    store.pending.clear();
    expect(renderToString(<Title load={load} />)).toBe('<h1>Emma</h1>');
    expect(store.pending.size).toBe(0);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('GIVEN a page rendered with an answer THEN the first render shows it and a fresh read replaces it quietly', async () => {
    installPrerenderStore({ data: { emma: 'Emma (1815)' } });
    let answer!: (title: string) => void;
    const { result } = renderHook(() => useQuery(() => new Promise<string>((resolve) => (answer = resolve)), 'emma'));
    expect(result.current).toMatchObject({ status: 'ready', data: 'Emma (1815)' });
    await act(async () => undefined);
    // Still the prerendered answer while the fresh read runs: no loading state in between.
    expect(result.current).toMatchObject({ status: 'ready', data: 'Emma (1815)' });
    await act(async () => answer('Emma'));
    expect(result.current).toMatchObject({ status: 'ready', data: 'Emma' });
  });

  it('GIVEN a page rendered with an answer WHEN the fresh read fails THEN the prerendered answer stays', async () => {
    installPrerenderStore({ data: { emma: 'Emma' } });
    const { result } = renderHook(() => useQuery(() => Promise.reject(new Error('offline')), 'emma'));
    await act(async () => undefined);
    expect(result.current).toMatchObject({ status: 'ready', data: 'Emma' });
  });

  it('GIVEN a list rendered with its first page THEN usePagedQuery starts ready, with its next token', async () => {
    installPrerenderStore({ data: { 'paged:genre:romance': { items: ['Emma'], nextToken: 'n1' } } });
    const fetchPage = jest.fn(() => new Promise<never>(() => undefined));
    const { result } = renderHook(() => usePagedQuery<string>(fetchPage, 'genre:romance'));
    expect(result.current).toMatchObject({ status: 'ready', items: ['Emma'], hasMore: true });
    await act(async () => undefined);
    expect(result.current.status).toBe('ready');
  });

  it('GIVEN the page’s data element THEN the browser reads it; a broken one is no data', () => {
    document.body.innerHTML = '<script type="application/json" id="folio-data">{"emma":"Emma"}</script>';
    expect(readPrerenderedData(document)).toEqual({ emma: 'Emma' });
    document.body.innerHTML = '<script type="application/json" id="folio-data">{</script>';
    expect(readPrerenderedData(document)).toBeUndefined();
    document.body.innerHTML = '';
    expect(readPrerenderedData(document)).toBeUndefined();
  });
});

import { act, renderHook } from '@testing-library/react';
import { useQuery } from '@folio/config/web/use-query';

describe('useQuery', () => {
  it('reads, then reads again on reload after a failure', async () => {
    const load = jest.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('Emma');
    const { result } = renderHook(() => useQuery(load, 'emma'));
    expect(result.current.status).toBe('loading');
    await act(async () => undefined);
    expect(result.current).toMatchObject({ status: 'error', error: { message: 'offline' } });
    await act(async () => result.current.reload());
    expect(result.current).toMatchObject({ status: 'ready', data: 'Emma' });
  });

  it('drops an answer for the key it read before', async () => {
    const answers: Record<string, (title: string) => void> = {};
    const { result, rerender } = renderHook(
      ({ id }) => useQuery(() => new Promise<string>((resolve) => (answers[id] = resolve)), id),
      { initialProps: { id: 'raven' } },
    );
    rerender({ id: 'emma' });
    await act(async () => answers.emma('Emma'));
    await act(async () => answers.raven('The Raven'));
    expect(result.current).toMatchObject({ status: 'ready', data: 'Emma' });
  });
});

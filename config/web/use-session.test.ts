import { act, renderHook } from '@testing-library/react';
import { onSessionChange, readSession, type SessionUser } from '@folio/config/web/session';
import { useSession } from '@folio/config/web/use-session';

jest.mock('@folio/config/web/session');
const read = readSession as jest.MockedFunction<typeof readSession>;
const onChange = onSessionChange as jest.MockedFunction<typeof onSessionChange>;

const user = (sub: string, groups: string[] = []): SessionUser => ({
  sub,
  email: `${sub}@folio.test`,
  groups,
  isAdmin: groups.includes('Admin'),
});

let changed: () => void;
const stop = jest.fn();
beforeEach(() => {
  onChange.mockImplementation((listener) => {
    changed = listener;
    return stop;
  });
});

describe('useSession', () => {
  it('is loading, then the user, then reads again after a session change until unmounted', async () => {
    read.mockResolvedValueOnce(null).mockResolvedValueOnce(user('u-1', ['Admin']));
    const { result, unmount } = renderHook(() => useSession());
    expect(result.current).toEqual({ status: 'loading' });
    await act(async () => undefined);
    expect(result.current).toEqual({ status: 'guest' });
    await act(async () => changed());
    expect(result.current).toEqual({ status: 'signed-in', user: user('u-1', ['Admin']) });
    unmount();
    expect(stop).toHaveBeenCalled();
  });

  it('takes the answer to the latest read when a sign-in and a sign-out follow each other', async () => {
    let slowSignIn: (user: SessionUser) => void = () => undefined;
    read
      .mockResolvedValueOnce(null)
      .mockReturnValueOnce(new Promise((resolve) => (slowSignIn = resolve)))
      .mockResolvedValueOnce(null);
    const { result } = renderHook(() => useSession());
    await act(async () => undefined);
    await act(async () => {
      changed();
      changed();
    });
    await act(async () => slowSignIn(user('u-1')));
    expect(result.current).toEqual({ status: 'guest' });
  });

  it('passes the email fallback on to each read', async () => {
    const fallback = jest.fn(async () => 'a@folio.test');
    read.mockResolvedValue(null);
    renderHook(() => useSession(fallback));
    await act(async () => undefined);
    expect(read).toHaveBeenCalledWith(fallback);
  });
});

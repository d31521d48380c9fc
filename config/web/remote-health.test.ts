import { HEALTH_BEACON, remoteVersion, reportRemoteFailure, setRemoteVersions } from './remote-health';

describe('remote failure reports', () => {
  const sendBeacon = jest.fn(() => true);
  beforeEach(() => {
    sendBeacon.mockClear();
    Object.defineProperty(navigator, 'sendBeacon', { configurable: true, value: sendBeacon });
  });

  it('beacons a released version’s failure with the remote, the version this page chose and the kind', () => {
    setRemoteVersions({ catalog: 'v3' });
    expect(remoteVersion('catalog')).toBe('v3');
    reportRemoteFailure('catalog', 'render');
    expect(sendBeacon).toHaveBeenCalledWith(HEALTH_BEACON, '{"remote":"catalog","version":"v3","kind":"render"}');
  });

  it('reports nothing for a dev server’s or an override’s remote (not a released version)', () => {
    setRemoteVersions({ account: 'dev', 'cart-checkout': 'override' });
    reportRemoteFailure('account', 'load');
    reportRemoteFailure('cart-checkout', 'load');
    reportRemoteFailure('unknown', 'load');
    expect(sendBeacon).not.toHaveBeenCalled();
  });
});

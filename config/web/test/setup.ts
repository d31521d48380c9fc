/** Runs before each front-end test file: DOM matchers, app settings, a clean fake federation runtime and storage. */
import '@testing-library/jest-dom';
import { setAppConfig } from '@folio/config/web/app-config';
import { resetRemoteSlots } from '@folio/config/web/RemoteSlot';
import { resetFakeFederation } from './fake-federation-runtime';

export const TEST_APP_CONFIG = {
  environment: 'test',
  imageBaseUrl: 'http://images.test/folio-images',
  authFlowType: 'USER_PASSWORD_AUTH',
  stripePublishableKey: null,
  stripeEmulatorOrigin: null,
} as const;

setAppConfig(TEST_APP_CONFIG);

beforeEach(() => {
  resetFakeFederation();
  resetRemoteSlots();
  window.localStorage.clear();
});

import { signOutNotice } from './sign-out-notice';

describe('the notice after signing out', () => {
  it('here, and everywhere', () => {
    expect(signOutNotice({ scope: 'here' })).toEqual({ tone: 'info', text: 'You’re signed out.' });
    expect(signOutNotice({ scope: 'everywhere', result: { everywhere: true } })).toEqual({
      tone: 'info',
      text: 'You’re signed out on every device.',
    });
  });

  it('warns when only this device could be signed out, in plain words for cognito-local’s “Unsupported”', () => {
    const local = signOutNotice({
      scope: 'everywhere',
      result: { everywhere: false, code: 'Unsupported', reason: 'Cognito Local unsupported feature' },
    });
    expect(local.tone).toBe('warning');
    expect(local.text).toBe(
      'You’re signed out on this device only. Signing out everywhere did not work (this sign-in service cannot end other sessions), so other devices stay signed in until you sign out there.',
    );
    const offline = signOutNotice({
      scope: 'everywhere',
      result: { everywhere: false, code: 'NetworkError', reason: 'the sign-in service could not be reached' },
    });
    expect(offline.text).toContain('(the sign-in service could not be reached)');
  });
});

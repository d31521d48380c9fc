import { challengeResultOf, challengeUrl } from './challenge-message';

const ORIGIN = 'http://localhost:12111';
const message = (data: unknown, origin = ORIGIN) => ({ origin, data });
const result = (outcome: string, paymentIntentId = 'pi_1') => ({ type: 'stripe-3ds-result', paymentIntentId, outcome });

describe('the challenge page’s message', () => {
  it('GIVEN the emulator’s message about this payment THEN its outcome', () => {
    expect(challengeResultOf(message(result('complete')), ORIGIN, 'pi_1')).toBe('complete');
    expect(challengeResultOf(message(result('fail')), ORIGIN, 'pi_1')).toBe('fail');
  });

  it('GIVEN another origin, another payment or another shape THEN nothing', () => {
    expect(challengeResultOf(message(result('complete'), 'http://localhost:3000'), ORIGIN, 'pi_1')).toBeNull();
    expect(challengeResultOf(message(result('complete'), 'https://evil.example'), ORIGIN, 'pi_1')).toBeNull();
    expect(challengeResultOf(message(result('complete', 'pi_2')), ORIGIN, 'pi_1')).toBeNull();
    expect(challengeResultOf(message(result('maybe')), ORIGIN, 'pi_1')).toBeNull();
    expect(challengeResultOf(message({ ...result('complete'), type: 'other' }), ORIGIN, 'pi_1')).toBeNull();
    expect(challengeResultOf(message('complete'), ORIGIN, 'pi_1')).toBeNull();
    expect(challengeResultOf(message(null), ORIGIN, 'pi_1')).toBeNull();
  });

  it('frames the emulator’s page for the payment, its secret in the query', () => {
    expect(challengeUrl(ORIGIN, 'pi_1', 'pi_1_secret_a/b')).toBe(
      'http://localhost:12111/3ds/pi_1?client_secret=pi_1_secret_a%2Fb',
    );
  });
});

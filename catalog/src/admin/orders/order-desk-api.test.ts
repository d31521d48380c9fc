import { ApiError } from '@folio/config/web/api-error';
import { findQuery, isConflict } from './order-desk-api';

describe('the order desk’s API helpers', () => {
  it('reads “Find” as an email when it has an @, else as an order number (spaces, dashes and case ignored)', () => {
    expect(findQuery(' ada@folio.test ')).toEqual({ email: 'ada@folio.test' });
    expect(findQuery('7f3a 9c0d')).toEqual({ number: '7F3A9C0D' });
    expect(findQuery('7F3A-9C0D')).toEqual({ number: '7F3A9C0D' });
  });

  it('knows a Conflict from other failures', () => {
    expect(isConflict(new ApiError('The order is SHIPPED', 'Conflict'))).toBe(true);
    expect(isConflict(new ApiError('Not allowed', 'Unauthorized'))).toBe(false);
    expect(isConflict(new Error('Conflict'))).toBe(false);
  });
});

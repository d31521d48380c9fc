import { ERROR_TYPES, isErrorType } from './errors';

describe('ERROR_TYPES', () => {
  it('GIVEN each entry THEN its key is the errorType string itself', () => {
    for (const [key, value] of Object.entries(ERROR_TYPES)) expect(value).toBe(key);
  });

  it('GIVEN a listed errorType THEN isErrorType; GIVEN another string or no string THEN not', () => {
    expect(isErrorType('OutOfStock')).toBe(true);
    expect(isErrorType('UnauthorizedException')).toBe(false);
    expect(isErrorType('toString')).toBe(false);
    expect(isErrorType(undefined)).toBe(false);
  });
});
